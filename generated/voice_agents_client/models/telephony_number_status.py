from enum import StrEnum


class TelephonyNumberStatus(StrEnum):
    ACTIVE = "active"
    RELEASED = "released"

    def __str__(self) -> str:
        return str(self.value)
