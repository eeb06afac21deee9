from enum import StrEnum


class BillingType(StrEnum):
    POSTPAID = "postpaid"
    PREPAID = "prepaid"

    def __str__(self) -> str:
        return str(self.value)
