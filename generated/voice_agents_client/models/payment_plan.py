from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_plan_mode import PaymentPlanMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_plan_additional_fee import PaymentPlanAdditionalFee


T = TypeVar("T", bound="PaymentPlan")


@_attrs_define
class PaymentPlan:
    """How shoppers may pay, and any surcharge the agent should mention.

    Attributes:
        mode (PaymentPlanMode | Unset): Payment options the store offers: `online` (prepaid only), `cod` (cash on
            delivery only) or `both`.
        additional_fee (PaymentPlanAdditionalFee | Unset): Surcharges per payment option.
    """

    mode: PaymentPlanMode | Unset = UNSET
    additional_fee: PaymentPlanAdditionalFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        additional_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_fee, Unset):
            additional_fee = self.additional_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if additional_fee is not UNSET:
            field_dict["additionalFee"] = additional_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_plan_additional_fee import PaymentPlanAdditionalFee  # noqa: PLC0415

        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: PaymentPlanMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = PaymentPlanMode(_mode)

        _additional_fee = d.pop("additionalFee", UNSET)
        additional_fee: PaymentPlanAdditionalFee | Unset
        if isinstance(_additional_fee, Unset):
            additional_fee = UNSET
        else:
            additional_fee = PaymentPlanAdditionalFee.from_dict(_additional_fee)

        payment_plan = cls(
            mode=mode,
            additional_fee=additional_fee,
        )

        payment_plan.additional_properties = d
        return payment_plan

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
