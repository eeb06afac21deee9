"""Prism behind the front: start it on a free loopback port, restart it if it dies, stop it.

Internal module. Prism runs in its own session under ``_prism_runner.cjs``, which ends it when
this process's pipe to its stdin closes, so it cannot outlive the front. Ready means the runner
printed its ``listening on`` line (Prism has no health endpoint).

Prism's own start (Node loading Prism, Prism reading the spec) is most of the mock's start-up, so
:meth:`PrismSupervisor.launch` spawns it before the event loop and the rest of the front exist;
:meth:`PrismSupervisor.start` then waits for it. Node keeps a compile cache of Prism's modules in
the per-user cache (``NODE_COMPILE_CACHE``), which saves it compiling them on every start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from .._core.constants import PRISM_READY_MARK
from .provision import PrismInstall, cache_root, node_executable, runner_script

__all__ = ["BackendError", "PrismSupervisor", "free_loopback_port", "prism_environment"]

log = logging.getLogger("voice_agents_mock")


class BackendError(Exception):
    """Prism could not be started (the message carries the end of its log)."""


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def prism_environment() -> dict[str, str]:
    """The environment Prism runs in: this process's, without colours or update checks."""
    env = dict(os.environ)
    env.update({"NO_COLOR": "1", "FORCE_COLOR": "0", "NO_UPDATE_NOTIFIER": "1"})
    env.setdefault("NODE_COMPILE_CACHE", str(cache_root() / "node-compile-cache"))
    return env


class _Child:
    """A spawned Prism: ``subprocess.Popen`` (it can start before any event loop) made awaitable.

    One thread waits for the process once it is first awaited, so an exit is noticed at once.
    """

    def __init__(self, popen: subprocess.Popen[bytes], port: int, log_offset: int) -> None:
        self.popen = popen
        self.port = port
        self.log_offset = log_offset
        self._exited: asyncio.Future[int] | None = None

    @property
    def pid(self) -> int:
        return self.popen.pid

    @property
    def returncode(self) -> int | None:
        return self.popen.poll()

    def close_stdin(self) -> None:
        if self.popen.stdin is not None:
            with contextlib.suppress(OSError):
                self.popen.stdin.close()

    async def wait(self) -> int:
        """The exit status, once the process has exited."""
        if self._exited is None:
            loop = asyncio.get_running_loop()
            exited: asyncio.Future[int] = loop.create_future()
            self._exited = exited

            def reap() -> None:
                status = self.popen.wait()
                with contextlib.suppress(RuntimeError):  # the loop is already closed
                    loop.call_soon_threadsafe(_settle, exited, status)

            threading.Thread(target=reap, name=f"prism-{self.pid}-wait", daemon=True).start()
        return await asyncio.shield(self._exited)


def _settle(future: asyncio.Future[int], status: int) -> None:
    if not future.done():
        future.set_result(status)


def _tail(path: Path, lines: int = 25, start: int = 0) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(start)
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


class PrismSupervisor:
    """Starts Prism, waits for its ready line, restarts it if it dies, stops it."""

    def __init__(
        self,
        install: PrismInstall,
        spec_file: Path,
        log_path: Path,
        *,
        dynamic: bool,
        seed: str | None,
        start_timeout: float,
        proxy_to: str | None = None,
        errors: bool = False,
    ) -> None:
        self.install = install
        self.proxy_to = proxy_to
        """Run ``prism proxy`` forwarding here instead of ``prism mock`` (proxy mode)."""
        self.errors = errors
        """Prism's ``--errors``: invalid requests are answered by Prism, never forwarded."""
        self.spec_file = spec_file
        self.log_path = log_path
        self.dynamic = dynamic
        self.seed = seed
        self.start_timeout = start_timeout
        self.ready = asyncio.Event()
        self.port = 0
        self.proc: _Child | None = None
        self._launched: _Child | None = None
        self.stopping = False
        self.failed: str | None = None
        self.generation = 0  # how many times Prism has become ready
        self._restarts: deque[float] = deque()

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def _command(self, port: int) -> list[str]:
        command = [
            str(node_executable()),
            str(runner_script()),
            str(self.install.entry),
            "mock" if self.proxy_to is None else "proxy",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-cors",
        ]
        if self.dynamic:
            command.append("--dynamic")
        if self.seed is not None:
            command += ["--seed", self.seed]
        if self.proxy_to is not None:
            # Silent: Prism would log every request's headers and body; the proxy's journal
            # and report say what is needed, with keys masked.
            command += ["--verboseLevel", "silent"]
            if self.errors:
                command.append("--errors")
            command += [str(self.spec_file), self.proxy_to]
            return command
        command.append(str(self.spec_file))
        return command

    def _spawn(self) -> _Child:
        port = free_loopback_port()
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log_file:
            popen = subprocess.Popen(
                self._command(port),
                stdin=subprocess.PIPE,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env=prism_environment(),
            )
        return _Child(popen, port, offset)

    def launch(self) -> None:
        """Spawn Prism now, without waiting for it (no event loop needed); :meth:`start` waits."""
        if self._launched is None and self.proc is None:
            self._launched = self._spawn()

    async def start(self) -> None:
        """Start Prism on a free loopback port (or take the launched one); return once it listens.

        Raises:
            BackendError: Prism exited or did not become ready in time.
        """
        for _attempt in range(3):
            proc, self._launched = self._launched or self._spawn(), None
            outcome = await self._await_ready(proc, proc.log_offset)
            if outcome == "ready":
                self.proc, self.port = proc, proc.port
                self.generation += 1
                self.ready.set()
                return
            if outcome != "port-taken":
                raise BackendError(outcome)
        raise BackendError("Prism could not bind a loopback port three times in a row")

    async def _await_ready(self, proc: _Child, offset: int) -> str:
        deadline = time.monotonic() + self.start_timeout
        while True:
            try:
                with open(self.log_path, "rb") as handle:
                    handle.seek(offset)
                    text = handle.read()
            except OSError:
                text = b""
            if PRISM_READY_MARK in text:
                return "ready"
            if proc.returncode is not None:
                if b"EADDRINUSE" in text:
                    return "port-taken"
                return (
                    f"Prism exited with status {proc.returncode} before it was ready. "
                    f"Last lines of its log ({self.log_path}):\n{_tail(self.log_path, 25, offset)}"
                )
            if time.monotonic() > deadline:
                await self._terminate(proc)
                return (
                    f"Prism was not ready within {self.start_timeout:g} s. Last lines of its log "
                    f"({self.log_path}):\n{_tail(self.log_path, 25, offset)}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 0.005)

    async def supervise(self, on_fatal: Callable[[], None]) -> None:
        """Restart Prism whenever it exits, until :meth:`stop` (at most 5 times a minute)."""
        while not self._stopped() and self.proc is not None:
            status = await self.proc.wait()
            if self._stopped():
                return
            self.ready.clear()
            log.error(
                "Prism (pid %s) exited with status %s; restarting it. Last lines of its log:\n%s",
                self.proc.pid,
                status,
                _tail(self.log_path, 15),
            )
            now = time.monotonic()
            self._restarts.append(now)
            while self._restarts and now - self._restarts[0] > 60:
                self._restarts.popleft()
            if len(self._restarts) > 5:
                self.failed = "Prism exited more than 5 times within a minute; giving up"
            else:
                try:
                    await self.start()
                    log.warning("Prism restarted (pid %s)", self.pid)
                    continue
                except BackendError as exc:
                    self.failed = str(exc)
            log.error("%s", self.failed)
            on_fatal()
            return

    async def died(self, generation: int, grace: float) -> bool:
        """Whether the Prism of ``generation`` has exited (waiting up to ``grace`` seconds)."""
        proc = self.proc
        if self.generation != generation or proc is None or proc.returncode is not None:
            return True
        try:
            await asyncio.wait_for(asyncio.shield(proc.wait()), grace)
        except TimeoutError:
            return False
        return True

    async def wait_for_restart(self, generation: int, timeout: float) -> bool:
        """Wait until a Prism newer than ``generation`` is ready (False on timeout/failure)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self.failed and not self.stopping:
            if self.generation > generation and self.ready.is_set():
                return True
            await asyncio.sleep(0.02)
        return False

    def _stopped(self) -> bool:
        return self.stopping

    @staticmethod
    async def _terminate(proc: _Child) -> None:
        if proc.returncode is None:
            proc.close_stdin()  # the runner exits on end-of-file
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 2.0)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if proc.returncode is not None:
                break
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, sig)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 2.0)

    def kill(self) -> None:
        """Make sure no Prism of this supervisor is left (after :meth:`stop`, or instead of it)."""
        self.stopping = True
        for proc in (self.proc, self._launched):
            if proc is None or proc.returncode is not None:
                continue
            proc.close_stdin()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.popen.wait(timeout=2.0)
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.popen.wait(timeout=2.0)
        self._launched = None

    async def stop(self) -> None:
        """Stop Prism (its whole process group)."""
        self.stopping = True
        self.ready.clear()
        for proc in (self.proc, self._launched):
            if proc is not None:
                await self._terminate(proc)
        self._launched = None
