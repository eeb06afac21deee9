"""Calls in the store: initiate (a fresh ``callId`` each time), abort, payload update.

Internal module. A call's status follows the webhook events the mock plays for it
(:meth:`Call.event`); an abort is accepted in the statuses the spec's ``abort_call`` lists.
"""

from __future__ import annotations

from typing import Any

from .base import Answer, Examples, Handler, Workspace, new_object_id
from .call import Call

__all__ = ["ABORTABLE", "Call", "Calls"]

ABORTABLE = frozenset(
    {"queued", "initiate", "busy", "failed", "no-answer", "rescheduled", "validation-failed"}
)
"""Call statuses an abort is accepted in (the spec's ``abort_call`` description)."""
_EDITABLE = frozenset({"queued", "initiate"})


class Calls:
    """The call operations' answers."""

    def __init__(self, examples: Examples) -> None:
        self.examples = examples

    def handlers(self) -> dict[str, Handler]:
        return {
            "initiate_call": self._initiate,
            "abort_call": self._abort,
            "update_call_payload": self._update_payload,
        }

    def seed(self, seed: Workspace) -> None:
        """The call of the ``initiate_call`` example, queued, so its id keeps working."""
        example = self.examples.body("initiate_call", "200")
        if isinstance(example, dict) and isinstance(example.get("callId"), str):
            seed.calls.put(example["callId"], Call(example["callId"]))

    def _initiate(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        fields = body if isinstance(body, dict) else {}
        assistant = state.assistants.get(str(fields.get("assistant")))
        if isinstance(assistant, dict) and assistant.get("archivedAt"):
            # The spec: an archived assistant places no calls (its status: 400).
            return Examples.refused("Assistant is archived and cannot place calls")
        metadata = fields.get("metadata")
        call = Call(
            id=new_object_id(),
            payload=fields.get("payload"),
            metadata=metadata if isinstance(metadata, dict) else {},
            callback_url=fields.get("callbackUrl")
            if isinstance(fields.get("callbackUrl"), str)
            else None,
            phone_number=fields.get("phoneNumber"),
            assistant=fields.get("assistant"),
        )
        state.calls.put(call.id, call)
        out = self.examples.copy("initiate_call", "200")
        out["callId"] = call.id
        return Answer(200, out, call)

    def _abort(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        call_id = body.get("callId") if isinstance(body, dict) else None
        call = state.calls.get(call_id) if isinstance(call_id, str) else None
        if not isinstance(call, Call):
            return self.examples.not_found("abort_call")
        if call.status == "aborted":
            return Answer(400, self.examples.named("abort_call", "400", "already_aborted"))
        if call.ended or call.status not in ABORTABLE:
            return Examples.refused(f"Call can no longer be aborted ({call.status})")
        call.status = "aborted"
        return Answer(200, self.examples.body("abort_call", "200"), call)

    def _update_payload(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        call = state.calls.get(params.get("callId", ""))
        if not isinstance(call, Call):
            return self.examples.not_found("update_call_payload")
        if call.ended or call.status not in _EDITABLE:
            return Answer(400, self.examples.named("update_call_payload", "400", "already_started"))
        call.payload = body.get("payload") if isinstance(body, dict) else None
        return Answer(200, self.examples.body("update_call_payload", "200"))
