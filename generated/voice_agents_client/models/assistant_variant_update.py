from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variant_config import VariantConfig


T = TypeVar("T", bound="AssistantVariantUpdate")


@_attrs_define
class AssistantVariantUpdate:
    """Variant part of an update. Only the configuration can change; the type chosen at creation is permanent, which is why
    no `type` key is allowed here.

        Attributes:
            config (VariantConfig | Unset): Variant configuration with every block optional. Normally only the blocks
                belonging to the assistant's own variant are present; for preset variants the platform also stores the
                `inputSchema` of the payload the flow expects.
    """

    config: VariantConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variant_config import VariantConfig  # noqa: PLC0415

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: VariantConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = VariantConfig.from_dict(_config)

        assistant_variant_update = cls(
            config=config,
        )

        return assistant_variant_update
