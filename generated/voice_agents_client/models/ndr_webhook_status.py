from enum import StrEnum


class NdrWebhookStatus(StrEnum):
    QUEUED = "queued"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return str(self.value)
