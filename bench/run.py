"""``make bench``: client, uploads, tenants, the mock vs bare Prism, the proxy, webhooks, pipeline.

Prints one table and writes the same figures, with machine information, to
``reports/bench/latest.json`` (plus a timestamped copy and the table as ``latest.txt``).

Performance claims are ratios against a baseline measured side by side in the same run (the
machines are shared and noisy), never timed assertions: a missed target is reported in the
table, and the run still succeeds. It fails only when a benchmark cannot run.

usage: python bench/run.py [--with-test] [--quick] [--only SECTION ...] [--profile]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchlib import ROOT, Row, format_table, machine_info, utc_now

SECTIONS = (
    "client",
    "resources",
    "upload",
    "tenants",
    "mock",
    "dashboard",
    "proxy",
    "webhooks",
    "pipeline",
)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-test", action="store_true", help="also time `make test` (slow)")
    parser.add_argument(
        "--quick", action="store_true", help="fewer rounds (a smoke run; figures are rougher)"
    )
    parser.add_argument(
        "--only", nargs="+", choices=SECTIONS, default=list(SECTIONS), help="sections to run"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="after the table, profile where VoiceAgentsClient spends its time over the "
        "bare generated client (cProfile)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=ROOT / "reports" / "bench",
        help="folder for latest.json / latest.txt (default %(default)s)",
    )
    args = parser.parse_args(argv)

    import client_overhead
    import dashboard_bench
    import mock_bench
    import pipeline
    import proxy_bench
    import resource_bench
    import tenants
    import upload_bench
    import webhook_rate

    quick = args.quick
    plan: list[tuple[str, Callable[[], tuple[list[Row], dict[str, Any]]]]] = [
        (
            "client",
            lambda: client_overhead.run(rounds=7 if quick else 31, batch_seconds=0.03),
        ),
        ("resources", lambda: resource_bench.run(rounds=5 if quick else 9)),
        ("upload", lambda: upload_bench.run(rounds=3 if quick else 7)),
        ("tenants", lambda: tenants.run(rounds=2 if quick else 5)),
        (
            "mock",
            lambda: mock_bench.run(
                starts=3 if quick else 5,
                rounds=1 if quick else 3,
                seconds=2.0 if quick else 3.0,
                kill_seconds=10.0 if quick else 30.0,
                memory_requests=10_000 if quick else 100_000,
            ),
        ),
        (
            "dashboard",
            lambda: dashboard_bench.run(rounds=1 if quick else 7, seconds=2.0 if quick else 3.0),
        ),
        (
            "proxy",
            lambda: proxy_bench.run(rounds=1 if quick else 3, seconds=2.0 if quick else 3.0),
        ),
        ("webhooks", lambda: webhook_rate.run(rounds=3 if quick else 9)),
        (
            "pipeline",
            lambda: pipeline.run(with_test=args.with_test, generate_runs=1 if quick else 3),
        ),
    ]

    started_at = utc_now()
    started = time.perf_counter()
    machine = machine_info()
    rows: list[Row] = []
    sections: dict[str, Any] = {}
    for name, bench in plan:
        if name not in args.only:
            continue
        _progress(f"bench: {name} ...")
        t0 = time.perf_counter()
        section_rows, details = bench()
        details["section_seconds"] = time.perf_counter() - t0
        _progress(f"bench: {name} done in {details['section_seconds']:.1f} s")
        rows.extend(section_rows)
        sections[name] = details
    total = time.perf_counter() - started

    table = format_table(rows)
    missed = [row for row in rows if row.met is False]
    summary = (
        f"{len(rows)} figures in {total:.0f} s on {machine['cpu_count']} CPUs "
        f"({machine['cpu_model']}), Python {machine['python']}; "
        + (
            f"targets missed: {len(missed)}"
            if missed
            else "all targets met"
            if any(row.target for row in rows)
            else "no targets"
        )
    )
    print(table)
    print()
    print(summary)

    machine["load_average_end"] = machine_info()["load_average"]
    report = {
        "schema": 1,
        "command": "make bench" + (" WITH_TEST=1" if args.with_test else ""),
        "argv": sys.argv[1:] if argv is None else argv,
        "started_at": started_at,
        "finished_at": utc_now(),
        "duration_s": total,
        "machine": machine,
        "rows": [row.to_json() for row in rows],
        "sections": sections,
        "targets_missed": [f"{row.section}: {row.name}" for row in missed],
    }
    args.output.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2) + "\n"
    (args.output / "latest.json").write_text(text, encoding="utf-8")
    stamp = started_at.replace(":", "").replace("-", "").replace("+0000", "Z")
    (args.output / f"bench-{stamp}.json").write_text(text, encoding="utf-8")
    (args.output / "latest.txt").write_text(table + "\n\n" + summary + "\n", encoding="utf-8")
    shown = args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output
    print(f"JSON: {shown / 'latest.json'}")

    if args.profile:
        print()
        print(client_overhead.profile_overrides())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
