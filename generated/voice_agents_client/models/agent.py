from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_identity_read import AgentIdentityRead
    from ..models.agent_tool import AgentTool


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """Identity, prompts and tools of a stored assistant.

    Attributes:
        identity (AgentIdentityRead | Unset): The persona the agent presents. On create send all three fields (every
            documented example does); on update any subset.
        system_prompt (str | Unset): Stored instructions (empty for preset variants, whose prompt is generated).
        first_message (str | Unset): Opening line; empty means the platform generates one.
        end_message (str | Unset): Closing line.
        tools (list[AgentTool] | Unset): The assistant's API tools, grouped by the integration they belong to.
    """

    identity: AgentIdentityRead | Unset = UNSET
    system_prompt: str | Unset = UNSET
    first_message: str | Unset = UNSET
    end_message: str | Unset = UNSET
    tools: list[AgentTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        system_prompt = self.system_prompt

        first_message = self.first_message

        end_message = self.end_message

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity is not UNSET:
            field_dict["identity"] = identity
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if first_message is not UNSET:
            field_dict["firstMessage"] = first_message
        if end_message is not UNSET:
            field_dict["endMessage"] = end_message
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_identity_read import AgentIdentityRead  # noqa: PLC0415
        from ..models.agent_tool import AgentTool  # noqa: PLC0415

        d = dict(src_dict)
        _identity = d.pop("identity", UNSET)
        identity: AgentIdentityRead | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = AgentIdentityRead.from_dict(_identity)

        system_prompt = d.pop("systemPrompt", UNSET)

        first_message = d.pop("firstMessage", UNSET)

        end_message = d.pop("endMessage", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[AgentTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = AgentTool.from_dict(tools_item_data)

                tools.append(tools_item)

        agent = cls(
            identity=identity,
            system_prompt=system_prompt,
            first_message=first_message,
            end_message=end_message,
            tools=tools,
        )

        agent.additional_properties = d
        return agent

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
