from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.knowledge_base_file_response import KnowledgeBaseFileResponse
from ...types import Response


def _get_kwargs(
    knowledge_base_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/knowledge-base/files/{knowledge_base_id}".format(
            knowledge_base_id=quote(str(knowledge_base_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KnowledgeBaseFileResponse | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseFileResponse.from_dict(response.json())

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
) -> Response[Error | KnowledgeBaseFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    knowledge_base_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | KnowledgeBaseFileResponse]:
    """Get one knowledge-base file

     Returns one document of the workspace. After completing an upload, poll this operation with the
    returned `knowledgeBaseId` until `status` leaves `processing`: `ready` means the document can be
    searched, `failed` means it must be uploaded again. The sources give no polling interval; a few
    seconds is reasonable.

    Args:
        knowledge_base_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeBaseFileResponse]
    """

    kwargs = _get_kwargs(
        knowledge_base_id=knowledge_base_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    knowledge_base_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | KnowledgeBaseFileResponse | None:
    """Get one knowledge-base file

     Returns one document of the workspace. After completing an upload, poll this operation with the
    returned `knowledgeBaseId` until `status` leaves `processing`: `ready` means the document can be
    searched, `failed` means it must be uploaded again. The sources give no polling interval; a few
    seconds is reasonable.

    Args:
        knowledge_base_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeBaseFileResponse
    """

    return sync_detailed(
        knowledge_base_id=knowledge_base_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    knowledge_base_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | KnowledgeBaseFileResponse]:
    """Get one knowledge-base file

     Returns one document of the workspace. After completing an upload, poll this operation with the
    returned `knowledgeBaseId` until `status` leaves `processing`: `ready` means the document can be
    searched, `failed` means it must be uploaded again. The sources give no polling interval; a few
    seconds is reasonable.

    Args:
        knowledge_base_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeBaseFileResponse]
    """

    kwargs = _get_kwargs(
        knowledge_base_id=knowledge_base_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    knowledge_base_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | KnowledgeBaseFileResponse | None:
    """Get one knowledge-base file

     Returns one document of the workspace. After completing an upload, poll this operation with the
    returned `knowledgeBaseId` until `status` leaves `processing`: `ready` means the document can be
    searched, `failed` means it must be uploaded again. The sources give no polling interval; a few
    seconds is reasonable.

    Args:
        knowledge_base_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeBaseFileResponse
    """

    return (
        await asyncio_detailed(
            knowledge_base_id=knowledge_base_id,
            client=client,
        )
    ).parsed
