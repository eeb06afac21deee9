from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_upload_response import CompleteUploadResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/knowledge-base/upload/complete/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompleteUploadResponse | Error | None:
    if response.status_code == 200:
        response_200 = CompleteUploadResponse.from_dict(response.json())

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
) -> Response[CompleteUploadResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CompleteUploadResponse | Error]:
    """Finish an upload and start indexing

     Third step. Closes the session, creates the knowledge-base file and starts indexing it in the
    background; no request body. The answer is a bare object (no `data` envelope) holding the new
    `knowledgeBaseId`; poll `get_knowledge_base_file` with it until the status is `ready` or `failed`.
    Refused with 400 when the session is no longer in its uploading state or has already produced a
    file, so completing twice does not create two files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteUploadResponse | Error]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> CompleteUploadResponse | Error | None:
    """Finish an upload and start indexing

     Third step. Closes the session, creates the knowledge-base file and starts indexing it in the
    background; no request body. The answer is a bare object (no `data` envelope) holding the new
    `knowledgeBaseId`; poll `get_knowledge_base_file` with it until the status is `ready` or `failed`.
    Refused with 400 when the session is no longer in its uploading state or has already produced a
    file, so completing twice does not create two files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteUploadResponse | Error
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CompleteUploadResponse | Error]:
    """Finish an upload and start indexing

     Third step. Closes the session, creates the knowledge-base file and starts indexing it in the
    background; no request body. The answer is a bare object (no `data` envelope) holding the new
    `knowledgeBaseId`; poll `get_knowledge_base_file` with it until the status is `ready` or `failed`.
    Refused with 400 when the session is no longer in its uploading state or has already produced a
    file, so completing twice does not create two files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteUploadResponse | Error]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> CompleteUploadResponse | Error | None:
    """Finish an upload and start indexing

     Third step. Closes the session, creates the knowledge-base file and starts indexing it in the
    background; no request body. The answer is a bare object (no `data` envelope) holding the new
    `knowledgeBaseId`; poll `get_knowledge_base_file` with it until the status is `ready` or `failed`.
    Refused with 400 when the session is no longer in its uploading state or has already produced a
    file, so completing twice does not create two files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteUploadResponse | Error
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
