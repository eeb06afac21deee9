from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="UploadChunkRequest")


@_attrs_define
class UploadChunkRequest:
    """The two form parts of a chunk upload. `chunk` is sent as a file part (`application/octet-stream`), `chunkIndex` as a
    plain-text field holding a decimal number.

        Attributes:
            chunk (File): The bytes of this piece of the file, at most 10 MB (10,485,760 bytes). Every chunk but the last
                should be full size.
            chunk_index (int): Position of the chunk in the file, counting from 0.
    """

    chunk: File
    chunk_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunk = self.chunk.to_tuple()

        chunk_index = self.chunk_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

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

        upload_chunk_request.additional_properties = d
        return upload_chunk_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
