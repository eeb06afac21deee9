from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_workspace_trust_signals import CustomWorkspaceTrustSignals
    from ..models.support_contacts import SupportContacts


T = TypeVar("T", bound="OnboardCustomWorkspaceRequest")


@_attrs_define
class OnboardCustomWorkspaceRequest:
    """What a custom workspace is created from.

    Attributes:
        name (str): Name shown for the workspace. The server turns it into a unique `slug`; a second workspace with the
            same name is refused with 409.
        currency_code (str): ISO 4217 currency code; the server stores it in upper case.
        timezone (str): IANA time-zone name the workspace operates in.
        support_contacts (SupportContacts): How customers can reach the business; assistants may read these out on a
            call.
        trust_signals (CustomWorkspaceTrustSignals): The one piece of positioning a custom workspace is created with. (A
            Shopify store sends the fuller `TrustSignals` instead.)
    """

    name: str
    currency_code: str
    timezone: str
    support_contacts: SupportContacts
    trust_signals: CustomWorkspaceTrustSignals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency_code = self.currency_code

        timezone = self.timezone

        support_contacts = self.support_contacts.to_dict()

        trust_signals = self.trust_signals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "currencyCode": currency_code,
                "timezone": timezone,
                "supportContacts": support_contacts,
                "trustSignals": trust_signals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_workspace_trust_signals import CustomWorkspaceTrustSignals  # noqa: PLC0415
        from ..models.support_contacts import SupportContacts  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        currency_code = d.pop("currencyCode")

        timezone = d.pop("timezone")

        support_contacts = SupportContacts.from_dict(d.pop("supportContacts"))

        trust_signals = CustomWorkspaceTrustSignals.from_dict(d.pop("trustSignals"))

        onboard_custom_workspace_request = cls(
            name=name,
            currency_code=currency_code,
            timezone=timezone,
            support_contacts=support_contacts,
            trust_signals=trust_signals,
        )

        onboard_custom_workspace_request.additional_properties = d
        return onboard_custom_workspace_request

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
