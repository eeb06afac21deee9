"""Signed lifecycle webhooks for accepted ``POST /v2/call/initiate``; none for rejected ones."""

from __future__ import annotations

import hashlib
import hmac
import time

import httpx
import pytest
from mock_support import KEYS, Receiver, schema_errors
from relay_support import InProcessFront
from voice_agents_mock import SCENARIOS, MockServer
from voice_agents_mock._webhooks.receiver import Delivery

INITIATE = "/v2/call/initiate"


def _initiate(
    mock: MockServer,
    callback_url: str,
    *,
    metadata: dict[str, object] | None = None,
    headers: dict[str, str] | None = None,
    body: dict[str, object] | None = None,
) -> httpx.Response:
    payload: dict[str, object] = body or {
        "phoneNumber": "+919876543210",
        "assistant": "6927ec5c9322ed9f9fb55c68",
        "callbackUrl": callback_url,
    }
    if metadata is not None:
        payload["metadata"] = metadata
    return httpx.post(
        f"{mock.url}{INITIATE}", json=payload, headers=headers or KEYS, timeout=5, trust_env=False
    )


def _verify(delivery: Delivery) -> None:
    expected = hmac.new(KEYS["x-private-key"].encode(), delivery.body, hashlib.sha256).hexdigest()
    assert delivery.headers["x-signature"] == expected
    assert delivery.headers["x-public-key"] == KEYS["x-public-key"]
    assert delivery.headers["content-type"] == "application/json"


def test_accepted_call_gets_the_default_signed_sequence(
    voice_agents_mock: MockServer, receiver: Receiver
) -> None:
    metadata = {"orderId": "ORD-9876", "नाम": "राहुल", "discount": {"code": "SAVE10", "value": 10}}
    started = time.monotonic()
    response = _initiate(voice_agents_mock, f"{receiver.url}/hooks/a", metadata=metadata)
    assert response.status_code == 200
    call_id = response.json()["callId"]

    deliveries = receiver.take(len(SCENARIOS["completed"]))
    elapsed = time.monotonic() - started
    assert [d.json()["event"]["type"] for d in deliveries] == list(SCENARIOS["completed"])
    assert elapsed < 2.0  # the shared mock plays the sequence within 0.3 s
    for delivery in deliveries:
        assert delivery.path == "/hooks/a"
        _verify(delivery)
        event = delivery.json()
        assert schema_errors("WebhookEvent", event) == []
        assert event["metadata"] == metadata
        assert event["event"]["data"]["call"]["id"] == call_id
    ended = deliveries[-1].json()["event"]["data"]
    assert ended["report"]["finalStatus"] == "completed"
    analysis = deliveries[-2].json()["event"]["data"]
    assert analysis["analysis"]["success"] is True
    assert receiver.pending() == 0


@pytest.mark.parametrize("scenario", ["no-answer", "busy", "create-order"])
def test_scenario_header_selects_the_sequence(
    voice_agents_mock: MockServer, receiver: Receiver, scenario: str
) -> None:
    response = _initiate(
        voice_agents_mock,
        f"{receiver.url}/s",
        headers={**KEYS, "x-mock-scenario": scenario},
    )
    assert response.status_code == 200
    deliveries = receiver.take(len(SCENARIOS[scenario]))
    assert [d.json()["event"]["type"] for d in deliveries] == list(SCENARIOS[scenario])
    for delivery in deliveries:
        _verify(delivery)
        assert schema_errors("WebhookEvent", delivery.json()) == []
        assert delivery.json()["metadata"] == {}
    final = deliveries[-1].json()["event"]["data"]["report"]["finalStatus"]
    assert final == ("completed" if scenario == "create-order" else scenario)


