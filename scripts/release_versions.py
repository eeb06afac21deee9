"""Where the last release is, and which version bump a set of changes needs (scripts/api_diff.py).

The last release is

* the newest ``vX.Y.Z`` tag merged into HEAD, else
* the newest commit that set the version in pyproject.toml to something other than the working
  tree's version (without a tag, the working tree's version counts as the one being prepared).

The required bump is the largest one any change needs: breaking -> major, addition -> minor
(before 1.0: breaking -> minor, addition -> patch); documentation-only changes need none.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

TAG_PATTERN = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")
BUMP_ORDER = ("none", "patch", "minor", "major")


class ApiDiffError(Exception):
    """A check could not run (not: found breaking changes)."""


@dataclass(frozen=True)
class Baseline:
    rev: str
    version: str
    how: str


def git_output(root: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=False, timeout=60
    )
    if proc.returncode != 0:
        raise ApiDiffError(f"git {' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout


def parse_version(text: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text.strip())
    if not match:
        raise ApiDiffError(f"version {text!r} is not X.Y.Z")
    return int(match[1]), int(match[2]), int(match[3])


def version_of(pyproject: str) -> str:
    return str(tomllib.loads(pyproject)["project"]["version"])


def find_baseline(root: Path, current: str) -> Baseline | None:
    """The last release, as the module docstring says; None when there is none."""
    tags: list[tuple[tuple[int, int, int], str]] = []
    for tag in git_output(root, "tag", "--merged", "HEAD", "--list", "v*").split():
        if TAG_PATTERN.match(tag):
            tags.append((parse_version(tag[1:]), tag))
    if tags:
        newest, tag = max(tags)
        return Baseline(tag, ".".join(map(str, newest)), f"tag {tag}")
    log = git_output(root, "log", "--format=%H", r"-G^version\s*=", "--", "pyproject.toml")
    for commit in log.split():
        version = version_of(git_output(root, "show", f"{commit}:pyproject.toml"))
        if version != current:
            how = f"commit {commit[:10]}, which set version {version} (no vX.Y.Z tag)"
            return Baseline(commit, version, how)
    return None


def required_bump(severity: str | None, current: tuple[int, int, int]) -> str:
    if severity is None or severity == "patch":
        return "none"
    if current[0] == 0:
        return "minor" if severity == "breaking" else "patch"
    return "major" if severity == "breaking" else "minor"


def actual_bump(base: tuple[int, int, int], current: tuple[int, int, int]) -> str:
    if current < base:
        raise ApiDiffError(f"the version went backwards: {base} -> {current}")
    for level, old, new in zip(("major", "minor", "patch"), base, current, strict=True):
        if new != old:
            return level
    return "none"


def bump_suffices(needed: str, done: str) -> bool:
    """Whether the version change made (``done``) is at least the one the changes need."""
    return BUMP_ORDER.index(done) >= BUMP_ORDER.index(needed)
