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
    from ..models.abandoned_cart_variant_config import AbandonedCartVariantConfig


T = TypeVar("T", bound="AbandonedCartVariant")


@_attrs_define
class AbandonedCartVariant:
    """Built-in Shopify cart-recovery flow. The platform writes the prompt (send `agent.systemPrompt` as `""`); calls take
    an abandoned-checkout payload. The platform expects the `abandoned_cart` block in `config`, but sending `type` alone
    is accepted (the vendor schema requires only `type`).

        Attributes:
            type_ (Literal['abandoned_cart']):  Default: 'abandoned_cart'.
            config (AbandonedCartVariantConfig | Unset): `variant.config` of an abandoned-cart assistant.
    """

    type_: Literal["abandoned_cart"] = "abandoned_cart"
    config: AbandonedCartVariantConfig | Unset = UNSET
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
        from ..models.abandoned_cart_variant_config import AbandonedCartVariantConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["abandoned_cart"], d.pop("type"))
        if type_ != "abandoned_cart":
            raise ValueError(f"type must match const 'abandoned_cart', got '{type_}'")

        _config = d.pop("config", UNSET)
        config: AbandonedCartVariantConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AbandonedCartVariantConfig.from_dict(_config)

        abandoned_cart_variant = cls(
            type_=type_,
            config=config,
        )

        abandoned_cart_variant.additional_properties = d
        return abandoned_cart_variant

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
