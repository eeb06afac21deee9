"""End to end: the local mock delivers a call's signed lifecycle to the example receiver.

A ``VoiceAgentsClient`` pointed at the mock (the ``voice_agents_mock`` fixture) initiates a call
whose ``callbackUrl`` is the example receiver, running on a free loopback port in a thread. The
mock signs each event with the request's ``x-private-key``; the receiver must verify every one
(no 401), record every event type in order, and see the ``metadata`` and ``callId`` of the call.
Skipped when the mock package or its fixture is not available.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from voice_agents import VoiceAgentsClient
from voice_agents.webhooks import WebhookEvent
from voice_agents_client.api.call import initiate_call
from voice_agents_client.models import CallMetadata, InitiateCallRequest, InitiateCallResponse
from webhook_example_support import load_example

PUBLIC_KEY = "pk_" + "e2" * 16
PRIVATE_KEY = "sk_" + "e2e0" * 16
WORKSPACE = "6690a1b2c3d4e5f600000001"
LIFECYCLE = [
    "call.initiate",
    "call.in-progress",
    "call.ended",
    "call.completed",
    "end-of-call",
    "call.lifecycle-ended",
]
TIMEOUT = 60.0


class Recording:
    """What the receiver saw: raw deliveries (before verification) and accepted events."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[bytes, dict[str, str]]] = []
        self.events: list[WebhookEvent] = []
        self.done = threading.Event()
        self.lock = threading.Lock()

    def on_event(self, event: WebhookEvent) -> None:
        with self.lock:
            self.events.append(event)
        if event.is_final:
            self.done.set()


@pytest.fixture
def mock(request: pytest.FixtureRequest) -> Any:
    pytest.importorskip("voice_agents_mock")
    try:
        return request.getfixturevalue("voice_agents_mock")
    except pytest.FixtureLookupError:
        pytest.skip("the voice_agents_mock pytest fixture is not available")


@pytest.fixture
def receiving() -> Iterator[tuple[Any, Recording]]:
    recording = Recording()
    server = load_example().WebhookReceiver(
        ("127.0.0.1", 0), PRIVATE_KEY, on_event=recording.on_event
    )
    verify = server.handle_delivery

    def spy(body: bytes, headers: Any) -> tuple[int, dict[str, Any]]:
        with recording.lock:
            recording.deliveries.append((body, {k.lower(): v for k, v in headers.items()}))
        result: tuple[int, dict[str, Any]] = verify(body, headers)
        return result

    server.handle_delivery = spy
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server, recording
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def place_call(mock: Any, callback_url: str, **headers: str) -> InitiateCallResponse:
    client = VoiceAgentsClient(
        public_key=PUBLIC_KEY,
        private_key=PRIVATE_KEY,
        workspace=WORKSPACE,
        base_url=mock.url,
        max_retries=0,
    )
    if headers:
        client = client.with_headers(headers)
    body = InitiateCallRequest(
        phone_number="+919876543210",
        assistant="6927ec5c9322ed9f9fb55c68",
        callback_url=callback_url,
        metadata=CallMetadata.from_dict({"internalOrderId": "8842", "userId": "u_991"}),
    )
    with client:
        queued = initiate_call.sync(client=client, body=body)
    assert isinstance(queued, InitiateCallResponse)
    return queued


def check_deliveries(recording: Recording, server: Any, call_id: str, expected: list[str]) -> None:
    assert recording.done.wait(TIMEOUT), (
        f"no call.lifecycle-ended within {TIMEOUT}s; got {[e.type for e in recording.events]}"
    )
    assert [e.type for e in recording.events] == expected
    assert server.counts["rejected"] == 0
    assert server.counts["accepted"] == len(expected)
    assert len(recording.deliveries) == len(expected)
    for body, headers in recording.deliveries:
        expected_signature = hmac.new(PRIVATE_KEY.encode(), body, hashlib.sha256).hexdigest()
        assert headers["x-signature"] == expected_signature
        assert headers["x-public-key"] == PUBLIC_KEY
    for event in recording.events:
        assert event.call_id == call_id
        assert event.metadata == {"internalOrderId": "8842", "userId": "u_991"}
        assert event.is_known
    end_of_call = next(e for e in recording.events if e.type == "end-of-call")
    assert end_of_call.data.call is not None
    assert getattr(end_of_call.data, "analysis", None) is not None
    assert getattr(end_of_call.data, "credits", None) is not None
    assert recording.events[-1].is_final


def test_mock_lifecycle_reaches_the_example_receiver(
    mock: Any, receiving: tuple[Any, Recording]
) -> None:
    server, recording = receiving
    queued = place_call(mock, server.url)
    check_deliveries(recording, server, queued.call_id, LIFECYCLE)


def test_mock_action_scenario_reaches_the_example_receiver(
    mock: Any, receiving: tuple[Any, Recording]
) -> None:
    import voice_agents_mock

    scenarios = getattr(voice_agents_mock, "SCENARIOS", {})
    if "create-order" not in scenarios:
        pytest.skip("this mock has no create-order scenario")
    server, recording = receiving
    queued = place_call(mock, server.url, **{"x-mock-scenario": "create-order"})
    check_deliveries(recording, server, queued.call_id, list(scenarios["create-order"]))
    action = next(e for e in recording.events if e.type == "action")
    assert getattr(action.data, "action", None) == "create_order"
