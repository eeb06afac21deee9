"""Programmed answers (``POST /__mock/responses``, ``MockServer.respond``): checked, queued,
taken by the next matching request.

Internal module. Any status 100-599 is accepted: a service's tests must be able to see the
gateway errors (502, 503, 504) every HTTP API produces, whether or not the spec lists them.
What the spec does not document (a status, or a body that does not match the status's
schema) is still served, flagged: the ``x-mock-off-spec`` header, a log line, and the
journal entry's ``off_spec``.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Any

from .._spec.index import SpecIndex
from .._webhooks.faults import FaultError, parse_faults
from ..events import SCENARIOS

__all__ = ["OFF_SPEC_HEADER", "ProgramError", "Programmed", "Programs", "parse_program"]

OFF_SPEC_HEADER = b"x-mock-off-spec"
"""Says where a programmed answer departs from the spec."""
_FAULTS = (None, "reset", "hang")
_MAX_PROGRAMS = 1000
_MAX_DELAY_MS = 120_000
_FIELDS = frozenset(
    {
        "operation",
        "status",
        "body",
        "headers",
        "times",
        "delay_ms",
        "fault",
        "scenario",
        "workspace",
        "webhook_faults",
    }
)


class ProgramError(Exception):
    """A field of a program is refused: ``field`` and the reason."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass
class Programmed:
    """Answers programmed for the next ``times`` requests of one operation."""

    id: int
    operation: str
    status: int
    body: bytes
    headers: list[tuple[bytes, bytes]]
    times: int
    delay: float
    fault: str | None
    scenario: str | None
    workspace: str | None
    off_spec: tuple[str, ...]
    webhook_faults: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "operation": self.operation,
            "status": self.status,
            "times_left": self.times,
            "delay_ms": round(self.delay * 1000),
            "fault": self.fault,
            "scenario": self.scenario,
            "workspace": self.workspace,
            "off_spec": list(self.off_spec),
            "webhook_faults": list(self.webhook_faults),
        }


class Programs:
    """Programmed answers, first programmed first served."""

    def __init__(self) -> None:
        self._items: deque[Programmed] = deque()
        self._next = 1

    def add(self, item: Programmed) -> None:
        if len(self._items) >= _MAX_PROGRAMS:
            raise ValueError(f"more than {_MAX_PROGRAMS} programmed answers are waiting")
        self._items.append(item)

    def next_id(self) -> int:
        value, self._next = self._next, self._next + 1
        return value

    def take(self, operation: str | None, workspace: str | None) -> Programmed | None:
        """The answer for this request, if one is programmed (counts one use)."""
        if not self._items or operation is None:
            return None
        for item in self._items:
            if item.operation == operation and item.workspace in (None, workspace):
                item.times -= 1
                if item.times <= 0:
                    self._items.remove(item)
                return item
        return None

    def clear(self, workspace: str | None = None) -> None:
        if workspace is None:
            self._items.clear()
        else:
            kept = [item for item in self._items if item.workspace != workspace]
            self._items.clear()
            self._items.extend(kept)

    def all(self) -> list[Programmed]:
        return list(self._items)


def parse_program(body: dict[str, Any], index: SpecIndex, next_id: int) -> Programmed:
    """The program a ``POST /__mock/responses`` body asks for.

    Raises:
        ProgramError: a field is missing, unknown or out of range (nothing is programmed).
    """
    for name in body:
        if name not in _FIELDS:
            raise ProgramError(name, f"unknown field; use {', '.join(sorted(_FIELDS))}")
    if "operation" not in body:
        raise ProgramError("operation", "is required")
    operation = body["operation"]
    if not isinstance(operation, str):
        raise ProgramError("operation", "must be an operationId (a string)")
    if operation not in index.responses:
        raise ProgramError("operation", f"unknown operation {operation!r}")
    status = body.get("status", 200)
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise ProgramError("status", "must be an HTTP status, an integer from 100 to 599")
    times = body.get("times", 1)
    if isinstance(times, bool) or not isinstance(times, int) or times < 1:
        raise ProgramError("times", "must be an integer of at least 1")
    delay_ms = body.get("delay_ms", 0)
    if (
        isinstance(delay_ms, bool)
        or not isinstance(delay_ms, int | float)
        or not 0 <= delay_ms <= _MAX_DELAY_MS
    ):
        raise ProgramError("delay_ms", f"must be a number from 0 to {_MAX_DELAY_MS}")
    fault = body.get("fault")
    if fault not in _FAULTS:
        raise ProgramError("fault", 'must be null, "reset" or "hang"')
    scenario = body.get("scenario")
    if scenario is not None and scenario not in SCENARIOS:
        raise ProgramError("scenario", f"unknown scenario; choose one of {', '.join(SCENARIOS)}")
    workspace = body.get("workspace")
    if workspace is not None and not isinstance(workspace, str):
        raise ProgramError("workspace", "must be a string")
    try:
        webhook_faults = parse_faults(body.get("webhook_faults") or [])
    except FaultError as exc:
        raise ProgramError("webhook_faults", str(exc)) from None
    for name, given in (("scenario", scenario), ("webhook_faults", webhook_faults)):
        if given and operation not in _sending_webhooks(index):
            # Accepted but never played, it would let a test believe its receiver was tried.
            starters = " or ".join(sorted(_sending_webhooks(index)))
            raise ProgramError(
                name,
                f"applies to the webhook sequence an accepted {starters} starts, not {operation}",
            )
    headers = _headers(body.get("headers") or {})
    documented = index.responses[operation]
    off_spec: tuple[str, ...]
    answer = body["body"] if "body" in body else index.example(operation, status)
    if str(status) not in documented:
        off_spec = (
            f"{operation} does not document {status}; it documents {', '.join(sorted(documented))}",
        )
    elif answer is not None:
        off_spec = tuple(index.errors(operation, status, answer))
    else:
        off_spec = ()
    payload = b"" if answer is None else json.dumps(answer, ensure_ascii=False).encode()
    if payload:
        headers = [(b"content-type", b"application/json"), *headers]
    return Programmed(
        id=next_id,
        operation=operation,
        status=status,
        body=payload,
        headers=headers,
        times=times,
        delay=float(delay_ms) / 1000,
        fault=fault,
        scenario=scenario,
        workspace=workspace,
        off_spec=off_spec,
        webhook_faults=webhook_faults,
    )


def _sending_webhooks(index: SpecIndex) -> frozenset[str]:
    """The operations whose accepted call starts a webhook sequence: those with callbacks."""
    return frozenset(
        operation["operationId"]
        for item in index.spec.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("callbacks") and "operationId" in operation
    )


def _headers(given: Any) -> list[tuple[bytes, bytes]]:
    if not isinstance(given, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in given.items()
    ):
        raise ProgramError("headers", "must be an object of string values")
    headers: list[tuple[bytes, bytes]] = []
    for name, value in given.items():
        if not name or any(c in name for c in ":\r\n ") or any(c in value for c in "\r\n"):
            raise ProgramError("headers", f"{name!r} is not a valid header")
        headers.append((name.lower().encode("latin-1"), value.encode("latin-1", "replace")))
    return headers
