from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomWorkspaceTrustSignals")


@_attrs_define
class CustomWorkspaceTrustSignals:
    """The one piece of positioning a custom workspace is created with. (A Shopify store sends the fuller `TrustSignals`
    instead.)

        Attributes:
            value_proposition_one_liner (str): One sentence on what the business offers; assistants lean on it in
                conversation.
    """

    value_proposition_one_liner: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value_proposition_one_liner = self.value_proposition_one_liner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valuePropositionOneLiner": value_proposition_one_liner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value_proposition_one_liner = d.pop("valuePropositionOneLiner")

        custom_workspace_trust_signals = cls(
            value_proposition_one_liner=value_proposition_one_liner,
        )

        custom_workspace_trust_signals.additional_properties = d
        return custom_workspace_trust_signals

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
