"""Seed data read from files (or given as Python data), checked, ready for the store.

Internal module. :func:`load_seed_data` reads every source, checks each (``check``) and returns
the workspaces by name, or raises :class:`BadSeedDataError` listing every problem of every
source: the mock starts from all of it or from none of it. A workspace named by two sources
is a problem too (which one would win is not obvious).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .._spec.document import read_yaml
from .._spec.index import SpecIndex
from .check import MAX_SHOWN, Problem, check_document

__all__ = ["BadSeedDataError", "load_seed_data", "read_document"]

Source = Path | Mapping[str, Any]


class BadSeedDataError(ValueError):
    """Seed data that the mock does not take; ``problems`` names each value and its rule."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        shown = [str(problem) for problem in self.problems[:MAX_SHOWN]]
        hidden = len(self.problems) - len(shown)
        if hidden > 0:
            shown.append(f"... and {hidden} more")
        super().__init__("\n".join(shown))


def read_document(path: Path) -> Any:
    """The parsed file: JSON when it ends in ``.json``, else YAML (of which JSON is a part).

    Raises:
        BadSeedDataError: the file is unreadable or not JSON/YAML (the problem says where).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadSeedDataError(
            [Problem(str(path), "$", f"cannot be read: {exc.strerror or exc}", "a readable file")]
        ) from None
    if path.suffix.lower() == ".json":
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise BadSeedDataError([Problem(str(path), "$", f"not JSON: {exc}", "JSON")]) from None
    import yaml

    try:
        return read_yaml(raw)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        reason = getattr(exc, "problem", None) or str(exc)
        raise BadSeedDataError(
            [Problem(str(path), "$", f"not YAML{at}: {reason}", "YAML 1.2 or JSON")]
        ) from None


def _document(source: Source, position: int) -> tuple[str, Any, list[Problem]]:
    if isinstance(source, Mapping):
        return f"seed_data[{position}]", source, []
    try:
        return str(source), read_document(Path(source)), []
    except BadSeedDataError as exc:
        return str(source), None, exc.problems


def load_seed_data(sources: Sequence[Source], index: SpecIndex) -> dict[str, dict[str, Any]]:
    """Every workspace of ``sources`` by name, checked against the spec of ``index``.

    Raises:
        BadSeedDataError: anything is wrong in any source; nothing is returned then.
    """
    problems: list[Problem] = []
    workspaces: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    for position, source in enumerate(sources):
        name, document, unreadable = _document(source, position)
        if unreadable:
            problems += unreadable
            continue
        entries, found = check_document(document, index, name)
        problems += found
        for entry in entries:
            workspace = entry["workspace"]
            if workspace in workspaces:
                problems.append(
                    Problem(
                        name,
                        "$.workspaces",
                        f"workspace {workspace!r} is also in {origin[workspace]}",
                        "one source per workspace",
                    )
                )
                continue
            workspaces[workspace] = entry
            origin[workspace] = name
    if problems:
        raise BadSeedDataError(problems)
    return workspaces
