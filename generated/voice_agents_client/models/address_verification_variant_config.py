from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_verification_config import AddressVerificationConfig


T = TypeVar("T", bound="AddressVerificationVariantConfig")


@_attrs_define
class AddressVerificationVariantConfig:
    """`variant.config` of an address-verification assistant.

    Attributes:
        address_verification (AddressVerificationConfig | Unset): Settings of the address-verification flow
            (`variant.config.address_verification`).
    """

    address_verification: AddressVerificationConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_verification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_verification, Unset):
            address_verification = self.address_verification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_verification is not UNSET:
            field_dict["address_verification"] = address_verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_verification_config import AddressVerificationConfig  # noqa: PLC0415

        d = dict(src_dict)
        _address_verification = d.pop("address_verification", UNSET)
        address_verification: AddressVerificationConfig | Unset
        if isinstance(_address_verification, Unset):
            address_verification = UNSET
        else:
            address_verification = AddressVerificationConfig.from_dict(
                _address_verification
            )

        address_verification_variant_config = cls(
            address_verification=address_verification,
        )

        address_verification_variant_config.additional_properties = d
        return address_verification_variant_config

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
