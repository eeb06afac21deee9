"""What a resource class needs from the client that owns it.

The resource classes only know the spec: which endpoint module an operation is, its arguments,
its documented statuses and its success model. Sending (credentials, retries, per-call headers
and timeout), reading a response into a model, and the errors raised when something does not
fit belong to the client; it hands each resource a :class:`Runtime`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx

from ..types import Unset

__all__ = ["AsyncResource", "Runtime", "SyncResource"]

T = TypeVar("T")


class Runtime(Protocol):
    """The client side of every resource call."""

    def send(
        self,
        kwargs: dict[str, Any],
        extra_headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset,
        raw_statuses: tuple[int, ...] | None = None,
    ) -> httpx.Response:
        """Send one request built by an endpoint module's ``_get_kwargs``.

        ``raw_statuses`` (the ``with_raw_response`` calls) are the documented statuses that
        come back as a response instead of raising.
        """

    async def asend(
        self,
        kwargs: dict[str, Any],
        extra_headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset,
        raw_statuses: tuple[int, ...] | None = None,
    ) -> httpx.Response:
        """The async twin of :meth:`send`."""

    def parse(
        self, operation: str, parse: Callable[..., T], response: httpx.Response
    ) -> T:
        """Run an endpoint module's ``_parse_response`` / ``_build_response`` on ``response``."""

    def unexpected(self, operation: str, response: httpx.Response) -> Exception:
        """The error for a response that is not the operation's documented success."""

    def coerce(
        self,
        operation: str,
        argument: str,
        value: Any,
        models: tuple[type[Any], ...],
        kind: str,
    ) -> Any:
        """``value`` with every plain mapping in it read as one of ``models``.

        ``kind``: ``"model"`` (the argument takes one of ``models``), ``"list"`` (a list of
        them) or ``"mixed"`` (these models among other types).
        """

    def missing(
        self, operation: str, names: tuple[str, ...], values: tuple[object, ...]
    ) -> Exception:
        """The error for required arguments left out."""

    def conflict(
        self, operation: str, names: tuple[str, ...], values: tuple[object, ...]
    ) -> Exception:
        """The error for ``body=`` given together with body fields."""


class SyncResource:
    """Base of the blocking resource classes."""

    __slots__ = ("_runtime",)

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncResource:
    """Base of the ``asyncio`` resource classes."""

    __slots__ = ("_runtime",)

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
