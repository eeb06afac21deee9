from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShowcaseHighlightMoment")


@_attrs_define
class ShowcaseHighlightMoment:
    """A labelled point in a recording that the player marks.

    Attributes:
        at_secs (int): Offset from the start of the audio, in seconds.
        label (str):
    """

    at_secs: int
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at_secs = self.at_secs

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "atSecs": at_secs,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at_secs = d.pop("atSecs")

        label = d.pop("label")

        showcase_highlight_moment = cls(
            at_secs=at_secs,
            label=label,
        )

        showcase_highlight_moment.additional_properties = d
        return showcase_highlight_moment

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
