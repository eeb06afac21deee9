"""The dashboard left open: the mock's throughput with ``/__mock/`` streaming, and its memory.

One mock, one headless Chromium (Debian's, driven by Selenium as in ``tests/browser``). Each
round loads ``GET /v1/admin/voice-gallery`` with wrk at 8 connections twice: once with the
browser on ``about:blank`` and once with the dashboard's Requests tab open (it follows the
journal, so every second it fetches and renders what wrk just sent); which goes first
alternates per round. Chromium runs in both, so the ratio is the cost of the open page, not of
a browser process. The figure is the median of the per-round ratios (target >= 0.95x); seven
rounds, because the open page costs Chromium a few percent of one core (measured: about 0.05 s
of CPU per second of load), less than this shared machine's noise between two runs.

Memory: the front's RSS after the loads with the page open, against a journal kept at its
default size; what the page costs the mock per viewer is nothing but its polls (no buffer per
subscriber), so memory stays bounded by the journal.
"""

from __future__ import annotations

import shutil
import time
from typing import Any

from benchlib import Row, Target, median, rss_kib, spread
from voice_agents_mock import MockServer
from wrk_load import check, load

__all__ = ["run"]

CONNECTIONS = 8
TARGET = Target(">=", 0.95, "x")
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def _open(driver: Any, url: str) -> None:
    driver.get("about:blank")
    driver.get(f"{url}/__mock/#requests")
    deadline = time.monotonic() + 10
    while "live" not in driver.find_element("id", "status").text:
        if time.monotonic() > deadline:
            raise RuntimeError("the dashboard never polled")
        time.sleep(0.05)


def run(*, rounds: int = 3, seconds: float = 3.0) -> tuple[list[Row], dict[str, Any]]:
    """The rows of the dashboard's cost, and the runs they come from."""
    if shutil.which(CHROMIUM) is None or shutil.which(CHROMEDRIVER) is None:
        note = "not measured: chromium and chromium-driver are not installed"
        return [
            Row("dashboard", "8 connections: dashboard open / closed", None, "x", note=note)
        ], {}
    ratios: list[float] = []
    runs: dict[str, list[float]] = {"closed": [], "open": []}
    rows_seen: list[int] = []
    with MockServer() as mock:
        check(mock.url)
        driver = _browser()
        try:
            for round_ in range(rounds):
                figures: dict[str, float] = {}
                for mode in ("open", "closed") if round_ % 2 else ("closed", "open"):
                    if mode == "open":
                        _open(driver, mock.url)
                    else:
                        driver.get("about:blank")
                    result = load(mock.url, CONNECTIONS, seconds)
                    figures[mode] = result.req_s
                    runs[mode].append(result.req_s)
                    if mode == "open":
                        rows_seen.append(
                            len(driver.find_elements("css selector", "#requests tbody tr"))
                        )
                ratios.append(figures["open"] / figures["closed"])
        finally:
            driver.quit()
        assert mock.pid is not None
        front_mib = (rss_kib(mock.pid) or 0) / 1024
        journal = len(mock.requests())
    note = f"wrk, GET voice-gallery, median of {rounds} rounds of {seconds:g} s each way"
    rows = [
        Row("dashboard", "8 connections: mock, dashboard closed", median(runs["closed"]), "req/s"),
        Row("dashboard", "8 connections: mock, dashboard open", median(runs["open"]), "req/s"),
        Row(
            "dashboard",
            "8 connections: dashboard open / closed",
            median(ratios),
            "x",
            target=TARGET,
            detail=spread(ratios),
            note=note,
        ),
        Row(
            "dashboard",
            "RSS of the front after the loads, page open",
            front_mib,
            "MiB",
            note=f"journal holds {journal} entries (its size bounds the memory)",
        ),
    ]
    details = {
        "req_s": {mode: spread(values) for mode, values in runs.items()},
        "ratio": spread(ratios),
        "rows_in_page": rows_seen,
        "front_rss_mib": front_mib,
        "journal_entries": journal,
    }
    return rows, details
