from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InitiateCallResponse")


@_attrs_define
class InitiateCallResponse:
    """Bare answer of `initiate_call` (no `message`/`data` envelope).

    Attributes:
        call_id (str): Id of the queued call; use it with `abort_call` and `update_call_payload`.
        status (CallStatus | Unset): Where a call stands. Each value has a matching `call.<value>` webhook event.
            - `initiate`: queued, being dialled.
            - `in-progress`: answered; the conversation is running.
            - `ended`: the phone connection dropped; post-processing has started.
            - `completed`: recording, transcript and duration have been processed.
            - `timeout`: the call hit the assistant's `maxCallDuration`.
            - `failed`: the call could not be connected.
            - `validation-failed`: checks before dialling failed (for example an invalid number or payload).
            - `busy`: the line was busy.
            - `no-answer`: it rang but nobody picked up.
            - `skip`: not dialled, for example a DND number or outside the allowed hours.
            - `rescheduled`: the customer asked to be called back; another attempt will follow.
            - `aborted`: cancelled through `abort_call`.
    """

    call_id: str
    status: CallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        _status = d.pop("status", UNSET)
        status: CallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallStatus(_status)

        initiate_call_response = cls(
            call_id=call_id,
            status=status,
        )

        initiate_call_response.additional_properties = d
        return initiate_call_response

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
