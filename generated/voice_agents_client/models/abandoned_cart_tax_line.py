from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbandonedCartTaxLine")


@_attrs_define
class AbandonedCartTaxLine:
    """One tax applied to the cart.

    Attributes:
        rate (float | Unset): Rate as a fraction (0.05 for 5%).
        rate_percentage (float | Unset): The same rate as a percentage.
        source (None | str | Unset):
        title (str | Unset):
        price (str | Unset): Tax amount as a decimal string.
    """

    rate: float | Unset = UNSET
    rate_percentage: float | Unset = UNSET
    source: None | str | Unset = UNSET
    title: str | Unset = UNSET
    price: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        rate_percentage = self.rate_percentage

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        title = self.title

        price = self.price

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_percentage is not UNSET:
            field_dict["ratePercentage"] = rate_percentage
        if source is not UNSET:
            field_dict["source"] = source
        if title is not UNSET:
            field_dict["title"] = title
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate = d.pop("rate", UNSET)

        rate_percentage = d.pop("ratePercentage", UNSET)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        title = d.pop("title", UNSET)

        price = d.pop("price", UNSET)

        abandoned_cart_tax_line = cls(
            rate=rate,
            rate_percentage=rate_percentage,
            source=source,
            title=title,
            price=price,
        )

        return abandoned_cart_tax_line
