"""The ``calls`` resource: ``initiate`` (initiate_call), ``start_web`` (start_web_call), ``abort`` (abort_call), ``update_payload`` (update_call_payload)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload

import httpx

from ..api.call import abort_call as _abort_call
from ..api.call import initiate_call as _initiate_call
from ..api.call import start_web_call as _start_web_call
from ..api.call import update_call_payload as _update_call_payload
from ..models.abandoned_cart_payload import AbandonedCartPayload
from ..models.abort_call_request import AbortCallRequest
from ..models.abort_call_response import AbortCallResponse
from ..models.call_metadata import CallMetadata
from ..models.custom_payload import CustomPayload
from ..models.error import Error
from ..models.initiate_call_request import InitiateCallRequest
from ..models.initiate_call_response import InitiateCallResponse
from ..models.ndr_followup_payload import NdrFollowupPayload
from ..models.shopify_order_payload import ShopifyOrderPayload
from ..models.update_call_payload_request import UpdateCallPayloadRequest
from ..models.update_call_payload_response import UpdateCallPayloadResponse
from ..models.web_call_request import WebCallRequest
from ..models.web_call_response import WebCallResponse
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "Calls",
    "CallsWithRawResponse",
]


class Calls(SyncResource):
    """The ``calls`` operations: ``client.calls.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: CallsWithRawResponse

    @property
    def with_raw_response(self) -> CallsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = CallsWithRawResponse(self._runtime)
            return self._raw

    @overload
    def initiate(
        self,
        *,
        phone_number: str,
        assistant: str,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> InitiateCallResponse: ...

    @overload
    def initiate(
        self,
        *,
        body: InitiateCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> InitiateCallResponse: ...

    def initiate(
        self,
        *,
        phone_number: str | Unset = UNSET,
        assistant: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: InitiateCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> InitiateCallResponse:
        """Queue an outbound phone call

        Puts an outbound call to `phoneNumber` in the queue of the given assistant. The call is
        placed asynchronously: the response only confirms that it was queued and gives its
        `callId`. There is no endpoint to read a call back; its progress and results arrive as
        webhook events at `callbackUrl` (see the `callbacks` of this operation and the top-level
        `webhooks`), each carrying the `metadata` you sent here.

        The shape of `payload` follows the assistant's variant: `abandoned_cart` takes an
        `AbandonedCartPayload`; `cod_to_prepaid`, `address_verification` and `order_confirmation`
        take a `ShopifyOrderPayload`; `ndr_followup` takes an `NdrFollowupPayload`; `custom` takes a
        `CustomPayload` whose keys match the variables declared in the assistant's `inputSchema`.
        Per-call values always travel in `payload` (older prose calls it `variableValues`).

        The response is a bare `{callId, status}` object with status 200, not the usual
        `{message, data}` envelope. This operation is not idempotent: repeating it dials again, so
        clients must not retry it blindly after a timeout or a 5xx.

        Args:
            phone_number: Number to dial, preferably in E.164 form (`+` and country code).
            assistant: Id of the assistant that places the call (`assistantId` from assistant creation).
            payload: Per-call data for the assistant's prompt. Which shape applies depends on the
                assistant's variant; the four shapes are mutually exclusive, so a payload matches
                exactly one:
                - `NdrFollowupPayload` (`ndr_followup`): has `awb`, `ndrReason` and `customer`.
                - `ShopifyOrderPayload` (`cod_to_prepaid`, `address_verification`,
                `order_confirmation`): has `name`, `customer`, `totalPrice` and `lineItems`, and is
                not an NDR payload.
                - `AbandonedCartPayload` (`abandoned_cart`): a closed Shopify abandoned-checkout
                object.
                - `CustomPayload` (`custom`): any other object.
            callback_url: Where the platform POSTs this call's webhook events. The live API expects an HTTPS URL
                and rejects plain HTTP; omit it to receive no events.
            priority: `true` moves the call ahead of non-priority calls in the queue.
            metadata: Your own correlation data (order ids, user ids and so on). The platform stores it with
                the call and echoes it unchanged at the top of every webhook event. One key has a
                meaning of its own: `discount`.
            body: The whole request as a prepared ``InitiateCallRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            InitiateCallResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``InitiateCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(phone_number, Unset) or isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.initiate",
                    ("phone_number", "assistant"),
                    (phone_number, assistant),
                )
            body = InitiateCallRequest(
                phone_number=phone_number,
                assistant=assistant,
                payload=self._runtime.coerce(
                    "calls.initiate",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                callback_url=callback_url,
                priority=priority,
                metadata=self._runtime.coerce(
                    "calls.initiate", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(phone_number, Unset)
            and isinstance(assistant, Unset)
            and isinstance(payload, Unset)
            and isinstance(callback_url, Unset)
            and isinstance(priority, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.initiate",
                (
                    "phone_number",
                    "assistant",
                    "payload",
                    "callback_url",
                    "priority",
                    "metadata",
                ),
                (phone_number, assistant, payload, callback_url, priority, metadata),
            )
        kwargs = _initiate_call._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.initiate", _initiate_call._parse_response, response
        )
        if isinstance(parsed, InitiateCallResponse):
            return parsed
        raise self._runtime.unexpected("calls.initiate", response)

    @overload
    def start_web(
        self,
        *,
        assistant: str,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> WebCallResponse: ...

    @overload
    def start_web(
        self,
        *,
        body: WebCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> WebCallResponse: ...

    def start_web(
        self,
        *,
        assistant: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: WebCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> WebCallResponse:
        """Start a browser-based call with an assistant

        Opens a call that runs in the browser instead of over the phone network and returns a
        LiveKit access token the front end uses to join it. `systemPrompt`, when given, replaces the
        assistant's prompt for this one call only; `payload` follows the same per-variant shapes as
        for `initiate_call`. Answers 201 with a bare `{success, token, error}` object.

        Args:
            assistant: Id of the assistant that takes the call.
            system_prompt: Prompt used instead of the assistant's own, for this call only.
            payload: Per-call data for the assistant's prompt. Which shape applies depends on the
                assistant's variant; the four shapes are mutually exclusive, so a payload matches
                exactly one:
                - `NdrFollowupPayload` (`ndr_followup`): has `awb`, `ndrReason` and `customer`.
                - `ShopifyOrderPayload` (`cod_to_prepaid`, `address_verification`,
                `order_confirmation`): has `name`, `customer`, `totalPrice` and `lineItems`, and is
                not an NDR payload.
                - `AbandonedCartPayload` (`abandoned_cart`): a closed Shopify abandoned-checkout
                object.
                - `CustomPayload` (`custom`): any other object.
            metadata: Your own correlation data (order ids, user ids and so on). The platform stores it with
                the call and echoes it unchanged at the top of every webhook event. One key has a
                meaning of its own: `discount`.
            body: The whole request as a prepared ``WebCallRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            WebCallResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``WebCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.start_web", ("assistant",), (assistant,)
                )
            body = WebCallRequest(
                assistant=assistant,
                system_prompt=system_prompt,
                payload=self._runtime.coerce(
                    "calls.start_web",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                metadata=self._runtime.coerce(
                    "calls.start_web", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(assistant, Unset)
            and isinstance(system_prompt, Unset)
            and isinstance(payload, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.start_web",
                ("assistant", "system_prompt", "payload", "metadata"),
                (assistant, system_prompt, payload, metadata),
            )
        kwargs = _start_web_call._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.start_web", _start_web_call._parse_response, response
        )
        if isinstance(parsed, WebCallResponse):
            return parsed
        raise self._runtime.unexpected("calls.start_web", response)

    @overload
    def abort(
        self,
        *,
        call_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AbortCallResponse: ...

    @overload
    def abort(
        self,
        *,
        body: AbortCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AbortCallResponse: ...

    def abort(
        self,
        *,
        call_id: str | Unset = UNSET,
        body: AbortCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AbortCallResponse:
        """Cancel a queued call or its pending retries

        Cancels a call that has not been answered, identified by the `callId` in the body (not in
        the path). This also ends its retry chain, and a `call.aborted` event follows.

        Possible while the call is still waiting in the queue (no status yet) or after an attempt
        that ended as `busy`, `failed`, `no-answer`, `rescheduled` or `validation-failed`. Refused
        with 400 once it is `in-progress`, `ended`, `completed`, `timeout`, or already `aborted`.
        The success body is a bare `{message}`.

        Args:
            call_id: The `callId` returned by `initiate_call`.
            body: The whole request as a prepared ``AbortCallRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AbortCallResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AbortCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(call_id, Unset):
                raise self._runtime.missing("calls.abort", ("call_id",), (call_id,))
            body = AbortCallRequest(
                call_id=call_id,
            )
        elif not (isinstance(call_id, Unset)):
            raise self._runtime.conflict("calls.abort", ("call_id",), (call_id,))
        kwargs = _abort_call._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.abort", _abort_call._parse_response, response
        )
        if isinstance(parsed, AbortCallResponse):
            return parsed
        raise self._runtime.unexpected("calls.abort", response)

    @overload
    def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateCallPayloadResponse: ...

    @overload
    def update_payload(
        self,
        call_id: str,
        *,
        body: UpdateCallPayloadRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateCallPayloadResponse: ...

    def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        body: UpdateCallPayloadRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateCallPayloadResponse:
        """Replace the payload of a queued call

        Swaps the `payload` of a call that is queued but has not been dialled yet. The new object
        replaces the old one entirely (nothing is merged), so send every field the assistant needs.
        Once the first attempt has started the call is locked and the API answers 400.

        Args:
            call_id: See the spec.
            payload: Per-call data for the assistant's prompt. Which shape applies depends on the
                assistant's variant; the four shapes are mutually exclusive, so a payload matches
                exactly one:
                - `NdrFollowupPayload` (`ndr_followup`): has `awb`, `ndrReason` and `customer`.
                - `ShopifyOrderPayload` (`cod_to_prepaid`, `address_verification`,
                `order_confirmation`): has `name`, `customer`, `totalPrice` and `lineItems`, and is
                not an NDR payload.
                - `AbandonedCartPayload` (`abandoned_cart`): a closed Shopify abandoned-checkout
                object.
                - `CustomPayload` (`custom`): any other object.
            body: The whole request as a prepared ``UpdateCallPayloadRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UpdateCallPayloadResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UpdateCallPayloadResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(payload, Unset):
                raise self._runtime.missing(
                    "calls.update_payload", ("payload",), (payload,)
                )
            body = UpdateCallPayloadRequest(
                payload=self._runtime.coerce(
                    "calls.update_payload",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
            )
        elif not (isinstance(payload, Unset)):
            raise self._runtime.conflict(
                "calls.update_payload", ("payload",), (payload,)
            )
        kwargs = _update_call_payload._get_kwargs(
            call_id=call_id,
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.update_payload", _update_call_payload._parse_response, response
        )
        if isinstance(parsed, UpdateCallPayloadResponse):
            return parsed
        raise self._runtime.unexpected("calls.update_payload", response)


class CallsWithRawResponse(SyncResource):
    """``calls`` returning whole responses: ``client.calls.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    def initiate(
        self,
        *,
        phone_number: str,
        assistant: str,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | InitiateCallResponse]: ...

    @overload
    def initiate(
        self,
        *,
        body: InitiateCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | InitiateCallResponse]: ...

    def initiate(
        self,
        *,
        phone_number: str | Unset = UNSET,
        assistant: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: InitiateCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | InitiateCallResponse]:
        """Queue an outbound phone call; the whole response, documented error statuses included.

        Takes the arguments of ``calls.initiate``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | InitiateCallResponse]
        """
        if body is None:
            if isinstance(phone_number, Unset) or isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.initiate",
                    ("phone_number", "assistant"),
                    (phone_number, assistant),
                )
            body = InitiateCallRequest(
                phone_number=phone_number,
                assistant=assistant,
                payload=self._runtime.coerce(
                    "calls.initiate",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                callback_url=callback_url,
                priority=priority,
                metadata=self._runtime.coerce(
                    "calls.initiate", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(phone_number, Unset)
            and isinstance(assistant, Unset)
            and isinstance(payload, Unset)
            and isinstance(callback_url, Unset)
            and isinstance(priority, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.initiate",
                (
                    "phone_number",
                    "assistant",
                    "payload",
                    "callback_url",
                    "priority",
                    "metadata",
                ),
                (phone_number, assistant, payload, callback_url, priority, metadata),
            )
        kwargs = _initiate_call._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "calls.initiate", _initiate_call._build_response, response
        )

    @overload
    def start_web(
        self,
        *,
        assistant: str,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | WebCallResponse]: ...

    @overload
    def start_web(
        self,
        *,
        body: WebCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | WebCallResponse]: ...

    def start_web(
        self,
        *,
        assistant: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: WebCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | WebCallResponse]:
        """Start a browser-based call with an assistant; the whole response, documented error statuses included.

        Takes the arguments of ``calls.start_web``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | WebCallResponse]
        """
        if body is None:
            if isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.start_web", ("assistant",), (assistant,)
                )
            body = WebCallRequest(
                assistant=assistant,
                system_prompt=system_prompt,
                payload=self._runtime.coerce(
                    "calls.start_web",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                metadata=self._runtime.coerce(
                    "calls.start_web", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(assistant, Unset)
            and isinstance(system_prompt, Unset)
            and isinstance(payload, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.start_web",
                ("assistant", "system_prompt", "payload", "metadata"),
                (assistant, system_prompt, payload, metadata),
            )
        kwargs = _start_web_call._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (201, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "calls.start_web", _start_web_call._build_response, response
        )

    @overload
    def abort(
        self,
        *,
        call_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AbortCallResponse | Error]: ...

    @overload
    def abort(
        self,
        *,
        body: AbortCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AbortCallResponse | Error]: ...

    def abort(
        self,
        *,
        call_id: str | Unset = UNSET,
        body: AbortCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AbortCallResponse | Error]:
        """Cancel a queued call or its pending retries; the whole response, documented error statuses included.

        Takes the arguments of ``calls.abort``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AbortCallResponse | Error]
        """
        if body is None:
            if isinstance(call_id, Unset):
                raise self._runtime.missing("calls.abort", ("call_id",), (call_id,))
            body = AbortCallRequest(
                call_id=call_id,
            )
        elif not (isinstance(call_id, Unset)):
            raise self._runtime.conflict("calls.abort", ("call_id",), (call_id,))
        kwargs = _abort_call._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse("calls.abort", _abort_call._build_response, response)

    @overload
    def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateCallPayloadResponse]: ...

    @overload
    def update_payload(
        self,
        call_id: str,
        *,
        body: UpdateCallPayloadRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateCallPayloadResponse]: ...

    def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        body: UpdateCallPayloadRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateCallPayloadResponse]:
        """Replace the payload of a queued call; the whole response, documented error statuses included.

        Takes the arguments of ``calls.update_payload``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UpdateCallPayloadResponse]
        """
        if body is None:
            if isinstance(payload, Unset):
                raise self._runtime.missing(
                    "calls.update_payload", ("payload",), (payload,)
                )
            body = UpdateCallPayloadRequest(
                payload=self._runtime.coerce(
                    "calls.update_payload",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
            )
        elif not (isinstance(payload, Unset)):
            raise self._runtime.conflict(
                "calls.update_payload", ("payload",), (payload,)
            )
        kwargs = _update_call_payload._get_kwargs(
            call_id=call_id,
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "calls.update_payload", _update_call_payload._build_response, response
        )


class AsyncCalls(AsyncResource):
    """The ``calls`` operations (awaitable): ``client.calls.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncCallsWithRawResponse

    @property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncCallsWithRawResponse(self._runtime)
            return self._raw

    @overload
    async def initiate(
        self,
        *,
        phone_number: str,
        assistant: str,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> InitiateCallResponse: ...

    @overload
    async def initiate(
        self,
        *,
        body: InitiateCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> InitiateCallResponse: ...

    async def initiate(
        self,
        *,
        phone_number: str | Unset = UNSET,
        assistant: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: InitiateCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> InitiateCallResponse:
        """Queue an outbound phone call

        Puts an outbound call to `phoneNumber` in the queue of the given assistant. The call is
        placed asynchronously: the response only confirms that it was queued and gives its
        `callId`. There is no endpoint to read a call back; its progress and results arrive as
        webhook events at `callbackUrl` (see the `callbacks` of this operation and the top-level
        `webhooks`), each carrying the `metadata` you sent here.

        The shape of `payload` follows the assistant's variant: `abandoned_cart` takes an
        `AbandonedCartPayload`; `cod_to_prepaid`, `address_verification` and `order_confirmation`
        take a `ShopifyOrderPayload`; `ndr_followup` takes an `NdrFollowupPayload`; `custom` takes a
        `CustomPayload` whose keys match the variables declared in the assistant's `inputSchema`.
        Per-call values always travel in `payload` (older prose calls it `variableValues`).

        The response is a bare `{callId, status}` object with status 200, not the usual
        `{message, data}` envelope. This operation is not idempotent: repeating it dials again, so
        clients must not retry it blindly after a timeout or a 5xx.

        Args:
            phone_number: Number to dial, preferably in E.164 form (`+` and country code).
            assistant: Id of the assistant that places the call (`assistantId` from assistant creation).
            payload: Per-call data for the assistant's prompt. Which shape applies depends on the
                assistant's variant; the four shapes are mutually exclusive, so a payload matches
                exactly one:
                - `NdrFollowupPayload` (`ndr_followup`): has `awb`, `ndrReason` and `customer`.
                - `ShopifyOrderPayload` (`cod_to_prepaid`, `address_verification`,
                `order_confirmation`): has `name`, `customer`, `totalPrice` and `lineItems`, and is
                not an NDR payload.
                - `AbandonedCartPayload` (`abandoned_cart`): a closed Shopify abandoned-checkout
                object.
                - `CustomPayload` (`custom`): any other object.
            callback_url: Where the platform POSTs this call's webhook events. The live API expects an HTTPS URL
                and rejects plain HTTP; omit it to receive no events.
            priority: `true` moves the call ahead of non-priority calls in the queue.
            metadata: Your own correlation data (order ids, user ids and so on). The platform stores it with
                the call and echoes it unchanged at the top of every webhook event. One key has a
                meaning of its own: `discount`.
            body: The whole request as a prepared ``InitiateCallRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            InitiateCallResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``InitiateCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(phone_number, Unset) or isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.initiate",
                    ("phone_number", "assistant"),
                    (phone_number, assistant),
                )
            body = InitiateCallRequest(
                phone_number=phone_number,
                assistant=assistant,
                payload=self._runtime.coerce(
                    "calls.initiate",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                callback_url=callback_url,
                priority=priority,
                metadata=self._runtime.coerce(
                    "calls.initiate", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(phone_number, Unset)
            and isinstance(assistant, Unset)
            and isinstance(payload, Unset)
            and isinstance(callback_url, Unset)
            and isinstance(priority, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.initiate",
                (
                    "phone_number",
                    "assistant",
                    "payload",
                    "callback_url",
                    "priority",
                    "metadata",
                ),
                (phone_number, assistant, payload, callback_url, priority, metadata),
            )
        kwargs = _initiate_call._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.initiate", _initiate_call._parse_response, response
        )
        if isinstance(parsed, InitiateCallResponse):
            return parsed
        raise self._runtime.unexpected("calls.initiate", response)

    @overload
    async def start_web(
        self,
        *,
        assistant: str,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> WebCallResponse: ...

    @overload
    async def start_web(
        self,
        *,
        body: WebCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> WebCallResponse: ...

    async def start_web(
        self,
        *,
        assistant: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: WebCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> WebCallResponse:
        """Start a browser-based call with an assistant

        Opens a call that runs in the browser instead of over the phone network and returns a
        LiveKit access token the front end uses to join it. `systemPrompt`, when given, replaces the
        assistant's prompt for this one call only; `payload` follows the same per-variant shapes as
        for `initiate_call`. Answers 201 with a bare `{success, token, error}` object.

        Args:
            assistant: Id of the assistant that takes the call.
            system_prompt: Prompt used instead of the assistant's own, for this call only.
            payload: Per-call data for the assistant's prompt. Which shape applies depends on the
                assistant's variant; the four shapes are mutually exclusive, so a payload matches
                exactly one:
                - `NdrFollowupPayload` (`ndr_followup`): has `awb`, `ndrReason` and `customer`.
                - `ShopifyOrderPayload` (`cod_to_prepaid`, `address_verification`,
                `order_confirmation`): has `name`, `customer`, `totalPrice` and `lineItems`, and is
                not an NDR payload.
                - `AbandonedCartPayload` (`abandoned_cart`): a closed Shopify abandoned-checkout
                object.
                - `CustomPayload` (`custom`): any other object.
            metadata: Your own correlation data (order ids, user ids and so on). The platform stores it with
                the call and echoes it unchanged at the top of every webhook event. One key has a
                meaning of its own: `discount`.
            body: The whole request as a prepared ``WebCallRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            WebCallResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``WebCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.start_web", ("assistant",), (assistant,)
                )
            body = WebCallRequest(
                assistant=assistant,
                system_prompt=system_prompt,
                payload=self._runtime.coerce(
                    "calls.start_web",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                metadata=self._runtime.coerce(
                    "calls.start_web", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(assistant, Unset)
            and isinstance(system_prompt, Unset)
            and isinstance(payload, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.start_web",
                ("assistant", "system_prompt", "payload", "metadata"),
                (assistant, system_prompt, payload, metadata),
            )
        kwargs = _start_web_call._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.start_web", _start_web_call._parse_response, response
        )
        if isinstance(parsed, WebCallResponse):
            return parsed
        raise self._runtime.unexpected("calls.start_web", response)

    @overload
    async def abort(
        self,
        *,
        call_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AbortCallResponse: ...

    @overload
    async def abort(
        self,
        *,
        body: AbortCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AbortCallResponse: ...

    async def abort(
        self,
        *,
        call_id: str | Unset = UNSET,
        body: AbortCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AbortCallResponse:
        """Cancel a queued call or its pending retries

        Cancels a call that has not been answered, identified by the `callId` in the body (not in
        the path). This also ends its retry chain, and a `call.aborted` event follows.

        Possible while the call is still waiting in the queue (no status yet) or after an attempt
        that ended as `busy`, `failed`, `no-answer`, `rescheduled` or `validation-failed`. Refused
        with 400 once it is `in-progress`, `ended`, `completed`, `timeout`, or already `aborted`.
        The success body is a bare `{message}`.

        Args:
            call_id: The `callId` returned by `initiate_call`.
            body: The whole request as a prepared ``AbortCallRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AbortCallResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AbortCallResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(call_id, Unset):
                raise self._runtime.missing("calls.abort", ("call_id",), (call_id,))
            body = AbortCallRequest(
                call_id=call_id,
            )
        elif not (isinstance(call_id, Unset)):
            raise self._runtime.conflict("calls.abort", ("call_id",), (call_id,))
        kwargs = _abort_call._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.abort", _abort_call._parse_response, response
        )
        if isinstance(parsed, AbortCallResponse):
            return parsed
        raise self._runtime.unexpected("calls.abort", response)

    @overload
    async def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateCallPayloadResponse: ...

    @overload
    async def update_payload(
        self,
        call_id: str,
        *,
        body: UpdateCallPayloadRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateCallPayloadResponse: ...

    async def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        body: UpdateCallPayloadRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateCallPayloadResponse:
        """Replace the payload of a queued call

        Swaps the `payload` of a call that is queued but has not been dialled yet. The new object
        replaces the old one entirely (nothing is merged), so send every field the assistant needs.
        Once the first attempt has started the call is locked and the API answers 400.

        Args:
            call_id: See the spec.
            payload: Per-call data for the assistant's prompt. Which shape applies depends on the
                assistant's variant; the four shapes are mutually exclusive, so a payload matches
                exactly one:
                - `NdrFollowupPayload` (`ndr_followup`): has `awb`, `ndrReason` and `customer`.
                - `ShopifyOrderPayload` (`cod_to_prepaid`, `address_verification`,
                `order_confirmation`): has `name`, `customer`, `totalPrice` and `lineItems`, and is
                not an NDR payload.
                - `AbandonedCartPayload` (`abandoned_cart`): a closed Shopify abandoned-checkout
                object.
                - `CustomPayload` (`custom`): any other object.
            body: The whole request as a prepared ``UpdateCallPayloadRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UpdateCallPayloadResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UpdateCallPayloadResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(payload, Unset):
                raise self._runtime.missing(
                    "calls.update_payload", ("payload",), (payload,)
                )
            body = UpdateCallPayloadRequest(
                payload=self._runtime.coerce(
                    "calls.update_payload",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
            )
        elif not (isinstance(payload, Unset)):
            raise self._runtime.conflict(
                "calls.update_payload", ("payload",), (payload,)
            )
        kwargs = _update_call_payload._get_kwargs(
            call_id=call_id,
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "calls.update_payload", _update_call_payload._parse_response, response
        )
        if isinstance(parsed, UpdateCallPayloadResponse):
            return parsed
        raise self._runtime.unexpected("calls.update_payload", response)


class AsyncCallsWithRawResponse(AsyncResource):
    """``calls`` returning whole responses: ``client.calls.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    async def initiate(
        self,
        *,
        phone_number: str,
        assistant: str,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | InitiateCallResponse]: ...

    @overload
    async def initiate(
        self,
        *,
        body: InitiateCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | InitiateCallResponse]: ...

    async def initiate(
        self,
        *,
        phone_number: str | Unset = UNSET,
        assistant: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        priority: bool | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: InitiateCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | InitiateCallResponse]:
        """Queue an outbound phone call; the whole response, documented error statuses included.

        Takes the arguments of ``calls.initiate``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | InitiateCallResponse]
        """
        if body is None:
            if isinstance(phone_number, Unset) or isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.initiate",
                    ("phone_number", "assistant"),
                    (phone_number, assistant),
                )
            body = InitiateCallRequest(
                phone_number=phone_number,
                assistant=assistant,
                payload=self._runtime.coerce(
                    "calls.initiate",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                callback_url=callback_url,
                priority=priority,
                metadata=self._runtime.coerce(
                    "calls.initiate", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(phone_number, Unset)
            and isinstance(assistant, Unset)
            and isinstance(payload, Unset)
            and isinstance(callback_url, Unset)
            and isinstance(priority, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.initiate",
                (
                    "phone_number",
                    "assistant",
                    "payload",
                    "callback_url",
                    "priority",
                    "metadata",
                ),
                (phone_number, assistant, payload, callback_url, priority, metadata),
            )
        kwargs = _initiate_call._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "calls.initiate", _initiate_call._build_response, response
        )

    @overload
    async def start_web(
        self,
        *,
        assistant: str,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | WebCallResponse]: ...

    @overload
    async def start_web(
        self,
        *,
        body: WebCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | WebCallResponse]: ...

    async def start_web(
        self,
        *,
        assistant: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        metadata: CallMetadata | Mapping[str, Any] | Unset = UNSET,
        body: WebCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | WebCallResponse]:
        """Start a browser-based call with an assistant; the whole response, documented error statuses included.

        Takes the arguments of ``calls.start_web``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | WebCallResponse]
        """
        if body is None:
            if isinstance(assistant, Unset):
                raise self._runtime.missing(
                    "calls.start_web", ("assistant",), (assistant,)
                )
            body = WebCallRequest(
                assistant=assistant,
                system_prompt=system_prompt,
                payload=self._runtime.coerce(
                    "calls.start_web",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
                metadata=self._runtime.coerce(
                    "calls.start_web", "metadata", metadata, (CallMetadata,), "model"
                ),
            )
        elif not (
            isinstance(assistant, Unset)
            and isinstance(system_prompt, Unset)
            and isinstance(payload, Unset)
            and isinstance(metadata, Unset)
        ):
            raise self._runtime.conflict(
                "calls.start_web",
                ("assistant", "system_prompt", "payload", "metadata"),
                (assistant, system_prompt, payload, metadata),
            )
        kwargs = _start_web_call._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (201, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "calls.start_web", _start_web_call._build_response, response
        )

    @overload
    async def abort(
        self,
        *,
        call_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AbortCallResponse | Error]: ...

    @overload
    async def abort(
        self,
        *,
        body: AbortCallRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AbortCallResponse | Error]: ...

    async def abort(
        self,
        *,
        call_id: str | Unset = UNSET,
        body: AbortCallRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AbortCallResponse | Error]:
        """Cancel a queued call or its pending retries; the whole response, documented error statuses included.

        Takes the arguments of ``calls.abort``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AbortCallResponse | Error]
        """
        if body is None:
            if isinstance(call_id, Unset):
                raise self._runtime.missing("calls.abort", ("call_id",), (call_id,))
            body = AbortCallRequest(
                call_id=call_id,
            )
        elif not (isinstance(call_id, Unset)):
            raise self._runtime.conflict("calls.abort", ("call_id",), (call_id,))
        kwargs = _abort_call._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse("calls.abort", _abort_call._build_response, response)

    @overload
    async def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateCallPayloadResponse]: ...

    @overload
    async def update_payload(
        self,
        call_id: str,
        *,
        body: UpdateCallPayloadRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateCallPayloadResponse]: ...

    async def update_payload(
        self,
        call_id: str,
        *,
        payload: NdrFollowupPayload
        | ShopifyOrderPayload
        | AbandonedCartPayload
        | CustomPayload
        | Mapping[str, Any]
        | Unset = UNSET,
        body: UpdateCallPayloadRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateCallPayloadResponse]:
        """Replace the payload of a queued call; the whole response, documented error statuses included.

        Takes the arguments of ``calls.update_payload``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UpdateCallPayloadResponse]
        """
        if body is None:
            if isinstance(payload, Unset):
                raise self._runtime.missing(
                    "calls.update_payload", ("payload",), (payload,)
                )
            body = UpdateCallPayloadRequest(
                payload=self._runtime.coerce(
                    "calls.update_payload",
                    "payload",
                    payload,
                    (
                        NdrFollowupPayload,
                        ShopifyOrderPayload,
                        AbandonedCartPayload,
                        CustomPayload,
                    ),
                    "model",
                ),
            )
        elif not (isinstance(payload, Unset)):
            raise self._runtime.conflict(
                "calls.update_payload", ("payload",), (payload,)
            )
        kwargs = _update_call_payload._get_kwargs(
            call_id=call_id,
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "calls.update_payload", _update_call_payload._build_response, response
        )
