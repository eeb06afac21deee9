"""The ``knowledge_base`` resource: ``list_files`` (list_knowledge_base_files), ``get_file`` (get_knowledge_base_file), ``start_upload`` (start_upload), ``upload_chunk`` (upload_chunk), ``complete_upload`` (complete_upload), ``delete_collection`` (delete_collection)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import overload

import httpx

from ..api.knowledge_base import complete_upload as _complete_upload
from ..api.knowledge_base import delete_collection as _delete_collection
from ..api.knowledge_base import get_knowledge_base_file as _get_knowledge_base_file
from ..api.knowledge_base import list_knowledge_base_files as _list_knowledge_base_files
from ..api.knowledge_base import start_upload as _start_upload
from ..api.knowledge_base import upload_chunk as _upload_chunk
from ..models.complete_upload_response import CompleteUploadResponse
from ..models.delete_collection_response import DeleteCollectionResponse
from ..models.error import Error
from ..models.knowledge_base_file_list_response import KnowledgeBaseFileListResponse
from ..models.knowledge_base_file_response import KnowledgeBaseFileResponse
from ..models.start_upload_session_request import StartUploadSessionRequest
from ..models.start_upload_session_response import StartUploadSessionResponse
from ..models.upload_chunk_request import UploadChunkRequest
from ..models.upload_chunk_response import UploadChunkResponse
from ..models.upload_mime_type import UploadMimeType
from ..types import UNSET, File, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncKnowledgeBase",
    "AsyncKnowledgeBaseWithRawResponse",
    "KnowledgeBase",
    "KnowledgeBaseWithRawResponse",
]


class KnowledgeBase(SyncResource):
    """The ``knowledge_base`` operations: ``client.knowledge_base.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: KnowledgeBaseWithRawResponse

    @property
    def with_raw_response(self) -> KnowledgeBaseWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = KnowledgeBaseWithRawResponse(self._runtime)
            return self._raw

    def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> KnowledgeBaseFileListResponse:
        """List knowledge-base files

        Returns every document uploaded to the current workspace, each with its indexing `status`
        and the `collectionName` of the retrieval collection built from it. The collection name is
        what the delete operation takes.


        Returns:
            KnowledgeBaseFileListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``KnowledgeBaseFileListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_knowledge_base_files._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.list_files",
            _list_knowledge_base_files._parse_response,
            response,
        )
        if isinstance(parsed, KnowledgeBaseFileListResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.list_files", response)

    def get_file(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> KnowledgeBaseFileResponse:
        """Get one knowledge-base file

        Returns one document of the workspace. After completing an upload, poll this operation with
        the returned `knowledgeBaseId` until `status` leaves `processing`: `ready` means the
        document can be searched, `failed` means it must be uploaded again. The sources give no
        polling interval; a few seconds is reasonable.

        Args:
            knowledge_base_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            KnowledgeBaseFileResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``KnowledgeBaseFileResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_knowledge_base_file._get_kwargs(
            knowledge_base_id=knowledge_base_id,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.get_file",
            _get_knowledge_base_file._parse_response,
            response,
        )
        if isinstance(parsed, KnowledgeBaseFileResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.get_file", response)

    @overload
    def start_upload(
        self,
        *,
        file_name: str,
        total_chunks: int,
        file_size: int,
        mime_type: UploadMimeType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> StartUploadSessionResponse: ...

    @overload
    def start_upload(
        self,
        *,
        body: StartUploadSessionRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> StartUploadSessionResponse: ...

    def start_upload(
        self,
        *,
        file_name: str | Unset = UNSET,
        total_chunks: int | Unset = UNSET,
        file_size: int | Unset = UNSET,
        mime_type: UploadMimeType | Unset = UNSET,
        body: StartUploadSessionRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> StartUploadSessionResponse:
        """Start a chunked document upload

        First of three steps. Announces a document (name, size in bytes, MIME type, number of
        chunks) and opens an upload session whose id the chunk and complete operations take. Split
        the file into pieces of at most 10 MB (10,485,760 bytes) and announce exactly as many chunks
        as you will send. Files may be at most 100 MB (104,857,600 bytes) and must be PDF, plain
        text, Markdown or Word `.docx`; anything else is refused with 400.

        **Where the session id is.** Sources disagree on the 201 body: one shows the id at the top
        level (`{message, sessionId}`), the other inside an envelope (`{status_code, message, data:
        {sessionId}}`). The response schema accepts both, and at least one of the two places is
        always filled: read `sessionId`, and fall back to `data.sessionId` when it is absent.

        Args:
            file_name: Original file name with its extension.
            total_chunks: How many chunks will be sent. Chunks are at most 10 MB, so this is at least the file
                size divided by 10,485,760, rounded up.
            file_size: Size of the whole file in bytes; at most 100 MB.
            mime_type: Document types the knowledge base accepts: PDF, plain text, Word `.docx` and Markdown.
            body: The whole request as a prepared ``StartUploadSessionRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            StartUploadSessionResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``StartUploadSessionResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(file_name, Unset)
                or isinstance(total_chunks, Unset)
                or isinstance(file_size, Unset)
            ):
                raise self._runtime.missing(
                    "knowledge_base.start_upload",
                    ("file_name", "total_chunks", "file_size"),
                    (file_name, total_chunks, file_size),
                )
            body = StartUploadSessionRequest(
                file_name=file_name,
                total_chunks=total_chunks,
                file_size=file_size,
                mime_type=mime_type,
            )
        elif not (
            isinstance(file_name, Unset)
            and isinstance(total_chunks, Unset)
            and isinstance(file_size, Unset)
            and isinstance(mime_type, Unset)
        ):
            raise self._runtime.conflict(
                "knowledge_base.start_upload",
                ("file_name", "total_chunks", "file_size", "mime_type"),
                (file_name, total_chunks, file_size, mime_type),
            )
        kwargs = _start_upload._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.start_upload", _start_upload._parse_response, response
        )
        if isinstance(parsed, StartUploadSessionResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.start_upload", response)

    @overload
    def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File,
        chunk_index: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UploadChunkResponse: ...

    @overload
    def upload_chunk(
        self,
        session_id: str,
        *,
        body: UploadChunkRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UploadChunkResponse: ...

    def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File | Unset = UNSET,
        chunk_index: int | Unset = UNSET,
        body: UploadChunkRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UploadChunkResponse:
        """Upload one chunk of a document

        Second step, repeated once per chunk. Send the chunks one after another, in order, with
        `chunkIndex` counting from 0. The body is `multipart/form-data` with exactly two parts: the
        raw bytes in `chunk` and the index in `chunkIndex`. A body without the `chunk` part, an
        index below 0, or more than 10 MB of data in one part is refused with 400. Retrying a chunk
        that failed is not described by the sources.

        Send `chunk` as a file part that carries a file name and `Content-Type: application/octet-
        stream`, as `curl -F chunk=@part-0.bin` and browser `FormData` do: multipart parsers usually
        treat a part without a file name as an ordinary text field, which the server would then
        report as a missing chunk (inferred). With the generated client that means
        `File(payload=..., file_name="part-0.bin", mime_type="application/octet-stream")`.

        Args:
            session_id: See the spec.
            chunk: The bytes of this piece of the file, at most 10 MB (10,485,760 bytes). Every chunk but
                the last should be full size.
            chunk_index: Position of the chunk in the file, counting from 0.
            body: The whole request as a prepared ``UploadChunkRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UploadChunkResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UploadChunkResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(chunk, Unset) or isinstance(chunk_index, Unset):
                raise self._runtime.missing(
                    "knowledge_base.upload_chunk",
                    ("chunk", "chunk_index"),
                    (chunk, chunk_index),
                )
            body = UploadChunkRequest(
                chunk=chunk,
                chunk_index=chunk_index,
            )
        elif not (isinstance(chunk, Unset) and isinstance(chunk_index, Unset)):
            raise self._runtime.conflict(
                "knowledge_base.upload_chunk",
                ("chunk", "chunk_index"),
                (chunk, chunk_index),
            )
        kwargs = _upload_chunk._get_kwargs(
            session_id=session_id,
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.upload_chunk", _upload_chunk._parse_response, response
        )
        if isinstance(parsed, UploadChunkResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.upload_chunk", response)

    def complete_upload(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CompleteUploadResponse:
        """Finish an upload and start indexing

        Third step. Closes the session, creates the knowledge-base file and starts indexing it in
        the background; no request body. The answer is a bare object (no `data` envelope) holding
        the new `knowledgeBaseId`; poll `get_knowledge_base_file` with it until the status is
        `ready` or `failed`. Refused with 400 when the session is no longer in its uploading state
        or has already produced a file, so completing twice does not create two files.

        Args:
            session_id: See the spec.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            CompleteUploadResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``CompleteUploadResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _complete_upload._get_kwargs(
            session_id=session_id,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.complete_upload", _complete_upload._parse_response, response
        )
        if isinstance(parsed, CompleteUploadResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.complete_upload", response)

    def delete_collection(
        self,
        collection_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> DeleteCollectionResponse:
        """Delete a knowledge-base collection

        Removes a retrieval collection and everything indexed in it, for good. The path takes the
        file's `collectionName`, not its `_id`. A collection that an assistant still uses is refused
        with 409: detach it from the assistant's knowledge base first.

        Args:
            collection_name: See the spec.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            DeleteCollectionResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``DeleteCollectionResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _delete_collection._get_kwargs(
            collection_name=collection_name,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.delete_collection",
            _delete_collection._parse_response,
            response,
        )
        if isinstance(parsed, DeleteCollectionResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.delete_collection", response)


class KnowledgeBaseWithRawResponse(SyncResource):
    """``knowledge_base`` returning whole responses: ``client.knowledge_base.with_raw_response.<method>(...)``."""

    __slots__ = ()

    def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | KnowledgeBaseFileListResponse]:
        """List knowledge-base files; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.list_files``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | KnowledgeBaseFileListResponse]
        """
        kwargs = _list_knowledge_base_files._get_kwargs()

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.list_files",
            _list_knowledge_base_files._build_response,
            response,
        )

    def get_file(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | KnowledgeBaseFileResponse]:
        """Get one knowledge-base file; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.get_file``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | KnowledgeBaseFileResponse]
        """
        kwargs = _get_knowledge_base_file._get_kwargs(
            knowledge_base_id=knowledge_base_id,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.get_file",
            _get_knowledge_base_file._build_response,
            response,
        )

    @overload
    def start_upload(
        self,
        *,
        file_name: str,
        total_chunks: int,
        file_size: int,
        mime_type: UploadMimeType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | StartUploadSessionResponse]: ...

    @overload
    def start_upload(
        self,
        *,
        body: StartUploadSessionRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | StartUploadSessionResponse]: ...

    def start_upload(
        self,
        *,
        file_name: str | Unset = UNSET,
        total_chunks: int | Unset = UNSET,
        file_size: int | Unset = UNSET,
        mime_type: UploadMimeType | Unset = UNSET,
        body: StartUploadSessionRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | StartUploadSessionResponse]:
        """Start a chunked document upload; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.start_upload``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | StartUploadSessionResponse]
        """
        if body is None:
            if (
                isinstance(file_name, Unset)
                or isinstance(total_chunks, Unset)
                or isinstance(file_size, Unset)
            ):
                raise self._runtime.missing(
                    "knowledge_base.start_upload",
                    ("file_name", "total_chunks", "file_size"),
                    (file_name, total_chunks, file_size),
                )
            body = StartUploadSessionRequest(
                file_name=file_name,
                total_chunks=total_chunks,
                file_size=file_size,
                mime_type=mime_type,
            )
        elif not (
            isinstance(file_name, Unset)
            and isinstance(total_chunks, Unset)
            and isinstance(file_size, Unset)
            and isinstance(mime_type, Unset)
        ):
            raise self._runtime.conflict(
                "knowledge_base.start_upload",
                ("file_name", "total_chunks", "file_size", "mime_type"),
                (file_name, total_chunks, file_size, mime_type),
            )
        kwargs = _start_upload._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (201, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.start_upload", _start_upload._build_response, response
        )

    @overload
    def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File,
        chunk_index: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UploadChunkResponse]: ...

    @overload
    def upload_chunk(
        self,
        session_id: str,
        *,
        body: UploadChunkRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UploadChunkResponse]: ...

    def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File | Unset = UNSET,
        chunk_index: int | Unset = UNSET,
        body: UploadChunkRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UploadChunkResponse]:
        """Upload one chunk of a document; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.upload_chunk``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UploadChunkResponse]
        """
        if body is None:
            if isinstance(chunk, Unset) or isinstance(chunk_index, Unset):
                raise self._runtime.missing(
                    "knowledge_base.upload_chunk",
                    ("chunk", "chunk_index"),
                    (chunk, chunk_index),
                )
            body = UploadChunkRequest(
                chunk=chunk,
                chunk_index=chunk_index,
            )
        elif not (isinstance(chunk, Unset) and isinstance(chunk_index, Unset)):
            raise self._runtime.conflict(
                "knowledge_base.upload_chunk",
                ("chunk", "chunk_index"),
                (chunk, chunk_index),
            )
        kwargs = _upload_chunk._get_kwargs(
            session_id=session_id,
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.upload_chunk", _upload_chunk._build_response, response
        )

    def complete_upload(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CompleteUploadResponse | Error]:
        """Finish an upload and start indexing; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.complete_upload``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[CompleteUploadResponse | Error]
        """
        kwargs = _complete_upload._get_kwargs(
            session_id=session_id,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.complete_upload", _complete_upload._build_response, response
        )

    def delete_collection(
        self,
        collection_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[DeleteCollectionResponse | Error]:
        """Delete a knowledge-base collection; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.delete_collection``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[DeleteCollectionResponse | Error]
        """
        kwargs = _delete_collection._get_kwargs(
            collection_name=collection_name,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.delete_collection",
            _delete_collection._build_response,
            response,
        )


class AsyncKnowledgeBase(AsyncResource):
    """The ``knowledge_base`` operations (awaitable): ``client.knowledge_base.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncKnowledgeBaseWithRawResponse

    @property
    def with_raw_response(self) -> AsyncKnowledgeBaseWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncKnowledgeBaseWithRawResponse(self._runtime)
            return self._raw

    async def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> KnowledgeBaseFileListResponse:
        """List knowledge-base files

        Returns every document uploaded to the current workspace, each with its indexing `status`
        and the `collectionName` of the retrieval collection built from it. The collection name is
        what the delete operation takes.


        Returns:
            KnowledgeBaseFileListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``KnowledgeBaseFileListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_knowledge_base_files._get_kwargs()

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.list_files",
            _list_knowledge_base_files._parse_response,
            response,
        )
        if isinstance(parsed, KnowledgeBaseFileListResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.list_files", response)

    async def get_file(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> KnowledgeBaseFileResponse:
        """Get one knowledge-base file

        Returns one document of the workspace. After completing an upload, poll this operation with
        the returned `knowledgeBaseId` until `status` leaves `processing`: `ready` means the
        document can be searched, `failed` means it must be uploaded again. The sources give no
        polling interval; a few seconds is reasonable.

        Args:
            knowledge_base_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            KnowledgeBaseFileResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``KnowledgeBaseFileResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_knowledge_base_file._get_kwargs(
            knowledge_base_id=knowledge_base_id,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.get_file",
            _get_knowledge_base_file._parse_response,
            response,
        )
        if isinstance(parsed, KnowledgeBaseFileResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.get_file", response)

    @overload
    async def start_upload(
        self,
        *,
        file_name: str,
        total_chunks: int,
        file_size: int,
        mime_type: UploadMimeType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> StartUploadSessionResponse: ...

    @overload
    async def start_upload(
        self,
        *,
        body: StartUploadSessionRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> StartUploadSessionResponse: ...

    async def start_upload(
        self,
        *,
        file_name: str | Unset = UNSET,
        total_chunks: int | Unset = UNSET,
        file_size: int | Unset = UNSET,
        mime_type: UploadMimeType | Unset = UNSET,
        body: StartUploadSessionRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> StartUploadSessionResponse:
        """Start a chunked document upload

        First of three steps. Announces a document (name, size in bytes, MIME type, number of
        chunks) and opens an upload session whose id the chunk and complete operations take. Split
        the file into pieces of at most 10 MB (10,485,760 bytes) and announce exactly as many chunks
        as you will send. Files may be at most 100 MB (104,857,600 bytes) and must be PDF, plain
        text, Markdown or Word `.docx`; anything else is refused with 400.

        **Where the session id is.** Sources disagree on the 201 body: one shows the id at the top
        level (`{message, sessionId}`), the other inside an envelope (`{status_code, message, data:
        {sessionId}}`). The response schema accepts both, and at least one of the two places is
        always filled: read `sessionId`, and fall back to `data.sessionId` when it is absent.

        Args:
            file_name: Original file name with its extension.
            total_chunks: How many chunks will be sent. Chunks are at most 10 MB, so this is at least the file
                size divided by 10,485,760, rounded up.
            file_size: Size of the whole file in bytes; at most 100 MB.
            mime_type: Document types the knowledge base accepts: PDF, plain text, Word `.docx` and Markdown.
            body: The whole request as a prepared ``StartUploadSessionRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            StartUploadSessionResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``StartUploadSessionResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(file_name, Unset)
                or isinstance(total_chunks, Unset)
                or isinstance(file_size, Unset)
            ):
                raise self._runtime.missing(
                    "knowledge_base.start_upload",
                    ("file_name", "total_chunks", "file_size"),
                    (file_name, total_chunks, file_size),
                )
            body = StartUploadSessionRequest(
                file_name=file_name,
                total_chunks=total_chunks,
                file_size=file_size,
                mime_type=mime_type,
            )
        elif not (
            isinstance(file_name, Unset)
            and isinstance(total_chunks, Unset)
            and isinstance(file_size, Unset)
            and isinstance(mime_type, Unset)
        ):
            raise self._runtime.conflict(
                "knowledge_base.start_upload",
                ("file_name", "total_chunks", "file_size", "mime_type"),
                (file_name, total_chunks, file_size, mime_type),
            )
        kwargs = _start_upload._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.start_upload", _start_upload._parse_response, response
        )
        if isinstance(parsed, StartUploadSessionResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.start_upload", response)

    @overload
    async def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File,
        chunk_index: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UploadChunkResponse: ...

    @overload
    async def upload_chunk(
        self,
        session_id: str,
        *,
        body: UploadChunkRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UploadChunkResponse: ...

    async def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File | Unset = UNSET,
        chunk_index: int | Unset = UNSET,
        body: UploadChunkRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UploadChunkResponse:
        """Upload one chunk of a document

        Second step, repeated once per chunk. Send the chunks one after another, in order, with
        `chunkIndex` counting from 0. The body is `multipart/form-data` with exactly two parts: the
        raw bytes in `chunk` and the index in `chunkIndex`. A body without the `chunk` part, an
        index below 0, or more than 10 MB of data in one part is refused with 400. Retrying a chunk
        that failed is not described by the sources.

        Send `chunk` as a file part that carries a file name and `Content-Type: application/octet-
        stream`, as `curl -F chunk=@part-0.bin` and browser `FormData` do: multipart parsers usually
        treat a part without a file name as an ordinary text field, which the server would then
        report as a missing chunk (inferred). With the generated client that means
        `File(payload=..., file_name="part-0.bin", mime_type="application/octet-stream")`.

        Args:
            session_id: See the spec.
            chunk: The bytes of this piece of the file, at most 10 MB (10,485,760 bytes). Every chunk but
                the last should be full size.
            chunk_index: Position of the chunk in the file, counting from 0.
            body: The whole request as a prepared ``UploadChunkRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UploadChunkResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UploadChunkResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(chunk, Unset) or isinstance(chunk_index, Unset):
                raise self._runtime.missing(
                    "knowledge_base.upload_chunk",
                    ("chunk", "chunk_index"),
                    (chunk, chunk_index),
                )
            body = UploadChunkRequest(
                chunk=chunk,
                chunk_index=chunk_index,
            )
        elif not (isinstance(chunk, Unset) and isinstance(chunk_index, Unset)):
            raise self._runtime.conflict(
                "knowledge_base.upload_chunk",
                ("chunk", "chunk_index"),
                (chunk, chunk_index),
            )
        kwargs = _upload_chunk._get_kwargs(
            session_id=session_id,
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.upload_chunk", _upload_chunk._parse_response, response
        )
        if isinstance(parsed, UploadChunkResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.upload_chunk", response)

    async def complete_upload(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CompleteUploadResponse:
        """Finish an upload and start indexing

        Third step. Closes the session, creates the knowledge-base file and starts indexing it in
        the background; no request body. The answer is a bare object (no `data` envelope) holding
        the new `knowledgeBaseId`; poll `get_knowledge_base_file` with it until the status is
        `ready` or `failed`. Refused with 400 when the session is no longer in its uploading state
        or has already produced a file, so completing twice does not create two files.

        Args:
            session_id: See the spec.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            CompleteUploadResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``CompleteUploadResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _complete_upload._get_kwargs(
            session_id=session_id,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.complete_upload", _complete_upload._parse_response, response
        )
        if isinstance(parsed, CompleteUploadResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.complete_upload", response)

    async def delete_collection(
        self,
        collection_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> DeleteCollectionResponse:
        """Delete a knowledge-base collection

        Removes a retrieval collection and everything indexed in it, for good. The path takes the
        file's `collectionName`, not its `_id`. A collection that an assistant still uses is refused
        with 409: detach it from the assistant's knowledge base first.

        Args:
            collection_name: See the spec.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            DeleteCollectionResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``DeleteCollectionResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _delete_collection._get_kwargs(
            collection_name=collection_name,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "knowledge_base.delete_collection",
            _delete_collection._parse_response,
            response,
        )
        if isinstance(parsed, DeleteCollectionResponse):
            return parsed
        raise self._runtime.unexpected("knowledge_base.delete_collection", response)


class AsyncKnowledgeBaseWithRawResponse(AsyncResource):
    """``knowledge_base`` returning whole responses: ``client.knowledge_base.with_raw_response.<method>(...)``."""

    __slots__ = ()

    async def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | KnowledgeBaseFileListResponse]:
        """List knowledge-base files; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.list_files``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | KnowledgeBaseFileListResponse]
        """
        kwargs = _list_knowledge_base_files._get_kwargs()

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.list_files",
            _list_knowledge_base_files._build_response,
            response,
        )

    async def get_file(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | KnowledgeBaseFileResponse]:
        """Get one knowledge-base file; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.get_file``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | KnowledgeBaseFileResponse]
        """
        kwargs = _get_knowledge_base_file._get_kwargs(
            knowledge_base_id=knowledge_base_id,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.get_file",
            _get_knowledge_base_file._build_response,
            response,
        )

    @overload
    async def start_upload(
        self,
        *,
        file_name: str,
        total_chunks: int,
        file_size: int,
        mime_type: UploadMimeType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | StartUploadSessionResponse]: ...

    @overload
    async def start_upload(
        self,
        *,
        body: StartUploadSessionRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | StartUploadSessionResponse]: ...

    async def start_upload(
        self,
        *,
        file_name: str | Unset = UNSET,
        total_chunks: int | Unset = UNSET,
        file_size: int | Unset = UNSET,
        mime_type: UploadMimeType | Unset = UNSET,
        body: StartUploadSessionRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | StartUploadSessionResponse]:
        """Start a chunked document upload; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.start_upload``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | StartUploadSessionResponse]
        """
        if body is None:
            if (
                isinstance(file_name, Unset)
                or isinstance(total_chunks, Unset)
                or isinstance(file_size, Unset)
            ):
                raise self._runtime.missing(
                    "knowledge_base.start_upload",
                    ("file_name", "total_chunks", "file_size"),
                    (file_name, total_chunks, file_size),
                )
            body = StartUploadSessionRequest(
                file_name=file_name,
                total_chunks=total_chunks,
                file_size=file_size,
                mime_type=mime_type,
            )
        elif not (
            isinstance(file_name, Unset)
            and isinstance(total_chunks, Unset)
            and isinstance(file_size, Unset)
            and isinstance(mime_type, Unset)
        ):
            raise self._runtime.conflict(
                "knowledge_base.start_upload",
                ("file_name", "total_chunks", "file_size", "mime_type"),
                (file_name, total_chunks, file_size, mime_type),
            )
        kwargs = _start_upload._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (201, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.start_upload", _start_upload._build_response, response
        )

    @overload
    async def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File,
        chunk_index: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UploadChunkResponse]: ...

    @overload
    async def upload_chunk(
        self,
        session_id: str,
        *,
        body: UploadChunkRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UploadChunkResponse]: ...

    async def upload_chunk(
        self,
        session_id: str,
        *,
        chunk: File | Unset = UNSET,
        chunk_index: int | Unset = UNSET,
        body: UploadChunkRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UploadChunkResponse]:
        """Upload one chunk of a document; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.upload_chunk``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UploadChunkResponse]
        """
        if body is None:
            if isinstance(chunk, Unset) or isinstance(chunk_index, Unset):
                raise self._runtime.missing(
                    "knowledge_base.upload_chunk",
                    ("chunk", "chunk_index"),
                    (chunk, chunk_index),
                )
            body = UploadChunkRequest(
                chunk=chunk,
                chunk_index=chunk_index,
            )
        elif not (isinstance(chunk, Unset) and isinstance(chunk_index, Unset)):
            raise self._runtime.conflict(
                "knowledge_base.upload_chunk",
                ("chunk", "chunk_index"),
                (chunk, chunk_index),
            )
        kwargs = _upload_chunk._get_kwargs(
            session_id=session_id,
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.upload_chunk", _upload_chunk._build_response, response
        )

    async def complete_upload(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CompleteUploadResponse | Error]:
        """Finish an upload and start indexing; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.complete_upload``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[CompleteUploadResponse | Error]
        """
        kwargs = _complete_upload._get_kwargs(
            session_id=session_id,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.complete_upload", _complete_upload._build_response, response
        )

    async def delete_collection(
        self,
        collection_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[DeleteCollectionResponse | Error]:
        """Delete a knowledge-base collection; the whole response, documented error statuses included.

        Takes the arguments of ``knowledge_base.delete_collection``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[DeleteCollectionResponse | Error]
        """
        kwargs = _delete_collection._get_kwargs(
            collection_name=collection_name,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "knowledge_base.delete_collection",
            _delete_collection._build_response,
            response,
        )
