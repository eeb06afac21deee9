"""``client.webhooks``: the webhook toolkit bound to a client's private key."""

from __future__ import annotations

from ._models import WebhookEvent
from ._parse import Payload
from ._verify import HeadersLike, construct_event, verify_signature

__all__ = ["Webhooks"]


class Webhooks:
    """Verify and parse deliveries with the private key of the client it came from.

    Reached as ``client.webhooks``; the key is the client's own, so a receiver that already
    builds a client never handles it again. It never appears in this object's ``repr``.

    Args:
        private_key: The organization's private key (``sk_...``).
    """

    __slots__ = ("_private_key",)

    def __init__(self, private_key: str) -> None:
        self._private_key = private_key

    def __repr__(self) -> str:
        return "Webhooks(private_key='[REDACTED]')"

    def unwrap(self, payload: Payload, headers: HeadersLike) -> WebhookEvent:
        """Verify the delivery's ``x-signature``, then parse it into a typed event.

        Args:
            payload: The raw request body, exactly as received (``bytes``, or ``str``).
            headers: The request headers (mapping-like or ``(name, value)`` pairs).

        Returns:
            The parsed :class:`~voice_agents.webhooks.WebhookEvent`.

        Raises:
            WebhookSignatureError: ``x-signature`` is missing or does not match: answer 401.
            WebhookPayloadError: Signed, but not a readable event: answer 400.
        """
        return construct_event(payload, headers, self._private_key)

    def verify_signature(self, payload: Payload, signature: str | bytes | None) -> bool:
        """Whether ``signature`` is this key's ``x-signature`` of ``payload`` (never raises)."""
        return verify_signature(payload, signature, self._private_key)
