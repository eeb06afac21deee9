from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_field_type import InputFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputField")


@_attrs_define
class InputField:
    """One variable an assistant expects in each call's `payload`. Reference it in prompts as `{{name}}`; members of an
    `object` (or of each element of an `array`) are listed in `fields` and referenced with dot paths such as
    `{{customer.firstName}}`.

        Attributes:
            name (str): Variable name, as used inside `{{...}}` and as the payload key.
            type_ (InputFieldType | Unset): JSON type of a declared call variable.
            is_required (bool | Unset): Whether every call must supply this variable.
            fields (list[InputField] | Unset): Members of an `object` variable, or of each element of an `array` variable.
    """

    name: str
    type_: InputFieldType | Unset = UNSET
    is_required: bool | Unset = UNSET
    fields: list[InputField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_required = self.is_required

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: InputFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InputFieldType(_type_)

        is_required = d.pop("isRequired", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[InputField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = InputField.from_dict(fields_item_data)

                fields.append(fields_item)

        input_field = cls(
            name=name,
            type_=type_,
            is_required=is_required,
            fields=fields,
        )

        input_field.additional_properties = d
        return input_field

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
