from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_mime_type import UploadMimeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartUploadSessionRequest")


@_attrs_define
class StartUploadSessionRequest:
    """The document about to be uploaded.

    Attributes:
        file_name (str): Original file name with its extension.
        total_chunks (int): How many chunks will be sent. Chunks are at most 10 MB, so this is at least the file size
            divided by 10,485,760, rounded up.
        file_size (int): Size of the whole file in bytes; at most 100 MB.
        mime_type (UploadMimeType | Unset): Document types the knowledge base accepts: PDF, plain text, Word `.docx` and
            Markdown.
    """

    file_name: str
    total_chunks: int
    file_size: int
    mime_type: UploadMimeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        total_chunks = self.total_chunks

        file_size = self.file_size

        mime_type: str | Unset = UNSET
        if not isinstance(self.mime_type, Unset):
            mime_type = self.mime_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "totalChunks": total_chunks,
                "fileSize": file_size,
            }
        )
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        total_chunks = d.pop("totalChunks")

        file_size = d.pop("fileSize")

        _mime_type = d.pop("mimeType", UNSET)
        mime_type: UploadMimeType | Unset
        if isinstance(_mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = UploadMimeType(_mime_type)

        start_upload_session_request = cls(
            file_name=file_name,
            total_chunks=total_chunks,
            file_size=file_size,
            mime_type=mime_type,
        )

        start_upload_session_request.additional_properties = d
        return start_upload_session_request

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
