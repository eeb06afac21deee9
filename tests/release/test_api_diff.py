"""make api-diff on throwaway commits in a temporary clone: what must fail fails, the rest passes.

The clone gets one "release" commit (version 0.4.0, tag v0.4.0) in which
``KnowledgeBaseFile.status`` is an open enum, written by this test so that it does not depend on
the state of the real spec. Each case branches off it, edits the spec, regenerates the client,
bumps the version as given and commits; then scripts/api_diff.py of this working tree examines
the clone (``--root``).
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
import yaml_source

ROOT = Path(__file__).resolve().parents[2]
API_DIFF = ROOT / "scripts" / "api_diff.py"
RELEASE = "0.4.0"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "api-diff test",
    "GIT_AUTHOR_EMAIL": "api-diff@example.com",
    "GIT_COMMITTER_NAME": "api-diff test",
    "GIT_COMMITTER_EMAIL": "api-diff@example.com",
}

Spec = dict[str, Any]

# One pytest-xdist worker runs the cases in turn, on one clone: a second worker would build a
# second clone and regenerate into it, and fill a second cold mypy cache (about 7 s).
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("api-diff")]


def _git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _open_status(spec: Spec) -> None:
    _schemas(spec)["KnowledgeBaseFile"]["properties"]["status"] = {
        "anyOf": [{"$ref": "#/components/schemas/KnowledgeBaseFileStatus"}, {"type": "string"}]
    }


@dataclass
class Clone:
    path: Path

    def spec(self) -> Spec:
        loaded: Spec = yaml_source.load_yaml(self.path / "openapi.yaml")
        return loaded

    def commit(self, spec: Spec, version: str, message: str) -> None:
        text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)
        (self.path / "openapi.yaml").write_text(text)
        self.set_version(version)
        generate = subprocess.run(
            [sys.executable, str(self.path / "scripts" / "generate.py")],
            cwd=self.path,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert generate.returncode == 0, generate.stdout + generate.stderr
        _git(self.path, "add", "-A")
        _git(self.path, "commit", "--quiet", "--allow-empty", "-m", message)

    def set_version(self, version: str) -> None:
        """Change the version in the working tree only (api-diff reads the working tree)."""
        pyproject = self.path / "pyproject.toml"
        text = re.sub(
            r'^version = "[^"]*"', f'version = "{version}"', pyproject.read_text(), flags=re.M
        )
        pyproject.write_text(text)

    def api_diff(self, report: Path) -> tuple[int, str, dict[str, Any]]:
        proc = subprocess.run(
            [sys.executable, str(API_DIFF), "--root", str(self.path), "--json", str(report)],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert proc.returncode in (0, 1), proc.stdout + proc.stderr
        return proc.returncode, proc.stdout, json.loads(report.read_text())


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Clone:
    path = tmp_path_factory.mktemp("api-diff") / "repo"
    _git(ROOT, "clone", "--quiet", str(ROOT), str(path))
    repo = Clone(path)
    spec = repo.spec()
    _open_status(spec)
    repo.commit(spec, RELEASE, "release: KnowledgeBaseFile.status is an open enum")
    _git(path, "tag", f"v{RELEASE}")
    return repo


def _case(clone: Clone, name: str, change: Callable[[Spec], None], version: str) -> Spec:
    _git(clone.path, "checkout", "--quiet", "--force", "-B", f"case-{name}", f"v{RELEASE}")
    spec = copy.deepcopy(clone.spec())
    change(spec)
    clone.commit(spec, version, name)
    return spec


def remove_operation(spec: Spec) -> None:
    del spec["paths"]["/v1/admin/assistant/get/{assistantId}"]["get"]


def rename_field(spec: Spec) -> None:
    schema = _schemas(spec)["KnowledgeBaseFile"]
    schema["properties"]["name"] = schema["properties"].pop("fileName")
    schema["required"] = ["name" if r == "fileName" else r for r in schema["required"]]


def require_request_field(spec: Spec) -> None:
    _schemas(spec)["InitiateCallRequest"]["required"].append("callbackUrl")


def remove_enum_value(spec: Spec) -> None:
    mime = _schemas(spec)["UploadMimeType"]
    index = mime["enum"].index("text/markdown")
    del mime["enum"][index]
    del mime["x-enum-varnames"][index]


def close_open_enum(spec: Spec) -> None:
    status = {"$ref": "#/components/schemas/KnowledgeBaseFileStatus"}
    _schemas(spec)["KnowledgeBaseFile"]["properties"]["status"] = status


def add_optional_field(spec: Spec) -> None:
    properties = _schemas(spec)["InitiateCallRequest"]["properties"]
    properties["note"] = {"type": "string", "description": "A note kept with the call."}


def add_operation(spec: Spec) -> None:
    operation = copy.deepcopy(spec["paths"]["/health"]["get"])
    operation["operationId"] = "get_ping"
    operation["x-sdk-method"] = "ping"  # client.health.ping(): one method per operation
    spec["paths"]["/v1/ping"] = {"get": operation}


def add_open_enum_value(spec: Spec) -> None:
    _schemas(spec)["KnowledgeBaseFileStatus"]["enum"].append("archived")


def _rows(report: dict[str, Any], severity: str) -> list[dict[str, str]]:
    return [c for c in report["changes"] if c["severity"] == severity]


BREAKING = [
    # (case, change, rows that must be among the breaking ones: (check, text in change or where))
    ("rename-field", rename_field, [("redocly", "property-removed"), ("griffe", "file_name")]),
    (
        "require-request-field",
        require_request_field,
        [
            ("redocly", "required-properties-added"),
            ("mypy", "voice_agents_client.models.InitiateCallRequest"),  # callback_url is str now
        ],
    ),
    (
        "remove-enum-value",
        remove_enum_value,
        [("redocly", "enum-values-removed"), ("griffe", "UploadMimeType.MARKDOWN")],
    ),
    (
        "close-open-enum",
        close_open_enum,
        [
            ("redocly", "schema-combinator-changed"),
            ("mypy", "voice_agents_client.models.KnowledgeBaseFile"),  # status no longer `| str`
        ],
    ),
]


def _assert_rows(report: dict[str, Any], out: str, expected: list[tuple[str, str]]) -> None:
    breaking = _rows(report, "breaking")
    for check, text in expected:
        assert any(
            row["check"] == check and (text in row["change"] or text in row["where"])
            for row in breaking
        ), f"no breaking {check} row mentioning {text!r}:\n{out}"


@pytest.mark.parametrize(("name", "change", "expected"), BREAKING, ids=[b[0] for b in BREAKING])
def test_breaking_change_with_a_patch_bump_fails(
    clone: Clone,
    tmp_path: Path,
    name: str,
    change: Callable[[Spec], None],
    expected: list[tuple[str, str]],
) -> None:
    _case(clone, name, change, "0.4.1")
    status, out, report = clone.api_diff(tmp_path / "report.json")
    assert status == 1, out
    assert report["required_bump"] == "minor", out  # pre-1.0: breaking needs a minor bump
    assert "FAILED" in out
    _assert_rows(report, out, expected)


def test_removing_an_operation_needs_a_minor_bump_before_1_0(clone: Clone, tmp_path: Path) -> None:
    """A minor bump passes; that a smaller one fails is the verdict of test_versions.py."""
    _case(clone, "remove-operation", remove_operation, "0.5.0")
    status, out, report = clone.api_diff(tmp_path / "report.json")
    assert status == 0, out
    assert (report["required_bump"], report["version_change"]) == ("minor", "minor")
    _assert_rows(report, out, [("redocly", "operation-removed"), ("griffe", "get_assistant")])


ADDITIONS = [
    # (change, a row it must add: (check, text in change or where)). One case makes all three:
    # additions only ever add rows, so each row still shows that its change was seen, and no
    # breaking row shows that none of them is breaking.
    (add_optional_field, ("redocly", "properties/note")),
    (add_operation, ("griffe", "get_ping")),
    (add_open_enum_value, ("redocly", "enum-values-added")),
]


def _add_all(spec: Spec) -> None:
    for change, _ in ADDITIONS:
        change(spec)


def test_additions_need_a_patch_bump_before_1_0(clone: Clone, tmp_path: Path) -> None:
    _case(clone, "additions", _add_all, "0.4.1")
    status, out, report = clone.api_diff(tmp_path / "report.json")
    assert status == 0, out
    assert report["baseline"]["rev"] == f"v{RELEASE}"
    assert not _rows(report, "breaking"), out
    additions = _rows(report, "addition")
    for _, (check, text) in ADDITIONS:
        assert any(
            row["check"] == check and (text in row["change"] or text in row["where"])
            for row in additions
        ), f"no {check} addition mentioning {text!r}:\n{out}"
    rows = [r for r in report["changes"] if "enum-values-added" in r["change"]]
    assert all(r["severity"] == "addition" and "open enum" in r["change"] for r in rows), out
    assert (report["required_bump"], report["version_change"]) == ("patch", "patch")


def test_no_change_needs_no_bump(clone: Clone, tmp_path: Path) -> None:
    _git(clone.path, "checkout", "--quiet", "--force", "-B", "case-nothing", f"v{RELEASE}")
    status, out, report = clone.api_diff(tmp_path / "report.json")
    assert status == 0, out
    assert report["changes"] == []
    # The release's own usage files ran.
    assert "tests/api_usage: usage_of_resources.py, usage_of_the_library.py" in out
