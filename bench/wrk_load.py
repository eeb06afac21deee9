"""Load with wrk (a native generator), or an httpx loop labelled as such when wrk is missing."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass

import httpx
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE

__all__ = ["ENDPOINT", "FRESH_BYTES_SCRIPT", "HEADERS", "WrkResult", "check", "load", "wrk"]

ENDPOINT = "/v1/admin/voice-gallery"
HEADERS = {
    "x-public-key": TEST_PUBLIC_KEY,
    "x-private-key": TEST_PRIVATE_KEY,
    "workspace": TEST_WORKSPACE,
}


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


def httpx_load(
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


def load(
    url: str, connections: int, seconds: float, endpoint: str = ENDPOINT, *, fresh: bool = False
) -> WrkResult:
    if shutil.which("wrk"):
        return wrk(url, connections, seconds, endpoint, fresh=fresh)
    return httpx_load(url, connections, seconds, endpoint, fresh=fresh)


def check(url: str) -> None:
    with httpx.Client(base_url=url, headers=HEADERS, trust_env=False, timeout=30) as client:
        response = client.get(ENDPOINT)
        response.raise_for_status()
        slugs = [voice["slug"] for voice in response.json()["data"]]
        assert slugs == ["priya"], f"{url}{ENDPOINT} did not serve the spec's example: {slugs}"
