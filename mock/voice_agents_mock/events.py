"""Webhook events as the Voice Agents API sends them: build, sign, deliver.

The mock uses this module to emit the lifecycle of every accepted ``initiate_call``; teams can
use it directly (or through ``voice-agents-mock send-event``) to exercise their webhook
receivers. Every event built here is a ``WebhookEvent`` of ``openapi.yaml``::

    {"metadata": {...the metadata given at initiation...},
     "event": {"type": "call.completed", "data": {"call": {"id": "...", ...}}}}

A delivery is a ``POST`` of the compact JSON bytes with ``Content-Type: application/json``,
``x-public-key`` (the organization's public key) and ``x-signature``: the lower-case hex
HMAC-SHA256 of exactly those bytes, keyed with the organization's private key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:  # imported where used: the serving process starts faster without it
    import httpx

__all__ = [
    "ACTIONS",
    "CALL_EVENT_TYPES",
    "DEFAULT_SCENARIO",
    "EVENT_TYPES",
    "SCENARIOS",
    "build_event",
    "encode_event",
    "scenario_events",
    "scenario_final_status",
    "send_event",
    "sign_payload",
    "signed_headers",
]

CALL_EVENT_TYPES: Final[tuple[str, ...]] = (
    "call.initiate",
    "call.in-progress",
    "call.ended",
    "call.completed",
    "call.timeout",
    "call.failed",
    "call.validation-failed",
    "call.busy",
    "call.no-answer",
    "call.skip",
    "call.rescheduled",
    "call.aborted",
    "call.lifecycle-ended",
)
"""The thirteen lifecycle event types (``CallEventType`` in the spec)."""

EVENT_TYPES: Final[tuple[str, ...]] = (*CALL_EVENT_TYPES, "end-of-call", "action")
"""Every ``event.type`` a delivery can carry."""

ACTIONS: Final[tuple[str, ...]] = (
    "create_order",
    "send_whatsapp",
    "mark_prepaid",
    "update_address",
    "confirmed_address",
)
"""The ``event.data.action`` values of ``action`` events."""

SCENARIOS: Final[Mapping[str, tuple[str, ...]]] = {
    "completed": (
        "call.initiate",
        "call.in-progress",
        "call.ended",
        "call.completed",
        "end-of-call",
        "call.lifecycle-ended",
    ),
    "create-order": (
        "call.initiate",
        "call.in-progress",
        "action",
        "call.ended",
        "call.completed",
        "end-of-call",
        "call.lifecycle-ended",
    ),
    "no-answer": ("call.initiate", "call.no-answer", "call.lifecycle-ended"),
    "busy": ("call.initiate", "call.busy", "call.lifecycle-ended"),
    "failed": ("call.initiate", "call.failed", "call.lifecycle-ended"),
    "skip": ("call.initiate", "call.skip", "call.lifecycle-ended"),
}
"""Event sequences the mock can play for a call, by name.

