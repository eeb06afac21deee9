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
    from ..models.create_order_action_event_data import CreateOrderActionEventData
    from ..models.order_update_action_event_data import OrderUpdateActionEventData
    from ..models.send_whatsapp_action_event_data import SendWhatsappActionEventData
    from ..models.unknown_action_event_data import UnknownActionEventData


T = TypeVar("T", bound="ActionEvent")


@_attrs_define
class ActionEvent:
    """An `action` event and the action it asks for.

    Attributes:
        type_ (Literal['action']): Always `action`.
        data (CreateOrderActionEventData | OrderUpdateActionEventData | SendWhatsappActionEventData |
            UnknownActionEventData): Data of an `action` event. The variants are told apart by `action`: `create_order`,
            `send_whatsapp`, or one of the order updates `mark_prepaid`, `update_address`, `confirmed_address`.
    """

    type_: Literal["action"]
    data: (
        CreateOrderActionEventData
        | OrderUpdateActionEventData
        | SendWhatsappActionEventData
        | UnknownActionEventData
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_order_action_event_data import CreateOrderActionEventData  # noqa: PLC0415
        from ..models.order_update_action_event_data import OrderUpdateActionEventData  # noqa: PLC0415
        from ..models.send_whatsapp_action_event_data import SendWhatsappActionEventData  # noqa: PLC0415

        type_ = self.type_

        data: dict[str, Any]
        if isinstance(self.data, CreateOrderActionEventData):
            data = self.data.to_dict()
        elif isinstance(self.data, SendWhatsappActionEventData):
            data = self.data.to_dict()
        elif isinstance(self.data, OrderUpdateActionEventData):
            data = self.data.to_dict()
        else:
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
        from ..models.create_order_action_event_data import CreateOrderActionEventData  # noqa: PLC0415
        from ..models.order_update_action_event_data import OrderUpdateActionEventData  # noqa: PLC0415
        from ..models.send_whatsapp_action_event_data import SendWhatsappActionEventData  # noqa: PLC0415
        from ..models.unknown_action_event_data import UnknownActionEventData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["action"], d.pop("type"))
        if type_ != "action":
            raise ValueError(f"type must match const 'action', got '{type_}'")

        def _parse_data(
            data: object,
        ) -> (
            CreateOrderActionEventData
            | OrderUpdateActionEventData
            | SendWhatsappActionEventData
            | UnknownActionEventData
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_event_data_type_0 = (
                    CreateOrderActionEventData.from_dict(data)
                )

                return componentsschemas_action_event_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_event_data_type_1 = (
                    SendWhatsappActionEventData.from_dict(data)
                )

                return componentsschemas_action_event_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_event_data_type_2 = (
                    OrderUpdateActionEventData.from_dict(data)
                )

                return componentsschemas_action_event_data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_action_event_data_type_3 = (
                UnknownActionEventData.from_dict(data)
            )

            return componentsschemas_action_event_data_type_3

        data = _parse_data(d.pop("data"))

        action_event = cls(
            type_=type_,
            data=data,
        )

        action_event.additional_properties = d
        return action_event

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
