from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_schema_properties import VariableSchemaProperties


T = TypeVar("T", bound="VariableSchema")


@_attrs_define
class VariableSchema:
    """Alternative to `inputSchema` written in JSON-Schema style: a map of variables under `properties` and the names that
    must be supplied under `required`.

        Attributes:
            properties (VariableSchemaProperties | Unset): Variable name mapped to its type and meaning.
            required (list[str] | Unset): Names of the variables every call must supply.
    """

    properties: VariableSchemaProperties | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variable_schema_properties import VariableSchemaProperties  # noqa: PLC0415

        d = dict(src_dict)
        _properties = d.pop("properties", UNSET)
        properties: VariableSchemaProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = VariableSchemaProperties.from_dict(_properties)

        required = cast(list[str], d.pop("required", UNSET))

        variable_schema = cls(
            properties=properties,
            required=required,
        )

        variable_schema.additional_properties = d
        return variable_schema

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
