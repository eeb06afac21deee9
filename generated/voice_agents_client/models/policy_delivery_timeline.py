from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyDeliveryTimeline")


@_attrs_define
class PolicyDeliveryTimeline:
    """Range of days a delivery usually takes.

    Attributes:
        min_days (int | Unset): Fastest usual delivery, in days.
        max_days (int | Unset): Slowest usual delivery, in days.
    """

    min_days: int | Unset = UNSET
    max_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_days = self.min_days

        max_days = self.max_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_days is not UNSET:
            field_dict["minDays"] = min_days
        if max_days is not UNSET:
            field_dict["maxDays"] = max_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_days = d.pop("minDays", UNSET)

        max_days = d.pop("maxDays", UNSET)

        policy_delivery_timeline = cls(
            min_days=min_days,
            max_days=max_days,
        )

        policy_delivery_timeline.additional_properties = d
        return policy_delivery_timeline

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
