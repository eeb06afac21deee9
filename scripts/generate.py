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
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import resources

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "openapi-python-client.yaml"
PACKAGE = "voice_agents_client"
MOCK_SPEC = ROOT / "mock" / "voice_agents_mock" / "openapi.yaml"
TEMPLATES = ROOT / "templates"
RESOURCES_SCRIPT = ROOT / "scripts" / "resources.py"

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


def _project_class() -> type[Any]:
    """The generator's ``Project``, writing the resource classes beside the endpoint modules."""
    from openapi_python_client import Project

    class VoiceAgentsProject(Project):  # type: ignore[misc]
        spec: dict[str, Any]

        def _build_api(self) -> None:
            super()._build_api()
            found = resources.resources(self.openapi.endpoint_collections_by_tag, self.spec)
            resources.render(self.env, self.package_dir, found, self.config.file_encoding)

    return VoiceAgentsProject


def generate(output: Path) -> Path:
    """Generate the package under ``output`` and return the package directory.

    The generator runs in this process (its ``Project`` with :data:`TEMPLATES` ahead of its own
    templates), so the resource classes are rendered from the very parse the endpoint modules
    come from; its post hooks (the pinned ruff) then format both.
    """
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from ruamel.yaml import YAML

    bindir = Path(sys.executable).parent
    if not (bindir / "ruff").exists():
        raise SystemExit(f"{bindir / 'ruff'} not found: run `make setup` first")
    output.mkdir(parents=True, exist_ok=True)
    package_dir = output / PACKAGE
    if package_dir.exists():
        shutil.rmtree(package_dir)
    # The post hooks call `ruff`: make sure it is the pinned one from this environment.
    os.environ["PATH"] = f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        SPEC,
        "utf-8",
        False,
        output_path=package_dir,
    )
    spec = YAML(typ="safe").load(SPEC.read_bytes())
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(
            f"openapi-python-client could not read {SPEC.name}: {data.header} {data.detail or ''}"
        )
    project = _project_class()(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.spec = spec
    try:
        problems = project.build()
    except resources.ResourceSpecError as exc:
        raise SystemExit(f"{SPEC.name}: {exc}") from None
    if problems:  # warnings fail too: an unsupported construct silently drops an endpoint
        for problem in problems:
            sys.stderr.write(
                f"{problem.level.value}: {problem.header or ''} {problem.detail or ''}\n"
            )
        raise SystemExit(f"openapi-python-client reported {len(problems)} problem(s)")
    (package_dir / "py.typed").write_text("")
    info = {
        "generator": "openapi-python-client",
        "generator_version": version("openapi-python-client"),
        "ruff_version": version("ruff"),
        "spec": SPEC.name,
        "spec_sha256": sha256(SPEC),
        "config": CONFIG.name,
        "config_sha256": sha256(CONFIG),
        "templates_sha256": _tree_sha256(TEMPLATES) + "+" + sha256(RESOURCES_SCRIPT),
        "command": "python scripts/generate.py (openapi-python-client generate --meta none "
        f"--fail-on-warning --config {CONFIG.name} --path {SPEC.name} "
        f"--custom-template-path {TEMPLATES.name}, plus resources/)",
    }
    (output / "GENERATION.json").write_text(json.dumps(info, indent=2) + "\n")
    (output / "README.md").write_text(README)
    return package_dir


def _tree_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


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
