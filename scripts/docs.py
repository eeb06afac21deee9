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

# Even with --inlineBundle, Redoc 3 draws its sidebar attribution logo from the Redocly CDN (the
# build-docs page says so), which an offline reader sees as a failed request in the console.
# The same attribution, drawn from an inline SVG instead, keeps the file self-contained.
_LOGO_TEXT = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='16'>"
    "<text x='0' y='13' font-family='sans-serif' font-size='13' fill='%23666'>Redocly</text>"
    "</svg>"
)
INLINE_LOGOS = {
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg": "data:image/svg+xml;utf8,"
    + _LOGO_TEXT.format(w=56),
    "https://cdn.redoc.ly/redoc/logo-mini.svg": "data:image/svg+xml;utf8,"
    + _LOGO_TEXT.format(w=56),
}


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
    html = output.read_text(encoding="utf-8")
    for remote, inline in INLINE_LOGOS.items():
        html = html.replace(remote, inline)
    output.write_text(html, encoding="utf-8")


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
