"""Fixtures for the tests of voice_agents_mock.

Most tests share the session mock of the package's own pytest plugin (``voice_agents_mock``),
configured here with a short webhook sequence; tests that need a server of their own (start,
stop, port in use, broken spec) start one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from mock_support import Receiver


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    """The shared mock plays each webhook sequence within 0.3 s and indexes an upload for 0.3 s."""
    return {"webhook_duration": 0.3, "indexing_time": 0.3}


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver on a free loopback port."""
    server = Receiver()
    yield server
    server.close()
