"""pytest plugin (entry point ``pytest11``): a running mock, a client for it, a webhook receiver.

Fixtures:

* ``voice_agents_mock``: a started :class:`~voice_agents_mock.MockServer` on a free loopback
  port. One server per distinct ``voice_agents_mock_options`` runs for the whole session (so a
  sub-folder's options are honoured, not silently replaced by the first folder's); after every
  test that used it, the server is reset: what the test programmed, recorded or created is gone
  for the next one. Mark a test ``@pytest.mark.voice_agents_keep_state`` to leave its state to
  the tests after it.
* ``voice_agents_client`` (function): a ``voice_agents.VoiceAgentsClient`` for that mock, with
  the test keys, workspace and organization of :mod:`voice_agents_mock`, and no retries:
  ``voice_agents_client.calls.initiate(...)``.
* ``voice_agents_async_client`` (function): the same as a ``voice_agents.AsyncVoiceAgentsClient``
  (``await voice_agents_async_client.calls.initiate(...)``). Inside a test's own
  ``asyncio.run(...)``, use it as ``async with client:`` so its connections close in that loop;
  otherwise they are closed at teardown.
* ``voice_agents_mock_options`` (session): keyword arguments for the ``MockServer``; override it
  in a ``conftest.py`` to change them, e.g. ``return {"dynamic": True, "seed": 1}``.
* ``voice_agents_webhook_receiver`` (function): a loopback HTTP server that verifies and parses
  every delivery (``.url``, ``.events``, ``.wait_for(type, timeout)``).

The fixture's value is a ``MockServer``, which carries the package's constants too
(``voice_agents_mock.TEST_PUBLIC_KEY`` works inside a test that takes the fixture). Nothing
starts unless a test asks for one of these fixtures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ._core.constants import TEST_ORGANIZATION, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE
from ._webhooks.receiver import WebhookReceiver
from .server import MockServer

if TYPE_CHECKING:
    from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient

__all__ = [
    "WebhookReceiver",
    "voice_agents_async_client",
    "voice_agents_client",
    "voice_agents_mock",
    "voice_agents_mock_options",
    "voice_agents_webhook_receiver",
]

KEEP_STATE_MARKER = "voice_agents_keep_state"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{KEEP_STATE_MARKER}: do not reset the voice_agents_mock after this test (its state, "
        "journal and programmed answers stay for the next tests)",
    )


class _Servers:
    """The session's mocks, one per distinct option set, stopped at the end."""

    def __init__(self) -> None:
        self._servers: dict[str, MockServer] = {}

    def get(self, options: dict[str, Any]) -> MockServer:
        try:
            key = json.dumps(options, sort_keys=True, default=str)
        except (TypeError, ValueError) as exc:
            raise pytest.UsageError(
                f"voice_agents_mock_options must be JSON-like keyword arguments: {exc}"
            ) from exc
        server = self._servers.get(key)
        if server is None or not server.is_running():
            server = MockServer(**options).start()
            self._servers[key] = server
        return server

    def stop(self) -> None:
        for server in self._servers.values():
            server.stop()
        self._servers.clear()


@pytest.fixture(scope="session")
def _voice_agents_mock_servers() -> Iterator[_Servers]:
    servers = _Servers()
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    """Keyword arguments for the session's ``MockServer`` (override in your conftest.py)."""
    return {}


@pytest.fixture
def voice_agents_mock(
    request: pytest.FixtureRequest,
    voice_agents_mock_options: dict[str, Any],
    _voice_agents_mock_servers: _Servers,
) -> Iterator[MockServer]:
    """A running mock (``.url`` is its base URL), reset after the test."""
    if not isinstance(voice_agents_mock_options, dict):
        raise pytest.UsageError(
            "voice_agents_mock_options must return a dict of MockServer keyword arguments, "
            f"not {type(voice_agents_mock_options).__name__}"
        )
    server = _voice_agents_mock_servers.get(voice_agents_mock_options)
    yield server
    if request.node.get_closest_marker(KEEP_STATE_MARKER) is None and server.is_running():
        server.reset()


def _client_settings(mock: MockServer) -> dict[str, Any]:
    # No retries: a programmed or `Prefer` status surfaces at once.
    return {
        "public_key": TEST_PUBLIC_KEY,
        "private_key": TEST_PRIVATE_KEY,
        "workspace": TEST_WORKSPACE,
        "organization": TEST_ORGANIZATION,
        "base_url": mock.url,
        "max_retries": 0,
    }


@pytest.fixture
def voice_agents_client(voice_agents_mock: MockServer) -> Iterator[VoiceAgentsClient]:
    """A ``VoiceAgentsClient`` pointed at the mock, with the test credentials."""
    from voice_agents import VoiceAgentsClient

    client = VoiceAgentsClient(**_client_settings(voice_agents_mock))
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def voice_agents_async_client(
    voice_agents_mock: MockServer,
) -> Iterator[AsyncVoiceAgentsClient]:
    """An ``AsyncVoiceAgentsClient`` pointed at the mock, with the test credentials."""
    import asyncio

    from voice_agents import AsyncVoiceAgentsClient

    client = AsyncVoiceAgentsClient(**_client_settings(voice_agents_mock))
    try:
        yield client
    finally:
        if client._async_client is not None:  # still open: the test's loop may be gone
            asyncio.run(client.aclose())


@pytest.fixture
def voice_agents_webhook_receiver() -> Iterator[WebhookReceiver]:
    """A webhook receiver on a free loopback port (``.url``, ``.events``, ``.wait_for``)."""
    receiver = WebhookReceiver()
    try:
        yield receiver
    finally:
        receiver.close()
