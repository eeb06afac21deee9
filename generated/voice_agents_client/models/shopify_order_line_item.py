from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShopifyOrderLineItem")


@_attrs_define
class ShopifyOrderLineItem:
    """One product of the order.

    Attributes:
        title (str):
        quantity (float):
        variant_title (str | Unset):
    """

    title: str
    quantity: float
    variant_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        quantity = self.quantity

        variant_title = self.variant_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "quantity": quantity,
            }
        )
        if variant_title is not UNSET:
            field_dict["variantTitle"] = variant_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        quantity = d.pop("quantity")

        variant_title = d.pop("variantTitle", UNSET)

        shopify_order_line_item = cls(
            title=title,
            quantity=quantity,
            variant_title=variant_title,
        )

        shopify_order_line_item.additional_properties = d
        return shopify_order_line_item

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
