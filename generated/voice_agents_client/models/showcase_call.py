from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.showcase_call_category import ShowcaseCallCategory
from ..models.showcase_language import ShowcaseLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.showcase_highlight_moment import ShowcaseHighlightMoment


T = TypeVar("T", bound="ShowcaseCall")


@_attrs_define
class ShowcaseCall:
    """A recording of a real call made for a live store, published as a sample.

    Attributes:
        title (str):
        language (ShowcaseLanguage | str):
        language_label (str): Display name of the language.
        category (ShowcaseCallCategory | str):
        brand_name (str): The store the call was made for.
        description (str):
        duration_secs (int): Length of the recording in seconds.
        audio_url (str): URL of the recording.
        sort_order (int): Position in the list; lower values come first.
        id (str | Unset):
        brand_logo_url (None | str | Unset):
        waveform_url (None | str | Unset): URL of precomputed waveform data for the player.
        transcript_preview (None | str | Unset): Opening lines of the transcript.
        highlight_moments (list[ShowcaseHighlightMoment] | Unset):
        what_to_notice (None | str | Unset): A hint on what the listener should pay attention to.
        tags (list[str] | Unset):
    """

    title: str
    language: ShowcaseLanguage | str
    language_label: str
    category: ShowcaseCallCategory | str
    brand_name: str
    description: str
    duration_secs: int
    audio_url: str
    sort_order: int
    id: str | Unset = UNSET
    brand_logo_url: None | str | Unset = UNSET
    waveform_url: None | str | Unset = UNSET
    transcript_preview: None | str | Unset = UNSET
    highlight_moments: list[ShowcaseHighlightMoment] | Unset = UNSET
    what_to_notice: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        language: str
        if isinstance(self.language, ShowcaseLanguage):
            language = self.language.value
        else:
            language = self.language

        language_label = self.language_label

        category: str
        if isinstance(self.category, ShowcaseCallCategory):
            category = self.category.value
        else:
            category = self.category

        brand_name = self.brand_name

        description = self.description

        duration_secs = self.duration_secs

        audio_url = self.audio_url

        sort_order = self.sort_order

        id = self.id

        brand_logo_url: None | str | Unset
        if isinstance(self.brand_logo_url, Unset):
            brand_logo_url = UNSET
        else:
            brand_logo_url = self.brand_logo_url

        waveform_url: None | str | Unset
        if isinstance(self.waveform_url, Unset):
            waveform_url = UNSET
        else:
            waveform_url = self.waveform_url

        transcript_preview: None | str | Unset
        if isinstance(self.transcript_preview, Unset):
            transcript_preview = UNSET
        else:
            transcript_preview = self.transcript_preview

        highlight_moments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.highlight_moments, Unset):
            highlight_moments = []
            for highlight_moments_item_data in self.highlight_moments:
                highlight_moments_item = highlight_moments_item_data.to_dict()
                highlight_moments.append(highlight_moments_item)

        what_to_notice: None | str | Unset
        if isinstance(self.what_to_notice, Unset):
            what_to_notice = UNSET
        else:
            what_to_notice = self.what_to_notice

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "language": language,
                "languageLabel": language_label,
                "category": category,
                "brandName": brand_name,
                "description": description,
                "durationSecs": duration_secs,
                "audioUrl": audio_url,
                "sortOrder": sort_order,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if brand_logo_url is not UNSET:
            field_dict["brandLogoUrl"] = brand_logo_url
        if waveform_url is not UNSET:
            field_dict["waveformUrl"] = waveform_url
        if transcript_preview is not UNSET:
            field_dict["transcriptPreview"] = transcript_preview
        if highlight_moments is not UNSET:
            field_dict["highlightMoments"] = highlight_moments
        if what_to_notice is not UNSET:
            field_dict["whatToNotice"] = what_to_notice
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.showcase_highlight_moment import ShowcaseHighlightMoment  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_language(data: object) -> ShowcaseLanguage | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = ShowcaseLanguage(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShowcaseLanguage | str, data)

        language = _parse_language(d.pop("language"))

        language_label = d.pop("languageLabel")

        def _parse_category(data: object) -> ShowcaseCallCategory | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = ShowcaseCallCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShowcaseCallCategory | str, data)

        category = _parse_category(d.pop("category"))

        brand_name = d.pop("brandName")

        description = d.pop("description")

        duration_secs = d.pop("durationSecs")

        audio_url = d.pop("audioUrl")

        sort_order = d.pop("sortOrder")

        id = d.pop("_id", UNSET)

        def _parse_brand_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_logo_url = _parse_brand_logo_url(d.pop("brandLogoUrl", UNSET))

        def _parse_waveform_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        waveform_url = _parse_waveform_url(d.pop("waveformUrl", UNSET))

        def _parse_transcript_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript_preview = _parse_transcript_preview(
            d.pop("transcriptPreview", UNSET)
        )

        _highlight_moments = d.pop("highlightMoments", UNSET)
        highlight_moments: list[ShowcaseHighlightMoment] | Unset = UNSET
        if _highlight_moments is not UNSET:
            highlight_moments = []
            for highlight_moments_item_data in _highlight_moments:
                highlight_moments_item = ShowcaseHighlightMoment.from_dict(
                    highlight_moments_item_data
                )

                highlight_moments.append(highlight_moments_item)

        def _parse_what_to_notice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what_to_notice = _parse_what_to_notice(d.pop("whatToNotice", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        showcase_call = cls(
            title=title,
            language=language,
            language_label=language_label,
            category=category,
            brand_name=brand_name,
            description=description,
            duration_secs=duration_secs,
            audio_url=audio_url,
            sort_order=sort_order,
            id=id,
            brand_logo_url=brand_logo_url,
            waveform_url=waveform_url,
            transcript_preview=transcript_preview,
            highlight_moments=highlight_moments,
            what_to_notice=what_to_notice,
            tags=tags,
        )

        showcase_call.additional_properties = d
        return showcase_call

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
