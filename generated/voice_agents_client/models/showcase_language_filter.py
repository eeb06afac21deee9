from enum import StrEnum


class ShowcaseLanguageFilter(StrEnum):
    ALL = "all"
    BN = "bn"
    EN = "en"
    HI = "hi"
    TA = "ta"
    TE = "te"

    def __str__(self) -> str:
        return str(self.value)
