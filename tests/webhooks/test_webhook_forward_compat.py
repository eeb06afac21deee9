"""Forward compatibility: what a newer API may send never makes ``parse_event`` raise.

Unknown event types, call statuses, actions and reasons are kept as plain strings; keys the
spec does not describe are kept in ``extra`` at every level; ``null`` counts as "not sent".
The generated models keep such values too (open enums and catch-all variants in the spec,
see docs/spec-decisions.md "Open enums"); both are checked here.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from voice_agents.webhooks import (
    FINAL_EVENT_TYPE,
    ActionEventData,
    ActionName,
    ActionPayload,
    ActionReason,
    CallEventData,
    CallStatus,
    CreateOrderPayload,
    EventType,
    SendWhatsappPayload,
    WebhookEvent,
    parse_event,
)
from voice_agents_client.models import WebhookEvent as GeneratedWebhookEvent


def envelope(event_type: str, data: dict[str, Any], **top: Any) -> bytes:
    return json.dumps({**top, "event": {"type": event_type, "data": data}}).encode()


def test_generated_and_hand_written_models_keep_a_new_status() -> None:
    value = {
        "event": {"type": "call.voicemail", "data": {"call": {"id": "c1", "status": "voicemail"}}}
    }
    assert GeneratedWebhookEvent.from_dict(value).to_dict() == value
    event = parse_event(json.dumps(value))
    assert event.type == "call.voicemail"
    assert event.call is not None
    assert event.call.status == "voicemail"


@pytest.mark.parametrize(
    "event_type", ["call.voicemail", "call.queued", "transcript.ready", "", "CALL.COMPLETED"]
)
def test_unknown_event_type_is_kept(event_type: str) -> None:
    event = parse_event(envelope(event_type, {"call": {"id": "c1", "status": "completed"}}))
    assert event.type == event_type
    assert not event.is_known
    assert not event.is_final
    assert isinstance(event.data, CallEventData)
    assert event.call_id == "c1"


def test_unknown_event_type_with_another_data_shape_keeps_everything() -> None:
    data = {"call": "c1", "analysis": [1, 2], "transcript": {"turns": 3}}
    event = parse_event(envelope("call.summary-v3", data))
    assert isinstance(event.data, CallEventData)
    assert event.data.call is None
    assert dict(event.data.extra) == data
    assert event.data.raw == data


@pytest.mark.parametrize("status", ["voicemail", "queued", "ringing", "COMPLETED"])
def test_unknown_call_status_is_kept(status: str) -> None:
    event = parse_event(envelope("call.completed", {"call": {"id": "c1", "status": status}}))
    assert event.call is not None
    assert event.call.status == status
    assert not event.call.is_known_status


def test_known_values_compare_as_strings() -> None:
    event = parse_event(envelope("call.completed", {"call": {"id": "c1", "status": "completed"}}))
    assert event.type == EventType.CALL_COMPLETED
    assert event.call is not None
    assert event.call.status == CallStatus.COMPLETED
    assert event.call.is_known_status
    match event.type:
        case EventType.CALL_COMPLETED:
            matched = True
        case _:
            matched = False
    assert matched
    assert len(EventType) == 15
    assert len(CallStatus) == 12
    assert FINAL_EVENT_TYPE is EventType.CALL_LIFECYCLE_ENDED
    assert FINAL_EVENT_TYPE.value == "call.lifecycle-ended"


def test_unknown_action_and_reason_are_kept() -> None:
    data = {
        "action": "book_appointment",
        "call": {"id": "c1"},
        "reason": "missing_slot",
        "payload": {"slot": "2026-08-01T10:00:00Z", "nested": {"a": [1]}},
        "priority": "high",
    }
    event = parse_event(envelope("action", data))
    assert isinstance(event.data, ActionEventData)
    assert event.data.action == "book_appointment"
    assert not event.data.is_known_action
    assert event.data.reason == "missing_slot"
    assert event.data.reason not in set(ActionReason)
    assert type(event.data.payload) is ActionPayload
    assert dict(event.data.payload.extra) == data["payload"]
    assert event.data.extra == {"priority": "high"}


@pytest.mark.parametrize("action", [a.value for a in ActionName])
def test_every_known_action_parses(action: str) -> None:
    payload = {"number": "+91"} if action == "send_whatsapp" else {"note": "x"}
    event = parse_event(envelope("action", {"action": action, "payload": payload}))
    assert isinstance(event.data, ActionEventData)
    assert event.data.is_known_action
    expected = {"create_order": CreateOrderPayload, "send_whatsapp": SendWhatsappPayload}
    assert type(event.data.payload) is expected.get(action, ActionPayload)


def test_extra_fields_are_kept_at_every_level() -> None:
    value = {
        "metadata": {"orderId": "1"},
        "apiVersion": "2027-01",
        "event": {
            "type": "end-of-call",
            "id": "evt_1",
            "createdAt": "2027-01-01T00:00:00Z",
            "data": {
                "call": {"id": "c1", "status": "completed", "direction": "outbound"},
                "analysis": {"success": True, "sentimentScore": 0.8},
                "credits": {"used": 1, "available": 2, "currency": "credits"},
                "report": {"reAttemptCount": 0, "attempts": []},
                "transcript": [{"role": "agent", "text": "hi"}],
            },
        },
    }
    event = parse_event(json.dumps(value))
    assert event.extra == {"apiVersion": "2027-01"}
    assert event.event_extra == {"id": "evt_1", "createdAt": "2027-01-01T00:00:00Z"}
    data = event.data
    assert isinstance(data, CallEventData)
    assert data.extra == {"transcript": [{"role": "agent", "text": "hi"}]}
    assert data.call is not None
    assert data.call.extra == {"direction": "outbound"}
    assert data.analysis is not None
    assert data.analysis.extra == {"sentimentScore": 0.8}
    assert data.credits is not None
    assert data.credits.extra == {"currency": "credits"}
    assert data.report is not None
    assert data.report.extra == {"attempts": []}


def test_extra_fields_in_action_payloads() -> None:
    data = {
        "action": "create_order",
        "payload": {
            "lineItems": [{"title": "A", "quantity": 2, "sku": "S-1"}],
            "shippingAddress": {"city": "Pune", "landmark": "near the park"},
            "discount": {"code": "X", "reason": "r", "percent": 5},
            "giftWrap": True,
        },
    }
    event = parse_event(envelope("action", data))
    assert isinstance(event.data, ActionEventData)
    payload = event.data.payload
    assert isinstance(payload, CreateOrderPayload)
    assert payload.extra == {"giftWrap": True}
    assert payload.line_items[0].extra == {"sku": "S-1"}
    assert payload.shipping_address is not None
    assert payload.shipping_address.extra == {"landmark": "near the park"}
    assert payload.discount is not None
    assert payload.discount.extra == {"percent": 5}


def test_null_means_not_sent() -> None:
    value = {
        "metadata": None,
        "event": {
            "type": "end-of-call",
            "data": {
                "call": {"id": "c1", "status": None, "startedAt": None, "durationSeconds": None},
                "analysis": {"requiredActions": None, "insights": None, "outcome": None},
                "credits": None,
                "report": None,
            },
        },
    }
    event = parse_event(json.dumps(value))
    assert event.metadata == {}
    data = event.data
    assert isinstance(data, CallEventData)
    assert data.call is not None
    assert data.call.status is None
    assert data.call.started_at is None
    assert data.analysis is not None
    assert data.analysis.required_actions == ()
    assert data.analysis.insights == {}
    assert data.credits is None
    assert data.report is None


def test_integral_float_counters() -> None:
    event = parse_event(envelope("call.lifecycle-ended", {"report": {"reAttemptCount": 2.0}}))
    assert isinstance(event.data, CallEventData)
    assert event.data.report is not None
    assert event.data.report.re_attempt_count == 2
    assert isinstance(event.data.report.re_attempt_count, int)
    assert event.is_final


def test_events_are_immutable_values() -> None:
    a = parse_event(envelope("call.initiate", {"call": {"id": "c1"}}))
    b = parse_event(envelope("call.initiate", {"call": {"id": "c1"}}))
    assert a == b
    with pytest.raises(AttributeError):
        a.type = "x"  # type: ignore[misc]


def test_models_can_be_built_by_hand() -> None:
    """Receivers can build events in their own tests without JSON."""
    from voice_agents.webhooks import CallDetails

    event = WebhookEvent(type="call.completed", data=CallEventData(call=CallDetails(id="c1")))
    assert event.call_id == "c1"
    assert event.metadata == {}


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(
    event_type=st.text(max_size=30).filter(lambda t: t not in {e.value for e in EventType}),
    data=st.dictionaries(st.text(max_size=10), json_values, max_size=6),
    top=st.dictionaries(
        st.text(max_size=10).filter(lambda k: k not in {"event", "metadata"}),
        json_values,
        max_size=3,
    ),
)
def test_any_unknown_event_type_with_any_data_object_parses(
    event_type: str, data: dict[str, Any], top: dict[str, Any]
) -> None:
    event = parse_event(json.dumps({**top, "event": {"type": event_type, "data": data}}))
    assert event.type == event_type
    assert isinstance(event.data, CallEventData)
    assert event.data.raw == data
    assert event.extra == top


@given(
    extra=st.dictionaries(
        st.text(max_size=10).filter(
            lambda k: (
                k
                not in {
                    "id",
                    "status",
                    "startedAt",
                    "endedAt",
                    "durationSeconds",
                    "recordingUrl",
                    "detailUrl",
                }
            )
        ),
        json_values,
        max_size=5,
    )
)
def test_any_extra_call_keys_are_kept(extra: dict[str, Any]) -> None:
    event = parse_event(envelope("call.ended", {"call": {"id": "c1", **extra}}))
    assert event.call is not None
    assert event.call.extra == extra
