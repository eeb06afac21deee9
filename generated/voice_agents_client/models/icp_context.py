from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_group import AgeGroup
from ..models.audience_segment import AudienceSegment
from ..models.language import Language
from ..models.location_tier import LocationTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="IcpContext")


@_attrs_define
class IcpContext:
    """Ideal-customer profile. It tunes the agent's language, vocabulary, slang and pace to the people it calls.

    Attributes:
        target_age_groups (list[AgeGroup] | Unset):
        location_tiers (list[LocationTier] | Unset):
        language (Language | Unset): Language the agent speaks on calls (`hinglish` mixes Hindi and English).
        target_audience (list[AudienceSegment] | Unset):
    """

    target_age_groups: list[AgeGroup] | Unset = UNSET
    location_tiers: list[LocationTier] | Unset = UNSET
    language: Language | Unset = UNSET
    target_audience: list[AudienceSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_age_groups: list[str] | Unset = UNSET
        if not isinstance(self.target_age_groups, Unset):
            target_age_groups = []
            for target_age_groups_item_data in self.target_age_groups:
                target_age_groups_item = target_age_groups_item_data.value
                target_age_groups.append(target_age_groups_item)

        location_tiers: list[str] | Unset = UNSET
        if not isinstance(self.location_tiers, Unset):
            location_tiers = []
            for location_tiers_item_data in self.location_tiers:
                location_tiers_item = location_tiers_item_data.value
                location_tiers.append(location_tiers_item)

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        target_audience: list[str] | Unset = UNSET
        if not isinstance(self.target_audience, Unset):
            target_audience = []
            for target_audience_item_data in self.target_audience:
                target_audience_item = target_audience_item_data.value
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
        target_age_groups: list[AgeGroup] | Unset = UNSET
        if _target_age_groups is not UNSET:
            target_age_groups = []
            for target_age_groups_item_data in _target_age_groups:
                target_age_groups_item = AgeGroup(target_age_groups_item_data)

                target_age_groups.append(target_age_groups_item)

        _location_tiers = d.pop("locationTiers", UNSET)
        location_tiers: list[LocationTier] | Unset = UNSET
        if _location_tiers is not UNSET:
            location_tiers = []
            for location_tiers_item_data in _location_tiers:
                location_tiers_item = LocationTier(location_tiers_item_data)

                location_tiers.append(location_tiers_item)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        _target_audience = d.pop("targetAudience", UNSET)
        target_audience: list[AudienceSegment] | Unset = UNSET
        if _target_audience is not UNSET:
            target_audience = []
            for target_audience_item_data in _target_audience:
                target_audience_item = AudienceSegment(target_audience_item_data)

                target_audience.append(target_audience_item)

        icp_context = cls(
            target_age_groups=target_age_groups,
            location_tiers=location_tiers,
            language=language,
            target_audience=target_audience,
        )

        icp_context.additional_properties = d
        return icp_context

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
