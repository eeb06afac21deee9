"""The control plane: ``/__mock`` over HTTP, the same that ``MockServer``'s methods call.

Internal module. JSON only, no CORS headers (a cross-site page cannot read or write it: a
foreign ``Origin`` is refused before this module is reached, and a write needs
``Content-Type: application/json``, which a page cannot send without a preflight). Bad input
gets a 400 naming the field, and nothing of that request is applied.

| HTTP | What |
|---|---|
| ``GET /__mock/requests?operation=&workspace=`` | the request journal |
| ``DELETE /__mock/requests`` | clear it |
| ``POST /__mock/responses`` | program the next answers of an operation |
| ``DELETE /__mock/responses`` | forget programmed answers |
| ``GET /__mock/webhooks`` | webhook deliveries |
| ``GET /__mock/state?workspace=`` | what the store holds for a workspace |
| ``POST /__mock/reset`` ``{workspace?}`` | seed state, empty journals, no programmed answers |
"""

from __future__ import annotations

import json
import logging
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from .._http.messages import Request, Response, error_response
from .._spec.index import SpecIndex
from .._state.store import StateStore
from ..events import SCENARIOS
from .journal import RequestJournal, WebhookJournal

__all__ = ["CONTROL_PREFIX", "ControlPlane", "Programmed", "Programs"]

log = logging.getLogger("voice_agents_mock")

CONTROL_PREFIX = "/__mock"
OFF_SPEC_HEADER = b"x-mock-off-spec"
_FAULTS = (None, "reset", "hang")
_MAX_PROGRAMS = 1000
_MAX_DELAY_MS = 120_000


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


class _BadInputError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _json(status: int, payload: Any) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, [(b"content-type", b"application/json")], body)


def _bad(field: str, message: str) -> Response:
    response = error_response(400, f"{field}: {message}")
    response.headers.append((b"x-mock-field", field.encode("ascii", "replace")))
    return response


