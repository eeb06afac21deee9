from enum import StrEnum


class ShowcaseCallCategoryFilter(StrEnum):
    ABANDONED_CART = "abandoned_cart"
    ALL = "all"
    BAD_CONNECTION = "bad_connection"
    BOT_NAVIGATION = "bot_navigation"
    COD_CONFIRMATION = "cod_confirmation"
    UNCERTAINTY_HANDLING = "uncertainty_handling"

    def __str__(self) -> str:
        return str(self.value)
