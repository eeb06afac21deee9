"""What every part of the stateful layer shares: bounds, a workspace's collections, answers.

Internal module. The store (``store``) owns the workspaces; the resource modules
(``calls``, ``kb``, ``archive``) build answers from a workspace's
collections with the helpers here, which read the spec's examples (:class:`Examples`).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .._spec.index import SpecIndex
from .call import Call

__all__ = [
    "MAX_ITEMS",
    "MAX_WORKSPACES",
    "Answer",
    "Bounded",
    "Examples",
    "Handler",
    "Workspace",
    "new_object_id",
    "now_iso",
]

log = logging.getLogger("voice_agents_mock")

MAX_WORKSPACES = 256
MAX_ITEMS = 1000
"""Per collection and workspace; the oldest entry goes first."""


def new_object_id() -> str:
    """A fresh 24-hex id shaped like a MongoDB ObjectId (time first, then random)."""
    return f"{int(time.time()):08x}{secrets.token_hex(8)}"


def now_iso() -> str:
    """The current UTC time as the API writes it (``2026-06-30T10:00:00.000Z``)."""
    moment = datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class Bounded(OrderedDict[str, Any]):
    """A collection that forgets its oldest entry past :data:`MAX_ITEMS` (logged)."""

    def put(self, key: str, value: Any) -> None:
        self[key] = value
        while len(self) > MAX_ITEMS:
            dropped, _ = self.popitem(last=False)
            log.warning("state: more than %d items; forgot the oldest (%s)", MAX_ITEMS, dropped)


@dataclass
class Workspace:
    """What one ``workspace`` header value holds."""

    name: str = ""
    assistants: Bounded = field(default_factory=Bounded)
    tools: Bounded = field(default_factory=Bounded)
    numbers: Bounded = field(default_factory=Bounded)
    calls: Bounded = field(default_factory=Bounded)
    sessions: Bounded = field(default_factory=Bounded)
    """Knowledge-base upload sessions by ``sessionId``."""
    files: Bounded = field(default_factory=Bounded)
    """Knowledge-base files by ``_id``."""


@dataclass(frozen=True)
class Answer:
    """The store's answer: status, JSON body; ``call`` is set for a new or aborted call.

    ``warnings`` name what looks like a mistake in an accepted request (the front sends them
    in ``x-mock-warning`` and logs them).
    """

    status: int
    body: Any
    call: Call | None = None
    warnings: tuple[str, ...] = ()


Handler = Callable[[Workspace, dict[str, str], Any], Answer]
"""Builds the answer to one operation from the workspace, the path parameters and the body."""


class Examples:
    """The spec's example bodies, as the answers the store builds start from them."""

    def __init__(self, index: SpecIndex) -> None:
        self.index = index

    def body(self, operation: str, status: str) -> Any:
        return self.index.example(operation, status)

    def copy(self, operation: str, status: str) -> dict[str, Any]:
        """A shallow copy of the example object (empty when there is none)."""
        example = self.index.example(operation, status)
        return dict(example) if isinstance(example, dict) else {}

    def data(self, operation: str, status: str) -> Any:
        """The example's ``data`` member (None when there is none)."""
        example = self.index.example(operation, status)
        return example.get("data") if isinstance(example, dict) else None

    def envelope(self, operation: str, status: str, data: Any) -> dict[str, Any]:
        out = self.copy(operation, status)
        out["data"] = data
        return out

    def named(self, operation: str, status: str, name: str) -> Any:
        return self.index.named_example(operation, status, name)

    def not_found(self, operation: str) -> Answer:
        return Answer(404, self.index.example(operation, "404"))

    @staticmethod
    def refused(message: str, status: int = 400) -> Answer:
        """An error the spec documents by status only: the ``Error`` shape with our reason."""
        return Answer(status, {"code": status, "message": message})
