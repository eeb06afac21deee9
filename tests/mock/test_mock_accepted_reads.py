"""A read Prism accepted is answered from the store without asking Prism again (in process)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from mock_support import KEYS
from relay_support import FakeUpstream, Forwarded, InProcessFront
from voice_agents_mock._front.verdicts import AcceptedReads
from voice_agents_mock._http.upstream import UpstreamReply

SEEDED = "69a57cdba3f3ab7e07cca1e4"
GET = f"/v1/admin/assistant/get/{SEEDED}"


def _prism_like(request: Forwarded) -> UpstreamReply:
    """401 without the private key (as Prism answers), else 200."""
    if request.header(b"x-private-key") is None:
        body = {"code": 401, "message": "missing key"}
        return UpstreamReply(
            401, [(b"content-type", b"application/json")], json.dumps(body).encode()
        )
    return UpstreamReply(200, [(b"content-type", b"application/json")], b'{"from":"prism"}')


@pytest.fixture
def front() -> Iterator[InProcessFront]:
    with InProcessFront(upstream=FakeUpstream(answer=_prism_like), stateful=True) as server:
        yield server


@pytest.fixture
def http(front: InProcessFront) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=front.url, timeout=10, trust_env=False) as client:
        yield client


def _sent_to_prism(front: InProcessFront, path: str) -> int:
    return sum(1 for r in front.upstream.received if r.target.startswith(path.encode()))


def test_a_repeated_read_is_answered_by_the_store_alone(
    front: InProcessFront, http: httpx.Client
) -> None:
    first = http.get(GET, headers=KEYS)
    second = http.get(GET, headers=KEYS)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    assert first.json()["data"]["_id"] == SEEDED  # the store's answer, not the fake Prism's
    assert _sent_to_prism(front, GET) == 1
    journal = http.get("/__mock/requests", params={"operation": "get_assistant"}).json()
    assert len(journal["requests"]) == 2  # both are journalled all the same


def test_the_store_answer_follows_changes_made_in_between(
    front: InProcessFront, http: httpx.Client
) -> None:
    assert http.get(GET, headers=KEYS).json()["data"]["_id"] == SEEDED
    renamed = http.put(
        f"/v1/admin/assistant/update/{SEEDED}", json={"name": "Renamed"}, headers=KEYS
    )
    assert renamed.status_code == 200
    assert http.get(GET, headers=KEYS).json()["data"]["name"] == "Renamed"
    assert _sent_to_prism(front, GET) == 1


def test_a_refused_read_goes_to_prism_every_time(front: InProcessFront, http: httpx.Client) -> None:
    without_key = {k: v for k, v in KEYS.items() if k != "x-private-key"}
    assert http.get(GET, headers=KEYS).status_code == 200
    for _ in range(2):
        refused = http.get(GET, headers=without_key)
        assert refused.status_code == 401
        assert refused.json()["message"] == "missing key"  # Prism's own answer
    assert _sent_to_prism(front, GET) == 3


def test_other_bytes_or_a_prefer_header_ask_prism_again(
    front: InProcessFront, http: httpx.Client
) -> None:
    other_workspace = {**KEYS, "workspace": "6690a1b2c3d4e5f600000777"}
    http.get(GET, headers=KEYS)
    http.get(GET, headers=other_workspace)
    assert _sent_to_prism(front, GET) == 2
    for _ in range(2):
        preferred = http.get(GET, headers={**KEYS, "prefer": "code=200"})
        assert preferred.json() == {"from": "prism"}
    assert _sent_to_prism(front, GET) == 4


def test_the_memory_is_bounded_in_entries_and_in_key_size() -> None:
    reads = AcceptedReads(max_entries=2)
    keys = [reads.key(f"/r/{n}".encode(), [(b"x", b"1")]) for n in range(3)]
    for key in keys:
        reads.remember(key)
    assert len(reads) == 2
    assert not reads.accepted(keys[0])  # the least recent went first
    assert reads.accepted(keys[1])
    assert reads.accepted(keys[2])
    huge = reads.key(b"/r", [(b"x", b"v" * 5000)])
    assert huge is None
    reads.remember(huge)
    assert len(reads) == 2
    assert not reads.accepted(huge)
