from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_apply_as import DiscountApplyAs
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountRead")


@_attrs_define
class DiscountRead:
    """A discount the agent may offer during an `abandoned_cart` or `cod_to_prepaid` call. The agent brings it up only when
    the customer hesitates, and quotes only what the platform's discount lookup returns. For `cod_to_prepaid`, the code
    is passed on in the `mark_prepaid` action when it was actually offered. Leave the object out to offer nothing.

        Attributes:
            code (str | Unset): Code the customer redeems.
            description (str | Unset): What the discount gives, in words the agent can use.
            value (float | Unset): Size of the discount; a percentage or an amount depending on `codeType`.
            code_type (str | Unset): Kind of discount: a percentage (written `%tage` in the reference, `percentage` in the
                guides) or `fixed` for an amount in the store currency.
            apply_as (DiscountApplyAs | str | Unset):
    """

    code: str | Unset = UNSET
    description: str | Unset = UNSET
    value: float | Unset = UNSET
    code_type: str | Unset = UNSET
    apply_as: DiscountApplyAs | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        value = self.value

        code_type = self.code_type

        apply_as: str | Unset
        if isinstance(self.apply_as, Unset):
            apply_as = UNSET
        elif isinstance(self.apply_as, DiscountApplyAs):
            apply_as = self.apply_as.value
        else:
            apply_as = self.apply_as

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if apply_as is not UNSET:
            field_dict["applyAs"] = apply_as

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        value = d.pop("value", UNSET)

        code_type = d.pop("codeType", UNSET)

        def _parse_apply_as(data: object) -> DiscountApplyAs | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                apply_as_type_0 = DiscountApplyAs(data)

                return apply_as_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountApplyAs | str | Unset, data)

        apply_as = _parse_apply_as(d.pop("applyAs", UNSET))

        discount_read = cls(
            code=code,
            description=description,
            value=value,
            code_type=code_type,
            apply_as=apply_as,
        )

        discount_read.additional_properties = d
        return discount_read

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
