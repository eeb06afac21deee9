"""Check a real Voice Agents host against openapi.yaml with schemathesis (provider verification).

usage: python scripts/verify_provider.py [--allow-writes] [--max-examples N] [--dry-run]

Reads the host and credentials from the environment:

    VOICE_AGENTS_BASE_URL       required, e.g. https://api.stage.voice-agent.miraiminds.co
    VOICE_AGENTS_PUBLIC_KEY     required
    VOICE_AGENTS_PRIVATE_KEY    required
    VOICE_AGENTS_WORKSPACE      optional; without it workspace-scoped operations are skipped
    VOICE_AGENTS_ORGANIZATION   optional; without it number-pool operations are skipped

By default the run is READ-ONLY: only GET operations are exercised, so it never places a call,
buys a number, archives anything or creates a resource. `--allow-writes` also exercises the
write operations, after printing each one and what it would do on the real account. Never part
of `make test`. Writes a JUnit report to reports/provider/junit.xml and prints one line per
operation: whether the host's responses matched the spec.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
REPORT_DIR = ROOT / "reports" / "provider"
REQUIRED = ("VOICE_AGENTS_BASE_URL", "VOICE_AGENTS_PUBLIC_KEY", "VOICE_AGENTS_PRIVATE_KEY")
METHODS = ("get", "put", "post", "delete", "patch")
# Checks that need a stateful, controllable server are meaningless against a shared real host.
EXCLUDED_CHECKS = ("use_after_free", "ensure_resource_availability")


class ConfigError(Exception):
    """Missing configuration; the message says what to set."""


def operations(spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every operation with its method, path, operationId, summary and security schemes."""
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                schemes = {name for req in op.get("security", spec["security"]) for name in req}
                found.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "operation_id": op["operationId"],
                        "summary": op.get("summary", ""),
                        "schemes": schemes,
                    }
                )
    return found


def selected(
    ops: list[dict[str, Any]], env: Mapping[str, str], *, allow_writes: bool
) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str]]]:
    """Split operations into (to run, skipped with reason)."""
    run, skipped = [], []
    for op in ops:
        if op["method"] != "GET" and not allow_writes:
            skipped.append((op, "write operation (read-only run; --allow-writes to include)"))
        elif "Workspace" in op["schemes"] and not env.get("VOICE_AGENTS_WORKSPACE"):
            skipped.append((op, "needs VOICE_AGENTS_WORKSPACE"))
        elif "Organization" in op["schemes"] and not env.get("VOICE_AGENTS_ORGANIZATION"):
            skipped.append((op, "needs VOICE_AGENTS_ORGANIZATION"))
        else:
            run.append(op)
    return run, skipped


def build_command(
    run: list[dict[str, Any]], env: Mapping[str, str], *, max_examples: int, bindir: Path
) -> list[str]:
    """The `st run` command line; header values are taken from the environment by name."""
    missing = [name for name in REQUIRED if not env.get(name)]
    if missing:
        raise ConfigError(
            "provider verification needs " + ", ".join(missing) + " in the environment "
            "(and VOICE_AGENTS_WORKSPACE / VOICE_AGENTS_ORGANIZATION for scoped operations)"
        )
    cmd = [
        str(bindir / "st"),
        "run",
        str(SPEC),
        "--url",
        env["VOICE_AGENTS_BASE_URL"],
        "--phases",
        "examples,coverage,fuzzing",
        "--mode",
        "positive",
        "--max-examples",
        str(max_examples),
        "--seed",
        "20261128",
        "--workers",
        "1",
        "--request-timeout",
        "30",
        "--exclude-checks",
        ",".join(EXCLUDED_CHECKS),
        "--report",
        "junit",
        "--report-junit-path",
        str(REPORT_DIR / "junit.xml"),
        "--generation-database",
        "none",
        "-H",
        f"x-public-key: {env['VOICE_AGENTS_PUBLIC_KEY']}",
        "-H",
        f"x-private-key: {env['VOICE_AGENTS_PRIVATE_KEY']}",
    ]
    for var, header in (
        ("VOICE_AGENTS_WORKSPACE", "workspace"),
        ("VOICE_AGENTS_ORGANIZATION", "organization"),
    ):
        if env.get(var):
            cmd += ["-H", f"{header}: {env[var]}"]
    for op in run:
        cmd += ["--include-operation-id", op["operation_id"]]
    return cmd


def summarize(junit: Path, run: list[dict[str, Any]]) -> list[str]:
    """One line per operation from the JUnit report: MATCH / MISMATCH / NOT RUN."""
    results: dict[str, str] = {}
    if junit.exists():
        for case in ET.parse(junit).getroot().iter("testcase"):
            name = case.get("name", "")
            failed = case.find("failure") is not None or case.find("error") is not None
            results[name] = "MISMATCH" if failed else "MATCH"
    lines = []
    for op in run:
        label = f"{op['method']} {op['path']}"
        status = results.get(label, "NOT RUN")
        lines.append(f"{status:9} {label}  ({op['operation_id']})")
    return lines


def main(argv: list[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verify a real host against openapi.yaml.")
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="also exercise write operations (creates, purchases, calls!)",
    )
    parser.add_argument("--max-examples", type=int, default=10)
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the plan and the command (keys masked), run nothing",
    )
    args = parser.parse_args(argv)
    env = os.environ if env is None else env
    spec = yaml.safe_load(SPEC.read_text())
    run, skipped = selected(operations(spec), env, allow_writes=args.allow_writes)
    try:
        cmd = build_command(
            run, env, max_examples=args.max_examples, bindir=Path(sys.executable).parent
        )
    except ConfigError as exc:
        print(f"verify-provider: {exc}", file=sys.stderr)
        return 2
    print(
        f"verify-provider: {env['VOICE_AGENTS_BASE_URL']} — "
        f"{'READ-WRITE' if args.allow_writes else 'read-only (GET only)'}"
    )
    if args.allow_writes:
        print("These write operations will run against the real account:")
        for op in run:
            if op["method"] != "GET":
                print(f"  {op['method']:6} {op['path']:50} {op['summary']}")
    for op, reason in skipped:
        print(f"  skipped {op['method']} {op['path']}: {reason}")
    if args.dry_run:
        secrets = {env[k] for k in ("VOICE_AGENTS_PUBLIC_KEY", "VOICE_AGENTS_PRIVATE_KEY")}
        shown = " ".join("***" if any(s in part for s in secrets) else part for part in cmd)
        print(shown)
        return 0
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(cmd, check=False)
    print("\nPer operation (responses against the spec):")
    for line in summarize(REPORT_DIR / "junit.xml", run):
        print("  " + line)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
