"""Public showcase operations, through the client's ``showcase`` resource against the mock."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from voice_agents import AsyncVoiceAgentsClient, NotFoundError, VoiceAgentsClient
from voice_agents_client.api.showcase import list_showcase_calls
from voice_agents_client.models import (
    Error,
    ShowcaseCallListResponse,
    ShowcaseLanguageFilter,
)

ITEM_ID = "6690a1b2c3d4e5f600000050"


def test_list_showcase_calls(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient
) -> None:
    result = voice_agents_client.showcase.list_calls(lang=ShowcaseLanguageFilter.HI)
    assert result.success
    assert all(c.title and c.audio_url for c in result.data.calls)
    assert voice_agents_mock.requests(operation="list_showcase_calls")[-1]["query"] == {
        "lang": "hi"
    }


def test_get_showcase_call(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.showcase.get_call(ITEM_ID)
    assert result.data.title


def test_list_showcase_flows(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.showcase.list_flows()
    assert all(f.title and f.assistant_id for f in result.data.flows)


def test_get_showcase_flow(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.showcase.get_flow(ITEM_ID)
    assert result.data.title


def test_unknown_showcase_call(voice_agents_client: VoiceAgentsClient) -> None:
    with pytest.raises(NotFoundError):
        voice_agents_client.showcase.get_call(ITEM_ID, extra_headers={"Prefer": "code=404"})
    raw = voice_agents_client.showcase.with_raw_response.get_flow(
        ITEM_ID, extra_headers={"Prefer": "code=404"}
    )
    assert raw.status_code == 404
    assert isinstance(raw.parsed, Error)


def test_showcase_through_asyncio(voice_agents_async_client: AsyncVoiceAgentsClient) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            calls, call, flows, flow = await asyncio.gather(
                client.showcase.list_calls(lang=ShowcaseLanguageFilter.HI),
                client.showcase.get_call(ITEM_ID),
                client.showcase.list_flows(),
                client.showcase.get_flow(ITEM_ID),
            )
            assert all(c.title for c in calls.data.calls)
            assert call.data.title
            assert all(f.title for f in flows.data.flows)
            assert flow.data.title

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = list_showcase_calls.sync(client=voice_agents_client, lang=ShowcaseLanguageFilter.HI)
    assert isinstance(result, ShowcaseCallListResponse)
    assert all(c.title for c in result.data.calls)
