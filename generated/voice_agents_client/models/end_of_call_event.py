from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call_event_data import CallEventData


T = TypeVar("T", bound="EndOfCallEvent")


@_attrs_define
class EndOfCallEvent:
    """The `end-of-call` event and its data.

    Attributes:
        type_ (Literal['end-of-call']): Always `end-of-call`.
        data (CallEventData): Data of lifecycle and `end-of-call` events. Every block is optional: early events carry
            only `call`, `end-of-call` adds `analysis` and `credits`, and `call.lifecycle-ended` adds `report`.
    """

    type_: Literal["end-of-call"]
    data: CallEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        type_ = cast(Literal["end-of-call"], d.pop("type"))
        if type_ != "end-of-call":
            raise ValueError(f"type must match const 'end-of-call', got '{type_}'")

        data = CallEventData.from_dict(d.pop("data"))

        end_of_call_event = cls(
            type_=type_,
            data=data,
        )

        end_of_call_event.additional_properties = d
        return end_of_call_event

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
