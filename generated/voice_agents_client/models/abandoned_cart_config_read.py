from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_plan_read import PaymentPlanRead


T = TypeVar("T", bound="AbandonedCartConfigRead")


@_attrs_define
class AbandonedCartConfigRead:
    """Settings of the abandoned-cart flow (`variant.config.abandoned_cart`).

    Attributes:
        payment_plan (PaymentPlanRead | Unset): How shoppers may pay, and any surcharge the agent should mention.
    """

    payment_plan: PaymentPlanRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_plan, Unset):
            payment_plan = self.payment_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_plan is not UNSET:
            field_dict["paymentPlan"] = payment_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_plan_read import PaymentPlanRead  # noqa: PLC0415

        d = dict(src_dict)
        _payment_plan = d.pop("paymentPlan", UNSET)
        payment_plan: PaymentPlanRead | Unset
        if isinstance(_payment_plan, Unset):
            payment_plan = UNSET
        else:
            payment_plan = PaymentPlanRead.from_dict(_payment_plan)

        abandoned_cart_config_read = cls(
            payment_plan=payment_plan,
        )

        abandoned_cart_config_read.additional_properties = d
        return abandoned_cart_config_read

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
