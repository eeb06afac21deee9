"""voice_agents_mock.events: every event type is a schema-valid WebhookEvent, signed right."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from mock_support import schema_errors
from voice_agents_mock import events

CALL_ID = "68f0a1b2c3d4e5f600000900"
FAMILY = {"end-of-call": "EndOfCallWebhookEvent", "action": "ActionWebhookEvent"}


@pytest.mark.parametrize("event_type", events.EVENT_TYPES)
def test_every_event_type_is_schema_valid(event_type: str) -> None:
    event = events.build_event(event_type, call_id=CALL_ID, metadata={"orderId": "A-1"})
    assert schema_errors("WebhookEvent", event) == []
    assert schema_errors(FAMILY.get(event_type, "CallLifecycleWebhookEvent"), event) == []
    assert event["metadata"] == {"orderId": "A-1"}
    assert event["event"]["type"] == event_type


@pytest.mark.parametrize("action", events.ACTIONS)
def test_every_action_is_schema_valid(action: str) -> None:
    event = events.build_event("action", call_id=CALL_ID, action=action)
    assert schema_errors("ActionWebhookEvent", event) == []
    assert event["event"]["data"]["action"] == action
    assert event["event"]["data"]["call"]["id"] == CALL_ID


def test_spec_and_module_agree_on_the_event_types() -> None:
    from mock_support import spec

    enum = spec()["components"]["schemas"]["CallEventType"]["enum"]
    assert tuple(enum) == events.CALL_EVENT_TYPES


@pytest.mark.parametrize("scenario", list(events.SCENARIOS))
def test_scenarios_start_with_initiate_and_end_with_lifecycle_ended(scenario: str) -> None:
    sequence = events.scenario_events(scenario)
    assert sequence[0] == "call.initiate"
    assert sequence[-1] == "call.lifecycle-ended"
    final = events.scenario_final_status(scenario)
    assert final in spec_statuses()


def spec_statuses() -> list[str]:
    from mock_support import spec

    statuses: list[str] = spec()["components"]["schemas"]["CallStatus"]["enum"]
    return statuses


def test_unknown_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown event type"):
        events.build_event("call.exploded", call_id=CALL_ID)
    with pytest.raises(ValueError, match="unknown action"):
        events.build_event("action", call_id=CALL_ID, action="dance")
    with pytest.raises(ValueError, match="unknown scenario"):
        events.scenario_events("meteor")


def test_signature_is_hex_hmac_sha256_of_the_exact_bytes() -> None:
    event = events.build_event("call.completed", call_id=CALL_ID, metadata={"नाम": "राहुल"})
    payload = events.encode_event(event)
    assert json.loads(payload) == event
    assert "राहुल".encode() in payload  # UTF-8, not \\u escapes
    key = "sk_" + "ab" * 32
    expected = hmac.new(key.encode(), payload, hashlib.sha256).hexdigest()
    assert events.sign_payload(payload, key) == expected
    headers = events.signed_headers(payload, public_key="pk_x", private_key=key)
    assert headers["x-signature"] == expected
    assert headers["x-public-key"] == "pk_x"
    assert headers["content-type"] == "application/json"


def test_simulated_figures_are_reproducible() -> None:
    a = events.build_event("end-of-call", call_id=CALL_ID, seed=3)
    b = events.build_event("end-of-call", call_id=CALL_ID, seed=3)
    assert a["event"]["data"]["credits"] == b["event"]["data"]["credits"]
    assert (
        a["event"]["data"]["call"]["durationSeconds"]
        == b["event"]["data"]["call"]["durationSeconds"]
    )


def test_the_library_verifies_what_the_mock_signs() -> None:
    """The mock and ``voice_agents.webhooks`` agree on the signature (hex HMAC-SHA256)."""
    webhooks = pytest.importorskip("voice_agents.webhooks")
    key = "sk_" + "cd" * 32
    payload = events.encode_event(events.build_event("call.initiate", call_id=CALL_ID))
    signature = events.sign_payload(payload, key)
    assert webhooks.verify_signature(payload, signature, key)
    assert not webhooks.verify_signature(payload + b" ", signature, key)
