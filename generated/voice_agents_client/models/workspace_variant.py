from enum import StrEnum


class WorkspaceVariant(StrEnum):
    CUSTOM = "custom"
    SCHOOL = "school"
    SHOPIFY = "shopify"

    def __str__(self) -> str:
        return str(self.value)
