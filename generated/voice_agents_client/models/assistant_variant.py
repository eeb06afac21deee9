from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.variant_type import VariantType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variant_config_read import VariantConfigRead


T = TypeVar("T", bound="AssistantVariant")


@_attrs_define
class AssistantVariant:
    """The variant of a stored assistant.

    Attributes:
        type_ (str | VariantType):
        config (VariantConfigRead | Unset): Variant configuration with every block optional. Normally only the blocks
            belonging to the assistant's own variant are present; for preset variants the platform also stores the
            `inputSchema` of the payload the flow expects.
    """

    type_: str | VariantType
    config: VariantConfigRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, VariantType):
            type_ = self.type_.value
        else:
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
        from ..models.variant_config_read import VariantConfigRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> str | VariantType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = VariantType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VariantType, data)

        type_ = _parse_type_(d.pop("type"))

        _config = d.pop("config", UNSET)
        config: VariantConfigRead | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = VariantConfigRead.from_dict(_config)

        assistant_variant = cls(
            type_=type_,
            config=config,
        )

        assistant_variant.additional_properties = d
        return assistant_variant

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
