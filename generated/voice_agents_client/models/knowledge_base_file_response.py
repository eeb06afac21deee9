from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_file import KnowledgeBaseFile


T = TypeVar("T", bound="KnowledgeBaseFileResponse")


@_attrs_define
class KnowledgeBaseFileResponse:
    """Envelope of `get_knowledge_base_file`.

    Attributes:
        message (str):
        data (KnowledgeBaseFile): A document uploaded to the workspace's knowledge base.
        status_code (int | Unset): HTTP status repeated in the body (not always sent).
    """

    message: str
    data: KnowledgeBaseFile
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        data = self.data.to_dict()

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "data": data,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base_file import KnowledgeBaseFile  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        data = KnowledgeBaseFile.from_dict(d.pop("data"))

        status_code = d.pop("status_code", UNSET)

        knowledge_base_file_response = cls(
            message=message,
            data=data,
            status_code=status_code,
        )

        knowledge_base_file_response.additional_properties = d
        return knowledge_base_file_response

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
