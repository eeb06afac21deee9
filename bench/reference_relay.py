"""The smallest relay worth comparing with: what any Python asyncio front costs on this machine.

Not part of the product. One client connection gets one kept-alive connection to the upstream;
requests are parsed with httptools (as the mock's relay does), re-framed with one
Content-Length, sent, and the answer relayed. No screening, no journal, no state, no limits:
the floor the mock's own relay is measured against (``make bench``, "reference relay").

Run: ``python bench/reference_relay.py UPSTREAM_PORT`` prints the port it listens on, then
serves until stdin closes.
"""

from __future__ import annotations

import asyncio
import sys

import httptools

_DROPPED = (b"content-length", b"connection", b"keep-alive", b"transfer-encoding")


class _Upstream(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.answer: asyncio.Future[bytes] | None = None
        self._parser = httptools.HttpResponseParser(self)
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._parser.feed_data(data)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name, value))

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        body = b"".join(self._body)
        head = [b"HTTP/1.1 %d OK" % self._parser.get_status_code()]
        head += [k + b": " + v for k, v in self._headers if k.lower() not in _DROPPED]
        head.append(b"content-length: %d" % len(body))
        self._headers, self._body = [], []
        if self.answer is not None and not self.answer.done():
            self.answer.set_result(b"\r\n".join(head) + b"\r\n\r\n" + body)


class _Client(asyncio.Protocol):
    def __init__(self, upstream_port: int) -> None:
        self._port = upstream_port
        self._parser = httptools.HttpRequestParser(self)
        self._transport: asyncio.Transport | None = None
        self._upstream: _Upstream | None = None
        self._url = b""
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._queue: asyncio.Queue[bytes] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._worker = asyncio.get_running_loop().create_task(self._answer())

    def connection_lost(self, exc: Exception | None) -> None:
        if self._worker is not None:
            self._worker.cancel()
        if self._upstream is not None and self._upstream.transport is not None:
            self._upstream.transport.close()

    def data_received(self, data: bytes) -> None:
        self._parser.feed_data(data)

    def on_message_begin(self) -> None:
        self._url, self._headers, self._body = b"", [], []

    def on_url(self, url: bytes) -> None:
        self._url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name, value))

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        body = b"".join(self._body)
        head = [self._parser.get_method() + b" " + self._url + b" HTTP/1.1"]
        head += [k + b": " + v for k, v in self._headers if k.lower() not in _DROPPED]
        head.append(b"content-length: %d" % len(body))
        self._queue.put_nowait(b"\r\n".join(head) + b"\r\n\r\n" + body)

    async def _answer(self) -> None:
        loop = asyncio.get_running_loop()
        _, self._upstream = await loop.create_connection(_Upstream, "127.0.0.1", self._port)
        while True:
            request = await self._queue.get()
            assert self._upstream.transport is not None
            assert self._transport is not None
            self._upstream.answer = loop.create_future()
            self._upstream.transport.write(request)
            self._transport.write(await self._upstream.answer)


async def _main(upstream_port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Client(upstream_port), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the bench closes stdin
    server.close()


if __name__ == "__main__":
    asyncio.run(_main(int(sys.argv[1])))
