"""Upload sessions: the three steps of a chunked upload and the wait for indexing (internal).

:class:`UploadSession` (sync) and :class:`AsyncUploadSession` (``asyncio``) drive one upload
session step by step; :func:`~voice_agents.knowledge_base.upload_file` is a loop over them.
Every failure becomes an :class:`~voice_agents.errors.UploadError` that says which step failed
and carries the session id, chunk index and file id known at that point; the error that caused
it (``APIStatusError``, ``APIConnectionError``, ...) is its ``__cause__``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

import httpx
from voice_agents_client import AuthenticatedClient
from voice_agents_client.api.knowledge_base import (
    complete_upload,
    get_knowledge_base_file,
    start_upload,
    upload_chunk,
)
from voice_agents_client.models import (
    CompleteUploadResponse,
    Error,
    KnowledgeBaseFile,
    KnowledgeBaseFileResponse,
    StartUploadSessionRequest,
    StartUploadSessionResponse,
    UploadChunkRequest,
    UploadChunkResponse,
    UploadMimeType,
)
from voice_agents_client.types import UNSET, File, Response

from ..errors import UploadError, UploadValidationError, VoiceAgentsError
from ..retry import Clock
from ._source import MAX_CHUNK_SIZE, MAX_CHUNKS, MAX_FILE_SIZE, check_positive

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_TIMEOUT",
    "TERMINAL_STATUSES",
    "AsyncUploadSession",
    "Phase",
    "ProgressCallback",
    "UploadProgress",
    "UploadSession",
]

DEFAULT_POLL_INTERVAL = 2.0
"""Seconds between two polls of the file's indexing status."""

DEFAULT_TIMEOUT = 600.0
"""Seconds to wait for indexing to end (``ready`` or ``failed``) after ``complete_upload``."""

TERMINAL_STATUSES = frozenset({"ready", "failed"})
"""Indexing statuses after which polling stops. Any other one (``processing``, or a value the
API adds later) means "not yet"."""

Phase = Literal["start", "chunk", "complete", "poll", "done"]
"""Where an upload is: session started, a chunk sent, upload completed, a status polled, done."""


@dataclass(frozen=True, slots=True)
class UploadProgress:
    """One progress report of an upload (frozen: keep it, compare it, put it in a queue).

    Reports come in order: one ``start``, one ``chunk`` per chunk, one ``complete``, then (when
    waiting) one ``poll`` per status check and one ``done``. ``bytes_sent`` and ``chunk`` never
    decrease.

    Attributes:
        phase: What just happened (see :data:`Phase`).
        bytes_sent: Bytes of the file the server has acknowledged so far.
        total: Size of the file in bytes.
        chunk: Chunks acknowledged so far.
        chunks: Chunks in the whole upload.
        status: The file's indexing status, from ``complete`` on (``processing``, ``ready``,
            ``failed``, ...).
        session_id: The upload session's id.
        file_id: The knowledge-base file id, from ``complete`` on.
    """

    phase: Phase
    bytes_sent: int
    total: int
    chunk: int
    chunks: int
    status: str | None = None
    session_id: str | None = None
    file_id: str | None = None

    @property
    def fraction(self) -> float:
        """Share of the bytes sent, from 0.0 to 1.0."""
        return self.bytes_sent / self.total if self.total else 1.0


ProgressCallback = Callable[[UploadProgress], None]
"""Called with each :class:`UploadProgress`; an exception it raises stops the upload."""

_T = TypeVar("_T")


def _clock_of(client: AuthenticatedClient) -> Clock:
    clock = getattr(client, "clock", None)
    return clock if isinstance(clock, Clock) else Clock()


def _status_text(value: object) -> str:
    return str(value.value) if hasattr(value, "value") else str(value)


def _expect(
    response: Response[_T | Error],
    expected: type[_T],
    what: str,
    error: Callable[[str], UploadError],
) -> _T:
    """The parsed 2xx answer of a step, or an UploadError saying what came back instead.

    With ``raise_on_error=True`` (the default) error statuses have raised already; this handles
    clients built with ``raise_on_error=False`` and plain generated clients.
    """
    parsed = response.parsed
    status = int(response.status_code)
    if 200 <= status <= 299 and isinstance(parsed, expected):
        return parsed
    if isinstance(parsed, Error):
        raise error(f"{what} returned {status}: {parsed.message}")
    raise error(f"{what} returned {status}, an answer the spec does not document for it")


def release(body: UploadChunkRequest) -> None:
    """Let go of a sent chunk's bytes at once.

    httpx responses reference themselves through their stream, so a response, its request and
    the request's multipart body are freed by the cycle collector, some time later. Closing the
    payload drops the chunk's bytes now, which keeps memory at one chunk instead of several.
    """
    body.chunk.payload.close()


