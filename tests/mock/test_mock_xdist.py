"""A consumer's suite under pytest-xdist: one mock per worker, each isolated, all stopped.

Runs a throwaway test folder with ``pytest -n 2`` in a subprocess (the way a consumer team
would), with only the installed plugin. Each test records which mock served it; afterwards
there were exactly two, each on its own loopback port, and neither is still running.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CONSUMER_TESTS = """
import json, os

from voice_agents_client.models import ToolHttpMethod


def _record(mock, name):
    with open(os.environ["MOCKS_SEEN"], "a") as out:
        out.write(json.dumps({"test": name, "url": mock.url, "pid": mock.pid,
                              "prism_pid": mock.prism_pid}) + "\\n")


def test_{n}(voice_agents_mock, voice_agents_client):
    _record(voice_agents_mock, "test_{n}")
    voice_agents_client.tools.create(
        name="tool-{n}", description="made by test {n}", url="https://example.com/{n}",
        method=ToolHttpMethod.POST,
    )
    names = [tool.name for tool in voice_agents_client.tools.list().data]
    assert "tool-{n}" in names
    # What another test created is gone: each test starts from the seed.
    assert not [name for name in names if name.startswith("tool-") and name != "tool-{n}"]
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _listening(url: str) -> bool:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, int(port))) == 0


@pytest.mark.slow
def test_two_workers_use_two_mocks_and_stop_both(tmp_path: Path) -> None:
    folder = tmp_path / "consumer"
    folder.mkdir()
    for n in range(6):
        source = textwrap.dedent(CONSUMER_TESTS.replace("{n}", str(n)))
        (folder / f"test_consumer_{n}.py").write_text(source)
    seen = tmp_path / "seen.jsonl"
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"),
            *("-p", "voice_agents_mock.pytest_plugin", "-p", "xdist.plugin"),
            *("-n", "2", str(folder)),
        ],
        cwd=folder,
        # The plugins a consumer's suite has (ours and pytest-xdist), not every one this
        # virtualenv holds for our own suite (schemathesis, hypothesis, respx, anyio).
        env={**os.environ, "MOCKS_SEEN": str(seen), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "6 passed" in proc.stdout
    rows = [json.loads(line) for line in seen.read_text().splitlines()]
    assert len(rows) == 6
    mocks = {(row["url"], row["pid"], row["prism_pid"]) for row in rows}
    assert len(mocks) == 2, mocks  # one per worker, on ports of their own
    assert len({url for url, _, _ in mocks}) == 2
    for url, pid, prism_pid in mocks:
        assert not _alive(pid), f"the mock at {url} is still running"
        assert not _alive(prism_pid), f"the Prism behind {url} is still running"
        assert not _listening(url)
