from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.showcase_flow_type import ShowcaseFlowType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.showcase_highlight_moment import ShowcaseHighlightMoment


T = TypeVar("T", bound="ShowcaseFlow")


@_attrs_define
class ShowcaseFlow:
    """A staged demo of one use case, published as a sample.

    Attributes:
        flow_type (ShowcaseFlowType | str):
        title (str):
        tagline (str): Short claim shown on the flow's card.
        description (str):
        duration_secs (int): Length of the demo audio in seconds.
        audio_url (str): URL of the demo audio.
        sort_order (int): Position in the list; lower values come first.
        workspace (str): Id of the workspace the demo was produced in.
        organization (str): Id of the organization the demo was produced in.
        assistant_id (str): Id of the assistant heard in the demo.
        id (str | Unset):
        icon_color (str | Unset): Background colour of the flow's icon tile, as a hex code.
        waveform_url (None | str | Unset): URL of precomputed waveform data for the player.
        highlight_moments (list[ShowcaseHighlightMoment] | Unset):
        what_to_notice (None | str | Unset): A hint on what the listener should pay attention to.
        tags (list[str] | Unset):
    """

    flow_type: ShowcaseFlowType | str
    title: str
    tagline: str
    description: str
    duration_secs: int
    audio_url: str
    sort_order: int
    workspace: str
    organization: str
    assistant_id: str
    id: str | Unset = UNSET
    icon_color: str | Unset = UNSET
    waveform_url: None | str | Unset = UNSET
    highlight_moments: list[ShowcaseHighlightMoment] | Unset = UNSET
    what_to_notice: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_type: str
        if isinstance(self.flow_type, ShowcaseFlowType):
            flow_type = self.flow_type.value
        else:
            flow_type = self.flow_type

        title = self.title

        tagline = self.tagline

        description = self.description

        duration_secs = self.duration_secs

        audio_url = self.audio_url

        sort_order = self.sort_order

        workspace = self.workspace

        organization = self.organization

        assistant_id = self.assistant_id

        id = self.id

        icon_color = self.icon_color

        waveform_url: None | str | Unset
        if isinstance(self.waveform_url, Unset):
            waveform_url = UNSET
        else:
            waveform_url = self.waveform_url

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
                "flowType": flow_type,
                "title": title,
                "tagline": tagline,
                "description": description,
                "durationSecs": duration_secs,
                "audioUrl": audio_url,
                "sortOrder": sort_order,
                "workspace": workspace,
                "organization": organization,
                "assistant_id": assistant_id,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if icon_color is not UNSET:
            field_dict["iconColor"] = icon_color
        if waveform_url is not UNSET:
            field_dict["waveformUrl"] = waveform_url
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

        def _parse_flow_type(data: object) -> ShowcaseFlowType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                flow_type_type_0 = ShowcaseFlowType(data)

                return flow_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShowcaseFlowType | str, data)

        flow_type = _parse_flow_type(d.pop("flowType"))

        title = d.pop("title")

        tagline = d.pop("tagline")

        description = d.pop("description")

        duration_secs = d.pop("durationSecs")

        audio_url = d.pop("audioUrl")

        sort_order = d.pop("sortOrder")

        workspace = d.pop("workspace")

        organization = d.pop("organization")

        assistant_id = d.pop("assistant_id")

        id = d.pop("_id", UNSET)

        icon_color = d.pop("iconColor", UNSET)

        def _parse_waveform_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        waveform_url = _parse_waveform_url(d.pop("waveformUrl", UNSET))

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

        showcase_flow = cls(
            flow_type=flow_type,
            title=title,
            tagline=tagline,
            description=description,
            duration_secs=duration_secs,
            audio_url=audio_url,
            sort_order=sort_order,
            workspace=workspace,
            organization=organization,
            assistant_id=assistant_id,
            id=id,
            icon_color=icon_color,
            waveform_url=waveform_url,
            highlight_moments=highlight_moments,
            what_to_notice=what_to_notice,
            tags=tags,
        )

        showcase_flow.additional_properties = d
        return showcase_flow

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
