"""A consumer's idempotent receiver, built on ``voice_agents.webhooks``, against the mock's faults.

What a team writes: verify with ``construct_event``, drop repeats by ``idempotency_key``, close
the call on ``call.lifecycle-ended`` whatever arrives after it. The mock then plays what every
sender does sooner or later: the terminal event twice (``duplicate``), the last two events
swapped (``reorder``), a copy of the first event signed with another key, sent before the
genuine one (``bad-signature``), and a redelivery on demand (``resend_webhook``). The receiver
must act on each genuine event exactly once and refuse the forgery, and the mock's journal names
every fault it played.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from voice_agents import webhooks
from voice_agents.errors import WebhookError
from voice_agents_mock import TEST_PRIVATE_KEY, MockServer


class IdempotentReceiver:
    """The receiver under test: verify, deduplicate by key, keep the newest state per call."""

    def __init__(self, private_key: str) -> None:
        self.private_key = private_key
        self.handled: Counter[str] = Counter()  # idempotency key -> times acted upon
        self.repeats = 0
        self.refused = 0
        self.closed: dict[str, bool] = {}
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                status = receiver.receive(body, dict(self.headers.items()))
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def receive(self, body: bytes, headers: dict[str, str]) -> int:
        try:
            # Verify first: a key recorded before the signature is checked would let a
            # forgery shadow the genuine event that follows it.
            event = webhooks.construct_event(body, headers, self.private_key)
        except WebhookError:
            with self._lock:
                self.refused += 1
            return 401
        key = webhooks.idempotency_key(event)
        with self._lock:
            if key in self.handled:
                self.repeats += 1
                return 200
            self.handled[key] += 1
            call = event.call_id or "-"
            # The newest state wins: once ended, a late event never reopens the call.
            self.closed[call] = self.closed.get(call, False) or event.is_final
        return 200

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def consumer() -> Iterator[IdempotentReceiver]:
    receiver = IdempotentReceiver(TEST_PRIVATE_KEY)
    yield receiver
    receiver.close()


def _deliveries(mock: MockServer, count: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = mock.webhooks()
        if len(found) >= count:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{count} deliveries expected, the journal has {mock.webhooks()}")


def test_duplicates_reordering_forgeries_and_redelivery(
    voice_agents_mock: MockServer, voice_agents_client: Any, consumer: IdempotentReceiver
) -> None:
    voice_agents_mock.respond(
        "initiate_call", webhook_faults=["duplicate", "reorder", "bad-signature"]
    )
    call = voice_agents_client.calls.initiate(
        phone_number="+919876543210", assistant="a1", callback_url=consumer.url
    )
    genuine = ["call.initiate", "call.in-progress", "call.ended", "call.completed"]
    genuine += ["end-of-call", "call.lifecycle-ended"]
    sent = _deliveries(voice_agents_mock, len(genuine) + 2)

    # What the mock played, as its journal says: the forgery first, the last two swapped,
    # the (now last) event again.
    assert [(d["type"], d["fault"]) for d in sent] == [
        ("call.initiate", "bad-signature"),
        ("call.initiate", None),
        ("call.in-progress", None),
        ("call.ended", None),
        ("call.completed", None),
        ("call.lifecycle-ended", "reorder"),
        ("end-of-call", "reorder"),
        ("end-of-call", "duplicate"),
    ]
    assert [d["status"] for d in sent] == [401, *[200] * 7]

    # The receiver acted on every genuine event exactly once and refused the forgery.
    assert consumer.refused == 1
    assert consumer.repeats == 1
    assert len(consumer.handled) == len(genuine)
    assert set(consumer.handled.values()) == {1}
    assert consumer.closed == {call.call_id: True}  # end-of-call after the end reopened nothing

    # A redelivery on demand: the same body, so the same key; acted upon no second time.
    final = next(d for d in sent if d["type"] == "call.lifecycle-ended")
    again = voice_agents_mock.resend_webhook(final["id"])
    assert again["resendOf"] == final["id"]
    assert again["status"] == 200
    assert consumer.repeats == 2
    assert set(consumer.handled.values()) == {1}
    assert voice_agents_mock.webhooks()[-1] == again


def test_faults_per_request_by_header(
    voice_agents_mock: MockServer, voice_agents_client: Any, consumer: IdempotentReceiver
) -> None:
    voice_agents_client.calls.initiate(
        phone_number="+919876543210",
        assistant="a1",
        callback_url=consumer.url,
        extra_headers={"x-mock-webhook-faults": "duplicate", "x-mock-scenario": "busy"},
    )
    sent = _deliveries(voice_agents_mock, 4)
    assert [(d["type"], d["fault"]) for d in sent] == [
        ("call.initiate", None),
        ("call.busy", None),
        ("call.lifecycle-ended", None),
        ("call.lifecycle-ended", "duplicate"),
    ]
    assert consumer.repeats == 1
    assert consumer.refused == 0
