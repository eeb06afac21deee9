from enum import StrEnum


class CallEventType(StrEnum):
    CALL_ABORTED = "call.aborted"
    CALL_BUSY = "call.busy"
    CALL_COMPLETED = "call.completed"
    CALL_ENDED = "call.ended"
    CALL_FAILED = "call.failed"
    CALL_INITIATE = "call.initiate"
    CALL_IN_PROGRESS = "call.in-progress"
    CALL_LIFECYCLE_ENDED = "call.lifecycle-ended"
    CALL_NO_ANSWER = "call.no-answer"
    CALL_RESCHEDULED = "call.rescheduled"
    CALL_SKIP = "call.skip"
    CALL_TIMEOUT = "call.timeout"
    CALL_VALIDATION_FAILED = "call.validation-failed"

    def __str__(self) -> str:
        return str(self.value)
