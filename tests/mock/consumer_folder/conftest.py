"""A sub-folder with options of its own: the plugin must honour them (not reuse the parent's)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    return {"webhook_duration": 0.3, "stateful": False}
