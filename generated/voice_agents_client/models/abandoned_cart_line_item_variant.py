from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AbandonedCartLineItemVariant")


@_attrs_define
class AbandonedCartLineItemVariant:
    """The product variant chosen.

    Attributes:
        id (str):
        title (str):
    """

    id: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        abandoned_cart_line_item_variant = cls(
            id=id,
            title=title,
        )

        return abandoned_cart_line_item_variant
