"""Voice gallery, through VoiceAgentsClient against the mock."""

from __future__ import annotations

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.voice_gallery import list_voices
from voice_agents_client.models import VoiceGalleryItem, VoiceGalleryResponse


def test_list_voices(voice_agents_client: VoiceAgentsClient) -> None:
    result = list_voices.sync(client=voice_agents_client)
    assert isinstance(result, VoiceGalleryResponse)
    assert result.data
    assert all(isinstance(v, VoiceGalleryItem) and v.slug for v in result.data)
