from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_insight_plan_read import CallInsightPlanRead


T = TypeVar("T", bound="AnalysisPlanRead")


@_attrs_define
class AnalysisPlanRead:
    """Prompts evaluated against the recording and transcript once a call has ended. The results arrive with the `end-of-
    call` webhook event.

        Attributes:
            success_criteria_plan (str | Unset): Prompt whose answer becomes the boolean success flag of the call. Spell out
                the conditions for true and for false.
            summary_plan (str | Unset): Prompt for the free-text call summary; say which points it must cover.
            call_insight_plan (CallInsightPlanRead | Unset): Structured values to extract from each call, keyed by the name
                they are reported under.
    """

    success_criteria_plan: str | Unset = UNSET
    summary_plan: str | Unset = UNSET
    call_insight_plan: CallInsightPlanRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_criteria_plan = self.success_criteria_plan

        summary_plan = self.summary_plan

        call_insight_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_insight_plan, Unset):
            call_insight_plan = self.call_insight_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_criteria_plan is not UNSET:
            field_dict["successCriteriaPlan"] = success_criteria_plan
        if summary_plan is not UNSET:
            field_dict["summaryPlan"] = summary_plan
        if call_insight_plan is not UNSET:
            field_dict["callInsightPlan"] = call_insight_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_insight_plan_read import CallInsightPlanRead  # noqa: PLC0415

        d = dict(src_dict)
        success_criteria_plan = d.pop("successCriteriaPlan", UNSET)

        summary_plan = d.pop("summaryPlan", UNSET)

        _call_insight_plan = d.pop("callInsightPlan", UNSET)
        call_insight_plan: CallInsightPlanRead | Unset
        if isinstance(_call_insight_plan, Unset):
            call_insight_plan = UNSET
        else:
            call_insight_plan = CallInsightPlanRead.from_dict(_call_insight_plan)

        analysis_plan_read = cls(
            success_criteria_plan=success_criteria_plan,
            summary_plan=summary_plan,
            call_insight_plan=call_insight_plan,
        )

        analysis_plan_read.additional_properties = d
        return analysis_plan_read

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
