"""Processes a ``MockServer`` started: whether they run, waiting for them, stopping at exit.

Internal module. Nothing here signals a process it cannot tie to this package: Prism is killed
only while its command line still names ``_prism_runner.cjs``.
"""

from __future__ import annotations

import os
import re
import select
import time
from pathlib import Path

from .._core.constants import READY_MARK

__all__ = ["READY_LINE", "is_prism_runner", "running", "wait_gone"]

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
