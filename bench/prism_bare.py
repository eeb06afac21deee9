"""Bare Prism, started exactly as the mock's relay starts it (see mock_bench.py's docstring)."""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

from voice_agents_mock._core.constants import PRISM_READY_MARK
from voice_agents_mock._prism.provision import find_prism, shipped_spec_path
from voice_agents_mock._prism.supervisor import (
    PrismSupervisor,
    free_loopback_port,
    prism_environment,
)
from voice_agents_mock._spec.document import load_spec, write_prism_document

__all__ = ["BarePrism"]


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
