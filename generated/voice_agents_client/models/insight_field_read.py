from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_field_type import InsightFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InsightFieldRead")


@_attrs_define
class InsightFieldRead:
    """Definition of one value extracted from a finished call.

    Attributes:
        type_ (InsightFieldType | str):
        description (str): The question the analysis answers to fill this value.
        required (bool): Whether the analysis must always produce this value.
        enum (list[str] | Unset): Allowed answers, for `string` insights with a fixed set of values.
    """

    type_: InsightFieldType | str
    description: str
    required: bool
    enum: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, InsightFieldType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        description = self.description

        required = self.required

        enum: list[str] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
                "required": required,
            }
        )
        if enum is not UNSET:
            field_dict["enum"] = enum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> InsightFieldType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = InsightFieldType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightFieldType | str, data)

        type_ = _parse_type_(d.pop("type"))

        description = d.pop("description")

        required = d.pop("required")

        enum = cast(list[str], d.pop("enum", UNSET))

        insight_field_read = cls(
            type_=type_,
            description=description,
            required=required,
            enum=enum,
        )

        insight_field_read.additional_properties = d
        return insight_field_read

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
