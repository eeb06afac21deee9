"""Every webhook example of the spec and of the vendor's docs pages parses with the right types.

The spec's ``components/examples/Webhook*`` values are read from ``openapi.yaml``; the docs
pages' ``json`` blocks from ``../shared/reference`` (skipped when that folder is absent). Each
parsed event is compared field by field with the JSON it came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml_source
from voice_agents.webhooks import (
    ActionEventData,
    ActionName,
    ActionPayload,
    CallDetails,
    CallEventData,
    CreateOrderPayload,
    EventType,
    SendWhatsappPayload,
    WebhookEvent,
    compute_signature,
    construct_event,
    parse_event,
)

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT.parent / "shared" / "reference" / "miraiminds-docs"
PAGE_FILES = (
    "developers__call-lifecycle-events.md",
    "developers__customer-lifecycle.md",
    "v1__webhooks.md",
)
_SPEC: dict[str, Any] = yaml_source.spec()
SPEC_EXAMPLES: dict[str, Any] = {
    name: example["value"]
    for name, example in _SPEC["components"]["examples"].items()
    if name.startswith("Webhook")
}


def docs_blocks() -> list[tuple[str, dict[str, Any]]]:
    """Whole deliveries from the docs pages, plus data-only blocks wrapped in an envelope."""
    if not PAGES.is_dir():
        return []
    blocks: list[tuple[str, dict[str, Any]]] = []
    for name in PAGE_FILES:
        text = (PAGES / name).read_text(encoding="utf-8")
        for i, raw in enumerate(re.findall(r"```json[^\n]*\n(.*?)```", text, re.S)):
            value = json.loads(raw)
            if "event" in value:
                blocks.append((f"{name}#{i}", value))
            elif "analysis" in value or "report" in value:
                kind = "end-of-call" if "analysis" in value else "call.lifecycle-ended"
                blocks.append((f"{name}#{i}(data)", {"event": {"type": kind, "data": value}}))
    return blocks


DOCS_BLOCKS = docs_blocks()

CALL_FIELDS = {
    "id": "id",
    "status": "status",
    "durationSeconds": "duration_seconds",
    "recordingUrl": "recording_url",
    "detailUrl": "detail_url",
}
ORDER_FIELDS = {
    "email": "email",
    "phone": "phone",
    "paymentMode": "payment_mode",
    "cartTotal": "cart_total",
    "codCharge": "cod_charge",
    "note": "note",
    "abandonedCheckoutId": "abandoned_checkout_id",
}
ADDRESS_FIELDS = {
    "firstName": "first_name",
    "lastName": "last_name",
    "address1": "address1",
    "address2": "address2",
    "city": "city",
    "province": "province",
    "zip": "zip",
    "country": "country",
    "phone": "phone",
}


def assert_fields(model: Any, raw: Mapping[str, Any], fields: Mapping[str, str]) -> None:
    for key, attribute in fields.items():
        assert getattr(model, attribute) == raw.get(key), key
    assert model.raw == raw


def assert_call(call: CallDetails | None, raw: Mapping[str, Any] | None) -> None:
    if raw is None:
        assert call is None
        return
    assert isinstance(call, CallDetails)
    assert_fields(call, raw, CALL_FIELDS)
    for key, attribute in (("startedAt", "started_at"), ("endedAt", "ended_at")):
        value = getattr(call, attribute)
        if raw.get(key) is None:
            assert value is None
        else:
            assert isinstance(value, datetime)
            assert value.tzinfo is not None
            assert value == datetime.fromisoformat(raw[key])
    assert dict(call.extra) == {
        k: v for k, v in raw.items() if k not in {*CALL_FIELDS, "startedAt", "endedAt"}
    }


def assert_matches(event: WebhookEvent, value: dict[str, Any]) -> None:
    """``event`` is ``value`` read with the right types, nothing lost."""
    raw_event = value["event"]
    raw_data = raw_event["data"]
    assert event.type == raw_event["type"]
    assert event.is_known
    assert dict(event.metadata) == value.get("metadata", {})
    assert event.raw == value
    assert event.call_id == (raw_data.get("call") or {}).get("id")
    if event.type == EventType.ACTION:
        data = event.data
        assert isinstance(data, ActionEventData)
        assert data.action == raw_data["action"]
        assert data.is_known_action
        assert data.reason == raw_data.get("reason")
        assert_call(data.call, raw_data.get("call"))
        raw_payload = raw_data.get("payload")
        if raw_payload is None:
            assert data.payload is None
        elif data.action == ActionName.CREATE_ORDER:
            payload = data.payload
            assert isinstance(payload, CreateOrderPayload)
            assert_fields(payload, raw_payload, ORDER_FIELDS)
            items = raw_payload.get("lineItems", [])
            assert len(payload.line_items) == len(items)
            for item, raw_item in zip(payload.line_items, items, strict=True):
                assert (item.title, item.variant_id, item.quantity) == (
                    raw_item.get("title"),
                    raw_item.get("variantId"),
                    raw_item.get("quantity"),
                )
            if "shippingAddress" in raw_payload:
                assert payload.shipping_address is not None
                assert_fields(
                    payload.shipping_address, raw_payload["shippingAddress"], ADDRESS_FIELDS
                )
            if "discount" in raw_payload:
                assert payload.discount is not None
                assert payload.discount.code == raw_payload["discount"]["code"]
                assert payload.discount.reason == raw_payload["discount"]["reason"]
            # Keys the spec does not model (paymentMode is modelled; nothing else is extra).
            assert dict(payload.extra) == {
                k: v
                for k, v in raw_payload.items()
                if k not in {*ORDER_FIELDS, "lineItems", "shippingAddress", "discount"}
            }
        elif data.action == ActionName.SEND_WHATSAPP:
            assert isinstance(data.payload, SendWhatsappPayload)
            assert data.payload.number == raw_payload.get("number")
        else:
            assert type(data.payload) is ActionPayload
            assert dict(data.payload.extra) == raw_payload
        return
    data = event.data
    assert isinstance(data, CallEventData)
    assert_call(data.call, raw_data.get("call"))
    analysis = raw_data.get("analysis")
    if analysis is None:
        assert data.analysis is None
    else:
        assert data.analysis is not None
        assert data.analysis.success is analysis.get("success")
        assert data.analysis.summary == analysis.get("summary")
        assert data.analysis.required_actions == tuple(analysis.get("requiredActions", ()))
        assert dict(data.analysis.insights) == analysis.get("insights", {})
        assert dict(data.analysis.outcome) == analysis.get("outcome", {})
    credits = raw_data.get("credits")
    if credits is None:
        assert data.credits is None
    else:
        assert data.credits is not None
        assert (data.credits.used, data.credits.available) == (
            credits["used"],
            credits["available"],
        )
    report = raw_data.get("report")
    if report is None:
        assert data.report is None
    else:
        assert data.report is not None
        assert data.report.re_attempt_count == report.get("reAttemptCount")
        assert data.report.rescheduled_count == report.get("rescheduledCount")
        assert data.report.final_status == report.get("finalStatus")
    assert event.is_final is (event.type == "call.lifecycle-ended")


@pytest.mark.parametrize("name", sorted(SPEC_EXAMPLES))
def test_spec_example_parses(name: str) -> None:
    value = SPEC_EXAMPLES[name]
    body = json.dumps(value).encode()
    for event in (parse_event(body), parse_event(body.decode()), parse_event(value)):
        assert_matches(event, value)


def test_spec_examples_cover_every_family() -> None:
    assert len(SPEC_EXAMPLES) >= 15
    types = {value["event"]["type"] for value in SPEC_EXAMPLES.values()}
    assert {
        "call.initiate",
        "call.completed",
        "call.lifecycle-ended",
        "end-of-call",
        "action",
    } <= types
    actions = {
        v["event"]["data"]["action"]
        for v in SPEC_EXAMPLES.values()
        if v["event"]["type"] == "action"
    }
    assert {"create_order", "send_whatsapp", "mark_prepaid"} <= actions


@pytest.mark.parametrize(("label", "value"), DOCS_BLOCKS, ids=[label for label, _ in DOCS_BLOCKS])
def test_docs_example_parses(label: str, value: dict[str, Any]) -> None:
    assert_matches(parse_event(json.dumps(value, indent=2).encode()), value)


def test_docs_examples_found() -> None:
    if not PAGES.is_dir():
        pytest.skip(f"reference material not present at {PAGES}")
    types = {value["event"]["type"] for _, value in DOCS_BLOCKS}
    assert len(DOCS_BLOCKS) >= 10
    assert {"action", "end-of-call", "call.completed", "call.lifecycle-ended"} <= types


def test_typed_end_of_call_reference() -> None:
    event = parse_event(json.dumps(SPEC_EXAMPLES["WebhookEndOfCallReference"]))
    assert event.type == EventType.END_OF_CALL
    data = event.data
    assert isinstance(data, CallEventData)
    assert data.call is not None
    assert data.analysis is not None
    assert data.credits is not None
    assert data.call.started_at == datetime.fromisoformat("2026-06-30T10:00:00+00:00")
    assert data.call.duration_seconds == 332
    assert data.analysis.success is True
    assert data.analysis.outcome["updatedAddress"]["city"] == "Surat"
    assert data.credits.used == 2.5
    assert data.credits.available == 97.5


def test_typed_create_order() -> None:
    event = parse_event(json.dumps(SPEC_EXAMPLES["WebhookActionCreateOrderV1"]))
    data = event.data
    assert isinstance(data, ActionEventData)
    assert data.action == ActionName.CREATE_ORDER
    payload = data.payload
    assert isinstance(payload, CreateOrderPayload)
    assert payload.cart_total == 1895
    assert payload.shipping_address is not None
    assert payload.shipping_address.zip == "560001"
    assert payload.line_items[0].title == "Sample Product"
    assert payload.discount is not None
    assert payload.discount.code == "SAVE10"
    assert payload.abandoned_checkout_id == "gid://shopify/AbandonedCheckout/66509168181329"


def test_metadata_is_returned_as_sent() -> None:
    value = SPEC_EXAMPLES["WebhookActionMarkPrepaid"]
    event = parse_event(json.dumps(value))
    assert event.metadata == value["metadata"]
    assert event.metadata["discount"]["code"] == "PREPAID50"
    assert parse_event(json.dumps(SPEC_EXAMPLES["WebhookCallLifecycleEnded"])).metadata == {}


def test_docs_examples_through_construct_event() -> None:
    key = "sk_" + "ab" * 32
    for _, value in DOCS_BLOCKS or [("spec", v) for v in SPEC_EXAMPLES.values()]:
        body = json.dumps(value, indent=2, ensure_ascii=False).encode()
        headers = {"X-Signature": compute_signature(body, key)}
        assert_matches(construct_event(body, headers, key), value)
