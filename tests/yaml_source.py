"""YAML files for the tests (openapi.yaml above all), parsed with libyaml, once per process.

PyYAML's pure-Python parser takes about 0.5 s for openapi.yaml, and a dozen test modules read
it when they are imported, in every pytest-xdist worker: seconds of each run's collection.
libyaml's ``CSafeLoader`` builds the same objects (the same safe schema) in a tenth of that.
Each caller gets its own copy, so a test that edits the document changes nobody else's.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _parsed(path: Path, mtime_ns: int, size: int) -> Any:
    return yaml.load(path.read_bytes(), Loader=LOADER)


def load_yaml(path: str | Path = SPEC) -> Any:
    """The document at ``path`` (default openapi.yaml), a fresh copy on each call."""
    resolved = Path(path).resolve()
    stat = resolved.stat()
    return copy.deepcopy(_parsed(resolved, stat.st_mtime_ns, stat.st_size))


def spec() -> dict[str, Any]:
    """openapi.yaml of this working tree."""
    loaded: dict[str, Any] = load_yaml(SPEC)
    return loaded
