from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_read import DiscountRead


T = TypeVar("T", bound="CallMetadataRead")


@_attrs_define
class CallMetadataRead:
    """Your own correlation data (order ids, user ids and so on). The platform stores it with the call and echoes it
    unchanged at the top of every webhook event. One key has a meaning of its own: `discount`.

        Attributes:
            discount (DiscountRead | Unset): A discount the agent may offer during an `abandoned_cart` or `cod_to_prepaid`
                call. The agent brings it up only when the customer hesitates, and quotes only what the platform's discount
                lookup returns. For `cod_to_prepaid`, the code is passed on in the `mark_prepaid` action when it was actually
                offered. Leave the object out to offer nothing.
    """

    discount: DiscountRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_read import DiscountRead  # noqa: PLC0415

        d = dict(src_dict)
        _discount = d.pop("discount", UNSET)
        discount: DiscountRead | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = DiscountRead.from_dict(_discount)

        call_metadata_read = cls(
            discount=discount,
        )

        call_metadata_read.additional_properties = d
        return call_metadata_read

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
