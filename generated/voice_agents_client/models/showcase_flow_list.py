from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.showcase_flow import ShowcaseFlow


T = TypeVar("T", bound="ShowcaseFlowList")


@_attrs_define
class ShowcaseFlowList:
    """All demo flows.

    Attributes:
        flows (list[ShowcaseFlow]):
        total (int): Number of flows.
    """

    flows: list[ShowcaseFlow]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flows = []
        for flows_item_data in self.flows:
            flows_item = flows_item_data.to_dict()
            flows.append(flows_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flows": flows,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.showcase_flow import ShowcaseFlow  # noqa: PLC0415

        d = dict(src_dict)
        flows = []
        _flows = d.pop("flows")
        for flows_item_data in _flows:
            flows_item = ShowcaseFlow.from_dict(flows_item_data)

            flows.append(flows_item)

        total = d.pop("total")

        showcase_flow_list = cls(
            flows=flows,
            total=total,
        )

        showcase_flow_list.additional_properties = d
        return showcase_flow_list

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
