from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_event_type import CallEventType

if TYPE_CHECKING:
    from ..models.call_event_data import CallEventData


T = TypeVar("T", bound="CallLifecycleEvent")


@_attrs_define
class CallLifecycleEvent:
    """A `call.*` event and its data.

    Attributes:
        type_ (CallEventType): Names of the lifecycle events (the other two event types are `end-of-call` and `action`).
            - `call.initiate`: queued, being dialled.
            - `call.in-progress`: answered; the conversation started.
            - `call.ended`: the phone connection dropped; analysis is running.
            - `call.completed`: post-processing done; recording, transcript and duration available.
            - `call.timeout`: the call hit `maxCallDuration`.
            - `call.failed`: could not connect.
            - `call.validation-failed`: checks before dialling failed.
            - `call.busy`: line busy.
            - `call.no-answer`: nobody picked up.
            - `call.skip`: not dialled (DND number, outside allowed hours, ...).
            - `call.rescheduled`: the customer asked for a callback; another attempt follows.
            - `call.aborted`: cancelled through `abort_call`.
            - `call.lifecycle-ended`: the last event of the call; no further attempts. Carries `report`.
        data (CallEventData): Data of lifecycle and `end-of-call` events. Every block is optional: early events carry
            only `call`, `end-of-call` adds `analysis` and `credits`, and `call.lifecycle-ended` adds `report`.
    """

    type_: CallEventType
    data: CallEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_event_data import CallEventData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = CallEventType(d.pop("type"))

        data = CallEventData.from_dict(d.pop("data"))

        call_lifecycle_event = cls(
            type_=type_,
            data=data,
        )

        call_lifecycle_event.additional_properties = d
        return call_lifecycle_event

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
