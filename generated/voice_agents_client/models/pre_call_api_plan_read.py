from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_call_method import PreCallMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_call_body import PreCallBody
    from ..models.pre_call_headers import PreCallHeaders


T = TypeVar("T", bound="PreCallApiPlanRead")


@_attrs_define
class PreCallApiPlanRead:
    """The endpoint queried before each call.

    Attributes:
        method (PreCallMethod | str | Unset):  Default: PreCallMethod.POST.
        url (str | Unset): Absolute URL of your endpoint (HTTPS recommended). An empty string switches the lookup off.
        headers (PreCallHeaders | Unset): Extra HTTP headers for the lookup; string values may contain templates.
        body (PreCallBody | Unset): Additional JSON members merged into the POST request next to `number`, `assistantId`
            and `callDirection`. Not used with `get`.
    """

    method: PreCallMethod | str | Unset = PreCallMethod.POST
    url: str | Unset = UNSET
    headers: PreCallHeaders | Unset = UNSET
    body: PreCallBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, PreCallMethod):
            method = self.method.value
        else:
            method = self.method

        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_call_body import PreCallBody  # noqa: PLC0415
        from ..models.pre_call_headers import PreCallHeaders  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_method(data: object) -> PreCallMethod | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = PreCallMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PreCallMethod | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        url = d.pop("url", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: PreCallHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = PreCallHeaders.from_dict(_headers)

        _body = d.pop("body", UNSET)
        body: PreCallBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = PreCallBody.from_dict(_body)

        pre_call_api_plan_read = cls(
            method=method,
            url=url,
            headers=headers,
            body=body,
        )

        pre_call_api_plan_read.additional_properties = d
        return pre_call_api_plan_read

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
