"""Typed, tolerant models of webhook deliveries (internal; re-exported by the package).

Every class is a frozen dataclass built by :func:`voice_agents.webhooks.parse_event`. Open sets
(event type, call status, action, reason) are plain ``str`` so a value this version does not know
is kept as it was sent; the ``StrEnum`` classes list the known values for comparison. Keys the
spec does not describe are kept in ``extra``, and ``raw`` is the JSON object as received.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Final

__all__ = [
    "FINAL_EVENT_TYPE",
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
    "SendWhatsappPayload",
    "WebhookEvent",
]


class EventType(StrEnum):
    """The ``event.type`` values this version knows (``event.type`` itself is a ``str``)."""

    CALL_INITIATE = "call.initiate"
    CALL_IN_PROGRESS = "call.in-progress"
    CALL_ENDED = "call.ended"
    CALL_COMPLETED = "call.completed"
    CALL_TIMEOUT = "call.timeout"
    CALL_FAILED = "call.failed"
    CALL_VALIDATION_FAILED = "call.validation-failed"
    CALL_BUSY = "call.busy"
    CALL_NO_ANSWER = "call.no-answer"
    CALL_SKIP = "call.skip"
    CALL_RESCHEDULED = "call.rescheduled"
    CALL_ABORTED = "call.aborted"
    CALL_LIFECYCLE_ENDED = "call.lifecycle-ended"
    END_OF_CALL = "end-of-call"
    ACTION = "action"


class CallStatus(StrEnum):
    """The ``call.status`` values this version knows (``CallDetails.status`` is a ``str``)."""

    INITIATE = "initiate"
    IN_PROGRESS = "in-progress"
    ENDED = "ended"
    COMPLETED = "completed"
    TIMEOUT = "timeout"
    FAILED = "failed"
    VALIDATION_FAILED = "validation-failed"
    BUSY = "busy"
    NO_ANSWER = "no-answer"
    SKIP = "skip"
    RESCHEDULED = "rescheduled"
    ABORTED = "aborted"


class ActionName(StrEnum):
    """The ``action`` values of ``action`` events this version knows."""

    CREATE_ORDER = "create_order"
    SEND_WHATSAPP = "send_whatsapp"
    MARK_PREPAID = "mark_prepaid"
    UPDATE_ADDRESS = "update_address"
    CONFIRMED_ADDRESS = "confirmed_address"


class ActionReason(StrEnum):
    """The ``reason`` values of ``action`` events this version knows."""

    MISSING_ADDRESS = "missing_address"
    MISSING_FIRST_NAME = "missing_first_name"
    INVALID_CART_DATA = "invalid_cart_data"


FINAL_EVENT_TYPE: Final = EventType.CALL_LIFECYCLE_ENDED
"""The last event of a call task: no further attempt or event follows. Close records on it."""

_KNOWN_EVENT_TYPES: Final = frozenset(member.value for member in EventType)
_KNOWN_STATUSES: Final = frozenset(member.value for member in CallStatus)
_KNOWN_ACTIONS: Final = frozenset(member.value for member in ActionName)


def _empty() -> Mapping[str, Any]:
    return {}


@dataclass(frozen=True, slots=True, kw_only=True)
class CallDetails:
    """The call an event is about (``event.data.call``).

    Attributes:
        id: Id of the call: the ``callId`` returned by ``initiate_call``.
        status: Where the call stands: a :class:`CallStatus` value, or a newer one as sent.
        started_at: When the call was answered (``None`` until then, or when not sent).
        ended_at: When the call ended.
        duration_seconds: Length of the conversation in seconds (an ``int`` or ``float``).
        recording_url: URL of the audio recording, once it exists.
        detail_url: URL of the call's page in the dashboard.
        extra: Keys the spec does not describe, with their values.
        raw: The ``call`` object as received.
    """

    id: str
    status: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    duration_seconds: float | None = None
    recording_url: str | None = None
    detail_url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)

    @property
    def is_known_status(self) -> bool:
        """``True`` when ``status`` is one of :class:`CallStatus` (``False`` when absent)."""
        return self.status in _KNOWN_STATUSES


@dataclass(frozen=True, slots=True, kw_only=True)
class CallAnalysis:
    """The results of the assistant's analysis plan (``end-of-call``).

    Attributes:
        success: Verdict of the ``successCriteriaPlan``.
        summary: Text produced by the ``summaryPlan``.
        required_actions: Follow-up labels such as ``create-order`` (empty when not sent).
        insights: Values of the ``callInsightPlan``, by insight name (empty when not sent).
        outcome: Variant-specific result, e.g. an updated address (empty when not sent).
        extra: Keys the spec does not describe.
        raw: The ``analysis`` object as received.
    """

    success: bool | None = None
    summary: str | None = None
    required_actions: tuple[str, ...] = ()
    insights: Mapping[str, Any] = field(default_factory=_empty)
    outcome: Mapping[str, Any] = field(default_factory=_empty)
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CallCredits:
    """Credits charged for the call and the balance left.

    Attributes:
        used: Credits this call used.
        available: The balance after the charge.
        extra: Keys the spec does not describe.
        raw: The ``credits`` object as received.
    """

    used: float | None = None
    available: float | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CallReport:
    """Attempt counters of the call task (``call.lifecycle-ended``).

    Attributes:
        re_attempt_count: Retries made after the first attempt.
        rescheduled_count: Callbacks scheduled at the customer's request.
        final_status: The status the call ended in (a :class:`CallStatus` value or newer).
        extra: Keys the spec does not describe.
        raw: The ``report`` object as received.
    """

    re_attempt_count: int | None = None
    rescheduled_count: int | None = None
    final_status: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CallEventData:
    """``event.data`` of every event except ``action`` (``call.*``, ``end-of-call``, and any
    event type this version does not know).

    Every block is optional: early events carry only ``call``, ``end-of-call`` adds
    ``analysis`` and ``credits``, ``call.lifecycle-ended`` adds ``report``.

    Attributes:
        call: The call, when sent.
        analysis: Analysis results (``end-of-call``).
        credits: Credit usage (``end-of-call``).
        report: Attempt counters (``call.lifecycle-ended``).
        extra: Keys the spec does not describe. For an unknown event type whose ``data`` does
            not have the shape of call data, every key of ``data`` lands here.
        raw: The ``data`` object as received.
    """

    call: CallDetails | None = None
    analysis: CallAnalysis | None = None
    credits: CallCredits | None = None
    report: CallReport | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionPayload:
    """``payload`` of an ``action`` event.

    This base class is what actions without a documented payload get (``mark_prepaid``,
    ``update_address``, ``confirmed_address`` and any newer action): every key is in ``extra``
    (and ``raw``). ``create_order`` gets a :class:`CreateOrderPayload` and ``send_whatsapp`` a
    :class:`SendWhatsappPayload`, both subclasses.

    Attributes:
        extra: Keys this class does not describe, with their values.
        raw: The ``payload`` object as received.
    """

    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateOrderLineItem:
    """One product of a ``create_order`` payload (identified by ``title`` or ``variant_id``)."""

    title: str | None = None
    variant_id: str | None = None
    quantity: float | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateOrderShippingAddress:
    """Where to ship a ``create_order`` order."""

    first_name: str | None = None
    last_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    province: str | None = None
    zip: str | None = None
    country: str | None = None
    phone: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateOrderDiscount:
    """The extra discount the agent granted on the call (not one already in the cart)."""

    code: str | None = None
    reason: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateOrderPayload(ActionPayload):
    """``payload`` of ``create_order``: the order the customer agreed to.

    Attributes:
        email: Customer e-mail.
        phone: Customer phone number.
        line_items: The products (empty when not sent).
        shipping_address: Where to ship.
        payment_mode: Payment method chosen on the call, e.g. ``cod``.
        cart_total: Order total in the store currency.
        cod_charge: Cash-on-delivery fee.
        discount: Extra discount granted on the call.
        note: Note to attach to the order.
        abandoned_checkout_id: The abandoned checkout this order recovers.
    """

    email: str | None = None
    phone: str | None = None
    line_items: tuple[CreateOrderLineItem, ...] = ()
    shipping_address: CreateOrderShippingAddress | None = None
    payment_mode: str | None = None
    cart_total: float | None = None
    cod_charge: float | None = None
    discount: CreateOrderDiscount | None = None
    note: str | None = None
    abandoned_checkout_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SendWhatsappPayload(ActionPayload):
    """``payload`` of ``send_whatsapp``.

    Attributes:
        number: WhatsApp number to message; ``None`` when unknown.
    """

    number: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionEventData:
    """``event.data`` of an ``action`` event: something the assistant asks your system to do.

    Attributes:
        action: What to do: an :class:`ActionName` value, or a newer one as sent.
        call: The call the action comes from, when sent.
        reason: Why the action was raised when data was missing (an :class:`ActionReason` value
            or newer); ``None`` otherwise.
        payload: The action's details: :class:`CreateOrderPayload` for ``create_order``,
            :class:`SendWhatsappPayload` for ``send_whatsapp``, a plain :class:`ActionPayload`
            for any other action; ``None`` when not sent.
        extra: Keys the spec does not describe.
        raw: The ``data`` object as received.
    """

    action: str
    call: CallDetails | None = None
    reason: str | None = None
    payload: ActionPayload | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)

    @property
    def is_known_action(self) -> bool:
        """``True`` when ``action`` is one of :class:`ActionName`."""
        return self.action in _KNOWN_ACTIONS


@dataclass(frozen=True, slots=True, kw_only=True)
class WebhookEvent:
    """One webhook delivery: ``{"metadata": {...}, "event": {"type": ..., "data": {...}}}``.

    Attributes:
        type: ``event.type``: an :class:`EventType` value, or a newer one exactly as sent.
        data: ``event.data``: :class:`ActionEventData` when ``type`` is ``action``, otherwise
            :class:`CallEventData` (also for event types this version does not know). Both have
            ``call``, so ``event.data.call`` needs no narrowing.
        metadata: The ``metadata`` object given to ``initiate_call``, as sent back (empty when
            the delivery has none).
        event_extra: Keys of the ``event`` object other than ``type`` and ``data``.
        extra: Top-level keys other than ``metadata`` and ``event``.
        raw: The whole body as parsed JSON (used by :func:`idempotency_key`).
    """

    type: str
    data: CallEventData | ActionEventData
    metadata: Mapping[str, Any] = field(default_factory=_empty)
    event_extra: Mapping[str, Any] = field(default_factory=_empty)
    extra: Mapping[str, Any] = field(default_factory=_empty)
    raw: Mapping[str, Any] = field(default_factory=_empty, repr=False, compare=False)

    @property
    def is_known(self) -> bool:
        """``True`` when ``type`` is one of :class:`EventType`."""
        return self.type in _KNOWN_EVENT_TYPES

    @property
    def is_final(self) -> bool:
        """``True`` for ``call.lifecycle-ended``: no further event follows for this call task."""
        return self.type == FINAL_EVENT_TYPE

    @property
    def call(self) -> CallDetails | None:
        """``event.data.call`` (for every kind of event), or ``None`` when not sent."""
        return self.data.call

    @property
    def call_id(self) -> str | None:
        """``event.data.call.id``, or ``None`` when the delivery names no call."""
        call = self.data.call
        return None if call is None else call.id
