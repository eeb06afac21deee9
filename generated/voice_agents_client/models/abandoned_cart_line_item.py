from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abandoned_cart_line_item_variant import AbandonedCartLineItemVariant


T = TypeVar("T", bound="AbandonedCartLineItem")


@_attrs_define
class AbandonedCartLineItem:
    """One product in the abandoned cart.

    Attributes:
        title (str):
        quantity (int):
        variant (AbandonedCartLineItemVariant | Unset): The product variant chosen.
    """

    title: str
    quantity: int
    variant: AbandonedCartLineItemVariant | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        quantity = self.quantity

        variant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "quantity": quantity,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abandoned_cart_line_item_variant import (
            AbandonedCartLineItemVariant,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        quantity = d.pop("quantity")

        _variant = d.pop("variant", UNSET)
        variant: AbandonedCartLineItemVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = AbandonedCartLineItemVariant.from_dict(_variant)

        abandoned_cart_line_item = cls(
            title=title,
            quantity=quantity,
            variant=variant,
        )

        return abandoned_cart_line_item
