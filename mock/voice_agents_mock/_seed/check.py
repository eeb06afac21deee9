"""Seed data checked: every object against the rule it must follow, every problem named.

Internal module. :func:`check_document` walks one parsed document and returns its workspaces
(only when nothing is wrong) and its problems; each :class:`Problem` names the source (a file,
or ``seed_data[1]`` for data passed in Python), the JSON path of the value and the rule it
breaks. Nothing is half taken: a caller loads the workspaces only when there is no problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from .._spec.index import SpecIndex
from .._state.base import MAX_ITEMS, MAX_WORKSPACES
from .format import (
    API_SECTIONS,
    ARCHIVED_SCHEMA,
    DOCUMENT_KEYS,
    OWN_SECTIONS,
    SECTIONS,
    WORKSPACE_KEYS,
    Read,
)

__all__ = ["MAX_SHOWN", "Problem", "check_document", "json_path"]

MAX_SHOWN = 50
"""Problems listed per document; more are counted (a broken generator can make thousands)."""
_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
_SINGULAR = {
    "assistants": "assistant",
    "tools": "API tool",
    "numbers": "number",
    "knowledge_base_files": "knowledge-base file",
    "calls": "call",
    "upload_sessions": "upload session",
}


@dataclass(frozen=True)
class Problem:
    """One value that does not follow its rule."""

    source: str
    path: str
    """JSON path from the document's root: ``$.workspaces[0].assistants[1].name``."""
    message: str
    rule: str
    subject: str = ""
    """The object the value belongs to, as people name it (``assistant 69b9... of w1``)."""

    def __str__(self) -> str:
        about = f" ({self.subject})" if self.subject else ""
        return f"{self.source}: {self.path}{about}: {self.message} (rule: {self.rule})"


def json_path(base: str, parts: Iterable[str | int]) -> str:
    out = base
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _pointer(schema_path: Sequence[str | int]) -> str:
    """Where in the spec the broken keyword is: from its last ``components`` on."""
    parts = [str(part) for part in schema_path]
    if "components" in parts:
        parts = parts[len(parts) - 1 - parts[::-1].index("components") :]
    return "#/" + "/".join(parts)


