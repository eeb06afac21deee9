from enum import StrEnum


class WorkspaceStatus(StrEnum):
    ACTIVE = "active"
    PENDING_VERIFICATION = "pending_verification"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
