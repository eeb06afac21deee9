from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_variant_config import CustomVariantConfig


T = TypeVar("T", bound="CustomVariant")


@_attrs_define
class CustomVariant:
    """A flow you design yourself. Write the instructions in `agent.systemPrompt` and, if they use placeholders, declare
    the variables in `config`.

        Attributes:
            type_ (Literal['custom']):  Default: 'custom'.
            config (CustomVariantConfig | Unset): Variable declarations of a custom assistant. Use `inputSchema` (a list) or
                `variableSchema` (JSON-Schema style); both describe the `payload` each call must carry.
    """

    type_: Literal["custom"] = "custom"
    config: CustomVariantConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_variant_config import CustomVariantConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        _config = d.pop("config", UNSET)
        config: CustomVariantConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CustomVariantConfig.from_dict(_config)

        custom_variant = cls(
            type_=type_,
            config=config,
        )

        custom_variant.additional_properties = d
        return custom_variant

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
