from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abandoned_cart_payload import AbandonedCartPayload
    from ..models.call_metadata import CallMetadata
    from ..models.custom_payload import CustomPayload
    from ..models.ndr_followup_payload import NdrFollowupPayload
    from ..models.shopify_order_payload import ShopifyOrderPayload


T = TypeVar("T", bound="WebCallRequest")


@_attrs_define
class WebCallRequest:
    """Parameters of a browser-based call.

    Attributes:
        assistant (str): Id of the assistant that takes the call.
        system_prompt (str | Unset): Prompt used instead of the assistant's own, for this call only.
        payload (AbandonedCartPayload | CustomPayload | NdrFollowupPayload | ShopifyOrderPayload | Unset): Per-call data
            for the assistant's prompt. Which shape applies depends on the assistant's
            variant; the four shapes are mutually exclusive, so a payload matches exactly one:
            - `NdrFollowupPayload` (`ndr_followup`): has `awb`, `ndrReason` and `customer`.
            - `ShopifyOrderPayload` (`cod_to_prepaid`, `address_verification`, `order_confirmation`):
              has `name`, `customer`, `totalPrice` and `lineItems`, and is not an NDR payload.
            - `AbandonedCartPayload` (`abandoned_cart`): a closed Shopify abandoned-checkout object.
            - `CustomPayload` (`custom`): any other object.
        metadata (CallMetadata | Unset): Your own correlation data (order ids, user ids and so on). The platform stores
            it with the call and echoes it unchanged at the top of every webhook event. One key has a meaning of its own:
            `discount`.
    """

    assistant: str
    system_prompt: str | Unset = UNSET
    payload: (
        AbandonedCartPayload
        | CustomPayload
        | NdrFollowupPayload
        | ShopifyOrderPayload
        | Unset
    ) = UNSET
    metadata: CallMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.abandoned_cart_payload import AbandonedCartPayload  # noqa: PLC0415
        from ..models.ndr_followup_payload import NdrFollowupPayload  # noqa: PLC0415
        from ..models.shopify_order_payload import ShopifyOrderPayload  # noqa: PLC0415

        assistant = self.assistant

        system_prompt = self.system_prompt

        payload: dict[str, Any] | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, NdrFollowupPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, ShopifyOrderPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, AbandonedCartPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant": assistant,
            }
        )
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if payload is not UNSET:
            field_dict["payload"] = payload
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abandoned_cart_payload import AbandonedCartPayload  # noqa: PLC0415
        from ..models.call_metadata import CallMetadata  # noqa: PLC0415
        from ..models.custom_payload import CustomPayload  # noqa: PLC0415
        from ..models.ndr_followup_payload import NdrFollowupPayload  # noqa: PLC0415
        from ..models.shopify_order_payload import ShopifyOrderPayload  # noqa: PLC0415

        d = dict(src_dict)
        assistant = d.pop("assistant")

        system_prompt = d.pop("systemPrompt", UNSET)

        def _parse_payload(
            data: object,
        ) -> (
            AbandonedCartPayload
            | CustomPayload
            | NdrFollowupPayload
            | ShopifyOrderPayload
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_payload_type_0 = NdrFollowupPayload.from_dict(
                    data
                )

                return componentsschemas_call_payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_payload_type_1 = ShopifyOrderPayload.from_dict(
                    data
                )

                return componentsschemas_call_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_payload_type_2 = AbandonedCartPayload.from_dict(
                    data
                )

                return componentsschemas_call_payload_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_call_payload_type_3 = CustomPayload.from_dict(data)

            return componentsschemas_call_payload_type_3

        payload = _parse_payload(d.pop("payload", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CallMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CallMetadata.from_dict(_metadata)

        web_call_request = cls(
            assistant=assistant,
            system_prompt=system_prompt,
            payload=payload,
            metadata=metadata,
        )

        web_call_request.additional_properties = d
        return web_call_request

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
