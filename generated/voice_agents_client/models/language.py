from enum import StrEnum


class Language(StrEnum):
    ENGLISH = "english"
    GUJARATI = "gujarati"
    HINDI = "hindi"
    HINGLISH = "hinglish"
    KANNADA = "kannada"
    MALAYALAM = "malayalam"
    MARATHI = "marathi"
    ODIA = "odia"
    PUNJABI = "punjabi"
    TAMIL = "tamil"
    TELUGU = "telugu"

    def __str__(self) -> str:
        return str(self.value)
