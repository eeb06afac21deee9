"""Rate every change since the last release and fail when the version bump is too small.

usage: python scripts/api_diff.py [--against REV] [--root DIR] [--all] [--json FILE]

The working tree of DIR (default: this repository) is compared with the last release (found as
scripts/release_versions.py says) or with REV given by ``--against``.

Three checks, run side by side:

1. ``redocly diff`` of openapi.yaml (rules from ``diff-recommended`` in redocly.yaml). Adding a
   value to an *open* enum (``anyOf: [<enum>, {type: string}]``) is rated an addition here:
   Redocly rates every new enum value in a response as major, which is only true of a closed one.
2. griffe on ``voice_agents``, ``voice_agents_client`` and ``voice_agents_mock``: breakages, and
   new public objects as additions.
3. ``mypy --strict`` of the previous release's usage files against the working tree: the
   client usage written by scripts/api_usage.py from the release's tree, and the release's own
   ``tests/api_usage/*.py``. Every error is a breaking change griffe cannot see.

The required bump is the largest one any change needs (scripts/release_versions.py).
Exit status: 0 when the version change covers it, 1 when it does not, 2 when a check could not
run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, TypeVar

import griffe
from api_usage import UsageFile
from api_usage import build as build_usage
from api_usage import load as load_client
from nodetools import ROOT, node_env, tool_command
from release_versions import (
    ApiDiffError,
    Baseline,
    actual_bump,
    bump_suffices,
    find_baseline,
    git_output,
    parse_version,
    required_bump,
    version_of,
)
from spec_pointers import is_open_enum_member, where

T = TypeVar("T")
PACKAGES = {
    "voice_agents_client": "generated",
    "voice_agents": "overrides",
    "voice_agents_mock": "mock",
}
USAGE_DIR = "tests/api_usage"
BASELINE_PATHS = ("pyproject.toml", "openapi.yaml", *PACKAGES.values(), USAGE_DIR)
SEVERITY_ORDER = ("patch", "addition", "breaking")
GROUP_ADDITIONS_OVER = 3  # more new siblings than this: one row for all
REDOCLY_SEVERITY = {"major": "breaking", "minor": "addition", "patch": "patch"}


@dataclass(frozen=True)
class Change:
    """One row of the report."""

    change: str
    where: str
    severity: str  # one of SEVERITY_ORDER
    check: str  # redocly | griffe | mypy


def extract(root: Path, rev: str, into: Path) -> None:
    """Write the files of ``rev`` that the checks read into ``into``."""
    present = [
        p for p in BASELINE_PATHS if git_output(root, "ls-tree", "--name-only", rev, p).strip()
    ]
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, *present],
        cwd=root,
        capture_output=True,
        check=False,
        timeout=120,
    )
    if archive.returncode != 0:
        raise ApiDiffError(f"git archive {rev}: {archive.stderr.decode(errors='replace')}")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")


# ------------------------------------------------------------------------------------- redocly


def redocly_changes(base_spec: Path, spec: Path) -> list[Change]:
    import yaml

    cmd = [
        *tool_command("@redocly/cli", "redocly"),
        "diff",
        str(base_spec),
        str(spec),
        "--config",
        str(ROOT / "redocly.yaml"),
        "--format",
        "json",
        "--fail-on",
        "none",
    ]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=node_env(), cwd=ROOT, check=False, timeout=300
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise ApiDiffError(f"redocly diff (exit {proc.returncode}): {proc.stderr[-2000:]}") from exc
    if "No diff rules are on" in proc.stderr:
        raise ApiDiffError("redocly diff has no rules: add diff-recommended to redocly.yaml")
    # libyaml's safe loader where PyYAML has it: the same objects as safe_load, ten times faster.
    revision = yaml.load(spec.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    changes = []
    for item in report.get("changes", []):
        verdicts = item.get("verdicts") or [{}]
        for verdict in verdicts:
            severity = REDOCLY_SEVERITY[verdict.get("impact", item["impact"])]
            rule = verdict.get("ruleId")
            text = verdict.get("message") or f"{item['kind']} {item.get('typeName', '')}".strip()
            if rule == "enum-values-added" and is_open_enum_member(revision, item["path"]):
                severity = "addition"
                text += " (open enum: unknown values are accepted)"
            if rule:
                text += f" [{rule}]"
            changes.append(Change(text, where(item["path"]), severity, "redocly"))
    return changes


# -------------------------------------------------------------------------------------- griffe


def _public_objects(obj: griffe.Object, prefix: str = "") -> Iterator[str]:
    for name, member in obj.members.items():
        if name.startswith("_") or member.is_alias:
            continue
        path = f"{prefix}{name}"
        yield path
        if isinstance(member, griffe.Module | griffe.Class):
            yield from _public_objects(member, f"{path}.")


def _load(package: str, folder: Path) -> griffe.Module | None:
    if not (folder / package).exists():
        return None
    loaded = griffe.load(package, search_paths=[folder], try_relative_path=False)
    assert isinstance(loaded, griffe.Module)
    return loaded


def _sources(package_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(package_dir)): p.read_bytes()
        for p in package_dir.rglob("*.py")
        if "__pycache__" not in p.parts
    }


def _same_sources(old: Path, new: Path) -> bool:
    return old.is_dir() and new.is_dir() and _sources(old) == _sources(new)


def griffe_changes(
    base_tree: Path, tree: Path, loaded: dict[str, griffe.Module | None]
) -> list[Change]:
    """Breakages and new public objects; ``loaded`` holds baseline packages already read."""
    changes = []
    for package, folder in PACKAGES.items():
        if _same_sources(base_tree / folder / package, tree / folder / package):
            continue  # byte-identical sources cannot differ in their API
        old = loaded[package] if package in loaded else _load(package, base_tree / folder)
        new = _load(package, tree / folder)
        if new is None:
            if old is not None:
                changes.append(Change("package removed", package, "breaking", "griffe"))
            continue
        if old is None:
            changes.append(Change("package added", package, "addition", "griffe"))
            continue
        for breakage in griffe.find_breaking_changes(old, new):
            detail = breakage.kind.value
            if breakage.old_value is not None or breakage.new_value is not None:
                detail += f": {breakage._format_old_value()} -> {breakage._format_new_value()}"
            changes.append(Change(detail, breakage.obj.path, "breaking", "griffe"))
        before = set(_public_objects(old))
        added = set(_public_objects(new)) - before
        # One row per new object whose parent existed; many new siblings share one row.
        by_parent: dict[str, list[str]] = {}
        for path in sorted(added):
            parent, _, name = path.rpartition(".")
            if parent not in added:
                by_parent.setdefault(parent, []).append(name)
        for parent, names in by_parent.items():
            where = f"{package}.{parent}" if parent else package
            if len(names) <= GROUP_ADDITIONS_OVER:
                rows = [("public object added", f"{where}.{n}") for n in names]
            else:
                shown = ", ".join(names[:3])
                rows = [(f"{len(names)} public objects added ({shown}, ...)", where)]
            changes.extend(Change(text, at, "addition", "griffe") for text, at in rows)
    return changes


# ---------------------------------------------------------------------------------------- mypy


def start_mypy(
    base_client: griffe.Module, base_tree: Path, tree: Path, scratch: Path
) -> Callable[[], tuple[list[Change], list[str]]]:
    """Start type-checking the baseline's usage files against ``tree``; return the collector.

    The collector waits for mypy and returns its errors as rows, and notes on which files ran.
    """
    usage = build_usage(base_client)
    files: dict[Path, UsageFile | None] = {}
    client_usage = scratch / "usage_of_voice_agents_client.py"
    client_usage.write_text(usage.source)
    files[client_usage] = usage
    notes = [f"client usage written from the baseline tree ({len(usage.objects)} objects)"]
    own = sorted((base_tree / USAGE_DIR).glob("*.py"))
    for path in own:
        copy = scratch / f"release_{path.name}"
        copy.write_text(path.read_text())
        files[copy] = None
    notes.append(
        f"{USAGE_DIR}: {', '.join(p.name for p in own)}"
        if own
        else f"{USAGE_DIR}: not in the baseline, so only the generated client usage is checked"
    )
    env = dict(os.environ)
    env["MYPYPATH"] = os.pathsep.join(str(tree / folder) for folder in PACKAGES.values())
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-error-summary",
        "--show-error-codes",
        "--no-pretty",
        "--cache-dir",
        str(tree / ".mypy_cache"),
        *map(str, files),
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tree, env=env
    )

    def collect() -> tuple[list[Change], list[str]]:
        stdout, stderr = proc.communicate(timeout=600)
        if proc.returncode not in (0, 1):
            raise ApiDiffError(f"mypy (exit {proc.returncode}): {stdout[-2000:]}{stderr}")
        changes = []
        pattern = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<msg>.*)$")
        by_name = {p.name: u for p, u in files.items()}
        for line in stdout.splitlines():
            match = pattern.match(line)
            if not match:
                continue
            name, lineno = Path(match["file"]).name, int(match["line"])
            owner = by_name.get(name)
            where = (
                owner.object_at(lineno)
                if owner
                else f"{USAGE_DIR}/{name.removeprefix('release_')}:{lineno}"
            )
            changes.append(Change(match["msg"], where, "breaking", "mypy"))
        return changes, notes

    return collect


# -------------------------------------------------------------------------------------- report


def _table(rows: list[Change]) -> str:
    header = ("change", "where", "severity", "check")
    data = [(r.change, r.where, r.severity, r.check) for r in rows]
    widths = [min(max(len(h), *(len(d[i]) for d in data)), 90) for i, h in enumerate(header)]

    def fmt(cells: tuple[str, ...]) -> str:
        padded = (c.ljust(w) for c, w in zip(cells, widths, strict=True))
        return "  ".join(padded)

    return "\n".join(
        [fmt(header), fmt(tuple("-" * w for w in widths)), *(fmt(d).rstrip() for d in data)]
    )


def _summarise_patches(changes: list[Change], show_all: bool) -> list[Change]:
    rows = [c for c in changes if c.severity != "patch" or show_all]
    if not show_all:
        counts: dict[str, int] = {}
        for c in changes:
            if c.severity == "patch":
                counts[c.check] = counts.get(c.check, 0) + 1
        for check, count in counts.items():
            text = f"{count} documentation/example changes (--all lists them)"
            rows.append(Change(text, "-", "patch", check))
    order = {s: i for i, s in enumerate(reversed(SEVERITY_ORDER))}
    return sorted(rows, key=lambda c: (order[c.severity], c.check, c.where, c.change))


def _timed(timings: dict[str, float], name: str, fn: Callable[..., T], *args: Any) -> T:
    started = time.perf_counter()
    try:
        return fn(*args)
    finally:
        timings[name] = time.perf_counter() - started


def run(root: Path, against: str | None, show_all: bool, json_out: Path | None) -> int:
    started = time.perf_counter()
    current = version_of((root / "pyproject.toml").read_text())
    baseline = (
        Baseline(against, "", f"--against {against}") if against else find_baseline(root, current)
    )
    if baseline is None:
        print(
            f"api-diff: no previous release (no vX.Y.Z tag and no commit that set a version other "
            f"than {current}): nothing to compare, version {current} is the first release."
        )
        return 0
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        base_tree, scratch = Path(tmp) / "base", Path(tmp) / "scratch"
        base_tree.mkdir()
        scratch.mkdir()
        extract(root, baseline.rev, base_tree)
        base_version = baseline.version or version_of((base_tree / "pyproject.toml").read_text())
        # Redocly and mypy run as subprocesses while griffe reads the trees in this process.
        timings: dict[str, float] = {}
        with ThreadPoolExecutor(max_workers=1) as pool:
            spec_future: Future[list[Change]] | None = None
            base_spec = base_tree / "openapi.yaml"
            if (
                base_spec.exists()
                and base_spec.read_bytes() != (root / "openapi.yaml").read_bytes()
            ):
                spec_future = pool.submit(
                    _timed,
                    timings,
                    "redocly",
                    redocly_changes,
                    base_tree / "openapi.yaml",
                    root / "openapi.yaml",
                )
            mypy_started = time.perf_counter()
            base_client = load_client(base_tree)
            collect_mypy = start_mypy(base_client, base_tree, root, scratch)
            changes = _timed(
                timings,
                "griffe",
                griffe_changes,
                base_tree,
                root,
                {"voice_agents_client": base_client},
            )
            mypy_rows, notes = collect_mypy()
            timings["mypy"] = time.perf_counter() - mypy_started
            if spec_future is not None:
                changes += spec_future.result()
            changes += mypy_rows
    worst = max((c.severity for c in changes), key=SEVERITY_ORDER.index, default=None)
    current_v, base_v = parse_version(current), parse_version(base_version)
    needed, done = required_bump(worst, current_v), actual_bump(base_v, current_v)
    ok = bump_suffices(needed, done)
    counts = {s: sum(c.severity == s for c in changes) for s in reversed(SEVERITY_ORDER)}
    print(f"api-diff: working tree {current} against {baseline.how}, version {base_version}")
    for note in notes:
        print(f"  mypy: {note}")
    print()
    if changes:
        print(_table(_summarise_patches(changes, show_all)))
        print()
    print(
        f"{counts['breaking']} breaking, {counts['addition']} additions, {counts['patch']} "
        f"documentation-only; required bump: {needed}; version change {base_version} -> "
        f"{current}: {done}"
    )
    elapsed = time.perf_counter() - started
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(
            json.dumps(
                {
                    "baseline": asdict(baseline) | {"version": base_version},
                    "version": current,
                    "required_bump": needed,
                    "version_change": done,
                    "passed": ok,
                    "seconds": round(elapsed, 2),
                    "check_seconds": {k: round(v, 2) for k, v in timings.items()},
                    "changes": [asdict(c) for c in changes],
                },
                indent=2,
            )
            + "\n"
        )
    took = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in sorted(timings.items()))
    print(f"time: {elapsed:.1f} s ({took}; the three checks overlap)")
    if ok:
        print("api-diff: OK")
        return 0
    print(
        f"api-diff: FAILED: these changes need a {needed} version bump over {base_version}; "
        "bump version in pyproject.toml and add a CHANGELOG.md entry"
    )
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="git revision to compare with (default: last release)")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository to examine")
    parser.add_argument("--all", action="store_true", help="list documentation-only changes too")
    parser.add_argument("--json", type=Path, help="also write the report as JSON")
    args = parser.parse_args()
    try:
        return run(args.root.resolve(), args.against, args.all, args.json)
    except ApiDiffError as exc:
        print(f"api-diff: could not run: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
