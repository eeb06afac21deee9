from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.start_upload_session_request import StartUploadSessionRequest
from ...models.start_upload_session_response import StartUploadSessionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StartUploadSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/knowledge-base/upload/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StartUploadSessionResponse | None:
    if response.status_code == 201:
        response_201 = StartUploadSessionResponse.from_dict(response.json())

        return response_201

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
) -> Response[Error | StartUploadSessionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartUploadSessionRequest,
) -> Response[Error | StartUploadSessionResponse]:
    """Start a chunked document upload

     First of three steps. Announces a document (name, size in bytes, MIME type, number of chunks) and
    opens an upload session whose id the chunk and complete operations take. Split the file into pieces
    of at most 10 MB (10,485,760 bytes) and announce exactly as many chunks as you will send. Files may
    be at most 100 MB (104,857,600 bytes) and must be PDF, plain text, Markdown or Word `.docx`;
    anything else is refused with 400.

    **Where the session id is.** Sources disagree on the 201 body: one shows the id at the top level
    (`{message, sessionId}`), the other inside an envelope (`{status_code, message, data:
    {sessionId}}`). The response schema accepts both, and at least one of the two places is always
    filled: read `sessionId`, and fall back to `data.sessionId` when it is absent.

    Args:
        body (StartUploadSessionRequest): The document about to be uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StartUploadSessionResponse]
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
    body: StartUploadSessionRequest,
) -> Error | StartUploadSessionResponse | None:
    """Start a chunked document upload

     First of three steps. Announces a document (name, size in bytes, MIME type, number of chunks) and
    opens an upload session whose id the chunk and complete operations take. Split the file into pieces
    of at most 10 MB (10,485,760 bytes) and announce exactly as many chunks as you will send. Files may
    be at most 100 MB (104,857,600 bytes) and must be PDF, plain text, Markdown or Word `.docx`;
    anything else is refused with 400.

    **Where the session id is.** Sources disagree on the 201 body: one shows the id at the top level
    (`{message, sessionId}`), the other inside an envelope (`{status_code, message, data:
    {sessionId}}`). The response schema accepts both, and at least one of the two places is always
    filled: read `sessionId`, and fall back to `data.sessionId` when it is absent.

    Args:
        body (StartUploadSessionRequest): The document about to be uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StartUploadSessionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartUploadSessionRequest,
) -> Response[Error | StartUploadSessionResponse]:
    """Start a chunked document upload

     First of three steps. Announces a document (name, size in bytes, MIME type, number of chunks) and
    opens an upload session whose id the chunk and complete operations take. Split the file into pieces
    of at most 10 MB (10,485,760 bytes) and announce exactly as many chunks as you will send. Files may
    be at most 100 MB (104,857,600 bytes) and must be PDF, plain text, Markdown or Word `.docx`;
    anything else is refused with 400.

    **Where the session id is.** Sources disagree on the 201 body: one shows the id at the top level
    (`{message, sessionId}`), the other inside an envelope (`{status_code, message, data:
    {sessionId}}`). The response schema accepts both, and at least one of the two places is always
    filled: read `sessionId`, and fall back to `data.sessionId` when it is absent.

    Args:
        body (StartUploadSessionRequest): The document about to be uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StartUploadSessionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartUploadSessionRequest,
) -> Error | StartUploadSessionResponse | None:
    """Start a chunked document upload

     First of three steps. Announces a document (name, size in bytes, MIME type, number of chunks) and
    opens an upload session whose id the chunk and complete operations take. Split the file into pieces
    of at most 10 MB (10,485,760 bytes) and announce exactly as many chunks as you will send. Files may
    be at most 100 MB (104,857,600 bytes) and must be PDF, plain text, Markdown or Word `.docx`;
    anything else is refused with 400.

    **Where the session id is.** Sources disagree on the 201 body: one shows the id at the top level
    (`{message, sessionId}`), the other inside an envelope (`{status_code, message, data:
    {sessionId}}`). The response schema accepts both, and at least one of the two places is always
    filled: read `sessionId`, and fall back to `data.sessionId` when it is absent.

    Args:
        body (StartUploadSessionRequest): The document about to be uploaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StartUploadSessionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
