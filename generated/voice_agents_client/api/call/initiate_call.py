from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.initiate_call_request import InitiateCallRequest
from ...models.initiate_call_response import InitiateCallResponse
from ...types import Response


def _get_kwargs(
    *,
    body: InitiateCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/call/initiate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InitiateCallResponse | None:
    if response.status_code == 200:
        response_200 = InitiateCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InitiateCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InitiateCallRequest,
) -> Response[Error | InitiateCallResponse]:
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
        body (InitiateCallRequest): What to call, with which assistant, and where to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitiateCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InitiateCallRequest,
) -> Error | InitiateCallResponse | None:
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
        body (InitiateCallRequest): What to call, with which assistant, and where to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitiateCallResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InitiateCallRequest,
) -> Response[Error | InitiateCallResponse]:
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
        body (InitiateCallRequest): What to call, with which assistant, and where to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitiateCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InitiateCallRequest,
) -> Error | InitiateCallResponse | None:
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
        body (InitiateCallRequest): What to call, with which assistant, and where to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitiateCallResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
