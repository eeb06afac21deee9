from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_gallery_item import VoiceGalleryItem


T = TypeVar("T", bound="VoiceGalleryResponse")


@_attrs_define
class VoiceGalleryResponse:
    """Envelope of the voice catalogue.

    Attributes:
        message (str):
        data (list[VoiceGalleryItem]):
        status_code (int | Unset): HTTP status repeated in the body; not sent by every deployment.
    """

    message: str
    data: list[VoiceGalleryItem]
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "data": data,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_gallery_item import VoiceGalleryItem  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = VoiceGalleryItem.from_dict(data_item_data)

            data.append(data_item)

        status_code = d.pop("status_code", UNSET)

        voice_gallery_response = cls(
            message=message,
            data=data,
            status_code=status_code,
        )

        voice_gallery_response.additional_properties = d
        return voice_gallery_response

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
