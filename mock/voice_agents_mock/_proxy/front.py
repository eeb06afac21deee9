"""Proxy mode: real traffic to a real upstream, both sides validated by Prism on the way.

Internal module (``voice-agents-mock proxy --upstream URL``). Prism's proxy mode re-encodes
what it forwards (it parses and re-serialises JSON, adds ``accept-encoding: *`` and a
``user-agent``, decompresses answers) and logs every request with its keys. So Prism never
talks to the upstream here. Each exchange goes:

1. client -> :class:`ProxyFront`, which keeps the request's bytes and gives Prism a copy with
   the keys masked and an exchange token header;
2. Prism validates the request and forwards the copy to :class:`Replay`, a loopback server in
   this process, which sends the *original* bytes to the upstream and hands the upstream's
   answer both to Prism (as its upstream answer) and back to the front;
3. Prism validates the answer and reports both sides in ``sl-violations``; the front records
   them (journal entry, :class:`~._violations.ViolationLog`) and returns the upstream's
   original answer, byte for byte (only hop-by-hop framing and CORS headers are the relay's).

``--strict`` runs Prism with ``--errors``: an invalid request is answered by Prism and never
reaches :class:`Replay`, so the front refuses it (400, or 401 for missing keys) without sending
anything upstream. ``--block-writes`` refuses every method but GET and HEAD before Prism.
No webhooks are emitted: the real API sends its own.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import ssl
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote_from_bytes, urlsplit

from .._control.journal import RequestJournal, WebhookJournal, mask_key
from .._control.plane import CONTROL_PREFIX, ControlPlane
from .._core.policy import is_loopback_host, redact_url
from .._front import screen as _screen
from .._front.bodies import screen_body
from .._front.front import _HOP_BY_HOP, _NOT_FORWARDED, _TARGET_SAFE, Front, _is_preflight, _Seen
from .._front.screen import Rejection
from .._http.messages import Request, Response, error_response
from .._http.upstream import UpstreamError, UpstreamPool, UpstreamReply
from .._spec.document import Operation
from .._spec.index import SpecIndex
from .violations import ViolationLog, from_header, from_problem, scrub, violation

__all__ = [
    "EXCHANGE_HEADER",
    "ProxyControl",
    "ProxyFront",
    "ProxySettings",
    "Replay",
    "UpstreamTarget",
    "parse_upstream",
]

log = logging.getLogger("voice_agents_mock")

EXCHANGE_HEADER = b"x-mock-exchange"
"""Carries an exchange's token from the front through Prism to :class:`Replay`."""
_KEY_HEADERS = (b"x-public-key", b"x-private-key")
_READ_METHODS = frozenset({"GET", "HEAD"})
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_NOT_SENT_UPSTREAM = _HOP_BY_HOP | {b"host", b"content-length", b"expect"}
_NOT_RETURNED = _HOP_BY_HOP | {b"content-length"}


# ---------------------------------------------------------------------- the upstream
@dataclass(frozen=True)
class UpstreamTarget:
    """Where proxy mode sends traffic: ``https://host[:port][/base]`` (``http`` on loopback)."""

    url: str
    scheme: str
    host: str
    port: int
    base_path: str
    authority: str


def parse_upstream(url: str) -> UpstreamTarget:
    """Check ``--upstream``: https, or plain http only to a loopback address.

    Raises:
        ValueError: with a message saying what is wrong and what is accepted.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"--upstream {redact_url(url)!r} is not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError(
            f"--upstream {redact_url(url)!r} must be an https:// URL such as "
            "https://api.stage.voice-agent.miraiminds.co"
        )
    if parts.username or parts.password:
        raise ValueError("--upstream must not carry credentials: the keys come from the caller")
    if parts.query or parts.fragment:
        raise ValueError("--upstream must be a base URL, without query or fragment")
    if parts.scheme == "http" and not is_loopback_host(host):
        raise ValueError(
            f"--upstream {url!r} uses plain http to {host}, which is not a loopback address: "
            "the callers' keys would cross the network unencrypted. Use https:// (plain http is "
            "accepted only for localhost, 127.0.0.0/8 and [::1])"
        )
    default_port = 443 if parts.scheme == "https" else 80
    shown_host = f"[{host}]" if ":" in host else host
    authority = shown_host if port in (None, default_port) else f"{shown_host}:{port}"
    return UpstreamTarget(
        url=f"{parts.scheme}://{authority}{parts.path.rstrip('/')}",
        scheme=parts.scheme,
        host=shown_host,
        port=port or default_port,
        base_path=parts.path.rstrip("/"),
        authority=authority,
    )


def origin_pool(target: UpstreamTarget, timeout: float) -> UpstreamPool:
    """Keep-alive connections to the upstream; a request that may have acted is never resent."""
    tls = ssl.create_default_context() if target.scheme == "https" else None
    return UpstreamPool(
        lambda: target.port,
        timeout=timeout,
        host=target.host.strip("[]"),
        tls=tls,
        authority=target.authority,
        resend=_IDEMPOTENT,
    )


@dataclass(frozen=True)
class ProxySettings:
    """The proxy's share of ``ServeOptions``."""

    target: UpstreamTarget
    strict: bool = False
    block_writes: bool = False
    report: Path | None = None
    timeout: float = 30.0
    """Seconds the upstream has for one answer."""