``completed`` is a connected call that ends normally; ``create-order`` adds an ``action``
(``create_order``) while the customer is on the line; the others are unanswered or failed
attempts, which end without ``end-of-call`` (no conversation was analysed).
"""

DEFAULT_SCENARIO: Final = "completed"

_SUMMARIES = {
    True: "The customer confirmed the order and asked for cash on delivery.",
    False: "The customer was not interested and asked not to be called again.",
}


def _iso(moment: datetime) -> str:
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


def scenario_final_status(scenario: str) -> str:
    """The ``CallStatus`` a scenario ends in (``completed``, ``busy``, ...)."""
    for event_type in reversed(scenario_events(scenario)):
        if event_type.startswith("call.") and event_type not in (
            "call.lifecycle-ended",
            "call.initiate",
            "call.in-progress",
            "call.ended",
        ):
            return event_type.removeprefix("call.")
    return "completed"


def scenario_events(scenario: str) -> tuple[str, ...]:
    """The event types of a scenario, in delivery order.

    Raises:
        ValueError: ``scenario`` is not a key of :data:`SCENARIOS`.
    """
    try:
        return SCENARIOS[scenario]
    except KeyError:
        raise ValueError(
            f"unknown scenario {scenario!r}; choose one of {', '.join(SCENARIOS)}"
        ) from None


def build_event(
    event_type: str,
    *,
    call_id: str,
    metadata: Mapping[str, Any] | None = None,
    action: str = "create_order",
    final_status: str = "completed",
    started_at: datetime | None = None,
    seed: int | str | None = None,
) -> dict[str, Any]:
    """A realistic, schema-valid ``WebhookEvent`` envelope for one event.

    Args:
        event_type: one of :data:`EVENT_TYPES`.
        call_id: the ``callId`` returned by ``initiate_call``; goes to ``event.data.call.id``.
        metadata: the ``metadata`` given at initiation, echoed at the top (``{}`` when None).
        action: for ``action`` events, one of :data:`ACTIONS`.
        final_status: the ``CallStatus`` the call ended in (``call.lifecycle-ended`` reports
            it; ``end-of-call`` counts the call as a success only when it is ``completed``).
        started_at: when the call was answered (default: now). The mock compresses time:
            ``endedAt`` is ``started_at`` plus a simulated duration.
        seed: makes the simulated numbers (duration, credits) reproducible; by default they
            are derived from ``call_id``.

    Raises:
        ValueError: unknown ``event_type`` or ``action``.
    """
    if event_type not in EVENT_TYPES:
        raise ValueError(
            f"unknown event type {event_type!r}; choose one of {', '.join(EVENT_TYPES)}"
        )
    if event_type == "action" and action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; choose one of {', '.join(ACTIONS)}")
    rng = random.Random(f"{seed}:{call_id}" if seed is not None else call_id)
    duration = rng.randint(35, 240)
    started = started_at or datetime.now(UTC)
    ended = started + timedelta(seconds=duration)
    used = round(duration / 60 * 1.5, 2)
    available = round(rng.uniform(50, 500), 2)
    links = {
        "recordingUrl": f"https://storage.miraiminds.co/recordings/{call_id}.wav",
        "detailUrl": f"https://app.miraiminds.co/calls/{call_id}",
    }
    unset: dict[str, Any] = {
        "startedAt": None,
        "endedAt": None,
        "recordingUrl": None,
        "detailUrl": None,
    }
    data: dict[str, Any]
    if event_type == "call.initiate":
        data = {"call": {"id": call_id, "status": "initiate", **unset}}
    elif event_type == "call.in-progress":
        data = {
            "call": {"id": call_id, "status": "in-progress", **unset, "startedAt": _iso(started)}
        }
    elif event_type == "call.ended":
        data = {
            "call": {
                "id": call_id,
                "status": "ended",
                **unset,
                "startedAt": _iso(started),
                "endedAt": _iso(ended),
                "durationSeconds": duration,
            }
        }
    elif event_type == "call.completed":
        data = {"call": _connected_call(call_id, "completed", started, ended, duration, links)}
    elif event_type == "call.lifecycle-ended":
        data = {
            "call": {"id": call_id, "status": final_status},
            "report": {"reAttemptCount": 0, "rescheduledCount": 0, "finalStatus": final_status},
        }
    elif event_type.startswith("call."):
        data = {"call": {"id": call_id, "status": event_type.removeprefix("call."), **unset}}
    elif event_type == "end-of-call":
        success = final_status == "completed"
        data = {
            "call": _connected_call(call_id, "completed", started, ended, duration, links),
            "analysis": {
                "success": success,
                "summary": _SUMMARIES[success],
                "requiredActions": ["create-order"] if success else [],
                "insights": {"interested": success, "callback_requested": False},
                "outcome": {},
            },
            "credits": {"used": used, "available": available},
        }
    else:
        data = _action_data(action, call_id)
    return {"metadata": dict(metadata or {}), "event": {"type": event_type, "data": data}}


def _connected_call(
    call_id: str,
    status: str,
    started: datetime,
    ended: datetime,
    duration: int,
    links: dict[str, str],
) -> dict[str, Any]:
    return {
        "id": call_id,
        "status": status,
        "startedAt": _iso(started),
        "endedAt": _iso(ended),
        "durationSeconds": duration,
        **links,
    }


def _action_data(action: str, call_id: str) -> dict[str, Any]:
    call = {"id": call_id}
    if action == "create_order":
        return {
            "action": "create_order",
            "call": call,
            "reason": None,
            "payload": {
                "email": "jane@example.com",
                "phone": "+919876543210",
                "lineItems": [{"title": "Sample Product", "quantity": 1}],
                "shippingAddress": {
                    "firstName": "Jane",
                    "lastName": "Smith",
                    "address1": "12 MG Road",
                    "city": "Bengaluru",
                    "province": "Karnataka",
                    "zip": "560001",
                    "country": "India",
                    "phone": "+919876543210",
                },
                "paymentMode": "cod",
                "cartTotal": 1895,
            },
        }
    if action == "send_whatsapp":
        return {
            "action": "send_whatsapp",
            "call": call,
            "reason": "missing_address",
            "payload": {"number": "+919876543210"},
        }
    payloads: dict[str, dict[str, Any]] = {
        "mark_prepaid": {"discountCode": "PREPAID50"},
        "update_address": {
            "address1": "507, Nemli Complex",
            "city": "Surat",
            "province": "Gujarat",
            "country": "India",
            "zip": "395007",
        },
        "confirmed_address": {},
    }
    return {"action": action, "call": call, "reason": None, "payload": payloads[action]}


def encode_event(event: Mapping[str, Any]) -> bytes:
    """The exact bytes that are sent (and signed): compact UTF-8 JSON."""
    return json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign_payload(payload: bytes, private_key: str) -> str:
    """``x-signature`` of ``payload``: lower-case hex HMAC-SHA256 keyed with ``private_key``."""
    return hmac.new(private_key.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def signed_headers(payload: bytes, *, public_key: str, private_key: str) -> dict[str, str]:
    """The headers of a delivery of ``payload``."""
    from ._core.version import package_version

    return {
        "content-type": "application/json",
        "x-signature": sign_payload(payload, private_key),
        "x-public-key": public_key,
        "user-agent": f"voice-agents-mock/{package_version()}",
    }


def send_event(
    url: str,
    event: Mapping[str, Any],
    *,
    public_key: str,
    private_key: str,
    timeout: float = 10.0,
    client: httpx.Client | None = None,
) -> httpx.Response:
    """POST one signed event to ``url`` (a webhook receiver) and return its response.

    Raises:
        httpx.HTTPError: the receiver could not be reached or did not answer in time.
    """
    payload = encode_event(event)
    headers = signed_headers(payload, public_key=public_key, private_key=private_key)
    if client is not None:
        return client.post(url, content=payload, headers=headers, timeout=timeout)
    import httpx

    with httpx.Client(timeout=timeout) as own:
        return own.post(url, content=payload, headers=headers)
