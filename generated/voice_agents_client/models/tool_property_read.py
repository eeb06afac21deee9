from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_property_type import ToolPropertyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_property_items_read import ToolPropertyItemsRead


T = TypeVar("T", bound="ToolPropertyRead")


@_attrs_define
class ToolPropertyRead:
    """One named parameter of a tool. The model fills it in from the conversation, unless `value` fixes it. Objects nest
    through `properties` (with their own `required` list); arrays describe their elements in `items`.

        Attributes:
            name (str): Key under which the value is sent to the tool.
            description (str | Unset): What the value means and what it looks like; the model reads this to extract it.
            type_ (str | ToolPropertyType | Unset):  Default: ToolPropertyType.STRING.
            value (Any | Unset): A fixed value, sent as it is instead of being asked of the model. Any JSON value.
            enum (list[Any] | Unset): The only values the model may choose from.
            required (list[str] | Unset): For `object` parameters, the names of nested properties that must be filled.
            properties (list[ToolPropertyRead] | Unset): For `object` parameters, the nested properties.
            items (ToolPropertyItemsRead | Unset): For `array` parameters, the shape of each element: the fields of a
                parameter without a name. The vendor schema leaves this open, so every field is optional and unknown ones are
                kept.
    """

    name: str
    description: str | Unset = UNSET
    type_: str | ToolPropertyType | Unset = ToolPropertyType.STRING
    value: Any | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    required: list[str] | Unset = UNSET
    properties: list[ToolPropertyRead] | Unset = UNSET
    items: ToolPropertyItemsRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ToolPropertyType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value = self.value

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
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
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
        from ..models.tool_property_items_read import ToolPropertyItemsRead  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_type_(data: object) -> str | ToolPropertyType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ToolPropertyType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ToolPropertyType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        value = d.pop("value", UNSET)

        enum = cast(list[Any], d.pop("enum", UNSET))

        required = cast(list[str], d.pop("required", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: list[ToolPropertyRead] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = ToolPropertyRead.from_dict(properties_item_data)

                properties.append(properties_item)

        _items = d.pop("items", UNSET)
        items: ToolPropertyItemsRead | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = ToolPropertyItemsRead.from_dict(_items)

        tool_property_read = cls(
            name=name,
            description=description,
            type_=type_,
            value=value,
            enum=enum,
            required=required,
            properties=properties,
            items=items,
        )

        tool_property_read.additional_properties = d
        return tool_property_read

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
