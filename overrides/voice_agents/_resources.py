"""The client side of the generated resource classes (internal).

``voice_agents_client.resources`` holds one class per resource, generated from the spec: each
method knows its endpoint module, arguments, documented statuses and success model. What it
asks of the client is here, in :class:`ResourceRuntime`:

* send the request the endpoint module built, with the call's own headers and timeout, through
  the client's httpx client (credentials, retries);
* always raise the typed errors of :mod:`voice_agents.errors` (whatever the client's
  ``raise_on_error``), except that ``with_raw_response`` hands documented error answers back;
* read the answer with the endpoint module's parser, turning what does not fit into
  :class:`~voice_agents.errors.APIResponseValidationError`;
* read a plain ``dict`` given for a nested object through the model it stands for, and name
  what is wrong with the arguments in :class:`~voice_agents.errors.RequestValidationError`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import httpx
from voice_agents_client.errors import UnexpectedStatus
from voice_agents_client.types import Unset

from ._failures import status_error
from ._response_guard import PARSE_ERRORS, json_path, validation_error
from ._transport import ERRORS_EXTENSION
from .errors import APIResponseValidationError, RequestValidationError
from .retry import parse_retry_after

if TYPE_CHECKING:
    from .client import BaseClient

__all__ = ["ResourceRuntime"]

T = TypeVar("T")

_RAISE_ALL = {ERRORS_EXTENSION: "all"}
_RAISE_TRANSPORT = {ERRORS_EXTENSION: "transport"}


def _unsendable(value: object) -> bool:
    return not isinstance(value, str) or not (value.isascii() and value.isprintable())


class ResourceRuntime:
    """What every resource method of one client shares.

    Args:
        client: The client whose httpx clients, redactor and settings the calls use.
    """

    __slots__ = ("client",)

    def __init__(self, client: BaseClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return "ResourceRuntime(...)"

    # -- sending -----------------------------------------------------------------------------

    def _prepare(
        self,
        kwargs: dict[str, Any],
        extra_headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset,
        raw_statuses: tuple[int, ...] | None,
    ) -> dict[str, Any]:
        kwargs["extensions"] = _RAISE_ALL if raw_statuses is None else _RAISE_TRANSPORT
        if extra_headers:
            for name, value in extra_headers.items():
                if _unsendable(value):
                    raise RequestValidationError(
                        f"extra_headers[{name!r}] must be printable ASCII text (an HTTP header "
                        "value); the value is not shown, it may be a secret",
                        operation="extra_headers",
                        argument="extra_headers",
                    )
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        if not isinstance(timeout, Unset):
            kwargs["timeout"] = timeout
        return kwargs

    def _check_raw(self, response: httpx.Response, raw_statuses: tuple[int, ...] | None) -> None:
        if raw_statuses is None or response.status_code < 400:
            return
        if response.status_code not in raw_statuses:
            redactor = self.client._redactor
            retry_after = parse_retry_after(
                response.headers.get("retry-after"), now=self.client.clock.now()
            )
            raise status_error(response, redactor, now_retry_after=retry_after)

    def send(
        self,
        kwargs: dict[str, Any],
        extra_headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset,
        raw_statuses: tuple[int, ...] | None = None,
    ) -> httpx.Response:
        """Send one request built by an endpoint module's ``_get_kwargs``."""
        request = self._prepare(kwargs, extra_headers, timeout, raw_statuses)
        response = self.client.get_httpx_client().request(**request)
        self._check_raw(response, raw_statuses)
        return response

    async def asend(
        self,
        kwargs: dict[str, Any],
        extra_headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset,
        raw_statuses: tuple[int, ...] | None = None,
    ) -> httpx.Response:
        """The async twin of :meth:`send`."""
        request = self._prepare(kwargs, extra_headers, timeout, raw_statuses)
        response = await self.client.get_async_httpx_client().request(**request)
        self._check_raw(response, raw_statuses)
        return response

    # -- reading -----------------------------------------------------------------------------

    def parse(self, operation: str, parse: Callable[..., T], response: httpx.Response) -> T:
        """Run an endpoint module's ``_parse_response`` / ``_build_response`` on ``response``."""
        try:
            return parse(client=self.client, response=response)
        except UnexpectedStatus:
            raise self.unexpected(operation, response) from None
        except PARSE_ERRORS as exc:
            raise validation_error(self.client._redactor, response, exc) from exc

    def unexpected(self, operation: str, response: httpx.Response) -> Exception:
        """The error for an answer that is not the operation's documented success."""
        redactor = self.client._redactor
        copy = redactor.response(response, redactor.content(response.content))
        request = response.request
        reason = f"status {response.status_code} is not documented for {operation}"
        return APIResponseValidationError(
            f"{request.method} {request.url.path} returned {response.status_code}, which the "
            f"spec does not document as an answer of {operation}",
            response=copy,
            path=None,
            reason=reason,
        )

    # -- arguments ---------------------------------------------------------------------------

    def coerce(
        self,
        operation: str,
        argument: str,
        value: Any,
        models: tuple[type[Any], ...],
        kind: str,
    ) -> Any:
        """``value`` with every plain mapping in it read as one of ``models`` (in order).

        ``kind`` is what the argument takes: ``"model"`` (one of ``models``), ``"list"`` (a list
        of them) or ``"mixed"`` (these models among other types). For the first two, any other
        value is refused here, before it could fail deep inside the model's serialisation.
        """
        if value is None or isinstance(value, Unset):
            return value
        if isinstance(value, Mapping) and kind != "list":
            return self._model(operation, argument, value, models)
        if isinstance(value, list) and kind != "model":
            return [
                self._item(operation, f"{argument}[{index}]", item, models, kind == "list")
                for index, item in enumerate(value)
            ]
        if kind != "mixed" and not (kind == "model" and isinstance(value, models)):
            self._wrong_type(operation, argument, value, models, kind)
        return value

    def _item(
        self,
        operation: str,
        argument: str,
        item: Any,
        models: tuple[type[Any], ...],
        strict: bool,
    ) -> Any:
        if isinstance(item, Mapping):
            return self._model(operation, argument, item, models)
        if strict and not isinstance(item, models):
            self._wrong_type(operation, argument, item, models, "model")
        return item

    @staticmethod
    def _wrong_type(
        operation: str, argument: str, value: Any, models: tuple[type[Any], ...], kind: str
    ) -> NoReturn:
        names = " or ".join(model.__name__ for model in models)
        wanted = f"a list of {names} or dicts" if kind == "list" else f"{names} or a dict"
        raise RequestValidationError(
            f"{operation}(): {argument} must be {wanted}, got {type(value).__name__}",
            operation=operation,
            argument=argument.split("[", 1)[0],
        )

    def _model(
        self,
        operation: str,
        argument: str,
        value: Mapping[str, Any],
        models: tuple[type[Any], ...],
    ) -> Any:
        failure: BaseException | None = None
        for model in models:
            try:
                return model.from_dict(value)
            except PARSE_ERRORS as exc:
                failure = exc
        names = " or ".join(model.__name__ for model in models)
        where = json_path(failure.__traceback__) if failure is not None else None
        if isinstance(failure, KeyError):
            what = f"missing required field {failure.args[0]!r}"
        else:
            what = f"{type(failure).__name__}: {failure}"
        at = f" at {where!r}" if where else ""
        what = self.client._redactor.text(what)
        raise RequestValidationError(
            f"{operation}(): {argument} does not fit {names}{at}: {what}",
            operation=operation,
            argument=argument,
        )

    def missing(
        self, operation: str, names: tuple[str, ...], values: tuple[object, ...]
    ) -> Exception:
        """The error for required arguments left out."""
        left_out = [
            name for name, value in zip(names, values, strict=True) if isinstance(value, Unset)
        ]
        listed = ", ".join(repr(name) for name in left_out)
        plural = "s" if len(left_out) > 1 else ""
        return RequestValidationError(
            f"{operation}() is missing the required argument{plural} {listed} (or pass body=)",
            operation=operation,
            argument=left_out[0] if left_out else None,
        )

    def conflict(
        self, operation: str, names: tuple[str, ...], values: tuple[object, ...]
    ) -> Exception:
        """The error for ``body=`` given together with the body's fields."""
        given = [
            name for name, value in zip(names, values, strict=True) if not isinstance(value, Unset)
        ]
        listed = ", ".join(repr(name) for name in given)
        return RequestValidationError(
            f"{operation}() takes body= or the body's fields, not both: got body= and {listed}",
            operation=operation,
            argument="body",
        )
