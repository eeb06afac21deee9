"""What the mock received and sent: bounded journals of requests and webhook deliveries.

Internal module. An entry is stored as the raw pieces the relay already has and turned into
JSON only when someone asks (``GET /__mock/requests``), so recording costs a tuple per request.
Both journals keep the newest ``size`` entries: memory stays flat on a long run.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from .._core.constants import DEFAULT_JOURNAL_SIZE
from .._proxy.violations import from_header
from .._webhooks.emitter import DeliveryRecord

__all__ = [
    "DEFAULT_JOURNAL_SIZE",
    "Recorded",
    "RequestJournal",
    "WebhookJournal",
    "mask_key",
    "masked_headers",
]

_SECRET_HEADERS = frozenset({b"x-private-key", b"x-public-key", b"authorization", b"cookie"})


def mask_key(value: str) -> str:
    """A key shown as its first four characters and its length, never in full."""
    return f"{value[:4]}...({len(value)} chars)" if len(value) > 4 else "***"


@dataclass(frozen=True, slots=True)
class Recorded:
    """One request as it was received, and the status it got."""

    id: int
    time: float
    method: str
    path: bytes
    query: bytes
    operation: str | None
    workspace: str | None
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    parsed: Any
    status: int
    warnings: tuple[str, ...] = ()
    violations: tuple[dict[str, Any], ...] = ()
    """Where the exchange departs from the spec (proxy mode; empty for the mock)."""
    off_spec: tuple[str, ...] = ()
    """Where the programmed answer it got departs from the spec (the mock)."""
    duration: float = 0.0
    """Seconds from the request's arrival to its answer."""
    response_headers: tuple[tuple[bytes, bytes], ...] = ()
    response_body: bytes = b""

    def summary(self) -> dict[str, Any]:
        """What a live view lists: :meth:`as_dict` without headers, query and bodies (a row
        asks for the rest when it is opened)."""
        return {
            "id": self.id,
            "time": datetime.fromtimestamp(self.time, UTC).isoformat(),
            "method": self.method,
            "path": self.path.decode("utf-8", "replace"),
            "operation": self.operation,
            "workspace": self.workspace,
            "status": self.status,
            "warnings": list(self.warnings),
            "violations": self._violations(),
            "off_spec": list(self.off_spec),
            "duration_ms": round(self.duration * 1000, 1),
        }

    def _violations(self) -> list[dict[str, Any]]:
        if self.violations:
            return list(self.violations)
        # Mock mode: Prism's verdict on the exchange, as the proxy reports it.
        raw = next((v for k, v in self.response_headers if k == b"sl-violations"), None)
        return [] if raw is None else from_header(raw.decode("latin-1"))

    def as_dict(self) -> dict[str, Any]:
        headers = masked_headers(self.headers)
        body = self.parsed
        if body is None and self.body:
            body = _json_or_none(self.body)
        violations = self._violations()
        return {
            "id": self.id,
            "time": datetime.fromtimestamp(self.time, UTC).isoformat(),
            "method": self.method,
            "path": self.path.decode("utf-8", "replace"),
            "query": dict(parse_qsl(self.query.decode("utf-8", "replace"), keep_blank_values=True)),
            "operation": self.operation,
            "workspace": self.workspace,
            "headers": headers,
            "body": body,
            "status": self.status,
            "warnings": list(self.warnings),
            "violations": violations,
            "off_spec": list(self.off_spec),
            "duration_ms": round(self.duration * 1000, 1),
            "response": {
                "headers": masked_headers(self.response_headers),
                "body": _json_or_none(self.response_body) if self.response_body else None,
            },
        }


