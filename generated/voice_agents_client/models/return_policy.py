from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_fee import PolicyFee


T = TypeVar("T", bound="ReturnPolicy")


@_attrs_define
class ReturnPolicy:
    """Terms for sending goods back.

    Attributes:
        window_days (int | Unset): Days after delivery during which a return is accepted.
        processing_fee (PolicyFee | Unset): A fee charged under a store policy, in the store currency.
        refund_timeline_days (int | Unset): Days until the refund reaches the customer once the return is accepted.
    """

    window_days: int | Unset = UNSET
    processing_fee: PolicyFee | Unset = UNSET
    refund_timeline_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window_days = self.window_days

        processing_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_fee, Unset):
            processing_fee = self.processing_fee.to_dict()

        refund_timeline_days = self.refund_timeline_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if window_days is not UNSET:
            field_dict["windowDays"] = window_days
        if processing_fee is not UNSET:
            field_dict["processingFee"] = processing_fee
        if refund_timeline_days is not UNSET:
            field_dict["refundTimelineDays"] = refund_timeline_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_fee import PolicyFee  # noqa: PLC0415

        d = dict(src_dict)
        window_days = d.pop("windowDays", UNSET)

        _processing_fee = d.pop("processingFee", UNSET)
        processing_fee: PolicyFee | Unset
        if isinstance(_processing_fee, Unset):
            processing_fee = UNSET
        else:
            processing_fee = PolicyFee.from_dict(_processing_fee)

        refund_timeline_days = d.pop("refundTimelineDays", UNSET)

        return_policy = cls(
            window_days=window_days,
            processing_fee=processing_fee,
            refund_timeline_days=refund_timeline_days,
        )

        return_policy.additional_properties = d
        return return_policy

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
