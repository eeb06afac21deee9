from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_api_tool_request import CreateApiToolRequest
from ...models.create_api_tool_response import CreateApiToolResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateApiToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/tool/api",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateApiToolResponse | Error | None:
    if response.status_code == 201:
        response_201 = CreateApiToolResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[CreateApiToolResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiToolRequest,
) -> Response[CreateApiToolResponse | Error]:
    """Create an API tool

     Registers an HTTP endpoint that assistants in this workspace may call in the middle of a
    conversation. The server derives a `slug` from `name`; no two tools of a workspace may share a name,
    and a name whose slug matches an existing tool is refused with 409.

    `description` is what the model reads when deciding whether to call the tool, so phrase it as "use
    this when…". `parameters` lists the values the model must collect (or, with `value`, fixed values)
    and is returned later as `config.body`. The tool starts active unless `isActive` is `false`.

    Args:
        body (CreateApiToolRequest): A new HTTP tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiToolResponse | Error]
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
    body: CreateApiToolRequest,
) -> CreateApiToolResponse | Error | None:
    """Create an API tool

     Registers an HTTP endpoint that assistants in this workspace may call in the middle of a
    conversation. The server derives a `slug` from `name`; no two tools of a workspace may share a name,
    and a name whose slug matches an existing tool is refused with 409.

    `description` is what the model reads when deciding whether to call the tool, so phrase it as "use
    this when…". `parameters` lists the values the model must collect (or, with `value`, fixed values)
    and is returned later as `config.body`. The tool starts active unless `isActive` is `false`.

    Args:
        body (CreateApiToolRequest): A new HTTP tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiToolResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiToolRequest,
) -> Response[CreateApiToolResponse | Error]:
    """Create an API tool

     Registers an HTTP endpoint that assistants in this workspace may call in the middle of a
    conversation. The server derives a `slug` from `name`; no two tools of a workspace may share a name,
    and a name whose slug matches an existing tool is refused with 409.

    `description` is what the model reads when deciding whether to call the tool, so phrase it as "use
    this when…". `parameters` lists the values the model must collect (or, with `value`, fixed values)
    and is returned later as `config.body`. The tool starts active unless `isActive` is `false`.

    Args:
        body (CreateApiToolRequest): A new HTTP tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiToolResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateApiToolRequest,
) -> CreateApiToolResponse | Error | None:
    """Create an API tool

     Registers an HTTP endpoint that assistants in this workspace may call in the middle of a
    conversation. The server derives a `slug` from `name`; no two tools of a workspace may share a name,
    and a name whose slug matches an existing tool is refused with 409.

    `description` is what the model reads when deciding whether to call the tool, so phrase it as "use
    this when…". `parameters` lists the values the model must collect (or, with `value`, fixed values)
    and is returned later as `config.body`. The tool starts active unless `isActive` is `false`.

    Args:
        body (CreateApiToolRequest): A new HTTP tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiToolResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
