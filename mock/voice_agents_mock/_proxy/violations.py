"""Where real traffic departs from the spec: Prism's findings, parsed, summarised, reported.

Internal module of the proxy mode. Prism reports what it found on an exchange in the
``sl-violations`` header of its answer (a JSON list of ``{location, severity, code, message}``,
``location`` starting with ``request`` or ``response``) and, when it refuses a request under
``--errors``, in the ``validation`` list of its problem+json body (locations without the
``request`` prefix). Both become plain dicts ``{side, location, severity, message}``.

:class:`ViolationLog` keeps a summary per operation: how many exchanges violated it, how many
findings, the distinct messages (bounded) and the first example. Its size is bounded by the
number of operations in the spec, never by the number of requests.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "NO_OPERATION",
    "ViolationLog",
    "from_header",
    "from_problem",
    "scrub",
    "violation",
]

NO_OPERATION = "(not in the spec)"
"""Summary key for requests whose method and path match no operation."""
_MAX_MESSAGES = 50
"""Distinct messages kept per operation; more are counted, not stored."""
_MAX_BUCKETS = 1000
"""Operations summarised (the spec has far fewer; a guard, never reached in practice)."""


def violation(side: str, location: str, severity: str, message: str) -> dict[str, Any]:
    """One finding in the shape the journal, the summary and the report use."""
    return {"side": side, "location": location, "severity": severity, "message": message}


def _item(raw: Any, side: str | None) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        return None
    location = [str(part) for part in raw.get("location") or []]
    if side is None:
        side = location[0] if location and location[0] in ("request", "response") else "request"
        location = location[1:] if location and location[0] == side else location
    where = ".".join([side, *location])
    severity = str(raw.get("severity") or "Error")
    return violation(side, where, severity, str(raw.get("message") or "(no message)"))


def from_header(raw: str | None) -> list[dict[str, Any]]:
    """The findings of an ``sl-violations`` header (Prism truncates very long ones)."""
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except ValueError:
        return [violation("request", "request", "Error", "too many violations to list")]
    if not isinstance(items, list):
        return []
    return [found for found in (_item(item, None) for item in items) if found is not None]


def from_problem(body: bytes, status: int) -> list[dict[str, Any]]:
    """The request findings of the problem+json Prism answers instead of forwarding."""
    try:
        problem = json.loads(body)
    except ValueError:
        problem = None
    if not isinstance(problem, dict):
        return [violation("request", "request", "Error", f"refused by Prism with {status}")]
    items = problem.get("validation")
    if isinstance(items, list) and items:
        found = [_item(item, "request") for item in items]
        return [item for item in found if item is not None]
    title = str(problem.get("title") or problem.get("detail") or f"refused with {status}")
    return [violation("request", "request", "Error", title)]


def scrub(items: list[dict[str, Any]], secrets: tuple[str, ...]) -> list[dict[str, Any]]:
    """``items`` with every occurrence of a key value replaced (messages may quote input)."""
    secrets = tuple(s for s in secrets if len(s) >= 4)
    if not secrets:
        return items
    out = []
    for item in items:
        message = item["message"]
        for secret in secrets:
            message = message.replace(secret, "***")
        out.append({**item, "message": message})
    return out


@dataclass
class _Bucket:
    exchanges: int = 0
    violations: int = 0
    messages: dict[str, int] = field(default_factory=dict)
    more_messages: int = 0
    first: dict[str, Any] | None = None

    def as_dict(self, operation: str) -> dict[str, Any]:
        return {
            "operation": operation,
            "count": self.exchanges,
            "violations": self.violations,
            "messages": [{"message": text, "count": n} for text, n in self.messages.items()],
            "more_messages": self.more_messages,
            "first": self.first,
        }


class ViolationLog:
    """Findings per operation, plus how many exchanges the proxy forwarded and refused."""

    def __init__(self) -> None:
        self.started = time.time()
        self.requests = 0
        self.with_violations = 0
        self._buckets: dict[str, _Bucket] = {}

    def record(
        self,
        *,
        operation: str | None,
        method: str,
        path: str,
        status: int,
        journal_id: int,
        violations: list[dict[str, Any]],
    ) -> None:
        """Count one exchange; keep its findings in its operation's summary."""
        self.requests += 1
        if not violations:
            return
        self.with_violations += 1
        key = operation or NO_OPERATION
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= _MAX_BUCKETS:
                key, bucket = NO_OPERATION, self._buckets.setdefault(NO_OPERATION, _Bucket())
            else:
                bucket = self._buckets[key] = _Bucket()
        bucket.exchanges += 1
        bucket.violations += len(violations)
        for item in violations:
            text = f"{item['location']}: {item['message']}"
            if text in bucket.messages:
                bucket.messages[text] += 1
            elif len(bucket.messages) < _MAX_MESSAGES:
                bucket.messages[text] = 1
            else:
                bucket.more_messages += 1
        if bucket.first is None:
            bucket.first = {
                "journal_id": journal_id,
                "time": datetime.now(UTC).isoformat(),
                "method": method,
                "path": path,
                "status": status,
                "violations": violations,
            }

    @property
    def total(self) -> int:
        """Findings seen since the start (or the last :meth:`clear`)."""
        return sum(bucket.violations for bucket in self._buckets.values())

    def summary(self) -> dict[str, Any]:
        """What ``GET /__mock/violations`` answers."""
        return {
            "requests": self.requests,
            "requests_with_violations": self.with_violations,
            "violations": self.total,
            "operations": [bucket.as_dict(name) for name, bucket in sorted(self._buckets.items())],
        }

    def report(self, **context: Any) -> dict[str, Any]:
        """The ``--report`` document: ``context`` (upstream, options) and the summary."""
        return {
            "started": datetime.fromtimestamp(self.started, UTC).isoformat(),
            "written": datetime.now(UTC).isoformat(),
            **context,
            **self.summary(),
        }

    def clear(self) -> None:
        """Forget every finding and count (``POST /__mock/reset``, ``DELETE``)."""
        self.requests = 0
        self.with_violations = 0
        self._buckets.clear()
