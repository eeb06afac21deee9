"""What an upload reports as it goes: :class:`UploadProgress`, its phases and the callback type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Phase", "ProgressCallback", "UploadProgress"]

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
