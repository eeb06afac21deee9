"""What the front does with one parsed request, before and after Prism.

Internal module. :class:`Front` is the relay's :class:`~._relay.Handler`:

* refuses a ``Host`` that is not this mock (421) and an ``Origin`` it does not answer (403),
  answers CORS preflights itself and adds CORS headers for the origins it answers (``_policy``);
* screens only what needs it (bodies, paths with unusual characters; see ``_screen``);
* answers 405 with ``Allow`` itself and keeps the spec's concrete paths ahead of templates;
* forwards everything else to Prism (``_upstream``), which validates and mocks per the spec,
  and relays the answer's bytes unchanged;
* for the operations the state layer covers, serves the store's answer once Prism accepted the
  request; a read Prism already accepted (the same bytes) is answered without asking it again
  (``_verdicts``);
* after a 2xx for an operation with callbacks (``initiate_call``) plays a signed webhook
  sequence to the request's ``callbackUrl`` (``_webhooks``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, quote_from_bytes

from .._control.plane import CONTROL_PREFIX, OFF_SPEC_HEADER, ControlPlane, Programmed
from .._core.constants import SCENARIO_HEADER
from .._core.policy import AccessPolicy
from .._http.messages import Request, Response, error_response
from .._http.upstream import Upstream, UpstreamError, UpstreamReply
from .._spec.document import Operation, RouteTable, path_params
from .._state.store import Call, StateStore
from .._webhooks.emitter import CallTarget, WebhookEmitter
from ..events import SCENARIOS
from . import screen as _screen
from .bodies import form_fields, screen_body
from .near_miss import near_misses
from .screen import Rejection
from .verdicts import AcceptedReads

__all__ = ["WARNING_HEADER", "Front", "FrontSettings"]

log = logging.getLogger("voice_agents_mock")

_HOP_BY_HOP = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-connection",
        b"te",
        b"trailer",
        b"transfer-encoding",
        b"upgrade",
    }
)
_NOT_FORWARDED = _HOP_BY_HOP | {
    b"host",
    b"content-length",
    b"expect",
    b"accept-encoding",
    SCENARIO_HEADER.encode(),
}
_NOT_RETURNED = _HOP_BY_HOP | {b"content-length", b"content-encoding"}
_PLAIN_PATH = re.compile(rb"/[A-Za-z0-9/_\-]*")
"""Paths the screen has nothing to check in (no escapes, dots, backslashes, bytes >= 0x80)."""
_TARGET_SAFE = "/%:@!$&'()*+,;=-._~?"
WARNING_HEADER = b"x-mock-warning"
"""Says what looks like a mistake in an accepted request (a near-miss field name)."""
_ABORT_EVENTS = ("call.aborted", "call.lifecycle-ended")


@dataclass(frozen=True)
class FrontSettings:
    """The front's share of ``ServeOptions``."""

    scenario: str
    access_log: Callable[[str], None] | None = None
    """Where the per-request line goes (None: nowhere, ``--quiet``)."""


