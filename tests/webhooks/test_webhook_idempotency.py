"""``idempotency_key``: the same for every delivery of one event, different between events."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from voice_agents.webhooks import idempotency_key, parse_event

COMPLETED: dict[str, Any] = {
    "metadata": {"orderId": "ORD-1", "userId": "u1"},
    "event": {
        "type": "call.completed",
        "data": {
            "call": {"id": "68f0a1b2c3d4e5f600000900", "status": "completed", "durationSeconds": 96}
        },
    },
}


def key_of(value: Any, **dumps: Any) -> str:
    return idempotency_key(parse_event(json.dumps(value, **dumps).encode()))


def test_format() -> None:
    key = key_of(COMPLETED)
    assert re.fullmatch(r"call\.completed:68f0a1b2c3d4e5f600000900:[0-9a-f]{32}", key)


def test_same_event_with_other_layout_has_the_same_key() -> None:
    reordered = {
        "event": COMPLETED["event"],
        "metadata": dict(reversed(COMPLETED["metadata"].items())),
    }
    assert key_of(COMPLETED) == key_of(reordered, indent=4) == key_of(COMPLETED, ensure_ascii=False)


def test_different_events_of_one_call_have_different_keys() -> None:
    other_type = json.loads(json.dumps(COMPLETED))
    other_type["event"]["type"] = "call.ended"
    other_call = json.loads(json.dumps(COMPLETED))
    other_call["event"]["data"]["call"]["id"] = "68f0a1b2c3d4e5f600000901"
    other_content = json.loads(json.dumps(COMPLETED))
    other_content["event"]["data"]["call"]["durationSeconds"] = 97
    keys = {key_of(v) for v in (COMPLETED, other_type, other_call, other_content)}
    assert len(keys) == 4


def test_two_actions_of_one_call_differ() -> None:
    def action(name: str) -> dict[str, Any]:
        return {"event": {"type": "action", "data": {"action": name, "call": {"id": "c1"}}}}

    assert key_of(action("create_order")) != key_of(action("send_whatsapp"))
    assert key_of(action("create_order")).startswith("action:c1:")


def test_event_without_call() -> None:
    value = {"event": {"type": "call.lifecycle-ended", "data": {"report": {"reAttemptCount": 1}}}}
    assert key_of(value).startswith("call.lifecycle-ended:-:")


def test_non_ascii_content() -> None:
    value = {
        "metadata": {"name": "Zoë \u0928\u092e\u0938\u094d\u0924\u0947 \ud83d\ude00"},
        **COMPLETED,
    }
    assert key_of(value) == key_of(value, ensure_ascii=False)


@given(
    metadata=st.dictionaries(st.text(max_size=8), st.text(max_size=8) | st.integers(), max_size=6)
)
def test_key_ignores_key_order(metadata: dict[str, Any]) -> None:
    forward = {"metadata": metadata, "event": COMPLETED["event"]}
    backward = {"event": COMPLETED["event"], "metadata": dict(reversed(list(metadata.items())))}
    assert key_of(forward) == key_of(backward)
