from enum import StrEnum


class LocationTier(StrEnum):
    METRO_URBAN = "metro_urban"
    RURAL = "rural"
    TIER1 = "tier1"
    TIER2 = "tier2"
    TIER3 = "tier3"

    def __str__(self) -> str:
        return str(self.value)
