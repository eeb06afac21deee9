"""The pytest plugin: isolation between tests, keeping state on request, the receiver fixture,
the constants on the fixture, and the Python control-plane methods."""

from __future__ import annotations

import time

import httpx
import pytest
from mock_support import KEYS
from test_mock_state import _example
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer

LIST = "/v1/admin/assistant/list"
CREATE = "/v1/admin/assistant/create"
ASSISTANT = {**_example("create_assistant"), "name": "Isolation Probe"}


def _names(mock: MockServer) -> list[str]:
    answer = httpx.get(f"{mock.url}{LIST}", headers=KEYS, timeout=10, trust_env=False)
    return [a["name"] for a in answer.json()["data"]]


def test_isolation_first_creates(voice_agents_mock: MockServer) -> None:
    created = httpx.post(
        f"{voice_agents_mock.url}{CREATE}", json=ASSISTANT, headers=KEYS, timeout=10
    )
    assert created.status_code == 200, created.text
    voice_agents_mock.respond("get_health", 500, times=5)
    assert "Isolation Probe" in _names(voice_agents_mock)


def test_isolation_second_sees_nothing(voice_agents_mock: MockServer) -> None:
    """Runs after the test above (file order): its assistant, program and journal are gone."""
    assert "Isolation Probe" not in _names(voice_agents_mock)
    assert httpx.get(f"{voice_agents_mock.url}/health", timeout=10).status_code == 200
    assert [r["operation"] for r in voice_agents_mock.requests()] == [
        "list_assistants",
        "get_health",
    ]


@pytest.mark.voice_agents_keep_state
def test_keep_state_first_creates(voice_agents_mock: MockServer) -> None:
    body = {**ASSISTANT, "name": "Kept"}
    assert (
        httpx.post(
            f"{voice_agents_mock.url}{CREATE}", json=body, headers=KEYS, timeout=10
        ).status_code
        == 200
    )


def test_keep_state_second_still_sees_it(voice_agents_mock: MockServer) -> None:
    assert "Kept" in _names(voice_agents_mock)


def test_constants_are_reachable_through_the_fixture(voice_agents_mock: MockServer) -> None:
    assert voice_agents_mock.TEST_PUBLIC_KEY == TEST_PUBLIC_KEY
    assert voice_agents_mock.TEST_PRIVATE_KEY == TEST_PRIVATE_KEY
    assert voice_agents_mock.TEST_WORKSPACE == TEST_WORKSPACE


def test_the_receiver_verifies_and_parses(
    voice_agents_client: object, voice_agents_webhook_receiver: object
) -> None:
    from voice_agents_client.api.call import initiate_call
    from voice_agents_client.models import InitiateCallRequest

    receiver = voice_agents_webhook_receiver
    queued = initiate_call.sync(
        client=voice_agents_client,  # type: ignore[arg-type]
        body=InitiateCallRequest(
            phone_number="+919876543210",
            assistant="a1",
            callback_url=receiver.url,  # type: ignore[attr-defined]
        ),
    )
    assert queued is not None
    ended = receiver.wait_for("call.lifecycle-ended", timeout=10)  # type: ignore[attr-defined]
    assert receiver.types()[0] == "call.initiate"  # type: ignore[attr-defined]
    assert ended.type == "call.lifecycle-ended"
    with pytest.raises(TimeoutError, match="received"):
        receiver.wait_for("call.failed", timeout=0.2)  # type: ignore[attr-defined]
    forged = httpx.post(receiver.url, content=b"{}", headers={"x-signature": "0" * 64}, timeout=5)  # type: ignore[attr-defined]
    assert forged.status_code == 401
    assert receiver.rejected == [b"{}"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [502, 503, 504])
def test_respond_serves_a_gateway_error_initiate_call_does_not_document(
    voice_agents_mock: MockServer, status: int
) -> None:
    """Real Prism behind: the programmed status is served, flagged, logged and journalled."""
    programmed = voice_agents_mock.respond("initiate_call", status)
    assert f"does not document {status}" in programmed["off_spec"][0]
    call = {"phoneNumber": "+919876543210", "assistant": "6927ec5c9322ed9f9fb55c68"}
    answer = httpx.post(
        f"{voice_agents_mock.url}/v2/call/initiate",
        json=call,
        headers={"x-public-key": "pk", "x-private-key": "sk", "workspace": "w1"},
        timeout=10,
    )
    assert answer.status_code == status
    assert f"does not document {status}" in answer.headers["x-mock-off-spec"]
    (entry,) = voice_agents_mock.requests(operation="initiate_call")
    assert (entry["status"], entry["off_spec"]) == (status, programmed["off_spec"])
    deadline = time.monotonic() + 5
    log = ""
    served = f"served a programmed answer that does not match the spec for initiate_call {status}"
    while served not in log:
        assert time.monotonic() < deadline, log[-2000:]
        time.sleep(0.05)
        log = voice_agents_mock.log_path.read_text()


def test_python_control_methods(voice_agents_mock: MockServer) -> None:
    mock = voice_agents_mock
    programmed = mock.respond("get_health", 500, body={"code": 500, "message": "down"}, times=2)
    assert programmed["times_left"] == 2
    assert httpx.get(f"{mock.url}/health", timeout=10).json() == {"code": 500, "message": "down"}
    mock.clear_responses()
    assert httpx.get(f"{mock.url}/health", timeout=10).status_code == 200
    assert len(mock.requests(operation="get_health")) == 2
    mock.clear_requests()
    assert mock.requests() == []
    assert mock.webhooks() == []
    assert mock.state()["workspace"] == TEST_WORKSPACE
    with pytest.raises(ValueError, match="status"):
        mock.respond("get_health", 600)
    with pytest.raises(ValueError, match="operation"):
        mock.respond("no_such_operation")
    mock.reset()
