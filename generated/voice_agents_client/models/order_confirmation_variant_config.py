from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_confirmation_config import OrderConfirmationConfig


T = TypeVar("T", bound="OrderConfirmationVariantConfig")


@_attrs_define
class OrderConfirmationVariantConfig:
    """`variant.config` of an order-confirmation assistant.

    Attributes:
        order_confirmation (OrderConfirmationConfig | Unset): Settings of the order-confirmation flow
            (`variant.config.order_confirmation`).
    """

    order_confirmation: OrderConfirmationConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_confirmation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_confirmation, Unset):
            order_confirmation = self.order_confirmation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_confirmation is not UNSET:
            field_dict["order_confirmation"] = order_confirmation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_confirmation_config import OrderConfirmationConfig  # noqa: PLC0415

        d = dict(src_dict)
        _order_confirmation = d.pop("order_confirmation", UNSET)
        order_confirmation: OrderConfirmationConfig | Unset
        if isinstance(_order_confirmation, Unset):
            order_confirmation = UNSET
        else:
            order_confirmation = OrderConfirmationConfig.from_dict(_order_confirmation)

        order_confirmation_variant_config = cls(
            order_confirmation=order_confirmation,
        )

        order_confirmation_variant_config.additional_properties = d
        return order_confirmation_variant_config

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
