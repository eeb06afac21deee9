"""Knowledge-base uploads and files in the stateful mock, against the real Prism.

The session mock of this folder indexes a completed upload for 0.3 s (conftest.py), so a file
is ``processing`` in the answer that completes it and ``ready`` a little later; the tests wait
for ``ready`` by polling, as a client does, never by sleeping a fixed time. The store's own
clock is stepped in the tests at the end, without Prism.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_support import KEYS
from test_mock_state import checked
from voice_agents import VoiceAgentsClient
from voice_agents.knowledge_base import UploadProgress, upload_file
from voice_agents_mock import MockServer
from voice_agents_mock._prism.provision import shipped_spec_path
from voice_agents_mock._spec.document import load_spec
from voice_agents_mock._spec.index import SpecIndex
from voice_agents_mock._state.store import StateStore

OTHER = {**KEYS, "workspace": "6690a1b2c3d4e5f600000abc"}
EXAMPLE_SESSION = "sess_abc123xyz"
EXAMPLE_FILE = "6701a1b2c3d4e5f600000050"
EXAMPLE_COLLECTION = "rag_acme_product_catalog_v1"


@pytest.fixture
def api(voice_agents_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=voice_agents_mock.url, timeout=30, trust_env=False) as client:
        yield client


def _start(
    api: httpx.Client, total: int, size: int, name: str = "faq.md", headers: Any = None
) -> str:
    body = {"fileName": name, "totalChunks": total, "fileSize": size, "mimeType": "text/markdown"}
    started = checked(
        api.post("/v1/knowledge-base/upload/start", json=body, headers=headers or KEYS),
        "start_upload",
        201,
    )
    session_id: str = started["sessionId"]
    return session_id


def _chunk(
    api: httpx.Client, session_id: str, index: int, data: bytes, headers: Any = None
) -> httpx.Response:
    return api.post(
        f"/v1/knowledge-base/upload/chunk/{session_id}",
        headers=headers or KEYS,
        files={"chunk": (f"part-{index}.bin", data, "application/octet-stream")},
        data={"chunkIndex": str(index)},
    )


def _complete(api: httpx.Client, session_id: str, headers: Any = None) -> httpx.Response:
    return api.post(f"/v1/knowledge-base/upload/complete/{session_id}", headers=headers or KEYS)


def _file(api: httpx.Client, file_id: str, headers: Any = None) -> httpx.Response:
    return api.get(f"/v1/knowledge-base/files/{file_id}", headers=headers or KEYS)


def _wait_ready(api: httpx.Client, file_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while True:
        current: dict[str, Any] = checked(_file(api, file_id), "get_knowledge_base_file", 200)
        if current["data"]["status"] != "processing" or time.monotonic() > deadline:
            return current
        time.sleep(0.05)


def _session(mock: MockServer, session_id: str, workspace: str = KEYS["workspace"]) -> Any:
    sessions = mock.state(workspace)["upload_sessions"]
    return next(s for s in sessions if s["sessionId"] == session_id)


def test_an_upload_becomes_a_file_processing_then_ready(
    voice_agents_mock: MockServer, api: httpx.Client
) -> None:
    session_id = _start(api, total=3, size=24, name="Shipping FAQ.md")
    assert re.fullmatch(r"sess_[0-9a-z]+", session_id)
    assert session_id != EXAMPLE_SESSION
    for index, data in enumerate([b"# Shipping\n", b"Three days", b".\n\n"]):
        checked(_chunk(api, session_id, index, data), "upload_chunk", 200)
    done = checked(_complete(api, session_id), "complete_upload", 200)
    assert done["sessionId"] == session_id
    assert done["knowledgeBaseStatus"] == "processing"
    file_id = done["knowledgeBaseId"]
    assert file_id != EXAMPLE_FILE
    ready = _wait_ready(api, file_id)["data"]
    assert ready["status"] == "ready"
    assert ready["processingPercentage"] == 100
    assert ready["fileName"] == "Shipping FAQ.md"
    assert ready["type"] == "text/markdown"
    assert ready["size"] == 24
    assert ready["workspace"] == KEYS["workspace"]
    assert ready["collectionName"].startswith("rag_shipping_faq_")
    listed = checked(
        api.get("/v1/knowledge-base/files", headers=KEYS), "list_knowledge_base_files", 200
    )
    assert [f["_id"] for f in listed["data"]] == [EXAMPLE_FILE, file_id]
    session = _session(voice_agents_mock, session_id)
    assert session["completed"] is True
    assert session["knowledgeBaseId"] == file_id
    assert (session["chunksReceived"], session["bytesReceived"]) == (3, 24)


def test_each_start_opens_its_own_session(api: httpx.Client) -> None:
    first, second = _start(api, 1, 10), _start(api, 1, 10)
    assert first != second


def test_an_unknown_session_is_the_specs_404(api: httpx.Client) -> None:
    assert checked(_chunk(api, "sess_unknown", 0, b"x"), "upload_chunk", 404) == {
        "code": 404,
        "message": "Upload session not found",
    }
    checked(_complete(api, "sess_unknown"), "complete_upload", 404)


def _warning(response: httpx.Response) -> str:
    return response.headers.get("x-mock-warning", "")


def test_a_chunk_index_past_the_announced_count_is_named_and_the_file_fails(
    api: httpx.Client,
) -> None:
    session_id = _start(api, total=2, size=4)
    checked(_chunk(api, session_id, 0, b"ab"), "upload_chunk", 200)
    checked(_chunk(api, session_id, 1, b"cd"), "upload_chunk", 200)
    stray = _chunk(api, session_id, 2, b"ef")
    checked(stray, "upload_chunk", 200)
    assert "chunkIndex 2 is past the 2 chunk(s)" in _warning(stray)
    assert "indices 0 to 1" in _warning(stray)
    done = _complete(api, session_id)
    assert checked(done, "complete_upload", 200)["knowledgeBaseStatus"] == "processing"
    assert "will fail indexing" in _warning(done)
    failed = _wait_ready(api, done.json()["knowledgeBaseId"])["data"]
    assert failed["status"] == "failed"


def test_a_chunk_sent_again_replaces_the_first(
    voice_agents_mock: MockServer, api: httpx.Client
) -> None:
    session_id = _start(api, total=2, size=4)
    checked(_chunk(api, session_id, 0, b"a"), "upload_chunk", 200)
    again = _chunk(api, session_id, 0, b"ab")
    checked(again, "upload_chunk", 200)
    assert _warning(again) == ""
    session = _session(voice_agents_mock, session_id)
    assert (session["chunksReceived"], session["bytesReceived"]) == (1, 2)


def test_complete_with_chunks_missing_names_them_and_the_file_fails(
    voice_agents_mock: MockServer, api: httpx.Client
) -> None:
    session_id = _start(api, total=3, size=3)
    checked(_chunk(api, session_id, 1, b"b"), "upload_chunk", 200)
    done = _complete(api, session_id)
    file_id = checked(done, "complete_upload", 200)["knowledgeBaseId"]
    assert "lacks chunk(s) 0, 2 of 3" in _warning(done)
    journal = voice_agents_mock.requests(operation="complete_upload")
    assert "lacks chunk(s) 0, 2 of 3" in " ".join(journal[-1]["warnings"])
    assert _wait_ready(api, file_id)["data"]["status"] == "failed"


def test_a_byte_count_other_than_announced_is_named_only(api: httpx.Client) -> None:
    session_id = _start(api, total=1, size=10)
    checked(_chunk(api, session_id, 0, b"abc"), "upload_chunk", 200)
    done = _complete(api, session_id)
    assert "received 3 bytes; it announced 10" in _warning(done)
    assert _wait_ready(api, done.json()["knowledgeBaseId"])["data"]["status"] == "ready"


def test_complete_twice_is_refused_and_a_late_chunk_ignored(
    voice_agents_mock: MockServer, api: httpx.Client
) -> None:
    session_id = _start(api, total=1, size=1)
    checked(_chunk(api, session_id, 0, b"a"), "upload_chunk", 200)
    file_id = checked(_complete(api, session_id), "complete_upload", 200)["knowledgeBaseId"]
    again = checked(_complete(api, session_id), "complete_upload", 400)
    assert file_id in again["message"]
    late = _chunk(api, session_id, 0, b"a")
    checked(late, "upload_chunk", 200)
    assert "the chunk was ignored" in _warning(late)
    files = voice_agents_mock.state(KEYS["workspace"])["knowledge_base_files"]
    assert [f["_id"] for f in files].count(file_id) == 1


def test_the_seed_holds_the_example_file_and_session(api: httpx.Client) -> None:
    fetched = checked(_file(api, EXAMPLE_FILE), "get_knowledge_base_file", 200)
    assert fetched["data"]["status"] == "ready"
    checked(_chunk(api, EXAMPLE_SESSION, 0, b"%PDF-1.7"), "upload_chunk", 200)
    checked(_complete(api, EXAMPLE_SESSION), "complete_upload", 200)


def test_an_unknown_file_is_the_specs_404(api: httpx.Client) -> None:
    missing = checked(_file(api, "0123456789abcdef01234567"), "get_knowledge_base_file", 404)
    assert missing["message"] == "Knowledge base file not found"


def test_deleting_a_collection_removes_its_file(api: httpx.Client) -> None:
    path = f"/v1/knowledge-base/collection/{EXAMPLE_COLLECTION}"
    deleted = checked(api.delete(path, headers=KEYS), "delete_collection", 200)
    assert EXAMPLE_COLLECTION in deleted["message"]
    checked(_file(api, EXAMPLE_FILE), "get_knowledge_base_file", 404)
    listed = api.get("/v1/knowledge-base/files", headers=KEYS).json()
    assert listed["data"] == []
    checked(api.delete(path, headers=KEYS), "delete_collection", 404)
    # Another workspace still has its own copy of the seed.
    checked(_file(api, EXAMPLE_FILE, OTHER), "get_knowledge_base_file", 200)


def test_sessions_and_files_are_per_workspace(api: httpx.Client) -> None:
    session_id = _start(api, total=1, size=1)
    checked(_chunk(api, session_id, 0, b"a", OTHER), "upload_chunk", 404)
    checked(_complete(api, session_id, OTHER), "complete_upload", 404)
    checked(_chunk(api, session_id, 0, b"a"), "upload_chunk", 200)
    file_id = checked(_complete(api, session_id), "complete_upload", 200)["knowledgeBaseId"]
    checked(_file(api, file_id, OTHER), "get_knowledge_base_file", 404)
    listed = api.get("/v1/knowledge-base/files", headers=OTHER).json()
    assert file_id not in [f["_id"] for f in listed["data"]]


# ---------------------------------------------------------------------- the library's helper


def test_upload_file_of_a_small_document_waits_until_ready(
    voice_agents_client: VoiceAgentsClient,
) -> None:
    seen: list[UploadProgress] = []
    document = b"# Returns\n\nRefunds take 7 days.\n"
    result = upload_file(
        voice_agents_client,
        document,
        file_name="returns.md",
        on_progress=seen.append,
        poll_interval=0.05,
    )
    assert str(result.status) == "ready"
    assert (result.file_name, result.size) == ("returns.md", len(document))
    assert [p.phase for p in seen][:3] == ["start", "chunk", "complete"]
    assert seen[2].status == "processing"
    assert seen[-1].phase == "done"
    assert seen[-1].file_id == result.id


def test_upload_file_of_a_multi_chunk_document(
    voice_agents_mock: MockServer, voice_agents_client: VoiceAgentsClient
) -> None:
    document = bytes(range(256)) * 40  # 10240 bytes in 4 chunks of at most 3000
    seen: list[UploadProgress] = []
    result = upload_file(
        voice_agents_client,
        document,
        file_name="catalogue.txt",
        chunk_size=3000,
        on_progress=seen.append,
        poll_interval=0.05,
    )
    assert str(result.status) == "ready"
    assert [p.chunk for p in seen if p.phase == "chunk"] == [1, 2, 3, 4]
    session = _session(voice_agents_mock, seen[0].session_id or "")
    assert (session["chunksReceived"], session["bytesReceived"]) == (4, len(document))
    assert str(result.type_) == "text/plain"


# ---------------------------------------------------------------------- the store's clock


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _store(indexing_time: float) -> tuple[StateStore, _Clock]:
    clock = _Clock()
    index = SpecIndex(load_spec(shipped_spec_path()))
    return StateStore(index, indexing_time=indexing_time, clock=clock), clock


def _completed(store: StateStore) -> str:
    started = store.answer(
        "start_upload", "w", {}, {"fileName": "a.pdf", "totalChunks": 1, "fileSize": 1}
    )
    assert started is not None
    session = {"sessionId": started.body["sessionId"]}
    store.answer("upload_chunk", "w", session, {"chunkIndex": b"0", "chunk": b"a"})
    done = store.answer("complete_upload", "w", session, None)
    assert done is not None
    file_id: str = done.body["knowledgeBaseId"]
    return file_id


def _status(store: StateStore, file_id: str) -> tuple[str, int]:
    answer = store.answer("get_knowledge_base_file", "w", {"knowledgeBaseId": file_id}, None)
    assert answer is not None
    return answer.body["data"]["status"], answer.body["data"]["processingPercentage"]


def test_no_indexing_time_fails_an_incomplete_upload_at_once() -> None:
    store, _ = _store(indexing_time=0.0)
    started = store.answer(
        "start_upload", "w", {}, {"fileName": "a.pdf", "totalChunks": 2, "fileSize": 2}
    )
    assert started is not None
    done = store.answer("complete_upload", "w", {"sessionId": started.body["sessionId"]}, None)
    assert done is not None
    assert done.body["knowledgeBaseStatus"] == "failed"
    assert done.warnings


def test_a_file_is_processing_until_the_indexing_time_has_passed() -> None:
    store, clock = _store(indexing_time=10.0)
    file_id = _completed(store)
    assert _status(store, file_id) == ("processing", 0)
    clock.now += 5.0
    assert _status(store, file_id) == ("processing", 49)
    clock.now += 4.99
    assert _status(store, file_id)[0] == "processing"
    clock.now += 0.01
    assert _status(store, file_id) == ("ready", 100)


def test_no_indexing_time_makes_a_file_ready_at_once() -> None:
    store, _ = _store(indexing_time=0.0)
    file_id = _completed(store)
    assert _status(store, file_id) == ("ready", 100)


def test_indexing_time_is_checked_by_the_server_object() -> None:
    for bad in (-1, float("nan"), float("inf"), "1", True):
        with pytest.raises(ValueError, match="indexing_time"):
            MockServer(indexing_time=bad)  # type: ignore[arg-type]
