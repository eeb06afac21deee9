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
    from ..models.order_confirmation_variant_config import (
        OrderConfirmationVariantConfig,
    )


T = TypeVar("T", bound="OrderConfirmationVariant")


@_attrs_define
class OrderConfirmationVariant:
    """Built-in flow that asks the buyer to confirm an order before it ships. The platform writes the prompt; calls take a
    Shopify order payload. `config` is optional.

        Attributes:
            type_ (Literal['order_confirmation']):  Default: 'order_confirmation'.
            config (OrderConfirmationVariantConfig | Unset): `variant.config` of an order-confirmation assistant.
    """

    type_: Literal["order_confirmation"] = "order_confirmation"
    config: OrderConfirmationVariantConfig | Unset = UNSET
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
        from ..models.order_confirmation_variant_config import (
            OrderConfirmationVariantConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["order_confirmation"], d.pop("type"))
        if type_ != "order_confirmation":
            raise ValueError(
                f"type must match const 'order_confirmation', got '{type_}'"
            )

        _config = d.pop("config", UNSET)
        config: OrderConfirmationVariantConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = OrderConfirmationVariantConfig.from_dict(_config)

        order_confirmation_variant = cls(
            type_=type_,
            config=config,
        )

        order_confirmation_variant.additional_properties = d
        return order_confirmation_variant

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
