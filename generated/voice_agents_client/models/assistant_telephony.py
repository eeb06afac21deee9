from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantTelephony")


@_attrs_define
class AssistantTelephony:
    """Phone numbers bound to the assistant, each given as the `_id` of a telephony number of the workspace (for instance
    the `_id` that `POST /v1/number-pool/purchase` returns). `null` means no number. An inbound number belongs to one
    assistant at a time: binding it here unbinds it from any other assistant.

        Attributes:
            inbound (None | str | Unset): Number customers dial to reach this assistant; the assistant answers it.
            outbound (None | str | Unset): Number shown as caller id when the assistant places calls.
    """

    inbound: None | str | Unset = UNSET
    outbound: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inbound: None | str | Unset
        if isinstance(self.inbound, Unset):
            inbound = UNSET
        else:
            inbound = self.inbound

        outbound: None | str | Unset
        if isinstance(self.outbound, Unset):
            outbound = UNSET
        else:
            outbound = self.outbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_inbound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound = _parse_inbound(d.pop("inbound", UNSET))

        def _parse_outbound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound = _parse_outbound(d.pop("outbound", UNSET))

        assistant_telephony = cls(
            inbound=inbound,
            outbound=outbound,
        )

        assistant_telephony.additional_properties = d
        return assistant_telephony

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
