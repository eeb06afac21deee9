from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_http_method import ToolHttpMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_header import ToolHeader
    from ..models.tool_parameters_read import ToolParametersRead


T = TypeVar("T", bound="ApiToolConfig")


@_attrs_define
class ApiToolConfig:
    """How the assistant calls the tool.

    Attributes:
        description (str): When the model should call the tool.
        url (str): Endpoint the call goes to.
        method (str | ToolHttpMethod):
        headers (list[ToolHeader] | Unset): Static headers added to each call.
        body (ToolParametersRead | Unset): The inputs of a tool. Called `parameters` in create and update requests and
            `config.body` in the stored tool.
    """

    description: str
    url: str
    method: str | ToolHttpMethod
    headers: list[ToolHeader] | Unset = UNSET
    body: ToolParametersRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        url = self.url

        method: str
        if isinstance(self.method, ToolHttpMethod):
            method = self.method.value
        else:
            method = self.method

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "url": url,
                "method": method,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_header import ToolHeader  # noqa: PLC0415
        from ..models.tool_parameters_read import ToolParametersRead  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        url = d.pop("url")

        def _parse_method(data: object) -> str | ToolHttpMethod:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = ToolHttpMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ToolHttpMethod, data)

        method = _parse_method(d.pop("method"))

        _headers = d.pop("headers", UNSET)
        headers: list[ToolHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = ToolHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        _body = d.pop("body", UNSET)
        body: ToolParametersRead | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ToolParametersRead.from_dict(_body)

        api_tool_config = cls(
            description=description,
            url=url,
            method=method,
            headers=headers,
            body=body,
        )

        api_tool_config.additional_properties = d
        return api_tool_config

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
