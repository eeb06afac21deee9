from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_analysis import CallAnalysis
    from ..models.call_credits import CallCredits
    from ..models.call_details import CallDetails
    from ..models.call_report import CallReport


T = TypeVar("T", bound="CallEventData")


@_attrs_define
class CallEventData:
    """Data of lifecycle and `end-of-call` events. Every block is optional: early events carry only `call`, `end-of-call`
    adds `analysis` and `credits`, and `call.lifecycle-ended` adds `report`.

        Attributes:
            call (CallDetails | Unset): The call an event is about. Timestamps and links stay `null` until they exist (a
                call that was never answered has no recording).
            analysis (CallAnalysis | Unset): Output of the assistant's analysis plan, computed after the call.
            credits_ (CallCredits | Unset): Credits charged for the call and the balance after the charge.
            report (CallReport | Unset): Attempt counters of the call task, sent with `call.lifecycle-ended`.
    """

    call: CallDetails | Unset = UNSET
    analysis: CallAnalysis | Unset = UNSET
    credits_: CallCredits | Unset = UNSET
    report: CallReport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict()

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call is not UNSET:
            field_dict["call"] = call
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_analysis import CallAnalysis  # noqa: PLC0415
        from ..models.call_credits import CallCredits  # noqa: PLC0415
        from ..models.call_details import CallDetails  # noqa: PLC0415
        from ..models.call_report import CallReport  # noqa: PLC0415

        d = dict(src_dict)
        _call = d.pop("call", UNSET)
        call: CallDetails | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = CallDetails.from_dict(_call)

        _analysis = d.pop("analysis", UNSET)
        analysis: CallAnalysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = CallAnalysis.from_dict(_analysis)

        _credits_ = d.pop("credits", UNSET)
        credits_: CallCredits | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = CallCredits.from_dict(_credits_)

        _report = d.pop("report", UNSET)
        report: CallReport | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = CallReport.from_dict(_report)

        call_event_data = cls(
            call=call,
            analysis=analysis,
            credits_=credits_,
            report=report,
        )

        call_event_data.additional_properties = d
        return call_event_data

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
