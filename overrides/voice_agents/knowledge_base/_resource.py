"""``client.knowledge_base``: the generated operations plus ``upload_file``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from voice_agents_client.models import KnowledgeBaseFile, UploadMimeType
from voice_agents_client.resources import Runtime
from voice_agents_client.resources.knowledge_base import (
    AsyncKnowledgeBase as AsyncKnowledgeBaseGenerated,
)
from voice_agents_client.resources.knowledge_base import (
    KnowledgeBase as KnowledgeBaseGenerated,
)

from ._progress import ProgressCallback
from ._source import MAX_CHUNK_SIZE, FileSource
from ._steps import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from ..client import BaseClient

__all__ = ["AsyncKnowledgeBase", "KnowledgeBase"]


class KnowledgeBase(KnowledgeBaseGenerated):
    """The knowledge-base operations, and :meth:`upload_file` for the three steps in one call.

    Args:
        runtime: The owning client's resource runtime.
        client: The owning client (the upload helper drives it).
    """

    __slots__ = ("_client",)

    def __init__(self, runtime: Runtime, client: BaseClient) -> None:
        super().__init__(runtime)
        self._client = client

    def upload_file(
        self,
        file: FileSource,
        *,
        file_name: str | None = None,
        mime_type: str | UploadMimeType | None = None,
        chunk_size: int = MAX_CHUNK_SIZE,
        on_progress: ProgressCallback | None = None,
        wait: bool = True,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> KnowledgeBaseFile:
        """Upload a document: start, chunks, complete, then wait until it is indexed.

        The arguments, result and errors are those of
        :func:`voice_agents.knowledge_base.upload_file`, with this client.
        """
        from . import upload_file

        return upload_file(
            self._client,
            file,
            file_name=file_name,
            mime_type=mime_type,
            chunk_size=chunk_size,
            on_progress=on_progress,
            wait=wait,
            poll_interval=poll_interval,
            timeout=timeout,
        )


class AsyncKnowledgeBase(AsyncKnowledgeBaseGenerated):
    """The awaitable knowledge-base operations, and :meth:`upload_file`.

    Args:
        runtime: The owning client's resource runtime.
        client: The owning client (the upload helper drives it).
    """

    __slots__ = ("_client",)

    def __init__(self, runtime: Runtime, client: BaseClient) -> None:
        super().__init__(runtime)
        self._client = client

    async def upload_file(
        self,
        file: FileSource,
        *,
        file_name: str | None = None,
        mime_type: str | UploadMimeType | None = None,
        chunk_size: int = MAX_CHUNK_SIZE,
        on_progress: ProgressCallback | None = None,
        wait: bool = True,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> KnowledgeBaseFile:
        """The awaitable :meth:`KnowledgeBase.upload_file`
        (:func:`voice_agents.knowledge_base.upload_file_async`)."""
        from . import upload_file_async

        return await upload_file_async(
            self._client,
            file,
            file_name=file_name,
            mime_type=mime_type,
            chunk_size=chunk_size,
            on_progress=on_progress,
            wait=wait,
            poll_interval=poll_interval,
            timeout=timeout,
        )
