from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telephony_number_type import TelephonyNumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableNumber")


@_attrs_define
class AvailableNumber:
    """A number the provider offers for purchase, with its price.

    Attributes:
        number (str): The phone number in E.164 form; pass it to the purchase operation.
        country_code (str): Two-letter ISO country code.
        number_type (str | TelephonyNumberType):
        monthly_rate_cents (int | Unset): Recurring charge per month, in cents.
        setup_fee_cents (int | Unset): One-time charge on purchase, in cents.
    """

    number: str
    country_code: str
    number_type: str | TelephonyNumberType
    monthly_rate_cents: int | Unset = UNSET
    setup_fee_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        country_code = self.country_code

        number_type: str
        if isinstance(self.number_type, TelephonyNumberType):
            number_type = self.number_type.value
        else:
            number_type = self.number_type

        monthly_rate_cents = self.monthly_rate_cents

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
        if monthly_rate_cents is not UNSET:
            field_dict["monthlyRateCents"] = monthly_rate_cents
        if setup_fee_cents is not UNSET:
            field_dict["setupFeeCents"] = setup_fee_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        country_code = d.pop("countryCode")

        def _parse_number_type(data: object) -> str | TelephonyNumberType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                number_type_type_0 = TelephonyNumberType(data)

                return number_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TelephonyNumberType, data)

        number_type = _parse_number_type(d.pop("numberType"))

        monthly_rate_cents = d.pop("monthlyRateCents", UNSET)

        setup_fee_cents = d.pop("setupFeeCents", UNSET)

        available_number = cls(
            number=number,
            country_code=country_code,
            number_type=number_type,
            monthly_rate_cents=monthly_rate_cents,
            setup_fee_cents=setup_fee_cents,
        )

        available_number.additional_properties = d
        return available_number

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
