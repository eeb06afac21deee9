"""The stateful mock's own figures: reads from the store against Prism, and memory under load."""

from __future__ import annotations

from typing import Any

from benchlib import Row, Target, median, rss_kib, spread
from voice_agents_mock import MockServer
from wrk_load import WrkResult, load

__all__ = ["memory_after", "stateful_read"]

STATEFUL_READ = "/v1/admin/assistant/get/69a57cdba3f3ab7e07cca1e4"
"""``get_assistant`` of a seeded example id: answered by the store once Prism accepted it."""
STATEFUL_TARGET = Target(">=", 1.0, "x")
RSS_GROWTH_TARGET = Target("<=", 20.0, "MiB")


def stateful_read(rounds: int, seconds: float) -> tuple[list[Row], dict[str, Any]]:
    """The same GET answered by the store (stateful mock) and by Prism (stateless mock).

    Twice: repeating the same request (the store answers once Prism accepted those bytes), and
    with every request different (``fresh``: Prism validates each one before the store answers).
    """
    with MockServer() as stateful, MockServer(stateful=False) as stateless:
        for mock in (stateful, stateless):
            load(mock.url, 1, 1.0, STATEFUL_READ)
        runs: dict[tuple[bool, bool], list[WrkResult]] = {
            (store, fresh): [] for store in (True, False) for fresh in (False, True)
        }
        for index in range(rounds):
            for fresh in (False, True):
                order = [(stateful, True), (stateless, False)]
                for mock, store in order if index % 2 == 0 else order[::-1]:
                    result = load(mock.url, 1, seconds, STATEFUL_READ, fresh=fresh)
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


def memory_after(requests: int) -> tuple[list[Row], dict[str, Any]]:
    """RSS of the relay before and after ``requests`` journaled requests (state and journal on).

    The requests are ``GET /health`` answered by a programmed answer, so they cost the relay,
    the journal and the control plane but not Prism's time: many more in a short run.
    """
    with MockServer() as mock:
        assert mock.pid is not None
        mock.respond("get_health", 200, times=requests * 10)
        load(mock.url, 8, 2.0, "/health")
        before = (rss_kib(mock.pid) or 0) / 1024
        done = 0
        while done < requests:
            done += load(mock.url, 8, 10.0, "/health").requests
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
