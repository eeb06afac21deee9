"""Build the sdist and the wheel, then check them as an index would.

usage: python scripts/dist.py [--outdir DIR]

1. ``python -m build --no-isolation`` (the pinned hatchling from requirements/dev.txt, so the
   build needs no network and is the same everywhere) into DIR (default dist/, emptied first);
2. ``twine check --strict`` on both files (metadata and the package description render);
3. ``check-wheel-contents`` on the wheel (configured in pyproject.toml: the three top-level
   packages, nothing else).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    if proc.returncode != 0:
        raise SystemExit(
            f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"
        )


def build(outdir: Path) -> tuple[Path, Path]:
    """Build and check; return (sdist, wheel)."""
    if outdir.exists():
        shutil.rmtree(outdir)
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(ROOT)])
    (sdist,) = outdir.glob("*.tar.gz")
    (wheel,) = outdir.glob("*.whl")
    _run([str(BIN / "twine"), "check", "--strict", str(sdist), str(wheel)])
    _run([str(BIN / "check-wheel-contents"), str(wheel)])
    return sdist, wheel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    started = time.perf_counter()
    sdist, wheel = build(args.outdir.resolve())
    print(f"built and checked {sdist.name}, {wheel.name} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
