"""Fixtures for the tests of voice_agents_mock.

Most tests share the session mock of the package's own pytest plugin (``voice_agents_mock``),
configured in tests/conftest.py with a short webhook sequence; tests that need a server of their
own (start, stop, port in use, broken spec) start one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mock_support import Receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver on a free loopback port."""
    server = Receiver()
    yield server
    server.close()
