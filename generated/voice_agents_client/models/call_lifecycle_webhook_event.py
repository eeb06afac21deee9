from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_lifecycle_event import CallLifecycleEvent
    from ..models.call_metadata_read import CallMetadataRead
    from ..models.unknown_event import UnknownEvent


T = TypeVar("T", bound="CallLifecycleWebhookEvent")


@_attrs_define
class CallLifecycleWebhookEvent:
    """Delivery of one `call.*` lifecycle event.

    Attributes:
        event (CallLifecycleEvent | UnknownEvent):
        metadata (CallMetadataRead | Unset): Your own correlation data (order ids, user ids and so on). The platform
            stores it with the call and echoes it unchanged at the top of every webhook event. One key has a meaning of its
            own: `discount`.
    """

    event: CallLifecycleEvent | UnknownEvent
    metadata: CallMetadataRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_lifecycle_event import CallLifecycleEvent  # noqa: PLC0415

        event: dict[str, Any]
        if isinstance(self.event, CallLifecycleEvent):
            event = self.event.to_dict()
        else:
            event = self.event.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_lifecycle_event import CallLifecycleEvent  # noqa: PLC0415
        from ..models.call_metadata_read import CallMetadataRead  # noqa: PLC0415
        from ..models.unknown_event import UnknownEvent  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_event(data: object) -> CallLifecycleEvent | UnknownEvent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = CallLifecycleEvent.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            event_type_1 = UnknownEvent.from_dict(data)

            return event_type_1

        event = _parse_event(d.pop("event"))

        _metadata = d.pop("metadata", UNSET)
        metadata: CallMetadataRead | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CallMetadataRead.from_dict(_metadata)

        call_lifecycle_webhook_event = cls(
            event=event,
            metadata=metadata,
        )

        call_lifecycle_webhook_event.additional_properties = d
        return call_lifecycle_webhook_event

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
