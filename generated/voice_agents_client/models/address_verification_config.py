from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.support_contacts import SupportContacts


T = TypeVar("T", bound="AddressVerificationConfig")


@_attrs_define
class AddressVerificationConfig:
    """Settings of the address-verification flow (`variant.config.address_verification`).

    Attributes:
        min_days (float): Earliest expected delivery, in days, that the agent quotes.
        max_days (float): Latest expected delivery, in days, that the agent quotes.
        support_contacts (SupportContacts): How customers can reach the business; assistants may read these out on a
            call.
    """

    min_days: float
    max_days: float
    support_contacts: SupportContacts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_days = self.min_days

        max_days = self.max_days

        support_contacts = self.support_contacts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minDays": min_days,
                "maxDays": max_days,
                "supportContacts": support_contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.support_contacts import SupportContacts  # noqa: PLC0415

        d = dict(src_dict)
        min_days = d.pop("minDays")

        max_days = d.pop("maxDays")

        support_contacts = SupportContacts.from_dict(d.pop("supportContacts"))

        address_verification_config = cls(
            min_days=min_days,
            max_days=max_days,
            support_contacts=support_contacts,
        )

        address_verification_config.additional_properties = d
        return address_verification_config

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
