from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_type import BillingType

T = TypeVar("T", bound="WorkspaceBilling")


@_attrs_define
class WorkspaceBilling:
    """How the workspace pays for calls.

    Attributes:
        type_ (BillingType | str):
        credit_balance (float): Credits available right now.
        negative_credit_allowance (float): Overdraft: credits that calls may still consume once the balance is
            exhausted; past that limit the workspace is suspended.
    """

    type_: BillingType | str
    credit_balance: float
    negative_credit_allowance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, BillingType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        credit_balance = self.credit_balance

        negative_credit_allowance = self.negative_credit_allowance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "creditBalance": credit_balance,
                "negativeCreditAllowance": negative_credit_allowance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> BillingType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = BillingType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingType | str, data)

        type_ = _parse_type_(d.pop("type"))

        credit_balance = d.pop("creditBalance")

        negative_credit_allowance = d.pop("negativeCreditAllowance")

        workspace_billing = cls(
            type_=type_,
            credit_balance=credit_balance,
            negative_credit_allowance=negative_credit_allowance,
        )

        workspace_billing.additional_properties = d
        return workspace_billing

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
