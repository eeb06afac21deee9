"""A call the store holds: a record whose status follows the webhook events played for it.

Internal module, on its own so that an answer (``base``) can carry a call without the call
operations (``calls``) being imported by what they import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Call"]

_EVENT_STATUS = {
    "call.initiate": "initiate",
    "call.in-progress": "in-progress",
    "call.ended": "ended",
    "call.completed": "completed",
    "call.timeout": "timeout",
    "call.failed": "failed",
    "call.validation-failed": "validation-failed",
    "call.busy": "busy",
    "call.no-answer": "no-answer",
    "call.skip": "skip",
    "call.rescheduled": "rescheduled",
    "call.aborted": "aborted",
}


@dataclass
class Call:
    """A call the store knows: its status follows the webhook events played for it."""

    id: str
    status: str = "queued"
    ended: bool = False
    payload: Any = None
    metadata: dict[str, Any] = field(default_factory=dict)
    callback_url: str | None = None
    phone_number: str | None = None
    assistant: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "callId": self.id,
            "status": self.status,
            "ended": self.ended,
            "phoneNumber": self.phone_number,
            "assistant": self.assistant,
            "callbackUrl": self.callback_url,
            "metadata": self.metadata,
            "payload": self.payload,
        }

    def event(self, event_type: str) -> None:
        """Follow a webhook event: ``call.lifecycle-ended`` ends the call."""
        if event_type == "call.lifecycle-ended":
            self.ended = True
        elif event_type in _EVENT_STATUS and self.status != "aborted":
            self.status = _EVENT_STATUS[event_type]
