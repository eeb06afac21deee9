from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abandoned_cart_config import AbandonedCartConfig


T = TypeVar("T", bound="AbandonedCartVariantConfig")


@_attrs_define
class AbandonedCartVariantConfig:
    """`variant.config` of an abandoned-cart assistant.

    Attributes:
        abandoned_cart (AbandonedCartConfig | Unset): Settings of the abandoned-cart flow
            (`variant.config.abandoned_cart`).
    """

    abandoned_cart: AbandonedCartConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abandoned_cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.abandoned_cart, Unset):
            abandoned_cart = self.abandoned_cart.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if abandoned_cart is not UNSET:
            field_dict["abandoned_cart"] = abandoned_cart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abandoned_cart_config import AbandonedCartConfig  # noqa: PLC0415

        d = dict(src_dict)
        _abandoned_cart = d.pop("abandoned_cart", UNSET)
        abandoned_cart: AbandonedCartConfig | Unset
        if isinstance(_abandoned_cart, Unset):
            abandoned_cart = UNSET
        else:
            abandoned_cart = AbandonedCartConfig.from_dict(_abandoned_cart)

        abandoned_cart_variant_config = cls(
            abandoned_cart=abandoned_cart,
        )

        abandoned_cart_variant_config.additional_properties = d
        return abandoned_cart_variant_config

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
