from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_delivery_timeline import PolicyDeliveryTimeline


T = TypeVar("T", bound="ShippingPolicy")


@_attrs_define
class ShippingPolicy:
    """Delivery promises of the store.

    Attributes:
        delivery_timeline (PolicyDeliveryTimeline | Unset): Range of days a delivery usually takes.
        free_shipping_min_order_value (float | Unset): Order value, in the store currency, from which shipping is free.
    """

    delivery_timeline: PolicyDeliveryTimeline | Unset = UNSET
    free_shipping_min_order_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_timeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_timeline, Unset):
            delivery_timeline = self.delivery_timeline.to_dict()

        free_shipping_min_order_value = self.free_shipping_min_order_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_timeline is not UNSET:
            field_dict["deliveryTimeline"] = delivery_timeline
        if free_shipping_min_order_value is not UNSET:
            field_dict["freeShippingMinOrderValue"] = free_shipping_min_order_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_delivery_timeline import PolicyDeliveryTimeline  # noqa: PLC0415

        d = dict(src_dict)
        _delivery_timeline = d.pop("deliveryTimeline", UNSET)
        delivery_timeline: PolicyDeliveryTimeline | Unset
        if isinstance(_delivery_timeline, Unset):
            delivery_timeline = UNSET
        else:
            delivery_timeline = PolicyDeliveryTimeline.from_dict(_delivery_timeline)

        free_shipping_min_order_value = d.pop("freeShippingMinOrderValue", UNSET)

        shipping_policy = cls(
            delivery_timeline=delivery_timeline,
            free_shipping_min_order_value=free_shipping_min_order_value,
        )

        shipping_policy.additional_properties = d
        return shipping_policy

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
