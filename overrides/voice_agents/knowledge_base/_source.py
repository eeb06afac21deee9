"""What an upload reads from, checked before any request is sent (internal).

:func:`plan_upload` turns the ``file`` argument (a path, bytes or a binary file object) and the
options into an :class:`UploadPlan`: name, MIME type, size and chunk count, all validated
against the API's limits, and a :class:`ChunkReader` that hands out one chunk at a time, so an
upload holds at most one chunk of the file in memory.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

from voice_agents_client.models import UploadMimeType

from ..errors import UploadValidationError

__all__ = [
    "EXTENSION_MIME_TYPES",
    "MAX_CHUNKS",
    "MAX_CHUNK_SIZE",
    "MAX_FILE_SIZE",
    "BinaryReader",
    "ChunkReader",
    "FileSource",
    "UploadPlan",
    "check_positive",
    "plan_upload",
]

MAX_FILE_SIZE = 104_857_600
"""Largest document the API accepts: 100 MiB (``fileSize`` maximum in the spec)."""

MAX_CHUNK_SIZE = 10_485_760
"""Largest chunk the API accepts: 10 MiB (the default chunk size too)."""

MAX_CHUNKS = 1000
"""Most chunks one upload session takes (``totalChunks`` maximum in the spec)."""

EXTENSION_MIME_TYPES: dict[str, UploadMimeType] = {
    ".pdf": UploadMimeType.PDF,
    ".txt": UploadMimeType.PLAIN_TEXT,
    ".md": UploadMimeType.MARKDOWN,
    ".markdown": UploadMimeType.MARKDOWN,
    ".docx": UploadMimeType.DOCX,
}
"""The MIME type guessed from a file name's extension when ``mime_type`` is not given."""


@runtime_checkable
class BinaryReader(Protocol):
    """Anything with ``read(size) -> bytes``: ``open(path, "rb")``, ``io.BytesIO``, ..."""

    def read(self, size: int = -1, /) -> bytes:
        """Read at most ``size`` bytes."""
        ...


FileSource = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryReader
"""What ``upload_file`` accepts as ``file``."""


class ChunkReader:
    """Hands out the chunks of a source in order, one at a time.

    Args:
        read: Returns at most the requested number of bytes (fewer only at the end).
        size: The total number of bytes expected.
        chunk_size: Bytes per chunk (the last chunk may be shorter).
        close: Called by :meth:`close` (closes a file the reader opened itself).
    """

    __slots__ = ("_close", "_offset", "_read", "chunk_size", "size")

    def __init__(
        self,
        read: Callable[[int], bytes],
        size: int,
        chunk_size: int,
        close: Callable[[], None] | None = None,
    ) -> None:
        self._read = read
        self._close = close
        self._offset = 0
        self.size = size
        self.chunk_size = chunk_size

    def next_chunk(self) -> bytes:
        """The next chunk: ``chunk_size`` bytes, or what is left for the last one.

        Raises:
            UploadValidationError: The source ended early or is not binary (it changed
                after it was measured, or ``read`` returned ``str``).
        """
        wanted = min(self.chunk_size, self.size - self._offset)
        data = self._read(wanted)
        if not isinstance(data, bytes | bytearray | memoryview):
            raise UploadValidationError(
                f"the file object returned {type(data).__name__} from read(): open it in "
                "binary mode ('rb')"
            )
        data = bytes(data) if not isinstance(data, bytes) else data
        # A pipe or socket may return less than asked for before its end.
        while len(data) < wanted:
            more = self._read(wanted - len(data))
            if not more:
                raise UploadValidationError(
                    f"the file ended after {self._offset + len(data)} of {self.size} bytes: "
                    "it changed while it was being uploaded"
                )
            data += bytes(more)
        self._offset += len(data)
        return data

    def close(self) -> None:
        """Close the underlying file if this reader opened it."""
        if self._close is not None:
            close, self._close = self._close, None
            close()


@dataclass(frozen=True, slots=True)
class UploadPlan:
    """An upload checked against the API's limits, ready to send.

    Attributes:
        file_name: The name the file gets in the knowledge base.
        mime_type: Its document type.
        size: Its size in bytes (1 to :data:`MAX_FILE_SIZE`).
        chunk_size: Bytes per chunk (1 to :data:`MAX_CHUNK_SIZE`).
        total_chunks: How many chunks will be sent (1 to :data:`MAX_CHUNKS`).
    """

    file_name: str
    mime_type: UploadMimeType
    size: int
    chunk_size: int
    total_chunks: int


