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
    from ..models.ndr_followup_variant_config import NdrFollowupVariantConfig


T = TypeVar("T", bound="NdrFollowupVariant")


@_attrs_define
class NdrFollowupVariant:
    """Built-in flow that calls the buyer after a failed delivery attempt (non-delivery report) to reschedule or fix the
    problem. The platform writes the prompt; calls take courier NDR data, and the Shiprocket hook `POST
    /v1/shiprocket/ndr-webhook/{assistantId}` can feed such calls too. `config` is optional.

        Attributes:
            type_ (Literal['ndr_followup']):  Default: 'ndr_followup'.
            config (NdrFollowupVariantConfig | Unset): `variant.config` of an NDR follow-up assistant.
    """

    type_: Literal["ndr_followup"] = "ndr_followup"
    config: NdrFollowupVariantConfig | Unset = UNSET
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
        from ..models.ndr_followup_variant_config import NdrFollowupVariantConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["ndr_followup"], d.pop("type"))
        if type_ != "ndr_followup":
            raise ValueError(f"type must match const 'ndr_followup', got '{type_}'")

        _config = d.pop("config", UNSET)
        config: NdrFollowupVariantConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = NdrFollowupVariantConfig.from_dict(_config)

        ndr_followup_variant = cls(
            type_=type_,
            config=config,
        )

        ndr_followup_variant.additional_properties = d
        return ndr_followup_variant

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
