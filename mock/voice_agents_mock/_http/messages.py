"""What the front works with: one parsed request, and the answer it gives.

Internal module, shared by the relay (``relay``), the front, the control plane and the proxy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["Handler", "Request", "Response", "error_response", "json_response"]


@dataclass(slots=True)
class Request:
    """One parsed request: raw target, lower-cased header names, the whole body."""

    method: str
    path: bytes
    query: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes
    keep_alive: bool
    client: str = ""
    _first: dict[bytes, bytes] | None = field(default=None, repr=False, compare=False)
    """The first value of each header, built on the first lookup (the front makes several)."""

    def header(self, name: bytes) -> str | None:
        """The first value of header ``name`` (lower-case bytes), decoded as Latin-1."""
        first = self._first
        if first is None:
            first = {}
            for key, value in self.headers:
                first.setdefault(key, value)
            self._first = first
        found = first.get(name)
        return None if found is None else found.decode("latin-1")


@dataclass(slots=True)
class Response:
    """What the front answers. ``after`` runs once the answer is written (webhooks)."""

    status: int
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""
    note: str = ""
    """Why the front answered itself (shown in the request's log line)."""
    close: bool = False
    fault: str | None = None
    """``"reset"`` drops the connection without an answer, ``"hang"`` never answers."""
    after: Callable[[], None] | None = None
    off_spec: tuple[str, ...] = ()
    """Where a programmed answer departs from the spec (journalled, sent as a header)."""


def error_response(status: int, message: str, *extra: tuple[bytes, bytes]) -> Response:
    """A JSON error answer ``{"code", "message"}`` in the API's error shape."""
    body = json.dumps(
        {"code": status, "message": message}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), *extra]
    return Response(status, headers, body, note=message)


def json_response(status: int, payload: object) -> Response:
    """A JSON answer of ``payload`` (compact, UTF-8)."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, [(b"content-type", b"application/json")], body)


class Handler(Protocol):
    """What answers parsed requests (the front; a fake one in tests)."""

    async def handle(self, request: Request) -> Response:
        """The answer to ``request``; must not raise."""
        ...