# ---------------------------------------------------------------------- exchanges
@dataclass
class _Exchange:
    """One request on its way: the original bytes, and what the upstream answered."""

    method: str
    target: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes
    sent: bool = False
    reply: UpstreamReply | None = None
    error: UpstreamError | None = None


async def _send(pool: UpstreamPool, exchange: _Exchange) -> None:
    """Send the original request upstream; keep the answer or the failure on ``exchange``."""
    exchange.sent = True
    # HEAD goes up as GET: the answer parser needs the body the headers announce.
    method = "GET" if exchange.method == "HEAD" else exchange.method
    try:
        exchange.reply = await pool.send(method, exchange.target, exchange.headers, exchange.body)
    except TimeoutError:
        exchange.error = UpstreamError(
            504, f"The upstream did not answer within {pool.timeout:g} s"
        )
    except OSError as exc:
        exchange.error = UpstreamError(502, f"The upstream could not be reached: {exc!r}")


class Replay:
    """The upstream Prism forwards to: sends the exchange's original bytes to the real one."""

    def __init__(self, exchanges: dict[str, _Exchange], pool: UpstreamPool) -> None:
        self.exchanges = exchanges
        self.pool = pool

    async def handle(self, request: Request) -> Response:
        token = request.header(EXCHANGE_HEADER)
        exchange = self.exchanges.get(token) if token else None
        if exchange is None or exchange.sent:
            return error_response(404, "No such exchange (only the proxy's Prism calls this)")
        await _send(self.pool, exchange)
        if exchange.reply is None:
            assert exchange.error is not None
            return error_response(exchange.error.status, exchange.error.message)
        reply = exchange.reply
        return Response(
            reply.status, [(k, v) for k, v in reply.headers if k not in _NOT_RETURNED], reply.body
        )


# ---------------------------------------------------------------------- control plane
class ProxyControl(ControlPlane):
    """The control plane of proxy mode: the mock's, plus violations and the report."""

    def __init__(
        self,
        index: SpecIndex,
        requests: RequestJournal,
        violations: ViolationLog,
        settings: ProxySettings,
    ) -> None:
        super().__init__(index, None, requests, WebhookJournal(1))
        self.violations = violations
        self.settings = settings
        self._routes["/violations"] = {
            "GET": self._get_violations,
            "DELETE": self._clear_violations,
        }
        self._routes["/report"] = {"GET": self._get_report, "POST": self._write_report}
        self._routes["/responses"] = {"GET": self._get_responses, "POST": self._no_programs}

    def report(self) -> dict[str, Any]:
        """The report document (what ``--report`` writes)."""
        return self.violations.report(
            upstream=self.settings.target.url,
            strict=self.settings.strict,
            block_writes=self.settings.block_writes,
        )

    def write_report(self) -> dict[str, Any]:
        """Write the report to ``--report`` (if given), atomically; return it."""
        document = self.report()
        path = self.settings.report
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
            temporary.replace(path)
        return document

    def reset(self, workspace: str | None = None) -> None:
        super().reset(workspace)
        if workspace is None:
            self.violations.clear()

    def _get_violations(self, request: Request) -> Response:
        self._query(request, ())
        return _json(200, self.violations.summary())

    def _clear_violations(self, request: Request) -> Response:
        self._query(request, ())
        self.violations.clear()
        return _json(200, {"cleared": True})

    def _get_report(self, request: Request) -> Response:
        self._query(request, ())
        return _json(200, self.report())

    def _write_report(self, request: Request) -> Response:
        self._query(request, ())
        try:
            document = self.write_report()
        except OSError as exc:
            return error_response(
                500, f"could not write the report to {self.settings.report}: {exc}"
            )
        path = self.settings.report
        return _json(200, {"written": str(path) if path is not None else None, "report": document})

    def _no_programs(self, request: Request) -> Response:
        return error_response(
            409,
            "proxy mode forwards every request to the upstream; programmed answers are a "
            "feature of the mock (voice-agents-mock serve)",
        )


