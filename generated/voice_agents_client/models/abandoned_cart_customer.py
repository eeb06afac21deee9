from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbandonedCartCustomer")


@_attrs_define
class AbandonedCartCustomer:
    """The shopper who left the checkout.

    Attributes:
        first_name (str):
        phone (str): Phone number, preferably E.164.
        last_name (str | Unset):
        email (None | str | Unset):
    """

    first_name: str
    phone: str
    last_name: str | Unset = UNSET
    email: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        phone = self.phone

        last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "firstName": first_name,
                "phone": phone,
            }
        )
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName")

        phone = d.pop("phone")

        last_name = d.pop("lastName", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        abandoned_cart_customer = cls(
            first_name=first_name,
            phone=phone,
            last_name=last_name,
            email=email,
        )

        return abandoned_cart_customer
