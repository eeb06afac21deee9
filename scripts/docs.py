"""Build the API reference as one offline HTML file.

usage: python scripts/docs.py [--output FILE]

``redocly build-docs --inlineBundle`` renders openapi.yaml (operations and webhooks) with the
Redoc scripts embedded, so the file opens without a network. Default output:
reports/docs/api-reference.html (reports/ is git-ignored: the file is a build product).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from nodetools import ROOT, node_env, tool_command

DEFAULT_OUTPUT = ROOT / "reports" / "docs" / "api-reference.html"
TITLE = "Mirai Minds Voice Agents API reference"


def build(output: Path, spec: Path = ROOT / "openapi.yaml") -> None:
    """Write the reference for ``spec`` to ``output``; raise SystemExit when Redocly fails."""
    output.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        *tool_command("@redocly/cli", "redocly"),
        "build-docs",
        str(spec),
        "--output",
        str(output),
        "--inlineBundle",
        "--title",
        TITLE,
        "--config",
        str(ROOT / "redocly.yaml"),
    ]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=node_env(), cwd=ROOT, check=False, timeout=300
    )
    if proc.returncode != 0 or not output.is_file():
        raise SystemExit(f"redocly build-docs failed (exit {proc.returncode}):\n{proc.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    started = time.perf_counter()
    build(args.output.resolve())
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size / 1024:.0f} KiB, {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    sys.exit(main())
