from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cod_policy import CodPolicy
    from ..models.return_policy import ReturnPolicy
    from ..models.shipping_policy import ShippingPolicy


T = TypeVar("T", bound="PolicyFramework")


@_attrs_define
class PolicyFramework:
    """The store policies assistants explain to customers. All three are required.

    Attributes:
        return_policy (ReturnPolicy): Terms for sending goods back.
        shipping_policy (ShippingPolicy): Delivery promises of the store.
        cod_policy (CodPolicy): Whether cash on delivery is offered, and at what surcharge.
    """

    return_policy: ReturnPolicy
    shipping_policy: ShippingPolicy
    cod_policy: CodPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_policy = self.return_policy.to_dict()

        shipping_policy = self.shipping_policy.to_dict()

        cod_policy = self.cod_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "returnPolicy": return_policy,
                "shippingPolicy": shipping_policy,
                "codPolicy": cod_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cod_policy import CodPolicy  # noqa: PLC0415
        from ..models.return_policy import ReturnPolicy  # noqa: PLC0415
        from ..models.shipping_policy import ShippingPolicy  # noqa: PLC0415

        d = dict(src_dict)
        return_policy = ReturnPolicy.from_dict(d.pop("returnPolicy"))

        shipping_policy = ShippingPolicy.from_dict(d.pop("shippingPolicy"))

        cod_policy = CodPolicy.from_dict(d.pop("codPolicy"))

        policy_framework = cls(
            return_policy=return_policy,
            shipping_policy=shipping_policy,
            cod_policy=cod_policy,
        )

        policy_framework.additional_properties = d
        return policy_framework

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
