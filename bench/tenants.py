"""Many tenants in one process: log-record and client-creation cost after 10 000 clients.

A platform holds one ``VoiceAgentsClient`` per workspace. Two fresh worker processes are
compared, one that created a single client and one that created 10 000 (each with its own
keys), alternating so that drift on a shared machine hits both alike:

* log record: one ``httpcore.http11`` DEBUG record carrying response headers (what httpcore
  logs for every response), created while a client's request is active so the redacting filter
  runs, through a handler that formats it;
* client creation: creating 200 more clients after the first N.

Each ratio is the 10 000-client figure over the one-client figure (goal: at most 1.5x).
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchlib import ROOT, Row, Target, median, spread

__all__ = ["run"]

TENANTS = 10_000
RATIO_TARGET = Target("<=", 1.5, "x")
RECORDS = 20_000
CREATIONS = 200


class _FormatOnly(logging.Handler):
    """Formats each record (what any real handler does) and writes it nowhere."""

    def emit(self, record: logging.LogRecord) -> None:
        self.format(record)


def _client(index: int) -> Any:
    from voice_agents import VoiceAgentsClient

    return VoiceAgentsClient(
        public_key=f"pk_{index % 16**32:032x}",
        private_key=f"sk_{index % 16**64:064x}",
        workspace=f"{index % 16**24:024x}",
    )


def _worker(count: int) -> dict[str, float]:
    """Run in a fresh process: create ``count`` clients, then time a record and a creation."""
    # Warm up creation (imports, the filter's installation, caches), then drop those clients.
    warm = [_client(-1 - i) for i in range(50)]
    del warm
    clients = [_client(i) for i in range(count)]
    logger = logging.getLogger("httpcore.http11")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    handler = _FormatOnly()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    active = clients[-1]
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", b"60"),
        (b"x-request-id", b"6690a1b2c3d4e5f600000001"),
    ]
    with active._redactor.active():
        for _ in range(1000):  # warm up
            logger.debug("receive_response_headers.complete return_value=%r", (200, headers))
        started = time.perf_counter()
        for _ in range(RECORDS):
            logger.debug("receive_response_headers.complete return_value=%r", (200, headers))
        record_us = (time.perf_counter() - started) / RECORDS * 1e6
    started = time.perf_counter()
    more = [_client(count + i) for i in range(CREATIONS)]
    create_us = (time.perf_counter() - started) / CREATIONS * 1e6
    del more
    return {"record_us": record_us, "create_us": create_us}


def _spawn(count: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(count)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def run(*, rounds: int = 5) -> tuple[list[Row], dict[str, Any]]:
    """Alternate one-client and 10 000-client workers; return the rows and raw samples."""
    samples: dict[int, list[dict[str, float]]] = {1: [], TENANTS: []}
    for number in range(rounds):
        order = [1, TENANTS] if number % 2 == 0 else [TENANTS, 1]
        for count in order:
            samples[count].append(_spawn(count))
    rows: list[Row] = []
    details: dict[str, Any] = {"rounds": rounds, "samples": samples}
    for key, what in (("record_us", "one log record"), ("create_us", "creating one client")):
        one = [s[key] for s in samples[1]]
        many = [s[key] for s in samples[TENANTS]]
        ratios = [m / o for m, o in zip(many, one, strict=True)]
        rows.append(
            Row(
                "tenants", f"{what}: 1 client in the process", median(one), "us", detail=spread(one)
            )
        )
        rows.append(
            Row(
                "tenants",
                f"{what}: after {TENANTS:,} clients",
                median(many),
                "us",
                detail=spread(many),
            )
        )
        rows.append(
            Row(
                "tenants",
                f"{what}: {TENANTS:,} clients / 1",
                median(ratios),
                "x",
                target=RATIO_TARGET,
                detail=spread(ratios),
            )
        )
    return rows, details


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        print(json.dumps(_worker(int(sys.argv[2]))))
    else:
        for row in run(rounds=2)[0]:
            print(row.name, round(row.value or 0, 2), row.unit, row.met)