def check_positive(name: str, value: float) -> None:
    """Refuse a non-positive or non-finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise UploadValidationError(f"{name} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise UploadValidationError(f"{name} must be a positive number of seconds, got {value!r}")


def _mime_type(mime_type: str | UploadMimeType | None, file_name: str) -> UploadMimeType:
    allowed = ", ".join(m.value for m in UploadMimeType)
    if mime_type is not None:
        try:
            return UploadMimeType(mime_type)
        except ValueError:
            raise UploadValidationError(
                f"mime_type {mime_type!r} is not a type the knowledge base accepts ({allowed})"
            ) from None
    extension = Path(file_name).suffix.lower()
    if extension in EXTENSION_MIME_TYPES:
        return EXTENSION_MIME_TYPES[extension]
    known = ", ".join(sorted(EXTENSION_MIME_TYPES))
    raise UploadValidationError(
        f"cannot tell the document type of {file_name!r} from its extension (known: {known}); "
        f"pass mime_type= (one of {allowed})"
    )


def _remaining_size(reader: BinaryReader) -> int | None:
    """Bytes from the current position to the end of a seekable file object, else ``None``."""
    seekable = getattr(reader, "seekable", None)
    if not callable(seekable) or not seekable():
        return None
    stream: IO[bytes] = reader  # type: ignore[assignment]
    here = stream.tell()
    end = stream.seek(0, os.SEEK_END)
    stream.seek(here)
    return max(0, end - here)


def plan_upload(
    file: FileSource,
    *,
    file_name: str | None,
    mime_type: str | UploadMimeType | None,
    chunk_size: int,
) -> tuple[UploadPlan, ChunkReader]:
    """Check an upload against the API's limits and prepare to read it.

    Nothing is sent. A path is opened (and closed by :meth:`ChunkReader.close`); bytes are
    read in place; a file object is read from its current position.

    Args:
        file: A path, bytes, or a binary file object (seekable, so its size is known).
        file_name: The name in the knowledge base; defaults to the path's or file object's
            name, and is required for bytes.
        mime_type: One of :class:`UploadMimeType`; defaults to the type of the extension.
        chunk_size: Bytes per chunk, at most :data:`MAX_CHUNK_SIZE`.

    Returns:
        The plan and a reader positioned at the first chunk.

    Raises:
        UploadValidationError: Naming what is wrong (size, type, name, chunk size, source).
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int):
        raise UploadValidationError(f"chunk_size must be an int, got {chunk_size!r}")
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise UploadValidationError(
            f"chunk_size must be between 1 and {MAX_CHUNK_SIZE} bytes (10 MiB), got {chunk_size}"
        )
    if file_name is not None and (not isinstance(file_name, str) or not file_name.strip()):
        raise UploadValidationError("file_name must be a non-empty string")

    read: Callable[[int], bytes]
    close: Callable[[], None] | None = None
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise UploadValidationError(f"{str(path)!r} is not a file")
        size = path.stat().st_size
        name = file_name or path.name
        _check_sizes(size, chunk_size, name)
        kind = _mime_type(mime_type, name)
        handle = path.open("rb")
        read, close = handle.read, handle.close
    elif isinstance(file, bytes | bytearray | memoryview):
        if file_name is None:
            raise UploadValidationError("file_name= is required when file is bytes")
        view = memoryview(file).cast("B")
        size = view.nbytes
        name = file_name
        _check_sizes(size, chunk_size, name)
        kind = _mime_type(mime_type, name)
        offset = 0

        def read(count: int) -> bytes:
            nonlocal offset
            piece = bytes(view[offset : offset + count])
            offset += len(piece)
            return piece

    elif isinstance(file, BinaryReader):
        if not isinstance(file.read(0), bytes | bytearray):  # reads nothing; tells text mode
            raise UploadValidationError(
                "the file object is in text mode: open it in binary mode ('rb')"
            )
        name_attr = getattr(file, "name", None)
        name = file_name or (os.path.basename(name_attr) if isinstance(name_attr, str) else "")
        if not name:
            raise UploadValidationError(
                "file_name= is required: the file object has no name to take it from"
            )
        remaining = _remaining_size(file)
        if remaining is None:
            raise UploadValidationError(
                "the file object is not seekable, so its size is unknown before the upload "
                "starts: pass a path or bytes instead"
            )
        size = remaining
        _check_sizes(size, chunk_size, name)
        kind = _mime_type(mime_type, name)
        read = file.read
    else:
        raise UploadValidationError(
            f"file must be a path, bytes or a binary file object, got {type(file).__name__}"
        )
    plan = UploadPlan(
        file_name=name,
        mime_type=kind,
        size=size,
        chunk_size=chunk_size,
        total_chunks=math.ceil(size / chunk_size),
    )
    return plan, ChunkReader(read, size, chunk_size, close)


def _check_sizes(size: int, chunk_size: int, name: str) -> None:
    if size == 0:
        raise UploadValidationError(f"{name!r} is empty: the knowledge base takes 1 byte or more")
    if size > MAX_FILE_SIZE:
        raise UploadValidationError(
            f"{name!r} is {size} bytes, more than the {MAX_FILE_SIZE} bytes (100 MiB) the "
            "knowledge base accepts"
        )
    chunks = math.ceil(size / chunk_size)
    if chunks > MAX_CHUNKS:
        smallest = math.ceil(size / MAX_CHUNKS)
        raise UploadValidationError(
            f"chunk_size {chunk_size} would split {name!r} into {chunks} chunks, more than the "
            f"{MAX_CHUNKS} a session takes: use chunk_size >= {smallest}"
        )