class ControlPlane:
    """Answers ``/__mock`` requests; holds the journals, programmed answers and the store."""

    def __init__(
        self,
        index: SpecIndex,
        store: StateStore | None,
        requests: RequestJournal,
        webhooks: WebhookJournal,
    ) -> None:
        self.index = index
        self.store = store
        self.requests = requests
        self.webhooks = webhooks
        self.programs = Programs()
        self._routes = {
            "/requests": {"GET": self._get_requests, "DELETE": self._clear_requests},
            "/responses": {
                "GET": self._get_responses,
                "POST": self._program,
                "DELETE": self._clear_responses,
            },
            "/webhooks": {"GET": self._get_webhooks},
            "/state": {"GET": self._get_state},
            "/reset": {"POST": self._reset},
        }

    async def handle(self, request: Request, path: str) -> Response:
        sub = path[len(CONTROL_PREFIX) :].rstrip("/") or "/"
        methods = self._routes.get(sub)
        if methods is None:
            known = ", ".join(CONTROL_PREFIX + name for name in self._routes)
            return error_response(404, f"No control-plane path {path}; there are {known}")
        handler = methods.get(request.method)
        if handler is None:
            allow = ", ".join(methods).encode()
            return error_response(
                405, f"{request.method} is not allowed on {path}", (b"allow", allow)
            )
        try:
            return handler(request)
        except _BadInputError as exc:
            return _bad(exc.field, exc.message)

    # ------------------------------------------------------------------ input helpers
    def _query(self, request: Request, allowed: tuple[str, ...]) -> dict[str, str]:
        pairs = parse_qsl(request.query.decode("utf-8", "replace"), keep_blank_values=True)
        out: dict[str, str] = {}
        for name, value in pairs:
            if name not in allowed:
                raise _BadInputError(name, f"unknown query parameter; use {', '.join(allowed)}")
            out[name] = value
        return out

    def _body(self, request: Request, *, required: bool) -> dict[str, Any]:
        if not request.body:
            if required:
                raise _BadInputError("body", "a JSON object is required")
            return {}
        media = (request.header(b"content-type") or "").split(";")[0].strip().lower()
        if media != "application/json":
            raise _BadInputError("content-type", "must be application/json")
        try:
            value = json.loads(request.body)
        except ValueError as exc:
            raise _BadInputError("body", f"not JSON ({exc})") from None
        if not isinstance(value, dict):
            raise _BadInputError("body", "must be a JSON object")
        return value

    def _operation(self, value: Any, field: str = "operation") -> str:
        if not isinstance(value, str):
            raise _BadInputError(field, "must be an operationId (a string)")
        if value not in self.index.responses:
            raise _BadInputError(field, f"unknown operation {value!r}")
        return value

    # ------------------------------------------------------------------ handlers
    def _get_requests(self, request: Request) -> Response:
        query = self._query(request, ("operation", "workspace"))
        operation = self._operation(query["operation"]) if "operation" in query else None
        entries = self.requests.query(operation, query.get("workspace"))
        return _json(200, {"requests": [entry.as_dict() for entry in entries]})

    def _clear_requests(self, request: Request) -> Response:
        self._query(request, ())
        self.requests.clear()
        return _json(200, {"cleared": True})

    def _get_responses(self, request: Request) -> Response:
        self._query(request, ())
        return _json(200, {"responses": [item.as_dict() for item in self.programs.all()]})

    def _program(self, request: Request) -> Response:
        body = self._body(request, required=True)
        known = {
            "operation",
            "status",
            "body",
            "headers",
            "times",
            "delay_ms",
            "fault",
            "scenario",
            "workspace",
        }
        for name in body:
            if name not in known:
                raise _BadInputError(name, f"unknown field; use {', '.join(sorted(known))}")
        if "operation" not in body:
            raise _BadInputError("operation", "is required")
        operation = self._operation(body["operation"])
        status = body.get("status", 200)
        if isinstance(status, bool) or not isinstance(status, int):
            raise _BadInputError("status", "must be an integer")
        documented = self.index.responses[operation]
        if str(status) not in documented:
            raise _BadInputError(
                "status",
                f"{operation} does not document {status}; it documents "
                f"{', '.join(sorted(documented))}",
            )
        times = body.get("times", 1)
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise _BadInputError("times", "must be an integer of at least 1")
        delay_ms = body.get("delay_ms", 0)
        if (
            isinstance(delay_ms, bool)
            or not isinstance(delay_ms, int | float)
            or not 0 <= delay_ms <= _MAX_DELAY_MS
        ):
            raise _BadInputError("delay_ms", f"must be a number from 0 to {_MAX_DELAY_MS}")
        fault = body.get("fault")
        if fault not in _FAULTS:
            raise _BadInputError("fault", 'must be null, "reset" or "hang"')
        scenario = body.get("scenario")
        if scenario is not None and scenario not in SCENARIOS:
            raise _BadInputError(
                "scenario", f"unknown scenario; choose one of {', '.join(SCENARIOS)}"
            )
        workspace = body.get("workspace")
        if workspace is not None and not isinstance(workspace, str):
            raise _BadInputError("workspace", "must be a string")
        headers_in = body.get("headers") or {}
        if not isinstance(headers_in, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers_in.items()
        ):
            raise _BadInputError("headers", "must be an object of string values")
        headers: list[tuple[bytes, bytes]] = []
        for name, value in headers_in.items():
            if not name or any(c in name for c in ":\r\n ") or any(c in value for c in "\r\n"):
                raise _BadInputError("headers", f"{name!r} is not a valid header")
            headers.append((name.lower().encode("latin-1"), value.encode("latin-1", "replace")))
        answer = body["body"] if "body" in body else self.index.example(operation, status)
        off_spec = tuple(self.index.errors(operation, status, answer)) if answer is not None else ()
        payload = b"" if answer is None else json.dumps(answer, ensure_ascii=False).encode()
        if payload:
            headers = [(b"content-type", b"application/json"), *headers]
        if off_spec:
            log.warning(
                "programmed answer for %s %s does not match the spec: %s",
                operation,
                status,
                "; ".join(off_spec),
            )
        item = Programmed(
            id=self.programs.next_id(),
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
        )
        try:
            self.programs.add(item)
        except ValueError as exc:
            raise _BadInputError("operation", str(exc)) from None
        return _json(201, item.as_dict())

    def _clear_responses(self, request: Request) -> Response:
        self._query(request, ())
        self.programs.clear()
        return _json(200, {"cleared": True})

    def _get_webhooks(self, request: Request) -> Response:
        query = self._query(request, ("workspace",))
        records = self.webhooks.all(query.get("workspace"))
        return _json(200, {"webhooks": [record.as_dict() for record in records]})

    def _get_state(self, request: Request) -> Response:
        query = self._query(request, ("workspace",))
        if "workspace" not in query:
            raise _BadInputError("workspace", "is required (the workspace header value)")
        if self.store is None:
            return _json(200, {"workspace": query["workspace"], "stateful": False})
        return _json(200, {"stateful": True, **self.store.dump(query["workspace"])})

    def _reset(self, request: Request) -> Response:
        body = self._body(request, required=False)
        for name in body:
            if name != "workspace":
                raise _BadInputError(name, "unknown field; use workspace")
        workspace = body.get("workspace")
        if workspace is not None and not isinstance(workspace, str):
            raise _BadInputError("workspace", "must be a string")
        self.reset(workspace)
        return _json(200, {"reset": workspace if workspace is not None else "all"})

    def reset(self, workspace: str | None = None) -> None:
        """Seed state, no journal entries, no programmed answers (for one or every workspace)."""
        if self.store is not None:
            self.store.reset(workspace)
        self.requests.clear(workspace)
        self.webhooks.clear(workspace)
        self.programs.clear(workspace)
