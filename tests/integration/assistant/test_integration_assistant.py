"""Assistant operations, through VoiceAgentsClient against the mock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from voice_agents import NotFoundError, VoiceAgentsClient
from voice_agents_client.api.assistant import (
    create_assistant,
    get_assistant,
    list_assistants,
    update_assistant,
)
from voice_agents_client.models import (
    Assistant,
    AssistantCreateRequest,
    AssistantCreateResponse,
    AssistantGetResponse,
    AssistantListResponse,
    AssistantUpdateRequest,
    AssistantUpdateResponse,
)

Example = Callable[..., dict[str, Any]]
ASSISTANT_ID = "6690a1b2c3d4e5f600000010"


def test_create_assistant(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = AssistantCreateRequest.from_dict(example("create_assistant"))
    result = create_assistant.sync(client=voice_agents_client, body=body)
    assert isinstance(result, AssistantCreateResponse)
    assert result.data.assistant_id


def test_get_assistant(voice_agents_client: VoiceAgentsClient) -> None:
    result = get_assistant.sync(ASSISTANT_ID, client=voice_agents_client)
    assert isinstance(result, AssistantGetResponse)
    assert isinstance(result.data, Assistant)
    assert result.data.id


def test_list_assistants(voice_agents_client: VoiceAgentsClient) -> None:
    result = list_assistants.sync(client=voice_agents_client)
    assert isinstance(result, AssistantListResponse)
    assert all(isinstance(a, Assistant) for a in result.data)


def test_update_assistant(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = AssistantUpdateRequest.from_dict(example("update_assistant"))
    result = update_assistant.sync(ASSISTANT_ID, client=voice_agents_client, body=body)
    assert isinstance(result, AssistantUpdateResponse)
    assert result.assistant_id


def test_unknown_assistant_raises_not_found(voice_agents_client: VoiceAgentsClient) -> None:
    with (
        voice_agents_client.with_headers({"Prefer": "code=404"}) as client,
        pytest.raises(NotFoundError) as info,
    ):
        get_assistant.sync(ASSISTANT_ID, client=client)
    assert info.value.status_code == 404