def _json(status: int, payload: Any) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, [(b"content-type", b"application/json")], body)


# ---------------------------------------------------------------------- the front
class ProxyFront(Front):
    """The relay's handler in proxy mode (same Host, Origin and CORS rules as the mock)."""

    control: ProxyControl

    def __init__(self, *args: Any, proxy: ProxySettings, pool: UpstreamPool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.proxy = proxy
        self.pool = pool
        self.exchanges: dict[str, _Exchange] = {}

    async def handle(self, request: Request) -> Response:
        started = time.monotonic()
        origin = request.header(b"origin")
        seen = _Seen()
        found: list[dict[str, Any]] = []
        try:
            response = await self._answer_proxied(request, origin, seen, found)
        except Exception:  # the front must never die on a request
            log.exception("internal error while handling %s %r", request.method, request.path)
            response = error_response(500, "Internal error in the mock front; see its log")
        if seen.journal:
            self._record(request, response, seen, found)
        if origin is not None and response.status not in (403, 421):
            preflight = _is_preflight(request, origin) and response.status == 204
            response.headers += self._cors(origin, response.headers, preflight=preflight)
        access_log = self.settings.access_log
        if access_log is not None:
            shown = request.path + (b"?" + request.query if request.query else b"")
            note = f"  [mock: {response.note}]" if response.note else ""
            if found:
                note += f"  [{len(found)} violation{'s' if len(found) > 1 else ''}]"
            elapsed = (time.monotonic() - started) * 1000
            access_log(
                f"{request.method} {shown[:200].decode('latin-1')} -> {response.status} "
                f"({elapsed:.0f} ms){note}"
            )
        return response

    def _record(
        self, request: Request, response: Response, seen: _Seen, found: list[dict[str, Any]]
    ) -> None:
        keys = tuple(v.decode("latin-1") for k, v in request.headers if k in _KEY_HEADERS)
        found[:] = scrub(found, keys)
        # The body of a request that carries a private key is the caller's real data (and
        # may hold secrets such as an API tool's credentials): it is not kept.
        withheld = request.header(b"x-private-key") is not None
        entry = self.control.requests.add(
            method=request.method,
            path=request.path,
            query=request.query,
            operation=seen.operation,
            workspace=request.header(b"workspace"),
            headers=request.headers,
            body=b"" if withheld else request.body,
            parsed=None if withheld else seen.parsed,
            status=response.status,
            violations=tuple(found),
        )
        self.control.violations.record(
            operation=seen.operation,
            method=request.method,
            path=request.path.decode("utf-8", "replace"),
            status=response.status,
            journal_id=entry.id,
            violations=found,
        )

    async def _answer_proxied(
        self, request: Request, origin: str | None, seen: _Seen, found: list[dict[str, Any]]
    ) -> Response:
        host = request.header(b"host")
        if not self._host_allowed(host):
            return error_response(
                421,
                f"Host {host!r} is not this mock: use a loopback name (localhost, 127.0.0.1) "
                "or open it with --allow-host",
            )
        try:
            path = _screen.check_path(request.path)
        except Rejection as exc:
            return error_response(exc.status, exc.message)
        if origin is not None and not self.policy.origin_allowed(origin):
            return error_response(
                403,
                f"Origin {origin!r} may not call this mock: only loopback origins are answered "
                "unless the mock is started with --cors-origin",
            )
        if _is_preflight(request, origin):
            return self._preflight(path, request)
        if path.startswith(CONTROL_PREFIX) and path[
            len(CONTROL_PREFIX) : len(CONTROL_PREFIX) + 1
        ] in ("", "/"):
            if origin is not None:
                return error_response(403, "The control plane answers no browser code")
            return await self.control.handle(request, path)
        seen.journal = True
        operation = self._operation(path, request.method)
        if operation is not None:
            seen.operation = operation.operation_id
        if self.proxy.block_writes and request.method not in _READ_METHODS:
            return error_response(
                403,
                f"{request.method} was not sent to the upstream: the proxy runs with "
                "--block-writes, which forwards only GET and HEAD requests",
            )
        exchange = _Exchange(
            method=request.method,
            target=self.proxy.target.base_path.encode("ascii") + _target(request),
            headers=[(k, v) for k, v in request.headers if k not in _NOT_SENT_UPSTREAM],
            body=request.body,
        )
        prism_body, content_type = b"", None
        try:
            if request.body:
                prism_body, content_type, seen.parsed = screen_body(request, operation)
        except Rejection as exc:
            # What Prism cannot take (malformed JSON, broken multipart) is a finding itself.
            found.append(violation("request", "request.body", "Error", exc.message))
            if self.proxy.strict:
                return error_response(400, f"{exc.message} (not forwarded: --strict)")
            return await self._direct(exchange)
        return await self._through_prism(request, exchange, prism_body, content_type, found)

    def _operation(self, path: str, method: str) -> Operation | None:
        matched = self._match(path)
        if matched is None:
            return None
        operations = matched[1]
        return operations.get("GET" if method == "HEAD" and "HEAD" not in operations else method)

    async def _through_prism(
        self,
        request: Request,
        exchange: _Exchange,
        prism_body: bytes,
        content_type: str | None,
        found: list[dict[str, Any]],
    ) -> Response:
        token = secrets.token_hex(16)
        headers = [
            (k, mask_key(v.decode("latin-1")).encode() if k in _KEY_HEADERS else v)
            for k, v in request.headers
            if k not in _NOT_FORWARDED and k != b"content-type"
        ]
        if content_type is not None:
            headers.append((b"content-type", content_type.encode("latin-1", "replace")))
        headers.append((EXCHANGE_HEADER, token.encode()))
        method = "GET" if request.method == "HEAD" else request.method
        self.exchanges[token] = exchange
        try:
            checked = await self.upstream.forward(method, _target(request), headers, prism_body)
        except UpstreamError as exc:
            checked = None
            prism_error = exc
        finally:
            self.exchanges.pop(token, None)
        if exchange.reply is not None:
            assert checked is not None
            found.extend(from_header(checked.header(b"sl-violations")))
            return self._relayed(exchange.reply)
        if exchange.error is not None:
            if checked is not None:
                sent = from_header(checked.header(b"sl-violations"))
                found.extend(item for item in sent if item["side"] == "request")
            return error_response(exchange.error.status, exchange.error.message)
        if checked is None:
            return error_response(
                prism_error.status, f"The proxy's validator failed: {prism_error.message}"
            )
        # Prism answered without forwarding: under --errors the request is invalid; without
        # it, Prism refuses only what it cannot forward (a GET with a body).
        refused = from_problem(checked.body, checked.status)
        found.extend(refused)
        if not self.proxy.strict:
            return await self._direct(exchange)
        reasons = "; ".join(f"{item['location']}: {item['message']}" for item in refused)
        if checked.status == 401:
            return error_response(
                401, f"Missing or invalid keys: {reasons} (not forwarded: --strict)"
            )
        if checked.status == 404:
            return error_response(
                404,
                f"{request.method} {request.path.decode('latin-1')} is not in the spec "
                "(not forwarded: --strict)",
            )
        return error_response(400, f"Validation error: {reasons} (not forwarded: --strict)")

    async def _direct(self, exchange: _Exchange) -> Response:
        """Forward without Prism (it could not take the request); the answer is unchecked."""
        await _send(self.pool, exchange)
        if exchange.reply is None:
            assert exchange.error is not None
            return error_response(exchange.error.status, exchange.error.message)
        return self._relayed(exchange.reply)

    @staticmethod
    def _relayed(reply: UpstreamReply) -> Response:
        out = [
            (k, v)
            for k, v in reply.headers
            if k not in _NOT_RETURNED and not k.startswith(b"access-control-")
        ]
        return Response(reply.status, out, reply.body)


def _target(request: Request) -> bytes:
    path = request.path
    target = path if path.isascii() else quote_from_bytes(path, _TARGET_SAFE).encode()
    if request.query:
        query = request.query
        target += b"?" + (
            query if query.isascii() else quote_from_bytes(query, _TARGET_SAFE).encode()
        )
    return target
