from enum import StrEnum


class ShowcaseLanguage(StrEnum):
    BN = "bn"
    EN = "en"
    HI = "hi"
    TA = "ta"
    TE = "te"

    def __str__(self) -> str:
        return str(self.value)
