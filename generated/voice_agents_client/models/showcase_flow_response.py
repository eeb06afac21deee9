from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.showcase_flow import ShowcaseFlow


T = TypeVar("T", bound="ShowcaseFlowResponse")


@_attrs_define
class ShowcaseFlowResponse:
    """Envelope of a single demo flow.

    Attributes:
        success (bool):
        data (ShowcaseFlow): A staged demo of one use case, published as a sample.
    """

    success: bool
    data: ShowcaseFlow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.showcase_flow import ShowcaseFlow  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = ShowcaseFlow.from_dict(d.pop("data"))

        showcase_flow_response = cls(
            success=success,
            data=data,
        )

        showcase_flow_response.additional_properties = d
        return showcase_flow_response

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
