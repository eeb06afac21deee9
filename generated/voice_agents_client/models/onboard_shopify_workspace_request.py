from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.policy_framework import PolicyFramework
    from ..models.support_contacts import SupportContacts
    from ..models.trust_signals import TrustSignals


T = TypeVar("T", bound="OnboardShopifyWorkspaceRequest")


@_attrs_define
class OnboardShopifyWorkspaceRequest:
    """A Shopify store's identity, trust figures and policies. All six parts are required.

    Attributes:
        name (str): Store or brand name, used as the workspace name.
        currency_code (str): ISO 4217 code of the store currency.
        timezone (str): IANA time-zone name of the store.
        support_contacts (SupportContacts): How customers can reach the business; assistants may read these out on a
            call.
        trust_signals (TrustSignals): Facts about the store that assistants may quote to build confidence. Only the one-
            line value proposition is mandatory.
        policy_framework (PolicyFramework): The store policies assistants explain to customers. All three are required.
    """

    name: str
    currency_code: str
    timezone: str
    support_contacts: SupportContacts
    trust_signals: TrustSignals
    policy_framework: PolicyFramework
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency_code = self.currency_code

        timezone = self.timezone

        support_contacts = self.support_contacts.to_dict()

        trust_signals = self.trust_signals.to_dict()

        policy_framework = self.policy_framework.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "currencyCode": currency_code,
                "timezone": timezone,
                "supportContacts": support_contacts,
                "trustSignals": trust_signals,
                "policyFramework": policy_framework,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_framework import PolicyFramework  # noqa: PLC0415
        from ..models.support_contacts import SupportContacts  # noqa: PLC0415
        from ..models.trust_signals import TrustSignals  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        currency_code = d.pop("currencyCode")

        timezone = d.pop("timezone")

        support_contacts = SupportContacts.from_dict(d.pop("supportContacts"))

        trust_signals = TrustSignals.from_dict(d.pop("trustSignals"))

        policy_framework = PolicyFramework.from_dict(d.pop("policyFramework"))

        onboard_shopify_workspace_request = cls(
            name=name,
            currency_code=currency_code,
            timezone=timezone,
            support_contacts=support_contacts,
            trust_signals=trust_signals,
            policy_framework=policy_framework,
        )

        onboard_shopify_workspace_request.additional_properties = d
        return onboard_shopify_workspace_request

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
