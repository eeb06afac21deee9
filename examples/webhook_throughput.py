"""Measure how many webhook deliveries per second one core can verify and parse.

Uses a typical ``end-of-call`` body (call block, analysis with summary, insights and outcome,
credits, metadata; about 1 KB of compact JSON) and reports the best of several rounds for:

* ``verify_signature`` alone,
* ``parse_event`` alone,
* ``verify_signature`` + ``parse_event`` (what a receiver does per delivery),
* ``construct_event`` (the same through the header lookup), and
* ``construct_event`` + ``idempotency_key``.

Pin it to one core for a single-core figure::

    taskset -c 0 python examples/webhook_throughput.py
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections.abc import Callable

from voice_agents import webhooks

PRIVATE_KEY = "sk_" + "8e1f4a7d0c3b6e9f2a5d8c1b4e7f0a3d6c9b2e5f8a1d4c7b0e3f6a9d2c5b8e1f"
PUBLIC_KEY = "pk_3f9a7c2e5b1d4806a9e3c7f1b2d5e8a4"

TYPICAL_END_OF_CALL = {
    "metadata": {"internalOrderId": "8842", "userId": "u_991", "campaign": "cart-recovery-07"},
    "event": {
        "type": "end-of-call",
        "data": {
            "call": {
                "id": "68f0a1b2c3d4e5f600000900",
                "status": "completed",
                "startedAt": "2026-07-26T09:15:02.000Z",
                "endedAt": "2026-07-26T09:16:38.000Z",
                "durationSeconds": 96,
                "recordingUrl": "https://storage.miraiminds.co/recordings/68f0a1b2c3d4e5f600000900.wav",
                "detailUrl": "https://app.miraiminds.co/calls/68f0a1b2c3d4e5f600000900",
            },
            "analysis": {
                "success": True,
                "summary": "The customer confirmed the order, asked for cash on delivery and "
                "wanted the parcel left with the building's security desk.",
                "requiredActions": ["create-order", "send-whatsapp"],
                "insights": {
                    "interested": True,
                    "callback_requested": False,
                    "customerSentiment": "positive",
                    "objections": ["delivery time"],
                },
                "outcome": {
                    "shouldUpdateAddress": True,
                    "confirmAddress": False,
                    "updatedAddressProvided": True,
                    "updatedAddress": {
                        "address1": "507, Nemli Complex",
                        "city": "Surat",
                        "province": "Gujarat",
                        "country": "India",
                        "zip": "395007",
                    },
                },
            },
            "credits": {"used": 2.4, "available": 97.6},
        },
    },
}


def _rate(work: Callable[[], object], events: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(events):
            work()
        best = min(best, time.perf_counter() - start)
    return events / best


def main(argv: list[str] | None = None) -> int:
    """Print events per second for each step."""
    parser = argparse.ArgumentParser(description="verify+parse throughput of voice_agents")
    parser.add_argument("--events", type=int, default=20_000, help="events per round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (the best one counts)")
    args = parser.parse_args(argv)

    body = json.dumps(TYPICAL_END_OF_CALL, separators=(",", ":")).encode("utf-8")
    signature = webhooks.compute_signature(body, PRIVATE_KEY)
    headers = {
        "content-type": "application/json",
        "x-signature": signature,
        "x-public-key": PUBLIC_KEY,
        "user-agent": "voice-agents",
    }

    def verify() -> object:
        return webhooks.verify_signature(body, signature, PRIVATE_KEY)

    def parse() -> object:
        return webhooks.parse_event(body)

    def verify_and_parse() -> object:
        if not webhooks.verify_signature(body, signature, PRIVATE_KEY):
            raise AssertionError("signature did not verify")
        return webhooks.parse_event(body)

    def construct() -> object:
        return webhooks.construct_event(body, headers, PRIVATE_KEY)

    def construct_and_key() -> object:
        return webhooks.idempotency_key(webhooks.construct_event(body, headers, PRIVATE_KEY))

    print(f"python {platform.python_version()} on {platform.machine()}; body {len(body)} bytes")
    print(f"{args.events} events x {args.rounds} rounds, best round:")
    for label, work in [
        ("verify_signature", verify),
        ("parse_event", parse),
        ("verify_signature + parse_event", verify_and_parse),
        ("construct_event", construct),
        ("construct_event + idempotency_key", construct_and_key),
    ]:
        rate = _rate(work, args.events, args.rounds)
        print(f"  {label:36} {rate:>10,.0f} events/s  ({1e6 / rate:6.1f} us/event)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
