"""The built wheel is clean and works on its own: installed into a fresh venv, it imports, builds
a client that makes a request, verifies a webhook and runs ``voice-agents-mock --help``.

The fresh venv holds only the wheel; its third-party dependencies (httpx, attrs, ...) come from
this environment's site-packages through a ``.pth`` line, so the test needs no network and uses
the pinned versions. Everything of ours must come from the wheel: the test checks where each
package was imported from.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import dist  # noqa: E402

pytestmark = pytest.mark.slow
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]

SMOKE = """
import json, sys
import httpx
import voice_agents, voice_agents_client, voice_agents_mock
from importlib.metadata import version
from voice_agents import VoiceAgentsClient, webhooks
from voice_agents_client.api.health import get_health

seen = []
def answer(request):
    seen.append(dict(request.headers))
    data = {"underMaintenance": False, "status": "healthy"}
    body = {"status_code": 200, "message": "ok", "data": data}
    return httpx.Response(200, json=body)

client = VoiceAgentsClient(
    public_key="pk_test", private_key="sk_test", workspace="w1",
    base_url="http://127.0.0.1:1", httpx_args={"transport": httpx.MockTransport(answer)},
)
with client:
    response = get_health.sync_detailed(client=client)
signature = webhooks.compute_signature(b"{}", "sk_test")
print(json.dumps({
    "files": [voice_agents.__file__, voice_agents_client.__file__, voice_agents_mock.__file__],
    "version": version("mirai-voice-agents"),
    "mock_version": voice_agents_mock.__version__,
    "status": response.status_code,
    "parsed": type(response.parsed).__name__,
    "sent_key": seen[0].get("x-public-key"),
    "verified": webhooks.verify_signature(b"{}", signature, "sk_test"),
}))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return dist.build(tmp_path_factory.mktemp("dist"))


def test_the_wheel_has_the_three_packages_metadata_and_license(built: tuple[Path, Path]) -> None:
    _, wheel = built
    assert wheel.name == f"mirai_voice_agents-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(f"mirai_voice_agents-{VERSION}.dist-info/METADATA").decode()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"voice_agents", "voice_agents_client", "voice_agents_mock"}
    for package in top:
        assert f"{package}/py.typed" in names
    assert f"mirai_voice_agents-{VERSION}.dist-info/licenses/LICENSE" in names
    for line in (
        "Classifier: Typing :: Typed",
        "Project-URL: Documentation",
        "License-File: LICENSE",
    ):
        assert line in metadata
    description = metadata.split("\n\n", 1)[1]
    assert "make " not in description  # written for consumers, not for this repository
    assert len(description.splitlines()) < 60


def test_the_wheel_works_in_a_fresh_venv(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = built
    env_dir = tmp_path / "venv"
    # No pip of its own (ensurepip is 3 s of CPU): this environment's pip installs into it.
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install"),
            *("--quiet", "--no-deps", "--no-index", str(wheel)),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    fresh_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Dependencies only; appended after the venv's own site-packages, so ours cannot shadow it.
    (Path(fresh_site) / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    smoke = subprocess.run(
        [str(python), "-c", SMOKE], capture_output=True, text=True, check=False, timeout=120
    )
    assert smoke.returncode == 0, smoke.stderr
    result = json.loads(smoke.stdout)
    assert all(path.startswith(fresh_site) for path in result["files"]), result["files"]
    assert result["version"] == result["mock_version"] == VERSION
    assert (result["status"], result["parsed"]) == (200, "HealthResponse")
    assert result["sent_key"] == "pk_test"
    assert result["verified"] is True

    cli = subprocess.run(
        [str(env_dir / "bin" / "voice-agents-mock"), "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr
    assert "serve" in cli.stdout
