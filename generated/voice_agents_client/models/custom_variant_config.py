from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_field import InputField
    from ..models.variable_schema import VariableSchema


T = TypeVar("T", bound="CustomVariantConfig")


@_attrs_define
class CustomVariantConfig:
    """Variable declarations of a custom assistant. Use `inputSchema` (a list) or `variableSchema` (JSON-Schema style);
    both describe the `payload` each call must carry.

        Attributes:
            input_schema (list[InputField] | Unset): The call variables, one entry each; nested shapes use `fields`.
            variable_schema (VariableSchema | Unset): Alternative to `inputSchema` written in JSON-Schema style: a map of
                variables under `properties` and the names that must be supplied under `required`.
    """

    input_schema: list[InputField] | Unset = UNSET
    variable_schema: VariableSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = []
            for input_schema_item_data in self.input_schema:
                input_schema_item = input_schema_item_data.to_dict()
                input_schema.append(input_schema_item)

        variable_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variable_schema, Unset):
            variable_schema = self.variable_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if variable_schema is not UNSET:
            field_dict["variableSchema"] = variable_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.input_field import InputField  # noqa: PLC0415
        from ..models.variable_schema import VariableSchema  # noqa: PLC0415

        d = dict(src_dict)
        _input_schema = d.pop("inputSchema", UNSET)
        input_schema: list[InputField] | Unset = UNSET
        if _input_schema is not UNSET:
            input_schema = []
            for input_schema_item_data in _input_schema:
                input_schema_item = InputField.from_dict(input_schema_item_data)

                input_schema.append(input_schema_item)

        _variable_schema = d.pop("variableSchema", UNSET)
        variable_schema: VariableSchema | Unset
        if isinstance(_variable_schema, Unset):
            variable_schema = UNSET
        else:
            variable_schema = VariableSchema.from_dict(_variable_schema)

        custom_variant_config = cls(
            input_schema=input_schema,
            variable_schema=variable_schema,
        )

        custom_variant_config.additional_properties = d
        return custom_variant_config

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
