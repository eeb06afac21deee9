from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_api_tool_request import UpdateApiToolRequest
from ...models.update_api_tool_response import UpdateApiToolResponse
from ...types import Response


def _get_kwargs(
    tool_id: str,
    *,
    body: UpdateApiToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/admin/tool/api/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateApiToolResponse | None:
    if response.status_code == 200:
        response_200 = UpdateApiToolResponse.from_dict(response.json())

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
) -> Response[Error | UpdateApiToolResponse]:
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
    body: UpdateApiToolRequest,
) -> Response[Error | UpdateApiToolResponse]:
    """Update an API tool

     Partial update: only the fields present in the body change, the rest keep their stored values.
    Sending `parameters` or `headers` replaces that whole list (inferred from the field-by-field update;
    the sources do not say whether lists are merged). Set `isActive: false` to stop every assistant from
    calling the tool without editing the assistants. Renaming to a name that clashes with another tool
    of the workspace is refused with 409.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.
        body (UpdateApiToolRequest): Fields to change on a tool. Every field is optional; omitted
            ones keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateApiToolResponse]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiToolRequest,
) -> Error | UpdateApiToolResponse | None:
    """Update an API tool

     Partial update: only the fields present in the body change, the rest keep their stored values.
    Sending `parameters` or `headers` replaces that whole list (inferred from the field-by-field update;
    the sources do not say whether lists are merged). Set `isActive: false` to stop every assistant from
    calling the tool without editing the assistants. Renaming to a name that clashes with another tool
    of the workspace is refused with 409.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.
        body (UpdateApiToolRequest): Fields to change on a tool. Every field is optional; omitted
            ones keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateApiToolResponse
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiToolRequest,
) -> Response[Error | UpdateApiToolResponse]:
    """Update an API tool

     Partial update: only the fields present in the body change, the rest keep their stored values.
    Sending `parameters` or `headers` replaces that whole list (inferred from the field-by-field update;
    the sources do not say whether lists are merged). Set `isActive: false` to stop every assistant from
    calling the tool without editing the assistants. Renaming to a name that clashes with another tool
    of the workspace is refused with 409.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.
        body (UpdateApiToolRequest): Fields to change on a tool. Every field is optional; omitted
            ones keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateApiToolResponse]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiToolRequest,
) -> Error | UpdateApiToolResponse | None:
    """Update an API tool

     Partial update: only the fields present in the body change, the rest keep their stored values.
    Sending `parameters` or `headers` replaces that whole list (inferred from the field-by-field update;
    the sources do not say whether lists are merged). Set `isActive: false` to stop every assistant from
    calling the tool without editing the assistants. Renaming to a name that clashes with another tool
    of the workspace is refused with 409.

    Args:
        tool_id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.
        body (UpdateApiToolRequest): Fields to change on a tool. Every field is optional; omitted
            ones keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateApiToolResponse
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            body=body,
        )
    ).parsed
