from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unknown_event_data import UnknownEventData


T = TypeVar("T", bound="UnknownEvent")


@_attrs_define
class UnknownEvent:
    """An event whose `type` this version of the spec does not know yet (the platform may add event types). It keeps `type`
    and `data` as received, so a receiver can log or skip it instead of failing. Known types never parse into this
    class: their own variants come first.

        Attributes:
            type_ (str): The event type as sent.
            data (UnknownEventData | Unset): The event's data, unparsed.
    """

    type_: str
    data: UnknownEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unknown_event_data import UnknownEventData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _data = d.pop("data", UNSET)
        data: UnknownEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UnknownEventData.from_dict(_data)

        unknown_event = cls(
            type_=type_,
            data=data,
        )

        unknown_event.additional_properties = d
        return unknown_event

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
