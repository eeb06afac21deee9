from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_slot import CallSlot
    from ..models.retry_protocol import RetryProtocol


T = TypeVar("T", bound="CallSettingsUpdate")


@_attrs_define
class CallSettingsUpdate:
    """Call-settings changes for `update_assistant`; every field is optional.

    Attributes:
        slots (list[CallSlot] | Unset): New set of daily calling windows, replacing the stored ones.
        max_call_duration (float | Unset): Upper limit for one call, in seconds.
        concurrent_call_count (float | Unset): Parallel calls allowed for this assistant (at most 10).
        retry_protocol (RetryProtocol | Unset): Redial rules, chosen by why an attempt failed. A field left out takes
            the default shown.
    """

    slots: list[CallSlot] | Unset = UNSET
    max_call_duration: float | Unset = UNSET
    concurrent_call_count: float | Unset = UNSET
    retry_protocol: RetryProtocol | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        max_call_duration = self.max_call_duration

        concurrent_call_count = self.concurrent_call_count

        retry_protocol: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_protocol, Unset):
            retry_protocol = self.retry_protocol.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slots is not UNSET:
            field_dict["slots"] = slots
        if max_call_duration is not UNSET:
            field_dict["maxCallDuration"] = max_call_duration
        if concurrent_call_count is not UNSET:
            field_dict["concurrentCallCount"] = concurrent_call_count
        if retry_protocol is not UNSET:
            field_dict["retryProtocol"] = retry_protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_slot import CallSlot  # noqa: PLC0415
        from ..models.retry_protocol import RetryProtocol  # noqa: PLC0415

        d = dict(src_dict)
        _slots = d.pop("slots", UNSET)
        slots: list[CallSlot] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = CallSlot.from_dict(slots_item_data)

                slots.append(slots_item)

        max_call_duration = d.pop("maxCallDuration", UNSET)

        concurrent_call_count = d.pop("concurrentCallCount", UNSET)

        _retry_protocol = d.pop("retryProtocol", UNSET)
        retry_protocol: RetryProtocol | Unset
        if isinstance(_retry_protocol, Unset):
            retry_protocol = UNSET
        else:
            retry_protocol = RetryProtocol.from_dict(_retry_protocol)

        call_settings_update = cls(
            slots=slots,
            max_call_duration=max_call_duration,
            concurrent_call_count=concurrent_call_count,
            retry_protocol=retry_protocol,
        )

        call_settings_update.additional_properties = d
        return call_settings_update

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
