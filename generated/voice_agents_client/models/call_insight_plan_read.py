from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insight_field_read import InsightFieldRead


T = TypeVar("T", bound="CallInsightPlanRead")


@_attrs_define
class CallInsightPlanRead:
    """Structured values to extract from each call, keyed by the name they are reported under."""

    additional_properties: dict[str, InsightFieldRead] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insight_field_read import InsightFieldRead  # noqa: PLC0415

        d = dict(src_dict)
        call_insight_plan_read = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = InsightFieldRead.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        call_insight_plan_read.additional_properties = additional_properties
        return call_insight_plan_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> InsightFieldRead:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InsightFieldRead) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
