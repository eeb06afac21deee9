from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abandoned_cart_config_read import AbandonedCartConfigRead
    from ..models.address_verification_config import AddressVerificationConfig
    from ..models.cod_to_prepaid_config import CodToPrepaidConfig
    from ..models.input_field_read import InputFieldRead
    from ..models.ndr_followup_config import NdrFollowupConfig
    from ..models.order_confirmation_config import OrderConfirmationConfig
    from ..models.variable_schema import VariableSchema


T = TypeVar("T", bound="VariantConfigRead")


@_attrs_define
class VariantConfigRead:
    """Variant configuration with every block optional. Normally only the blocks belonging to the assistant's own variant
    are present; for preset variants the platform also stores the `inputSchema` of the payload the flow expects.

        Attributes:
            input_schema (list[InputFieldRead] | Unset): Declared call variables (custom), or the expected payload fields
                (presets).
            variable_schema (VariableSchema | Unset): Alternative to `inputSchema` written in JSON-Schema style: a map of
                variables under `properties` and the names that must be supplied under `required`.
            abandoned_cart (AbandonedCartConfigRead | Unset): Settings of the abandoned-cart flow
                (`variant.config.abandoned_cart`).
            cod_to_prepaid (CodToPrepaidConfig | Unset): Settings of the COD-to-prepaid flow
                (`variant.config.cod_to_prepaid`).
            address_verification (AddressVerificationConfig | Unset): Settings of the address-verification flow
                (`variant.config.address_verification`).
            order_confirmation (OrderConfirmationConfig | Unset): Settings of the order-confirmation flow
                (`variant.config.order_confirmation`).
            ndr_followup (NdrFollowupConfig | Unset): Settings of the NDR follow-up flow (`variant.config.ndr_followup`).
    """

    input_schema: list[InputFieldRead] | Unset = UNSET
    variable_schema: VariableSchema | Unset = UNSET
    abandoned_cart: AbandonedCartConfigRead | Unset = UNSET
    cod_to_prepaid: CodToPrepaidConfig | Unset = UNSET
    address_verification: AddressVerificationConfig | Unset = UNSET
    order_confirmation: OrderConfirmationConfig | Unset = UNSET
    ndr_followup: NdrFollowupConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = []
            for input_schema_item_data in self.input_schema:
                input_schema_item = input_schema_item_data.to_dict()
                input_schema.append(input_schema_item)

        variable_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variable_schema, Unset):
            variable_schema = self.variable_schema.to_dict()

        abandoned_cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.abandoned_cart, Unset):
            abandoned_cart = self.abandoned_cart.to_dict()

        cod_to_prepaid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_to_prepaid, Unset):
            cod_to_prepaid = self.cod_to_prepaid.to_dict()

        address_verification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_verification, Unset):
            address_verification = self.address_verification.to_dict()

        order_confirmation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_confirmation, Unset):
            order_confirmation = self.order_confirmation.to_dict()

        ndr_followup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ndr_followup, Unset):
            ndr_followup = self.ndr_followup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if variable_schema is not UNSET:
            field_dict["variableSchema"] = variable_schema
        if abandoned_cart is not UNSET:
            field_dict["abandoned_cart"] = abandoned_cart
        if cod_to_prepaid is not UNSET:
            field_dict["cod_to_prepaid"] = cod_to_prepaid
        if address_verification is not UNSET:
            field_dict["address_verification"] = address_verification
        if order_confirmation is not UNSET:
            field_dict["order_confirmation"] = order_confirmation
        if ndr_followup is not UNSET:
            field_dict["ndr_followup"] = ndr_followup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abandoned_cart_config_read import AbandonedCartConfigRead  # noqa: PLC0415
        from ..models.address_verification_config import AddressVerificationConfig  # noqa: PLC0415
        from ..models.cod_to_prepaid_config import CodToPrepaidConfig  # noqa: PLC0415
        from ..models.input_field_read import InputFieldRead  # noqa: PLC0415
        from ..models.ndr_followup_config import NdrFollowupConfig  # noqa: PLC0415
        from ..models.order_confirmation_config import OrderConfirmationConfig  # noqa: PLC0415
        from ..models.variable_schema import VariableSchema  # noqa: PLC0415

        d = dict(src_dict)
        _input_schema = d.pop("inputSchema", UNSET)
        input_schema: list[InputFieldRead] | Unset = UNSET
        if _input_schema is not UNSET:
            input_schema = []
            for input_schema_item_data in _input_schema:
                input_schema_item = InputFieldRead.from_dict(input_schema_item_data)

                input_schema.append(input_schema_item)

        _variable_schema = d.pop("variableSchema", UNSET)
        variable_schema: VariableSchema | Unset
        if isinstance(_variable_schema, Unset):
            variable_schema = UNSET
        else:
            variable_schema = VariableSchema.from_dict(_variable_schema)

        _abandoned_cart = d.pop("abandoned_cart", UNSET)
        abandoned_cart: AbandonedCartConfigRead | Unset
        if isinstance(_abandoned_cart, Unset):
            abandoned_cart = UNSET
        else:
            abandoned_cart = AbandonedCartConfigRead.from_dict(_abandoned_cart)

        _cod_to_prepaid = d.pop("cod_to_prepaid", UNSET)
        cod_to_prepaid: CodToPrepaidConfig | Unset
        if isinstance(_cod_to_prepaid, Unset):
            cod_to_prepaid = UNSET
        else:
            cod_to_prepaid = CodToPrepaidConfig.from_dict(_cod_to_prepaid)

        _address_verification = d.pop("address_verification", UNSET)
        address_verification: AddressVerificationConfig | Unset
        if isinstance(_address_verification, Unset):
            address_verification = UNSET
        else:
            address_verification = AddressVerificationConfig.from_dict(
                _address_verification
            )

        _order_confirmation = d.pop("order_confirmation", UNSET)
        order_confirmation: OrderConfirmationConfig | Unset
        if isinstance(_order_confirmation, Unset):
            order_confirmation = UNSET
        else:
            order_confirmation = OrderConfirmationConfig.from_dict(_order_confirmation)

        _ndr_followup = d.pop("ndr_followup", UNSET)
        ndr_followup: NdrFollowupConfig | Unset
        if isinstance(_ndr_followup, Unset):
            ndr_followup = UNSET
        else:
            ndr_followup = NdrFollowupConfig.from_dict(_ndr_followup)

        variant_config_read = cls(
            input_schema=input_schema,
            variable_schema=variable_schema,
            abandoned_cart=abandoned_cart,
            cod_to_prepaid=cod_to_prepaid,
            address_verification=address_verification,
            order_confirmation=order_confirmation,
            ndr_followup=ndr_followup,
        )

        variant_config_read.additional_properties = d
        return variant_config_read

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
