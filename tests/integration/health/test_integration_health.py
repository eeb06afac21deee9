"""Health, through VoiceAgentsClient against the mock."""

from __future__ import annotations

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.health import get_health
from voice_agents_client.models import HealthResponse


def test_get_health(voice_agents_client: VoiceAgentsClient) -> None:
    health = get_health.sync(client=voice_agents_client)
    assert isinstance(health, HealthResponse)
    assert health.data.under_maintenance is False
