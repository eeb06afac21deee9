from enum import StrEnum


class OrderUpdateAction(StrEnum):
    CONFIRMED_ADDRESS = "confirmed_address"
    MARK_PREPAID = "mark_prepaid"
    UPDATE_ADDRESS = "update_address"

    def __str__(self) -> str:
        return str(self.value)
