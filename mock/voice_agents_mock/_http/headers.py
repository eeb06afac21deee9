"""Which headers cross the relay, and how a raw request target is written on the way.

Internal module: the mock's front and the proxy forward and return with the same rules.
"""

from __future__ import annotations

from urllib.parse import quote_from_bytes

from .._core.constants import SCENARIO_HEADER

__all__ = [
    "FRAMING",
    "HOP_BY_HOP",
    "NOT_FORWARDED",
    "NOT_RETURNED",
    "relayed_headers",
    "request_target",
]

HOP_BY_HOP = frozenset(
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
"""Headers of one connection, never of the message (RFC 9110, 7.6.1)."""
NOT_FORWARDED = HOP_BY_HOP | {
    b"host",
    b"content-length",
    b"expect",
    b"accept-encoding",
    SCENARIO_HEADER.encode(),
}
"""Request headers Prism is not sent: the relay frames the body, answers are never encoded,
and the scenario header is the mock's own."""
FRAMING = HOP_BY_HOP | {b"content-length"}
"""What the relay writes itself around a body it passes on byte for byte (proxy mode)."""
NOT_RETURNED = FRAMING | {b"content-encoding"}
"""Answer headers of Prism the relay drops: it sends the decoded body, re-framed."""
_TARGET_SAFE = "/%:@!$&'()*+,;=-._~?"


def request_target(path: bytes, query: bytes) -> bytes:
    """``path?query`` as an ASCII request target (bytes >= 0x80 percent-encoded)."""
    target = path if path.isascii() else quote_from_bytes(path, _TARGET_SAFE).encode()
    if query:
        target += b"?" + (
            query if query.isascii() else quote_from_bytes(query, _TARGET_SAFE).encode()
        )
    return target


def relayed_headers(
    headers: list[tuple[bytes, bytes]], dropped: frozenset[bytes] = NOT_RETURNED
) -> list[tuple[bytes, bytes]]:
    """An upstream answer's headers as the relay returns them: no framing, no upstream CORS."""
    return [(k, v) for k, v in headers if k not in dropped and not k.startswith(b"access-control-")]
