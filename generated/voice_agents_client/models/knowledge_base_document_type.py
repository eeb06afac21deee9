from enum import StrEnum


class KnowledgeBaseDocumentType(StrEnum):
    DOCX = "docx"
    MARKDOWN = "markdown"
    PDF = "pdf"
    TXT = "txt"

    def __str__(self) -> str:
        return str(self.value)
