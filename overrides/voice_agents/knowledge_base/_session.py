"""Upload sessions: the three steps of a chunked upload and the wait for indexing (internal).

:class:`UploadSession` (sync) and :class:`AsyncUploadSession` (``asyncio``) drive one upload
session step by step; :func:`~voice_agents.knowledge_base.upload_file` is a loop over them.
Every failure becomes an :class:`~voice_agents.errors.UploadError` that says which step failed
and carries the session id, chunk index and file id known at that point; the error that caused
it (``APIStatusError``, ``APIConnectionError``, ...) is its ``__cause__``.
"""

from __future__ import annotations

from collections.abc import Callable

from voice_agents_client import AuthenticatedClient
from voice_agents_client.api.knowledge_base import (
    complete_upload,
    get_knowledge_base_file,
    start_upload,
    upload_chunk,
)
from voice_agents_client.models import (
    CompleteUploadResponse,
    KnowledgeBaseFile,
    KnowledgeBaseFileResponse,
    StartUploadSessionResponse,
    UploadChunkResponse,
    UploadMimeType,
)

from ._source import check_positive
from ._steps import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_TIMEOUT,
    STEP_ERRORS,
    SessionState,
    after_poll,
    check_client,
    check_start,
    clock_of,
    expect_model,
    release,
    session_id_of,
    start_body,
    start_failed,
    step_error,
)

__all__ = ["AsyncUploadSession", "UploadSession"]


class UploadSession(SessionState):
    """One upload session, driven step by step (for callers who run the loop themselves).

    Example:
        >>> session = UploadSession.start(  # doctest: +SKIP
        ...     client, file_name="faq.md", file_size=len(data), total_chunks=1
        ... )
        >>> session.send_chunk(0, data)  # doctest: +SKIP
        >>> session.complete()  # doctest: +SKIP
        >>> ready = session.wait()  # doctest: +SKIP

    Chunks go strictly in order; after a failed :meth:`send_chunk` the same index is the next
    one, so the caller decides whether to send it again (see the retry note in
    :mod:`voice_agents.knowledge_base`).

    Attributes:
        session_id: The id ``start_upload`` returned.
        next_chunk: Index of the next chunk to send.
        bytes_sent: Bytes acknowledged so far.
        file_id: The knowledge-base file id, once completed.
        status: The file's last known indexing status, once completed.
    """

    @classmethod
    def start(
        cls,
        client: AuthenticatedClient,
        *,
        file_name: str,
        file_size: int,
        total_chunks: int,
        mime_type: UploadMimeType | None = None,
    ) -> UploadSession:
        """Open a session with ``start_upload``.

        Raises:
            UploadValidationError: An argument is outside the API's limits (nothing sent).
            UploadError: ``start_upload`` failed (phase ``"start"``).
        """
        check_client(client)
        check_start(file_name, file_size, total_chunks)
        body = start_body(file_name, file_size, total_chunks, mime_type)
        try:
            response = start_upload.sync_detailed(client=client, body=body)
        except STEP_ERRORS as exc:
            raise start_failed(f"start_upload failed: {exc}") from exc
        started = expect_model(response, StartUploadSessionResponse, "start_upload", start_failed)
        session_id = session_id_of(started)
        if session_id is None:
            raise start_failed("the answer holds no session id")
        return cls(
            client,
            session_id=session_id,
            file_name=file_name,
            file_size=file_size,
            total_chunks=total_chunks,
        )

    def send_chunk(self, index: int, data: bytes) -> None:
        """Send chunk ``index`` (the next one) with ``upload_chunk``.

        Raises:
            UploadValidationError: Out of order, too large, or more than announced.
            UploadError: ``upload_chunk`` failed (phase ``"chunk"``, ``chunk_index`` set).
        """
        body = self.chunk_body(index, data)
        try:
            response = upload_chunk.sync_detailed(self.session_id, client=self.client, body=body)
        except STEP_ERRORS as exc:
            raise step_error(self, "chunk", f"upload_chunk {index}", exc, index) from exc
        finally:
            release(body)
        expect_model(
            response,
            UploadChunkResponse,
            f"upload_chunk {index}",
            lambda m: self.error("chunk", m, chunk_index=index),
        )
        self.chunk_sent(len(data))

    def complete(self) -> CompleteUploadResponse:
        """Finish the upload with ``complete_upload``; sets :attr:`file_id` and :attr:`status`.

        Raises:
            UploadValidationError: Not every chunk is sent yet.
            UploadError: ``complete_upload`` failed (phase ``"complete"``).
        """
        self.check_complete()
        try:
            response = complete_upload.sync_detailed(self.session_id, client=self.client)
        except STEP_ERRORS as exc:
            raise step_error(self, "complete", "complete_upload", exc) from exc
        done = expect_model(
            response,
            CompleteUploadResponse,
            "complete_upload",
            lambda m: self.error("complete", m),
        )
        self.completed(done)
        return done

    def poll(self) -> KnowledgeBaseFile:
        """Read the file once with ``get_knowledge_base_file``; updates :attr:`status`.

        Raises:
            UploadError: The request failed (phase ``"poll"``).
        """
        file_id = self.require_file_id()
        try:
            response = get_knowledge_base_file.sync_detailed(file_id, client=self.client)
        except STEP_ERRORS as exc:
            raise step_error(self, "poll", "get_knowledge_base_file", exc) from exc
        answer = expect_model(
            response,
            KnowledgeBaseFileResponse,
            "get_knowledge_base_file",
            lambda m: self.error("poll", m),
        )
        return self.polled(answer)

    def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
        on_poll: Callable[[KnowledgeBaseFile], None] | None = None,
    ) -> KnowledgeBaseFile:
        """Poll until the file is ``ready``; the first poll is immediate.

        Args:
            poll_interval: Seconds between polls.
            timeout: Seconds to keep polling; one last poll happens at the deadline.
            on_poll: Called with the file after each poll.

        Returns:
            The file, ``ready``.

        Raises:
            UploadError: Indexing ``failed``, the time ran out (``status`` is the last one
                seen), or a poll failed. Phase ``"poll"``, ``file_id`` set.
        """
        check_positive("poll_interval", poll_interval)
        check_positive("timeout", timeout)
        clock = clock_of(self.client)
        deadline = clock.monotonic() + timeout
        while True:
            current = self.poll()
            if on_poll is not None:
                on_poll(current)
            outcome = after_poll(self, timeout, clock.monotonic(), deadline, poll_interval)
            if isinstance(outcome, float):
                clock.sleep(outcome)
                continue
            return current


