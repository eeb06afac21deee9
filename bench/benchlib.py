"""Shared pieces of the benchmarks: rows of the table, medians, process figures, machine info.

Every figure the benchmarks produce is a :class:`Row`: one line of the printed table and one
entry of the JSON report. A row may carry a target (``<= 1.10``, ``>= 0.80``) and then says
whether this run met it. Targets are reported, never asserted: a missed target does not fail
``make bench``.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = [
    "ROOT",
    "Row",
    "Target",
    "cpu_seconds",
    "format_table",
    "machine_info",
    "median",
    "process_group_rss_kib",
    "rss_kib",
    "spread",
    "utc_now",
]

ROOT = Path(__file__).resolve().parent.parent
"""The repository checkout."""

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Target:
    """A goal for one figure: ``value <op> bound`` (``op`` is ``"<="`` or ``">="``)."""

    op: str
    bound: float
    unit: str = ""

    def met(self, value: float) -> bool:
        """Whether ``value`` meets the target."""
        return value <= self.bound if self.op == "<=" else value >= self.bound

    def __str__(self) -> str:
        return f"{self.op} {_number(self.bound)}{(' ' + self.unit) if self.unit else ''}"


@dataclass
class Row:
    """One figure: a line of the table and an entry of the JSON report.

    Attributes:
        section: The benchmark it belongs to (``client``, ``upload``, ``tenants``, ``mock``, ...).
        name: What was measured, in words.
        value: The figure (a median unless ``detail`` says otherwise); ``None`` if not measured.
        unit: Its unit (``us/call``, ``req/s``, ``x``, ``s``, ``MiB``, ...).
        target: The goal, if the issue sets one.
        detail: Anything else worth keeping (samples, spread, how it was measured).
        note: A short remark printed after the value.
    """

    section: str
    name: str
    value: float | None
    unit: str
    target: Target | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    @property
    def met(self) -> bool | None:
        """Whether the target is met (``None`` without a target or a value)."""
        if self.target is None or self.value is None:
            return None
        return self.target.met(self.value)

    def to_json(self) -> dict[str, Any]:
        """The row as plain JSON data."""
        out = asdict(self)
        out["target"] = None if self.target is None else str(self.target)
        out["met"] = self.met
        return out


def median(values: Iterable[float]) -> float:
    """The median of ``values`` (which must not be empty)."""
    return float(statistics.median(list(values)))


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median, min, max and count of a list of samples (for the JSON details)."""
    return {
        "median": median(values),
        "min": float(min(values)),
        "max": float(max(values)),
        "n": len(values),
    }


def _number(value: float) -> str:
    magnitude = abs(value)
    if magnitude >= 10_000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_table(rows: Sequence[Row]) -> str:
    """The rows as one aligned plain-text table."""
    header = ("section", "figure", "value", "unit", "target", "met", "note")
    lines: list[tuple[str, ...]] = []
    for row in rows:
        verdict = {None: "", True: "yes", False: "NO"}[row.met]
        value = "n/a" if row.value is None else _number(row.value)
        target = str(row.target or "")
        lines.append((row.section, row.name, value, row.unit, target, verdict, row.note))
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    right = {2}  # values align right

    def fmt(cells: tuple[str, ...]) -> str:
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [fmt(header), rule]
    previous = None
    for row, cells in zip(rows, lines, strict=True):
        if previous is not None and row.section != previous:
            out.append("")
        out.append(fmt(cells))
        previous = row.section
    return "\n".join(out)


def rss_kib(pid: int) -> int | None:
    """Resident set size of process ``pid`` in KiB (``VmRSS``), or ``None`` if it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _stat_fields(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # Fields after the command name (which may contain spaces and parentheses).
    return text.rpartition(")")[2].split()


def process_group_rss_kib(pgid: int) -> tuple[int, list[int]]:
    """Total RSS (KiB) of every process in group ``pgid``, and their pids."""
    total = 0
    pids: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(int(entry.name))
        # fields[0] is the state, fields[2] the process group.
        if fields is None or len(fields) < 3 or int(fields[2]) != pgid:
            continue
        rss = rss_kib(int(entry.name))
        if rss is not None:
            total += rss
            pids.append(int(entry.name))
    return total, sorted(pids)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time used so far by process ``pid`` (all its threads)."""
    fields = _stat_fields(pid)
    if fields is None or len(fields) < 13:
        return None
    # utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the name).
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def utc_now() -> str:
    """The current time, ISO 8601 in UTC."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _cpu_model() -> str:
    try:
        for line in (
            Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines()
        ):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git(*args: str) -> str | None:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout.strip() if proc.returncode == 0 else None


def _version(run: Callable[[], str]) -> str | None:
    try:
        return run()
    except Exception:
        return None


def machine_info() -> dict[str, Any]:
    """Where and on what the benchmarks ran (stored in the JSON report)."""
    from importlib.metadata import version

    affinity = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    status = _git("status", "--porcelain")
    return {
        "cpu_count": os.cpu_count(),
        "cpu_affinity": affinity,
        "cpu_model": _cpu_model(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty": None if status is None else bool(status),
        "httpx": _version(lambda: version("httpx")),
        "httptools": _version(lambda: version("httptools")),
        "openapi_python_client": _version(lambda: version("openapi-python-client")),
        "clock": time.get_clock_info("perf_counter").implementation,
    }
