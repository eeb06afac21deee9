"""JSON body → :class:`WebhookEvent` (internal).

Rules: a JSON ``null`` counts as "not sent"; a key the spec does not describe goes to ``extra``;
an open-set value (type, status, action, reason) is kept as any string; a described key whose
value has the wrong JSON type raises :class:`WebhookPayloadError` with its path. Values never
appear in messages (they may be personal data).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import WebhookPayloadError
from ._models import (
    ActionEventData,
    ActionPayload,
    CallAnalysis,
    CallCredits,
    CallDetails,
    CallEventData,
    CallReport,
    CreateOrderDiscount,
    CreateOrderLineItem,
    CreateOrderPayload,
    CreateOrderShippingAddress,
    EventType,
    SendWhatsappPayload,
    WebhookEvent,
)
from ._reading import (
    Payload,
    fail,
    join_path,
    load_json,
    read_bool,
    read_child,
    read_count,
    read_datetime,
    read_extra,
    read_list,
    read_mapping,
    read_number,
    read_object,
    read_str,
)

__all__ = ["Payload", "load_json", "parse_event"]


# --- models


_CALL_KEYS = frozenset(
    ("id", "status", "startedAt", "endedAt", "durationSeconds", "recordingUrl", "detailUrl")
)


def _call(obj: dict[str, Any], path: str) -> CallDetails:
    call_id = obj.get("id")
    if not isinstance(call_id, str):
        fail(join_path(path, "id"), "a string", call_id)
    return CallDetails(
        id=call_id,
        status=read_str(obj, "status", path),
        started_at=read_datetime(obj, "startedAt", path),
        ended_at=read_datetime(obj, "endedAt", path),
        duration_seconds=read_number(obj, "durationSeconds", path),
        recording_url=read_str(obj, "recordingUrl", path),
        detail_url=read_str(obj, "detailUrl", path),
        extra=read_extra(obj, _CALL_KEYS),
        raw=obj,
    )


def _optional_call(obj: dict[str, Any], path: str) -> CallDetails | None:
    child = read_child(obj, "call", path)
    return None if child is None else _call(child, join_path(path, "call"))


_ANALYSIS_KEYS = frozenset(("success", "summary", "requiredActions", "insights", "outcome"))


def _analysis(obj: dict[str, Any], path: str) -> CallAnalysis:
    actions = read_list(obj, "requiredActions", path)
    for index, item in enumerate(actions):
        if not isinstance(item, str):
            fail(f"{join_path(path, 'requiredActions')}[{index}]", "a string", item)
    return CallAnalysis(
        success=read_bool(obj, "success", path),
        summary=read_str(obj, "summary", path),
        required_actions=tuple(actions),
        insights=read_mapping(obj, "insights", path),
        outcome=read_mapping(obj, "outcome", path),
        extra=read_extra(obj, _ANALYSIS_KEYS),
        raw=obj,
    )


_CREDITS_KEYS = frozenset(("used", "available"))


def _credits(obj: dict[str, Any], path: str) -> CallCredits:
    return CallCredits(
        used=read_number(obj, "used", path),
        available=read_number(obj, "available", path),
        extra=read_extra(obj, _CREDITS_KEYS),
        raw=obj,
    )


_REPORT_KEYS = frozenset(("reAttemptCount", "rescheduledCount", "finalStatus"))


def _report(obj: dict[str, Any], path: str) -> CallReport:
    return CallReport(
        re_attempt_count=read_count(obj, "reAttemptCount", path),
        rescheduled_count=read_count(obj, "rescheduledCount", path),
        final_status=read_str(obj, "finalStatus", path),
        extra=read_extra(obj, _REPORT_KEYS),
        raw=obj,
    )


_CALL_DATA_KEYS = frozenset(("call", "analysis", "credits", "report"))


def _call_data(obj: dict[str, Any], path: str) -> CallEventData:
    analysis = read_child(obj, "analysis", path)
    credits = read_child(obj, "credits", path)
    report = read_child(obj, "report", path)
    return CallEventData(
        call=_optional_call(obj, path),
        analysis=None if analysis is None else _analysis(analysis, join_path(path, "analysis")),
        credits=None if credits is None else _credits(credits, join_path(path, "credits")),
        report=None if report is None else _report(report, join_path(path, "report")),
        extra=read_extra(obj, _CALL_DATA_KEYS),
        raw=obj,
    )


_LINE_ITEM_KEYS = frozenset(("title", "variantId", "quantity"))


def _line_item(obj: dict[str, Any], path: str) -> CreateOrderLineItem:
    return CreateOrderLineItem(
        title=read_str(obj, "title", path),
        variant_id=read_str(obj, "variantId", path),
        quantity=read_number(obj, "quantity", path),
        extra=read_extra(obj, _LINE_ITEM_KEYS),
        raw=obj,
    )


_ADDRESS_KEYS = frozenset(
    (
        "firstName",
        "lastName",
        "address1",
        "address2",
        "city",
        "province",
        "zip",
        "country",
        "phone",
    )
)


def _address(obj: dict[str, Any], path: str) -> CreateOrderShippingAddress:
    return CreateOrderShippingAddress(
        first_name=read_str(obj, "firstName", path),
        last_name=read_str(obj, "lastName", path),
        address1=read_str(obj, "address1", path),
        address2=read_str(obj, "address2", path),
        city=read_str(obj, "city", path),
        province=read_str(obj, "province", path),
        zip=read_str(obj, "zip", path),
        country=read_str(obj, "country", path),
        phone=read_str(obj, "phone", path),
        extra=read_extra(obj, _ADDRESS_KEYS),
        raw=obj,
    )


_DISCOUNT_KEYS = frozenset(("code", "reason"))

_ORDER_KEYS = frozenset(
    (
        "email",
        "phone",
        "lineItems",
        "shippingAddress",
        "paymentMode",
        "cartTotal",
        "codCharge",
        "discount",
        "note",
        "abandonedCheckoutId",
    )
)


def _create_order(obj: dict[str, Any], path: str) -> CreateOrderPayload:
    items_path = join_path(path, "lineItems")
    items = tuple(
        _line_item(read_object(item, f"{items_path}[{index}]"), f"{items_path}[{index}]")
        for index, item in enumerate(read_list(obj, "lineItems", path))
    )
    address = read_child(obj, "shippingAddress", path)
    discount = read_child(obj, "discount", path)
    discount_path = join_path(path, "discount")
    return CreateOrderPayload(
        email=read_str(obj, "email", path),
        phone=read_str(obj, "phone", path),
        line_items=items,
        shipping_address=(
            None if address is None else _address(address, join_path(path, "shippingAddress"))
        ),
        payment_mode=read_str(obj, "paymentMode", path),
        cart_total=read_number(obj, "cartTotal", path),
        cod_charge=read_number(obj, "codCharge", path),
        discount=(
            None
            if discount is None
            else CreateOrderDiscount(
                code=read_str(discount, "code", discount_path),
                reason=read_str(discount, "reason", discount_path),
                extra=read_extra(discount, _DISCOUNT_KEYS),
                raw=discount,
            )
        ),
        note=read_str(obj, "note", path),
        abandoned_checkout_id=read_str(obj, "abandonedCheckoutId", path),
        extra=read_extra(obj, _ORDER_KEYS),
        raw=obj,
    )


_WHATSAPP_KEYS = frozenset(("number",))


def _payload(action: str, obj: dict[str, Any], path: str) -> ActionPayload:
    if action == "create_order":
        return _create_order(obj, path)
    if action == "send_whatsapp":
        return SendWhatsappPayload(
            number=read_str(obj, "number", path), extra=read_extra(obj, _WHATSAPP_KEYS), raw=obj
        )
    return ActionPayload(extra=dict(obj), raw=obj)


_ACTION_DATA_KEYS = frozenset(("action", "call", "reason", "payload"))


def _action_data(obj: dict[str, Any], path: str) -> ActionEventData:
    action = obj.get("action")
    if not isinstance(action, str):
        fail(join_path(path, "action"), "a string", action)
    payload = read_child(obj, "payload", path)
    return ActionEventData(
        action=action,
        call=_optional_call(obj, path),
        reason=read_str(obj, "reason", path),
        payload=None if payload is None else _payload(action, payload, join_path(path, "payload")),
        extra=read_extra(obj, _ACTION_DATA_KEYS),
        raw=obj,
    )


_KNOWN_CALL_DATA_TYPES = frozenset(member.value for member in EventType) - {"action"}
_EVENT_KEYS = frozenset(("type", "data"))
_ENVELOPE_KEYS = frozenset(("metadata", "event"))


def event_from_object(root: object) -> WebhookEvent:
    """Build the event from an already decoded JSON value (see :func:`parse_event`)."""
    body = read_object(root, "")
    event = body.get("event")
    if event is None:
        raise WebhookPayloadError(
            "invalid webhook payload: `event` is missing (is this a webhook delivery?)",
            path="event",
        )
    event = read_object(event, "event")
    event_type = event.get("type")
    if not isinstance(event_type, str):
        if event_type is None:
            raise WebhookPayloadError(
                "invalid webhook payload: `event.type` is missing", path="event.type"
            )
        fail("event.type", "a string", event_type)
    raw_data = event.get("data")
    if raw_data is None:
        raise WebhookPayloadError(
            "invalid webhook payload: `event.data` is missing", path="event.data"
        )
    data_obj = read_object(raw_data, "event.data")
    data: CallEventData | ActionEventData
    if event_type == "action":
        data = _action_data(data_obj, "event.data")
    elif event_type in _KNOWN_CALL_DATA_TYPES:
        data = _call_data(data_obj, "event.data")
    else:
        # A type this version does not know: read it as call data when it has that shape,
        # else keep every key in `extra` rather than refuse an event we cannot judge.
        try:
            data = _call_data(data_obj, "event.data")
        except WebhookPayloadError:
            data = CallEventData(extra=dict(data_obj), raw=data_obj)
    return WebhookEvent(
        type=event_type,
        data=data,
        metadata=read_mapping(body, "metadata", ""),
        event_extra=read_extra(event, _EVENT_KEYS),
        extra=read_extra(body, _ENVELOPE_KEYS),
        raw=body,
    )


def parse_event(payload: Payload | Mapping[str, Any]) -> WebhookEvent:
    """Read one webhook delivery into a :class:`WebhookEvent` (no signature check).

    Args:
        payload: The raw request body (``bytes`` or ``str``), or a JSON object already decoded
            (a ``Mapping``).

    Returns:
        The typed event. An event type, call status, action or reason this version does not
        know is kept as a plain ``str``; keys the spec does not describe are kept in ``extra``.

    Raises:
        WebhookPayloadError: The body is not JSON, not a JSON object, has no ``event`` object
            with a string ``type`` and an object ``data``, or a described field has the wrong
            JSON type. ``path`` says where.
    """
    if isinstance(payload, Mapping):
        root: object = payload if isinstance(payload, dict) else dict(payload)
    else:
        root = load_json(payload)
    return event_from_object(root)
