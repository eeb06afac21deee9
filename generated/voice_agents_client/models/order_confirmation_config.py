from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.support_contacts import SupportContacts


T = TypeVar("T", bound="OrderConfirmationConfig")


@_attrs_define
class OrderConfirmationConfig:
    """Settings of the order-confirmation flow (`variant.config.order_confirmation`).

    Attributes:
        support_contacts (SupportContacts | Unset): How customers can reach the business; assistants may read these out
            on a call.
    """

    support_contacts: SupportContacts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        support_contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.support_contacts, Unset):
            support_contacts = self.support_contacts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if support_contacts is not UNSET:
            field_dict["supportContacts"] = support_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.support_contacts import SupportContacts  # noqa: PLC0415

        d = dict(src_dict)
        _support_contacts = d.pop("supportContacts", UNSET)
        support_contacts: SupportContacts | Unset
        if isinstance(_support_contacts, Unset):
            support_contacts = UNSET
        else:
            support_contacts = SupportContacts.from_dict(_support_contacts)

        order_confirmation_config = cls(
            support_contacts=support_contacts,
        )

        order_confirmation_config.additional_properties = d
        return order_confirmation_config

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
