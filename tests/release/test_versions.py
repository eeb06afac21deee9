"""The version rules of scripts/api_diff.py, and where the last release is found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import api_diff  # noqa: E402


@pytest.mark.parametrize(
    ("severity", "version", "bump"),
    [
        ("breaking", (0, 4, 1), "minor"),
        ("addition", (0, 4, 1), "patch"),
        ("breaking", (1, 2, 0), "major"),
        ("addition", (1, 2, 0), "minor"),
        ("patch", (1, 2, 0), "none"),
        (None, (0, 1, 0), "none"),
    ],
)
def test_required_bump(severity: str | None, version: tuple[int, int, int], bump: str) -> None:
    assert api_diff.required_bump(severity, version) == bump


def test_actual_bump() -> None:
    assert api_diff.actual_bump((0, 1, 0), (0, 2, 0)) == "minor"
    assert api_diff.actual_bump((0, 1, 0), (0, 1, 0)) == "none"
    assert api_diff.actual_bump((0, 9, 3), (1, 0, 0)) == "major"
    with pytest.raises(api_diff.ApiDiffError, match="backwards"):
        api_diff.actual_bump((0, 2, 0), (0, 1, 9))


@pytest.mark.parametrize(
    ("needed", "done", "passes"),
    [
        ("minor", "none", False),
        ("minor", "patch", False),
        ("minor", "minor", True),
        ("minor", "major", True),
        ("patch", "none", False),
        ("patch", "patch", True),
        ("none", "none", True),
        ("major", "minor", False),
    ],
)
def test_bump_suffices(needed: str, done: str, passes: bool) -> None:
    """The gate's verdict; tests/release/test_api_diff.py runs it end to end once per case."""
    assert api_diff.bump_suffices(needed, done) is passes


def _repo(tmp_path: Path, versions: list[str]) -> Path:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True)
    for i, version in enumerate(versions):
        (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "x"\nversion = "{version}"\n')
        (tmp_path / "f").write_text(str(i))
        subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True, env=env)
        subprocess.run(["git", "commit", "-qm", str(i)], cwd=tmp_path, check=True, env=env)
    return tmp_path


def test_without_tags_the_release_is_the_commit_that_set_the_previous_version(
    tmp_path: Path,
) -> None:
    repo = _repo(tmp_path, ["0.1.0", "0.1.0", "0.2.0", "0.2.0"])
    first = subprocess.run(
        ["git", "rev-list", "--max-parents=0", "HEAD"], cwd=repo, capture_output=True, text=True
    ).stdout.strip()
    baseline = api_diff.find_baseline(repo, "0.2.0")
    assert baseline is not None
    assert (baseline.rev, baseline.version) == (first, "0.1.0")
    assert "no vX.Y.Z tag" in baseline.how


def test_a_tag_wins(tmp_path: Path) -> None:
    repo = _repo(tmp_path, ["0.1.0", "0.2.0"])
    subprocess.run(["git", "tag", "v0.2.0"], cwd=repo, check=True)
    subprocess.run(["git", "tag", "not-a-release"], cwd=repo, check=True)
    baseline = api_diff.find_baseline(repo, "0.2.0")
    assert baseline is not None
    assert (baseline.rev, baseline.version, baseline.how) == ("v0.2.0", "0.2.0", "tag v0.2.0")


def test_no_previous_release_is_said_clearly(tmp_path: Path) -> None:
    repo = _repo(tmp_path, ["0.1.0"])
    assert api_diff.find_baseline(repo, "0.1.0") is None
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_diff.py"), "--root", str(repo)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0
    assert "no previous release" in proc.stdout
