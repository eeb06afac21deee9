from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_verification_variant_config import (
        AddressVerificationVariantConfig,
    )


T = TypeVar("T", bound="AddressVerificationVariant")


@_attrs_define
class AddressVerificationVariant:
    """Built-in flow that confirms, or collects, the shipping address of an order. The platform writes the prompt; calls
    take a Shopify order payload. The platform expects the `address_verification` block in `config`, but sending `type`
    alone is accepted (the vendor schema requires only `type`).

        Attributes:
            type_ (Literal['address_verification']):  Default: 'address_verification'.
            config (AddressVerificationVariantConfig | Unset): `variant.config` of an address-verification assistant.
    """

    type_: Literal["address_verification"] = "address_verification"
    config: AddressVerificationVariantConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_verification_variant_config import (
            AddressVerificationVariantConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["address_verification"], d.pop("type"))
        if type_ != "address_verification":
            raise ValueError(
                f"type must match const 'address_verification', got '{type_}'"
            )

        _config = d.pop("config", UNSET)
        config: AddressVerificationVariantConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AddressVerificationVariantConfig.from_dict(_config)

        address_verification_variant = cls(
            type_=type_,
            config=config,
        )

        address_verification_variant.additional_properties = d
        return address_verification_variant

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
