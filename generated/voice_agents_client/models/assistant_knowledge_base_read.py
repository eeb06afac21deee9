from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.faq_entry import FaqEntry
    from ..models.knowledge_base_document_read import KnowledgeBaseDocumentRead


T = TypeVar("T", bound="AssistantKnowledgeBaseRead")


@_attrs_define
class AssistantKnowledgeBaseRead:
    """Material the agent can search during a call: documents fetched from a URL and question-and-answer pairs.

    Attributes:
        documents (list[KnowledgeBaseDocumentRead] | Unset):
        faq (list[FaqEntry] | Unset):
    """

    documents: list[KnowledgeBaseDocumentRead] | Unset = UNSET
    faq: list[FaqEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        faq: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.faq, Unset):
            faq = []
            for faq_item_data in self.faq:
                faq_item = faq_item_data.to_dict()
                faq.append(faq_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if documents is not UNSET:
            field_dict["documents"] = documents
        if faq is not UNSET:
            field_dict["faq"] = faq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.faq_entry import FaqEntry  # noqa: PLC0415
        from ..models.knowledge_base_document_read import KnowledgeBaseDocumentRead  # noqa: PLC0415

        d = dict(src_dict)
        _documents = d.pop("documents", UNSET)
        documents: list[KnowledgeBaseDocumentRead] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = KnowledgeBaseDocumentRead.from_dict(
                    documents_item_data
                )

                documents.append(documents_item)

        _faq = d.pop("faq", UNSET)
        faq: list[FaqEntry] | Unset = UNSET
        if _faq is not UNSET:
            faq = []
            for faq_item_data in _faq:
                faq_item = FaqEntry.from_dict(faq_item_data)

                faq.append(faq_item)

        assistant_knowledge_base_read = cls(
            documents=documents,
            faq=faq,
        )

        assistant_knowledge_base_read.additional_properties = d
        return assistant_knowledge_base_read

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
