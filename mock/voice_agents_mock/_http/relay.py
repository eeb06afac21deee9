"""The HTTP/1.1 layer of the front: parse what clients send, frame what they get back.

Internal module. Requests are parsed by ``httptools`` (Node's llhttp, in strict mode): no
hand-written parsing of untrusted bytes. Request smuggling cannot pass through the front: llhttp
refuses a request that carries both ``Content-Length`` and ``Transfer-Encoding``, several
different lengths, or a ``Transfer-Encoding`` that does not end in ``chunked`` (checked again
here), and what goes on to Prism is always re-framed with one ``Content-Length`` of the body the
front read. One parse per request; the body is read whole (up to ``max_body_bytes``) before the
:class:`Handler` sees the request.
"""

from __future__ import annotations

import asyncio
import socket

from .connection import Connection, RelayLimits
from .messages import Handler

__all__ = [
    "Handler",
    "RelayLimits",
    "RelayServer",
    "serve_connections",
]


class RelayServer:
    """The listening relay; :meth:`close` also ends connections still open (a hung one)."""

    def __init__(self, handler: Handler, limits: RelayLimits) -> None:
        self._handler = handler
        self._limits = limits
        self._connections: set[Connection] = set()
        self._server: asyncio.Server | None = None

    def _connection(self) -> Connection:
        connection = Connection(self._handler, self._limits, self._connections.discard)
        self._connections.add(connection)
        return connection

    async def start(self, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._connection, sock=sock)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for connection in list(self._connections):
            connection.abort()
        self._connections.clear()


async def serve_connections(
    sock: socket.socket, handler: Handler, limits: RelayLimits
) -> RelayServer:
    """Start answering connections on the listening socket ``sock``."""
    server = RelayServer(handler, limits)
    await server.start(sock)
    return server
