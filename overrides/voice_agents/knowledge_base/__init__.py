"""Upload a document to the knowledge base in one call, with progress.

The API takes a document in three steps: ``start_upload`` (name, size, chunk count), one
``upload_chunk`` per chunk of at most 10 MiB, in order, and ``complete_upload``; indexing then
runs on the server until ``get_knowledge_base_file`` reports ``ready`` (or ``failed``).
:func:`upload_file` does all of it::

    from voice_agents import VoiceAgentsClient

    client = VoiceAgentsClient.from_env()
    ready = client.knowledge_base.upload_file("catalogue.pdf", on_progress=print)
    print(ready.id, ready.status)

``upload_file(client, "catalogue.pdf")`` is the same as a function (``upload_file_async`` for
an :class:`~voice_agents.AsyncVoiceAgentsClient` or any client used with ``asyncio``).

Everything is checked before the first request (size 1 byte to 100 MiB, a PDF, ``.txt``,
``.md`` or ``.docx`` document, a chunk size up to 10 MiB, at most 1000 chunks): a problem raises
:class:`~voice_agents.errors.UploadValidationError` (a ``ValueError``) and sends nothing. The
file is read one chunk at a time, so memory stays bounded by one chunk whatever the file's size.

**Retries.** Each request goes through the client's retry rules (:mod:`voice_agents.retry`).
``upload_chunk``, ``start_upload`` and ``complete_upload`` are POSTs, so they are sent again only
after a 429 or a connection failure before the request was sent; a read timeout, a lost
connection or a 5xx on a chunk is **not** resent, because the server may already have stored
that chunk and the API does not say what a second copy of the same ``chunkIndex`` does. The
upload then stops with :class:`~voice_agents.errors.UploadError` (``phase="chunk"``,
``chunk_index`` and ``session_id`` set). To resume, drive an :class:`UploadSession` yourself:
after a failed :meth:`UploadSession.send_chunk` the same index is the next one, so you can send
it again if you know the server accepts that. Polling (a GET) is retried like every GET.

:class:`UploadSession` / :class:`AsyncUploadSession` are the steps on their own, for callers who
run the loop themselves (their own chunking, storage or scheduling).
"""

from __future__ import annotations

from voice_agents_client import AuthenticatedClient
from voice_agents_client.models import KnowledgeBaseFile, UploadMimeType

from ..errors import UploadError, UploadValidationError
from ._progress import Phase, ProgressCallback, UploadProgress
from ._resource import AsyncKnowledgeBase, KnowledgeBase
from ._session import AsyncUploadSession, UploadSession
from ._source import (
    EXTENSION_MIME_TYPES,
    MAX_CHUNK_SIZE,
    MAX_CHUNKS,
    MAX_FILE_SIZE,
    BinaryReader,
    ChunkReader,
    FileSource,
    UploadPlan,
    check_positive,
    plan_upload,
)
from ._steps import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, TERMINAL_STATUSES

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_TIMEOUT",
    "EXTENSION_MIME_TYPES",
    "MAX_CHUNKS",
    "MAX_CHUNK_SIZE",
    "MAX_FILE_SIZE",
    "TERMINAL_STATUSES",
    "AsyncKnowledgeBase",
    "AsyncUploadSession",
    "BinaryReader",
    "FileSource",
    "KnowledgeBase",
    "Phase",
    "ProgressCallback",
    "UploadError",
    "UploadPlan",
    "UploadProgress",
    "UploadSession",
    "UploadValidationError",
    "upload_file",
    "upload_file_async",
]

DEFAULT_CHUNK_SIZE = MAX_CHUNK_SIZE
"""Bytes per chunk unless told otherwise: the largest the API takes (10 MiB)."""


class _Reporter:
    """Builds the progress reports of one upload and hands them to the callback."""

    __slots__ = ("_callback", "_plan")

    def __init__(self, plan: UploadPlan, callback: ProgressCallback | None) -> None:
        self._plan = plan
        self._callback = callback

    def __call__(
        self,
        phase: Phase,
        session: UploadSession | AsyncUploadSession | None,
    ) -> None:
        if self._callback is None:
            return
        self._callback(
            UploadProgress(
                phase=phase,
                bytes_sent=session.bytes_sent if session else 0,
                total=self._plan.size,
                chunk=session.next_chunk if session else 0,
                chunks=self._plan.total_chunks,
                status=session.status if session else None,
                session_id=session.session_id if session else None,
                file_id=session.file_id if session else None,
            )
        )


