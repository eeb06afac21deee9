from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_details import CallDetails


T = TypeVar("T", bound="UnknownActionEventData")


@_attrs_define
class UnknownActionEventData:
    """An action this version of the spec does not know yet (the platform may add actions). `action` and every other key
    are kept as received. Known actions never parse into this class: their own variants come first.

        Attributes:
            action (str): The action name as sent.
            call (CallDetails | Unset): The call an event is about. Timestamps and links stay `null` until they exist (a
                call that was never answered has no recording).
    """

    action: str
    call: CallDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if call is not UNSET:
            field_dict["call"] = call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_details import CallDetails  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        _call = d.pop("call", UNSET)
        call: CallDetails | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = CallDetails.from_dict(_call)

        unknown_action_event_data = cls(
            action=action,
            call=call,
        )

        unknown_action_event_data.additional_properties = d
        return unknown_action_event_data

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
