"""Health, through the client's ``health`` resource against the mock."""

from __future__ import annotations

import asyncio

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents_client.api.health import get_health
from voice_agents_client.models import HealthResponse


def test_get_health(voice_agents_client: VoiceAgentsClient) -> None:
    health = voice_agents_client.health.check()
    assert health.data.under_maintenance is False
    assert health.data.status


def test_get_health_through_asyncio(voice_agents_async_client: AsyncVoiceAgentsClient) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            health = await client.health.check(timeout=10.0)
            assert health.data.under_maintenance is False
            raw = await client.health.with_raw_response.check()
            assert raw.status_code == 200
            assert isinstance(raw.parsed, HealthResponse)

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    health = get_health.sync(client=voice_agents_client)
    assert isinstance(health, HealthResponse)
    assert health.data.under_maintenance is False
