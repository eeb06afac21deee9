from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.showcase_flow_response import ShowcaseFlowResponse
from ...types import Response


def _get_kwargs(
    flow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/showcase/flows/{flow_id}".format(
            flow_id=quote(str(flow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowcaseFlowResponse | None:
    if response.status_code == 200:
        response_200 = ShowcaseFlowResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | ShowcaseFlowResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowcaseFlowResponse]:
    """Get one showcase demo flow

     Public, credential-free read of a single demo flow by its id.

    Args:
        flow_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowcaseFlowResponse]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowcaseFlowResponse | None:
    """Get one showcase demo flow

     Public, credential-free read of a single demo flow by its id.

    Args:
        flow_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowcaseFlowResponse
    """

    return sync_detailed(
        flow_id=flow_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowcaseFlowResponse]:
    """Get one showcase demo flow

     Public, credential-free read of a single demo flow by its id.

    Args:
        flow_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowcaseFlowResponse]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowcaseFlowResponse | None:
    """Get one showcase demo flow

     Public, credential-free read of a single demo flow by its id.

    Args:
        flow_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowcaseFlowResponse
    """

    return (
        await asyncio_detailed(
            flow_id=flow_id,
            client=client,
        )
    ).parsed
