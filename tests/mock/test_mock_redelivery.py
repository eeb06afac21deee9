"""Redelivery and receiver faults through the control plane, ``MockServer`` and the CLI: a resend
is a new delivery of the same bytes with the genuine signature; bad input gets a 400 naming the
field and nothing is applied. Against the session's shared mock and a loopback receiver.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from voice_agents.webhooks import construct_event, idempotency_key
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer
from voice_agents_mock.cli import main
from voice_agents_mock.events import sign_payload
from voice_agents_mock.pytest_plugin import WebhookReceiver

HEADERS = {"x-public-key": TEST_PUBLIC_KEY, "x-private-key": TEST_PRIVATE_KEY}
HEADERS["workspace"] = TEST_WORKSPACE


def _call(mock: MockServer, url: str, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{mock.url}/v2/call/initiate",
        json={"phoneNumber": "+919876543210", "assistant": "a1", "callbackUrl": url},
        headers={**HEADERS, "x-mock-scenario": "skip", **headers},
        timeout=10,
    )


def _journal(mock: MockServer, count: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 10
    while len(mock.webhooks()) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return mock.webhooks()


def test_a_resend_is_the_same_event_as_a_new_delivery(
    voice_agents_mock: MockServer, voice_agents_webhook_receiver: WebhookReceiver
) -> None:
    receiver = voice_agents_webhook_receiver
    assert _call(voice_agents_mock, receiver.url).status_code == 200
    first = receiver.take(3)
    sent = _journal(voice_agents_mock, 3)
    assert [d["id"] for d in sent] == sorted({d["id"] for d in sent})  # ids, in order
    assert all(d["fault"] is None and d["resendOf"] is None for d in sent)

    again = voice_agents_mock.resend_webhook(sent[1]["id"])
    (delivered,) = receiver.take(1)
    assert delivered.body == first[1].body
    assert delivered.headers["x-signature"] == sign_payload(delivered.body, TEST_PRIVATE_KEY)
    event = construct_event(delivered.body, delivered.headers, TEST_PRIVATE_KEY)
    original = construct_event(first[1].body, first[1].headers, TEST_PRIVATE_KEY)
    assert idempotency_key(event) == idempotency_key(original)
    assert again["id"] > sent[-1]["id"]
    assert again["resendOf"] == sent[1]["id"]
    assert again["type"] == sent[1]["type"]
    assert again["status"] == 200
    assert voice_agents_mock.webhooks()[-1] == again
    # Nothing about the key itself is in what the journal shows.
    assert TEST_PRIVATE_KEY not in repr(voice_agents_mock.webhooks())


def test_a_forged_delivery_is_resent_with_the_genuine_signature(
    voice_agents_mock: MockServer, voice_agents_webhook_receiver: WebhookReceiver
) -> None:
    receiver = voice_agents_webhook_receiver
    _call(voice_agents_mock, receiver.url, **{"x-mock-webhook-faults": "bad-signature"})
    receiver.take(4)
    forged = _journal(voice_agents_mock, 4)[0]
    assert (forged["fault"], forged["status"]) == ("bad-signature", 401)
    assert len(receiver.rejected) == 1
    assert voice_agents_mock.resend_webhook(forged["id"])["status"] == 200
    receiver.take(1)
    assert len(receiver.rejected) == 1  # verified this time


@pytest.mark.parametrize(
    ("path", "body", "status", "field"),
    [
        ("/__mock/webhooks/abc/resend", {}, 400, "delivery"),
        ("/__mock/webhooks/999999/resend", {}, 404, None),
        ("/__mock/webhooks/1/resend", {"to": "elsewhere"}, 400, "to"),
        (
            "/__mock/responses",
            {"operation": "initiate_call", "webhook_faults": ["late"]},
            400,
            "webhook_faults",
        ),
        (
            "/__mock/responses",
            {"operation": "initiate_call", "webhook_faults": "duplicate"},
            201,
            None,
        ),
        (
            "/__mock/responses",
            {"operation": "initiate_call", "webhook_faults": [1]},
            400,
            "webhook_faults",
        ),
    ],
)
def test_bad_input_names_the_field(
    voice_agents_mock: MockServer, path: str, body: Any, status: int, field: str | None
) -> None:
    answer = httpx.post(voice_agents_mock.url + path, json=body, timeout=10)
    assert answer.status_code == status, answer.text
    if field is not None:
        assert answer.headers["x-mock-field"] == field
    with pytest.raises(ValueError, match="the mock refused"):
        voice_agents_mock.resend_webhook(999999)


def test_a_program_carries_its_faults(voice_agents_mock: MockServer) -> None:
    programmed = voice_agents_mock.respond("initiate_call", webhook_faults=["reorder"])
    assert programmed["webhook_faults"] == ["reorder"]
    with pytest.raises(ValueError, match="webhook_faults"):
        voice_agents_mock.respond("initiate_call", webhook_faults=["sideways"])


def test_send_event_resend_against_a_running_mock(
    voice_agents_mock: MockServer,
    voice_agents_webhook_receiver: WebhookReceiver,
    capsys: pytest.CaptureFixture[str],
) -> None:
    receiver = voice_agents_webhook_receiver
    _call(voice_agents_mock, receiver.url)
    first = receiver.take(3)
    delivery = _journal(voice_agents_mock, 3)[2]
    assert (
        main(["send-event", "--resend", str(delivery["id"]), "--mock", voice_agents_mock.url]) == 0
    )
    assert f"resending {delivery['id']}" in capsys.readouterr().out
    (again,) = receiver.take(1)
    assert again.body == first[2].body

    assert main(["send-event", "--resend", "999999", "--mock", voice_agents_mock.url]) == 1
    assert "could not resend delivery 999999" in capsys.readouterr().err
    assert main(["send-event"]) == 2
    assert main(["send-event", receiver.url, "--resend", "1"]) == 2