class AsyncUploadSession(SessionState):
    """The ``asyncio`` twin of :class:`UploadSession` (same steps, same errors)."""

    @classmethod
    async def start(
        cls,
        client: AuthenticatedClient,
        *,
        file_name: str,
        file_size: int,
        total_chunks: int,
        mime_type: UploadMimeType | None = None,
    ) -> AsyncUploadSession:
        """Open a session with ``start_upload`` (see :meth:`UploadSession.start`)."""
        check_client(client)
        check_start(file_name, file_size, total_chunks)
        body = start_body(file_name, file_size, total_chunks, mime_type)
        try:
            response = await start_upload.asyncio_detailed(client=client, body=body)
        except STEP_ERRORS as exc:
            raise start_failed(f"start_upload failed: {exc}") from exc
        started = expect_model(response, StartUploadSessionResponse, "start_upload", start_failed)
        session_id = session_id_of(started)
        if session_id is None:
            raise start_failed("the answer holds no session id")
        return cls(
            client,
            session_id=session_id,
            file_name=file_name,
            file_size=file_size,
            total_chunks=total_chunks,
        )

    async def send_chunk(self, index: int, data: bytes) -> None:
        """Send chunk ``index`` (see :meth:`UploadSession.send_chunk`)."""
        body = self.chunk_body(index, data)
        try:
            response = await upload_chunk.asyncio_detailed(
                self.session_id, client=self.client, body=body
            )
        except STEP_ERRORS as exc:
            raise step_error(self, "chunk", f"upload_chunk {index}", exc, index) from exc
        finally:
            release(body)
        expect_model(
            response,
            UploadChunkResponse,
            f"upload_chunk {index}",
            lambda m: self.error("chunk", m, chunk_index=index),
        )
        self.chunk_sent(len(data))

    async def complete(self) -> CompleteUploadResponse:
        """Finish the upload (see :meth:`UploadSession.complete`)."""
        self.check_complete()
        try:
            response = await complete_upload.asyncio_detailed(self.session_id, client=self.client)
        except STEP_ERRORS as exc:
            raise step_error(self, "complete", "complete_upload", exc) from exc
        done = expect_model(
            response,
            CompleteUploadResponse,
            "complete_upload",
            lambda m: self.error("complete", m),
        )
        self.completed(done)
        return done

    async def poll(self) -> KnowledgeBaseFile:
        """Read the file once (see :meth:`UploadSession.poll`)."""
        file_id = self.require_file_id()
        try:
            response = await get_knowledge_base_file.asyncio_detailed(file_id, client=self.client)
        except STEP_ERRORS as exc:
            raise step_error(self, "poll", "get_knowledge_base_file", exc) from exc
        answer = expect_model(
            response,
            KnowledgeBaseFileResponse,
            "get_knowledge_base_file",
            lambda m: self.error("poll", m),
        )
        return self.polled(answer)

    async def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
        on_poll: Callable[[KnowledgeBaseFile], None] | None = None,
    ) -> KnowledgeBaseFile:
        """Poll until the file is ``ready`` (see :meth:`UploadSession.wait`)."""
        check_positive("poll_interval", poll_interval)
        check_positive("timeout", timeout)
        clock = clock_of(self.client)
        deadline = clock.monotonic() + timeout
        while True:
            current = await self.poll()
            if on_poll is not None:
                on_poll(current)
            outcome = after_poll(self, timeout, clock.monotonic(), deadline, poll_interval)
            if isinstance(outcome, float):
                await clock.async_sleep(outcome)
                continue
            return current
