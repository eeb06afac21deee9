from enum import StrEnum


class UploadMimeType(StrEnum):
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    MARKDOWN = "text/markdown"
    PDF = "application/pdf"
    PLAIN_TEXT = "text/plain"

    def __str__(self) -> str:
        return str(self.value)
