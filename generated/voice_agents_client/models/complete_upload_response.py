from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_file_status import KnowledgeBaseFileStatus

T = TypeVar("T", bound="CompleteUploadResponse")


@_attrs_define
class CompleteUploadResponse:
    """Answer of `complete_upload`. A bare object, without the `data` envelope.

    Attributes:
        message (str):
        session_id (str): The session that was completed.
        knowledge_base_id (str): Id of the new knowledge-base file; poll `get_knowledge_base_file` with it.
        knowledge_base_status (KnowledgeBaseFileStatus | str):
    """

    message: str
    session_id: str
    knowledge_base_id: str
    knowledge_base_status: KnowledgeBaseFileStatus | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        session_id = self.session_id

        knowledge_base_id = self.knowledge_base_id

        knowledge_base_status: str
        if isinstance(self.knowledge_base_status, KnowledgeBaseFileStatus):
            knowledge_base_status = self.knowledge_base_status.value
        else:
            knowledge_base_status = self.knowledge_base_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "sessionId": session_id,
                "knowledgeBaseId": knowledge_base_id,
                "knowledgeBaseStatus": knowledge_base_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        session_id = d.pop("sessionId")

        knowledge_base_id = d.pop("knowledgeBaseId")

        def _parse_knowledge_base_status(data: object) -> KnowledgeBaseFileStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                knowledge_base_status_type_0 = KnowledgeBaseFileStatus(data)

                return knowledge_base_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnowledgeBaseFileStatus | str, data)

        knowledge_base_status = _parse_knowledge_base_status(
            d.pop("knowledgeBaseStatus")
        )

        complete_upload_response = cls(
            message=message,
            session_id=session_id,
            knowledge_base_id=knowledge_base_id,
            knowledge_base_status=knowledge_base_status,
        )

        complete_upload_response.additional_properties = d
        return complete_upload_response

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
