"""docs/mock.md's consumer test, verbatim: program a 500, run the service code, assert on the
journal and on the received webhooks."""

from __future__ import annotations

from typing import Any

from voice_agents.errors import InternalServerError


def place_order_call(client: Any, order_id: str, callback_url: str) -> str:
    """The service code under test."""
    try:
        client.calls.initiate(
            phone_number="+919876543210",
            assistant="6927ec5c9322ed9f9fb55c68",
            callback_url=callback_url,
            metadata={"orderId": order_id},
        )
    except InternalServerError:
        return "retry"
    return "queued"


def test_a_failed_call_is_retried_and_a_good_one_reports(
    voice_agents_mock: Any, voice_agents_client: Any, voice_agents_webhook_receiver: Any
) -> None:
    voice_agents_mock.respond("initiate_call", 500)  # the next request only
    url = voice_agents_webhook_receiver.url
    assert place_order_call(voice_agents_client, "ORD-1", url) == "retry"
    assert place_order_call(voice_agents_client, "ORD-1", url) == "queued"

    sent = voice_agents_mock.requests(operation="initiate_call")
    assert [r["status"] for r in sent] == [500, 200]
    assert sent[0]["body"]["phoneNumber"] == "+919876543210"
    ended = voice_agents_webhook_receiver.wait_for("call.lifecycle-ended", timeout=10)
    assert ended.metadata["orderId"] == "ORD-1"
