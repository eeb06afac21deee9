from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

T = TypeVar("T", bound="UploadChunkRequest")


@_attrs_define
class UploadChunkRequest:
    """The two form parts of a chunk upload. `chunk` is sent as a file part (`application/octet-stream`), `chunkIndex` as a
    plain-text field holding a decimal number. No other part is accepted.

        Attributes:
            chunk (File): The bytes of this piece of the file, at most 10 MB (10,485,760 bytes). Every chunk but the last
                should be full size.
            chunk_index (int): Position of the chunk in the file, counting from 0.
    """

    chunk: File
    chunk_index: int

    def to_dict(self) -> dict[str, Any]:
        chunk = self.chunk.to_tuple()

        chunk_index = self.chunk_index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chunk": chunk,
                "chunkIndex": chunk_index,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("chunk", self.chunk.to_tuple()))

        files.append(
            ("chunkIndex", (None, str(self.chunk_index).encode(), "text/plain"))
        )

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chunk = File(payload=BytesIO(d.pop("chunk")))

        chunk_index = d.pop("chunkIndex")

        upload_chunk_request = cls(
            chunk=chunk,
            chunk_index=chunk_index,
        )

        return upload_chunk_request
