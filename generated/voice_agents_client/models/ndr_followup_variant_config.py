from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ndr_followup_config import NdrFollowupConfig


T = TypeVar("T", bound="NdrFollowupVariantConfig")


@_attrs_define
class NdrFollowupVariantConfig:
    """`variant.config` of an NDR follow-up assistant.

    Attributes:
        ndr_followup (NdrFollowupConfig | Unset): Settings of the NDR follow-up flow (`variant.config.ndr_followup`).
    """

    ndr_followup: NdrFollowupConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ndr_followup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ndr_followup, Unset):
            ndr_followup = self.ndr_followup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ndr_followup is not UNSET:
            field_dict["ndr_followup"] = ndr_followup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ndr_followup_config import NdrFollowupConfig  # noqa: PLC0415

        d = dict(src_dict)
        _ndr_followup = d.pop("ndr_followup", UNSET)
        ndr_followup: NdrFollowupConfig | Unset
        if isinstance(_ndr_followup, Unset):
            ndr_followup = UNSET
        else:
            ndr_followup = NdrFollowupConfig.from_dict(_ndr_followup)

        ndr_followup_variant_config = cls(
            ndr_followup=ndr_followup,
        )

        ndr_followup_variant_config.additional_properties = d
        return ndr_followup_variant_config

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
