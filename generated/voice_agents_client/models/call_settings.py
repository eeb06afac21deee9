from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_slot import CallSlot
    from ..models.retry_protocol import RetryProtocol


T = TypeVar("T", bound="CallSettings")


@_attrs_define
class CallSettings:
    """When and how the assistant dials. Optional as a whole, but once present it must carry `slots` and `retryProtocol`.

    Attributes:
        slots (list[CallSlot]): Daily calling windows; calls are placed only inside one of them.
        retry_protocol (RetryProtocol): Redial rules, chosen by why an attempt failed. A field left out takes the
            default shown.
        max_call_duration (float | Unset): Upper limit for one call, in seconds.
        concurrent_call_count (float | Unset): How many calls of this assistant may run at the same time (at most 10).
    """

    slots: list[CallSlot]
    retry_protocol: RetryProtocol
    max_call_duration: float | Unset = UNSET
    concurrent_call_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        retry_protocol = self.retry_protocol.to_dict()

        max_call_duration = self.max_call_duration

        concurrent_call_count = self.concurrent_call_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slots": slots,
                "retryProtocol": retry_protocol,
            }
        )
        if max_call_duration is not UNSET:
            field_dict["maxCallDuration"] = max_call_duration
        if concurrent_call_count is not UNSET:
            field_dict["concurrentCallCount"] = concurrent_call_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_slot import CallSlot  # noqa: PLC0415
        from ..models.retry_protocol import RetryProtocol  # noqa: PLC0415

        d = dict(src_dict)
        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = CallSlot.from_dict(slots_item_data)

            slots.append(slots_item)

        retry_protocol = RetryProtocol.from_dict(d.pop("retryProtocol"))

        max_call_duration = d.pop("maxCallDuration", UNSET)

        concurrent_call_count = d.pop("concurrentCallCount", UNSET)

        call_settings = cls(
            slots=slots,
            retry_protocol=retry_protocol,
            max_call_duration=max_call_duration,
            concurrent_call_count=concurrent_call_count,
        )

        call_settings.additional_properties = d
        return call_settings

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
