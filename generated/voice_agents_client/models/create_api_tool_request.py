from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_http_method import ToolHttpMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_header import ToolHeader
    from ..models.tool_parameters import ToolParameters


T = TypeVar("T", bound="CreateApiToolRequest")


@_attrs_define
class CreateApiToolRequest:
    """A new HTTP tool.

    Attributes:
        name (str): Display name; must be unique in the workspace. The slug is derived from it.
        description (str): When the model should call the tool. Write it as guidance for the model ("use this when a
            caller wants to know the delivery state of an order"), not as API documentation.
        url (str): Absolute URL of your endpoint.
        method (ToolHttpMethod): HTTP method used when the assistant calls the tool's URL. Lower case.
        headers (list[ToolHeader] | Unset): Static headers to send with each call.
        parameters (ToolParameters | Unset): The inputs of a tool. Called `parameters` in create and update requests and
            `config.body` in the stored tool.
        is_active (bool | Unset): Set to `false` to create the tool switched off. Default: True.
    """

    name: str
    description: str
    url: str
    method: ToolHttpMethod
    headers: list[ToolHeader] | Unset = UNSET
    parameters: ToolParameters | Unset = UNSET
    is_active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        url = self.url

        method = self.method.value

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "url": url,
                "method": method,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_header import ToolHeader  # noqa: PLC0415
        from ..models.tool_parameters import ToolParameters  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        url = d.pop("url")

        method = ToolHttpMethod(d.pop("method"))

        _headers = d.pop("headers", UNSET)
        headers: list[ToolHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = ToolHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: ToolParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ToolParameters.from_dict(_parameters)

        is_active = d.pop("isActive", UNSET)

        create_api_tool_request = cls(
            name=name,
            description=description,
            url=url,
            method=method,
            headers=headers,
            parameters=parameters,
            is_active=is_active,
        )

        create_api_tool_request.additional_properties = d
        return create_api_tool_request

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
