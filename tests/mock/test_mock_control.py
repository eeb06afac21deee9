"""The control plane over HTTP, in process (fake Prism): journal, programmed answers, reset."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_support import KEYS
from relay_support import CALL_ID, InProcessFront

INITIATE = "/v2/call/initiate"
CALL = {"phoneNumber": "+919876543210", "assistant": "6927ec5c9322ed9f9fb55c68"}


@pytest.fixture
def front() -> Iterator[InProcessFront]:
    with InProcessFront(journal_size=5) as server:
        yield server


@pytest.fixture
def http(front: InProcessFront) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=front.url, timeout=10, trust_env=False) as client:
        yield client


def _program(http: httpx.Client, **fields: Any) -> httpx.Response:
    return http.post("/__mock/responses", json=fields)


def test_the_journal_records_what_was_received(http: httpx.Client) -> None:
    other = {**KEYS, "workspace": "6690a1b2c3d4e5f600000777"}
    assert http.post(INITIATE, json=CALL, headers=KEYS).status_code == 200
    assert http.get("/health").status_code == 200
    assert http.get("/v1/admin/voice-gallery", headers=other).status_code == 200
    entries = http.get("/__mock/requests").json()["requests"]
    assert [e["operation"] for e in entries] == ["initiate_call", "get_health", "list_voices"]
    first = entries[0]
    assert first["method"] == "POST"
    assert first["path"] == INITIATE
    assert first["body"] == CALL
    assert first["status"] == 200
    assert first["workspace"] == KEYS["workspace"]
    assert KEYS["x-private-key"] not in json.dumps(entries)  # keys are masked
    assert first["headers"]["x-private-key"].startswith("sk_f...")
    only = http.get("/__mock/requests", params={"operation": "initiate_call"}).json()
    assert len(only["requests"]) == 1
    mine = http.get("/__mock/requests", params={"workspace": other["workspace"]}).json()
    assert [e["operation"] for e in mine["requests"]] == ["list_voices"]
    assert http.delete("/__mock/requests").status_code == 200
    assert http.get("/__mock/requests").json()["requests"] == []


def test_the_journal_is_bounded(http: httpx.Client) -> None:
    for _ in range(12):
        http.get("/health")
    entries = http.get("/__mock/requests").json()["requests"]
    assert len(entries) == 5  # journal_size of this front
    assert entries[-1]["id"] == 12


def test_a_programmed_503_is_served_then_prism_again(
    front: InProcessFront, http: httpx.Client
) -> None:
    created = _program(http, operation="initiate_call", status=500, times=2)
    assert created.status_code == 201, created.text
    for _ in range(2):
        answer = http.post(INITIATE, json=CALL, headers=KEYS)
        assert answer.status_code == 500
        assert answer.json() == {"code": 500, "message": "Internal server error"}
    assert http.post(INITIATE, json=CALL, headers=KEYS).status_code == 200
    assert len(front.upstream.received) == 1  # the programmed ones never reached Prism
    statuses = [e["status"] for e in http.get("/__mock/requests").json()["requests"]]
    assert statuses == [500, 500, 200]


def test_a_programmed_body_and_headers(http: httpx.Client) -> None:
    body = {"callId": "0123456789abcdef01234567", "status": "initiate"}
    _program(http, operation="initiate_call", body=body, headers={"x-trace": "t-1"})
    answer = http.post(INITIATE, json=CALL, headers=KEYS)
    assert answer.status_code == 200
    assert answer.json() == body
    assert answer.headers["x-trace"] == "t-1"
    assert "x-mock-off-spec" not in answer.headers


def test_an_off_spec_body_is_served_but_flagged(http: httpx.Client) -> None:
    programmed = _program(http, operation="initiate_call", body={"callId": 5})
    assert programmed.json()["off_spec"]
    answer = http.post(INITIATE, json=CALL, headers=KEYS)
    assert answer.json() == {"callId": 5}
    assert "callId" in answer.headers["x-mock-off-spec"]


@pytest.mark.parametrize("status", [502, 503, 504])
def test_a_gateway_error_the_spec_does_not_document_is_served_and_flagged(
    front: InProcessFront, http: httpx.Client, status: int
) -> None:
    programmed = _program(http, operation="initiate_call", status=status)
    assert programmed.status_code == 201
    assert programmed.json()["off_spec"] == [
        f"initiate_call does not document {status}; it documents 200, 400, 401, 404, 429, 500"
    ]
    answer = http.post(INITIATE, json=CALL, headers=KEYS)
    assert answer.status_code == status
    assert answer.content == b""  # no documented example to serve
    assert f"does not document {status}" in answer.headers["x-mock-off-spec"]
    entry = http.get("/__mock/requests", params={"operation": "initiate_call"}).json()
    assert entry["requests"][-1]["status"] == status
    assert entry["requests"][-1]["off_spec"] == programmed.json()["off_spec"]
    assert front.upstream.received == []  # Prism was never asked
    # Only the programmed request: the next one is Prism's again, and carries no flag.
    again = http.post(INITIATE, json=CALL, headers=KEYS)
    assert again.status_code == 200
    assert "x-mock-off-spec" not in again.headers
    assert http.get("/__mock/requests").json()["requests"][-1]["off_spec"] == []


def test_an_undocumented_status_keeps_a_given_body(http: httpx.Client) -> None:
    body = {"code": 503, "message": "upstream unavailable"}
    _program(http, operation="initiate_call", status=503, body=body, headers={"retry-after": "2"})
    answer = http.post(INITIATE, json=CALL, headers=KEYS)
    assert (answer.status_code, answer.json()) == (503, body)
    assert answer.headers["retry-after"] == "2"
    assert "x-mock-off-spec" in answer.headers


def test_programs_are_per_workspace(http: httpx.Client) -> None:
    _program(http, operation="get_health", status=500, workspace="w-other")
    assert http.get("/health", headers={"workspace": "w-mine"}).status_code == 200
    assert http.get("/health", headers={"workspace": "w-other"}).status_code == 500


def test_a_delay_is_applied(http: httpx.Client) -> None:
    _program(http, operation="get_health", delay_ms=300)
    started = time.monotonic()
    assert http.get("/health").status_code == 200
    assert time.monotonic() - started >= 0.3


def test_fault_reset_drops_the_connection(http: httpx.Client) -> None:
    _program(http, operation="get_health", fault="reset")
    with pytest.raises(httpx.TransportError):
        http.get("/health")
    assert http.get("/health").status_code == 200


def test_fault_hang_never_answers(front: InProcessFront, http: httpx.Client) -> None:
    _program(http, operation="get_health", fault="hang")
    with socket.create_connection(("127.0.0.1", front.port), timeout=0.5) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
        with pytest.raises(TimeoutError):
            sock.recv(100)
    assert http.get("/health").status_code == 200


def test_a_programmed_initiate_plays_the_chosen_scenario(
    front: InProcessFront, http: httpx.Client
) -> None:
    from mock_support import Receiver

    receiver = Receiver()
    try:
        _program(http, operation="initiate_call", scenario="busy")
        answer = http.post(
            INITIATE, json={**CALL, "callbackUrl": f"{receiver.url}/h"}, headers=KEYS
        )
        assert answer.status_code == 200
        deliveries = receiver.take(3)
        types = [d.json()["event"]["type"] for d in deliveries]
        assert types == ["call.initiate", "call.busy", "call.lifecycle-ended"]
    finally:
        receiver.close()
    # A delivery is journalled once the mock has the receiver's answer, which can be a moment
    # after the receiver itself saw the request: wait for the last one.
    deadline = time.monotonic() + 5
    while True:
        hooks = http.get("/__mock/webhooks").json()["webhooks"]
        if len(hooks) >= len(types) or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert [h["type"] for h in hooks] == types
    assert {h["callId"] for h in hooks} == {CALL_ID}
    assert {h["status"] for h in hooks} == {200}


BAD_PROGRAMS = [
    ({"status": 200}, "operation"),
    ({"operation": "no_such_op"}, "operation"),
    ({"operation": "initiate_call", "status": 99}, "status"),
    ({"operation": "initiate_call", "status": 600}, "status"),
    ({"operation": "initiate_call", "status": "500"}, "status"),
    ({"operation": "initiate_call", "times": 0}, "times"),
    ({"operation": "initiate_call", "times": "2"}, "times"),
    ({"operation": "initiate_call", "delay_ms": -1}, "delay_ms"),
    ({"operation": "initiate_call", "fault": "boom"}, "fault"),
    ({"operation": "initiate_call", "scenario": "nope"}, "scenario"),
    ({"operation": "initiate_call", "headers": {"x": 1}}, "headers"),
    ({"operation": "initiate_call", "headers": {"bad name": "v"}}, "headers"),
    ({"operation": "initiate_call", "workspace": 3}, "workspace"),
    ({"operation": "initiate_call", "colour": "red"}, "colour"),
    ({"operation": "get_health", "scenario": "busy"}, "scenario"),
    ({"operation": "abort_call", "webhook_faults": ["duplicate"]}, "webhook_faults"),
]


@pytest.mark.parametrize(("payload", "field"), BAD_PROGRAMS, ids=[f for _, f in BAD_PROGRAMS])
def test_bad_programs_get_400_naming_the_field_and_change_nothing(
    http: httpx.Client, payload: dict[str, Any], field: str
) -> None:
    answer = http.post("/__mock/responses", json=payload)
    assert answer.status_code == 400
    assert answer.json()["message"].startswith(f"{field}:")
    assert answer.headers["x-mock-field"] == field
    assert http.get("/__mock/responses").json()["responses"] == []


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "field"),
    [
        (
            "POST",
            "/__mock/responses",
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            "body",
        ),
        (
            "POST",
            "/__mock/responses",
            {"content": b"[]", "headers": {"content-type": "application/json"}},
            "body",
        ),
        (
            "POST",
            "/__mock/responses",
            {"content": b"{}", "headers": {"content-type": "text/plain"}},
            "content-type",
        ),
        ("GET", "/__mock/requests?operation=nope", {}, "operation"),
        ("GET", "/__mock/requests?colour=red", {}, "colour"),
        ("GET", "/__mock/state", {}, "workspace"),
        ("POST", "/__mock/reset", {"json": {"workspace": 1}}, "workspace"),
        ("POST", "/__mock/reset", {"json": {"everything": True}}, "everything"),
    ],
)
def test_bad_control_input_gets_400_naming_the_field(
    http: httpx.Client, method: str, path: str, kwargs: dict[str, Any], field: str
) -> None:
    answer = http.request(method, path, **kwargs)
    assert answer.status_code == 400, answer.text
    assert answer.json()["message"].startswith(f"{field}:")


def test_unknown_control_paths_and_methods(http: httpx.Client) -> None:
    assert http.get("/__mock/nothing").status_code == 404
    refused = http.put("/__mock/requests")
    assert refused.status_code == 405
    assert refused.headers["allow"] == "GET, DELETE"


def test_the_control_plane_answers_no_browser(http: httpx.Client) -> None:
    for origin in ("http://localhost:5173", "https://evil.example"):
        answer = http.get("/__mock/requests", headers={"origin": origin})
        assert answer.status_code == 403
        assert not [h for h in answer.headers if h.startswith("access-control-")]


def test_reset_clears_journals_and_programs(http: httpx.Client) -> None:
    http.get("/health")
    _program(http, operation="get_health", status=500)
    assert http.post("/__mock/reset", json={}).json() == {"reset": "all"}
    assert http.get("/__mock/requests").json()["requests"] == []
    assert http.get("/__mock/responses").json()["responses"] == []
    assert http.get("/health").status_code == 200


def test_near_miss_fields_are_accepted_with_a_warning(
    front: InProcessFront, http: httpx.Client
) -> None:
    answer = http.post(INITIATE, json={**CALL, "callbackURL": "http://127.0.0.1:9/h"}, headers=KEYS)
    assert answer.status_code == 200
    warning = answer.headers["x-mock-warning"]
    assert warning == "unknown field callbackURL; did you mean callbackUrl?"
    (entry,) = http.get("/__mock/requests").json()["requests"]
    assert entry["warnings"] == [warning]
    plain = http.post(INITIATE, json={**CALL, "somethingElse": 1}, headers=KEYS)
    assert "x-mock-warning" not in plain.headers
