from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryProtocol")


@_attrs_define
class RetryProtocol:
    """Redial rules, chosen by why an attempt failed. A field left out takes the default shown.

    Attributes:
        max_attempts_no_pickup (int | Unset): Redials after the phone rang and nobody answered. Default: 2.
        max_attempts_low_engagement (int | Unset): Redials after the callee answered but hung up at once or said they
            were busy. Default: 1.
        re_attempt_period (int | Unset): Seconds to wait before dialling the same person again. Default: 300.
        max_reschedule_count (int | Unset): How often a callee may ask to be called back later (at most 5). Default: 1.
    """

    max_attempts_no_pickup: int | Unset = 2
    max_attempts_low_engagement: int | Unset = 1
    re_attempt_period: int | Unset = 300
    max_reschedule_count: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_attempts_no_pickup = self.max_attempts_no_pickup

        max_attempts_low_engagement = self.max_attempts_low_engagement

        re_attempt_period = self.re_attempt_period

        max_reschedule_count = self.max_reschedule_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_attempts_no_pickup is not UNSET:
            field_dict["maxAttemptsNoPickup"] = max_attempts_no_pickup
        if max_attempts_low_engagement is not UNSET:
            field_dict["maxAttemptsLowEngagement"] = max_attempts_low_engagement
        if re_attempt_period is not UNSET:
            field_dict["reAttemptPeriod"] = re_attempt_period
        if max_reschedule_count is not UNSET:
            field_dict["maxRescheduleCount"] = max_reschedule_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_attempts_no_pickup = d.pop("maxAttemptsNoPickup", UNSET)

        max_attempts_low_engagement = d.pop("maxAttemptsLowEngagement", UNSET)

        re_attempt_period = d.pop("reAttemptPeriod", UNSET)

        max_reschedule_count = d.pop("maxRescheduleCount", UNSET)

        retry_protocol = cls(
            max_attempts_no_pickup=max_attempts_no_pickup,
            max_attempts_low_engagement=max_attempts_low_engagement,
            re_attempt_period=re_attempt_period,
            max_reschedule_count=max_reschedule_count,
        )

        retry_protocol.additional_properties = d
        return retry_protocol

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
