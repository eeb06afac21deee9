"""The mock's answer to an API request, in named steps, before and after Prism.

Internal module. :class:`MockApi` is the front's :class:`~.front.Api` in mock mode:

1. :meth:`~MockApi._operation`: the spec's operation for the path and method; 405 with
   ``Allow`` for a method the path lacks (a concrete path before a template, as OpenAPI says),
   400 for an empty query value the schema cannot take;
2. :meth:`~MockApi._scenario`: the webhook scenario of an operation with callbacks;
3. :meth:`~MockApi._body`: what Prism cannot survive is refused (``screen``, ``bodies``);
   near-miss field names become warnings;
4. a programmed answer (``/__mock/responses``) if one waits (:meth:`~MockApi._programmed`);
5. else :meth:`~MockApi._served`: a read Prism already accepted is answered from the store
   (``verdicts``); otherwise Prism validates and answers, and for the operations the state
   layer covers the store's answer replaces Prism's 2xx;
6. webhooks after a 2xx of ``initiate_call`` (and an abort) and the warning header.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl

from .._control.plane import ControlPlane
from .._control.programs import OFF_SPEC_HEADER, Programmed
from .._core.constants import SCENARIO_HEADER
from .._http.headers import NOT_FORWARDED, relayed_headers, request_target
from .._http.messages import Request, Response, error_response
from .._http.upstream import Upstream, UpstreamError, UpstreamReply
from .._spec.document import Operation, RouteTable, path_params
from .._state.call import Call
from .._state.store import StateStore
from .._webhooks.emitter import CallTarget, WebhookEmitter
from .._webhooks.faults import FAULTS_HEADER, FaultError, parse_faults
from ..events import SCENARIOS
from .bodies import form_fields, screen_body
from .front import Seen
from .near_miss import near_misses
from .screen import Rejection
from .verdicts import AcceptedReads

__all__ = ["WARNING_HEADER", "MockApi"]

log = logging.getLogger("voice_agents_mock")

WARNING_HEADER = b"x-mock-warning"
"""Says what looks like a mistake in an accepted request (a near-miss field name)."""
_ABORT_EVENTS = ("call.aborted", "call.lifecycle-ended")
_SCENARIO_HEADER = SCENARIO_HEADER.encode()
_FAULTS_HEADER = FAULTS_HEADER.encode()


class MockApi:
    """Answers API requests as the mock: screen, programmed answers, Prism, state, webhooks."""

    def __init__(
        self,
        routes: RouteTable,
        upstream: Upstream,
        emitter: WebhookEmitter,
        control: ControlPlane,
        scenario: str,
    ) -> None:
        self.routes = routes
        self.upstream = upstream
        self.emitter = emitter
        self.control = control
        self.store: StateStore | None = control.store
        self.scenario = scenario
        # Bounded cache: the same few paths come back on every request.
        self._match = lru_cache(maxsize=4096)(routes.match)
        self._reads = AcceptedReads()

    def record(self, request: Request, response: Response, seen: Seen) -> None:
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
            off_spec=response.off_spec,
            duration=time.monotonic() - seen.started,
            response_headers=response.headers,
            response_body=response.body,
        )

    async def answer(self, request: Request, path: str, seen: Seen) -> Response:
        operation = self._operation(request, path, seen)
        if isinstance(operation, Response):
            return operation
        scenario = self.scenario
        faults: tuple[str, ...] = ()
        if operation is not None and operation.has_callbacks:
            picked = self._scenario(request)
            if isinstance(picked, Response):
                return picked
            scenario = picked
            asked = self._faults(request)
            if isinstance(asked, Response):
                return asked
            faults = asked
        body, content_type = request.body, None
        if body:
            screened = self._body(request, operation, seen)
            if isinstance(screened, Response):
                return screened
            body, content_type = screened
        programmed = self.control.programs.take(seen.operation, request.header(b"workspace"))
        if programmed is not None:
            response = await self._programmed(
                programmed, operation, seen, request, scenario, faults
            )
        else:
            response, final = await self._served(request, path, operation, body, content_type, seen)
            if final:
                return response
            if operation is not None and operation.has_callbacks and response.after is None:
                response.after = self._webhooks(response, seen.parsed, request, scenario, faults)
        if seen.warnings:
            text = "; ".join(seen.warnings)
            response.headers.append((WARNING_HEADER, text.encode("utf-8", "replace")))
            log.warning("%s %s: %s", request.method, path, text)
        return response

    # ------------------------------------------------------------------ steps before Prism
    def _operation(self, request: Request, path: str, seen: Seen) -> Operation | Response | None:
        found = self._match(path)
        if found is None:
            return None  # Prism answers its 404
        template, operations = found
        method = request.method
        operation = operations.get(
            "GET" if method == "HEAD" and "HEAD" not in operations else method
        )
        if operation is None:
            # OpenAPI matches a concrete path before a templated one, so DELETE
            # /v1/number-pool/search is a method the concrete path lacks (405), not a
            # DELETE of number "search". Prism would fall through to the template.
            allow = ", ".join(sorted(operations)).encode()
            return error_response(405, f"{method} is not allowed on {template}", (b"allow", allow))
        seen.operation = operation.operation_id
        if operation.empty_query_refused and request.query:
            # Prism treats `?numberType=` as if the parameter were absent; the spec's schema
            # (an enum, a minimum length, a number) cannot accept an empty value.
            pairs = parse_qsl(request.query.decode("latin-1"), keep_blank_values=True)
            for name, value in pairs:
                if value == "" and name in operation.empty_query_refused:
                    return error_response(400, f"Query parameter {name!r} must not be empty")
        return operation

    def _scenario(self, request: Request) -> str | Response:
        """The webhook scenario of an operation with callbacks (the header, else the default)."""
        scenario = request.header(_SCENARIO_HEADER) or self.scenario
        if scenario not in SCENARIOS:
            return error_response(
                400,
                f"Unknown {SCENARIO_HEADER} {scenario!r}; choose one of {', '.join(SCENARIOS)}",
            )
        return scenario

    def _faults(self, request: Request) -> tuple[str, ...] | Response:
        """The receiver faults ``x-mock-webhook-faults`` asks of this call's webhooks."""
        raw = request.header(_FAULTS_HEADER)
        if raw is None:
            return ()
        try:
            return parse_faults(raw)
        except FaultError as exc:
            return error_response(400, f"Unknown {FAULTS_HEADER}: {exc}")

    def _body(
        self, request: Request, operation: Operation | None, seen: Seen
    ) -> tuple[bytes, str | None] | Response:
        """The screened body Prism is sent and its content type (None: the request's own)."""
        try:
            body, content_type, parsed = screen_body(request, operation)
        except Rejection as exc:
            return error_response(exc.status, exc.message)
        seen.parsed = parsed
        if operation is not None and isinstance(parsed, dict):
            fields = self.control.index.request_properties.get(operation.operation_id or "")
            seen.warnings = near_misses(fields or frozenset(), parsed)
        return body, content_type

    # ------------------------------------------------------------------ the answer
    async def _programmed(
        self,
        programmed: Programmed,
        operation: Operation | None,
        seen: Seen,
        request: Request,
        scenario: str,
        faults: tuple[str, ...],
    ) -> Response:
        if programmed.delay:
            await asyncio.sleep(programmed.delay)
        if programmed.fault is not None:
            return Response(
                programmed.status, fault=programmed.fault, note=f"fault {programmed.fault}"
            )
        headers = list(programmed.headers)
        if programmed.off_spec:
            reasons = "; ".join(programmed.off_spec)
            headers.append((OFF_SPEC_HEADER, reasons.encode("utf-8", "replace")))
            log.warning(
                "served a programmed answer that does not match the spec for %s %s: %s",
                programmed.operation,
                programmed.status,
                reasons,
            )
        response = Response(programmed.status, headers, programmed.body, note="programmed")
        response.off_spec = programmed.off_spec
        if operation is not None and operation.has_callbacks and 200 <= programmed.status < 300:
            reply = UpstreamReply(programmed.status, [], programmed.body)
            response.after = self._webhooks(
                reply,
                seen.parsed,
                request,
                programmed.scenario or scenario,
                programmed.webhook_faults or faults,
            )
        return response

    async def _served(
        self,
        request: Request,
        path: str,
        operation: Operation | None,
        body: bytes,
        content_type: str | None,
        seen: Seen,
    ) -> tuple[Response, bool]:
        """The store's answer to a read Prism already accepted, else Prism's (or the store's
        once Prism accepted the request); True when Prism could not be asked (answer as is)."""
        target = request_target(request.path, request.query)
        forwarded = [(k, v) for k, v in request.headers if k not in NOT_FORWARDED]
        if content_type is not None:
            forwarded = [(k, v) for k, v in forwarded if k != b"content-type"]
            forwarded.append((b"content-type", content_type.encode("latin-1", "replace")))
        stateful = (
            self.store is not None
            and operation is not None
            and self.store.handles(operation.operation_id)
            # A request that asks Prism for a given answer gets exactly that answer.
            and request.header(b"prefer") is None
        )
        read = None
        if stateful and request.method == "GET" and not body:
            read = self._reads.key(target, forwarded)
            if self._reads.accepted(read):
                assert operation is not None
                known = self._stateful(operation, path, request, seen)
                if known is not None:
                    return known, False
        # HEAD goes to Prism as GET: the relay then sends the head of that answer only.
        method = "GET" if request.method == "HEAD" else request.method
        try:
            reply = await self.upstream.forward(method, target, forwarded, body)
        except UpstreamError as exc:
            extra = [(b"retry-after", b"1")] if exc.retry_after else []
            return error_response(exc.status, exc.message, *extra), True
        response = self._relayed(reply, path)
        if (
            stateful
            and operation is not None
            and 200 <= reply.status < 300
            and not request_violations(reply.header(b"sl-violations"))
        ):
            self._reads.remember(read)
            answer = self._stateful(operation, path, request, seen)
            response = answer if answer is not None else response
        return response, False

    def _relayed(self, reply: UpstreamReply, path: str) -> Response:
        out = relayed_headers(reply.headers)
        if reply.status == 405 and reply.header(b"allow") is None:
            allowed = self.routes.allowed_methods(path)
            if allowed:
                out.append((b"allow", ", ".join(allowed).encode()))
        return Response(reply.status, out, reply.body)

    def _stateful(
        self, operation: Operation, path: str, request: Request, seen: Seen
    ) -> Response | None:
        """The store's answer (None: it does not match the spec, so Prism's is served)."""
        assert self.store is not None
        assert operation.operation_id is not None
        params = path_params(operation.template, path)
        parsed = seen.parsed
        if parsed is None and request.body:
            parsed = form_fields(request)
        workspace = request.header(b"workspace") or ""
        answer = self.store.answer(operation.operation_id, workspace, params, parsed)
        if answer is None:
            return None
        seen.warnings.extend(answer.warnings)
        body = json.dumps(answer.body, ensure_ascii=False, separators=(",", ":")).encode()
        response = Response(answer.status, [(b"content-type", b"application/json")], body)
        if answer.call is not None and operation.operation_id == "abort_call":
            response.after = self._abort_webhooks(answer.call, request)
        return response

    # ------------------------------------------------------------------ webhooks
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

    def _webhooks(
        self,
        reply: UpstreamReply | Response,
        parsed: Any,
        request: Request,
        scenario: str,
        faults: tuple[str, ...] = (),
    ) -> Any:
        violations = next((v for k, v in reply.headers if k == b"sl-violations"), None)
        if not 200 <= reply.status < 300 or request_violations(
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
            faults=faults,
        )
        workspace = request.header(b"workspace") or ""
        call = self.store.call(workspace, call_id) if self.store is not None else None
        self.control.webhooks.call_started(call_id, workspace or None)

        def schedule() -> None:
            self.emitter.schedule_scenario(
                target, scenario, on_event=call.event if call is not None else None
            )

        return schedule


def request_violations(raw: str | None) -> bool:
    """Whether Prism's ``sl-violations`` header reports a finding on the request side."""
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
