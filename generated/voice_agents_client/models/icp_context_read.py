from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_group import AgeGroup
from ..models.audience_segment import AudienceSegment
from ..models.language import Language
from ..models.location_tier import LocationTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="IcpContextRead")


@_attrs_define
class IcpContextRead:
    """Ideal-customer profile. It tunes the agent's language, vocabulary, slang and pace to the people it calls.

    Attributes:
        target_age_groups (list[AgeGroup | str] | Unset):
        location_tiers (list[LocationTier | str] | Unset):
        language (Language | str | Unset):
        target_audience (list[AudienceSegment | str] | Unset):
    """

    target_age_groups: list[AgeGroup | str] | Unset = UNSET
    location_tiers: list[LocationTier | str] | Unset = UNSET
    language: Language | str | Unset = UNSET
    target_audience: list[AudienceSegment | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_age_groups: list[str] | Unset = UNSET
        if not isinstance(self.target_age_groups, Unset):
            target_age_groups = []
            for target_age_groups_item_data in self.target_age_groups:
                target_age_groups_item: str
                if isinstance(target_age_groups_item_data, AgeGroup):
                    target_age_groups_item = target_age_groups_item_data.value
                else:
                    target_age_groups_item = target_age_groups_item_data
                target_age_groups.append(target_age_groups_item)

        location_tiers: list[str] | Unset = UNSET
        if not isinstance(self.location_tiers, Unset):
            location_tiers = []
            for location_tiers_item_data in self.location_tiers:
                location_tiers_item: str
                if isinstance(location_tiers_item_data, LocationTier):
                    location_tiers_item = location_tiers_item_data.value
                else:
                    location_tiers_item = location_tiers_item_data
                location_tiers.append(location_tiers_item)

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        target_audience: list[str] | Unset = UNSET
        if not isinstance(self.target_audience, Unset):
            target_audience = []
            for target_audience_item_data in self.target_audience:
                target_audience_item: str
                if isinstance(target_audience_item_data, AudienceSegment):
                    target_audience_item = target_audience_item_data.value
                else:
                    target_audience_item = target_audience_item_data
                target_audience.append(target_audience_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_age_groups is not UNSET:
            field_dict["targetAgeGroups"] = target_age_groups
        if location_tiers is not UNSET:
            field_dict["locationTiers"] = location_tiers
        if language is not UNSET:
            field_dict["language"] = language
        if target_audience is not UNSET:
            field_dict["targetAudience"] = target_audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _target_age_groups = d.pop("targetAgeGroups", UNSET)
        target_age_groups: list[AgeGroup | str] | Unset = UNSET
        if _target_age_groups is not UNSET:
            target_age_groups = []
            for target_age_groups_item_data in _target_age_groups:

                def _parse_target_age_groups_item(data: object) -> AgeGroup | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        target_age_groups_item_type_0 = AgeGroup(data)

                        return target_age_groups_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AgeGroup | str, data)

                target_age_groups_item = _parse_target_age_groups_item(
                    target_age_groups_item_data
                )

                target_age_groups.append(target_age_groups_item)

        _location_tiers = d.pop("locationTiers", UNSET)
        location_tiers: list[LocationTier | str] | Unset = UNSET
        if _location_tiers is not UNSET:
            location_tiers = []
            for location_tiers_item_data in _location_tiers:

                def _parse_location_tiers_item(data: object) -> LocationTier | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        location_tiers_item_type_0 = LocationTier(data)

                        return location_tiers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(LocationTier | str, data)

                location_tiers_item = _parse_location_tiers_item(
                    location_tiers_item_data
                )

                location_tiers.append(location_tiers_item)

        def _parse_language(data: object) -> Language | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _target_audience = d.pop("targetAudience", UNSET)
        target_audience: list[AudienceSegment | str] | Unset = UNSET
        if _target_audience is not UNSET:
            target_audience = []
            for target_audience_item_data in _target_audience:

                def _parse_target_audience_item(data: object) -> AudienceSegment | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        target_audience_item_type_0 = AudienceSegment(data)

                        return target_audience_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AudienceSegment | str, data)

                target_audience_item = _parse_target_audience_item(
                    target_audience_item_data
                )

                target_audience.append(target_audience_item)

        icp_context_read = cls(
            target_age_groups=target_age_groups,
            location_tiers=location_tiers,
            language=language,
            target_audience=target_audience,
        )

        icp_context_read.additional_properties = d
        return icp_context_read

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