class Front:
    """Answers parsed requests: screen, forward to Prism, webhooks, CORS."""

    def __init__(
        self,
        routes: RouteTable,
        upstream: Upstream,
        emitter: WebhookEmitter,
        policy: AccessPolicy,
        settings: FrontSettings,
        control: ControlPlane,
    ) -> None:
        self.routes = routes
        self.upstream = upstream
        self.emitter = emitter
        self.policy = policy
        self.settings = settings
        self.control = control
        self.store: StateStore | None = control.store
        # Bounded caches: the same few paths and Host values come back on every request.
        self._match = lru_cache(maxsize=4096)(routes.match)
        self._host_allowed = lru_cache(maxsize=256)(policy.host_allowed)
        self._reads = AcceptedReads()

    async def handle(self, request: Request) -> Response:
        started = time.monotonic()
        origin = request.header(b"origin")
        seen = _Seen()
        try:
            response = await self._answer(request, origin, seen)
        except Exception:  # the front must never die on a request
            log.exception("internal error while handling %s %r", request.method, request.path)
            response = error_response(500, "Internal error in the mock front; see its log")
        if seen.journal:
            self.control.requests.add(
                method=request.method,
                path=request.path,
                query=request.query,
                operation=seen.operation,
                workspace=request.header(b"workspace"),
                headers=request.headers,
                body=request.body,
                parsed=seen.parsed,
                status=response.status,
                warnings=tuple(seen.warnings),
            )
        if origin is not None and response.status not in (403, 421):
            preflight = _is_preflight(request, origin) and response.status == 204
            response.headers += self._cors(origin, response.headers, preflight=preflight)
        access_log = self.settings.access_log
        if access_log is not None:
            shown = request.path + (b"?" + request.query if request.query else b"")
            note = f"  [mock: {response.note}]" if response.note else ""
            elapsed = (time.monotonic() - started) * 1000
            access_log(
                f"{request.method} {shown[:200].decode('latin-1')} -> {response.status} "
                f"({elapsed:.0f} ms){note}"
            )
        return response

    # ------------------------------------------------------------------ the steps
    async def _answer(self, request: Request, origin: str | None, seen: _Seen) -> Response:
        host = request.header(b"host")
        if not self._host_allowed(host):
            return error_response(
                421,
                f"Host {host!r} is not this mock: use a loopback name (localhost, 127.0.0.1) "
                "or open it with --allow-host",
            )
        raw_path = request.path
        try:
            if _PLAIN_PATH.fullmatch(raw_path):
                path = raw_path.decode("ascii")
            else:
                path = _screen.check_path(raw_path)
        except Rejection as exc:
            return error_response(exc.status, exc.message)
        if origin is not None and not self.policy.origin_allowed(origin):
            return error_response(
                403,
                f"Origin {origin!r} may not call this mock: only loopback origins are answered "
                "unless the mock is started with --cors-origin",
            )
        method = request.method
        if _is_preflight(request, origin):
            return self._preflight(path, request)
        if path.startswith(CONTROL_PREFIX) and path[
            len(CONTROL_PREFIX) : len(CONTROL_PREFIX) + 1
        ] in ("", "/"):
            if origin is not None:
                return error_response(403, "The control plane answers no browser code")
            return await self.control.handle(request, path)
        seen.journal = True

        found = self._match(path)
        operation: Operation | None = None
        if found is not None:
            template, operations = found
            lookup = "GET" if method == "HEAD" and "HEAD" not in operations else method
            operation = operations.get(lookup)
            if operation is not None:
                seen.operation = operation.operation_id
            if operation is None:
                # OpenAPI matches a concrete path before a templated one, so DELETE
                # /v1/number-pool/search is a method the concrete path lacks (405), not a
                # DELETE of number "search". Prism would fall through to the template.
                allow = ", ".join(sorted(operations)).encode()
                return error_response(
                    405, f"{method} is not allowed on {template}", (b"allow", allow)
                )
            if operation.empty_query_refused and request.query:
                # Prism treats `?numberType=` as if the parameter were absent; the spec's
                # schema (an enum, a minimum length, a number) cannot accept an empty value.
                pairs = parse_qsl(request.query.decode("latin-1"), keep_blank_values=True)
                for name, value in pairs:
                    if value == "" and name in operation.empty_query_refused:
                        return error_response(400, f"Query parameter {name!r} must not be empty")
        scenario = self.settings.scenario
        if operation is not None and operation.has_callbacks:
            scenario = request.header(SCENARIO_HEADER.encode()) or scenario
            if scenario not in SCENARIOS:
                return error_response(
                    400,
                    f"Unknown {SCENARIO_HEADER} {scenario!r}; choose one of {', '.join(SCENARIOS)}",
                )
        headers = request.headers
        body = request.body
        parsed: Any = None
        content_type: str | None = None
        if body:
            try:
                body, content_type, parsed = screen_body(request, operation)
            except Rejection as exc:
                return error_response(exc.status, exc.message)
            seen.parsed = parsed
            if operation is not None and isinstance(parsed, dict):
                fields = self.control.index.request_properties.get(operation.operation_id or "")
                seen.warnings = near_misses(fields or frozenset(), parsed)
        workspace = request.header(b"workspace") or ""
        programmed = self.control.programs.take(seen.operation, request.header(b"workspace"))
        if programmed is not None:
            response = await self._programmed(programmed, operation, parsed, request, scenario)
        else:
            target, forwarded = _upstream_request(raw_path, request.query, headers, content_type)
            stateful = (
                self.store is not None
                and operation is not None
                and self.store.handles(operation.operation_id)
                # A request that asks Prism for a given answer gets exactly that answer.
                and request.header(b"prefer") is None
            )
            is_read = stateful and method == "GET" and not body
            read = self._reads.key(target, forwarded) if is_read else None
            known: Response | None = None
            if self._reads.accepted(read):
                assert operation is not None
                known = self._stateful(operation, path, workspace, parsed, request, seen)
            if known is not None:
                response = known
            else:
                # HEAD goes to Prism as GET: the relay then sends the head of that answer only.
                upstream_method = "GET" if method == "HEAD" else method
                reply = await self._send(upstream_method, target, forwarded, body)
                if isinstance(reply, Response):
                    return reply
                response = self._relay(reply, path)
                if (
                    stateful
                    and operation is not None
                    and 200 <= reply.status < 300
                    and not _request_violations(reply.header(b"sl-violations"))
                ):
                    self._reads.remember(read)
                    answer = self._stateful(operation, path, workspace, parsed, request, seen)
                    response = answer if answer is not None else response
            if operation is not None and operation.has_callbacks and response.after is None:
                response.after = self._webhooks(response, parsed, request, scenario, workspace)
        if seen.warnings:
            text = "; ".join(seen.warnings)
            response.headers.append((WARNING_HEADER, text.encode("utf-8", "replace")))
            log.warning("%s %s: %s", method, path, text)
        return response

    async def _programmed(
        self,
        programmed: Programmed,
        operation: Operation | None,
        parsed: Any,
        request: Request,
        scenario: str,
    ) -> Response:
        if programmed.delay:
            await asyncio.sleep(programmed.delay)
        if programmed.fault is not None:
            return Response(
                programmed.status, fault=programmed.fault, note=f"fault {programmed.fault}"
            )
        headers = list(programmed.headers)
        if programmed.off_spec:
            headers.append(
                (OFF_SPEC_HEADER, "; ".join(programmed.off_spec).encode("utf-8", "replace"))
            )
            log.warning(
                "served a programmed answer that does not match the spec for %s %s: %s",
                programmed.operation,
                programmed.status,
                "; ".join(programmed.off_spec),
            )
        response = Response(programmed.status, headers, programmed.body, note="programmed")
        if operation is not None and operation.has_callbacks and 200 <= programmed.status < 300:
            reply = UpstreamReply(programmed.status, [], programmed.body)
            workspace = request.header(b"workspace") or ""
            response.after = self._webhooks(
                reply, parsed, request, programmed.scenario or scenario, workspace
            )
        return response

    def _stateful(
        self,
        operation: Operation,
        path: str,
        workspace: str,
        parsed: Any,
        request: Request,
        seen: _Seen,
    ) -> Response | None:
        """The store's answer (None: it does not match the spec, so Prism's is served)."""
        assert self.store is not None
        assert operation.operation_id is not None
        params = path_params(operation.template, path)
        if parsed is None and request.body:
            parsed = form_fields(request)
        answer = self.store.answer(operation.operation_id, workspace, params, parsed)
        if answer is None:
            return None
        seen.warnings.extend(answer.warnings)
        body = json.dumps(answer.body, ensure_ascii=False, separators=(",", ":")).encode()
        response = Response(answer.status, [(b"content-type", b"application/json")], body)
        if answer.call is not None and operation.operation_id == "abort_call":
            response.after = self._abort_webhooks(answer.call, request)
        return response

    def _abort_webhooks(self, call: Call, request: Request) -> Any:
        public_key = request.header(b"x-public-key")
        private_key = request.header(b"x-private-key")
        if not call.callback_url or not public_key or not private_key:
            return None
        target = CallTarget(call.callback_url, call.id, call.metadata, public_key, private_key)

        def play() -> None:
            self.emitter.stop_sequence(call.id)
            self.emitter.schedule(target, _ABORT_EVENTS, "aborted", on_event=call.event)

        return play

    async def _send(
        self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> UpstreamReply | Response:
        try:
            return await self.upstream.forward(method, target, headers, body)
        except UpstreamError as exc:
            extra = [(b"retry-after", b"1")] if exc.retry_after else []
            return error_response(exc.status, exc.message, *extra)

    def _relay(self, reply: UpstreamReply, path: str) -> Response:
        out = [
            (k, v)
            for k, v in reply.headers
            if k not in _NOT_RETURNED and not k.startswith(b"access-control-")
        ]
        if reply.status == 405 and reply.header(b"allow") is None:
            allowed = self.routes.allowed_methods(path)
            if allowed:
                out.append((b"allow", ", ".join(allowed).encode()))
        return Response(reply.status, out, reply.body)

    # ------------------------------------------------------------------ CORS
    def _cors(
        self, origin: str, response_headers: list[tuple[bytes, bytes]], *, preflight: bool
    ) -> list[tuple[bytes, bytes]]:
        """CORS headers for an answer to an origin the policy answers."""
        value, credentials = self.policy.allow_origin_value(origin)
        out = [(b"access-control-allow-origin", value)]
        if credentials:
            out.append((b"access-control-allow-credentials", b"true"))
        if preflight:
            out.append(
                (b"vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
            )
            return out
        out.append((b"vary", b"Origin"))
        exposed = sorted({key.lower() for key, _ in response_headers} - {b"content-type"})
        if exposed:
            out.append((b"access-control-expose-headers", b", ".join(exposed)))
        return out

    def _preflight(self, path: str, request: Request) -> Response:
        method = (request.header(b"access-control-request-method") or "GET").upper()
        allowed = self.routes.allowed_methods(path) or [method]
        response = Response(
            204,
            [
                (b"access-control-allow-methods", ", ".join([*allowed, "OPTIONS"]).encode()),
                (b"access-control-max-age", b"600"),
            ],
        )
        requested = request.header(b"access-control-request-headers")
        if requested:
            response.headers.append((b"access-control-allow-headers", requested.encode("latin-1")))
        if (
            self.policy.cors_private_network
            and request.header(b"access-control-request-private-network") == "true"
        ):
            response.headers.append((b"access-control-allow-private-network", b"true"))
        return response

    # ------------------------------------------------------------------ webhooks
    def _webhooks(
        self,
        reply: UpstreamReply | Response,
        parsed: Any,
        request: Request,
        scenario: str,
        workspace: str,
    ) -> Any:
        violations = next((v for k, v in reply.headers if k == b"sl-violations"), None)
        if not 200 <= reply.status < 300 or _request_violations(
            violations.decode("latin-1") if violations is not None else None
        ):
            return None
        if not isinstance(parsed, dict):
            return None
        url = parsed.get("callbackUrl")
        if not isinstance(url, str) or not url:
            return None
        try:
            answer = json.loads(reply.body)
            call_id = answer.get("callId") if isinstance(answer, dict) else None
        except ValueError:
            call_id = None
        public_key = request.header(b"x-public-key")
        private_key = request.header(b"x-private-key")
        if not isinstance(call_id, str) or not public_key or not private_key:
            log.warning("no webhooks: the answer has no callId or the request no keys")
            return None
        metadata = parsed.get("metadata")
        target = CallTarget(
            url=url,
            call_id=call_id,
            metadata=metadata if isinstance(metadata, dict) else {},
            public_key=public_key,
            private_key=private_key,
        )

        call = self.store.call(workspace, call_id) if self.store is not None else None
        self.control.webhooks.call_started(call_id, workspace or None)

        def schedule() -> None:
            self.emitter.schedule_scenario(
                target, scenario, on_event=call.event if call is not None else None
            )

        return schedule


@dataclass
class _Seen:
    """What the journal keeps of a request besides its bytes."""

    journal: bool = False
    operation: str | None = None
    parsed: Any = None
    warnings: list[str] = field(default_factory=list)


def _upstream_request(
    raw_path: bytes,
    query: bytes,
    headers: list[tuple[bytes, bytes]],
    content_type: str | None,
) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """The target and headers Prism is sent for a request (its body is the screened one)."""
    target = raw_path if raw_path.isascii() else quote_from_bytes(raw_path, _TARGET_SAFE).encode()
    if query:
        target += b"?" + (
            query if query.isascii() else quote_from_bytes(query, _TARGET_SAFE).encode()
        )
    forwarded = [(k, v) for k, v in headers if k not in _NOT_FORWARDED]
    if content_type is not None:
        forwarded = [(k, v) for k, v in forwarded if k != b"content-type"]
        forwarded.append((b"content-type", content_type.encode("latin-1", "replace")))
    return target, forwarded


def _is_preflight(request: Request, origin: str | None) -> bool:
    return (
        request.method == "OPTIONS"
        and origin is not None
        and request.header(b"access-control-request-method") is not None
    )


def _request_violations(raw: str | None) -> bool:
    if raw is None:
        return False
    try:
        items = json.loads(raw)
    except ValueError:
        return True
    return any(
        isinstance(item, dict) and (item.get("location") or [None])[0] == "request"
        for item in items
    )
