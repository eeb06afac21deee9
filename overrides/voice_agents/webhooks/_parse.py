"""JSON body → :class:`WebhookEvent` (internal).

Rules: a JSON ``null`` counts as "not sent"; a key the spec does not describe goes to ``extra``;
an open-set value (type, status, action, reason) is kept as any string; a described key whose
value has the wrong JSON type raises :class:`WebhookPayloadError` with its path. Values never
appear in messages (they may be personal data).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NoReturn

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

__all__ = ["load_json", "parse_event"]

Payload = bytes | bytearray | memoryview | str


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _fail(path: str, expected: str, value: object) -> NoReturn:
    where = f"`{path}`" if path else "the body"
    raise WebhookPayloadError(
        f"invalid webhook payload: {where} must be {expected}, got {_json_type(value)}",
        path=path,
    )


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def load_json(payload: Payload) -> object:
    """Decode a body as strict JSON (``NaN``/``Infinity`` refused).

    Raises:
        WebhookPayloadError: The bytes are not UTF-8 JSON (the message gives the position, not
            the content).
    """
    try:
        if isinstance(payload, str):
            return json.loads(payload, parse_constant=_reject_constant)
        return json.loads(bytes(payload), parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    except UnicodeDecodeError as exc:
        reason = f"{exc.encoding} cannot decode byte {exc.start}"
    except RecursionError:
        reason = "nesting is too deep"
    except (ValueError, TypeError) as exc:
        reason = str(exc)
    raise WebhookPayloadError(f"invalid webhook payload: the body is not JSON ({reason})", path="")


# --- field readers: `obj` is a dict, `path` the path of `obj`; the path of a field is built
# only when it is wrong, so the common case stays cheap.


def _obj(value: object, path: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, Mapping):  # an already decoded body built from other mappings
        return dict(value)
    _fail(path, "an object", value)


def _str(obj: dict[str, Any], key: str, path: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    _fail(_join(path, key), "a string", value)


def _number(obj: dict[str, Any], key: str, path: str) -> float | None:
    value = obj.get(key)
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    _fail(_join(path, key), "a number", value)


def _count(obj: dict[str, Any], key: str, path: str) -> int | None:
    value = obj.get(key)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    _fail(_join(path, key), "a whole number", value)


def _bool(obj: dict[str, Any], key: str, path: str) -> bool | None:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return value
    _fail(_join(path, key), "a boolean", value)


def _datetime(obj: dict[str, Any], key: str, path: str) -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    _fail(_join(path, key), "an ISO 8601 date-time string", value)


def _mapping(obj: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = obj.get(key)
    if value is None:
        return {}
    return _obj(value, _join(path, key))


def _child(obj: dict[str, Any], key: str, path: str) -> dict[str, Any] | None:
    value = obj.get(key)
    if value is None:
        return None
    return _obj(value, _join(path, key))


def _list(obj: dict[str, Any], key: str, path: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    _fail(_join(path, key), "an array", value)


def _extra(obj: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {key: value for key, value in obj.items() if key not in known}


# --- models


_CALL_KEYS = frozenset(
    ("id", "status", "startedAt", "endedAt", "durationSeconds", "recordingUrl", "detailUrl")
)


def _call(obj: dict[str, Any], path: str) -> CallDetails:
    call_id = obj.get("id")
    if not isinstance(call_id, str):
        _fail(_join(path, "id"), "a string", call_id)
    return CallDetails(
        id=call_id,
        status=_str(obj, "status", path),
        started_at=_datetime(obj, "startedAt", path),
        ended_at=_datetime(obj, "endedAt", path),
        duration_seconds=_number(obj, "durationSeconds", path),
        recording_url=_str(obj, "recordingUrl", path),
        detail_url=_str(obj, "detailUrl", path),
        extra=_extra(obj, _CALL_KEYS),
        raw=obj,
    )


def _optional_call(obj: dict[str, Any], path: str) -> CallDetails | None:
    child = _child(obj, "call", path)
    return None if child is None else _call(child, _join(path, "call"))


_ANALYSIS_KEYS = frozenset(("success", "summary", "requiredActions", "insights", "outcome"))


def _analysis(obj: dict[str, Any], path: str) -> CallAnalysis:
    actions = _list(obj, "requiredActions", path)
    for index, item in enumerate(actions):
        if not isinstance(item, str):
            _fail(f"{_join(path, 'requiredActions')}[{index}]", "a string", item)
    return CallAnalysis(
        success=_bool(obj, "success", path),
        summary=_str(obj, "summary", path),
        required_actions=tuple(actions),
        insights=_mapping(obj, "insights", path),
        outcome=_mapping(obj, "outcome", path),
        extra=_extra(obj, _ANALYSIS_KEYS),
        raw=obj,
    )


_CREDITS_KEYS = frozenset(("used", "available"))


def _credits(obj: dict[str, Any], path: str) -> CallCredits:
    return CallCredits(
        used=_number(obj, "used", path),
        available=_number(obj, "available", path),
        extra=_extra(obj, _CREDITS_KEYS),
        raw=obj,
    )


_REPORT_KEYS = frozenset(("reAttemptCount", "rescheduledCount", "finalStatus"))


def _report(obj: dict[str, Any], path: str) -> CallReport:
    return CallReport(
        re_attempt_count=_count(obj, "reAttemptCount", path),
        rescheduled_count=_count(obj, "rescheduledCount", path),
        final_status=_str(obj, "finalStatus", path),
        extra=_extra(obj, _REPORT_KEYS),
        raw=obj,
    )


_CALL_DATA_KEYS = frozenset(("call", "analysis", "credits", "report"))


def _call_data(obj: dict[str, Any], path: str) -> CallEventData:
    analysis = _child(obj, "analysis", path)
    credits = _child(obj, "credits", path)
    report = _child(obj, "report", path)
    return CallEventData(
        call=_optional_call(obj, path),
        analysis=None if analysis is None else _analysis(analysis, _join(path, "analysis")),
        credits=None if credits is None else _credits(credits, _join(path, "credits")),
        report=None if report is None else _report(report, _join(path, "report")),
        extra=_extra(obj, _CALL_DATA_KEYS),
        raw=obj,
    )


_LINE_ITEM_KEYS = frozenset(("title", "variantId", "quantity"))


def _line_item(obj: dict[str, Any], path: str) -> CreateOrderLineItem:
    return CreateOrderLineItem(
        title=_str(obj, "title", path),
        variant_id=_str(obj, "variantId", path),
        quantity=_number(obj, "quantity", path),
        extra=_extra(obj, _LINE_ITEM_KEYS),
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
        first_name=_str(obj, "firstName", path),
        last_name=_str(obj, "lastName", path),
        address1=_str(obj, "address1", path),
        address2=_str(obj, "address2", path),
        city=_str(obj, "city", path),
        province=_str(obj, "province", path),
        zip=_str(obj, "zip", path),
        country=_str(obj, "country", path),
        phone=_str(obj, "phone", path),
        extra=_extra(obj, _ADDRESS_KEYS),
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
    items_path = _join(path, "lineItems")
    items = tuple(
        _line_item(_obj(item, f"{items_path}[{index}]"), f"{items_path}[{index}]")
        for index, item in enumerate(_list(obj, "lineItems", path))
    )
    address = _child(obj, "shippingAddress", path)
    discount = _child(obj, "discount", path)
    discount_path = _join(path, "discount")
    return CreateOrderPayload(
        email=_str(obj, "email", path),
        phone=_str(obj, "phone", path),
        line_items=items,
        shipping_address=(
            None if address is None else _address(address, _join(path, "shippingAddress"))
        ),
        payment_mode=_str(obj, "paymentMode", path),
        cart_total=_number(obj, "cartTotal", path),
        cod_charge=_number(obj, "codCharge", path),
        discount=(
            None
            if discount is None
            else CreateOrderDiscount(
                code=_str(discount, "code", discount_path),
                reason=_str(discount, "reason", discount_path),
                extra=_extra(discount, _DISCOUNT_KEYS),
                raw=discount,
            )
        ),
        note=_str(obj, "note", path),
        abandoned_checkout_id=_str(obj, "abandonedCheckoutId", path),
        extra=_extra(obj, _ORDER_KEYS),
        raw=obj,
    )


_WHATSAPP_KEYS = frozenset(("number",))


def _payload(action: str, obj: dict[str, Any], path: str) -> ActionPayload:
    if action == "create_order":
        return _create_order(obj, path)
    if action == "send_whatsapp":
        return SendWhatsappPayload(
            number=_str(obj, "number", path), extra=_extra(obj, _WHATSAPP_KEYS), raw=obj
        )
    return ActionPayload(extra=dict(obj), raw=obj)


_ACTION_DATA_KEYS = frozenset(("action", "call", "reason", "payload"))


def _action_data(obj: dict[str, Any], path: str) -> ActionEventData:
    action = obj.get("action")
    if not isinstance(action, str):
        _fail(_join(path, "action"), "a string", action)
    payload = _child(obj, "payload", path)
    return ActionEventData(
        action=action,
        call=_optional_call(obj, path),
        reason=_str(obj, "reason", path),
        payload=None if payload is None else _payload(action, payload, _join(path, "payload")),
        extra=_extra(obj, _ACTION_DATA_KEYS),
        raw=obj,
    )


_KNOWN_CALL_DATA_TYPES = frozenset(member.value for member in EventType) - {"action"}
_EVENT_KEYS = frozenset(("type", "data"))
_ENVELOPE_KEYS = frozenset(("metadata", "event"))


def event_from_object(root: object) -> WebhookEvent:
    """Build the event from an already decoded JSON value (see :func:`parse_event`)."""
    body = _obj(root, "")
    event = body.get("event")
    if event is None:
        raise WebhookPayloadError(
            "invalid webhook payload: `event` is missing (is this a webhook delivery?)",
            path="event",
        )
    event = _obj(event, "event")
    event_type = event.get("type")
    if not isinstance(event_type, str):
        if event_type is None:
            raise WebhookPayloadError(
                "invalid webhook payload: `event.type` is missing", path="event.type"
            )
        _fail("event.type", "a string", event_type)
    raw_data = event.get("data")
    if raw_data is None:
        raise WebhookPayloadError(
            "invalid webhook payload: `event.data` is missing", path="event.data"
        )
    data_obj = _obj(raw_data, "event.data")
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
        metadata=_mapping(body, "metadata", ""),
        event_extra=_extra(event, _EVENT_KEYS),
        extra=_extra(body, _ENVELOPE_KEYS),
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