class _Checker:
    def __init__(self, index: SpecIndex, source: str) -> None:
        self.index = index
        self.source = source
        self.problems: list[Problem] = []
        self.own = {
            name: jsonschema_rs.validator_for({"$schema": _SCHEMA, **schema})
            for name, (_, schema) in OWN_SECTIONS.items()
        }
        self.archived = jsonschema_rs.validator_for({"$schema": _SCHEMA, **ARCHIVED_SCHEMA})
        self.subject = ""
        """The object being checked, named in its problems."""

    def problem(self, path: str, message: str, rule: str) -> None:
        self.problems.append(Problem(self.source, path, message, rule, self.subject))

    # ------------------------------------------------------------------ objects
    def api_object(self, path: str, value: Any, reads: tuple[Read, ...]) -> None:
        seen: set[tuple[str, str]] = set()
        for read in reads:
            validator = self.index.validator(read.operation, read.status)
            if validator is None:
                continue
            example = self.index.example(read.operation, read.status)
            body = {**(example if isinstance(example, dict) else {})}
            body["data"] = [value] if read.many else value
            prefix = 2 if read.many else 1
            for error in validator.iter_errors(body):
                where = list(error.instance_path)
                inside = where[:prefix] == (["data", 0] if read.many else ["data"])
                shown = json_path(path, where[prefix:]) if inside else path
                if (shown, error.message) in seen:
                    continue  # the get and the list schema often say the same
                seen.add((shown, error.message))
                rule = (
                    f"the {read.operation} {read.status} response schema, "
                    f"{_pointer(error.schema_path)}"
                )
                self.problem(shown, error.message, rule)

    def own_object(self, path: str, value: Any, validator: Any, rule: str) -> None:
        for error in validator.iter_errors(value):
            self.problem(json_path(path, error.instance_path), error.message, rule)

    # ------------------------------------------------------------------ structure
    def section(self, path: str, name: str, items: Any, workspace: str | None) -> None:
        if not isinstance(items, list):
            self.problem(path, f"{name} must be a list", "seed-data format")
            return
        if len(items) > MAX_ITEMS:
            self.problem(
                path, f"{len(items)} items; a collection holds at most {MAX_ITEMS}", "mock limit"
            )
            return
        if name in API_SECTIONS:
            key, reads = API_SECTIONS[name]
        else:
            key, reads = OWN_SECTIONS[name][0], ()
        ids: dict[str, int] = {}
        for position, item in enumerate(items):
            where = f"{path}[{position}]"
            if not isinstance(item, dict):
                self.problem(where, "must be an object", "seed-data format")
                continue
            ident = item.get(key)
            named = isinstance(ident, str) and workspace is not None
            self.subject = f"{_SINGULAR[name]} {ident} of workspace {workspace}" if named else ""
            if not isinstance(ident, str) or not ident:
                self.problem(
                    where, f"needs {key} (a string): the mock finds it by it", "seed-data format"
                )
            elif ident in ids:
                self.problem(
                    f"{where}.{key}",
                    f"{ident!r} is also {path}[{ids[ident]}]'s",
                    "ids are unique in a section",
                )
            else:
                ids[ident] = position
            if reads:
                self.api_object(where, item, reads)
            else:
                self.own_object(
                    where, item, self.own[name], f"the mock's {name} record (docs/mock.md)"
                )
        self.subject = ""

    def workspace(self, path: str, entry: Any) -> str | None:
        if not isinstance(entry, dict):
            self.problem(path, "must be an object (a workspace's state)", "seed-data format")
            return None
        name = entry.get("workspace")
        if not isinstance(name, str) or not name:
            self.problem(
                f"{path}.workspace",
                "is required: the workspace header value this state is for",
                "seed-data format",
            )
            name = None
        if entry.get("stateful", True) is not True:
            self.problem(
                f"{path}.stateful",
                "is the export of a stateless mock (no state)",
                "seed-data format",
            )
        for key in entry:
            if key not in WORKSPACE_KEYS:
                self.problem(
                    f"{path}.{key}",
                    "unknown section; a workspace holds " + ", ".join(sorted(WORKSPACE_KEYS)),
                    "seed-data format",
                )
        for key in SECTIONS:
            if key in entry:
                self.section(f"{path}.{key}", key, entry[key], name)
        if "archived" in entry:
            self.own_object(
                f"{path}.archived", entry["archived"], self.archived, "the mock's archived record"
            )
        return name


def check_document(
    document: Any, index: SpecIndex, source: str
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The workspaces of ``document`` (empty when anything is wrong) and its problems."""
    checker = _Checker(index, source)
    if isinstance(document, dict) and "workspaces" not in document and "workspace" in document:
        document = {"workspaces": [document]}  # one state, as MockServer.state() returns it
    if not isinstance(document, dict) or not isinstance(document.get("workspaces"), list):
        checker.problem(
            "$",
            'must be an object with a "workspaces" list (or one workspace\'s state)',
            "seed-data format",
        )
        return [], checker.problems
    for key in document:
        if key not in DOCUMENT_KEYS:
            checker.problem(
                f"$.{key}",
                "unknown key; a document holds workspaces (and snapshot)",
                "seed-data format",
            )
    entries = document["workspaces"]
    if len(entries) > MAX_WORKSPACES:
        checker.problem(
            "$.workspaces",
            f"{len(entries)} workspaces; the mock holds at most {MAX_WORKSPACES}",
            "mock limit",
        )
        return [], checker.problems
    names: dict[str, int] = {}
    for position, entry in enumerate(entries):
        name = checker.workspace(f"$.workspaces[{position}]", entry)
        if name is None:
            continue
        if name in names:
            checker.problem(
                f"$.workspaces[{position}].workspace",
                f"{name!r} is also $.workspaces[{names[name]}]'s",
                "one entry per workspace",
            )
        names[name] = position
    if checker.problems:
        return [], checker.problems
    return list(entries), []
