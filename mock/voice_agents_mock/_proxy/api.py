"""Proxy mode's answer to an API request: the front's :class:`~voice_agents_mock._front.front.Api`.

Internal module. Each exchange goes:

1. client -> the front -> :class:`ProxyApi`, which keeps the request's bytes and gives Prism a
   copy with the keys masked and an exchange token header;
2. Prism validates the request and forwards the copy to :class:`~.replay.Replay`, which sends
   the *original* bytes upstream and hands the answer both to Prism and back here;
3. Prism validates the answer and reports both sides in ``sl-violations``; they are recorded
   (journal entry, :class:`~.violations.ViolationLog`) and the upstream's original answer is
   returned byte for byte (only hop-by-hop framing and CORS headers are the relay's).

``--strict`` runs Prism with ``--errors``: an invalid request is answered by Prism and never
reaches the replay, so it is refused (400, or 401 for missing keys) without anything sent
upstream. ``--block-writes`` refuses every method but GET and HEAD before Prism. No webhooks
are emitted: the real API sends its own.
"""

from __future__ import annotations

import secrets
from functools import lru_cache
from typing import Any

from .._control.journal import mask_key
from .._front.bodies import screen_body
from .._front.front import Seen
from .._front.screen import Rejection
from .._http.headers import FRAMING, NOT_FORWARDED, relayed_headers, request_target
from .._http.messages import Request, Response, error_response
from .._http.upstream import Upstream, UpstreamError, UpstreamPool, UpstreamReply
from .._spec.document import Operation, RouteTable
from .control import ProxyControl
from .replay import EXCHANGE_HEADER, Exchange, send_upstream
from .target import ProxySettings
from .violations import from_header, from_problem, scrub, violation

__all__ = ["ProxyApi"]

_KEY_HEADERS = (b"x-public-key", b"x-private-key")
_READ_METHODS = frozenset({"GET", "HEAD"})
_NOT_SENT_UPSTREAM = FRAMING | {b"host", b"expect"}


class ProxyApi:
    """Forwards through Prism to the real upstream and records what Prism finds."""

    def __init__(
        self,
        routes: RouteTable,
        upstream: Upstream,
        control: ProxyControl,
        proxy: ProxySettings,
        pool: UpstreamPool,
    ) -> None:
        self.upstream = upstream
        self.control = control
        self.proxy = proxy
        self.pool = pool
        self.exchanges: dict[str, Exchange] = {}
        self._match = lru_cache(maxsize=4096)(routes.match)

    def record(self, request: Request, response: Response, seen: Seen) -> None:
        keys = tuple(v.decode("latin-1") for k, v in request.headers if k in _KEY_HEADERS)
        seen.violations = scrub(list(seen.violations), keys)
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
            violations=tuple(seen.violations),
        )
        self.control.violations.record(
            operation=seen.operation,
            method=request.method,
            path=request.path.decode("utf-8", "replace"),
            status=response.status,
            journal_id=entry.id,
            violations=seen.violations,
        )

    async def answer(self, request: Request, path: str, seen: Seen) -> Response:
        seen.violations = []
        operation = self._operation(path, request.method)
        if operation is not None:
            seen.operation = operation.operation_id
        if self.proxy.block_writes and request.method not in _READ_METHODS:
            return error_response(
                403,
                f"{request.method} was not sent to the upstream: the proxy runs with "
                "--block-writes, which forwards only GET and HEAD requests",
            )
        exchange = Exchange(
            method=request.method,
            target=self.proxy.target.base_path.encode("ascii")
            + request_target(request.path, request.query),
            headers=[(k, v) for k, v in request.headers if k not in _NOT_SENT_UPSTREAM],
            body=request.body,
        )
        prism_body, content_type = b"", None
        try:
            if request.body:
                prism_body, content_type, seen.parsed = screen_body(request, operation)
        except Rejection as exc:
            # What Prism cannot take (malformed JSON, broken multipart) is a finding itself.
            seen.violations = [violation("request", "request.body", "Error", exc.message)]
            if self.proxy.strict:
                return error_response(400, f"{exc.message} (not forwarded: --strict)")
            return await self._direct(exchange)
        return await self._through_prism(request, exchange, prism_body, content_type, seen)

    def _operation(self, path: str, method: str) -> Operation | None:
        matched = self._match(path)
        if matched is None:
            return None
        operations = matched[1]
        return operations.get("GET" if method == "HEAD" and "HEAD" not in operations else method)

    async def _through_prism(
        self,
        request: Request,
        exchange: Exchange,
        prism_body: bytes,
        content_type: str | None,
        seen: Seen,
    ) -> Response:
        found = seen.violations
        assert isinstance(found, list)
        token = secrets.token_hex(16)
        headers = [
            (k, mask_key(v.decode("latin-1")).encode() if k in _KEY_HEADERS else v)
            for k, v in request.headers
            if k not in NOT_FORWARDED and k != b"content-type"
        ]
        if content_type is not None:
            headers.append((b"content-type", content_type.encode("latin-1", "replace")))
        headers.append((EXCHANGE_HEADER, token.encode()))
        method = "GET" if request.method == "HEAD" else request.method
        self.exchanges[token] = exchange
        target = request_target(request.path, request.query)
        checked: UpstreamReply | None = None
        prism_error: UpstreamError | None = None
        try:
            checked = await self.upstream.forward(method, target, headers, prism_body)
        except UpstreamError as exc:
            prism_error = exc
        finally:
            self.exchanges.pop(token, None)
        if exchange.reply is not None:
            assert checked is not None
            found.extend(from_header(checked.header(b"sl-violations")))
            return _relayed(exchange.reply)
        if exchange.error is not None:
            if checked is not None:
                sent = from_header(checked.header(b"sl-violations"))
                found.extend(item for item in sent if item["side"] == "request")
            return error_response(exchange.error.status, exchange.error.message)
        if checked is None:
            assert prism_error is not None
            return error_response(
                prism_error.status, f"The proxy's validator failed: {prism_error.message}"
            )
        return await self._refused_by_prism(request, exchange, checked, found)

    async def _refused_by_prism(
        self,
        request: Request,
        exchange: Exchange,
        checked: UpstreamReply,
        found: list[dict[str, Any]],
    ) -> Response:
        """Prism answered without forwarding: under ``--errors`` the request is invalid;
        without it, Prism refuses only what it cannot forward (a GET with a body)."""
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

    async def _direct(self, exchange: Exchange) -> Response:
        """Forward without Prism (it could not take the request); the answer is unchecked."""
        await send_upstream(self.pool, exchange)
        if exchange.reply is None:
            assert exchange.error is not None
            return error_response(exchange.error.status, exchange.error.message)
        return _relayed(exchange.reply)


def _relayed(reply: UpstreamReply) -> Response:
    """The upstream's answer as it came: its encoding and bytes kept, framing the relay's."""
    return Response(reply.status, relayed_headers(reply.headers, FRAMING), reply.body)
