"""Every Python block of README.md and docs/*.md runs, so the docs cannot drift from the code.

Blocks of one page run in order in one namespace (a later block may use an earlier one's
``client``), against a mock this module starts: the ``VOICE_AGENTS_*`` variables point
``from_env()`` at it, and ``http://127.0.0.1:4010`` in a block (the mock's default address) is
replaced by its URL. A proxy on a closed loopback port catches any request that would leave the
machine. A comment line right before a block changes how it runs:

* ``<!-- docs-test: pytest -->``: the block is a test file, run by pytest in a subprocess;
* ``<!-- docs-test: conftest -->``: the block is the ``conftest.py`` of that run;
* ``<!-- docs-test: skip because <reason> -->``: not run; the reason is required.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import voice_agents_mock
from voice_agents import VoiceAgentsClient
from voice_agents_mock import MockServer

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MOCK_ADDRESS = "http://127.0.0.1:4010"
MARKER = re.compile(
    r"^<!-- docs-test: (?P<kind>skip|pytest|conftest)(?: because (?P<why>.+?))? -->$"
)
CLOSED_PORT_PROXY = "http://127.0.0.1:9"


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # of the opening fence, 1-based
    code: str
    kind: str  # run | skip | pytest | conftest
    reason: str | None

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def python_blocks(page: Path) -> list[Block]:
    lines = page.read_text().split("\n")
    blocks = []
    index = 0
    while index < len(lines):
        if lines[index].strip() != "```python":
            index += 1
            continue
        start = index
        end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() == "```")
        previous = lines[start - 1].strip() if start else ""
        marker = MARKER.match(previous)
        kind = marker["kind"] if marker else "run"
        reason = marker["why"] if marker else None
        code = "\n".join(lines[start + 1 : end]) + "\n"
        blocks.append(Block(page, start + 1, code, kind, reason))
        index = end + 1
    return blocks


ALL_BLOCKS = [block for page in PAGES for block in python_blocks(page)]


def test_the_docs_have_python_blocks_and_every_skip_says_why() -> None:
    assert len(ALL_BLOCKS) >= 15, [b.name for b in ALL_BLOCKS]
    for block in ALL_BLOCKS:
        if block.kind == "skip":
            assert block.reason, f"{block.name}: a skipped block must say why"


@pytest.mark.parametrize("block", ALL_BLOCKS, ids=lambda b: b.name)
def test_placeholders_in_examples_are_ascii(block: Block) -> None:
    assert block.code.isascii(), f"{block.name}: non-ASCII text in a code block"


@pytest.fixture
def mock(voice_agents_mock: MockServer) -> MockServer:
    """The suite's shared mock (tests/conftest.py), reset after each test."""
    return voice_agents_mock


@pytest.fixture
def docs_env(mock: MockServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    env = {
        "VOICE_AGENTS_PUBLIC_KEY": voice_agents_mock.TEST_PUBLIC_KEY,
        "VOICE_AGENTS_PRIVATE_KEY": voice_agents_mock.TEST_PRIVATE_KEY,
        "VOICE_AGENTS_WORKSPACE": voice_agents_mock.TEST_WORKSPACE,
        "VOICE_AGENTS_ORGANIZATION": voice_agents_mock.TEST_ORGANIZATION,
        "VOICE_AGENTS_BASE_URL": mock.url,
        "HTTP_PROXY": CLOSED_PORT_PROXY,
        "HTTPS_PROXY": CLOSED_PORT_PROXY,
        "NO_PROXY": "127.0.0.1,localhost",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    return env


def _runnable(page: Path) -> list[Block]:
    return [b for b in python_blocks(page) if b.kind != "skip"]


@pytest.mark.parametrize(
    "page",
    [page for page in PAGES if _runnable(page)],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_the_blocks_of_a_page_run(
    page: Path, mock: MockServer, docs_env: dict[str, str], tmp_path: Path
) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    pytest_files: list[Block] = []
    conftest: Block | None = None
    for block in _runnable(page):
        code = block.code.replace(MOCK_ADDRESS, mock.url)
        if block.kind == "pytest":
            pytest_files.append(block)
        elif block.kind == "conftest":
            conftest = block
        else:
            try:
                exec(compile(code, block.name, "exec"), namespace)
            except Exception as exc:
                raise AssertionError(f"{block.name} failed: {exc!r}") from exc
    # Like a reader's session ending: clients a page leaves open are closed (the docs show
    # closing where it matters; a page-long session keeps its client).
    for value in namespace.values():
        if isinstance(value, VoiceAgentsClient):
            value.close()
    if not pytest_files:
        return
    run_dir = tmp_path / "docs_tests"
    run_dir.mkdir()
    for number, block in enumerate(pytest_files):
        (run_dir / f"test_block_{number}.py").write_text(block.code)
    if conftest is not None:
        (run_dir / "conftest.py").write_text(conftest.code)
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", os.devnull),
            *("-p", "voice_agents_mock.pytest_plugin", "."),
        ],
        cwd=run_dir,
        # The plugin a reader's suite has (ours), not every one this virtualenv holds for our
        # own suite (schemathesis, hypothesis, respx, anyio): each costs start-up time.
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, f"{[b.name for b in pytest_files]}:\n{proc.stdout}{proc.stderr}"
    assert f"{len(pytest_files)} passed" in proc.stdout
