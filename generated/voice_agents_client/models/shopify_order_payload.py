from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shopify_order_customer import ShopifyOrderCustomer
    from ..models.shopify_order_discount_code import ShopifyOrderDiscountCode
    from ..models.shopify_order_line_item import ShopifyOrderLineItem
    from ..models.shopify_order_shipping_address import ShopifyOrderShippingAddress


T = TypeVar("T", bound="ShopifyOrderPayload")


@_attrs_define
class ShopifyOrderPayload:
    """Payload of the `cod_to_prepaid`, `address_verification` and `order_confirmation` assistants: a Shopify order,
    reduced to what the conversation needs. Extra keys are allowed. A payload that also carries `awb` and `ndrReason` is
    an `NdrFollowupPayload` instead.

        Attributes:
            name (str): The order's name as the customer knows it.
            customer (ShopifyOrderCustomer): The customer who placed the order.
            total_price (str): Order total as a decimal string.
            line_items (list[ShopifyOrderLineItem]):
            discount_codes (list[ShopifyOrderDiscountCode] | Unset): Discounts applied to the order.
            financial_status (str | Unset): Shopify payment status; `order_confirmation` uses it to tell COD from prepaid.
            payment_gateway_names (list[str] | Unset): Payment gateways of the order; used like `financialStatus`.
            shipping_address (ShopifyOrderShippingAddress | Unset): Delivery address; `address_verification` reads it back
                to the customer.
    """

    name: str
    customer: ShopifyOrderCustomer
    total_price: str
    line_items: list[ShopifyOrderLineItem]
    discount_codes: list[ShopifyOrderDiscountCode] | Unset = UNSET
    financial_status: str | Unset = UNSET
    payment_gateway_names: list[str] | Unset = UNSET
    shipping_address: ShopifyOrderShippingAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        customer = self.customer.to_dict()

        total_price = self.total_price

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        discount_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount_codes, Unset):
            discount_codes = []
            for discount_codes_item_data in self.discount_codes:
                discount_codes_item = discount_codes_item_data.to_dict()
                discount_codes.append(discount_codes_item)

        financial_status = self.financial_status

        payment_gateway_names: list[str] | Unset = UNSET
        if not isinstance(self.payment_gateway_names, Unset):
            payment_gateway_names = self.payment_gateway_names

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "customer": customer,
                "totalPrice": total_price,
                "lineItems": line_items,
            }
        )
        if discount_codes is not UNSET:
            field_dict["discountCodes"] = discount_codes
        if financial_status is not UNSET:
            field_dict["financialStatus"] = financial_status
        if payment_gateway_names is not UNSET:
            field_dict["paymentGatewayNames"] = payment_gateway_names
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shopify_order_customer import ShopifyOrderCustomer  # noqa: PLC0415
        from ..models.shopify_order_discount_code import ShopifyOrderDiscountCode  # noqa: PLC0415
        from ..models.shopify_order_line_item import ShopifyOrderLineItem  # noqa: PLC0415
        from ..models.shopify_order_shipping_address import ShopifyOrderShippingAddress  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        customer = ShopifyOrderCustomer.from_dict(d.pop("customer"))

        total_price = d.pop("totalPrice")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = ShopifyOrderLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        _discount_codes = d.pop("discountCodes", UNSET)
        discount_codes: list[ShopifyOrderDiscountCode] | Unset = UNSET
        if _discount_codes is not UNSET:
            discount_codes = []
            for discount_codes_item_data in _discount_codes:
                discount_codes_item = ShopifyOrderDiscountCode.from_dict(
                    discount_codes_item_data
                )

                discount_codes.append(discount_codes_item)

        financial_status = d.pop("financialStatus", UNSET)

        payment_gateway_names = cast(list[str], d.pop("paymentGatewayNames", UNSET))

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: ShopifyOrderShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = ShopifyOrderShippingAddress.from_dict(_shipping_address)

        shopify_order_payload = cls(
            name=name,
            customer=customer,
            total_price=total_price,
            line_items=line_items,
            discount_codes=discount_codes,
            financial_status=financial_status,
            payment_gateway_names=payment_gateway_names,
            shipping_address=shipping_address,
        )

        shopify_order_payload.additional_properties = d
        return shopify_order_payload

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
