"""pytest plugin (entry point ``pytest11``): a running mock and a client pointed at it.

Fixtures:

* ``voice_agents_mock`` (session): a started :class:`~voice_agents_mock.MockServer` on a free
  loopback port, stopped at the end of the session.
* ``voice_agents_client`` (function): a ``voice_agents.VoiceAgentsClient`` for that mock, with
  the test keys, workspace and organization of :mod:`voice_agents_mock`, and no retries (a
  status forced with ``Prefer: code=500`` surfaces at once).
* ``voice_agents_mock_options`` (session): keyword arguments for the ``MockServer``; override it
  in a ``conftest.py`` to change them, e.g. ``return {"dynamic": True, "seed": 1}``.

Nothing starts unless a test asks for one of these fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from . import TEST_ORGANIZATION, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE
from .server import MockServer

if TYPE_CHECKING:
    from voice_agents import VoiceAgentsClient

__all__ = ["voice_agents_client", "voice_agents_mock", "voice_agents_mock_options"]


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    """Keyword arguments for the session's ``MockServer`` (override in your conftest.py)."""
    return {}


@pytest.fixture(scope="session")
def voice_agents_mock(voice_agents_mock_options: dict[str, Any]) -> Iterator[MockServer]:
    """A running mock for the whole session (``.url`` is its base URL)."""
    with MockServer(**voice_agents_mock_options) as server:
        yield server


@pytest.fixture
def voice_agents_client(voice_agents_mock: MockServer) -> Iterator[VoiceAgentsClient]:
    """A ``VoiceAgentsClient`` pointed at the session's mock, with the test credentials."""
    from voice_agents import VoiceAgentsClient

    client = VoiceAgentsClient(
        public_key=TEST_PUBLIC_KEY,
        private_key=TEST_PRIVATE_KEY,
        workspace=TEST_WORKSPACE,
        organization=TEST_ORGANIZATION,
        base_url=voice_agents_mock.url,
        max_retries=0,
    )
    try:
        yield client
    finally:
        client.close()
