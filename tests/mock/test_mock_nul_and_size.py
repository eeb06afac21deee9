"""Valid input the first front refused: NUL characters, and the largest request the spec allows.

Against the real Prism (the session mock): NUL in JSON strings and keys, the path and the query
is answered as Prism answers it, and a full 10 MiB ``upload_chunk`` (more than 10 MiB as
multipart, over Prism's own body limit) gets its 200.
"""

from __future__ import annotations

import json

import httpx
import pytest
from mock_support import KEYS, Receiver, process_exists, raw_request
from voice_agents_mock import SCENARIOS, MockServer

INITIATE = "/v2/call/initiate"
CHUNK = "/v1/knowledge-base/upload/chunk/sess_abc123xyz"
FULL_CHUNK = 10 * 1024 * 1024


def test_nul_in_json_strings_and_keys_round_trips(
    voice_agents_mock: MockServer, receiver: Receiver
) -> None:
    metadata = {"order\u0000id": "ORD\u00001", "note": "\u0000"}
    body = {
        "phoneNumber": "+919876543210",
        "assistant": "6927ec5c9322ed9f9fb55c68",
        "callbackUrl": f"{receiver.url}/nul",
        "metadata": metadata,
        "payload": {"customerName": "a\u0000b"},
    }
    response = httpx.post(
        f"{voice_agents_mock.url}{INITIATE}", json=body, headers=KEYS, timeout=5, trust_env=False
    )
    assert response.status_code == 200, response.text
    deliveries = receiver.take(len(SCENARIOS["completed"]))
    assert all(d.json()["metadata"] == metadata for d in deliveries)


@pytest.mark.parametrize(
    "target",
    ["/v1/admin/assistant/get/a%00b", "/v1/showcase/calls?category=%00", "/health?x=%00"],
)
def test_nul_in_path_and_query_reaches_prism(voice_agents_mock: MockServer, target: str) -> None:
    response = raw_request(voice_agents_mock.url, "GET", target, headers=dict(KEYS))
    assert response.status in (200, 400, 404), response.body[:300]
    assert b"NUL" not in response.body  # Prism's own answer, not a refusal by the front
    assert process_exists(voice_agents_mock.prism_pid or 0)


def _chunk_upload(mock: MockServer, size: int) -> httpx.Response:
    files = {"chunk": ("part-0.bin", b"\x00\xff" * (size // 2) + b"x" * (size % 2))}
    return httpx.post(
        f"{mock.url}{CHUNK}",
        headers=KEYS,
        files=files,
        data={"chunkIndex": "0"},
        timeout=30,
        trust_env=False,
    )


def test_a_full_10_mib_chunk_is_accepted(voice_agents_mock: MockServer) -> None:
    response = _chunk_upload(voice_agents_mock, FULL_CHUNK)
    assert response.status_code == 200, response.text
    assert response.json()["message"] == "Chunk uploaded successfully."
    assert httpx.get(f"{voice_agents_mock.url}/health", timeout=5).status_code == 200


def test_a_chunk_over_10_mib_is_refused_by_name(voice_agents_mock: MockServer) -> None:
    response = _chunk_upload(voice_agents_mock, FULL_CHUNK + 1)
    assert response.status_code == 400
    assert "'chunk'" in response.json()["message"]
    assert str(FULL_CHUNK) in response.json()["message"]


def test_a_large_chunk_still_has_its_index_validated_by_prism(
    voice_agents_mock: MockServer,
) -> None:
    files = {"chunk": ("part-0.bin", b"x" * FULL_CHUNK)}
    response = httpx.post(
        f"{voice_agents_mock.url}{CHUNK}",
        headers=KEYS,
        files=files,
        data={"chunkIndex": "-1"},
        timeout=30,
        trust_env=False,
    )
    assert response.status_code == 400
    assert "chunkIndex" in json.dumps(response.headers.get("sl-violations"))
