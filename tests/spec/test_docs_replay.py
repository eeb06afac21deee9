"""Replay of the documentation's own example requests against the mock.

``docs_requests.json`` holds every example request of the vendor pages (curl commands and the
Python / Node.js code tabs, extracted by ``scripts/extract_docs_requests.py``, placeholders
filled with ids of the same page). Each one that targets an operation of ``openapi.yaml`` must
be accepted by the mock. The ones we judge documentation errors are listed, with the reason, in
``docs/spec-decisions.md`` under "Documentation requests we do not accept"; this test reads that
table, so a new refusal, or a listed one that is accepted after all, fails it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from example_walk import load

ROOT = Path(__file__).resolve().parents[2]
DOC = load(ROOT / "openapi.yaml")
FIXTURE = Path(__file__).with_name("docs_requests.json")
DECISIONS = ROOT / "docs" / "spec-decisions.md"
TABLE_TITLE = "### Documentation requests we do not accept"
API_HOSTS = {"api.voice-agents.miraiminds.co", "api.stage.voice-agent.miraiminds.co"}
METHODS = ("get", "put", "post", "delete", "patch")


def _operations() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    found = []
    for path, item in DOC["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in METHODS:
            if method in item:
                found.append((method.upper(), pattern, item[method]))
    # A concrete path wins over a template (OpenAPI's matching rule).
    found.sort(key=lambda f: f[1].pattern.count("[^/]+"))
    return found


OPERATIONS = _operations()


def operation_of(entry: dict[str, Any]) -> str | None:
    if entry["host"] not in API_HOSTS:
        return None
    for method, pattern, op in OPERATIONS:
        if method == entry["method"] and pattern.match(entry["path"]):
            return str(op["operationId"])
    return None


@dataclass(frozen=True)
class Listed:
    page: str
    line: int
    reason: str


def listed_docs_errors() -> dict[tuple[str, int], Listed]:
    """The table of docs/spec-decisions.md: | page | line | request | reason |."""
    text = DECISIONS.read_text(encoding="utf-8")
    assert TABLE_TITLE in text, f"{DECISIONS} lacks the section {TABLE_TITLE!r}"
    section = text.split(TABLE_TITLE, 1)[1].split("\n#", 1)[0]
    rows: dict[tuple[str, int], Listed] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[1].isdigit():
            page = cells[0].strip("`")
            rows[(page, int(cells[1]))] = Listed(page, int(cells[1]), cells[3])
    return rows


ENTRIES: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))
EXTRACTED = [e for e in ENTRIES if e["extracted"]]


def _id(entry: dict[str, Any]) -> str:
    return f"{entry['page'].removesuffix('.md')}:{entry['line']}:{entry['index']}"


def send(mock_url: str, entry: dict[str, Any]) -> httpx.Response:
    headers = {k: v for k, v in entry["headers"] if k.lower() not in ("host", "content-length")}
    kwargs: dict[str, Any] = {"params": entry["query"], "headers": headers}
    if entry["body_kind"] == "json":
        kwargs["content"] = json.dumps(entry["body"]).encode()
        headers.setdefault("Content-Type", "application/json")
    elif entry["body_kind"] == "multipart":
        kwargs["files"] = [
            (p["name"], (p["value"], b"%PDF-1.4 chunk", "application/octet-stream"))
            if p["file"]
            else (p["name"], (None, p["value"].encode(), "text/plain"))
            for p in entry["body"]
        ]
    with httpx.Client(base_url=mock_url, timeout=30) as http:
        return http.request(entry["method"], entry["path"], **kwargs)


def accepted(entry: dict[str, Any], response: httpx.Response) -> bool:
    """2xx, or the operation's documented 404 for an id the mock does not hold."""
    if response.status_code < 400:
        return True
    if response.status_code == 404 and "NO_PATH_MATCHED" not in response.text:
        operation = operation_of(entry)
        return any(
            op["operationId"] == operation and "404" in op["responses"] for _, _, op in OPERATIONS
        )
    return False


def test_fixture_is_fresh() -> None:
    """The committed fixture is what the extractor gives for the stored pages."""
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "extract_docs_requests.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    if (
        "No such file" in proc.stderr
        or not (ROOT.parent / "shared" / "reference" / "miraiminds-docs").is_dir()
    ):
        pytest.skip("the documentation pages are not next to this checkout")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_replay_of_the_documentation(voice_agents_mock: Any) -> None:
    listed = listed_docs_errors()
    in_scope = [e for e in EXTRACTED if operation_of(e) is not None]
    outcome: dict[tuple[str, int], list[str]] = {}
    refused_unlisted: list[str] = []
    accepted_count = 0
    for entry in in_scope:
        # Each documented request on its own, from the seed: the stateful mock would otherwise
        # refuse the payload update of a call an earlier example aborted.
        voice_agents_mock.reset()
        response = send(voice_agents_mock.url, entry)
        ok = accepted(entry, response)
        accepted_count += ok
        key = (entry["page"], entry["line"])
        if not ok:
            outcome.setdefault(key, []).append(f"{response.status_code} {response.text[:200]}")
            if key not in listed:
                refused_unlisted.append(
                    f"{_id(entry)} {entry['method']} {entry['path']} ({operation_of(entry)}): "
                    f"{response.status_code} {response.text[:300]}"
                )
    out_of_scope = {(e["page"], e["line"]) for e in EXTRACTED if operation_of(e) is None}
    unexplained = sorted(out_of_scope - set(listed))
    stale = sorted(set(listed) - set(outcome) - out_of_scope)
    print(f"docs replay: {accepted_count}/{len(in_scope)} accepted (in scope)")
    assert not refused_unlisted, "refused and not listed as a docs error:\n" + "\n".join(
        refused_unlisted
    )
    assert not unexplained, f"requests of operations we do not model, not listed: {unexplained}"
    assert not stale, f"listed as docs errors but accepted (or not in the fixture): {stale}"
    assert accepted_count == len(in_scope) - sum(
        1 for e in in_scope if (e["page"], e["line"]) in listed
    )
