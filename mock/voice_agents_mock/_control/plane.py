"""The control plane: ``/__mock`` over HTTP, the same that ``MockServer``'s methods call.

Internal module. JSON (besides the dashboard's page, its assets and the HAR), no CORS headers
(a page on another origin cannot read or write it: its ``Origin`` is refused before this module
is reached, see ``_front.same_origin``, and a write needs ``Content-Type: application/json``,
which a page cannot send without a preflight). Bad input gets a 400 naming the field, and
nothing of that request is applied.

| HTTP | What |
|---|---|
| ``GET /__mock/requests?operation=&workspace=&after=&limit=&view=`` | the request journal |
| ``GET /__mock/requests/{id}`` | one entry of it |
| ``DELETE /__mock/requests`` | clear it |
| ``POST /__mock/responses`` | program the next answers of an operation |
| ``DELETE /__mock/responses`` | forget programmed answers (also ``POST .../responses/clear``) |
| ``GET /__mock/webhooks`` | webhook deliveries |
| ``GET /__mock/state?workspace=`` | what the store holds for a workspace |
| ``POST /__mock/reset`` ``{workspace?}`` | seed state, empty journals, no programmed answers |
| ``GET /__mock/`` | the dashboard page (``_dashboard``) and its ``/__mock/assets/...`` |
| ``GET /__mock/requests.har`` | the request journal as HAR 1.2 |
| ``POST /__mock/webhooks/{id}/resend`` | send a delivery's body again, as a new delivery |
"""

from __future__ import annotations

import inspect
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

from .._dashboard import page
from .._dashboard.har import har
from .._http.messages import Request, Response, error_response, json_response
from .._spec.index import SpecIndex
from .._state.store import StateStore
from .._webhooks.emitter import DeliveryRecord
from .journal import RequestJournal, WebhookJournal
from .programs import ProgramError, Programs, parse_program

__all__ = ["CONTROL_PREFIX", "ControlPlane"]

log = logging.getLogger("voice_agents_mock")

CONTROL_PREFIX = "/__mock"
_RESEND = re.compile(r"/webhooks/([^/]+)/resend")
_ASSET = re.compile(r"/assets/([^/]+)")
_ENTRY = re.compile(r"/requests/([^/]+)")
_VIEWS = ("full", "summary")
_MAX_LIMIT = 10_000
Resender = Callable[[DeliveryRecord], Awaitable[DeliveryRecord]]


