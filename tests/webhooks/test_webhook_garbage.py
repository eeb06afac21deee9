"""Garbage in, ``WebhookPayloadError`` out: never another exception, always the path at fault."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from voice_agents.errors import VoiceAgentsError, WebhookError, WebhookPayloadError
from voice_agents.webhooks import WebhookEvent, parse_event


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"", "not JSON"),
        (b"   ", "not JSON"),
        (b"{", "not JSON"),
        (b"{'event': 1}", "not JSON"),
        (b"\xff\xfe\xfa", "not JSON"),
        (b'{"event": NaN}', "not JSON"),
        (b'{"a": Infinity}', "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        ("\ufeff{}", "not JSON"),
        (b"<html>502 Bad Gateway</html>", "not JSON"),
        (b"event=call.completed&id=1", "not JSON"),
    ],
)
def test_not_json(body: bytes | str, fragment: str) -> None:
    with pytest.raises(WebhookPayloadError, match=fragment) as info:
        parse_event(body)
    assert info.value.path == ""


@pytest.mark.parametrize("body", [b"[]", b"null", b"1", b'"event"', b"true", b'[{"event": {}}]'])
def test_not_an_object(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError, match="the body must be an object") as info:
        parse_event(body)
    assert info.value.path == ""


def body_with(event: Any = None, **top: Any) -> bytes:
    value = dict(top)
    if event is not None:
        value["event"] = event
    return json.dumps(value).encode()


CALL = {"id": "c1"}
CASES: list[tuple[str, bytes, str, str]] = [
    ("no event", body_with(metadata={}), "event", "`event` is missing"),
    ("event null", b'{"event": null}', "event", "`event` is missing"),
    ("event array", body_with([]), "event", "`event` must be an object, got an array"),
    ("event string", body_with("call.completed"), "event", "must be an object, got a string"),
    ("no type", body_with({"data": {}}), "event.type", "`event.type` is missing"),
    (
        "type number",
        body_with({"type": 3, "data": {}}),
        "event.type",
        "must be a string, got a number",
    ),
    ("type object", body_with({"type": {}, "data": {}}), "event.type", "got an object"),
    ("no data", body_with({"type": "call.completed"}), "event.data", "`event.data` is missing"),
    (
        "data array",
        body_with({"type": "call.completed", "data": []}),
        "event.data",
        "must be an object",
    ),
    (
        "data string (unknown type)",
        body_with({"type": "x.y", "data": "s"}),
        "event.data",
        "must be an object",
    ),
    (
        "metadata string",
        body_with({"type": "call.ended", "data": {}}, metadata="m"),
        "metadata",
        "an object",
    ),
    (
        "call array",
        body_with({"type": "call.ended", "data": {"call": []}}),
        "event.data.call",
        "an object",
    ),
    (
        "call without id",
        body_with({"type": "call.ended", "data": {"call": {}}}),
        "event.data.call.id",
        "a string, got null",
    ),
    (
        "call id number",
        body_with({"type": "call.ended", "data": {"call": {"id": 7}}}),
        "event.data.call.id",
        "a string, got a number",
    ),
    (
        "status number",
        body_with({"type": "call.ended", "data": {"call": {**CALL, "status": 1}}}),
        "event.data.call.status",
        "a string",
    ),
    (
        "startedAt number",
        body_with({"type": "call.ended", "data": {"call": {**CALL, "startedAt": 1700000000}}}),
        "event.data.call.startedAt",
        "date-time",
    ),
    (
        "startedAt not a date",
        body_with({"type": "call.ended", "data": {"call": {**CALL, "startedAt": "yesterday"}}}),
        "event.data.call.startedAt",
        "date-time string, got a string",
    ),
    (
        "duration string",
        body_with({"type": "call.ended", "data": {"call": {**CALL, "durationSeconds": "96"}}}),
        "event.data.call.durationSeconds",
        "a number, got a string",
    ),
    (
        "duration bool",
        body_with({"type": "call.ended", "data": {"call": {**CALL, "durationSeconds": True}}}),
        "event.data.call.durationSeconds",
        "a number, got a boolean",
    ),
    (
        "analysis string",
        body_with({"type": "end-of-call", "data": {"analysis": "ok"}}),
        "event.data.analysis",
        "an object",
    ),
    (
        "success string",
        body_with({"type": "end-of-call", "data": {"analysis": {"success": "yes"}}}),
        "event.data.analysis.success",
        "a boolean",
    ),
    (
        "requiredActions string",
        body_with({"type": "end-of-call", "data": {"analysis": {"requiredActions": "a"}}}),
        "event.data.analysis.requiredActions",
        "an array",
    ),
    (
        "requiredActions item",
        body_with({"type": "end-of-call", "data": {"analysis": {"requiredActions": ["a", 1]}}}),
        "event.data.analysis.requiredActions[1]",
        "a string",
    ),
    (
        "insights array",
        body_with({"type": "end-of-call", "data": {"analysis": {"insights": []}}}),
        "event.data.analysis.insights",
        "an object",
    ),
    (
        "credits used string",
        body_with({"type": "end-of-call", "data": {"credits": {"used": "1.5"}}}),
        "event.data.credits.used",
        "a number",
    ),
    (
        "report count fraction",
        body_with({"type": "call.lifecycle-ended", "data": {"report": {"reAttemptCount": 1.5}}}),
        "event.data.report.reAttemptCount",
        "a whole number",
    ),
    (
        "action missing",
        body_with({"type": "action", "data": {"payload": {}}}),
        "event.data.action",
        "a string, got null",
    ),
    (
        "action number",
        body_with({"type": "action", "data": {"action": 1}}),
        "event.data.action",
        "a string",
    ),
    (
        "reason number",
        body_with({"type": "action", "data": {"action": "send_whatsapp", "reason": 2}}),
        "event.data.reason",
        "a string",
    ),
    (
        "payload array",
        body_with({"type": "action", "data": {"action": "create_order", "payload": []}}),
        "event.data.payload",
        "an object",
    ),
    (
        "payload array (unknown action)",
        body_with({"type": "action", "data": {"action": "new", "payload": [1]}}),
        "event.data.payload",
        "an object",
    ),
    (
        "lineItems object",
        body_with(
            {"type": "action", "data": {"action": "create_order", "payload": {"lineItems": {}}}}
        ),
        "event.data.payload.lineItems",
        "an array",
    ),
    (
        "lineItem string",
        body_with(
            {
                "type": "action",
                "data": {"action": "create_order", "payload": {"lineItems": [{}, "x"]}},
            }
        ),
        "event.data.payload.lineItems[1]",
        "an object",
    ),
    (
        "quantity string",
        body_with(
            {
                "type": "action",
                "data": {"action": "create_order", "payload": {"lineItems": [{"quantity": "1"}]}},
            }
        ),
        "event.data.payload.lineItems[0].quantity",
        "a number",
    ),
    (
        "zip number",
        body_with(
            {
                "type": "action",
                "data": {"action": "create_order", "payload": {"shippingAddress": {"zip": 560001}}},
            }
        ),
        "event.data.payload.shippingAddress.zip",
        "a string",
    ),
    (
        "whatsapp number",
        body_with(
            {
                "type": "action",
                "data": {"action": "send_whatsapp", "payload": {"number": 919876543210}},
            }
        ),
        "event.data.payload.number",
        "a string",
    ),
    (
        "action call id",
        body_with({"type": "action", "data": {"action": "create_order", "call": {"id": None}}}),
        "event.data.call.id",
        "a string",
    ),
]


@pytest.mark.parametrize(("label", "body", "path", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_structurally_wrong(label: str, body: bytes, path: str, fragment: str) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(body)
    assert info.value.path == path
    assert fragment in str(info.value)
    assert isinstance(info.value, WebhookError)
    assert isinstance(info.value, VoiceAgentsError)


def test_messages_do_not_echo_values() -> None:
    """Values may be personal data (phone numbers, addresses): messages name types only."""
    secret = "+919876543210-private"
    body = body_with(
        {"type": "action", "data": {"action": "send_whatsapp", "payload": {"number": [secret]}}}
    )
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(body)
    assert secret not in str(info.value)
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(f'{{"event": "{secret}"'.encode())
    assert secret not in str(info.value)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_the_webhook_error(body: bytes) -> None:
    try:
        event = parse_event(body)
    except WebhookPayloadError:
        return
    assert isinstance(event, WebhookEvent)


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "call",
                    "id",
                    "status",
                    "data",
                    "type",
                    "event",
                    "action",
                    "payload",
                    "analysis",
                    "report",
                    "credits",
                    "lineItems",
                    "x",
                ]
            )
            | st.text(max_size=5),
            inner,
            max_size=4,
        )
    ),
    max_leaves=25,
)
event_types = st.sampled_from(
    ["action", "end-of-call", "call.completed", "call.lifecycle-ended", "new.type"]
) | st.text(max_size=5)


@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries({"event": json_values}),
        st.fixed_dictionaries(
            {"event": st.fixed_dictionaries({"type": event_types, "data": json_values})}
        ),
    )
)
def test_arbitrary_json_raises_only_the_webhook_error(value: Any) -> None:
    try:
        event = parse_event(json.dumps(value))
    except WebhookPayloadError as exc:
        message = str(exc)
    else:
        assert isinstance(event, WebhookEvent)
        assert event.raw == value
        return
    assert message.startswith("invalid webhook payload")
