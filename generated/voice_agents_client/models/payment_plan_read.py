from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_plan_mode import PaymentPlanMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_plan_additional_fee import PaymentPlanAdditionalFee


T = TypeVar("T", bound="PaymentPlanRead")


@_attrs_define
class PaymentPlanRead:
    """How shoppers may pay, and any surcharge the agent should mention.

    Attributes:
        mode (PaymentPlanMode | str | Unset):
        additional_fee (PaymentPlanAdditionalFee | Unset): Surcharges per payment option.
    """

    mode: PaymentPlanMode | str | Unset = UNSET
    additional_fee: PaymentPlanAdditionalFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, PaymentPlanMode):
            mode = self.mode.value
        else:
            mode = self.mode

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

        def _parse_mode(data: object) -> PaymentPlanMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = PaymentPlanMode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentPlanMode | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        _additional_fee = d.pop("additionalFee", UNSET)
        additional_fee: PaymentPlanAdditionalFee | Unset
        if isinstance(_additional_fee, Unset):
            additional_fee = UNSET
        else:
            additional_fee = PaymentPlanAdditionalFee.from_dict(_additional_fee)

        payment_plan_read = cls(
            mode=mode,
            additional_fee=additional_fee,
        )

        payment_plan_read.additional_properties = d
        return payment_plan_read

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
