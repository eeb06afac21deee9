from enum import StrEnum


class AudienceSegment(StrEnum):
    CHILDREN = "children"
    FEMALE = "female"
    MALE = "male"

    def __str__(self) -> str:
        return str(self.value)
