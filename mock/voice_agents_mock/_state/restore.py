"""A workspace built from seed data (the state export's format, checked beforehand).

Internal module. The store calls :func:`restored_workspace` once per seeded workspace at start;
what it builds is the template that workspace starts from, and comes back to on a reset.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .base import Workspace
from .call import Call
from .kb import KnowledgeBase

__all__ = ["restored_workspace"]


def restored_workspace(
    name: str, entry: Mapping[str, Any], knowledge_base: KnowledgeBase
) -> Workspace:
    """The workspace ``entry`` describes; a section it leaves out is empty."""
    state = Workspace(name=name)
    for section, target in (
        ("assistants", state.assistants),
        ("tools", state.tools),
        ("numbers", state.numbers),
    ):
        for item in entry.get(section) or []:
            target.put(item["_id"], copy.deepcopy(item))
    for fields in entry.get("calls") or []:
        metadata = fields.get("metadata")
        state.calls.put(
            fields["callId"],
            Call(
                id=fields["callId"],
                status=str(fields.get("status") or "queued"),
                ended=bool(fields.get("ended", False)),
                payload=copy.deepcopy(fields.get("payload")),
                metadata=copy.deepcopy(metadata) if isinstance(metadata, dict) else {},
                callback_url=fields.get("callbackUrl"),
                phone_number=fields.get("phoneNumber"),
                assistant=fields.get("assistant"),
            ),
        )
    knowledge_base.restore(
        state, entry.get("knowledge_base_files") or [], entry.get("upload_sessions") or []
    )
    return state
