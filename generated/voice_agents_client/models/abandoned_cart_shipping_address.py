from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbandonedCartShippingAddress")


@_attrs_define
class AbandonedCartShippingAddress:
    """Where the order would be shipped.

    Attributes:
        country (str | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        province (str | Unset):
        province_code (str | Unset):
        zip_ (str | Unset):
        phone (str | Unset):
    """

    country: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    province: str | Unset = UNSET
    province_code: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        address1 = self.address1

        address2 = self.address2

        city = self.city

        province = self.province

        province_code = self.province_code

        zip_ = self.zip_

        phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if province is not UNSET:
            field_dict["province"] = province
        if province_code is not UNSET:
            field_dict["provinceCode"] = province_code
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        province = d.pop("province", UNSET)

        province_code = d.pop("provinceCode", UNSET)

        zip_ = d.pop("zip", UNSET)

        phone = d.pop("phone", UNSET)

        abandoned_cart_shipping_address = cls(
            country=country,
            address1=address1,
            address2=address2,
            city=city,
            province=province,
            province_code=province_code,
            zip_=zip_,
            phone=phone,
        )

        return abandoned_cart_shipping_address
