from enum import StrEnum


class PaymentPlanMode(StrEnum):
    BOTH = "both"
    COD = "cod"
    ONLINE = "online"

    def __str__(self) -> str:
        return str(self.value)
