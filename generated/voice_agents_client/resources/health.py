"""The ``health`` resource: ``check`` (get_health)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ..api.health import get_health as _get_health
from ..models.error import Error
from ..models.health_response import HealthResponse
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncHealth",
    "AsyncHealthWithRawResponse",
    "Health",
    "HealthWithRawResponse",
]


class Health(SyncResource):
    """The ``health`` operations: ``client.health.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: HealthWithRawResponse

    @property
    def with_raw_response(self) -> HealthWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = HealthWithRawResponse(self._runtime)
            return self._raw

    def check(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> HealthResponse:
        """Check platform health and maintenance mode

        Reports whether the platform is up and whether it is in a maintenance window. Needs no
        credentials. Look at `data.underMaintenance` before starting a large batch of calls: while
        it is `true`, queued calls may be delayed.


        Returns:
            HealthResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``HealthResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_health._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "health.check", _get_health._parse_response, response
        )
        if isinstance(parsed, HealthResponse):
            return parsed
        raise self._runtime.unexpected("health.check", response)


class HealthWithRawResponse(SyncResource):
    """``health`` returning whole responses: ``client.health.with_raw_response.<method>(...)``."""

    __slots__ = ()

    def check(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | HealthResponse]:
        """Check platform health and maintenance mode; the whole response, documented error statuses included.

        Takes the arguments of ``health.check``. Returns the status, headers, raw body and
        parsed model; a documented error status (``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | HealthResponse]
        """
        kwargs = _get_health._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout, (200, 429, 500))
        return self._runtime.parse(
            "health.check", _get_health._build_response, response
        )


class AsyncHealth(AsyncResource):
    """The ``health`` operations (awaitable): ``client.health.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncHealthWithRawResponse

    @property
    def with_raw_response(self) -> AsyncHealthWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncHealthWithRawResponse(self._runtime)
            return self._raw

    async def check(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> HealthResponse:
        """Check platform health and maintenance mode

        Reports whether the platform is up and whether it is in a maintenance window. Needs no
        credentials. Look at `data.underMaintenance` before starting a large batch of calls: while
        it is `true`, queued calls may be delayed.


        Returns:
            HealthResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``HealthResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_health._get_kwargs()

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "health.check", _get_health._parse_response, response
        )
        if isinstance(parsed, HealthResponse):
            return parsed
        raise self._runtime.unexpected("health.check", response)


class AsyncHealthWithRawResponse(AsyncResource):
    """``health`` returning whole responses: ``client.health.with_raw_response.<method>(...)``."""

    __slots__ = ()

    async def check(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | HealthResponse]:
        """Check platform health and maintenance mode; the whole response, documented error statuses included.

        Takes the arguments of ``health.check``. Returns the status, headers, raw body and
        parsed model; a documented error status (``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | HealthResponse]
        """
        kwargs = _get_health._get_kwargs()

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 429, 500)
        )
        return self._runtime.parse(
            "health.check", _get_health._build_response, response
        )
