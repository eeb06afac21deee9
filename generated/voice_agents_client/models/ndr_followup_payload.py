from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ndr_followup_customer import NdrFollowupCustomer
    from ..models.ndr_followup_shipping_address import NdrFollowupShippingAddress


T = TypeVar("T", bound="NdrFollowupPayload")


@_attrs_define
class NdrFollowupPayload:
    """Payload of an `ndr_followup` assistant: a shipment the courier could not deliver (a non-delivery report). Send it
    yourself, or let the Shiprocket NDR hook build it from the courier's fields. Extra keys are allowed.

        Attributes:
            awb (str): Air waybill (tracking) number of the shipment.
            ndr_reason (str): Why delivery failed, as the courier reports it or as a normalised code.
            customer (NdrFollowupCustomer): The recipient of the shipment.
            courier_name (str | Unset):
            ndr_remark (str | Unset): Free-text remark from the courier.
            attempt_count (float | Unset): Delivery attempts made so far.
            order_id (str | Unset):
            order_items (str | Unset): Short spoken description of what was ordered.
            cod_amount (str | Unset): Amount to collect on delivery, as a decimal string.
            payment_method (str | Unset):
            next_attempt_date (str | Unset): Date of the next delivery attempt (YYYY-MM-DD).
            shipping_address (NdrFollowupShippingAddress | Unset): Address the shipment was going to.
    """

    awb: str
    ndr_reason: str
    customer: NdrFollowupCustomer
    courier_name: str | Unset = UNSET
    ndr_remark: str | Unset = UNSET
    attempt_count: float | Unset = UNSET
    order_id: str | Unset = UNSET
    order_items: str | Unset = UNSET
    cod_amount: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    next_attempt_date: str | Unset = UNSET
    shipping_address: NdrFollowupShippingAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        awb = self.awb

        ndr_reason = self.ndr_reason

        customer = self.customer.to_dict()

        courier_name = self.courier_name

        ndr_remark = self.ndr_remark

        attempt_count = self.attempt_count

        order_id = self.order_id

        order_items = self.order_items

        cod_amount = self.cod_amount

        payment_method = self.payment_method

        next_attempt_date = self.next_attempt_date

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awb": awb,
                "ndrReason": ndr_reason,
                "customer": customer,
            }
        )
        if courier_name is not UNSET:
            field_dict["courierName"] = courier_name
        if ndr_remark is not UNSET:
            field_dict["ndrRemark"] = ndr_remark
        if attempt_count is not UNSET:
            field_dict["attemptCount"] = attempt_count
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if order_items is not UNSET:
            field_dict["orderItems"] = order_items
        if cod_amount is not UNSET:
            field_dict["codAmount"] = cod_amount
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if next_attempt_date is not UNSET:
            field_dict["nextAttemptDate"] = next_attempt_date
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ndr_followup_customer import NdrFollowupCustomer  # noqa: PLC0415
        from ..models.ndr_followup_shipping_address import NdrFollowupShippingAddress  # noqa: PLC0415

        d = dict(src_dict)
        awb = d.pop("awb")

        ndr_reason = d.pop("ndrReason")

        customer = NdrFollowupCustomer.from_dict(d.pop("customer"))

        courier_name = d.pop("courierName", UNSET)

        ndr_remark = d.pop("ndrRemark", UNSET)

        attempt_count = d.pop("attemptCount", UNSET)

        order_id = d.pop("orderId", UNSET)

        order_items = d.pop("orderItems", UNSET)

        cod_amount = d.pop("codAmount", UNSET)

        payment_method = d.pop("paymentMethod", UNSET)

        next_attempt_date = d.pop("nextAttemptDate", UNSET)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: NdrFollowupShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = NdrFollowupShippingAddress.from_dict(_shipping_address)

        ndr_followup_payload = cls(
            awb=awb,
            ndr_reason=ndr_reason,
            customer=customer,
            courier_name=courier_name,
            ndr_remark=ndr_remark,
            attempt_count=attempt_count,
            order_id=order_id,
            order_items=order_items,
            cod_amount=cod_amount,
            payment_method=payment_method,
            next_attempt_date=next_attempt_date,
            shipping_address=shipping_address,
        )

        ndr_followup_payload.additional_properties = d
        return ndr_followup_payload

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
