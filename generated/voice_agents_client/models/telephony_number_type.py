from enum import StrEnum


class TelephonyNumberType(StrEnum):
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)
