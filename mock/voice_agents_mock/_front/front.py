"""The relay's handler: the rules every request meets before the mock or the proxy answers it.

Internal module. :class:`Front` is the relay's :class:`~voice_agents_mock._http.relay.Handler`
in both modes. For each request it

* refuses a ``Host`` that is not this mock (421), a path the screen refuses, and an ``Origin``
  the access policy does not answer (403);
* sends ``/__mock`` to the control plane, refusing any request there that carries an
  ``Origin`` (403, no CORS headers: no page, not even a loopback one, may program the mock);
* answers CORS preflights of API paths itself;
* hands every other request to its :class:`Api` (the mock's steps, or the proxy's), which
  answers it and records it;
* adds CORS headers for the origins it answers, and writes the access-log line.

The :class:`Api` is the seam the two modes share: the front never knows which one it serves.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from .._control.plane import CONTROL_PREFIX, ControlPlane
from .._core.policy import AccessPolicy
from .._http.messages import Request, Response, error_response
from .._spec.document import RouteTable
from . import screen
from .cors import cors_headers, is_preflight, preflight
from .same_origin import control_refusal
from .screen import Rejection

__all__ = ["Api", "Front", "FrontSettings", "Seen"]

log = logging.getLogger("voice_agents_mock")

_PLAIN_PATH = re.compile(rb"/[A-Za-z0-9/_\-]*")
"""Paths the screen has nothing to check in (no escapes, dots, backslashes, bytes >= 0x80)."""
_CONTROL_NEXT = ("", "/")
_CONTROL_LEN = len(CONTROL_PREFIX)
_MAX_PATH = screen.MAX_PATH_LENGTH


@dataclass(frozen=True)
class FrontSettings:
    """What the front needs of the options besides its parts."""

    scenario: str
    access_log: Callable[[str], None] | None = None
    """Where the per-request line goes (None: nowhere, ``--quiet``)."""


@dataclass(slots=True)
class Seen:
    """What the journal keeps of a request besides its bytes, filled in while answering."""

    journal: bool = False
    started: float = 0.0
    """``time.monotonic()`` at the request's arrival (the journal's duration)."""
    operation: str | None = None
    parsed: Any = None
    warnings: list[str] = field(default_factory=list)
    violations: list[dict[str, Any]] | tuple[()] = ()
    """Proxy mode: where the exchange departs from the spec (a list once the proxy fills it)."""


class Api(Protocol):
    """What answers an API request once the front let it through (the mock, or the proxy)."""

    async def answer(self, request: Request, path: str, seen: Seen) -> Response:
        """The answer to ``request`` (``path`` is its screened, decoded path)."""
        ...

    def record(self, request: Request, response: Response, seen: Seen) -> None:
        """Journal the exchange (called when ``seen.journal`` is set)."""
        ...


class Front:
    """Answers parsed requests: access rules, control plane, CORS, then its :class:`Api`."""

    def __init__(
        self,
        routes: RouteTable,
        policy: AccessPolicy,
        settings: FrontSettings,
        control: ControlPlane,
        api: Api,
    ) -> None:
        self.routes = routes
        self.policy = policy
        self.settings = settings
        self.control = control
        self.api = api
        # Bounded cache: the same few Host values come back on every request.
        self._host_allowed = lru_cache(maxsize=256)(policy.host_allowed)

    async def handle(self, request: Request) -> Response:
        started = time.monotonic()
        origin = request.header(b"origin")
        seen = Seen(started=started)
        control = False
        try:
            # The gate is synchronous: an API request costs one coroutine more than the Api's.
            gated = self._gate(request, origin)
            if isinstance(gated, Response):
                response = gated
            elif gated.startswith(CONTROL_PREFIX) and gated[_CONTROL_LEN:][:1] in _CONTROL_NEXT:
                control = True
                response = await self.control.handle(request, gated)
            else:
                seen.journal = True
                response = await self.api.answer(request, gated, seen)
        except Exception:  # the front must never die on a request
            log.exception("internal error while handling %s %r", request.method, request.path)
            response = error_response(500, "Internal error in the mock front; see its log")
        if seen.journal:
            self.api.record(request, response, seen)
        # The control plane answers its own origin only: no CORS headers, ever.
        if origin is not None and not control and response.status not in (403, 421):
            preflighted = is_preflight(request, origin) and response.status == 204
            response.headers += cors_headers(
                self.policy, origin, response.headers, preflight=preflighted
            )
        if self.settings.access_log is not None:
            self._log(request, response, seen, started)
        return response

    def _gate(self, request: Request, origin: str | None) -> Response | str:
        """The refusal or preflight answer for ``request``, else its screened path."""
        host = request.header(b"host")
        if not self._host_allowed(host):
            return error_response(
                421,
                f"Host {host!r} is not this mock: use a loopback name (localhost, 127.0.0.1) "
                "or open it with --allow-host",
            )
        try:
            raw = request.path
            plain = len(raw) <= _MAX_PATH and _PLAIN_PATH.fullmatch(raw)
            path = raw.decode("ascii") if plain else screen.check_path(raw)
        except Rejection as exc:
            return error_response(exc.status, exc.message)
        if path.startswith(CONTROL_PREFIX) and path[_CONTROL_LEN:][:1] in _CONTROL_NEXT:
            # Checked before CORS: a preflight here gets no Access-Control-Allow-* either.
            refusal = control_refusal(request, origin, host)
            return path if refusal is None else error_response(403, refusal)
        if origin is not None and not self.policy.origin_allowed(origin):
            return error_response(
                403,
                f"Origin {origin!r} may not call this mock: only loopback origins are answered "
                "unless the mock is started with --cors-origin",
            )
        if is_preflight(request, origin):
            return preflight(self.policy, self.routes, path, request)
        return path

    def _log(self, request: Request, response: Response, seen: Seen, started: float) -> None:
        assert self.settings.access_log is not None
        shown = request.path + (b"?" + request.query if request.query else b"")
        note = f"  [mock: {response.note}]" if response.note else ""
        if seen.violations:
            count = len(seen.violations)
            note += f"  [{count} violation{'s' if count > 1 else ''}]"
        elapsed = (time.monotonic() - started) * 1000
        self.settings.access_log(
            f"{request.method} {shown[:200].decode('latin-1')} -> {response.status} "
            f"({elapsed:.0f} ms){note}"
        )
