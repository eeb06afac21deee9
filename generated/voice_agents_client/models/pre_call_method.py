from enum import StrEnum


class PreCallMethod(StrEnum):
    GET = "get"
    POST = "post"

    def __str__(self) -> str:
        return str(self.value)
