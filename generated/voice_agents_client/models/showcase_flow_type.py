from enum import StrEnum


class ShowcaseFlowType(StrEnum):
    ABANDONED_CART = "abandoned_cart"
    ADDRESS_CONFIRMATION = "address_confirmation"
    COD_TO_PREPAID = "cod_to_prepaid"
    NDR_FOLLOWUP = "ndr_followup"
    POST_DELIVERY_FEEDBACK = "post_delivery_feedback"

    def __str__(self) -> str:
        return str(self.value)
