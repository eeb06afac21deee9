"""A snapshot: a real workspace read through the validating proxy, redacted, as seed data.

Internal module. :func:`take_snapshot` reads each workspace with GET operations only (the
assistants list and each assistant, the API tools, the knowledge-base files and each file),
through a proxy-mode mock that records Prism's verdict on every answer; what it returns is a
seed-data document whose ``snapshot`` member says when, from where and against which spec it
was made and holds each answer's verdict. Everything, verdicts included, passes through the
:class:`~.redact.Redactor` before the caller writes it.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from .._spec.index import SpecIndex
from .redact import Redactor

__all__ = ["READS", "SnapshotError", "Verdict", "take_snapshot", "write_document"]

READS = (
    "list_assistants",
    "get_assistant",
    "list_api_tools",
    "list_knowledge_base_files",
    "get_knowledge_base_file",
)
"""The only operations a snapshot sends: each is a GET (checked before every request)."""


class SnapshotError(Exception):
    """The upstream did not give what a snapshot needs (nothing is written then)."""


class _Http(Protocol):
    def get(self, url: str, *, headers: dict[str, str]) -> Any: ...


class _Journal(Protocol):
    def requests(
        self, operation: str | None = None, workspace: str | None = None
    ) -> list[dict[str, Any]]: ...

    def clear_requests(self) -> None: ...


@dataclass(frozen=True)
class Verdict:
    """Prism's verdict on one answer the snapshot read."""

    operation: str
    path: str
    workspace: str
    status: int
    violations: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": "GET",
            "path": self.path,
            "workspace": self.workspace,
            "status": self.status,
            "verdict": "departs from the spec" if self.violations else "valid",
            "violations": self.violations,
        }


class _Reader:
    """GETs through the proxy; after each, the proxy's journal entry gives Prism's verdict."""

    def __init__(self, http: _Http, journal: _Journal, index: SpecIndex) -> None:
        self.http = http
        self.journal = journal
        self.index = index
        self.verdicts: list[Verdict] = []

    def get(self, operation: str, workspace: str, **params: str) -> Any:
        method, template = self.index.templates[operation]
        if operation not in READS or method != "GET":
            # A snapshot never writes, whatever the spec says of an operation.
            raise SnapshotError(f"{operation} is not a read ({method}); a snapshot sends GETs only")
        path = template.format(**{name: quote(value, safe="") for name, value in params.items()})
        self.journal.clear_requests()
        response = self.http.get(path, headers={"workspace": workspace})
        entries = self.journal.requests()
        violations = list(entries[-1].get("violations") or []) if entries else []
        self.verdicts.append(Verdict(operation, path, workspace, response.status_code, violations))
        if not 200 <= response.status_code < 300:
            raise SnapshotError(
                f"{operation} ({path}) for workspace {workspace} answered "
                f"{response.status_code}: {response.text[:300]}"
            )
        try:
            body = response.json()
        except ValueError:
            raise SnapshotError(
                f"{operation} ({path}) answered something that is not JSON"
            ) from None
        return body.get("data") if isinstance(body, dict) else None


def _objects(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else []
    return [item for item in items if isinstance(item, dict)]


def _read_workspace(reader: _Reader, workspace: str) -> dict[str, Any]:
    assistants = []
    for item in _objects(reader.get("list_assistants", workspace)):
        if isinstance(item.get("_id"), str):
            full = reader.get("get_assistant", workspace, assistantId=item["_id"])
            item = full if isinstance(full, dict) else item
        assistants.append(item)
    files = []
    for item in _objects(reader.get("list_knowledge_base_files", workspace)):
        if isinstance(item.get("_id"), str):
            full = reader.get("get_knowledge_base_file", workspace, knowledgeBaseId=item["_id"])
            item = full if isinstance(full, dict) else item
        files.append(item)
    return {
        "workspace": workspace,
        "assistants": assistants,
        "tools": _objects(reader.get("list_api_tools", workspace)),
        "knowledge_base_files": files,
    }


def take_snapshot(
    *,
    http: _Http,
    journal: _Journal,
    index: SpecIndex,
    upstream: str,
    workspaces: list[str],
    spec_sha256: str,
    redactor: Redactor,
) -> tuple[dict[str, Any], list[Verdict]]:
    """The redacted seed-data document of ``workspaces``, and Prism's verdict on each answer.

    ``http`` sends to the proxy (with the keys), ``journal`` is the proxy's control plane.

    Raises:
        SnapshotError: an answer was not a 2xx JSON one.
    """
    reader = _Reader(http, journal, index)
    read = [_read_workspace(reader, workspace) for workspace in workspaces]
    made: dict[str, Any] = {
        "made_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "upstream": upstream,
        "spec_sha256": spec_sha256,
        "spec_version": str((index.spec.get("info") or {}).get("version", "")),
        "pii": "kept (--keep-pii)" if redactor.keep_pii else "replaced by fakes",
        "redacted": {},
        "operations": list(READS),
        "answers": [verdict.as_dict() for verdict in reader.verdicts],
    }
    document = redactor({"snapshot": made, "workspaces": read})
    assert isinstance(document, dict)
    document["snapshot"]["redacted"] = dict(sorted(redactor.counts.items()))
    return document, reader.verdicts


def write_document(document: dict[str, Any], path: Path) -> None:
    """``document`` as YAML (``.yaml``/``.yml``) or JSON, replacing ``path`` in one step."""
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    else:
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
