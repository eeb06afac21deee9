"""make verify-provider: refuses to run without credentials and is read-only by default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import verify_provider as vp  # noqa: E402

CREDS = {
    "VOICE_AGENTS_BASE_URL": "https://api.stage.voice-agent.miraiminds.co",
    "VOICE_AGENTS_PUBLIC_KEY": "pk_0123456789abcdef0123456789abcdef",
    "VOICE_AGENTS_PRIVATE_KEY": "sk_" + "ab" * 32,
    "VOICE_AGENTS_WORKSPACE": "6690a1b2c3d4e5f600000002",
    "VOICE_AGENTS_ORGANIZATION": "6690a1b2c3d4e5f600000003",
}


def test_without_credentials_it_exits_with_a_clear_message() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "verify_provider.py")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "VOICE_AGENTS_PUBLIC_KEY" in proc.stderr
    assert "VOICE_AGENTS_BASE_URL" in proc.stderr


def test_default_plan_is_get_only() -> None:
    ops = vp.operations(vp.yaml.safe_load(vp.SPEC.read_text()))
    run, skipped = vp.selected(ops, CREDS, allow_writes=False)
    assert {op["method"] for op in run} == {"GET"}
    assert len(run) == 12
    assert all("write operation" in reason for _, reason in skipped)
    cmd = vp.build_command(run, CREDS, max_examples=5, bindir=Path(sys.executable).parent)
    ids = [cmd[i + 1] for i, part in enumerate(cmd) if part == "--include-operation-id"]
    assert "initiate_call" not in ids
    assert "purchase_number" not in ids
    assert sorted(ids) == sorted(op["operation_id"] for op in run)


def test_scoped_operations_are_skipped_without_their_header() -> None:
    env = {k: v for k, v in CREDS.items() if k != "VOICE_AGENTS_WORKSPACE"}
    run, skipped = vp.selected(
        vp.operations(vp.yaml.safe_load(vp.SPEC.read_text())), env, allow_writes=False
    )
    assert "list_assistants" not in {op["operation_id"] for op in run}
    assert any(reason == "needs VOICE_AGENTS_WORKSPACE" for _, reason in skipped)


def test_writes_are_listed_before_they_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert vp.main(["--allow-writes", "--dry-run"], env=CREDS) == 0
    out = capsys.readouterr().out
    assert "These write operations will run against the real account" in out
    assert "POST   /v2/call/initiate" in out
    assert CREDS["VOICE_AGENTS_PRIVATE_KEY"] not in out
