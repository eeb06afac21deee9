from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderLineItem")


@_attrs_define
class CreateOrderLineItem:
    """One product to order; identified by `title` or by `variantId` depending on the source.

    Attributes:
        title (str | Unset):
        variant_id (str | Unset):
        quantity (float | Unset):
    """

    title: str | Unset = UNSET
    variant_id: str | Unset = UNSET
    quantity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        variant_id = self.variant_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        variant_id = d.pop("variantId", UNSET)

        quantity = d.pop("quantity", UNSET)

        create_order_line_item = cls(
            title=title,
            variant_id=variant_id,
            quantity=quantity,
        )

        create_order_line_item.additional_properties = d
        return create_order_line_item

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
