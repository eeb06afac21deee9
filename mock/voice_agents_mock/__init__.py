"""voice_agents_mock: a local, Prism-backed mock of the Voice Agents API.

Placeholder until the mock issue lands (``MockServer``, the ``voice-agents-mock`` CLI, the pytest
fixture and signed webhooks). Nothing here is usable yet.
"""

from __future__ import annotations

__all__: list[str] = []
