from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_tool_config import ApiToolConfig


T = TypeVar("T", bound="ApiTool")


@_attrs_define
class ApiTool:
    """An HTTP tool as stored by the API.

    Attributes:
        id (str): Tool id; list it in an assistant's `agent.tools`.
        name (str): Display name, unique in the workspace.
        slug (str): Identifier derived from `name` by the server; unique in the workspace.
        workspace (str): Id of the owning workspace.
        is_active (bool): Whether assistants may call the tool.
        config (ApiToolConfig): How the assistant calls the tool.
        created_at (datetime.datetime): Creation time (UTC).
        integration_id (str | Unset): Id of the integration the tool is grouped under; assistants list their tools per
            integration.
        is_payload_pass (bool | Unset): Server-managed flag whose meaning the API does not document.
        deleted_at (datetime.datetime | None | Unset): When the tool was soft-deleted; `null` while it is live.
        updated_at (datetime.datetime | Unset): Time of the last change (UTC).
    """

    id: str
    name: str
    slug: str
    workspace: str
    is_active: bool
    config: ApiToolConfig
    created_at: datetime.datetime
    integration_id: str | Unset = UNSET
    is_payload_pass: bool | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        workspace = self.workspace

        is_active = self.is_active

        config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        integration_id = self.integration_id

        is_payload_pass = self.is_payload_pass

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
                "slug": slug,
                "workspace": workspace,
                "isActive": is_active,
                "config": config,
                "createdAt": created_at,
            }
        )
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if is_payload_pass is not UNSET:
            field_dict["isPayloadPass"] = is_payload_pass
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_tool_config import ApiToolConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        slug = d.pop("slug")

        workspace = d.pop("workspace")

        is_active = d.pop("isActive")

        config = ApiToolConfig.from_dict(d.pop("config"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        integration_id = d.pop("integration_id", UNSET)

        is_payload_pass = d.pop("isPayloadPass", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        api_tool = cls(
            id=id,
            name=name,
            slug=slug,
            workspace=workspace,
            is_active=is_active,
            config=config,
            created_at=created_at,
            integration_id=integration_id,
            is_payload_pass=is_payload_pass,
            deleted_at=deleted_at,
            updated_at=updated_at,
        )

        api_tool.additional_properties = d
        return api_tool

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
