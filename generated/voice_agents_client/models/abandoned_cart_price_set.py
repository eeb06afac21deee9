from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abandoned_cart_shop_money import AbandonedCartShopMoney


T = TypeVar("T", bound="AbandonedCartPriceSet")


@_attrs_define
class AbandonedCartPriceSet:
    """A Shopify money set; only the shop-currency amount is used.

    Attributes:
        shop_money (AbandonedCartShopMoney | Unset): An amount in the shop's currency.
    """

    shop_money: AbandonedCartShopMoney | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        shop_money: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shop_money, Unset):
            shop_money = self.shop_money.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if shop_money is not UNSET:
            field_dict["shopMoney"] = shop_money

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abandoned_cart_shop_money import AbandonedCartShopMoney  # noqa: PLC0415

        d = dict(src_dict)
        _shop_money = d.pop("shopMoney", UNSET)
        shop_money: AbandonedCartShopMoney | Unset
        if isinstance(_shop_money, Unset):
            shop_money = UNSET
        else:
            shop_money = AbandonedCartShopMoney.from_dict(_shop_money)

        abandoned_cart_price_set = cls(
            shop_money=shop_money,
        )

        return abandoned_cart_price_set
