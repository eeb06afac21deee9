"""generated/ is exactly what the pinned generator makes from openapi.yaml today."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated"


def _tree(base: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(base)): p.read_bytes()
        for p in sorted(base.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    }


def test_regeneration_matches_the_committed_client(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    fresh, committed = _tree(tmp_path), _tree(COMMITTED)
    missing = sorted(set(fresh) - set(committed))
    stale = sorted(set(committed) - set(fresh))
    changed = sorted(name for name in set(fresh) & set(committed) if fresh[name] != committed[name])
    hint = "generated/ is stale; run `make generate` and commit"
    assert not missing, f"{hint}; missing from generated/: {missing}"
    assert not stale, f"{hint}; no longer produced: {stale}"
    assert not changed, f"{hint}; changed: {changed}"


def test_generation_record_names_the_inputs() -> None:
    record = json.loads((COMMITTED / "GENERATION.json").read_text())
    assert record["generator"] == "openapi-python-client"
    from importlib.metadata import version

    assert record["generator_version"] == version("openapi-python-client")
    assert record["ruff_version"] == version("ruff")
    assert len(record["spec_sha256"]) == 64
    assert (COMMITTED / "voice_agents_client" / "py.typed").exists()
    assert "do not edit" in (COMMITTED / "README.md").read_text()
