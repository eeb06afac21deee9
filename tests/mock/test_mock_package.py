"""What the package ships (spec copy, Prism pin, lockfile) and how it finds or installs Prism."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest
import voice_agents_mock
from mock_support import REPO
from ruamel.yaml import YAML
from voice_agents_mock import MockServer, ProvisioningError
from voice_agents_mock._prism import provision as _provision
from voice_agents_mock._spec import document as _spec

PACKAGE = REPO / "mock" / "voice_agents_mock"


def test_shipped_spec_is_the_repository_spec() -> None:
    shipped = voice_agents_mock.shipped_spec_path()
    assert shipped.read_bytes() == (REPO / "openapi.yaml").read_bytes(), (
        "mock/voice_agents_mock/openapi.yaml is stale: "
        "cp openapi.yaml mock/voice_agents_mock/openapi.yaml"
    )


def test_spec_loader_reads_yaml_as_prism_does() -> None:
    """Our loader follows YAML 1.2 like Prism's parser (ruamel is a YAML 1.2 reference)."""
    ours = _spec.load_spec(voice_agents_mock.shipped_spec_path())
    reference = YAML(typ="safe", pure=True).load(voice_agents_mock.shipped_spec_path().read_bytes())
    assert ours == reference


def test_prism_gets_the_spec_without_callbacks() -> None:
    spec = _spec.load_spec(voice_agents_mock.shipped_spec_path())
    assert "callbacks" in spec["paths"]["/v2/call/initiate"]["post"]
    stripped = _spec.prism_document(spec)
    assert "callbacks" not in json.dumps(list(_walk_keys(stripped)))
    assert stripped["webhooks"] == spec["webhooks"]
    del spec["paths"]["/v2/call/initiate"]["post"]["callbacks"]
    assert stripped == spec


def _walk_keys(node: object) -> list[str]:
    keys: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            keys.append(str(key))
            keys += _walk_keys(value)
    elif isinstance(node, list):
        for item in node:
            keys += _walk_keys(item)
    return keys


def test_prism_pin_matches_the_repository() -> None:
    root_manifest = json.loads((REPO / "package.json").read_text())
    root_lock = json.loads((REPO / "package-lock.json").read_text())
    ours = json.loads((PACKAGE / "package.json").read_text())
    lock = json.loads((PACKAGE / "package-lock.json").read_text())
    pinned = root_manifest["devDependencies"]["@stoplight/prism-cli"]
    assert _provision.pinned_prism_version() == pinned
    assert ours["dependencies"] == {"@stoplight/prism-cli": pinned}
    assert lock["packages"][""]["dependencies"] == ours["dependencies"]
    assert lock["packages"]["node_modules/@stoplight/prism-cli"]["version"] == pinned
    # Every locked package is the one `make setup` installs (same version, same integrity).
    for path, entry in lock["packages"].items():
        if path:
            assert root_lock["packages"][path]["version"] == entry["version"], path
            assert root_lock["packages"][path].get("integrity") == entry.get("integrity"), path


def test_wheel_carries_the_package_data_and_entry_points(tmp_path: Path) -> None:
    subprocess.run(
        [
            str(Path(sys.executable).parent / "hatchling"),
            "build",
            "-t",
            "wheel",
            "-d",
            str(tmp_path),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        text = archive.read(entry_points).decode()
    for name in (
        "openapi.yaml",
        "package.json",
        "package-lock.json",
        "_prism_runner.cjs",
        "py.typed",
        "_dashboard/static/index.html",
        "_dashboard/static/dashboard.js",
        "_dashboard/static/dashboard.css",
    ):
        assert f"voice_agents_mock/{name}" in names
    assert "voice-agents-mock = voice_agents_mock.cli:main" in text
    assert "voice_agents_mock = voice_agents_mock.pytest_plugin" in text


def test_repository_prism_is_found_without_installing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_provision.ENV_PRISM, raising=False)
    found = _provision.find_prism(install=False)
    assert found.source == "repository node_modules"
    assert found.version == _provision.pinned_prism_version()
    assert found.entry == REPO / "node_modules/@stoplight/prism-cli/dist/index.js"


@pytest.mark.parametrize(
    "form",
    [
        "node_modules/@stoplight/prism-cli/dist/index.js",
        "node_modules/@stoplight/prism-cli",
        "node_modules",
        ".",
    ],
)
def test_environment_variable_points_at_an_existing_prism(
    monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    monkeypatch.setenv(_provision.ENV_PRISM, str(REPO / form))
    found = _provision.find_prism(install=False)
    assert found.entry == REPO / "node_modules/@stoplight/prism-cli/dist/index.js"


def test_environment_variable_pointing_nowhere_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(_provision.ENV_PRISM, str(tmp_path))
    with pytest.raises(ProvisioningError, match="does not point at Prism"):
        _provision.find_prism()


def test_missing_prism_without_install_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(_provision.ENV_PRISM, raising=False)
    monkeypatch.setenv(_provision.ENV_CACHE, str(tmp_path))
    monkeypatch.setattr(_provision, "_repo_node_modules", lambda: tmp_path / "none")
    with pytest.raises(ProvisioningError, match="voice-agents-mock install"):
        _provision.find_prism(install=False)


@pytest.mark.slow
def test_install_command_then_first_use_from_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Outside the repo: `voice-agents-mock install` runs `npm ci --ignore-scripts` from the
    shipped lockfile into the per-user cache, and the mock then serves from there.

    npm runs offline from the npm cache that `make setup` filled (the same lockfile entries), so
    the test needs no network.
    """
    if not (Path.home() / ".npm" / "_cacache").is_dir():
        pytest.skip("no npm cache to install from offline")
    cache = tmp_path / "cache"
    env = {**os.environ, _provision.ENV_CACHE: str(cache), "npm_config_offline": "true"}
    env.pop(_provision.ENV_PRISM, None)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "voice-agents-mock"), "install"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "installing Prism 5.16.0" in result.stderr
    assert "npm ci --ignore-scripts" in result.stderr
    monkeypatch.delenv(_provision.ENV_PRISM, raising=False)
    monkeypatch.setenv(_provision.ENV_CACHE, str(cache))
    monkeypatch.setattr(_provision, "_repo_node_modules", lambda: tmp_path / "none")
    installed = _provision.find_prism(install=False)
    assert installed.version == "5.16.0"
    assert installed.entry.is_relative_to(cache)
    assert str(installed.entry) in result.stdout
    with MockServer(prism=installed.entry) as mock:
        assert httpx.get(f"{mock.url}/health", timeout=5).status_code == 200
    again = subprocess.run(
        [str(Path(sys.executable).parent / "voice-agents-mock"), "install"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "installing" not in again.stderr  # idempotent: already there
    shutil.rmtree(cache)
