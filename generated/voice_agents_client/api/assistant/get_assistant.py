from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant_get_response import AssistantGetResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    assistant_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/assistant/get/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantGetResponse | Error | None:
    if response.status_code == 200:
        response_200 = AssistantGetResponse.from_dict(response.json())

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
) -> Response[AssistantGetResponse | Error]:
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
) -> Response[AssistantGetResponse | Error]:
    """Get one assistant

     Returns the stored configuration of one assistant of the workspace, including blocks the
    platform filled in itself: for preset variants `variant.config.inputSchema` lists the
    call-payload fields the flow expects, and `agent.tools` comes back grouped by
    integration rather than as the flat id list sent on create. An id that belongs to
    another workspace is reported as not found.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantGetResponse | Error]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
) -> AssistantGetResponse | Error | None:
    """Get one assistant

     Returns the stored configuration of one assistant of the workspace, including blocks the
    platform filled in itself: for preset variants `variant.config.inputSchema` lists the
    call-payload fields the flow expects, and `agent.tools` comes back grouped by
    integration rather than as the flat id list sent on create. An id that belongs to
    another workspace is reported as not found.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantGetResponse | Error
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AssistantGetResponse | Error]:
    """Get one assistant

     Returns the stored configuration of one assistant of the workspace, including blocks the
    platform filled in itself: for preset variants `variant.config.inputSchema` lists the
    call-payload fields the flow expects, and `agent.tools` comes back grouped by
    integration rather than as the flat id list sent on create. An id that belongs to
    another workspace is reported as not found.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantGetResponse | Error]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
) -> AssistantGetResponse | Error | None:
    """Get one assistant

     Returns the stored configuration of one assistant of the workspace, including blocks the
    platform filled in itself: for preset variants `variant.config.inputSchema` lists the
    call-payload fields the flow expects, and `agent.tools` comes back grouped by
    integration rather than as the flat id list sent on create. An id that belongs to
    another workspace is reported as not found.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantGetResponse | Error
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
        )
    ).parsed
