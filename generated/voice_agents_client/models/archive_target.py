from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archive_entity_type import ArchiveEntityType

T = TypeVar("T", bound="ArchiveTarget")


@_attrs_define
class ArchiveTarget:
    """Which entity to archive or restore, by kind and id.

    Attributes:
        type_ (ArchiveEntityType): Level to archive or restore: `organization` (with all its workspaces) or a single
            `workspace`.
        id (str): A 24-character hexadecimal database id. Example: 6690a1b2c3d4e5f600000002.
    """

    type_: ArchiveEntityType
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ArchiveEntityType(d.pop("type"))

        id = d.pop("id")

        archive_target = cls(
            type_=type_,
            id=id,
        )

        archive_target.additional_properties = d
        return archive_target

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
