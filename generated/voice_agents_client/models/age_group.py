from enum import StrEnum


class AgeGroup(StrEnum):
    BOOMERS = "boomers"
    GEN_X = "gen_x"
    GEN_Z = "gen_z"
    MILLENNIALS = "millennials"

    def __str__(self) -> str:
        return str(self.value)
