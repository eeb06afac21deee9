"""Exchanges on their way through proxy mode, and :class:`Replay`, the upstream Prism talks to.

Internal module. Prism's proxy mode re-encodes what it forwards (it parses and re-serialises
JSON, adds ``accept-encoding: *`` and a ``user-agent``, decompresses answers), so Prism never
talks to the real upstream: it forwards to :class:`Replay`, a loopback server in this process,
which sends the exchange's *original* bytes upstream and hands the answer both to Prism (to
validate) and back to the proxy's front.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._http.headers import FRAMING
from .._http.messages import Request, Response, error_response
from .._http.upstream import UpstreamError, UpstreamPool, UpstreamReply

__all__ = ["EXCHANGE_HEADER", "Exchange", "Replay", "send_upstream"]

EXCHANGE_HEADER = b"x-mock-exchange"
"""Carries an exchange's token from the front through Prism to :class:`Replay`."""


@dataclass
class Exchange:
    """One request on its way: the original bytes, and what the upstream answered."""

    method: str
    target: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes
    sent: bool = False
    reply: UpstreamReply | None = None
    error: UpstreamError | None = None


async def send_upstream(pool: UpstreamPool, exchange: Exchange) -> None:
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

    def __init__(self, exchanges: dict[str, Exchange], pool: UpstreamPool) -> None:
        self.exchanges = exchanges
        self.pool = pool

    async def handle(self, request: Request) -> Response:
        token = request.header(EXCHANGE_HEADER)
        exchange = self.exchanges.get(token) if token else None
        if exchange is None or exchange.sent:
            return error_response(404, "No such exchange (only the proxy's Prism calls this)")
        await send_upstream(self.pool, exchange)
        if exchange.reply is None:
            assert exchange.error is not None
            return error_response(exchange.error.status, exchange.error.message)
        reply = exchange.reply
        return Response(
            reply.status, [(k, v) for k, v in reply.headers if k not in FRAMING], reply.body
        )
