"""The ``showcase`` resource: ``list_calls`` (list_showcase_calls), ``get_call`` (get_showcase_call), ``list_flows`` (list_showcase_flows), ``get_flow`` (get_showcase_flow)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ..api.showcase import get_showcase_call as _get_showcase_call
from ..api.showcase import get_showcase_flow as _get_showcase_flow
from ..api.showcase import list_showcase_calls as _list_showcase_calls
from ..api.showcase import list_showcase_flows as _list_showcase_flows
from ..models.error import Error
from ..models.showcase_call_category_filter import ShowcaseCallCategoryFilter
from ..models.showcase_call_list_response import ShowcaseCallListResponse
from ..models.showcase_call_response import ShowcaseCallResponse
from ..models.showcase_flow_list_response import ShowcaseFlowListResponse
from ..models.showcase_flow_response import ShowcaseFlowResponse
from ..models.showcase_language_filter import ShowcaseLanguageFilter
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncShowcase",
    "AsyncShowcaseWithRawResponse",
    "Showcase",
    "ShowcaseWithRawResponse",
]


class Showcase(SyncResource):
    """The ``showcase`` operations: ``client.showcase.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: ShowcaseWithRawResponse

    @property
    def with_raw_response(self) -> ShowcaseWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = ShowcaseWithRawResponse(self._runtime)
            return self._raw

    def list_calls(
        self,
        *,
        category: ShowcaseCallCategoryFilter | Unset = UNSET,
        lang: ShowcaseLanguageFilter | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseCallListResponse:
        """List showcase call recordings

        Public, credential-free list of recordings of real calls made for live stores, as shown
        on the marketing site. Narrow it by call category, by language, or both; `all` (the
        default) switches a filter off. The reply uses the `{success, data}` envelope that only
        the showcase routes use.

        Args:
            category: A `ShowcaseCallCategory`, or `all` for no category filter.
            lang: A `ShowcaseLanguage`, or `all` for no language filter.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShowcaseCallListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseCallListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_showcase_calls._get_kwargs(
            category=category,
            lang=lang,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.list_calls", _list_showcase_calls._parse_response, response
        )
        if isinstance(parsed, ShowcaseCallListResponse):
            return parsed
        raise self._runtime.unexpected("showcase.list_calls", response)

    def get_call(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseCallResponse:
        """Get one showcase call recording

        Public, credential-free read of a single showcase recording by its id.

        Args:
            call_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShowcaseCallResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_showcase_call._get_kwargs(
            call_id=call_id,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.get_call", _get_showcase_call._parse_response, response
        )
        if isinstance(parsed, ShowcaseCallResponse):
            return parsed
        raise self._runtime.unexpected("showcase.get_call", response)

    def list_flows(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseFlowListResponse:
        """List showcase demo flows

        Public, credential-free list of the produced demos, one per use case (cart recovery,
        cash-on-delivery to prepaid, failed-delivery follow-up and so on). Unlike the showcase
        calls these are staged, not recordings of customers.


        Returns:
            ShowcaseFlowListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseFlowListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_showcase_flows._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.list_flows", _list_showcase_flows._parse_response, response
        )
        if isinstance(parsed, ShowcaseFlowListResponse):
            return parsed
        raise self._runtime.unexpected("showcase.list_flows", response)

    def get_flow(
        self,
        flow_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseFlowResponse:
        """Get one showcase demo flow

        Public, credential-free read of a single demo flow by its id.

        Args:
            flow_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShowcaseFlowResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseFlowResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_showcase_flow._get_kwargs(
            flow_id=flow_id,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.get_flow", _get_showcase_flow._parse_response, response
        )
        if isinstance(parsed, ShowcaseFlowResponse):
            return parsed
        raise self._runtime.unexpected("showcase.get_flow", response)


class ShowcaseWithRawResponse(SyncResource):
    """``showcase`` returning whole responses: ``client.showcase.with_raw_response.<method>(...)``."""

    __slots__ = ()

    def list_calls(
        self,
        *,
        category: ShowcaseCallCategoryFilter | Unset = UNSET,
        lang: ShowcaseLanguageFilter | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseCallListResponse]:
        """List showcase call recordings; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.list_calls``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseCallListResponse]
        """
        kwargs = _list_showcase_calls._get_kwargs(
            category=category,
            lang=lang,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 429, 500)
        )
        return self._runtime.parse(
            "showcase.list_calls", _list_showcase_calls._build_response, response
        )

    def get_call(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseCallResponse]:
        """Get one showcase call recording; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.get_call``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseCallResponse]
        """
        kwargs = _get_showcase_call._get_kwargs(
            call_id=call_id,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 404, 429, 500)
        )
        return self._runtime.parse(
            "showcase.get_call", _get_showcase_call._build_response, response
        )

    def list_flows(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseFlowListResponse]:
        """List showcase demo flows; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.list_flows``. Returns the status, headers, raw body and
        parsed model; a documented error status (``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseFlowListResponse]
        """
        kwargs = _list_showcase_flows._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout, (200, 429, 500))
        return self._runtime.parse(
            "showcase.list_flows", _list_showcase_flows._build_response, response
        )

    def get_flow(
        self,
        flow_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseFlowResponse]:
        """Get one showcase demo flow; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.get_flow``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseFlowResponse]
        """
        kwargs = _get_showcase_flow._get_kwargs(
            flow_id=flow_id,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 404, 429, 500)
        )
        return self._runtime.parse(
            "showcase.get_flow", _get_showcase_flow._build_response, response
        )


