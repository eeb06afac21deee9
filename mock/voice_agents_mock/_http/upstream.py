"""Forwarding to Prism: a keep-alive pool of loopback connections, answers parsed by llhttp.

Internal module. :class:`UpstreamPool` sends one request at a time per connection, with one
``Content-Length`` (never chunked, never two framings), and returns status, headers and the
body bytes untouched. Idle connections are dropped after two seconds, well before Node closes
them (after five), so a request never goes out on a connection Prism is closing; a request that
still meets a closed kept-alive connection before any answer byte is sent again on a fresh one
(Prism keeps no state, so that is harmless).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

import httptools

__all__ = [
    "SupervisedUpstream",
    "Upstream",
    "UpstreamClosedError",
    "UpstreamError",
    "UpstreamPool",
    "UpstreamReply",
]

_BODILESS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
"""Methods sent without a Content-Length when they carry no body (as clients send them)."""
_IDLE_EXPIRY = 2.0
_MAX_IDLE = 32


@dataclass(slots=True)
class UpstreamReply:
    """Prism's answer: status, headers (lower-cased names) and body."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> str | None:
        """The first value of header ``name`` (lower-case bytes), decoded as Latin-1."""
        for key, value in self.headers:
            if key == name:
                return value.decode("latin-1")
        return None


class UpstreamClosedError(ConnectionError):
    """The connection closed before a whole answer; ``answered`` says whether bytes came."""

    def __init__(self, answered: bool) -> None:
        super().__init__("the upstream closed the connection before answering")
        self.answered = answered


class _UpstreamConnection(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.idle_since = 0.0
        self._parser = httptools.HttpResponseParser(self)
        self._waiter: asyncio.Future[UpstreamReply] | None = None
        self._answered = False
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._keep_alive = True
        self._deadline = 0.0
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(UpstreamClosedError(self._answered))

    def data_received(self, data: bytes) -> None:
        self._answered = True
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc)
        self.close()

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name.lower(), value))

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        self._keep_alive = self._parser.should_keep_alive()
        waiter, self._waiter = self._waiter, None
        reply = UpstreamReply(self._parser.get_status_code(), self._headers, b"".join(self._body))
        self._headers, self._body = [], []
        if waiter is not None and not waiter.done():
            waiter.set_result(reply)
        if not self._keep_alive:
            self.close()

    def send(self, data: bytes, timeout: float) -> asyncio.Future[UpstreamReply]:
        """Send one request; the future gets the answer, or TimeoutError after ``timeout`` s."""
        assert self.transport is not None
        loop = asyncio.get_running_loop()
        self._answered = False
        self._waiter = loop.create_future()
        # One timer per connection, moved forward lazily (deadlines only grow): a timer per
        # request would cost a handle and a heap entry each time.
        self._deadline = loop.time() + timeout
        if self._timer is None:
            self._timer = loop.call_at(self._deadline, self._deadline_reached)
        self.transport.write(data)
        return self._waiter

    def _deadline_reached(self) -> None:
        self._timer = None
        waiter = self._waiter
        if waiter is None or waiter.done() or self.closed:
            return
        loop = asyncio.get_running_loop()
        if loop.time() < self._deadline:
            self._timer = loop.call_at(self._deadline, self._deadline_reached)
            return
        self._fail(TimeoutError())

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


