"""Assistant operations, through the client's ``assistants`` resource against the mock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import pytest
from voice_agents import AsyncVoiceAgentsClient, NotFoundError, VoiceAgentsClient
from voice_agents_client.api.assistant import get_assistant
from voice_agents_client.models import (
    AssistantCreateRequest,
    AssistantGetResponse,
    AssistantListResponse,
    AssistantUpdateRequest,
    Error,
)

Example = Callable[..., dict[str, Any]]
ASSISTANT_ID = "6690a1b2c3d4e5f600000010"


def test_create_assistant(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = AssistantCreateRequest.from_dict(example("create_assistant"))
    result = voice_agents_client.assistants.create(body=body)
    assert result.data.assistant_id


def test_create_assistant_from_plain_dicts(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    """Every nested object of the spec's example, given as the dict it is in the spec."""
    spec = example("create_assistant")
    result = voice_agents_client.assistants.create(
        name=spec["name"],
        variant=spec["variant"],
        agent=spec["agent"],
        telephony=spec["telephony"],
        pre_call=spec["preCall"],
        icp_context=spec["icpContext"],
        call_settings=spec["callSettings"],
        analysis_plan=spec["analysisPlan"],
        knowledge_base=spec["knowledgeBase"],
    )
    assert result.data.assistant_id
    sent = voice_agents_mock.requests(operation="create_assistant")[-1]["body"]
    assert sent == spec


def test_get_assistant(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.assistants.get(ASSISTANT_ID)
    assert result.data.id
    assert result.data.name


def test_list_assistants(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.assistants.list()
    assert result.data
    assert all(a.id and a.name for a in result.data)


def test_update_assistant(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    result = voice_agents_client.assistants.update(
        ASSISTANT_ID, telephony=example("update_assistant")["telephony"]
    )
    assert result.assistant_id


def test_update_assistant_with_body(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    body = AssistantUpdateRequest.from_dict(example("update_assistant"))
    result = voice_agents_client.assistants.update(ASSISTANT_ID, body=body)
    assert result.assistant_id


def test_unknown_assistant_raises_not_found(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient
) -> None:
    with pytest.raises(NotFoundError) as info:
        voice_agents_client.assistants.get(ASSISTANT_ID, extra_headers={"Prefer": "code=404"})
    assert info.value.status_code == 404
    headers = voice_agents_mock.requests(operation="get_assistant")[-1]["headers"]
    assert headers["prefer"] == "code=404"
    assert headers["workspace"] == voice_agents_client.workspace


def test_raw_response_returns_a_documented_404(voice_agents_client: VoiceAgentsClient) -> None:
    response = voice_agents_client.assistants.with_raw_response.get(
        ASSISTANT_ID, extra_headers={"Prefer": "code=404"}
    )
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, Error)
    assert response.parsed.message


def test_raw_response_of_a_success(voice_agents_client: VoiceAgentsClient) -> None:
    response = voice_agents_client.assistants.with_raw_response.list()
    assert response.status_code == 200
    assert isinstance(response.parsed, AssistantListResponse)
    assert response.content


def test_assistants_through_asyncio(
    voice_agents_async_client: AsyncVoiceAgentsClient, example: Example
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            created, got, listed, updated = await asyncio.gather(
                client.assistants.create(
                    body=AssistantCreateRequest.from_dict(example("create_assistant"))
                ),
                client.assistants.get(ASSISTANT_ID),
                client.assistants.list(),
                client.assistants.update(
                    ASSISTANT_ID, telephony=example("update_assistant")["telephony"]
                ),
            )
            assert created.data.assistant_id
            assert got.data.id
            assert all(a.id for a in listed.data)
            assert updated.assistant_id
            with pytest.raises(NotFoundError):
                await client.assistants.get(ASSISTANT_ID, extra_headers={"Prefer": "code=404"})
            raw = await client.assistants.with_raw_response.get(
                ASSISTANT_ID, extra_headers={"Prefer": "code=404"}
            )
            assert raw.status_code == 404
            assert isinstance(raw.parsed, Error)

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = get_assistant.sync(ASSISTANT_ID, client=voice_agents_client)
    assert isinstance(result, AssistantGetResponse)
    assert result.data.id
