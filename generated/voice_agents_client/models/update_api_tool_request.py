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


T = TypeVar("T", bound="UpdateApiToolRequest")


@_attrs_define
class UpdateApiToolRequest:
    """Fields to change on a tool. Every field is optional; omitted ones keep their value.

    Attributes:
        name (str | Unset): New display name; must stay unique in the workspace.
        description (str | Unset): New guidance on when the model should call the tool.
        url (str | Unset): New endpoint URL.
        method (ToolHttpMethod | Unset): HTTP method used when the assistant calls the tool's URL. Lower case.
        headers (list[ToolHeader] | Unset): New list of static headers (replaces the stored list).
        parameters (ToolParameters | Unset): The inputs of a tool. Called `parameters` in create and update requests and
            `config.body` in the stored tool.
        is_active (bool | Unset): `false` takes the tool out of service; `true` puts it back.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    method: ToolHttpMethod | Unset = UNSET
    headers: list[ToolHeader] | Unset = UNSET
    parameters: ToolParameters | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
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
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        _method = d.pop("method", UNSET)
        method: ToolHttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = ToolHttpMethod(_method)

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

        update_api_tool_request = cls(
            name=name,
            description=description,
            url=url,
            method=method,
            headers=headers,
            parameters=parameters,
            is_active=is_active,
        )

        update_api_tool_request.additional_properties = d
        return update_api_tool_request

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
