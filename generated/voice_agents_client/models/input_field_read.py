from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_field_type import InputFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFieldRead")


@_attrs_define
class InputFieldRead:
    """One variable an assistant expects in each call's `payload`. Reference it in prompts as `{{name}}`; members of an
    `object` (or of each element of an `array`) are listed in `fields` and referenced with dot paths such as
    `{{customer.firstName}}`.

        Attributes:
            name (str): Variable name, as used inside `{{...}}` and as the payload key.
            type_ (InputFieldType | str | Unset):  Default: InputFieldType.STRING.
            is_required (bool | Unset): Whether every call must supply this variable.
            fields (list[InputFieldRead] | Unset): Members of an `object` variable, or of each element of an `array`
                variable.
    """

    name: str
    type_: InputFieldType | str | Unset = InputFieldType.STRING
    is_required: bool | Unset = UNSET
    fields: list[InputFieldRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InputFieldType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        def _parse_type_(data: object) -> InputFieldType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = InputFieldType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InputFieldType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        is_required = d.pop("isRequired", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[InputFieldRead] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = InputFieldRead.from_dict(fields_item_data)

                fields.append(fields_item)

        input_field_read = cls(
            name=name,
            type_=type_,
            is_required=is_required,
            fields=fields,
        )

        input_field_read.additional_properties = d
        return input_field_read

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
