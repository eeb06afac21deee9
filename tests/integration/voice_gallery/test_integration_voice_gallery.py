"""Voice gallery, through the client's ``voices`` resource against the mock."""

from __future__ import annotations

import asyncio

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents_client.api.voice_gallery import list_voices
from voice_agents_client.models import VoiceGalleryResponse


def test_list_voices(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.voices.list()
    assert result.data
    assert all(v.id and v.slug for v in result.data)


def test_list_voices_through_asyncio(voice_agents_async_client: AsyncVoiceAgentsClient) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            result = await client.voices.list()
            assert result.data
            assert all(v.slug for v in result.data)

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = list_voices.sync(client=voice_agents_client)
    assert isinstance(result, VoiceGalleryResponse)
    assert all(v.slug for v in result.data)