def _prepare(
    client: AuthenticatedClient,
    file: FileSource,
    file_name: str | None,
    mime_type: str | UploadMimeType | None,
    chunk_size: int,
    on_progress: ProgressCallback | None,
    poll_interval: float,
    timeout: float,
) -> tuple[UploadPlan, _Reporter, ChunkReader]:
    if not isinstance(client, AuthenticatedClient):
        raise UploadValidationError(
            f"client must be a VoiceAgentsClient, got {type(client).__name__}"
        )
    if on_progress is not None and not callable(on_progress):
        raise UploadValidationError("on_progress must be callable")
    check_positive("poll_interval", poll_interval)
    check_positive("timeout", timeout)
    plan, reader = plan_upload(
        file, file_name=file_name, mime_type=mime_type, chunk_size=chunk_size
    )
    return plan, _Reporter(plan, on_progress), reader


def upload_file(
    client: AuthenticatedClient,
    file: FileSource,
    *,
    file_name: str | None = None,
    mime_type: str | UploadMimeType | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    on_progress: ProgressCallback | None = None,
    wait: bool = True,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
) -> KnowledgeBaseFile:
    """Upload a document to the workspace's knowledge base: start, chunks, complete, wait.

    Args:
        client: The :class:`~voice_agents.VoiceAgentsClient` (its workspace gets the file).
        file: A path, ``bytes``, or a binary file object (``open(path, "rb")``, read from its
            current position; it must be seekable so its size is known up front).
        file_name: The name in the knowledge base; defaults to the path's or file object's
            name (required for ``bytes``).
        mime_type: ``application/pdf``, ``text/plain``, ``text/markdown`` or the ``.docx``
            type; defaults to the type of the file name's extension.
        chunk_size: Bytes per chunk, 1 to 10 MiB (default 10 MiB).
        on_progress: Called with an :class:`UploadProgress` after each step.
        wait: Poll until indexing ends (default). ``False`` returns right after
            ``complete_upload`` with the file as it then is (``processing``).
        poll_interval: Seconds between polls.
        timeout: Seconds to wait for indexing after ``complete_upload``.

    Returns:
        The knowledge-base file: ``ready`` when waiting, else as ``complete_upload`` left it.

    Raises:
        UploadValidationError: The upload breaks a limit; nothing was sent.
        UploadError: A step failed, indexing failed, or ``timeout`` ran out (with the last
            ``status``); it carries ``phase``, ``session_id``, ``chunk_index``, ``file_id``.
    """
    plan, report, source = _prepare(
        client, file, file_name, mime_type, chunk_size, on_progress, poll_interval, timeout
    )
    try:
        session = UploadSession.start(
            client,
            file_name=plan.file_name,
            file_size=plan.size,
            total_chunks=plan.total_chunks,
            mime_type=plan.mime_type,
        )
        report("start", session)
        for index in range(plan.total_chunks):
            data = source.next_chunk()
            session.send_chunk(index, data)
            del data  # release it before the next chunk is read: one chunk in memory
            report("chunk", session)
    finally:
        source.close()
    session.complete()
    report("complete", session)
    if not wait:
        return session.file_model()
    ready = session.wait(
        poll_interval=poll_interval, timeout=timeout, on_poll=lambda _: report("poll", session)
    )
    report("done", session)
    return ready


async def upload_file_async(
    client: AuthenticatedClient,
    file: FileSource,
    *,
    file_name: str | None = None,
    mime_type: str | UploadMimeType | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    on_progress: ProgressCallback | None = None,
    wait: bool = True,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
) -> KnowledgeBaseFile:
    """The ``asyncio`` twin of :func:`upload_file` (same arguments, result and errors).

    Chunks are read from the file in the event loop's thread (one read of at most
    ``chunk_size`` bytes per chunk).
    """
    plan, report, source = _prepare(
        client, file, file_name, mime_type, chunk_size, on_progress, poll_interval, timeout
    )
    try:
        session = await AsyncUploadSession.start(
            client,
            file_name=plan.file_name,
            file_size=plan.size,
            total_chunks=plan.total_chunks,
            mime_type=plan.mime_type,
        )
        report("start", session)
        for index in range(plan.total_chunks):
            data = source.next_chunk()
            await session.send_chunk(index, data)
            del data
            report("chunk", session)
    finally:
        source.close()
    await session.complete()
    report("complete", session)
    if not wait:
        return session.file_model()
    ready = await session.wait(
        poll_interval=poll_interval, timeout=timeout, on_poll=lambda _: report("poll", session)
    )
    report("done", session)
    return ready
