"""The steps an upload session shares between its sync and async forms (internal).

Everything but the request itself: checking the arguments, building each body, reading each
answer into the session's state, and the errors that say which step failed. The sessions in
``_session.py`` are thin shells that send a request between two of these steps.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TypeVar

import httpx
from voice_agents_client import AuthenticatedClient
from voice_agents_client.models import (
    CompleteUploadResponse,
    Error,
    KnowledgeBaseFile,
    KnowledgeBaseFileResponse,
    StartUploadSessionRequest,
    StartUploadSessionResponse,
    UploadChunkRequest,
    UploadMimeType,
)
from voice_agents_client.types import UNSET, File, Response

from ..errors import UploadError, UploadValidationError, VoiceAgentsError
from ..retry import Clock
from ._source import MAX_CHUNK_SIZE, MAX_CHUNKS, MAX_FILE_SIZE

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_TIMEOUT",
    "STEP_ERRORS",
    "TERMINAL_STATUSES",
    "SessionState",
    "after_poll",
    "check_client",
    "check_start",
    "clock_of",
    "expect_model",
    "release",
    "session_id_of",
    "start_body",
    "start_failed",
    "status_text",
    "step_error",
]

DEFAULT_POLL_INTERVAL = 2.0
"""Seconds between two polls of the file's indexing status."""

DEFAULT_TIMEOUT = 600.0
"""Seconds to wait for indexing to end (``ready`` or ``failed``) after ``complete_upload``."""

TERMINAL_STATUSES = frozenset({"ready", "failed"})
"""Indexing statuses after which polling stops. Any other one (``processing``, or a value the
API adds later) means "not yet"."""

_T = TypeVar("_T")


def clock_of(client: AuthenticatedClient) -> Clock:
    clock = getattr(client, "clock", None)
    return clock if isinstance(clock, Clock) else Clock()


def status_text(value: object) -> str:
    return str(value.value) if hasattr(value, "value") else str(value)


def expect_model(
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


def check_client(client: object) -> None:
    if not isinstance(client, AuthenticatedClient):
        raise UploadValidationError(
            f"client must be a VoiceAgentsClient (or an AuthenticatedClient), got "
            f"{type(client).__name__}"
        )


def check_start(file_name: str, file_size: int, total_chunks: int) -> None:
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


def start_body(
    file_name: str, file_size: int, total_chunks: int, mime_type: UploadMimeType | None
) -> StartUploadSessionRequest:
    return StartUploadSessionRequest(
        file_name=file_name,
        total_chunks=total_chunks,
        file_size=file_size,
        mime_type=mime_type if mime_type is not None else UNSET,
    )


def session_id_of(started: StartUploadSessionResponse) -> str | None:
    # The API answers in one of two forms (see StartUploadSessionResponse).
    if isinstance(started.session_id, str) and started.session_id:
        return started.session_id
    data = started.data
    if data is not UNSET and data is not None:
        inner = getattr(data, "session_id", None)
        if isinstance(inner, str) and inner:
            return inner
    return None


def start_failed(message: str) -> UploadError:
    return UploadError(f"upload not started: {message}", phase="start")


class SessionState:
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
        check_client(client)
        check_start(file_name, file_size, total_chunks)
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
        self.status = status_text(done.knowledge_base_status)

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
        self.status = status_text(answer.data.status)
        return answer.data

    def require_file_id(self) -> str:
        if self.file_id is None:
            raise UploadValidationError("complete the upload before waiting for it")
        return self.file_id


def step_error(
    state: SessionState, phase: str, what: str, exc: Exception, chunk_index: int | None = None
) -> UploadError:
    return state.error(phase, f"{what} failed: {exc}", chunk_index=chunk_index)


STEP_ERRORS = (VoiceAgentsError, httpx.HTTPError)


def after_poll(
    state: SessionState, timeout: float, now: float, deadline: float, poll_interval: float
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
