"""Knowledge-base operations (chunked upload too), through VoiceAgentsClient against the mock."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.knowledge_base import (
    complete_upload,
    delete_collection,
    get_knowledge_base_file,
    list_knowledge_base_files,
    start_upload,
    upload_chunk,
)
from voice_agents_client.models import (
    CompleteUploadResponse,
    DeleteCollectionResponse,
    KnowledgeBaseFile,
    KnowledgeBaseFileListResponse,
    KnowledgeBaseFileResponse,
    StartUploadSessionRequest,
    StartUploadSessionResponse,
    UploadChunkRequest,
    UploadChunkResponse,
)
from voice_agents_client.types import File

Example = Callable[..., dict[str, Any]]


def test_list_knowledge_base_files(voice_agents_client: VoiceAgentsClient) -> None:
    result = list_knowledge_base_files.sync(client=voice_agents_client)
    assert isinstance(result, KnowledgeBaseFileListResponse)
    assert all(isinstance(f, KnowledgeBaseFile) for f in result.data)


def test_get_knowledge_base_file(voice_agents_client: VoiceAgentsClient) -> None:
    result = get_knowledge_base_file.sync("6701a1b2c3d4e5f600000050", client=voice_agents_client)
    assert isinstance(result, KnowledgeBaseFileResponse)
    assert isinstance(result.data, KnowledgeBaseFile)


def test_chunked_upload(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    started = start_upload.sync(
        client=voice_agents_client,
        body=StartUploadSessionRequest.from_dict(example("start_upload")),
    )
    assert isinstance(started, StartUploadSessionResponse)
    session_id = started.session_id or (started.data.session_id if started.data else None)
    assert isinstance(session_id, str)
    assert session_id
    chunk = UploadChunkRequest(
        chunk=File(
            payload=io.BytesIO(b"%PDF-1.7 a small first chunk"),
            file_name="catalogue.pdf.part0",
            mime_type="application/octet-stream",
        ),
        chunk_index=0,
    )
    uploaded = upload_chunk.sync(session_id, client=voice_agents_client, body=chunk)
    assert isinstance(uploaded, UploadChunkResponse)
    done = complete_upload.sync(session_id, client=voice_agents_client)
    assert isinstance(done, CompleteUploadResponse)
    assert done.knowledge_base_id


def test_delete_collection(voice_agents_client: VoiceAgentsClient) -> None:
    result = delete_collection.sync("rag_acme_product_catalog_v1", client=voice_agents_client)
    assert isinstance(result, DeleteCollectionResponse)
    assert result.message
