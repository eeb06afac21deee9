"""Keys for recognising a redelivered event (internal; re-exported by the package)."""

from __future__ import annotations

import hashlib
import json

from ._models import WebhookEvent

__all__ = ["idempotency_key"]


def idempotency_key(event: WebhookEvent) -> str:
    """A stable key that is the same for every delivery of the same event.

    The API gives events no id and may deliver one more than once, so the key combines
    ``event.type``, the call id and a SHA-256 of the body's JSON content (keys sorted, no
    whitespace, so a redelivery whose JSON is laid out differently still gets the same key)::

        call.completed:68f0a1b2c3d4e5f600000900:3b1f…  (32 hex digits)

    Two different events of the same type for the same call (say two ``action`` events, or the
    ``call.no-answer`` of two attempts that differ in any field) get different keys. Deliveries
    that are identical to the byte cannot be told apart by anyone, so handlers must also be
    idempotent. ``-`` stands in for the call id when the delivery names no call.

    Args:
        event: A parsed event (from :func:`parse_event` or :func:`construct_event`).

    Returns:
        ``"<type>:<call id or ->:<32 hex digits>"``; store it with a unique constraint.
    """
    canonical = json.dumps(
        event.raw, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=str
    )
    digest = hashlib.sha256(canonical.encode("ascii")).hexdigest()[:32]
    return f"{event.type}:{event.call_id or '-'}:{digest}"
