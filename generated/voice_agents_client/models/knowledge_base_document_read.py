from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_document_type import KnowledgeBaseDocumentType

T = TypeVar("T", bound="KnowledgeBaseDocumentRead")


@_attrs_define
class KnowledgeBaseDocumentRead:
    """A document the agent may retrieve from. How a file uploaded through the Knowledge Base operations maps to a `url`
    here is not documented.

        Attributes:
            url (str): Where the platform fetches the document from.
            title (str): Human-readable title of the document.
            type_ (KnowledgeBaseDocumentType | str):
    """

    url: str
    title: str
    type_: KnowledgeBaseDocumentType | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        title = self.title

        type_: str
        if isinstance(self.type_, KnowledgeBaseDocumentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "title": title,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        title = d.pop("title")

        def _parse_type_(data: object) -> KnowledgeBaseDocumentType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = KnowledgeBaseDocumentType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnowledgeBaseDocumentType | str, data)

        type_ = _parse_type_(d.pop("type"))

        knowledge_base_document_read = cls(
            url=url,
            title=title,
            type_=type_,
        )

        knowledge_base_document_read.additional_properties = d
        return knowledge_base_document_read

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
