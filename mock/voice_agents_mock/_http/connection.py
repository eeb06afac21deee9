"""One client connection of the relay: parse its requests, answer them in order, frame the answers.

Internal module (the relay's hot path). Requests are parsed by ``httptools`` (Node's llhttp, in
strict mode): no hand-written parsing of untrusted bytes. A request that carries both
``Content-Length`` and ``Transfer-Encoding``, several different lengths, or a
``Transfer-Encoding`` that does not end in ``chunked`` is refused (llhttp, and checked again
here). The body is read whole (up to ``max_body_bytes``) before the handler sees the request.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import logging
import socket
import struct
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import httptools

from .messages import Handler, Request, Response, error_response

__all__ = ["MAX_HEAD_BYTES", "Connection", "RelayLimits"]

log = logging.getLogger("voice_agents_mock")

_REASONS = {status.value: status.phrase.encode() for status in http.HTTPStatus}
MAX_HEAD_BYTES = 64 * 1024
"""Request line plus headers; more gets 431 (llhttp itself sets no limit)."""
_PIPELINE_DEPTH = 8
"""Requests parsed ahead of the one being answered before the front stops reading."""


@dataclass(frozen=True)
class RelayLimits:
    """Limits of the HTTP layer (their defaults are ``MockOptions``'s)."""

    max_body_bytes: int
    body_timeout: float
    """Seconds from a request's first byte to its last; slower gets 408."""
    keepalive_timeout: float
    """Seconds an idle kept-alive connection stays open."""


def _head(
    status: int, headers: list[tuple[bytes, bytes]], length: int | None, close: bool
) -> bytes:
    lines = [b"HTTP/1.1 %d %s" % (status, _REASONS.get(status, b"Unknown"))]
    lines.extend(key + b": " + value for key, value in headers)
    if length is not None:
        lines.append(b"content-length: %d" % length)
    if close:
        lines.append(b"connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n"


class Connection(asyncio.Protocol):
    """One client connection: llhttp callbacks fill requests, answered one after another."""

    def __init__(
        self,
        handler: Handler,
        limits: RelayLimits,
        forget: Callable[[Connection], None] = lambda _: None,
    ) -> None:
        self._handler = handler
        self._limits = limits
        self._forget = forget
        self._parser = httptools.HttpRequestParser(self)
        self._transport: asyncio.Transport | None = None
        self._client = ""
        self._pending: deque[Request | Response] = deque()
        """Parsed requests, and at most one refusal after them (answered, then closed)."""
        self._worker: asyncio.Task[None] | None = None
        """Answers the connection's requests in order; idles on ``_wakeup`` between them."""
        self._wakeup: asyncio.Future[None] | None = None
        self._busy = False
        """The worker is answering (a request is in the handler or being written)."""
        self._closing = False
        self._paused = False
        self._timer: asyncio.TimerHandle | None = None
        self._deadline = 0.0
        self._on_deadline: Callable[[], None] | None = None
        self._violation: str | None = None
        self._eof = False
        self._last: Request | None = None
        self._done = False
        """Nothing more is read from this connection."""
        self._violation_status = 400
        self._loop = asyncio.get_running_loop()
        self._reset_message()

    def _reset_message(self) -> None:
        self._url = bytearray()
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._size = 0
        self._head_size = 0
        self._refused: Response | None = None

    # ------------------------------------------------------------------ transport events
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        peer = transport.get_extra_info("peername")
        self._client = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else ""
        self._arm(self._limits.keepalive_timeout, self._idle_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self._forget(self)
        self._closing = True
        self._disarm()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()

    def eof_received(self) -> bool:
        # The client has sent everything: answer what it asked, then close.
        self._eof = True
        return bool(self._pending) or self._busy

    def data_received(self, data: bytes) -> None:
        if self._closing or self._done:
            return
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # An upgrade the front does not speak (h2c, websocket): answer the request that
            # asked for it as plain HTTP/1.1, then close (the bytes after it are not HTTP/1.1).
            if self._last is not None:
                self._last.keep_alive = False
            self._stop_reading()
        except httptools.HttpParserError as exc:
            if self._last is not None and not self._last.keep_alive:
                self._stop_reading()  # bytes after a request that closes: never read
                return
            reason = self._violation or str(exc) or type(exc).__name__
            status = self._violation_status
            self._refuse_now(error_response(status, f"Malformed HTTP request: {reason}"))

    def _protocol_violation(self, reason: str, status: int = 400) -> None:
        """Stop parsing: llhttp reports a callback's exception without its message."""
        self._violation, self._violation_status = reason, status
        raise httptools.HttpParserError(reason)

    # ------------------------------------------------------------------ llhttp callbacks
    def on_message_begin(self) -> None:
        self._reset_message()
        self._arm(self._limits.body_timeout, self._slow_request)

    def on_url(self, url: bytes) -> None:
        self._url += url
        self._head_size += len(url)
        if self._head_size > MAX_HEAD_BYTES:
            self._protocol_violation(f"request line over {MAX_HEAD_BYTES} bytes", 414)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name.lower(), value))
        self._head_size += len(name) + len(value) + 4
        if self._head_size > MAX_HEAD_BYTES:
            self._protocol_violation(f"headers over {MAX_HEAD_BYTES} bytes", 431)

    def on_headers_complete(self) -> None:
        if self._parser.get_http_version() not in ("1.0", "1.1"):
            self._protocol_violation("only HTTP/1.0 and HTTP/1.1 are served")
        lengths: set[bytes] = set()
        chunked = False
        expect = None
        for key, value in self._headers:
            if key == b"content-length":
                lengths.add(value.strip())
            elif key == b"transfer-encoding":
                chunked = True
            elif key == b"expect" and expect is None:
                expect = value
        if (lengths and chunked) or len(lengths) > 1:
            # llhttp already refuses these; kept so the rule does not depend on its version.
            self._protocol_violation("conflicting Content-Length / Transfer-Encoding")
        limit = self._limits.max_body_bytes
        if lengths:
            declared = next(iter(lengths))
            if not declared.isdigit():
                self._protocol_violation("Content-Length is not a number")
            if int(declared) > limit:
                self._refused = error_response(
                    413, f"Request body over the mock's limit of {limit} bytes"
                )
                return
        if expect is not None and expect.lower() == b"100-continue" and self._transport:
            self._transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def on_body(self, body: bytes) -> None:
        if self._refused is not None:
            return
        self._size += len(body)
        if self._size > self._limits.max_body_bytes:
            self._refused = error_response(
                413, f"Request body over the mock's limit of {self._limits.max_body_bytes} bytes"
            )
            self._body.clear()
            return
        self._body.append(body)

    def on_message_complete(self) -> None:
        self._disarm()
        if self._refused is not None:
            self._refuse_now(self._refused)
            return
        url = bytes(self._url)
        if url[:1] == b"/" and b"#" not in url:  # origin form, what clients send: no parse
            path, _, query = url.partition(b"?")
        else:
            parsed = httptools.parse_url(url) if url[:1] != b"*" else None
            path = parsed.path if parsed is not None and parsed.path else b"/"
            query = parsed.query if parsed is not None and parsed.query else b""
        request = Request(
            method=self._parser.get_method().decode("ascii"),
            path=path,
            query=query,
            headers=self._headers,
            body=b"".join(self._body),
            keep_alive=self._parser.should_keep_alive(),
            client=self._client,
        )
        self._pending.append(request)
        self._last = request
        if not request.keep_alive:
            self._stop_reading()
        elif len(self._pending) >= _PIPELINE_DEPTH:
            self._pause()
        self._kick()

    # ------------------------------------------------------------------ answering
    def _kick(self) -> None:
        """Have the worker answer what is pending (one task per connection, not per request)."""
        if self._worker is None or self._worker.done():
            self._worker = self._loop.create_task(self._work())
        elif self._wakeup is not None and not self._wakeup.done():
            self._wakeup.set_result(None)

    async def _work(self) -> None:
        while not self._closing:
            self._busy = True
            try:
                finished = await self._answer_pending()
            finally:
                self._busy = False
            if finished or self._closing:
                return
            self._wakeup = self._loop.create_future()
            await self._wakeup
            self._wakeup = None

    async def _answer_pending(self) -> bool:
        """Answer the pending requests in order; True once the connection is done with."""
        while self._pending and not self._closing:
            request = self._pending.popleft()
            if isinstance(request, Response):
                self._write_refusal(request)
                return True
            if self._paused and len(self._pending) < _PIPELINE_DEPTH // 2:
                self._resume()
            try:
                response = await self._handler.handle(request)
            except Exception:  # the front must never die on a request
                log.exception("internal error while handling %s", request.method)
                response = error_response(500, "Internal error in the mock front; see its log")
            if self._gone():
                return True
            if response.fault == "hang":
                self._stop_reading()
                return True  # the client's own timeout ends it
            if response.fault == "reset":
                self._reset()
                return True
            close = response.close or not request.keep_alive
            self._write(request.method, response, close)
            if response.after is not None:
                response.after()
            if close:
                self._close()
                return True
        if self._eof:
            self._close()
            return True
        if not self._closing and not self._pending:
            self._arm(self._limits.keepalive_timeout, self._idle_timeout)
        return self._closing

    def _write(self, method: str, response: Response, close: bool) -> None:
        assert self._transport is not None
        no_body = response.status in (204, 304) or 100 <= response.status < 200
        head = _head(
            response.status, response.headers, None if no_body else len(response.body), close
        )
        if method == "HEAD" or no_body:
            self._transport.write(head)
        else:
            self._transport.write(head + response.body)

    def _refuse_now(self, response: Response) -> None:
        """Refuse what the HTTP layer cannot accept, after the requests before it; then close.

        Nothing more is read from the connection: its framing can no longer be trusted.
        """
        self._stop_reading()
        if self._pending or self._busy:
            self._pending.append(response)
            self._kick()
            return
        self._write_refusal(response)

    def _write_refusal(self, response: Response) -> None:
        if not self._gone():
            log.info("%s  [mock: %s]", response.status, response.note)
            self._write("GET", response, close=True)
        self._close()

    # ------------------------------------------------------------------ timers and closing
    def _arm(self, delay: float, callback: Callable[[], None]) -> None:
        """Run ``callback`` after ``delay`` seconds unless re-armed or disarmed first.

        One timer per connection, moved forward lazily: re-arming for every request would
        cost a timer handle each time.
        """
        self._deadline = self._loop.time() + delay
        self._on_deadline = callback
        if self._timer is not None and self._timer.when() > self._deadline:
            self._timer.cancel()  # the new deadline is earlier: only moving later is lazy
            self._timer = None
        if self._timer is None:
            self._timer = self._loop.call_at(self._deadline, self._deadline_reached)

    def _disarm(self) -> None:
        self._on_deadline = None

    def _deadline_reached(self) -> None:
        self._timer = None
        callback = self._on_deadline
        if callback is None or self._closing:
            return
        if self._loop.time() < self._deadline:
            self._timer = self._loop.call_at(self._deadline, self._deadline_reached)
            return
        self._on_deadline = None
        callback()

    def _gone(self) -> bool:
        return self._closing or self._transport is None or self._transport.is_closing()

    def _idle_timeout(self) -> None:
        if not self._pending and not self._busy:
            self._close()

    def _slow_request(self) -> None:
        limit = self._limits.body_timeout
        self._refuse_now(
            error_response(408, f"The request did not arrive completely within {limit:g} s")
        )

    def _pause(self) -> None:
        if self._transport is not None and not self._paused:
            self._paused = True
            self._transport.pause_reading()

    def _resume(self) -> None:
        if self._transport is not None and self._paused and not self._closing and not self._done:
            self._paused = False
            self._transport.resume_reading()

    def _stop_reading(self) -> None:
        self._done = True
        self._disarm()
        if self._transport is not None and not self._paused:
            self._paused = True
            with contextlib.suppress(RuntimeError):
                self._transport.pause_reading()

    def _close(self) -> None:
        self._closing = True
        self._disarm()
        if self._transport is not None:
            self._transport.close()

    def abort(self) -> None:
        """End the connection at once (the server is stopping)."""
        self._closing = True
        self._disarm()
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
        if self._transport is not None:
            self._transport.abort()

    def _reset(self) -> None:
        """Drop the connection with a TCP reset (what a crashed upstream looks like)."""
        self._closing = True
        self._disarm()
        if self._transport is None:
            return
        sock = self._transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._transport.abort()
