from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_file_status import KnowledgeBaseFileStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseFile")


@_attrs_define
class KnowledgeBaseFile:
    """A document uploaded to the workspace's knowledge base.

    Attributes:
        id (str): File id; the `knowledgeBaseId` returned when its upload was completed.
        file_name (str): Name given when the upload was started.
        status (KnowledgeBaseFileStatus | str):
        collection_name (str | Unset): Name of the retrieval collection built from this file. Use it to delete the
            collection.
        type_ (str | Unset): MIME type given when the upload was started (see `UploadMimeType`).
        size (int | Unset): Size in bytes.
        processing_percentage (int | Unset): Indexing progress in percent; only informative while `status` is
            `processing`.
        workspace (str | Unset): Id of the owning workspace.
        created_at (datetime.datetime | Unset): Upload time (UTC).
    """

    id: str
    file_name: str
    status: KnowledgeBaseFileStatus | str
    collection_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    size: int | Unset = UNSET
    processing_percentage: int | Unset = UNSET
    workspace: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_name = self.file_name

        status: str
        if isinstance(self.status, KnowledgeBaseFileStatus):
            status = self.status.value
        else:
            status = self.status

        collection_name = self.collection_name

        type_ = self.type_

        size = self.size

        processing_percentage = self.processing_percentage

        workspace = self.workspace

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "fileName": file_name,
                "status": status,
            }
        )
        if collection_name is not UNSET:
            field_dict["collectionName"] = collection_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size
        if processing_percentage is not UNSET:
            field_dict["processingPercentage"] = processing_percentage
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        file_name = d.pop("fileName")

        def _parse_status(data: object) -> KnowledgeBaseFileStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = KnowledgeBaseFileStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnowledgeBaseFileStatus | str, data)

        status = _parse_status(d.pop("status"))

        collection_name = d.pop("collectionName", UNSET)

        type_ = d.pop("type", UNSET)

        size = d.pop("size", UNSET)

        processing_percentage = d.pop("processingPercentage", UNSET)

        workspace = d.pop("workspace", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        knowledge_base_file = cls(
            id=id,
            file_name=file_name,
            status=status,
            collection_name=collection_name,
            type_=type_,
            size=size,
            processing_percentage=processing_percentage,
            workspace=workspace,
            created_at=created_at,
        )

        knowledge_base_file.additional_properties = d
        return knowledge_base_file

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
