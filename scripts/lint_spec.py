"""Lint openapi.yaml with three tools; any error or warning fails.

usage: python scripts/lint_spec.py [SPEC]

1. openapi-spec-validator (structure against the OpenAPI 3.1 meta-schema),
2. Redocly CLI with the `recommended` ruleset (redocly.yaml),
3. Spectral with `spectral:oas` (.spectral.yaml).

Rules may be switched off only in redocly.yaml / .spectral.yaml, with a reason beside them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from nodetools import ROOT, node_env, tool_command


def run_validator(spec: Path) -> list[str]:
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    contents, _ = read_from_filename(str(spec))
    try:
        validate(contents)
    except Exception as exc:  # the validator raises a family of exception types
        return [f"openapi-spec-validator: {exc}"]
    return []


def run_redocly(spec: Path) -> list[str]:
    cmd = [
        *tool_command("@redocly/cli", "redocly"),
        "lint",
        str(spec),
        "--config",
        str(ROOT / "redocly.yaml"),
        "--format",
        "json",
    ]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=node_env(), cwd=ROOT, check=False
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        return [
            f"redocly: could not run (exit {proc.returncode}): "
            f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
        ]
    problems = []
    for p in report.get("problems", []):
        loc = p.get("location", [{}])[0].get("pointer", "?")
        problems.append(f"redocly {p.get('severity')} {p.get('ruleId')}: {loc}: {p.get('message')}")
    totals = report.get("totals", {})
    if not problems and (totals.get("errors") or totals.get("warnings")):
        problems.append(f"redocly: totals {totals}")
    return problems


def run_spectral(spec: Path) -> list[str]:
    cmd = [
        *tool_command("@stoplight/spectral-cli", "spectral"),
        "lint",
        str(spec),
        "--ruleset",
        str(ROOT / ".spectral.yaml"),
        "--format",
        "json",
        "--quiet",
    ]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=node_env(), cwd=ROOT, check=False
    )
    out = proc.stdout.strip() or "[]"
    try:
        results = json.loads(out)
    except json.JSONDecodeError:
        return [
            f"spectral: could not run (exit {proc.returncode}): "
            f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
        ]
    severities = {0: "error", 1: "warning", 2: "info", 3: "hint"}
    problems = [
        f"spectral {severities.get(r.get('severity'), r.get('severity'))} {r.get('code')}: "
        f"{'/'.join(str(x) for x in r.get('path', []))}: {r.get('message')}"
        for r in results
    ]
    if proc.returncode not in (0, 1) and not problems:
        problems.append(f"spectral: exit {proc.returncode}: {proc.stderr[-2000:]}")
    return problems


def main() -> int:
    spec = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "openapi.yaml"
    failed = False
    for name, check in (
        ("openapi-spec-validator", run_validator),
        ("redocly", run_redocly),
        ("spectral", run_spectral),
    ):
        problems = check(spec)
        print(f"{name}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print(f"  {p}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
