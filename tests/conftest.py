"""Suite-wide: the shared mock's options, Hypothesis without deadlines, and how many mock servers
(each one a Prism boot) a run starts, in its summary.

Prism boots are the largest fixed cost of the suite, so the count is printed at the end of
every run (``mock servers started in this process tree: N``), added up across pytest-xdist
workers. Mocks started by a subprocess of a test (the CLI tests, the docs' pytest runs) are not
counted: they are not in this process tree.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest

_STARTS = {"count": 0}

# The property tests check what a function does with odd input, not how fast: on a loaded 2-core
# machine one example can take longer than Hypothesis's 200 ms default, which would fail a
# correct function (and replay that example from .hypothesis on every later run). Speed is
# measured in `make bench`.
hypothesis.settings.register_profile("voice-agents", deadline=None)
hypothesis.settings.load_profile("voice-agents")


def pytest_configure(config: pytest.Config) -> None:
    from voice_agents_mock.server import MockServer

    original = MockServer.start
    if getattr(original, "__counted__", False):
        return

    def start(self: MockServer) -> Any:
        _STARTS["count"] += 1
        return original(self)

    start.__counted__ = True  # type: ignore[attr-defined]
    start.__doc__ = original.__doc__
    MockServer.start = start  # type: ignore[method-assign]
    config.stash[_TOTAL] = 0


_TOTAL = pytest.StashKey[int]()


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: hand the count to the controller
        workeroutput["mock_starts"] = _STARTS["count"]


@pytest.hookimpl(optionalhook=True)  # an xdist hook: unknown when the run has no workers
def pytest_testnodedown(node: Any, error: Any) -> None:
    config: pytest.Config = node.config
    config.stash[_TOTAL] = config.stash.get(_TOTAL, 0) + node.workeroutput.get("mock_starts", 0)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    total = config.stash.get(_TOTAL, 0) + _STARTS["count"]
    terminalreporter.write_line(f"mock servers started in this process tree: {total}")


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    """The suite's shared mock (the plugin's ``voice_agents_mock``): each webhook sequence plays
    within 0.3 s and an upload indexes for 0.3 s, so no test waits the defaults' seconds. A test
    folder that needs other options overrides this; every different set is one more Prism."""
    return {"webhook_duration": 0.3, "indexing_time": 0.3}
