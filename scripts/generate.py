"""Regenerate the Python client from openapi.yaml, reproducibly.

usage: python scripts/generate.py [--output DIR]

Writes DIR/voice_agents_client (DIR defaults to generated/), deleting it first so no stale file
survives, then adds py.typed, DIR/GENERATION.json (tool versions and input hashes, no timestamps)
and DIR/README.md. Two runs on the same inputs give byte-identical trees. A run into generated/
also refreshes the copy of openapi.yaml shipped in the mock package.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "openapi-python-client.yaml"
PACKAGE = "voice_agents_client"
MOCK_SPEC = ROOT / "mock" / "voice_agents_mock" / "openapi.yaml"

README = """\
# generated/ — do not edit

Everything in this folder is written by `make generate` (scripts/generate.py) from
`openapi.yaml` with openapi-python-client and the settings in `openapi-python-client.yaml`.
Hand edits are lost on the next run, and `make check-generated` (and the test suite) fail
while the folder differs from a fresh generation.

To change the client: edit `openapi.yaml` (or the generator config), run `make generate`, and
commit the spec and this folder together. Hand-written behaviour belongs in `overrides/`.
`GENERATION.json` records the generator and ruff versions and the sha256 of both inputs.
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def generate(output: Path) -> Path:
    """Generate the package under ``output`` and return the package directory."""
    bindir = Path(sys.executable).parent
    generator = bindir / "openapi-python-client"
    if not generator.exists():
        raise SystemExit(f"{generator} not found: run `make setup` first")
    output.mkdir(parents=True, exist_ok=True)
    package_dir = output / PACKAGE
    if package_dir.exists():
        shutil.rmtree(package_dir)
    env = dict(os.environ)
    # The post hooks call `ruff`: make sure it is the pinned one from this environment.
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    cmd = [
        str(generator),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"openapi-python-client failed with exit code {proc.returncode}")
    (package_dir / "py.typed").write_text("")
    info = {
        "generator": "openapi-python-client",
        "generator_version": version("openapi-python-client"),
        "ruff_version": version("ruff"),
        "spec": SPEC.name,
        "spec_sha256": sha256(SPEC),
        "config": CONFIG.name,
        "config_sha256": sha256(CONFIG),
        "command": "openapi-python-client generate --meta none --fail-on-warning "
        f"--config {CONFIG.name} --path {SPEC.name}",
    }
    (output / "GENERATION.json").write_text(json.dumps(info, indent=2) + "\n")
    (output / "README.md").write_text(README)
    return package_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "generated")
    args = parser.parse_args()
    package_dir = generate(args.output.resolve())
    if args.output.resolve() == (ROOT / "generated").resolve():
        # The mock package ships its own copy of the contract (it runs outside this repo too).
        shutil.copyfile(SPEC, MOCK_SPEC)
    count = sum(1 for p in package_dir.rglob("*") if p.is_file())
    print(f"generated {count} files in {package_dir}")


if __name__ == "__main__":
    main()
