from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cod_to_prepaid_config import CodToPrepaidConfig


T = TypeVar("T", bound="CodToPrepaidVariantConfig")


@_attrs_define
class CodToPrepaidVariantConfig:
    """`variant.config` of a COD-to-prepaid assistant.

    Attributes:
        cod_to_prepaid (CodToPrepaidConfig | Unset): Settings of the COD-to-prepaid flow
            (`variant.config.cod_to_prepaid`).
    """

    cod_to_prepaid: CodToPrepaidConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cod_to_prepaid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_to_prepaid, Unset):
            cod_to_prepaid = self.cod_to_prepaid.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cod_to_prepaid is not UNSET:
            field_dict["cod_to_prepaid"] = cod_to_prepaid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cod_to_prepaid_config import CodToPrepaidConfig  # noqa: PLC0415

        d = dict(src_dict)
        _cod_to_prepaid = d.pop("cod_to_prepaid", UNSET)
        cod_to_prepaid: CodToPrepaidConfig | Unset
        if isinstance(_cod_to_prepaid, Unset):
            cod_to_prepaid = UNSET
        else:
            cod_to_prepaid = CodToPrepaidConfig.from_dict(_cod_to_prepaid)

        cod_to_prepaid_variant_config = cls(
            cod_to_prepaid=cod_to_prepaid,
        )

        cod_to_prepaid_variant_config.additional_properties = d
        return cod_to_prepaid_variant_config

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
