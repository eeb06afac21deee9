from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrustSignals")


@_attrs_define
class TrustSignals:
    """Facts about the store that assistants may quote to build confidence. Only the one-line value proposition is
    mandatory.

        Attributes:
            value_proposition_one_liner (str): One sentence on what sets the store apart.
            customers_till_date (int | Unset): How many customers the store has served so far.
            total_orders_fulfilled (int | Unset): How many orders the store has delivered so far.
            store_rating (float | Unset): The store's average customer rating.
    """

    value_proposition_one_liner: str
    customers_till_date: int | Unset = UNSET
    total_orders_fulfilled: int | Unset = UNSET
    store_rating: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value_proposition_one_liner = self.value_proposition_one_liner

        customers_till_date = self.customers_till_date

        total_orders_fulfilled = self.total_orders_fulfilled

        store_rating = self.store_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valuePropositionOneLiner": value_proposition_one_liner,
            }
        )
        if customers_till_date is not UNSET:
            field_dict["customersTillDate"] = customers_till_date
        if total_orders_fulfilled is not UNSET:
            field_dict["totalOrdersFulfilled"] = total_orders_fulfilled
        if store_rating is not UNSET:
            field_dict["storeRating"] = store_rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value_proposition_one_liner = d.pop("valuePropositionOneLiner")

        customers_till_date = d.pop("customersTillDate", UNSET)

        total_orders_fulfilled = d.pop("totalOrdersFulfilled", UNSET)

        store_rating = d.pop("storeRating", UNSET)

        trust_signals = cls(
            value_proposition_one_liner=value_proposition_one_liner,
            customers_till_date=customers_till_date,
            total_orders_fulfilled=total_orders_fulfilled,
            store_rating=store_rating,
        )

        trust_signals.additional_properties = d
        return trust_signals

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
