"""The seed-data format: which section of a workspace's state holds what, and by which rule.

Internal module. A seed-data document is what ``GET /__mock/state?workspace=W`` returns, one
entry per workspace: ``{"workspaces": [<state>, ...]}`` (one bare state is taken too, so the
answer of ``MockServer.state()`` saved as it is loads). Sections that hold API objects are
checked against the response schemas of the operations that return them (what the mock will
answer with them); the mock's own records (calls, upload sessions, what is archived) have no
operation that returns them, so their shape is the export's, written here as JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "API_SECTIONS",
    "ARCHIVED_SCHEMA",
    "DOCUMENT_KEYS",
    "OWN_SECTIONS",
    "SECTIONS",
    "WORKSPACE_KEYS",
    "Read",
]


@dataclass(frozen=True)
class Read:
    """An operation whose answer shows a section's objects: one object, or a list of them."""

    operation: str
    status: str
    many: bool


API_SECTIONS: dict[str, tuple[str, tuple[Read, ...]]] = {
    # section: (the id field the store keys objects by, the reads that return them)
    "assistants": (
        "_id",
        (Read("get_assistant", "200", False), Read("list_assistants", "200", True)),
    ),
    "tools": ("_id", (Read("list_api_tools", "200", True),)),
    # No read lists numbers; a purchase's answer is the stored number's shape.
    "numbers": ("_id", (Read("purchase_number", "201", False),)),
    "knowledge_base_files": (
        "_id",
        (
            Read("get_knowledge_base_file", "200", False),
            Read("list_knowledge_base_files", "200", True),
        ),
    ),
}

_TEXT_OR_NULL = {"type": ["string", "null"]}
_COUNT = {"type": "integer", "minimum": 0}

OWN_SECTIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "calls": (
        "callId",
        {
            "type": "object",
            "required": ["callId"],
            "properties": {
                "callId": {"type": "string", "minLength": 1},
                "status": {"type": "string"},
                "ended": {"type": "boolean"},
                "phoneNumber": _TEXT_OR_NULL,
                "assistant": _TEXT_OR_NULL,
                "callbackUrl": _TEXT_OR_NULL,
                "metadata": {"type": "object"},
                "payload": {},
            },
            "additionalProperties": False,
        },
    ),
    "upload_sessions": (
        "sessionId",
        {
            "type": "object",
            "required": ["sessionId", "fileName", "fileSize", "totalChunks"],
            "properties": {
                "sessionId": {"type": "string", "minLength": 1},
                "fileName": {"type": "string"},
                "fileSize": _COUNT,
                "totalChunks": {"type": "integer", "minimum": 1},
                "mimeType": _TEXT_OR_NULL,
                "chunksReceived": _COUNT,
                "bytesReceived": _COUNT,
                "strayChunks": _COUNT,
                "completed": {"type": "boolean"},
                "knowledgeBaseId": _TEXT_OR_NULL,
            },
            "additionalProperties": False,
            # A completed session names the file it made (as the export writes it).
            "if": {"properties": {"completed": {"const": True}}, "required": ["completed"]},
            "then": {"properties": {"knowledgeBaseId": {"type": "string"}}},
        },
    ),
}

ARCHIVED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "workspace": _TEXT_OR_NULL,
        "organizations": {"type": "object", "additionalProperties": {"type": "string"}},
        "workspaces": {"type": "object", "additionalProperties": {"type": "string"}},
    },
    "additionalProperties": False,
}

SECTIONS = (*API_SECTIONS, *OWN_SECTIONS)
WORKSPACE_KEYS = frozenset({"workspace", "stateful", "archived", *SECTIONS})
"""What a workspace's entry may hold (``stateful`` is in the export; it must be true)."""
DOCUMENT_KEYS = frozenset({"workspaces", "snapshot"})
"""What a document may hold: ``snapshot`` records how a snapshot was made (and is not read)."""
