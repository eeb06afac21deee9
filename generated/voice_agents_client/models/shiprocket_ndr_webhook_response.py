from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ndr_webhook_status import NdrWebhookStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShiprocketNdrWebhookResponse")


@_attrs_define
class ShiprocketNdrWebhookResponse:
    """Outcome of one Shiprocket NDR event. A bare object, without the `data` envelope.

    Attributes:
        status (NdrWebhookStatus | str):
        call_id (str | Unset): Id of the queued call (expected when `status` is `queued`, inferred). Use it to abort or
            update the call.
        reason (str | Unset): Why the event was skipped (expected when `status` is `skipped`, inferred).
    """

    status: NdrWebhookStatus | str
    call_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, NdrWebhookStatus):
            status = self.status.value
        else:
            status = self.status

        call_id = self.call_id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> NdrWebhookStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = NdrWebhookStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NdrWebhookStatus | str, data)

        status = _parse_status(d.pop("status"))

        call_id = d.pop("callId", UNSET)

        reason = d.pop("reason", UNSET)

        shiprocket_ndr_webhook_response = cls(
            status=status,
            call_id=call_id,
            reason=reason,
        )

        shiprocket_ndr_webhook_response.additional_properties = d
        return shiprocket_ndr_webhook_response

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
