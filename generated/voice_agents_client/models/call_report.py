from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallReport")


@_attrs_define
class CallReport:
    """Attempt counters of the call task, sent with `call.lifecycle-ended`.

    Attributes:
        re_attempt_count (float | Unset): Retries made after the first attempt.
        rescheduled_count (float | Unset): Callbacks scheduled at the customer's request.
        final_status (str | Unset): Status the call ended in (a `CallStatus` value such as `completed`).
    """

    re_attempt_count: float | Unset = UNSET
    rescheduled_count: float | Unset = UNSET
    final_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        re_attempt_count = self.re_attempt_count

        rescheduled_count = self.rescheduled_count

        final_status = self.final_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if re_attempt_count is not UNSET:
            field_dict["reAttemptCount"] = re_attempt_count
        if rescheduled_count is not UNSET:
            field_dict["rescheduledCount"] = rescheduled_count
        if final_status is not UNSET:
            field_dict["finalStatus"] = final_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        re_attempt_count = d.pop("reAttemptCount", UNSET)

        rescheduled_count = d.pop("rescheduledCount", UNSET)

        final_status = d.pop("finalStatus", UNSET)

        call_report = cls(
            re_attempt_count=re_attempt_count,
            rescheduled_count=rescheduled_count,
            final_status=final_status,
        )

        call_report.additional_properties = d
        return call_report

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
