from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant_update_request import AssistantUpdateRequest
from ...models.assistant_update_response import AssistantUpdateResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    assistant_id: str,
    *,
    body: AssistantUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/admin/assistant/update/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantUpdateResponse | Error | None:
    if response.status_code == 200:
        response_200 = AssistantUpdateResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[AssistantUpdateResponse | Error]:
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
    body: AssistantUpdateRequest,
) -> Response[AssistantUpdateResponse | Error]:
    """Update an assistant

     Changes only the top-level blocks present in the body; anything left out keeps its stored
    value. Inside a block, what you send takes the place of what was there (for example
    `agent.tools` becomes exactly the list you send, and `preCall` is replaced as a whole),
    except `agent.identity`, where only the sub-fields you send change.

    The variant type is fixed at creation, so `variant` here carries `config` only and a
    `type` key is not accepted. Archived assistants cannot be changed (400). Renaming to a
    name another assistant of the workspace already uses gives 409.

    While the update is applied, campaigns running on this assistant pause for a moment and
    then continue. The platform also enforces a cooldown between successive updates of one
    assistant (its length is not documented); an update inside it may be refused with 429.
    The success body is the bare `{assistantId}`, without the usual `message`/`data`
    wrapper.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (AssistantUpdateRequest): Body of `update_assistant`. Every field is optional; a
            block you leave out is not touched, a block you send replaces the stored one (identity
            sub-fields excepted, see `AgentUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantUpdateResponse | Error]
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
    body: AssistantUpdateRequest,
) -> AssistantUpdateResponse | Error | None:
    """Update an assistant

     Changes only the top-level blocks present in the body; anything left out keeps its stored
    value. Inside a block, what you send takes the place of what was there (for example
    `agent.tools` becomes exactly the list you send, and `preCall` is replaced as a whole),
    except `agent.identity`, where only the sub-fields you send change.

    The variant type is fixed at creation, so `variant` here carries `config` only and a
    `type` key is not accepted. Archived assistants cannot be changed (400). Renaming to a
    name another assistant of the workspace already uses gives 409.

    While the update is applied, campaigns running on this assistant pause for a moment and
    then continue. The platform also enforces a cooldown between successive updates of one
    assistant (its length is not documented); an update inside it may be refused with 429.
    The success body is the bare `{assistantId}`, without the usual `message`/`data`
    wrapper.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (AssistantUpdateRequest): Body of `update_assistant`. Every field is optional; a
            block you leave out is not touched, a block you send replaces the stored one (identity
            sub-fields excepted, see `AgentUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantUpdateResponse | Error
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
    body: AssistantUpdateRequest,
) -> Response[AssistantUpdateResponse | Error]:
    """Update an assistant

     Changes only the top-level blocks present in the body; anything left out keeps its stored
    value. Inside a block, what you send takes the place of what was there (for example
    `agent.tools` becomes exactly the list you send, and `preCall` is replaced as a whole),
    except `agent.identity`, where only the sub-fields you send change.

    The variant type is fixed at creation, so `variant` here carries `config` only and a
    `type` key is not accepted. Archived assistants cannot be changed (400). Renaming to a
    name another assistant of the workspace already uses gives 409.

    While the update is applied, campaigns running on this assistant pause for a moment and
    then continue. The platform also enforces a cooldown between successive updates of one
    assistant (its length is not documented); an update inside it may be refused with 429.
    The success body is the bare `{assistantId}`, without the usual `message`/`data`
    wrapper.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (AssistantUpdateRequest): Body of `update_assistant`. Every field is optional; a
            block you leave out is not touched, a block you send replaces the stored one (identity
            sub-fields excepted, see `AgentUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantUpdateResponse | Error]
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
    body: AssistantUpdateRequest,
) -> AssistantUpdateResponse | Error | None:
    """Update an assistant

     Changes only the top-level blocks present in the body; anything left out keeps its stored
    value. Inside a block, what you send takes the place of what was there (for example
    `agent.tools` becomes exactly the list you send, and `preCall` is replaced as a whole),
    except `agent.identity`, where only the sub-fields you send change.

    The variant type is fixed at creation, so `variant` here carries `config` only and a
    `type` key is not accepted. Archived assistants cannot be changed (400). Renaming to a
    name another assistant of the workspace already uses gives 409.

    While the update is applied, campaigns running on this assistant pause for a moment and
    then continue. The platform also enforces a cooldown between successive updates of one
    assistant (its length is not documented); an update inside it may be refused with 429.
    The success body is the bare `{assistantId}`, without the usual `message`/`data`
    wrapper.

    Args:
        assistant_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.
        body (AssistantUpdateRequest): Body of `update_assistant`. Every field is optional; a
            block you leave out is not touched, a block you send replaces the stored one (identity
            sub-fields excepted, see `AgentUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantUpdateResponse | Error
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed
