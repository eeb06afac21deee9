"""Pipeline: wall time of ``make generate`` and (optionally, it is slow) ``make test``.

``make generate`` rewrites ``generated/`` and the mock's copy of ``openapi.yaml``; it is
deterministic, so on a clean tree it leaves them unchanged. It only runs for real when neither
those outputs nor its inputs (the spec, the generator config, the script) have local changes
(checked with ``git status`` before, and the outputs again after). With local changes the
generator is timed into a temporary folder instead (``scripts/generate.py --output``), so the
benchmark never touches work in progress.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from typing import Any

from benchlib import ROOT, Row, median, spread

__all__ = ["run"]

GENERATED_PATHS = ("generated", "mock/voice_agents_mock/openapi.yaml")
GENERATOR_INPUTS = ("openapi.yaml", "openapi-python-client.yaml", "scripts/generate.py")


def _git_status(paths: tuple[str, ...]) -> str | None:
    try:
        proc = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all", "--", *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def _make() -> str:
    return os.environ.get("MAKE", "make")


def _timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = dict(os.environ)
    # A nested make must not inherit a parent make's jobserver or `-n`/`-q` flags.
    for name in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL"):
        env.pop(name, None)
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, proc


def _generate(runs: int) -> tuple[Row, dict[str, Any]]:
    before = _git_status(GENERATED_PATHS + GENERATOR_INPUTS)
    if before == "":
        command = [_make(), "--no-print-directory", "generate"]
        label = "make generate"
        note = "tree unchanged after"
        times: list[float] = []
        for _ in range(runs):
            elapsed, proc = _timed(command)
            if proc.returncode != 0:
                raise RuntimeError(f"make generate failed:\n{proc.stdout}{proc.stderr}")
            times.append(elapsed)
        after = _git_status(GENERATED_PATHS)
        if after != "":
            note = "TREE CHANGED: generation is not reproducible; see git status"
        details: dict[str, Any] = {"command": " ".join(command), "git_status_after": after}
    else:
        label = "scripts/generate.py --output <temp dir>"
        note = (
            "not a git checkout, so not `make generate`"
            if before is None
            else "local changes to the spec or generated/, so not `make generate`"
        )
        times = []
        with tempfile.TemporaryDirectory(prefix="voice-agents-bench-gen-") as out:
            command = [sys.executable, "scripts/generate.py", "--output", out]
            for _ in range(runs):
                elapsed, proc = _timed(command)
                if proc.returncode != 0:
                    raise RuntimeError(f"generation failed:\n{proc.stdout}{proc.stderr}")
                times.append(elapsed)
        details = {"command": " ".join(command), "git_status_before": before}
    details["seconds"] = spread(times)
    row = Row(
        "pipeline",
        label,
        median(times),
        "s",
        note=f"median of {runs}; {note}",
        detail=spread(times),
    )
    return row, details


def _test() -> tuple[Row, dict[str, Any]]:
    command = [_make(), "--no-print-directory", "test"]
    elapsed, proc = _timed(command)
    tail = (proc.stdout + proc.stderr).strip().splitlines()[-3:]
    note = "passed" if proc.returncode == 0 else f"FAILED, exit {proc.returncode}"
    row = Row("pipeline", "make test", elapsed, "s", note=f"one run; {note}")
    return row, {"command": " ".join(command), "exit": proc.returncode, "tail": tail}


def run(*, with_test: bool, generate_runs: int = 3) -> tuple[list[Row], dict[str, Any]]:
    """Time ``make generate`` (and ``make test`` when asked)."""
    row, details = _generate(generate_runs)
    rows = [row]
    out: dict[str, Any] = {"generate": details}
    if with_test:
        test_row, test_details = _test()
        rows.append(test_row)
        out["test"] = test_details
    else:
        rows.append(Row("pipeline", "make test", None, "s", note="not run; make bench WITH_TEST=1"))
    return rows, out
