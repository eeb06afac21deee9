from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_analysis_insights import CallAnalysisInsights
    from ..models.call_analysis_outcome import CallAnalysisOutcome


T = TypeVar("T", bound="CallAnalysis")


@_attrs_define
class CallAnalysis:
    """Output of the assistant's analysis plan, computed after the call.

    Attributes:
        success (bool | Unset): Verdict of the assistant's `successCriteriaPlan`.
        summary (str | Unset): Text produced by the assistant's `summaryPlan`.
        required_actions (list[str] | Unset): Follow-up actions the analysis asks for, as free-form labels (for example
            `create-order`, `send-whatsapp`, `send-email`).
        insights (CallAnalysisInsights | Unset): Values extracted per the assistant's `callInsightPlan`, keyed by
            insight name.
        outcome (CallAnalysisOutcome | Unset): Variant-specific result, for example whether an address should be changed
            and the new address. An empty object when the variant defines none.
    """

    success: bool | Unset = UNSET
    summary: str | Unset = UNSET
    required_actions: list[str] | Unset = UNSET
    insights: CallAnalysisInsights | Unset = UNSET
    outcome: CallAnalysisOutcome | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        summary = self.summary

        required_actions: list[str] | Unset = UNSET
        if not isinstance(self.required_actions, Unset):
            required_actions = self.required_actions

        insights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insights, Unset):
            insights = self.insights.to_dict()

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if summary is not UNSET:
            field_dict["summary"] = summary
        if required_actions is not UNSET:
            field_dict["requiredActions"] = required_actions
        if insights is not UNSET:
            field_dict["insights"] = insights
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_analysis_insights import CallAnalysisInsights  # noqa: PLC0415
        from ..models.call_analysis_outcome import CallAnalysisOutcome  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        summary = d.pop("summary", UNSET)

        required_actions = cast(list[str], d.pop("requiredActions", UNSET))

        _insights = d.pop("insights", UNSET)
        insights: CallAnalysisInsights | Unset
        if isinstance(_insights, Unset):
            insights = UNSET
        else:
            insights = CallAnalysisInsights.from_dict(_insights)

        _outcome = d.pop("outcome", UNSET)
        outcome: CallAnalysisOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = CallAnalysisOutcome.from_dict(_outcome)

        call_analysis = cls(
            success=success,
            summary=summary,
            required_actions=required_actions,
            insights=insights,
            outcome=outcome,
        )

        call_analysis.additional_properties = d
        return call_analysis

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
