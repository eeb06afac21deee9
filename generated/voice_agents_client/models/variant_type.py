from enum import StrEnum


class VariantType(StrEnum):
    ABANDONED_CART = "abandoned_cart"
    ADDRESS_VERIFICATION = "address_verification"
    COD_TO_PREPAID = "cod_to_prepaid"
    CUSTOM = "custom"
    NDR_FOLLOWUP = "ndr_followup"
    ORDER_CONFIRMATION = "order_confirmation"

    def __str__(self) -> str:
        return str(self.value)
