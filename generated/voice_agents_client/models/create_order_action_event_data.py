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

from ..models.action_reason import ActionReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_details import CallDetails
    from ..models.create_order_payload import CreateOrderPayload


T = TypeVar("T", bound="CreateOrderActionEventData")


@_attrs_define
class CreateOrderActionEventData:
    """The customer wants to order; create the order described in `payload`.

    Attributes:
        action (Literal['create_order']): Always `create_order`.
        call (CallDetails | Unset): The call an event is about. Timestamps and links stay `null` until they exist (a
            call that was never answered has no recording).
        reason (ActionReason | None | str | Unset): Set when the action was raised because data was missing; otherwise
            `null` or absent.
        payload (CreateOrderPayload | Unset): The order the customer agreed to on the call. `discount` is only the extra
            discount the agent granted during the call; a discount already applied to the cart is reflected in the totals
            instead.
    """

    action: Literal["create_order"]
    call: CallDetails | Unset = UNSET
    reason: ActionReason | None | str | Unset = UNSET
    payload: CreateOrderPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, ActionReason):
            reason = self.reason.value
        else:
            reason = self.reason

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if call is not UNSET:
            field_dict["call"] = call
        if reason is not UNSET:
            field_dict["reason"] = reason
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_details import CallDetails  # noqa: PLC0415
        from ..models.create_order_payload import CreateOrderPayload  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["create_order"], d.pop("action"))
        if action != "create_order":
            raise ValueError(f"action must match const 'create_order', got '{action}'")

        _call = d.pop("call", UNSET)
        call: CallDetails | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = CallDetails.from_dict(_call)

        def _parse_reason(data: object) -> ActionReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = ActionReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionReason | None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        _payload = d.pop("payload", UNSET)
        payload: CreateOrderPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = CreateOrderPayload.from_dict(_payload)

        create_order_action_event_data = cls(
            action=action,
            call=call,
            reason=reason,
            payload=payload,
        )

        create_order_action_event_data.additional_properties = d
        return create_order_action_event_data

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
