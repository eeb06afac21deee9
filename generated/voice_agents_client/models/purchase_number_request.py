from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telephony_number_type import TelephonyNumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseNumberRequest")


@_attrs_define
class PurchaseNumberRequest:
    """The number to buy, as returned by the search.

    Attributes:
        number (str): The phone number to buy.
        country_code (str): Two-letter ISO country code of the number.
        number_type (TelephonyNumberType): Kind of phone number. Only `local` exists today.
        provider (str | Unset): Provider to buy from; the platform's own pool when left out. Default: 'miraiminds'.
        setup_fee_cents (int | Unset): Setup charge in cents, as quoted by the search. Default: 0.
    """

    number: str
    country_code: str
    number_type: TelephonyNumberType
    provider: str | Unset = "miraiminds"
    setup_fee_cents: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        country_code = self.country_code

        number_type = self.number_type.value

        provider = self.provider

        setup_fee_cents = self.setup_fee_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "countryCode": country_code,
                "numberType": number_type,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if setup_fee_cents is not UNSET:
            field_dict["setupFeeCents"] = setup_fee_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        country_code = d.pop("countryCode")

        number_type = TelephonyNumberType(d.pop("numberType"))

        provider = d.pop("provider", UNSET)

        setup_fee_cents = d.pop("setupFeeCents", UNSET)

        purchase_number_request = cls(
            number=number,
            country_code=country_code,
            number_type=number_type,
            provider=provider,
            setup_fee_cents=setup_fee_cents,
        )

        purchase_number_request.additional_properties = d
        return purchase_number_request

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
