"""Organization and workspace archive and unarchive in the store.

Internal module. The store remembers which organizations and workspaces are archived (by id:
a workspace's id is its ``workspace`` header value). As the spec says, archiving cascades to the
workspace's assistants, which then refuse updates and calls (400), and unarchiving restores
them; an organization reaches the workspaces the mock knows it owns: those the spec's examples
link to it (a workspace object's ``organization``) and ``TEST_WORKSPACE`` to
``TEST_ORGANIZATION``. The mock keeps no other record of which workspaces an organization has.

Choices the sources leave open (also in docs/spec-decisions.md): archiving what is archived
and unarchiving what is not both answer 200 and change nothing (the first archive time stays);
any well-formed id is accepted (the spec documents no 404 here).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.constants import TEST_ORGANIZATION, TEST_WORKSPACE
from .base import Answer, Bounded, Examples, Handler, Workspace, now_iso

__all__ = ["Archive"]


def _workspace_links(spec: dict[str, Any]) -> dict[str, str]:
    """Workspace id → organization id, from the workspace objects of the spec's examples.

    A workspace object is one with an ``_id`` and an ``organization`` but no ``workspace``
    (objects that belong to a workspace name it under ``workspace``).
    """
    links: dict[str, str] = {TEST_WORKSPACE: TEST_ORGANIZATION}
    stack: list[tuple[Any, bool]] = [(spec, False)]
    while stack:
        node, in_example = stack.pop()
        if isinstance(node, dict):
            owner = node.get("organization")
            if (
                in_example
                and isinstance(node.get("_id"), str)
                and isinstance(owner, str)
                and "workspace" not in node
            ):
                links.setdefault(node["_id"], owner)
            for key, value in node.items():
                stack.append((value, in_example or key in ("example", "examples")))
        elif isinstance(node, list):
            stack.extend((item, in_example) for item in node)
    return links


class Archive:
    """What is archived, and the answers of ``archive_entity`` and ``unarchive_entity``.

    Args:
        examples: the spec's example bodies.
        workspaces: the store's workspaces (read to cascade to their assistants).
    """

    def __init__(self, examples: Examples, workspaces: Mapping[str, Workspace]) -> None:
        self.examples = examples
        self.live = workspaces
        self.links = _workspace_links(examples.index.spec)
        self.organizations = Bounded()
        """Archived organization id → the time it was archived."""
        self.workspaces = Bounded()
        """Workspace id → the time it was archived on its own (not through its organization)."""
        self.seeded_organizations: dict[str, str] = {}
        """What seed data says is archived: a reset comes back to it, not to nothing."""
        self.seeded_workspaces: dict[str, str] = {}

    def handlers(self) -> dict[str, Handler]:
        return {"archive_entity": self._archive, "unarchive_entity": self._unarchive}

    # ------------------------------------------------------------------ reads
    def archived_at(self, workspace: str) -> str | None:
        """When ``workspace`` was archived, itself or through its organization (None: active)."""
        own = self.workspaces.get(workspace)
        if own is not None:
            return str(own)
        owner = self.links.get(workspace)
        by_owner = self.organizations.get(owner) if owner is not None else None
        return str(by_owner) if by_owner is not None else None

    def apply(self, state: Workspace) -> None:
        """Mark the assistants of an archived workspace archived (a new or re-seeded one)."""
        moment = self.archived_at(state.name)
        if moment is not None:
            _set_archived(state, moment)

    def dump(self, workspace: str) -> dict[str, Any]:
        return {
            "workspace": self.archived_at(workspace),
            "organizations": dict(self.organizations),
            "workspaces": dict(self.workspaces),
        }

    def seed(self, archived: Mapping[str, Mapping[str, Any]]) -> None:
        """What each seeded workspace's ``archived`` record says (workspace name → record).

        Its ``organizations`` and ``workspaces`` are taken as they are; its ``workspace``
        (when this one was archived) counts on its own only when neither says so already.
        """
        for record in archived.values():
            self.seeded_organizations.update(record.get("organizations") or {})
            self.seeded_workspaces.update(record.get("workspaces") or {})
        self.forget(None)
        for name, record in archived.items():
            moment = record.get("workspace")
            if isinstance(moment, str) and self.archived_at(name) is None:
                self.seeded_workspaces[name] = moment
                self.workspaces.put(name, moment)

    def forget(self, workspace: str | None) -> None:
        """A reset: one workspace is as seeded again (active unless its seed data says
        otherwise), or everything is."""
        if workspace is None:
            self.organizations.clear()
            self.workspaces.clear()
            for key, moment in self.seeded_organizations.items():
                self.organizations.put(key, moment)
            for key, moment in self.seeded_workspaces.items():
                self.workspaces.put(key, moment)
        else:
            self.workspaces.pop(workspace, None)
            if workspace in self.seeded_workspaces:
                self.workspaces.put(workspace, self.seeded_workspaces[workspace])

    # ------------------------------------------------------------------ answers
    def _owned(self, organization: str) -> list[str]:
        return [ws for ws, owner in self.links.items() if owner == organization]

    def _archive(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        kind, target = _target(body)
        moment = now_iso()
        if kind == "organization":
            if target not in self.organizations:
                self.organizations.put(target, moment)
            affected = self._owned(target)
        else:
            if target not in self.workspaces:
                self.workspaces.put(target, moment)
            affected = [target]
        for name in affected:
            live = self.live.get(name)
            if live is not None:
                self.apply(live)
        return Answer(200, self.examples.named("archive_entity", "200", kind))

    def _unarchive(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        kind, target = _target(body)
        if kind == "organization":
            self.organizations.pop(target, None)
            affected = self._owned(target)
            for name in affected:
                self.workspaces.pop(name, None)
            out = self.examples.named("unarchive_entity", "200", "organization")
        else:
            owner = self.links.get(target)
            if owner is not None and owner in self.organizations:
                return Answer(
                    400, self.examples.named("unarchive_entity", "400", "parent_archived")
                )
            self.workspaces.pop(target, None)
            affected = [target]
            out = dict(self.examples.named("unarchive_entity", "200", "workspace") or {})
            record = {"_id": target, **({"organization": owner} if owner else {})}
            out["data"] = record
        for name in affected:
            live = self.live.get(name)
            if live is not None and self.archived_at(name) is None:
                _set_archived(live, None)
        return Answer(200, out)


def _target(body: Any) -> tuple[str, str]:
    fields = body if isinstance(body, dict) else {}
    kind = "organization" if fields.get("type") == "organization" else "workspace"
    return kind, str(fields.get("id", ""))


def _set_archived(state: Workspace, moment: str | None) -> None:
    """Every assistant of the workspace archived at ``moment`` (None: active again)."""
    for assistant in state.assistants.values():
        if not isinstance(assistant, dict):
            continue
        if moment is None:
            assistant["archivedAt"] = None
        elif not assistant.get("archivedAt"):
            assistant["archivedAt"] = moment
