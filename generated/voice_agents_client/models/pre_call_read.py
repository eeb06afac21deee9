from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_call_api_plan_read import PreCallApiPlanRead


T = TypeVar("T", bound="PreCallRead")


@_attrs_define
class PreCallRead:
    """Optional lookup made before every call of the assistant, inbound and outbound alike.
    The platform sends `number` (the customer's phone number), `assistantId` and
    `callDirection` (`inbound` or `outbound`), plus the fields of `apiPlan.body`, to
    `apiPlan.url`. Header values and body fields may contain templates:
    `{{variableValues.<name>}}`, `{{metadata.<name>}}`, `{{number}}`, `{{assistantId}}`,
    `{{callDirection}}`.

    A 2xx JSON object in reply is spread into the call's variables (a reply shaped
    `{"data": {...}}` has its `data` spread instead), so prompts can use those keys as
    placeholders; the whole reply is also kept as `preCallData`. A reply that is not an
    object only sets `preCallData`. Errors, timeouts, non-2xx answers and empty bodies are
    ignored: the call goes ahead without the extra data.

        Attributes:
            api_plan (PreCallApiPlanRead | Unset): The endpoint queried before each call.
    """

    api_plan: PreCallApiPlanRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_plan, Unset):
            api_plan = self.api_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_plan is not UNSET:
            field_dict["apiPlan"] = api_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_call_api_plan_read import PreCallApiPlanRead  # noqa: PLC0415

        d = dict(src_dict)
        _api_plan = d.pop("apiPlan", UNSET)
        api_plan: PreCallApiPlanRead | Unset
        if isinstance(_api_plan, Unset):
            api_plan = UNSET
        else:
            api_plan = PreCallApiPlanRead.from_dict(_api_plan)

        pre_call_read = cls(
            api_plan=api_plan,
        )

        pre_call_read.additional_properties = d
        return pre_call_read

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