class _BadInputError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


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
        self.resender: Resender | None = None
        """Sends a delivery again (the webhook emitter's ``resend``; None: no emitter)."""
        self._routes: dict[str, dict[str, Callable[[Request], Any]]] = {
            "/": {"GET": self._page},
            "/requests": {"GET": self._get_requests, "DELETE": self._clear_requests},
            "/requests.har": {"GET": self._get_har},
            "/responses": {
                "GET": self._get_responses,
                "POST": self._program,
                "DELETE": self._clear_responses,
            },
            # The dashboard's Clear: browser code acts only by JSON POSTs, never DELETE.
            "/responses/clear": {"POST": self._clear_responses},
            "/webhooks": {"GET": self._get_webhooks},
            "/state": {"GET": self._get_state},
            "/reset": {"POST": self._reset},
        }

    async def handle(self, request: Request, path: str) -> Response:
        response = await self._answer(request, path)
        # No other origin may even embed an answer from here (a no-cors <script> or <img>).
        response.headers.append((b"cross-origin-resource-policy", b"same-origin"))
        return response

    def _dynamic(self, sub: str) -> dict[str, Callable[[Request], Any]] | None:
        """The methods of a path with a parameter (a delivery id, an asset name)."""
        found = _RESEND.fullmatch(sub)
        if found is not None:
            delivery = found.group(1)
            return {"POST": lambda request: self._resend(request, delivery)}
        found = _ENTRY.fullmatch(sub)
        if found is not None:
            entry = found.group(1)
            return {"GET": lambda request: self._get_entry(request, entry)}
        found = _ASSET.fullmatch(sub)
        if found is not None:
            name = found.group(1)
            return {"GET": lambda request: page.asset(name)}
        return None

    async def _answer(self, request: Request, path: str) -> Response:
        sub = path[len(CONTROL_PREFIX) :].rstrip("/") or "/"
        methods = self._routes.get(sub) or self._dynamic(sub)
        if methods is None:
            known = ", ".join(CONTROL_PREFIX + name for name in self._routes)
            return error_response(404, f"No control-plane path {path}; there are {known}")
        handler = methods.get(request.method)
        if handler is None:
            allow = ", ".join(methods).encode()
            return error_response(
                405, f"{request.method} is not allowed on {path}", (b"allow", allow)
            )
        if request.method == "HEAD" and "GET" in methods:
            handler = methods["GET"]
        try:
            answer = handler(request)
            if inspect.isawaitable(answer):
                answer = await answer
        except _BadInputError as exc:
            return _bad(exc.field, exc.message)
        assert isinstance(answer, Response)
        return answer

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
    def _count(self, query: dict[str, str], name: str, default: int, top: int) -> int:
        value = query.get(name)
        if value is None:
            return default
        if not value.isdigit() or not 0 <= int(value) <= top:
            raise _BadInputError(name, f"must be an integer from 0 to {top}")
        return int(value)

    def _get_requests(self, request: Request) -> Response:
        query = self._query(request, ("operation", "workspace", "after", "limit", "view"))
        operation = self._operation(query["operation"]) if "operation" in query else None
        view = query.get("view", "full")
        if view not in _VIEWS:
            raise _BadInputError("view", f"must be one of {', '.join(_VIEWS)}")
        entries = self.requests.query(
            operation,
            query.get("workspace"),
            after=self._count(query, "after", 0, 2**63),
            limit=self._count(query, "limit", _MAX_LIMIT, _MAX_LIMIT),
        )
        # The summary is what a live view lists: no headers or bodies to encode per poll.
        shown = [entry.summary() if view == "summary" else entry.as_dict() for entry in entries]
        return json_response(200, {"requests": shown})

    def _get_entry(self, request: Request, entry: str) -> Response:
        self._query(request, ())
        if not entry.isdigit():
            raise _BadInputError("id", "must be the id of a journal entry (an integer)")
        found = self.requests.get(int(entry))
        if found is None:
            return error_response(404, f"No journal entry {entry}: it is not (or no longer) kept")
        return json_response(200, found.as_dict())

    def _get_har(self, request: Request) -> Response:
        self._query(request, ())
        response = json_response(200, har(self.requests.query()))
        response.headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"content-disposition", b'attachment; filename="voice-agents-mock.har"'),
        ]
        return response

    def _page(self, request: Request) -> Response:
        self._query(request, ())
        return page.index()

    async def _resend(self, request: Request, delivery: str) -> Response:
        body = self._body(request, required=False)
        for name in body:
            raise _BadInputError(name, "unknown field; the body is {} or empty")
        if not delivery.isdigit():
            raise _BadInputError("delivery", "must be the id of a delivery (an integer)")
        original = self.webhooks.get(int(delivery))
        if original is None:
            return error_response(
                404, f"No delivery {delivery}: it is not (or no longer) in the journal"
            )
        if self.resender is None:
            return error_response(409, "This mock sends no webhooks")
        try:
            record = await self.resender(original)
        except ValueError as exc:
            return error_response(409, str(exc))
        return json_response(200, record.as_dict())

    def _clear_requests(self, request: Request) -> Response:
        self._query(request, ())
        self.requests.clear()
        return json_response(200, {"cleared": True})

    def _get_responses(self, request: Request) -> Response:
        self._query(request, ())
        return json_response(200, {"responses": [item.as_dict() for item in self.programs.all()]})

    def _program(self, request: Request) -> Response:
        body = self._body(request, required=True)
        try:
            item = parse_program(body, self.index, self.programs.next_id())
        except ProgramError as exc:
            raise _BadInputError(exc.field, exc.message) from None
        if item.off_spec:
            log.warning(
                "programmed answer for %s %s does not match the spec: %s",
                item.operation,
                item.status,
                "; ".join(item.off_spec),
            )
        try:
            self.programs.add(item)
        except ValueError as exc:
            raise _BadInputError("operation", str(exc)) from None
        return json_response(201, item.as_dict())

    def _clear_responses(self, request: Request) -> Response:
        self._query(request, ())
        if request.method == "POST" and self._body(request, required=False):
            raise _BadInputError("body", "must be {} or empty")
        self.programs.clear()
        return json_response(200, {"cleared": True})

    def _get_webhooks(self, request: Request) -> Response:
        query = self._query(request, ("workspace",))
        records = self.webhooks.all(query.get("workspace"))
        return json_response(200, {"webhooks": [record.as_dict() for record in records]})

    def _get_state(self, request: Request) -> Response:
        query = self._query(request, ("workspace",))
        if "workspace" not in query:
            raise _BadInputError("workspace", "is required (the workspace header value)")
        if self.store is None:
            return json_response(200, {"workspace": query["workspace"], "stateful": False})
        return json_response(200, {"stateful": True, **self.store.dump(query["workspace"])})

    def _reset(self, request: Request) -> Response:
        body = self._body(request, required=False)
        for name in body:
            if name != "workspace":
                raise _BadInputError(name, "unknown field; use workspace")
        workspace = body.get("workspace")
        if workspace is not None and not isinstance(workspace, str):
            raise _BadInputError("workspace", "must be a string")
        self.reset(workspace)
        return json_response(200, {"reset": workspace if workspace is not None else "all"})

    def reset(self, workspace: str | None = None) -> None:
        """Seed state, no journal entries, no programmed answers (for one or every workspace)."""
        if self.store is not None:
            self.store.reset(workspace)
        self.requests.clear(workspace)
        self.webhooks.clear(workspace)
        self.programs.clear(workspace)
