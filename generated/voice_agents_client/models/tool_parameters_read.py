from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_property_read import ToolPropertyRead


T = TypeVar("T", bound="ToolParametersRead")


@_attrs_define
class ToolParametersRead:
    """The inputs of a tool. Called `parameters` in create and update requests and `config.body` in the stored tool.

    Attributes:
        required (list[str] | Unset): Names of top-level properties the model must always fill.
        properties (list[ToolPropertyRead] | Unset): The top-level properties.
    """

    required: list[str] | Unset = UNSET
    properties: list[ToolPropertyRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_property_read import ToolPropertyRead  # noqa: PLC0415

        d = dict(src_dict)
        required = cast(list[str], d.pop("required", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: list[ToolPropertyRead] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = ToolPropertyRead.from_dict(properties_item_data)

                properties.append(properties_item)

        tool_parameters_read = cls(
            required=required,
            properties=properties,
        )

        tool_parameters_read.additional_properties = d
        return tool_parameters_read

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