class AsyncShowcase(AsyncResource):
    """The ``showcase`` operations (awaitable): ``client.showcase.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncShowcaseWithRawResponse

    @property
    def with_raw_response(self) -> AsyncShowcaseWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncShowcaseWithRawResponse(self._runtime)
            return self._raw

    async def list_calls(
        self,
        *,
        category: ShowcaseCallCategoryFilter | Unset = UNSET,
        lang: ShowcaseLanguageFilter | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseCallListResponse:
        """List showcase call recordings

        Public, credential-free list of recordings of real calls made for live stores, as shown
        on the marketing site. Narrow it by call category, by language, or both; `all` (the
        default) switches a filter off. The reply uses the `{success, data}` envelope that only
        the showcase routes use.

        Args:
            category: A `ShowcaseCallCategory`, or `all` for no category filter.
            lang: A `ShowcaseLanguage`, or `all` for no language filter.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShowcaseCallListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseCallListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_showcase_calls._get_kwargs(
            category=category,
            lang=lang,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.list_calls", _list_showcase_calls._parse_response, response
        )
        if isinstance(parsed, ShowcaseCallListResponse):
            return parsed
        raise self._runtime.unexpected("showcase.list_calls", response)

    async def get_call(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseCallResponse:
        """Get one showcase call recording

        Public, credential-free read of a single showcase recording by its id.

        Args:
            call_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShowcaseCallResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_showcase_call._get_kwargs(
            call_id=call_id,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.get_call", _get_showcase_call._parse_response, response
        )
        if isinstance(parsed, ShowcaseCallResponse):
            return parsed
        raise self._runtime.unexpected("showcase.get_call", response)

    async def list_flows(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseFlowListResponse:
        """List showcase demo flows

        Public, credential-free list of the produced demos, one per use case (cart recovery,
        cash-on-delivery to prepaid, failed-delivery follow-up and so on). Unlike the showcase
        calls these are staged, not recordings of customers.


        Returns:
            ShowcaseFlowListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseFlowListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_showcase_flows._get_kwargs()

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.list_flows", _list_showcase_flows._parse_response, response
        )
        if isinstance(parsed, ShowcaseFlowListResponse):
            return parsed
        raise self._runtime.unexpected("showcase.list_flows", response)

    async def get_flow(
        self,
        flow_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShowcaseFlowResponse:
        """Get one showcase demo flow

        Public, credential-free read of a single demo flow by its id.

        Args:
            flow_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShowcaseFlowResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShowcaseFlowResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_showcase_flow._get_kwargs(
            flow_id=flow_id,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "showcase.get_flow", _get_showcase_flow._parse_response, response
        )
        if isinstance(parsed, ShowcaseFlowResponse):
            return parsed
        raise self._runtime.unexpected("showcase.get_flow", response)


class AsyncShowcaseWithRawResponse(AsyncResource):
    """``showcase`` returning whole responses: ``client.showcase.with_raw_response.<method>(...)``."""

    __slots__ = ()

    async def list_calls(
        self,
        *,
        category: ShowcaseCallCategoryFilter | Unset = UNSET,
        lang: ShowcaseLanguageFilter | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseCallListResponse]:
        """List showcase call recordings; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.list_calls``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseCallListResponse]
        """
        kwargs = _list_showcase_calls._get_kwargs(
            category=category,
            lang=lang,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 429, 500)
        )
        return self._runtime.parse(
            "showcase.list_calls", _list_showcase_calls._build_response, response
        )

    async def get_call(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseCallResponse]:
        """Get one showcase call recording; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.get_call``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseCallResponse]
        """
        kwargs = _get_showcase_call._get_kwargs(
            call_id=call_id,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 404, 429, 500)
        )
        return self._runtime.parse(
            "showcase.get_call", _get_showcase_call._build_response, response
        )

    async def list_flows(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseFlowListResponse]:
        """List showcase demo flows; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.list_flows``. Returns the status, headers, raw body and
        parsed model; a documented error status (``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseFlowListResponse]
        """
        kwargs = _list_showcase_flows._get_kwargs()

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 429, 500)
        )
        return self._runtime.parse(
            "showcase.list_flows", _list_showcase_flows._build_response, response
        )

    async def get_flow(
        self,
        flow_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShowcaseFlowResponse]:
        """Get one showcase demo flow; the whole response, documented error statuses included.

        Takes the arguments of ``showcase.get_flow``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShowcaseFlowResponse]
        """
        kwargs = _get_showcase_flow._get_kwargs(
            flow_id=flow_id,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 404, 429, 500)
        )
        return self._runtime.parse(
            "showcase.get_flow", _get_showcase_flow._build_response, response
        )
