"""Loads the scripts of ``examples/`` (not a package) for the webhook tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "webhook_receiver.py"


def load_module(path: Path) -> ModuleType:
    """Import a script of ``examples/`` as a module (once per process)."""
    name = f"voice_agents_example_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_example() -> ModuleType:
    """The example receiver, ``examples/webhook_receiver.py``."""
    return load_module(EXAMPLE)
