"""API tool operations, through the client's ``tools`` resource against the mock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from voice_agents import AsyncVoiceAgentsClient, ConflictError, VoiceAgentsClient
from voice_agents_client.api.tools import list_api_tools
from voice_agents_client.models import (
    ApiToolListResponse,
    CreateApiToolRequest,
    Error,
    ToolHttpMethod,
    UpdateApiToolRequest,
)

Example = Callable[..., dict[str, Any]]
TOOL_ID = "6690a1b2c3d4e5f600000030"


def test_list_api_tools(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.tools.list()
    assert all(t.id and t.name for t in result.data)


def test_create_api_tool(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    """Headers as a list of dicts, parameters as a dict: read through their models."""
    spec = example("create_api_tool")
    result = voice_agents_client.tools.create(
        name=spec["name"],
        description=spec["description"],
        url=spec["url"],
        method=ToolHttpMethod(spec["method"]),
        headers=spec["headers"],
        parameters=spec["parameters"],
        is_active=spec["isActive"],
    )
    assert result.data.id
    assert voice_agents_mock.requests(operation="create_api_tool")[-1]["body"] == spec


def test_create_api_tool_with_body(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    body = CreateApiToolRequest.from_dict(example("create_api_tool"))
    result = voice_agents_client.tools.create(body=body)
    assert result.data.id


def test_update_api_tool(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    spec = example("update_api_tool")
    result = voice_agents_client.tools.update(
        TOOL_ID, description=spec["description"], is_active=spec["isActive"]
    )
    assert result.data.id


def test_delete_api_tool(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.tools.delete(TOOL_ID)
    assert result.message


def test_a_conflict_raises_and_comes_back_raw(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    body = CreateApiToolRequest.from_dict(example("create_api_tool"))
    with pytest.raises(ConflictError) as info:
        voice_agents_client.tools.create(body=body, extra_headers={"Prefer": "code=409"})
    assert info.value.status_code == 409
    raw = voice_agents_client.tools.with_raw_response.create(
        body=body, extra_headers={"Prefer": "code=409"}
    )
    assert raw.status_code == 409
    assert isinstance(raw.parsed, Error)


def test_tools_through_asyncio(
    voice_agents_async_client: AsyncVoiceAgentsClient, example: Example
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            listed, created, updated, deleted = await asyncio.gather(
                client.tools.list(),
                client.tools.create(
                    body=CreateApiToolRequest.from_dict(example("create_api_tool"))
                ),
                client.tools.update(
                    TOOL_ID, body=UpdateApiToolRequest.from_dict(example("update_api_tool"))
                ),
                client.tools.delete(TOOL_ID),
            )
            assert all(t.id for t in listed.data)
            assert created.data.id
            assert updated.data.id
            assert deleted.message

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = list_api_tools.sync(client=voice_agents_client)
    assert isinstance(result, ApiToolListResponse)
    assert all(t.id for t in result.data)