def _check_client(client: object) -> None:
    if not isinstance(client, AuthenticatedClient):
        raise UploadValidationError(
            f"client must be a VoiceAgentsClient (or an AuthenticatedClient), got "
            f"{type(client).__name__}"
        )


def _check_start(file_name: str, file_size: int, total_chunks: int) -> None:
    if not isinstance(file_name, str) or not file_name.strip():
        raise UploadValidationError("file_name must be a non-empty string")
    if isinstance(file_size, bool) or not isinstance(file_size, int):
        raise UploadValidationError(f"file_size must be an int, got {file_size!r}")
    if not 1 <= file_size <= MAX_FILE_SIZE:
        raise UploadValidationError(
            f"file_size must be between 1 and {MAX_FILE_SIZE} bytes, got {file_size}"
        )
    if isinstance(total_chunks, bool) or not isinstance(total_chunks, int):
        raise UploadValidationError(f"total_chunks must be an int, got {total_chunks!r}")
    smallest = -(-file_size // MAX_CHUNK_SIZE)
    if not max(1, smallest) <= total_chunks <= min(MAX_CHUNKS, file_size):
        raise UploadValidationError(
            f"total_chunks must be between {smallest} (chunks of at most 10 MiB) and "
            f"{min(MAX_CHUNKS, file_size)} for {file_size} bytes, got {total_chunks}"
        )


def _start_body(
    file_name: str, file_size: int, total_chunks: int, mime_type: UploadMimeType | None
) -> StartUploadSessionRequest:
    return StartUploadSessionRequest(
        file_name=file_name,
        total_chunks=total_chunks,
        file_size=file_size,
        mime_type=mime_type if mime_type is not None else UNSET,
    )


def _session_id_of(started: StartUploadSessionResponse) -> str | None:
    # The API answers in one of two forms (see StartUploadSessionResponse).
    if isinstance(started.session_id, str) and started.session_id:
        return started.session_id
    data = started.data
    if data is not UNSET and data is not None:
        inner = getattr(data, "session_id", None)
        if isinstance(inner, str) and inner:
            return inner
    return None


def _start_failed(message: str) -> UploadError:
    return UploadError(f"upload not started: {message}", phase="start")


class _SessionState:
    """What both session classes know and check; the HTTP calls are theirs."""

    client: AuthenticatedClient
    session_id: str
    file_name: str
    file_size: int
    total_chunks: int
    next_chunk: int
    bytes_sent: int
    file_id: str | None
    status: str | None

    def __init__(
        self,
        client: AuthenticatedClient,
        *,
        session_id: str,
        file_name: str,
        file_size: int,
        total_chunks: int,
        next_chunk: int = 0,
        bytes_sent: int = 0,
    ) -> None:
        _check_client(client)
        _check_start(file_name, file_size, total_chunks)
        if not isinstance(session_id, str) or not session_id:
            raise UploadValidationError("session_id must be a non-empty string")
        self.client = client
        self.session_id = session_id
        self.file_name = file_name
        self.file_size = file_size
        self.total_chunks = total_chunks
        self.next_chunk = next_chunk
        self.bytes_sent = bytes_sent
        self.file_id = None
        self.status = None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(session_id={self.session_id!r}, file_name={self.file_name!r}"
            f", chunks={self.next_chunk}/{self.total_chunks}, file_id={self.file_id!r}, "
            f"status={self.status!r})"
        )

    def error(self, phase: str, message: str, *, chunk_index: int | None = None) -> UploadError:
        """An UploadError carrying everything this session knows."""
        return UploadError(
            message,
            phase=phase,
            session_id=self.session_id,
            chunk_index=chunk_index,
            file_id=self.file_id,
            status=self.status,
        )

    def chunk_body(self, index: int, data: bytes) -> UploadChunkRequest:
        if self.file_id is not None:
            raise UploadValidationError("the upload is already completed")
        if index != self.next_chunk:
            raise UploadValidationError(
                f"chunks go in order: the next one is {self.next_chunk}, got {index}"
            )
        if index >= self.total_chunks:
            raise UploadValidationError(f"all {self.total_chunks} chunks are sent already")
        if not 1 <= len(data) <= MAX_CHUNK_SIZE:
            raise UploadValidationError(
                f"a chunk holds 1 to {MAX_CHUNK_SIZE} bytes (10 MiB), got {len(data)}"
            )
        if self.bytes_sent + len(data) > self.file_size:
            raise UploadValidationError(
                f"chunk {index} would bring the upload to {self.bytes_sent + len(data)} bytes, "
                f"more than the announced file_size {self.file_size}"
            )
        # The part needs a file name, or servers read it as a text field (see the spec); a
        # neutral one keeps the user's file name out of the multipart headers.
        part = File(
            payload=io.BytesIO(data),
            file_name=f"part-{index}.bin",
            mime_type="application/octet-stream",
        )
        return UploadChunkRequest(chunk=part, chunk_index=index)

    def chunk_sent(self, size: int) -> None:
        self.next_chunk += 1
        self.bytes_sent += size

    def check_complete(self) -> None:
        if self.next_chunk != self.total_chunks:
            raise UploadValidationError(
                f"{self.next_chunk} of {self.total_chunks} chunks are sent: send the rest first"
            )

    def completed(self, done: CompleteUploadResponse) -> None:
        self.file_id = done.knowledge_base_id
        self.status = _status_text(done.knowledge_base_status)

    def file_model(self) -> KnowledgeBaseFile:
        """What ``complete_upload`` told about the file, as the API's file model."""
        if self.file_id is None or self.status is None:
            raise UploadValidationError("the upload is not completed yet")
        return KnowledgeBaseFile.from_dict(
            {
                "_id": self.file_id,
                "fileName": self.file_name,
                "status": self.status,
                "size": self.file_size,
            }
        )

    def polled(self, answer: KnowledgeBaseFileResponse) -> KnowledgeBaseFile:
        self.status = _status_text(answer.data.status)
        return answer.data

    def require_file_id(self) -> str:
        if self.file_id is None:
            raise UploadValidationError("complete the upload before waiting for it")
        return self.file_id


def _step_error(
    state: _SessionState, phase: str, what: str, exc: Exception, chunk_index: int | None = None
) -> UploadError:
    return state.error(phase, f"{what} failed: {exc}", chunk_index=chunk_index)


_STEP_ERRORS = (VoiceAgentsError, httpx.HTTPError)


class UploadSession(_SessionState):
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
        _check_client(client)
        _check_start(file_name, file_size, total_chunks)
        body = _start_body(file_name, file_size, total_chunks, mime_type)
        try:
            response = start_upload.sync_detailed(client=client, body=body)
        except _STEP_ERRORS as exc:
            raise _start_failed(f"start_upload failed: {exc}") from exc
        started = _expect(response, StartUploadSessionResponse, "start_upload", _start_failed)
        session_id = _session_id_of(started)
        if session_id is None:
            raise _start_failed("the answer holds no session id")
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
        except _STEP_ERRORS as exc:
            raise _step_error(self, "chunk", f"upload_chunk {index}", exc, index) from exc
        finally:
            release(body)
        _expect(
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
        except _STEP_ERRORS as exc:
            raise _step_error(self, "complete", "complete_upload", exc) from exc
        done = _expect(
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
        except _STEP_ERRORS as exc:
            raise _step_error(self, "poll", "get_knowledge_base_file", exc) from exc
        answer = _expect(
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
        clock = _clock_of(self.client)
        deadline = clock.monotonic() + timeout
        while True:
            current = self.poll()
            if on_poll is not None:
                on_poll(current)
            outcome = _after_poll(self, timeout, clock.monotonic(), deadline, poll_interval)
            if isinstance(outcome, float):
                clock.sleep(outcome)
                continue
            return current


class AsyncUploadSession(_SessionState):
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
        _check_client(client)
        _check_start(file_name, file_size, total_chunks)
        body = _start_body(file_name, file_size, total_chunks, mime_type)
        try:
            response = await start_upload.asyncio_detailed(client=client, body=body)
        except _STEP_ERRORS as exc:
            raise _start_failed(f"start_upload failed: {exc}") from exc
        started = _expect(response, StartUploadSessionResponse, "start_upload", _start_failed)
        session_id = _session_id_of(started)
        if session_id is None:
            raise _start_failed("the answer holds no session id")
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
        except _STEP_ERRORS as exc:
            raise _step_error(self, "chunk", f"upload_chunk {index}", exc, index) from exc
        finally:
            release(body)
        _expect(
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
        except _STEP_ERRORS as exc:
            raise _step_error(self, "complete", "complete_upload", exc) from exc
        done = _expect(
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
        except _STEP_ERRORS as exc:
            raise _step_error(self, "poll", "get_knowledge_base_file", exc) from exc
        answer = _expect(
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
        clock = _clock_of(self.client)
        deadline = clock.monotonic() + timeout
        while True:
            current = await self.poll()
            if on_poll is not None:
                on_poll(current)
            outcome = _after_poll(self, timeout, clock.monotonic(), deadline, poll_interval)
            if isinstance(outcome, float):
                await clock.async_sleep(outcome)
                continue
            return current


def _after_poll(
    state: _SessionState, timeout: float, now: float, deadline: float, poll_interval: float
) -> float | None:
    """After a poll: ``None`` when ready, the seconds to sleep before the next poll, or raise."""
    if state.status == "ready":
        return None
    if state.status == "failed":
        raise state.error("poll", f"indexing of {state.file_name!r} failed on the server")
    if now >= deadline:
        raise state.error(
            "poll",
            f"{state.file_name!r} was still {state.status!r} after {timeout:g} s of polling "
            "(pass a longer timeout=, or wait=False and poll later)",
        )
    return float(min(poll_interval, deadline - now))
