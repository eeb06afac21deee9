"""Archive and unarchive, through VoiceAgentsClient against the mock."""

from __future__ import annotations

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.organization import archive_entity, unarchive_entity
from voice_agents_client.models import (
    ArchiveEntityType,
    ArchiveResponse,
    ArchiveTarget,
    UnarchiveResponse,
)

TARGET = ArchiveTarget(type_=ArchiveEntityType.WORKSPACE, id="6690a1b2c3d4e5f600000002")


def test_archive_entity(voice_agents_client: VoiceAgentsClient) -> None:
    result = archive_entity.sync(client=voice_agents_client, body=TARGET)
    assert isinstance(result, ArchiveResponse)
    assert result.message


def test_unarchive_entity(voice_agents_client: VoiceAgentsClient) -> None:
    result = unarchive_entity.sync(client=voice_agents_client, body=TARGET)
    assert isinstance(result, UnarchiveResponse)
    assert result.message
