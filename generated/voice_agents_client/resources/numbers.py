"""The ``numbers`` resource: ``search`` (search_numbers), ``purchase`` (purchase_number), ``release`` (release_number)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import overload

import httpx

from ..api.telephony import purchase_number as _purchase_number
from ..api.telephony import release_number as _release_number
from ..api.telephony import search_numbers as _search_numbers
from ..models.error import Error
from ..models.number_search_response import NumberSearchResponse
from ..models.purchase_number_request import PurchaseNumberRequest
from ..models.purchase_number_response import PurchaseNumberResponse
from ..models.release_number_response import ReleaseNumberResponse
from ..models.telephony_number_type import TelephonyNumberType
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncNumbers",
    "AsyncNumbersWithRawResponse",
    "Numbers",
    "NumbersWithRawResponse",
]


class Numbers(SyncResource):
    """The ``numbers`` operations: ``client.numbers.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: NumbersWithRawResponse

    @property
    def with_raw_response(self) -> NumbersWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = NumbersWithRawResponse(self._runtime)
            return self._raw

    def search(
        self,
        *,
        country_code: str,
        number_type: TelephonyNumberType | Unset = UNSET,
        pattern: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> NumberSearchResponse:
        """Find phone numbers available to buy

        Lists numbers the telephony provider currently offers for purchase in one country,
        optionally narrowed to those containing a digit or letter sequence. Nothing is reserved
        by searching: buy a number with `POST /v1/number-pool/purchase`.

        Rates are integers in cents of the provider's billing currency.

        Args:
            country_code: See the spec.
            number_type: Kind of phone number. Only `local` exists today.
            pattern: See the spec.
            limit: See the spec.
            provider: See the spec.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            NumberSearchResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``NumberSearchResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _search_numbers._get_kwargs(
            country_code=country_code,
            number_type=number_type,
            pattern=pattern,
            limit=limit,
            provider=provider,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "numbers.search", _search_numbers._parse_response, response
        )
        if isinstance(parsed, NumberSearchResponse):
            return parsed
        raise self._runtime.unexpected("numbers.search", response)

    @overload
    def purchase(
        self,
        *,
        number: str,
        country_code: str,
        number_type: TelephonyNumberType,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> PurchaseNumberResponse: ...

    @overload
    def purchase(
        self,
        *,
        body: PurchaseNumberRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> PurchaseNumberResponse: ...

    def purchase(
        self,
        *,
        number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        number_type: TelephonyNumberType | Unset = UNSET,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        body: PurchaseNumberRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> PurchaseNumberResponse:
        """Buy a number into the organization's pool

        Buys one number found with the search operation and records it in the organization's
        pool. The organization's credit balance is charged the one-time setup fee and, from then
        on, the monthly rate; without enough credit the call fails with 402.

        The new record starts with `status: active` and no workspace. To let an assistant use
        the number, put the record's `_id` (rather than the digits) in the assistant's
        `telephony.inbound` or `telephony.outbound`.

        Args:
            number: The phone number to buy.
            country_code: Two-letter ISO country code of the number.
            number_type: Kind of phone number. Only `local` exists today.
            provider: Provider to buy from; the platform's own pool when left out.
            setup_fee_cents: Setup charge in cents, as quoted by the search.
            body: The whole request as a prepared ``PurchaseNumberRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            PurchaseNumberResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``PurchaseNumberResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(number, Unset)
                or isinstance(country_code, Unset)
                or isinstance(number_type, Unset)
            ):
                raise self._runtime.missing(
                    "numbers.purchase",
                    ("number", "country_code", "number_type"),
                    (number, country_code, number_type),
                )
            body = PurchaseNumberRequest(
                number=number,
                country_code=country_code,
                number_type=number_type,
                provider=provider,
                setup_fee_cents=setup_fee_cents,
            )
        elif not (
            isinstance(number, Unset)
            and isinstance(country_code, Unset)
            and isinstance(number_type, Unset)
            and isinstance(provider, Unset)
            and isinstance(setup_fee_cents, Unset)
        ):
            raise self._runtime.conflict(
                "numbers.purchase",
                (
                    "number",
                    "country_code",
                    "number_type",
                    "provider",
                    "setup_fee_cents",
                ),
                (number, country_code, number_type, provider, setup_fee_cents),
            )
        kwargs = _purchase_number._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "numbers.purchase", _purchase_number._parse_response, response
        )
        if isinstance(parsed, PurchaseNumberResponse):
            return parsed
        raise self._runtime.unexpected("numbers.purchase", response)

    def release(
        self,
        telephony_number_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ReleaseNumberResponse:
        """Release a number the organization bought

        Returns the number to the provider's pool; its monthly charge ends. The record stays, with
        `status: released`. This cannot be undone and the same number is unlikely to be
        available again, so detach it from every assistant first; calls through a released
        number fail.

        The path takes the `_id` of the telephony record, not the phone number. The sources
        disagree on whether the released record comes back in `data`, so treat it as optional.

        Args:
            telephony_number_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ReleaseNumberResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ReleaseNumberResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _release_number._get_kwargs(
            telephony_number_id=telephony_number_id,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "numbers.release", _release_number._parse_response, response
        )
        if isinstance(parsed, ReleaseNumberResponse):
            return parsed
        raise self._runtime.unexpected("numbers.release", response)


class NumbersWithRawResponse(SyncResource):
    """``numbers`` returning whole responses: ``client.numbers.with_raw_response.<method>(...)``."""

    __slots__ = ()

    def search(
        self,
        *,
        country_code: str,
        number_type: TelephonyNumberType | Unset = UNSET,
        pattern: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | NumberSearchResponse]:
        """Find phone numbers available to buy; the whole response, documented error statuses included.

        Takes the arguments of ``numbers.search``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | NumberSearchResponse]
        """
        kwargs = _search_numbers._get_kwargs(
            country_code=country_code,
            number_type=number_type,
            pattern=pattern,
            limit=limit,
            provider=provider,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "numbers.search", _search_numbers._build_response, response
        )

    @overload
    def purchase(
        self,
        *,
        number: str,
        country_code: str,
        number_type: TelephonyNumberType,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | PurchaseNumberResponse]: ...

    @overload
    def purchase(
        self,
        *,
        body: PurchaseNumberRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | PurchaseNumberResponse]: ...

    def purchase(
        self,
        *,
        number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        number_type: TelephonyNumberType | Unset = UNSET,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        body: PurchaseNumberRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | PurchaseNumberResponse]:
        """Buy a number into the organization's pool; the whole response, documented error statuses included.

        Takes the arguments of ``numbers.purchase``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``402``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | PurchaseNumberResponse]
        """
        if body is None:
            if (
                isinstance(number, Unset)
                or isinstance(country_code, Unset)
                or isinstance(number_type, Unset)
            ):
                raise self._runtime.missing(
                    "numbers.purchase",
                    ("number", "country_code", "number_type"),
                    (number, country_code, number_type),
                )
            body = PurchaseNumberRequest(
                number=number,
                country_code=country_code,
                number_type=number_type,
                provider=provider,
                setup_fee_cents=setup_fee_cents,
            )
        elif not (
            isinstance(number, Unset)
            and isinstance(country_code, Unset)
            and isinstance(number_type, Unset)
            and isinstance(provider, Unset)
            and isinstance(setup_fee_cents, Unset)
        ):
            raise self._runtime.conflict(
                "numbers.purchase",
                (
                    "number",
                    "country_code",
                    "number_type",
                    "provider",
                    "setup_fee_cents",
                ),
                (number, country_code, number_type, provider, setup_fee_cents),
            )
        kwargs = _purchase_number._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (201, 400, 401, 402, 404, 429, 500)
        )
        return self._runtime.parse(
            "numbers.purchase", _purchase_number._build_response, response
        )

    def release(
        self,
        telephony_number_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ReleaseNumberResponse]:
        """Release a number the organization bought; the whole response, documented error statuses included.

        Takes the arguments of ``numbers.release``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ReleaseNumberResponse]
        """
        kwargs = _release_number._get_kwargs(
            telephony_number_id=telephony_number_id,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "numbers.release", _release_number._build_response, response
        )


class AsyncNumbers(AsyncResource):
    """The ``numbers`` operations (awaitable): ``client.numbers.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncNumbersWithRawResponse

    @property
    def with_raw_response(self) -> AsyncNumbersWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncNumbersWithRawResponse(self._runtime)
            return self._raw

    async def search(
        self,
        *,
        country_code: str,
        number_type: TelephonyNumberType | Unset = UNSET,
        pattern: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> NumberSearchResponse:
        """Find phone numbers available to buy

        Lists numbers the telephony provider currently offers for purchase in one country,
        optionally narrowed to those containing a digit or letter sequence. Nothing is reserved
        by searching: buy a number with `POST /v1/number-pool/purchase`.

        Rates are integers in cents of the provider's billing currency.

        Args:
            country_code: See the spec.
            number_type: Kind of phone number. Only `local` exists today.
            pattern: See the spec.
            limit: See the spec.
            provider: See the spec.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            NumberSearchResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``NumberSearchResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _search_numbers._get_kwargs(
            country_code=country_code,
            number_type=number_type,
            pattern=pattern,
            limit=limit,
            provider=provider,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "numbers.search", _search_numbers._parse_response, response
        )
        if isinstance(parsed, NumberSearchResponse):
            return parsed
        raise self._runtime.unexpected("numbers.search", response)

    @overload
    async def purchase(
        self,
        *,
        number: str,
        country_code: str,
        number_type: TelephonyNumberType,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> PurchaseNumberResponse: ...

    @overload
    async def purchase(
        self,
        *,
        body: PurchaseNumberRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> PurchaseNumberResponse: ...

    async def purchase(
        self,
        *,
        number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        number_type: TelephonyNumberType | Unset = UNSET,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        body: PurchaseNumberRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> PurchaseNumberResponse:
        """Buy a number into the organization's pool

        Buys one number found with the search operation and records it in the organization's
        pool. The organization's credit balance is charged the one-time setup fee and, from then
        on, the monthly rate; without enough credit the call fails with 402.

        The new record starts with `status: active` and no workspace. To let an assistant use
        the number, put the record's `_id` (rather than the digits) in the assistant's
        `telephony.inbound` or `telephony.outbound`.

        Args:
            number: The phone number to buy.
            country_code: Two-letter ISO country code of the number.
            number_type: Kind of phone number. Only `local` exists today.
            provider: Provider to buy from; the platform's own pool when left out.
            setup_fee_cents: Setup charge in cents, as quoted by the search.
            body: The whole request as a prepared ``PurchaseNumberRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            PurchaseNumberResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``PurchaseNumberResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(number, Unset)
                or isinstance(country_code, Unset)
                or isinstance(number_type, Unset)
            ):
                raise self._runtime.missing(
                    "numbers.purchase",
                    ("number", "country_code", "number_type"),
                    (number, country_code, number_type),
                )
            body = PurchaseNumberRequest(
                number=number,
                country_code=country_code,
                number_type=number_type,
                provider=provider,
                setup_fee_cents=setup_fee_cents,
            )
        elif not (
            isinstance(number, Unset)
            and isinstance(country_code, Unset)
            and isinstance(number_type, Unset)
            and isinstance(provider, Unset)
            and isinstance(setup_fee_cents, Unset)
        ):
            raise self._runtime.conflict(
                "numbers.purchase",
                (
                    "number",
                    "country_code",
                    "number_type",
                    "provider",
                    "setup_fee_cents",
                ),
                (number, country_code, number_type, provider, setup_fee_cents),
            )
        kwargs = _purchase_number._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "numbers.purchase", _purchase_number._parse_response, response
        )
        if isinstance(parsed, PurchaseNumberResponse):
            return parsed
        raise self._runtime.unexpected("numbers.purchase", response)

    async def release(
        self,
        telephony_number_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ReleaseNumberResponse:
        """Release a number the organization bought

        Returns the number to the provider's pool; its monthly charge ends. The record stays, with
        `status: released`. This cannot be undone and the same number is unlikely to be
        available again, so detach it from every assistant first; calls through a released
        number fail.

        The path takes the `_id` of the telephony record, not the phone number. The sources
        disagree on whether the released record comes back in `data`, so treat it as optional.

        Args:
            telephony_number_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ReleaseNumberResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ReleaseNumberResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _release_number._get_kwargs(
            telephony_number_id=telephony_number_id,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "numbers.release", _release_number._parse_response, response
        )
        if isinstance(parsed, ReleaseNumberResponse):
            return parsed
        raise self._runtime.unexpected("numbers.release", response)


class AsyncNumbersWithRawResponse(AsyncResource):
    """``numbers`` returning whole responses: ``client.numbers.with_raw_response.<method>(...)``."""

    __slots__ = ()

    async def search(
        self,
        *,
        country_code: str,
        number_type: TelephonyNumberType | Unset = UNSET,
        pattern: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | NumberSearchResponse]:
        """Find phone numbers available to buy; the whole response, documented error statuses included.

        Takes the arguments of ``numbers.search``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | NumberSearchResponse]
        """
        kwargs = _search_numbers._get_kwargs(
            country_code=country_code,
            number_type=number_type,
            pattern=pattern,
            limit=limit,
            provider=provider,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "numbers.search", _search_numbers._build_response, response
        )

    @overload
    async def purchase(
        self,
        *,
        number: str,
        country_code: str,
        number_type: TelephonyNumberType,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | PurchaseNumberResponse]: ...

    @overload
    async def purchase(
        self,
        *,
        body: PurchaseNumberRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | PurchaseNumberResponse]: ...

    async def purchase(
        self,
        *,
        number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        number_type: TelephonyNumberType | Unset = UNSET,
        provider: str | Unset = UNSET,
        setup_fee_cents: int | Unset = UNSET,
        body: PurchaseNumberRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | PurchaseNumberResponse]:
        """Buy a number into the organization's pool; the whole response, documented error statuses included.

        Takes the arguments of ``numbers.purchase``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``402``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | PurchaseNumberResponse]
        """
        if body is None:
            if (
                isinstance(number, Unset)
                or isinstance(country_code, Unset)
                or isinstance(number_type, Unset)
            ):
                raise self._runtime.missing(
                    "numbers.purchase",
                    ("number", "country_code", "number_type"),
                    (number, country_code, number_type),
                )
            body = PurchaseNumberRequest(
                number=number,
                country_code=country_code,
                number_type=number_type,
                provider=provider,
                setup_fee_cents=setup_fee_cents,
            )
        elif not (
            isinstance(number, Unset)
            and isinstance(country_code, Unset)
            and isinstance(number_type, Unset)
            and isinstance(provider, Unset)
            and isinstance(setup_fee_cents, Unset)
        ):
            raise self._runtime.conflict(
                "numbers.purchase",
                (
                    "number",
                    "country_code",
                    "number_type",
                    "provider",
                    "setup_fee_cents",
                ),
                (number, country_code, number_type, provider, setup_fee_cents),
            )
        kwargs = _purchase_number._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (201, 400, 401, 402, 404, 429, 500)
        )
        return self._runtime.parse(
            "numbers.purchase", _purchase_number._build_response, response
        )

    async def release(
        self,
        telephony_number_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ReleaseNumberResponse]:
        """Release a number the organization bought; the whole response, documented error statuses included.

        Takes the arguments of ``numbers.release``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ReleaseNumberResponse]
        """
        kwargs = _release_number._get_kwargs(
            telephony_number_id=telephony_number_id,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "numbers.release", _release_number._build_response, response
        )
