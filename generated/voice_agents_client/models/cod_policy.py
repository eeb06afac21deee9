from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_fee import PolicyFee


T = TypeVar("T", bound="CodPolicy")


@_attrs_define
class CodPolicy:
    """Whether cash on delivery is offered, and at what surcharge.

    Attributes:
        enabled (bool | Unset): True when customers may pay on delivery.
        additional_fee (PolicyFee | Unset): A fee charged under a store policy, in the store currency.
    """

    enabled: bool | Unset = UNSET
    additional_fee: PolicyFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        additional_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_fee, Unset):
            additional_fee = self.additional_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if additional_fee is not UNSET:
            field_dict["additionalFee"] = additional_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_fee import PolicyFee  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _additional_fee = d.pop("additionalFee", UNSET)
        additional_fee: PolicyFee | Unset
        if isinstance(_additional_fee, Unset):
            additional_fee = UNSET
        else:
            additional_fee = PolicyFee.from_dict(_additional_fee)

        cod_policy = cls(
            enabled=enabled,
            additional_fee=additional_fee,
        )

        cod_policy.additional_properties = d
        return cod_policy

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
