"""API tool operations, through VoiceAgentsClient against the mock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.tools import (
    create_api_tool,
    delete_api_tool,
    list_api_tools,
    update_api_tool,
)
from voice_agents_client.models import (
    ApiTool,
    ApiToolListResponse,
    CreateApiToolRequest,
    CreateApiToolResponse,
    DeleteApiToolResponse,
    UpdateApiToolRequest,
    UpdateApiToolResponse,
)

Example = Callable[..., dict[str, Any]]
TOOL_ID = "6690a1b2c3d4e5f600000030"


def test_list_api_tools(voice_agents_client: VoiceAgentsClient) -> None:
    result = list_api_tools.sync(client=voice_agents_client)
    assert isinstance(result, ApiToolListResponse)
    assert all(isinstance(t, ApiTool) for t in result.data)


def test_create_api_tool(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = CreateApiToolRequest.from_dict(example("create_api_tool"))
    result = create_api_tool.sync(client=voice_agents_client, body=body)
    assert isinstance(result, CreateApiToolResponse)
    assert isinstance(result.data, ApiTool)


def test_update_api_tool(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = UpdateApiToolRequest.from_dict(example("update_api_tool"))
    result = update_api_tool.sync(TOOL_ID, client=voice_agents_client, body=body)
    assert isinstance(result, UpdateApiToolResponse)
    assert isinstance(result.data, ApiTool)


def test_delete_api_tool(voice_agents_client: VoiceAgentsClient) -> None:
    result = delete_api_tool.sync(TOOL_ID, client=voice_agents_client)
    assert isinstance(result, DeleteApiToolResponse)
    assert result.message
