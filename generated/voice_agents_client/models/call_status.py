from enum import StrEnum


class CallStatus(StrEnum):
    ABORTED = "aborted"
    BUSY = "busy"
    COMPLETED = "completed"
    ENDED = "ended"
    FAILED = "failed"
    INITIATE = "initiate"
    IN_PROGRESS = "in-progress"
    NO_ANSWER = "no-answer"
    RESCHEDULED = "rescheduled"
    SKIP = "skip"
    TIMEOUT = "timeout"
    VALIDATION_FAILED = "validation-failed"

    def __str__(self) -> str:
        return str(self.value)