def _request_bytes(
    method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes, authority: bytes
) -> bytes:
    lines = [method.encode("ascii") + b" " + target + b" HTTP/1.1", b"host: " + authority]
    lines.extend(key + b": " + value for key, value in headers)
    if body or method not in _BODILESS:
        lines.append(b"content-length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class UpstreamPool:
    """Keep-alive connections to the Prism on loopback port ``port()`` (it may change).

    ``host``, ``tls`` and ``authority`` point it elsewhere (the proxy's real upstream): TLS is
    verified against the system's CAs and ``authority`` is the ``Host`` header sent.
    """

    def __init__(
        self,
        port: Callable[[], int],
        *,
        timeout: float,
        host: str = "127.0.0.1",
        tls: ssl.SSLContext | None = None,
        authority: str | None = None,
        resend: frozenset[str] | None = None,
    ) -> None:
        self._port = port
        self._resend = resend
        """Methods sent again after a stale kept-alive connection (None: every method)."""
        self.timeout = timeout
        self._host = host
        self._tls = tls
        self._authority = authority.encode("ascii") if authority is not None else None
        self._idle: list[_UpstreamConnection] = []

    async def _connect(self) -> _UpstreamConnection:
        loop = asyncio.get_running_loop()
        connecting = loop.create_connection(
            _UpstreamConnection,
            self._host,
            self._port(),
            ssl=self._tls,
            server_hostname=self._host.strip("[]") if self._tls is not None else None,
        )
        _, connection = await asyncio.wait_for(connecting, self.timeout)
        return connection

    def _take_idle(self) -> _UpstreamConnection | None:
        now = time.monotonic()
        while self._idle:
            connection = self._idle.pop()
            if not connection.closed and now - connection.idle_since < _IDLE_EXPIRY:
                return connection
            connection.close()
        return None

    async def send(
        self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> UpstreamReply:
        """Send one request; return Prism's answer.

        Raises:
            TimeoutError: no whole answer within ``timeout`` seconds.
            OSError: the connection failed (Prism is not listening, or closed it mid-answer).
        """
        reused = self._take_idle()
        connection = reused or await self._connect()
        authority = self._authority or b"127.0.0.1:%d" % self._port()
        data = _request_bytes(method, target, headers, body, authority)
        try:
            try:
                reply = await connection.send(data, self.timeout)
            except UpstreamClosedError as exc:
                if reused is None or exc.answered:
                    raise
                if self._resend is not None and method not in self._resend:
                    raise  # a real server may have acted on it: never send it twice
                connection = await self._connect()  # a kept-alive connection went stale
                reply = await connection.send(data, self.timeout)
        except BaseException:
            connection.close()
            raise
        if connection.closed or len(self._idle) >= _MAX_IDLE:
            connection.close()
        else:
            connection.idle_since = time.monotonic()
            self._idle.append(connection)
        return reply

    def close(self) -> None:
        """Close every idle connection."""
        for connection in self._idle:
            connection.close()
        self._idle.clear()


class UpstreamError(Exception):
    """Prism could not answer: the front answers ``status`` with ``message`` instead."""

    def __init__(self, status: int, message: str, *, retry_after: bool = False) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


class Upstream(Protocol):
    """Where the front sends what Prism answers (a fake one in the in-process tests)."""

    async def forward(
        self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> UpstreamReply:
        """Prism's answer to the request.

        Raises:
            UpstreamError: no answer could be had.
        """
        ...


class Supervised(Protocol):
    """The part of the Prism supervisor the upstream needs."""

    port: int
    generation: int
    ready: asyncio.Event

    async def died(self, generation: int, grace: float) -> bool: ...

    async def wait_for_restart(self, generation: int, timeout: float) -> bool: ...


_RESTARTING = "The mock backend (Prism) is restarting; retry in a moment"


class SupervisedUpstream:
    """Prism through :class:`UpstreamPool`; holds requests while the supervisor restarts it."""

    def __init__(self, prism: Supervised, *, timeout: float, hold: float = 10.0) -> None:
        self.prism = prism
        self.hold = hold
        self.pool = UpstreamPool(lambda: prism.port, timeout=timeout)

    async def forward(
        self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> UpstreamReply:
        if not self.prism.ready.is_set():
            try:
                await asyncio.wait_for(self.prism.ready.wait(), self.hold)
            except TimeoutError:
                raise UpstreamError(503, _RESTARTING, retry_after=True) from None
        generation = self.prism.generation
        try:
            try:
                return await self.pool.send(method, target, headers, body)
            except TimeoutError:
                raise
            except OSError:
                # Prism is gone (killed from outside): once the supervisor has a new one ready,
                # send the request again. Prism keeps no state, so this is harmless.
                if not await self.prism.died(generation, grace=1.0):
                    raise
                self.pool.close()
                if not await self.prism.wait_for_restart(generation, self.hold):
                    raise UpstreamError(503, _RESTARTING, retry_after=True) from None
                return await self.pool.send(method, target, headers, body)
        except TimeoutError:
            raise UpstreamError(
                504, f"The mock backend (Prism) did not answer within {self.pool.timeout:g} s"
            ) from None
        except OSError as exc:
            raise UpstreamError(
                502, f"The mock backend (Prism) failed on this request: {exc!r}"
            ) from None

    def close(self) -> None:
        self.pool.close()
