from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shiprocket_ndr_event import ShiprocketNdrEvent
from ...models.shiprocket_ndr_webhook_response import ShiprocketNdrWebhookResponse
from ...types import Response


def _get_kwargs(
    assistant_id: str,
    *,
    body: ShiprocketNdrEvent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/shiprocket/ndr-webhook/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShiprocketNdrWebhookResponse | None:
    if response.status_code == 200:
        response_200 = ShiprocketNdrWebhookResponse.from_dict(response.json())

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
) -> Response[Error | ShiprocketNdrWebhookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
    body: ShiprocketNdrEvent,
) -> Response[Error | ShiprocketNdrWebhookResponse]:
    """Queue an NDR follow-up call from a Shiprocket event

     Inbound hook for Shiprocket non-delivery reports (NDR). Point Shiprocket at this URL with the id of
    an NDR follow-up assistant (`variant.type` = `ndr_followup`); each event is mapped onto the NDR
    follow-up call payload and either queued as a call (`status: queued`, with `callId`) or skipped
    (`status: skipped`, with `reason`). The event is refused with 400 when the assistant has another
    variant or is archived, or when the event cannot be turned into a call.

    **Credentials.** The key pair applies as on every other operation (inferred: the source declares no
    exception for this route); no `workspace` header is needed because the assistant determines the
    workspace. When the assistant's `variant.config.ndr_followup.webhookToken` is set, the `x-api-key`
    header must carry the same value or the event is refused with 401; when no token is set the header
    is not checked (inferred). The generated client does not send `x-api-key` by itself: add it as an
    extra header on the client.

    **Body.** Whatever Shiprocket sends, as a JSON object. The documented example carries `awb`,
    `courier_name`, `ndr_reason`, `customer_name`, `customer_phone` and `order_id`.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (ShiprocketNdrEvent): A Shiprocket NDR event, accepted as any JSON object. The server
            maps the courier's fields (such as `awb`, `courier_name`, `ndr_reason`, `customer_name`,
            `customer_phone`, `order_id`) onto the NDR follow-up call payload; which keys it reads is
            not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShiprocketNdrWebhookResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
    body: ShiprocketNdrEvent,
) -> Error | ShiprocketNdrWebhookResponse | None:
    """Queue an NDR follow-up call from a Shiprocket event

     Inbound hook for Shiprocket non-delivery reports (NDR). Point Shiprocket at this URL with the id of
    an NDR follow-up assistant (`variant.type` = `ndr_followup`); each event is mapped onto the NDR
    follow-up call payload and either queued as a call (`status: queued`, with `callId`) or skipped
    (`status: skipped`, with `reason`). The event is refused with 400 when the assistant has another
    variant or is archived, or when the event cannot be turned into a call.

    **Credentials.** The key pair applies as on every other operation (inferred: the source declares no
    exception for this route); no `workspace` header is needed because the assistant determines the
    workspace. When the assistant's `variant.config.ndr_followup.webhookToken` is set, the `x-api-key`
    header must carry the same value or the event is refused with 401; when no token is set the header
    is not checked (inferred). The generated client does not send `x-api-key` by itself: add it as an
    extra header on the client.

    **Body.** Whatever Shiprocket sends, as a JSON object. The documented example carries `awb`,
    `courier_name`, `ndr_reason`, `customer_name`, `customer_phone` and `order_id`.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (ShiprocketNdrEvent): A Shiprocket NDR event, accepted as any JSON object. The server
            maps the courier's fields (such as `awb`, `courier_name`, `ndr_reason`, `customer_name`,
            `customer_phone`, `order_id`) onto the NDR follow-up call payload; which keys it reads is
            not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShiprocketNdrWebhookResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
    body: ShiprocketNdrEvent,
) -> Response[Error | ShiprocketNdrWebhookResponse]:
    """Queue an NDR follow-up call from a Shiprocket event

     Inbound hook for Shiprocket non-delivery reports (NDR). Point Shiprocket at this URL with the id of
    an NDR follow-up assistant (`variant.type` = `ndr_followup`); each event is mapped onto the NDR
    follow-up call payload and either queued as a call (`status: queued`, with `callId`) or skipped
    (`status: skipped`, with `reason`). The event is refused with 400 when the assistant has another
    variant or is archived, or when the event cannot be turned into a call.

    **Credentials.** The key pair applies as on every other operation (inferred: the source declares no
    exception for this route); no `workspace` header is needed because the assistant determines the
    workspace. When the assistant's `variant.config.ndr_followup.webhookToken` is set, the `x-api-key`
    header must carry the same value or the event is refused with 401; when no token is set the header
    is not checked (inferred). The generated client does not send `x-api-key` by itself: add it as an
    extra header on the client.

    **Body.** Whatever Shiprocket sends, as a JSON object. The documented example carries `awb`,
    `courier_name`, `ndr_reason`, `customer_name`, `customer_phone` and `order_id`.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (ShiprocketNdrEvent): A Shiprocket NDR event, accepted as any JSON object. The server
            maps the courier's fields (such as `awb`, `courier_name`, `ndr_reason`, `customer_name`,
            `customer_phone`, `order_id`) onto the NDR follow-up call payload; which keys it reads is
            not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShiprocketNdrWebhookResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
    body: ShiprocketNdrEvent,
) -> Error | ShiprocketNdrWebhookResponse | None:
    """Queue an NDR follow-up call from a Shiprocket event

     Inbound hook for Shiprocket non-delivery reports (NDR). Point Shiprocket at this URL with the id of
    an NDR follow-up assistant (`variant.type` = `ndr_followup`); each event is mapped onto the NDR
    follow-up call payload and either queued as a call (`status: queued`, with `callId`) or skipped
    (`status: skipped`, with `reason`). The event is refused with 400 when the assistant has another
    variant or is archived, or when the event cannot be turned into a call.

    **Credentials.** The key pair applies as on every other operation (inferred: the source declares no
    exception for this route); no `workspace` header is needed because the assistant determines the
    workspace. When the assistant's `variant.config.ndr_followup.webhookToken` is set, the `x-api-key`
    header must carry the same value or the event is refused with 401; when no token is set the header
    is not checked (inferred). The generated client does not send `x-api-key` by itself: add it as an
    extra header on the client.

    **Body.** Whatever Shiprocket sends, as a JSON object. The documented example carries `awb`,
    `courier_name`, `ndr_reason`, `customer_name`, `customer_phone` and `order_id`.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (ShiprocketNdrEvent): A Shiprocket NDR event, accepted as any JSON object. The server
            maps the courier's fields (such as `awb`, `courier_name`, `ndr_reason`, `customer_name`,
            `customer_phone`, `order_id`) onto the NDR follow-up call payload; which keys it reads is
            not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShiprocketNdrWebhookResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed
