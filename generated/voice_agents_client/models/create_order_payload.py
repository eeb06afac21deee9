from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_order_discount import CreateOrderDiscount
    from ..models.create_order_line_item import CreateOrderLineItem
    from ..models.create_order_shipping_address import CreateOrderShippingAddress


T = TypeVar("T", bound="CreateOrderPayload")


@_attrs_define
class CreateOrderPayload:
    """The order the customer agreed to on the call. `discount` is only the extra discount the agent granted during the
    call; a discount already applied to the cart is reflected in the totals instead.

        Attributes:
            email (str | Unset):
            phone (str | Unset):
            line_items (list[CreateOrderLineItem] | Unset):
            shipping_address (CreateOrderShippingAddress | Unset): Where to ship the order.
            payment_mode (str | Unset): Payment method chosen on the call, for example `cod`.
            cart_total (float | Unset): Order total in the store currency.
            cod_charge (float | Unset): Cash-on-delivery fee added to the order.
            discount (CreateOrderDiscount | Unset): The additional discount the agent granted during the call.
            note (str | Unset): Note to attach to the order.
            abandoned_checkout_id (None | str | Unset): The abandoned checkout this order recovers, if any.
    """

    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    line_items: list[CreateOrderLineItem] | Unset = UNSET
    shipping_address: CreateOrderShippingAddress | Unset = UNSET
    payment_mode: str | Unset = UNSET
    cart_total: float | Unset = UNSET
    cod_charge: float | Unset = UNSET
    discount: CreateOrderDiscount | Unset = UNSET
    note: str | Unset = UNSET
    abandoned_checkout_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone = self.phone

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        payment_mode = self.payment_mode

        cart_total = self.cart_total

        cod_charge = self.cod_charge

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        note = self.note

        abandoned_checkout_id: None | str | Unset
        if isinstance(self.abandoned_checkout_id, Unset):
            abandoned_checkout_id = UNSET
        else:
            abandoned_checkout_id = self.abandoned_checkout_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if cart_total is not UNSET:
            field_dict["cartTotal"] = cart_total
        if cod_charge is not UNSET:
            field_dict["codCharge"] = cod_charge
        if discount is not UNSET:
            field_dict["discount"] = discount
        if note is not UNSET:
            field_dict["note"] = note
        if abandoned_checkout_id is not UNSET:
            field_dict["abandonedCheckoutId"] = abandoned_checkout_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_order_discount import CreateOrderDiscount  # noqa: PLC0415
        from ..models.create_order_line_item import CreateOrderLineItem  # noqa: PLC0415
        from ..models.create_order_shipping_address import CreateOrderShippingAddress  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[CreateOrderLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = CreateOrderLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: CreateOrderShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = CreateOrderShippingAddress.from_dict(_shipping_address)

        payment_mode = d.pop("paymentMode", UNSET)

        cart_total = d.pop("cartTotal", UNSET)

        cod_charge = d.pop("codCharge", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: CreateOrderDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = CreateOrderDiscount.from_dict(_discount)

        note = d.pop("note", UNSET)

        def _parse_abandoned_checkout_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abandoned_checkout_id = _parse_abandoned_checkout_id(
            d.pop("abandonedCheckoutId", UNSET)
        )

        create_order_payload = cls(
            email=email,
            phone=phone,
            line_items=line_items,
            shipping_address=shipping_address,
            payment_mode=payment_mode,
            cart_total=cart_total,
            cod_charge=cod_charge,
            discount=discount,
            note=note,
            abandoned_checkout_id=abandoned_checkout_id,
        )

        create_order_payload.additional_properties = d
        return create_order_payload

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
