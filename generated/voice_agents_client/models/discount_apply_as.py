from enum import StrEnum


class DiscountApplyAs(StrEnum):
    ADDITIONAL = "additional"
    OVERRIDE = "override"

    def __str__(self) -> str:
        return str(self.value)
