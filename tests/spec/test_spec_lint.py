"""The spec passes openapi-spec-validator, Redocly (recommended) and Spectral (spectral:oas)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_lint_spec_has_no_errors_and_no_warnings() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lint_spec.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count(": OK") == 3, proc.stdout


def test_lint_spec_fails_on_a_warning(tmp_path: Path) -> None:
    """The gate can fail: an operation without a description is reported."""
    spec = tmp_path / "bad.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "info: {title: t, version: '1', description: d, contact: {name: n, url: 'https://e.org'},"
        " license: {name: l, identifier: MIT}}\n"
        "servers: [{url: 'https://api.e.org'}]\n"
        "tags: [{name: T, description: d}]\n"
        "paths:\n  /x:\n    get:\n      operationId: get_x\n      tags: [T]\n"
        "      summary: s\n      responses:\n        '200': {description: ok}\n"
    )
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lint_spec.py"), str(spec)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout
    assert "operation-description" in proc.stdout or "operation-4xx-response" in proc.stdout
