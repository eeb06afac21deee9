from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abandoned_cart_billing_address import AbandonedCartBillingAddress
    from ..models.abandoned_cart_customer import AbandonedCartCustomer
    from ..models.abandoned_cart_line_item import AbandonedCartLineItem
    from ..models.abandoned_cart_price_set import AbandonedCartPriceSet
    from ..models.abandoned_cart_shipping_address import AbandonedCartShippingAddress
    from ..models.abandoned_cart_tax_line import AbandonedCartTaxLine


T = TypeVar("T", bound="AbandonedCartPayload")


@_attrs_define
class AbandonedCartPayload:
    """Payload of an `abandoned_cart` assistant: the Shopify abandoned-checkout object, passed through largely as Shopify
    delivers it. No keys beyond those listed are accepted. Money amounts are decimal strings, as in Shopify.

        Attributes:
            customer (AbandonedCartCustomer): The shopper who left the checkout.
            total_line_items_price_set (AbandonedCartPriceSet): A Shopify money set; only the shop-currency amount is used.
            total_discount_set (AbandonedCartPriceSet): A Shopify money set; only the shop-currency amount is used.
            subtotal_price_set (AbandonedCartPriceSet): A Shopify money set; only the shop-currency amount is used.
            total_price_set (AbandonedCartPriceSet): A Shopify money set; only the shop-currency amount is used.
            line_items (list[AbandonedCartLineItem]): Products left in the cart.
            id (str | Unset): Shopify id of the abandoned checkout.
            abandoned_checkout_url (str | Unset): Link that restores the checkout; the agent can send it to the customer.
            discount_codes (list[str] | Unset): Codes already applied to the cart (an empty list when none).
            taxes_included (bool | Unset): Whether the prices already include tax.
            tax_lines (list[AbandonedCartTaxLine] | Unset): Taxes applied to the cart.
            billing_address (AbandonedCartBillingAddress | Unset): The part of the billing address the assistant uses.
            shipping_address (AbandonedCartShippingAddress | Unset): Where the order would be shipped.
    """

    customer: AbandonedCartCustomer
    total_line_items_price_set: AbandonedCartPriceSet
    total_discount_set: AbandonedCartPriceSet
    subtotal_price_set: AbandonedCartPriceSet
    total_price_set: AbandonedCartPriceSet
    line_items: list[AbandonedCartLineItem]
    id: str | Unset = UNSET
    abandoned_checkout_url: str | Unset = UNSET
    discount_codes: list[str] | Unset = UNSET
    taxes_included: bool | Unset = UNSET
    tax_lines: list[AbandonedCartTaxLine] | Unset = UNSET
    billing_address: AbandonedCartBillingAddress | Unset = UNSET
    shipping_address: AbandonedCartShippingAddress | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        total_line_items_price_set = self.total_line_items_price_set.to_dict()

        total_discount_set = self.total_discount_set.to_dict()

        subtotal_price_set = self.subtotal_price_set.to_dict()

        total_price_set = self.total_price_set.to_dict()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        id = self.id

        abandoned_checkout_url = self.abandoned_checkout_url

        discount_codes: list[str] | Unset = UNSET
        if not isinstance(self.discount_codes, Unset):
            discount_codes = self.discount_codes

        taxes_included = self.taxes_included

        tax_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_lines, Unset):
            tax_lines = []
            for tax_lines_item_data in self.tax_lines:
                tax_lines_item = tax_lines_item_data.to_dict()
                tax_lines.append(tax_lines_item)

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer": customer,
                "totalLineItemsPriceSet": total_line_items_price_set,
                "totalDiscountSet": total_discount_set,
                "subtotalPriceSet": subtotal_price_set,
                "totalPriceSet": total_price_set,
                "lineItems": line_items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if abandoned_checkout_url is not UNSET:
            field_dict["abandonedCheckoutUrl"] = abandoned_checkout_url
        if discount_codes is not UNSET:
            field_dict["discountCodes"] = discount_codes
        if taxes_included is not UNSET:
            field_dict["taxesIncluded"] = taxes_included
        if tax_lines is not UNSET:
            field_dict["taxLines"] = tax_lines
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abandoned_cart_billing_address import AbandonedCartBillingAddress  # noqa: PLC0415
        from ..models.abandoned_cart_customer import AbandonedCartCustomer  # noqa: PLC0415
        from ..models.abandoned_cart_line_item import AbandonedCartLineItem  # noqa: PLC0415
        from ..models.abandoned_cart_price_set import AbandonedCartPriceSet  # noqa: PLC0415
        from ..models.abandoned_cart_shipping_address import (
            AbandonedCartShippingAddress,  # noqa: PLC0415
        )
        from ..models.abandoned_cart_tax_line import AbandonedCartTaxLine  # noqa: PLC0415

        d = dict(src_dict)
        customer = AbandonedCartCustomer.from_dict(d.pop("customer"))

        total_line_items_price_set = AbandonedCartPriceSet.from_dict(
            d.pop("totalLineItemsPriceSet")
        )

        total_discount_set = AbandonedCartPriceSet.from_dict(d.pop("totalDiscountSet"))

        subtotal_price_set = AbandonedCartPriceSet.from_dict(d.pop("subtotalPriceSet"))

        total_price_set = AbandonedCartPriceSet.from_dict(d.pop("totalPriceSet"))

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = AbandonedCartLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        id = d.pop("id", UNSET)

        abandoned_checkout_url = d.pop("abandonedCheckoutUrl", UNSET)

        discount_codes = cast(list[str], d.pop("discountCodes", UNSET))

        taxes_included = d.pop("taxesIncluded", UNSET)

        _tax_lines = d.pop("taxLines", UNSET)
        tax_lines: list[AbandonedCartTaxLine] | Unset = UNSET
        if _tax_lines is not UNSET:
            tax_lines = []
            for tax_lines_item_data in _tax_lines:
                tax_lines_item = AbandonedCartTaxLine.from_dict(tax_lines_item_data)

                tax_lines.append(tax_lines_item)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: AbandonedCartBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = AbandonedCartBillingAddress.from_dict(_billing_address)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: AbandonedCartShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = AbandonedCartShippingAddress.from_dict(_shipping_address)

        abandoned_cart_payload = cls(
            customer=customer,
            total_line_items_price_set=total_line_items_price_set,
            total_discount_set=total_discount_set,
            subtotal_price_set=subtotal_price_set,
            total_price_set=total_price_set,
            line_items=line_items,
            id=id,
            abandoned_checkout_url=abandoned_checkout_url,
            discount_codes=discount_codes,
            taxes_included=taxes_included,
            tax_lines=tax_lines,
            billing_address=billing_address,
            shipping_address=shipping_address,
        )

        return abandoned_cart_payload
