from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.showcase_flow_list_response import ShowcaseFlowListResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/showcase/flows",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowcaseFlowListResponse | None:
    if response.status_code == 200:
        response_200 = ShowcaseFlowListResponse.from_dict(response.json())

        return response_200

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
) -> Response[Error | ShowcaseFlowListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowcaseFlowListResponse]:
    """List showcase demo flows

     Public, credential-free list of the produced demos, one per use case (cart recovery,
    cash-on-delivery to prepaid, failed-delivery follow-up and so on). Unlike the showcase
    calls these are staged, not recordings of customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowcaseFlowListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowcaseFlowListResponse | None:
    """List showcase demo flows

     Public, credential-free list of the produced demos, one per use case (cart recovery,
    cash-on-delivery to prepaid, failed-delivery follow-up and so on). Unlike the showcase
    calls these are staged, not recordings of customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowcaseFlowListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowcaseFlowListResponse]:
    """List showcase demo flows

     Public, credential-free list of the produced demos, one per use case (cart recovery,
    cash-on-delivery to prepaid, failed-delivery follow-up and so on). Unlike the showcase
    calls these are staged, not recordings of customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowcaseFlowListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowcaseFlowListResponse | None:
    """List showcase demo flows

     Public, credential-free list of the produced demos, one per use case (cart recovery,
    cash-on-delivery to prepaid, failed-delivery follow-up and so on). Unlike the showcase
    calls these are staged, not recordings of customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowcaseFlowListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
