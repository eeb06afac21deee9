from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_number_request import PurchaseNumberRequest
from ...models.purchase_number_response import PurchaseNumberResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PurchaseNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/number-pool/purchase",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PurchaseNumberResponse | None:
    if response.status_code == 201:
        response_201 = PurchaseNumberResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

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
) -> Response[Error | PurchaseNumberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PurchaseNumberRequest,
) -> Response[Error | PurchaseNumberResponse]:
    """Buy a number into the organization's pool

     Buys one number found with the search operation and records it in the organization's
    pool. The organization's credit balance is charged the one-time setup fee and, from then
    on, the monthly rate; without enough credit the call fails with 402.

    The new record starts with `status: active` and no workspace. To let an assistant use
    the number, put the record's `_id` (rather than the digits) in the assistant's
    `telephony.inbound` or `telephony.outbound`.

    Args:
        body (PurchaseNumberRequest): The number to buy, as returned by the search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseNumberResponse]
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
    body: PurchaseNumberRequest,
) -> Error | PurchaseNumberResponse | None:
    """Buy a number into the organization's pool

     Buys one number found with the search operation and records it in the organization's
    pool. The organization's credit balance is charged the one-time setup fee and, from then
    on, the monthly rate; without enough credit the call fails with 402.

    The new record starts with `status: active` and no workspace. To let an assistant use
    the number, put the record's `_id` (rather than the digits) in the assistant's
    `telephony.inbound` or `telephony.outbound`.

    Args:
        body (PurchaseNumberRequest): The number to buy, as returned by the search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseNumberResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PurchaseNumberRequest,
) -> Response[Error | PurchaseNumberResponse]:
    """Buy a number into the organization's pool

     Buys one number found with the search operation and records it in the organization's
    pool. The organization's credit balance is charged the one-time setup fee and, from then
    on, the monthly rate; without enough credit the call fails with 402.

    The new record starts with `status: active` and no workspace. To let an assistant use
    the number, put the record's `_id` (rather than the digits) in the assistant's
    `telephony.inbound` or `telephony.outbound`.

    Args:
        body (PurchaseNumberRequest): The number to buy, as returned by the search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseNumberResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PurchaseNumberRequest,
) -> Error | PurchaseNumberResponse | None:
    """Buy a number into the organization's pool

     Buys one number found with the search operation and records it in the organization's
    pool. The organization's credit balance is charged the one-time setup fee and, from then
    on, the monthly rate; without enough credit the call fails with 402.

    The new record starts with `status: active` and no workspace. To let an assistant use
    the number, put the record's `_id` (rather than the digits) in the assistant's
    `telephony.inbound` or `telephony.outbound`.

    Args:
        body (PurchaseNumberRequest): The number to buy, as returned by the search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseNumberResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
