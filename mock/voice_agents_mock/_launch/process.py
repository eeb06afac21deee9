"""Processes a ``MockServer`` started: whether they run, waiting for them, stopping at exit.

Internal module. Nothing here signals a process it cannot tie to this package: Prism is killed
only while its command line still names ``_prism_runner.cjs``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path
from typing import Protocol

from .._core.constants import READY_MARK
from .._core.forms import command_line
from .._core.options import MockOptions
from .._prism.provision import check_python_dependencies, find_prism, prism_from_path

__all__ = [
    "READY_LINE",
    "EarlyExitError",
    "child_command",
    "end_group",
    "end_prism",
    "forget_at_exit",
    "is_prism_runner",
    "probe",
    "running",
    "spawn",
    "stop_at_exit",
    "wait_gone",
    "wait_ready",
]

READY_LINE = re.compile(re.escape(READY_MARK) + r"(\S+) \(Prism (\S+), pid (\d+)")
"""The serving process's ready line: its URL, Prism's version and Prism's pid."""


def running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"


def wait_gone(pid: int, timeout: float) -> bool:
    """Wait until process ``pid`` (not necessarily our child) has exited."""
    pidfd_open = getattr(os, "pidfd_open", None)
    if pidfd_open is not None:
        try:
            fd = pidfd_open(pid)
        except ProcessLookupError:
            return True
        except OSError:
            pass
        else:
            try:
                select.select([fd], [], [], timeout)  # readable once the process exits
            finally:
                os.close(fd)
            return not running(pid)
    deadline = time.monotonic() + timeout
    while running(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def is_prism_runner(pid: int) -> bool:
    """Whether ``pid`` is (still) a Prism this package started (checked on Linux only)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return not Path("/proc/self").exists() and running(pid)
    except OSError:
        return False
    return b"_prism_runner.cjs" in cmdline


class EarlyExitError(Exception):
    """The serving process ended before its ready line; ``status`` is its exit status."""

    def __init__(self, status: int) -> None:
        super().__init__(f"exited with status {status}")
        self.status = status


def child_command(options: MockOptions, log_dir: Path) -> list[str]:
    """The serving child's command line: ``options``, with what only the parent knows (the
    Prism it found, where the logs go, stop at the end of stdin)."""
    check_python_dependencies()
    install = (
        prism_from_path(str(options.prism))
        if options.prism is not None
        else find_prism(install=options.auto_install, stream=sys.stderr)
    )
    child = dataclasses.replace(
        options,
        prism=install.entry,
        prism_log=log_dir / "prism.log",
        watch_stdin=True,
        workdir=log_dir / "work",
    )
    return [sys.executable, "-m", "voice_agents_mock", *command_line(child)]


def spawn(command: list[str], log_path: Path) -> subprocess.Popen[bytes]:
    """Start the serving process in a session of its own, its output into ``log_path``."""
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    # The child imports this very package, wherever it was imported from.
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    with open(log_path, "wb") as log_file:
        return subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=env,
        )


def wait_ready(proc: subprocess.Popen[bytes], log_path: Path, timeout: float) -> re.Match[str]:
    """The ready line once ``proc`` printed it.

    Raises:
        EarlyExitError: the process ended first.
        TimeoutError: no ready line within ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            text = log_path.read_bytes().decode("utf-8", "replace")
        except OSError:
            text = ""
        found = READY_LINE.search(text)
        if found:
            return found
        status = proc.poll()
        if status is not None:
            raise EarlyExitError(status)
        if time.monotonic() > deadline:
            raise TimeoutError
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.005)


def probe(url: str, path: str) -> int:
    """The status of ``GET url+path`` (raises ``OSError`` when it cannot be had)."""
    # The standard library's client: an httpx client would build a TLS context first, which
    # costs more than the request itself. Imported here: the serving child never needs it.
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(url)
    connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=5.0)
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    except http.client.HTTPException as exc:
        raise OSError(f"{exc!r}") from exc
    finally:
        connection.close()


def end_group(proc: subprocess.Popen[bytes]) -> int:
    """Stop the serving process's group (end of stdin, then SIGTERM, then SIGKILL); its status."""
    if proc.stdin is not None:
        with contextlib.suppress(OSError):
            proc.stdin.close()  # the child stops on end-of-file...
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)  # ...or on SIGTERM
        try:
            proc.wait(timeout=8.0)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode


def end_prism(pid: int) -> None:
    """Make sure the Prism of a stopped mock is gone (it ends by itself once its stdin, a pipe
    from the serving process, closes); killed only while it is still ours."""
    if running(pid) and is_prism_runner(pid) and not wait_gone(pid, 3.0) and is_prism_runner(pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        wait_gone(pid, 2.0)


class _Stoppable(Protocol):
    def stop(self) -> None: ...


_LIVE: weakref.WeakSet[_Stoppable] = weakref.WeakSet()
_ATEXIT_LOCK = threading.Lock()
_ATEXIT_REGISTERED = False


def _stop_all() -> None:
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.stop()


def stop_at_exit(server: _Stoppable) -> None:
    """Stop ``server`` when the interpreter exits, if it still runs then (one ``atexit`` hook
    for all; a server that is garbage-collected first is forgotten)."""
    global _ATEXIT_REGISTERED
    with _ATEXIT_LOCK:
        if not _ATEXIT_REGISTERED:
            import atexit

            atexit.register(_stop_all)
            _ATEXIT_REGISTERED = True
    _LIVE.add(server)


def forget_at_exit(server: _Stoppable) -> None:
    """``server`` was stopped: nothing to do for it at exit."""
    _LIVE.discard(server)
