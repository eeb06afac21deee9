"""Knowledge-base operations (chunked upload too), through the client's ``knowledge_base``
resource against the mock."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from typing import Any

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents_client.api.knowledge_base import list_knowledge_base_files
from voice_agents_client.models import (
    Error,
    KnowledgeBaseFileListResponse,
    StartUploadSessionRequest,
    UploadChunkRequest,
    UploadMimeType,
)
from voice_agents_client.types import File

Example = Callable[..., dict[str, Any]]
FILE_ID = "6701a1b2c3d4e5f600000050"
COLLECTION = "rag_acme_product_catalog_v1"


def _chunk() -> File:
    return File(
        payload=io.BytesIO(b"%PDF-1.7 a small first chunk"),
        file_name="catalogue.pdf.part0",
        mime_type="application/octet-stream",
    )


def test_list_knowledge_base_files(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.knowledge_base.list_files()
    assert all(f.id and f.file_name for f in result.data)


def test_get_knowledge_base_file(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.knowledge_base.get_file(FILE_ID)
    assert result.data.id
    assert result.data.status


def test_chunked_upload(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    spec = example("start_upload")
    kb = voice_agents_client.knowledge_base
    started = kb.start_upload(
        file_name=spec["fileName"],
        total_chunks=spec["totalChunks"],
        file_size=spec["fileSize"],
        mime_type=UploadMimeType(spec["mimeType"]),
    )
    session_id = started.session_id or (started.data.session_id if started.data else None)
    assert isinstance(session_id, str)
    assert session_id
    uploaded = kb.upload_chunk(session_id, chunk=_chunk(), chunk_index=0)
    assert uploaded.message
    done = kb.complete_upload(session_id)
    assert done.knowledge_base_id


def test_chunked_upload_with_bodies(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    kb = voice_agents_client.knowledge_base
    started = kb.start_upload(body=StartUploadSessionRequest.from_dict(example("start_upload")))
    session_id = started.session_id or (started.data.session_id if started.data else None)
    assert isinstance(session_id, str)
    uploaded = kb.upload_chunk(session_id, body=UploadChunkRequest(chunk=_chunk(), chunk_index=0))
    assert uploaded.message
    assert kb.complete_upload(session_id).knowledge_base_id


def test_delete_collection(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.knowledge_base.delete_collection(COLLECTION)
    assert result.message


def test_unknown_file_comes_back_from_with_raw_response(
    voice_agents_client: VoiceAgentsClient,
) -> None:
    raw = voice_agents_client.knowledge_base.with_raw_response.get_file(
        FILE_ID, extra_headers={"Prefer": "code=404"}
    )
    assert raw.status_code == 404
    assert isinstance(raw.parsed, Error)


def test_knowledge_base_through_asyncio(
    voice_agents_async_client: AsyncVoiceAgentsClient, example: Example
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            kb = client.knowledge_base
            listed, got, deleted = await asyncio.gather(
                kb.list_files(), kb.get_file(FILE_ID), kb.delete_collection(COLLECTION)
            )
            assert all(f.id for f in listed.data)
            assert got.data.id
            assert deleted.message
            started = await kb.start_upload(
                body=StartUploadSessionRequest.from_dict(example("start_upload"))
            )
            session_id = started.session_id or (started.data.session_id if started.data else None)
            assert isinstance(session_id, str)
            uploaded = await kb.upload_chunk(session_id, chunk=_chunk(), chunk_index=0)
            assert uploaded.message
            done = await kb.complete_upload(session_id)
            assert done.knowledge_base_id

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = list_knowledge_base_files.sync(client=voice_agents_client)
    assert isinstance(result, KnowledgeBaseFileListResponse)
    assert all(f.id for f in result.data)
