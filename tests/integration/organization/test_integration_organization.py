"""Archive and unarchive, through the client's ``organizations`` resource against the mock."""

from __future__ import annotations

import asyncio
from typing import Any

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents_client.api.organization import archive_entity
from voice_agents_client.models import ArchiveEntityType, ArchiveResponse, ArchiveTarget

WORKSPACE_ID = "6690a1b2c3d4e5f600000002"
TARGET = ArchiveTarget(type_=ArchiveEntityType.WORKSPACE, id=WORKSPACE_ID)


def test_archive_entity(voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.organizations.archive(
        type_=ArchiveEntityType.WORKSPACE, id=WORKSPACE_ID
    )
    assert result.message
    sent = voice_agents_mock.requests(operation="archive_entity")[-1]["body"]
    assert sent == {"type": "workspace", "id": WORKSPACE_ID}


def test_unarchive_entity(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.organizations.unarchive(body=TARGET)
    assert result.message


def test_archive_and_unarchive_through_asyncio(
    voice_agents_async_client: AsyncVoiceAgentsClient,
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            archived, unarchived = await asyncio.gather(
                client.organizations.archive(body=TARGET),
                client.organizations.unarchive(type_=ArchiveEntityType.WORKSPACE, id=WORKSPACE_ID),
            )
            assert archived.message
            assert unarchived.message

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = archive_entity.sync(client=voice_agents_client, body=TARGET)
    assert isinstance(result, ArchiveResponse)
    assert result.message
