from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceGalleryItem")


@_attrs_define
class VoiceGalleryItem:
    """One voice of the catalogue. No gender or language is published for it.

    Attributes:
        id (str):
        slug (str): Name of the voice; the value for `agent.identity.voice`.
        sample_audio (str | Unset): URL of a short recording of the voice.
    """

    id: str
    slug: str
    sample_audio: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        sample_audio = self.sample_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "slug": slug,
            }
        )
        if sample_audio is not UNSET:
            field_dict["sampleAudio"] = sample_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        slug = d.pop("slug")

        sample_audio = d.pop("sampleAudio", UNSET)

        voice_gallery_item = cls(
            id=id,
            slug=slug,
            sample_audio=sample_audio,
        )

        voice_gallery_item.additional_properties = d
        return voice_gallery_item

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
