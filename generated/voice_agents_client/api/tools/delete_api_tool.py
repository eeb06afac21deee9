from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_api_tool_response import DeleteApiToolResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    tool_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/admin/tool/api/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteApiToolResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteApiToolResponse.from_dict(response.json())

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
) -> Response[DeleteApiToolResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteApiToolResponse | Error]:
    """Delete an API tool

     Soft-deletes the tool: it disappears from the list and can no longer be called, while the stored
    record keeps a `deletedAt` time (inferred from the `deletedAt` field). Take the tool's id out of
    every assistant's `agent.tools` before deleting it; the sources do not say what happens to
    assistants that still reference it.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteApiToolResponse | Error]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteApiToolResponse | Error | None:
    """Delete an API tool

     Soft-deletes the tool: it disappears from the list and can no longer be called, while the stored
    record keeps a `deletedAt` time (inferred from the `deletedAt` field). Take the tool's id out of
    every assistant's `agent.tools` before deleting it; the sources do not say what happens to
    assistants that still reference it.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteApiToolResponse | Error
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteApiToolResponse | Error]:
    """Delete an API tool

     Soft-deletes the tool: it disappears from the list and can no longer be called, while the stored
    record keeps a `deletedAt` time (inferred from the `deletedAt` field). Take the tool's id out of
    every assistant's `agent.tools` before deleting it; the sources do not say what happens to
    assistants that still reference it.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteApiToolResponse | Error]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteApiToolResponse | Error | None:
    """Delete an API tool

     Soft-deletes the tool: it disappears from the list and can no longer be called, while the stored
    record keeps a `deletedAt` time (inferred from the `deletedAt` field). Take the tool's id out of
    every assistant's `agent.tools` before deleting it; the sources do not say what happens to
    assistants that still reference it.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteApiToolResponse | Error
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
        )
    ).parsed
