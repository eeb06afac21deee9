"""The ``integrations`` resource: ``shiprocket_ndr`` (handle_shiprocket_ndr)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ..api.call import handle_shiprocket_ndr as _handle_shiprocket_ndr
from ..models.error import Error
from ..models.shiprocket_ndr_event import ShiprocketNdrEvent
from ..models.shiprocket_ndr_webhook_response import ShiprocketNdrWebhookResponse
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncIntegrations",
    "AsyncIntegrationsWithRawResponse",
    "Integrations",
    "IntegrationsWithRawResponse",
]


class Integrations(SyncResource):
    """The ``integrations`` operations: ``client.integrations.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: IntegrationsWithRawResponse

    @property
    def with_raw_response(self) -> IntegrationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = IntegrationsWithRawResponse(self._runtime)
            return self._raw

    def shiprocket_ndr(
        self,
        assistant_id: str,
        *,
        body: ShiprocketNdrEvent | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShiprocketNdrWebhookResponse:
        """Queue an NDR follow-up call from a Shiprocket event

        Inbound hook for Shiprocket non-delivery reports (NDR). Point Shiprocket at this URL with
        the id of an NDR follow-up assistant (`variant.type` = `ndr_followup`); each event is mapped
        onto the NDR follow-up call payload and either queued as a call (`status: queued`, with
        `callId`) or skipped (`status: skipped`, with `reason`). The event is refused with 400 when
        the assistant has another variant or is archived, or when the event cannot be turned into a
        call.

        **Credentials.** The key pair applies as on every other operation (inferred: the source
        declares no exception for this route); no `workspace` header is needed because the assistant
        determines the workspace. When the assistant's `variant.config.ndr_followup.webhookToken` is
        set, the `x-api-key` header must carry the same value or the event is refused with 401; when
        no token is set the header is not checked (inferred). The generated client does not send
        `x-api-key` by itself: add it as an extra header on the client.

        **Body.** Whatever Shiprocket sends, as a JSON object. The documented example carries `awb`,
        `courier_name`, `ndr_reason`, `customer_name`, `customer_phone` and `order_id`.

        Args:
            assistant_id: A 24-character hexadecimal database id.
            body: The request as a prepared ``ShiprocketNdrEvent`` (left out: an empty one).
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShiprocketNdrWebhookResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShiprocketNdrWebhookResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            body = ShiprocketNdrEvent()
        kwargs = _handle_shiprocket_ndr._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "integrations.shiprocket_ndr",
            _handle_shiprocket_ndr._parse_response,
            response,
        )
        if isinstance(parsed, ShiprocketNdrWebhookResponse):
            return parsed
        raise self._runtime.unexpected("integrations.shiprocket_ndr", response)


class IntegrationsWithRawResponse(SyncResource):
    """``integrations`` returning whole responses: ``client.integrations.with_raw_response.<method>(...)``."""

    __slots__ = ()

    def shiprocket_ndr(
        self,
        assistant_id: str,
        *,
        body: ShiprocketNdrEvent | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShiprocketNdrWebhookResponse]:
        """Queue an NDR follow-up call from a Shiprocket event; the whole response, documented error statuses included.

        Takes the arguments of ``integrations.shiprocket_ndr``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShiprocketNdrWebhookResponse]
        """
        if body is None:
            body = ShiprocketNdrEvent()
        kwargs = _handle_shiprocket_ndr._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "integrations.shiprocket_ndr",
            _handle_shiprocket_ndr._build_response,
            response,
        )


class AsyncIntegrations(AsyncResource):
    """The ``integrations`` operations (awaitable): ``client.integrations.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncIntegrationsWithRawResponse

    @property
    def with_raw_response(self) -> AsyncIntegrationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncIntegrationsWithRawResponse(self._runtime)
            return self._raw

    async def shiprocket_ndr(
        self,
        assistant_id: str,
        *,
        body: ShiprocketNdrEvent | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ShiprocketNdrWebhookResponse:
        """Queue an NDR follow-up call from a Shiprocket event

        Inbound hook for Shiprocket non-delivery reports (NDR). Point Shiprocket at this URL with
        the id of an NDR follow-up assistant (`variant.type` = `ndr_followup`); each event is mapped
        onto the NDR follow-up call payload and either queued as a call (`status: queued`, with
        `callId`) or skipped (`status: skipped`, with `reason`). The event is refused with 400 when
        the assistant has another variant or is archived, or when the event cannot be turned into a
        call.

        **Credentials.** The key pair applies as on every other operation (inferred: the source
        declares no exception for this route); no `workspace` header is needed because the assistant
        determines the workspace. When the assistant's `variant.config.ndr_followup.webhookToken` is
        set, the `x-api-key` header must carry the same value or the event is refused with 401; when
        no token is set the header is not checked (inferred). The generated client does not send
        `x-api-key` by itself: add it as an extra header on the client.

        **Body.** Whatever Shiprocket sends, as a JSON object. The documented example carries `awb`,
        `courier_name`, `ndr_reason`, `customer_name`, `customer_phone` and `order_id`.

        Args:
            assistant_id: A 24-character hexadecimal database id.
            body: The request as a prepared ``ShiprocketNdrEvent`` (left out: an empty one).
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ShiprocketNdrWebhookResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ShiprocketNdrWebhookResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            body = ShiprocketNdrEvent()
        kwargs = _handle_shiprocket_ndr._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "integrations.shiprocket_ndr",
            _handle_shiprocket_ndr._parse_response,
            response,
        )
        if isinstance(parsed, ShiprocketNdrWebhookResponse):
            return parsed
        raise self._runtime.unexpected("integrations.shiprocket_ndr", response)


class AsyncIntegrationsWithRawResponse(AsyncResource):
    """``integrations`` returning whole responses: ``client.integrations.with_raw_response.<method>(...)``."""

    __slots__ = ()

    async def shiprocket_ndr(
        self,
        assistant_id: str,
        *,
        body: ShiprocketNdrEvent | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | ShiprocketNdrWebhookResponse]:
        """Queue an NDR follow-up call from a Shiprocket event; the whole response, documented error statuses included.

        Takes the arguments of ``integrations.shiprocket_ndr``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | ShiprocketNdrWebhookResponse]
        """
        if body is None:
            body = ShiprocketNdrEvent()
        kwargs = _handle_shiprocket_ndr._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "integrations.shiprocket_ndr",
            _handle_shiprocket_ndr._build_response,
            response,
        )
