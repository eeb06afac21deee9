from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_chunk_request import UploadChunkRequest
from ...models.upload_chunk_response import UploadChunkResponse
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: UploadChunkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/knowledge-base/upload/chunk/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UploadChunkResponse | None:
    if response.status_code == 200:
        response_200 = UploadChunkResponse.from_dict(response.json())

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
) -> Response[Error | UploadChunkResponse]:
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
    body: UploadChunkRequest,
) -> Response[Error | UploadChunkResponse]:
    """Upload one chunk of a document

     Second step, repeated once per chunk. Send the chunks one after another, in order, with `chunkIndex`
    counting from 0. The body is `multipart/form-data` with exactly two parts: the raw bytes in `chunk`
    and the index in `chunkIndex`. A body without the `chunk` part, an index below 0, or more than 10 MB
    of data in one part is refused with 400. Retrying a chunk that failed is not described by the
    sources.

    Send `chunk` as a file part that carries a file name and `Content-Type: application/octet-stream`,
    as `curl -F chunk=@part-0.bin` and browser `FormData` do: multipart parsers usually treat a part
    without a file name as an ordinary text field, which the server would then report as a missing chunk
    (inferred). With the generated client that means `File(payload=..., file_name="part-0.bin",
    mime_type="application/octet-stream")`.

    Args:
        session_id (str):
        body (UploadChunkRequest): The two form parts of a chunk upload. `chunk` is sent as a file
            part (`application/octet-stream`), `chunkIndex` as a plain-text field holding a decimal
            number. No other part is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadChunkResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadChunkRequest,
) -> Error | UploadChunkResponse | None:
    """Upload one chunk of a document

     Second step, repeated once per chunk. Send the chunks one after another, in order, with `chunkIndex`
    counting from 0. The body is `multipart/form-data` with exactly two parts: the raw bytes in `chunk`
    and the index in `chunkIndex`. A body without the `chunk` part, an index below 0, or more than 10 MB
    of data in one part is refused with 400. Retrying a chunk that failed is not described by the
    sources.

    Send `chunk` as a file part that carries a file name and `Content-Type: application/octet-stream`,
    as `curl -F chunk=@part-0.bin` and browser `FormData` do: multipart parsers usually treat a part
    without a file name as an ordinary text field, which the server would then report as a missing chunk
    (inferred). With the generated client that means `File(payload=..., file_name="part-0.bin",
    mime_type="application/octet-stream")`.

    Args:
        session_id (str):
        body (UploadChunkRequest): The two form parts of a chunk upload. `chunk` is sent as a file
            part (`application/octet-stream`), `chunkIndex` as a plain-text field holding a decimal
            number. No other part is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadChunkResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadChunkRequest,
) -> Response[Error | UploadChunkResponse]:
    """Upload one chunk of a document

     Second step, repeated once per chunk. Send the chunks one after another, in order, with `chunkIndex`
    counting from 0. The body is `multipart/form-data` with exactly two parts: the raw bytes in `chunk`
    and the index in `chunkIndex`. A body without the `chunk` part, an index below 0, or more than 10 MB
    of data in one part is refused with 400. Retrying a chunk that failed is not described by the
    sources.

    Send `chunk` as a file part that carries a file name and `Content-Type: application/octet-stream`,
    as `curl -F chunk=@part-0.bin` and browser `FormData` do: multipart parsers usually treat a part
    without a file name as an ordinary text field, which the server would then report as a missing chunk
    (inferred). With the generated client that means `File(payload=..., file_name="part-0.bin",
    mime_type="application/octet-stream")`.

    Args:
        session_id (str):
        body (UploadChunkRequest): The two form parts of a chunk upload. `chunk` is sent as a file
            part (`application/octet-stream`), `chunkIndex` as a plain-text field holding a decimal
            number. No other part is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadChunkResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadChunkRequest,
) -> Error | UploadChunkResponse | None:
    """Upload one chunk of a document

     Second step, repeated once per chunk. Send the chunks one after another, in order, with `chunkIndex`
    counting from 0. The body is `multipart/form-data` with exactly two parts: the raw bytes in `chunk`
    and the index in `chunkIndex`. A body without the `chunk` part, an index below 0, or more than 10 MB
    of data in one part is refused with 400. Retrying a chunk that failed is not described by the
    sources.

    Send `chunk` as a file part that carries a file name and `Content-Type: application/octet-stream`,
    as `curl -F chunk=@part-0.bin` and browser `FormData` do: multipart parsers usually treat a part
    without a file name as an ordinary text field, which the server would then report as a missing chunk
    (inferred). With the generated client that means `File(payload=..., file_name="part-0.bin",
    mime_type="application/octet-stream")`.

    Args:
        session_id (str):
        body (UploadChunkRequest): The two form parts of a chunk upload. `chunk` is sent as a file
            part (`application/octet-stream`), `chunkIndex` as a plain-text field holding a decimal
            number. No other part is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadChunkResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
