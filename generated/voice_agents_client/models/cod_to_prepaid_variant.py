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
    from ..models.cod_to_prepaid_variant_config import CodToPrepaidVariantConfig


T = TypeVar("T", bound="CodToPrepaidVariant")


@_attrs_define
class CodToPrepaidVariant:
    """Built-in flow that offers cash-on-delivery buyers a payment link so the order becomes prepaid. The platform writes
    the prompt; calls take a Shopify order payload. The platform expects the `cod_to_prepaid` block in `config`, but
    sending `type` alone is accepted (the vendor schema requires only `type`).

        Attributes:
            type_ (Literal['cod_to_prepaid']):  Default: 'cod_to_prepaid'.
            config (CodToPrepaidVariantConfig | Unset): `variant.config` of a COD-to-prepaid assistant.
    """

    type_: Literal["cod_to_prepaid"] = "cod_to_prepaid"
    config: CodToPrepaidVariantConfig | Unset = UNSET
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
        from ..models.cod_to_prepaid_variant_config import CodToPrepaidVariantConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["cod_to_prepaid"], d.pop("type"))
        if type_ != "cod_to_prepaid":
            raise ValueError(f"type must match const 'cod_to_prepaid', got '{type_}'")

        _config = d.pop("config", UNSET)
        config: CodToPrepaidVariantConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CodToPrepaidVariantConfig.from_dict(_config)

        cod_to_prepaid_variant = cls(
            type_=type_,
            config=config,
        )

        cod_to_prepaid_variant.additional_properties = d
        return cod_to_prepaid_variant

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
