from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.support_contacts import SupportContacts


T = TypeVar("T", bound="CodToPrepaidConfig")


@_attrs_define
class CodToPrepaidConfig:
    """Settings of the COD-to-prepaid flow (`variant.config.cod_to_prepaid`).

    Attributes:
        payment_link_validity (float): Hours the payment link stays usable. The agent says it in hours (24 becomes
            "twenty-four hours").
        cod_fee (float): Cash-on-delivery fee the buyer saves by paying online; the agent uses it as the incentive.
        support_contacts (SupportContacts): How customers can reach the business; assistants may read these out on a
            call.
    """

    payment_link_validity: float
    cod_fee: float
    support_contacts: SupportContacts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_link_validity = self.payment_link_validity

        cod_fee = self.cod_fee

        support_contacts = self.support_contacts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentLinkValidity": payment_link_validity,
                "codFee": cod_fee,
                "supportContacts": support_contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.support_contacts import SupportContacts  # noqa: PLC0415

        d = dict(src_dict)
        payment_link_validity = d.pop("paymentLinkValidity")

        cod_fee = d.pop("codFee")

        support_contacts = SupportContacts.from_dict(d.pop("supportContacts"))

        cod_to_prepaid_config = cls(
            payment_link_validity=payment_link_validity,
            cod_fee=cod_fee,
            support_contacts=support_contacts,
        )

        cod_to_prepaid_config.additional_properties = d
        return cod_to_prepaid_config

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
