"""Webhooks: how many ``end-of-call`` deliveries one core verifies and parses per second.

The body is the spec's own ``end-of-call`` example (``components.examples.
WebhookEndOfCallReference``: call block, analysis with summary, insights and outcome, credits),
serialised compactly and signed as the API signs it. One round times a batch of events; the
figures are medians of the rounds. The section runs pinned to one CPU where the OS allows it.
(``examples/webhook_throughput.py`` breaks the same work down further.)
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from typing import Any

from benchlib import ROOT, Row, median, spread
from voice_agents import webhooks
from voice_agents_mock._spec.document import load_spec

__all__ = ["run"]

PRIVATE_KEY = "sk_" + "8e1f4a7d0c3b6e9f2a5d8c1b4e7f0a3d" * 2


@contextlib.contextmanager
def _one_core() -> Iterator[int | None]:
    """Pin this process to one CPU for the duration (no-op where unsupported)."""
    if not hasattr(os, "sched_getaffinity"):
        yield None
        return
    before = os.sched_getaffinity(0)
    cpu = max(before)
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError:
        yield None
        return
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, before)


def _rate(work: Callable[[], object], events: int) -> float:
    start = time.perf_counter()
    for _ in range(events):
        work()
    return events / (time.perf_counter() - start)


def run(*, rounds: int = 9, events: int = 5_000) -> tuple[list[Row], dict[str, Any]]:
    """Events per second for verify + parse (and each step alone)."""
    spec = load_spec(ROOT / "openapi.yaml")
    example = spec["components"]["examples"]["WebhookEndOfCallReference"]["value"]
    body = json.dumps(example, separators=(",", ":")).encode("utf-8")
    signature = webhooks.compute_signature(body, PRIVATE_KEY)

    def verify() -> object:
        return webhooks.verify_signature(body, signature, PRIVATE_KEY)

    def parse() -> object:
        return webhooks.parse_event(body)

    def verify_and_parse() -> object:
        if not webhooks.verify_signature(body, signature, PRIVATE_KEY):
            raise AssertionError("signature did not verify")
        return webhooks.parse_event(body)

    event = verify_and_parse()
    assert isinstance(event, webhooks.WebhookEvent), event
    assert event.type == "end-of-call", event
    assert not webhooks.verify_signature(body + b" ", signature, PRIVATE_KEY)

    steps = {"verify+parse": verify_and_parse, "verify": verify, "parse": parse}
    samples: dict[str, list[float]] = {name: [] for name in steps}
    with _one_core() as cpu:
        for work in steps.values():  # warm-up
            _rate(work, events // 10)
        for _ in range(rounds):
            for name, work in steps.items():
                samples[name].append(_rate(work, events))
    details: dict[str, Any] = {
        "body_bytes": len(body),
        "events_per_round": events,
        "rounds": rounds,
        "pinned_cpu": cpu,
        "events_per_s": {name: spread(values) for name, values in samples.items()},
    }
    title = f"end-of-call {len(body)} B"
    rate = median(samples["verify+parse"])
    rows = [
        Row(
            "webhooks",
            f"{title}: verify_signature + parse_event",
            rate,
            "events/s",
            note=f"one core; {1e6 / rate:.1f} us/event",
            detail=spread(samples["verify+parse"]),
        ),
        Row(
            "webhooks",
            f"{title}: verify_signature alone",
            median(samples["verify"]),
            "events/s",
            detail=spread(samples["verify"]),
        ),
        Row(
            "webhooks",
            f"{title}: parse_event alone",
            median(samples["parse"]),
            "events/s",
            detail=spread(samples["parse"]),
        ),
    ]
    return rows, details
