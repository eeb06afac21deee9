"""Receive the webhook events the Voice Agents API POSTs to a call's ``callbackUrl``.

A receiver needs one call::

    from voice_agents import webhooks
    from voice_agents.errors import WebhookPayloadError, WebhookSignatureError

    try:
        event = webhooks.construct_event(raw_body, request_headers, private_key)
    except WebhookSignatureError:
        ...  # answer 401, do nothing
    except WebhookPayloadError:
        ...  # answer 400
    if event.type == webhooks.EventType.END_OF_CALL:
        ...

* :func:`verify_signature` checks ``x-signature`` (hex HMAC-SHA256 of the raw body keyed with
  the organization's private key) in constant time and never raises.
* :func:`parse_event` turns the body into a :class:`WebhookEvent`: ``event.type`` (a ``str``),
  ``event.data`` (:class:`CallEventData` or :class:`ActionEventData`) and ``event.metadata``
  (what was given to ``initiate_call``). It is tolerant: unknown event types, statuses,
  actions, reasons and keys are kept, never refused, so a newer API does not break receivers.
* :func:`construct_event` does both, reading the headers case-insensitively;
  ``client.webhooks.unwrap(body, headers)`` (:class:`Webhooks`) is the same with the
  client's own private key.
* :func:`idempotency_key` names an event for deduplication: the API has no event id and may
  deliver an event more than once. Close a call's record on ``call.lifecycle-ended``
  (:data:`FINAL_EVENT_TYPE`, ``event.is_final``), not on a failure event: retries may follow.
"""

from __future__ import annotations

from ._client import Webhooks
from ._idempotency import idempotency_key
from ._models import (
    FINAL_EVENT_TYPE,
    ActionEventData,
    ActionName,
    ActionPayload,
    ActionReason,
    CallAnalysis,
    CallCredits,
    CallDetails,
    CallEventData,
    CallReport,
    CallStatus,
    CreateOrderDiscount,
    CreateOrderLineItem,
    CreateOrderPayload,
    CreateOrderShippingAddress,
    EventType,
    SendWhatsappPayload,
    WebhookEvent,
)
from ._parse import parse_event
from ._verify import (
    PUBLIC_KEY_HEADER,
    SIGNATURE_HEADER,
    HeadersLike,
    KeyResolver,
    compute_signature,
    construct_event,
    verify_signature,
)

__all__ = [
    "FINAL_EVENT_TYPE",
    "PUBLIC_KEY_HEADER",
    "SIGNATURE_HEADER",
    "ActionEventData",
    "ActionName",
    "ActionPayload",
    "ActionReason",
    "CallAnalysis",
    "CallCredits",
    "CallDetails",
    "CallEventData",
    "CallReport",
    "CallStatus",
    "CreateOrderDiscount",
    "CreateOrderLineItem",
    "CreateOrderPayload",
    "CreateOrderShippingAddress",
    "EventType",
    "HeadersLike",
    "KeyResolver",
    "SendWhatsappPayload",
    "WebhookEvent",
    "Webhooks",
    "compute_signature",
    "construct_event",
    "idempotency_key",
    "parse_event",
    "verify_signature",
]
