from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_property_type import ToolPropertyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_property import ToolProperty


T = TypeVar("T", bound="ToolPropertyItems")


@_attrs_define
class ToolPropertyItems:
    """For `array` parameters, the shape of each element: the fields of a parameter without a name. The vendor schema
    leaves this open, so every field is optional and unknown ones are kept.

        Attributes:
            type_ (ToolPropertyType | Unset): JSON type of a tool parameter.
            description (str | Unset): What each element holds.
            enum (list[Any] | Unset): The only values an element may take.
            required (list[str] | Unset): For object elements, the names of nested properties that must be filled.
            properties (list[ToolProperty] | Unset): For object elements, their properties.
            items (ToolPropertyItems | Unset): For `array` parameters, the shape of each element: the fields of a parameter
                without a name. The vendor schema leaves this open, so every field is optional and unknown ones are kept.
    """

    type_: ToolPropertyType | Unset = UNSET
    description: str | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    required: list[str] | Unset = UNSET
    properties: list[ToolProperty] | Unset = UNSET
    items: ToolPropertyItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        if required is not UNSET:
            field_dict["required"] = required
        if properties is not UNSET:
            field_dict["properties"] = properties
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_property import ToolProperty  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ToolPropertyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ToolPropertyType(_type_)

        description = d.pop("description", UNSET)

        enum = cast(list[Any], d.pop("enum", UNSET))

        required = cast(list[str], d.pop("required", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: list[ToolProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = ToolProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        _items = d.pop("items", UNSET)
        items: ToolPropertyItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = ToolPropertyItems.from_dict(_items)

        tool_property_items = cls(
            type_=type_,
            description=description,
            enum=enum,
            required=required,
            properties=properties,
            items=items,
        )

        tool_property_items.additional_properties = d
        return tool_property_items

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
