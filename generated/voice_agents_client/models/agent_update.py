from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_identity import AgentIdentity


T = TypeVar("T", bound="AgentUpdate")


@_attrs_define
class AgentUpdate:
    """Agent changes for `update_assistant`. Identity sub-fields you omit keep their value; `tools`, when sent, becomes the
    complete new tool list.

        Attributes:
            identity (AgentIdentity | Unset): The persona the agent presents. On create send all three fields (every
                documented example does); on update any subset.
            system_prompt (str | Unset): New instructions; same placeholder rules as on create.
            first_message (str | Unset): New opening line; empty means a generated greeting.
            end_message (str | Unset): New closing line.
            tools (list[str] | Unset): Complete new list of API tool `_id`s; an empty list removes all tools.
    """

    identity: AgentIdentity | Unset = UNSET
    system_prompt: str | Unset = UNSET
    first_message: str | Unset = UNSET
    end_message: str | Unset = UNSET
    tools: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        system_prompt = self.system_prompt

        first_message = self.first_message

        end_message = self.end_message

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

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
        from ..models.agent_identity import AgentIdentity  # noqa: PLC0415

        d = dict(src_dict)
        _identity = d.pop("identity", UNSET)
        identity: AgentIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = AgentIdentity.from_dict(_identity)

        system_prompt = d.pop("systemPrompt", UNSET)

        first_message = d.pop("firstMessage", UNSET)

        end_message = d.pop("endMessage", UNSET)

        tools = cast(list[str], d.pop("tools", UNSET))

        agent_update = cls(
            identity=identity,
            system_prompt=system_prompt,
            first_message=first_message,
            end_message=end_message,
            tools=tools,
        )

        agent_update.additional_properties = d
        return agent_update

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
