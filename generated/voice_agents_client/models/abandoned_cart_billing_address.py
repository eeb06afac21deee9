from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbandonedCartBillingAddress")


@_attrs_define
class AbandonedCartBillingAddress:
    """The part of the billing address the assistant uses.

    Attributes:
        country (str | Unset):
        phone (str | Unset):
    """

    country: str | Unset = UNSET
    phone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        phone = d.pop("phone", UNSET)

        abandoned_cart_billing_address = cls(
            country=country,
            phone=phone,
        )

        return abandoned_cart_billing_address
