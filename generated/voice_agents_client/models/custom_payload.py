from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomPayload")


@_attrs_define
class CustomPayload:
    """Payload of a `custom` assistant: any JSON object whose keys match the variables declared in the assistant's
    `inputSchema` (nested objects allowed). To keep the four payload shapes apart, an object that carries every required
    key of `NdrFollowupPayload`, `ShopifyOrderPayload` or `AbandonedCartPayload` is treated as that shape, not as a
    custom payload.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_payload = cls()

        custom_payload.additional_properties = d
        return custom_payload

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