def test_nothing_for_rejected_requests(voice_agents_mock: MockServer, receiver: Receiver) -> None:
    """Validation failure, missing keys, a forced error status: no event, signed or not.

    Prism's own callbacks (which fire even for rejected requests, unsigned) would arrive at
    ``/rejected`` within milliseconds; the accepted call afterwards acts as the clock.
    """
    rejected = f"{receiver.url}/rejected"
    invalid = _initiate(
        voice_agents_mock, rejected, body={"phoneNumber": "+91", "callbackUrl": rejected}
    )
    assert invalid.status_code == 400
    no_keys = _initiate(voice_agents_mock, rejected, headers={"workspace": KEYS["workspace"]})
    assert no_keys.status_code == 401
    forced = _initiate(voice_agents_mock, rejected, headers={**KEYS, "Prefer": "code=404"})
    assert forced.status_code == 404
    forced_500 = _initiate(voice_agents_mock, rejected, headers={**KEYS, "Prefer": "code=500"})
    assert forced_500.status_code == 500

    accepted = _initiate(voice_agents_mock, f"{receiver.url}/accepted")
    assert accepted.status_code == 200
    deliveries = receiver.take(len(SCENARIOS["completed"]))
    assert {d.path for d in deliveries} == {"/accepted"}
    assert receiver.pending() == 0


def test_no_callback_url_no_events(voice_agents_mock: MockServer, receiver: Receiver) -> None:
    response = _initiate(
        voice_agents_mock,
        "",
        body={"phoneNumber": "+919876543210", "assistant": "a"},
    )
    assert response.status_code == 200
    marker = _initiate(voice_agents_mock, f"{receiver.url}/marker")
    assert marker.status_code == 200
    assert {d.path for d in receiver.take(len(SCENARIOS["completed"]))} == {"/marker"}


def test_delivery_failures_are_logged_not_fatal(
    voice_agents_mock: MockServer, receiver: Receiver
) -> None:
    # A port nobody listens on (the receiver's, once closed) and a receiver that answers 500.
    dead = Receiver()
    dead_url = dead.url
    dead.close()
    failing = Receiver(status=500)
    try:
        assert _initiate(voice_agents_mock, f"{dead_url}/gone").status_code == 200
        assert _initiate(voice_agents_mock, f"{failing.url}/err").status_code == 200
        assert len(failing.take(len(SCENARIOS["completed"]))) == len(SCENARIOS["completed"])
    finally:
        failing.close()
    # The mock is still fine and still delivers.
    assert _initiate(voice_agents_mock, f"{receiver.url}/after").status_code == 200
    assert len(receiver.take(len(SCENARIOS["completed"]))) == len(SCENARIOS["completed"])
    log = voice_agents_mock.log_path.read_text(encoding="utf-8")
    assert f"to {dead_url}/gone failed: ConnectError" in log
    assert f"to {failing.url}/err: 500" in log


def test_sequence_duration_is_configurable(receiver: Receiver) -> None:
    """With a 0 s duration the whole sequence is there long before the default 1 s per event
    gap would let it finish; with 30 s the second event is seconds away. The duration is the
    emitter's alone, so the front runs in process (no Prism); that MockServer hands
    ``webhook_duration`` to its child is test_mock_options' round trip."""
    body = {"phoneNumber": "+919876543210", "assistant": "6927ec5c9322ed9f9fb55c68"}
    with InProcessFront(webhook_duration=0.0) as fast:
        answer = httpx.post(
            f"{fast.url}{INITIATE}",
            json={**body, "callbackUrl": f"{receiver.url}/fast"},
            headers=KEYS,
            timeout=5,
            trust_env=False,
        )
        assert answer.status_code == 200
        deliveries = receiver.take(len(SCENARIOS["completed"]), timeout=10.0)
        assert [d.json()["event"]["type"] for d in deliveries] == list(SCENARIOS["completed"])
    with InProcessFront(webhook_duration=30.0) as slow:
        answer = httpx.post(
            f"{slow.url}{INITIATE}",
            json={**body, "callbackUrl": f"{receiver.url}/slow"},
            headers=KEYS,
            timeout=5,
            trust_env=False,
        )
        assert answer.status_code == 200
        first = receiver.take(1)
        assert first[0].json()["event"]["type"] == "call.initiate"
        with pytest.raises(TimeoutError):
            receiver.take(1, timeout=1.0)  # the next one is 30 / 5 = 6 s away