def masked_headers(pairs: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """Headers as text, keys and credentials masked (:func:`mask_key`)."""
    headers: dict[str, str] = {}
    for key, value in pairs:
        text = value.decode("latin-1")
        headers[key.decode("latin-1")] = mask_key(text) if key in _SECRET_HEADERS else text
    return headers


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


class RequestJournal:
    """The newest ``size`` requests, oldest first."""

    def __init__(self, size: int = DEFAULT_JOURNAL_SIZE) -> None:
        self._entries: deque[Recorded] = deque(maxlen=size)
        self._next = 1

    def add(
        self,
        *,
        method: str,
        path: bytes,
        query: bytes,
        operation: str | None,
        workspace: str | None,
        headers: Iterable[tuple[bytes, bytes]],
        body: bytes,
        parsed: Any,
        status: int,
        warnings: tuple[str, ...] = (),
        violations: tuple[dict[str, Any], ...] = (),
        off_spec: tuple[str, ...] = (),
        duration: float = 0.0,
        response_headers: Iterable[tuple[bytes, bytes]] = (),
        response_body: bytes = b"",
    ) -> Recorded:
        entry = Recorded(
            self._next,
            time.time(),
            method,
            path,
            query,
            operation,
            workspace,
            tuple(headers),
            body,
            parsed,
            status,
            warnings,
            violations,
            off_spec,
            duration,
            tuple(response_headers),
            response_body,
        )
        self._entries.append(entry)
        self._next += 1
        return entry

    def query(
        self,
        operation: str | None = None,
        workspace: str | None = None,
        *,
        after: int = 0,
        limit: int | None = None,
    ) -> list[Recorded]:
        """Matching entries, oldest first; ``after``: only ids above it; ``limit``: the newest
        that many of those (a live view asks for what is new since its last look)."""
        found: list[Recorded] = []
        # Newest first, stopping at ``after``: a poll costs what is new, not the journal size.
        for entry in reversed(self._entries):
            if entry.id <= after or (limit is not None and len(found) >= limit):
                break
            if (operation is None or entry.operation == operation) and (
                workspace is None or entry.workspace == workspace
            ):
                found.append(entry)
        found.reverse()
        return found

    def get(self, entry_id: int) -> Recorded | None:
        """The entry with ``entry_id``, if the journal still keeps it."""
        return next((entry for entry in self._entries if entry.id == entry_id), None)

    def clear(self, workspace: str | None = None) -> None:
        if workspace is None:
            self._entries.clear()
            return
        kept = [entry for entry in self._entries if entry.workspace != workspace]
        self._entries.clear()
        self._entries.extend(kept)

    def __len__(self) -> int:
        return len(self._entries)


class WebhookJournal:
    """The newest ``size`` webhook deliveries (and refusals), oldest first."""

    def __init__(self, size: int = DEFAULT_JOURNAL_SIZE) -> None:
        self._entries: deque[tuple[str | None, DeliveryRecord]] = deque(maxlen=size)
        self._workspaces: dict[str, str | None] = {}

    def call_started(self, call_id: str, workspace: str | None) -> None:
        """Remember whose call ``call_id`` is (bounded like the journal)."""
        self._workspaces[call_id] = workspace
        while len(self._workspaces) > self._entries.maxlen * 2:  # type: ignore[operator]
            self._workspaces.pop(next(iter(self._workspaces)))

    def add(self, record: DeliveryRecord) -> None:
        self._entries.append((self._workspaces.get(record.call_id), record))

    def all(self, workspace: str | None = None) -> list[DeliveryRecord]:
        return [r for w, r in self._entries if workspace is None or w == workspace]

    def get(self, delivery_id: int) -> DeliveryRecord | None:
        """The delivery with ``delivery_id``, if the journal still keeps it."""
        return next((r for _, r in self._entries if r.id == delivery_id), None)

    def workspace_of(self, call_id: str) -> str | None:
        return self._workspaces.get(call_id)

    def clear(self, workspace: str | None = None) -> None:
        if workspace is None:
            self._entries.clear()
            self._workspaces.clear()
            return
        kept = [(w, r) for w, r in self._entries if w != workspace]
        self._entries.clear()
        self._entries.extend(kept)
