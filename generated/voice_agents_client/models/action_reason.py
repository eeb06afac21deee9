from enum import StrEnum


class ActionReason(StrEnum):
    INVALID_CART_DATA = "invalid_cart_data"
    MISSING_ADDRESS = "missing_address"
    MISSING_FIRST_NAME = "missing_first_name"

    def __str__(self) -> str:
        return str(self.value)
