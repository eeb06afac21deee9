from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_tool_list_response import ApiToolListResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/tool/api",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiToolListResponse | Error | None:
    if response.status_code == 200:
        response_200 = ApiToolListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[ApiToolListResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ApiToolListResponse | Error]:
    """List the workspace's API tools

     Returns the HTTP tools defined in the current workspace, switched-off ones included, but not deleted
    ones (both inferred: the sources only say "all" tools, and deletion is soft). Put a tool's `_id` in
    an assistant's `agent.tools` to let that assistant call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiToolListResponse | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ApiToolListResponse | Error | None:
    """List the workspace's API tools

     Returns the HTTP tools defined in the current workspace, switched-off ones included, but not deleted
    ones (both inferred: the sources only say "all" tools, and deletion is soft). Put a tool's `_id` in
    an assistant's `agent.tools` to let that assistant call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiToolListResponse | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ApiToolListResponse | Error]:
    """List the workspace's API tools

     Returns the HTTP tools defined in the current workspace, switched-off ones included, but not deleted
    ones (both inferred: the sources only say "all" tools, and deletion is soft). Put a tool's `_id` in
    an assistant's `agent.tools` to let that assistant call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiToolListResponse | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ApiToolListResponse | Error | None:
    """List the workspace's API tools

     Returns the HTTP tools defined in the current workspace, switched-off ones included, but not deleted
    ones (both inferred: the sources only say "all" tools, and deletion is soft). Put a tool's `_id` in
    an assistant's `agent.tools` to let that assistant call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiToolListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
