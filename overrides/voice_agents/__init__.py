"""voice_agents: the hand-written public library over the generated ``voice_agents_client``.

This package is filled by the library issue (``VoiceAgentsClient``, typed errors, retries,
redaction) and the webhooks issue. For now it exports the two documented hosts.
"""

from __future__ import annotations

__all__ = ["PRODUCTION_URL", "STAGING_URL"]

PRODUCTION_URL = "https://api.voice-agents.miraiminds.co"
"""Production host (plural ``voice-agents``)."""

STAGING_URL = "https://api.stage.voice-agent.miraiminds.co"
"""Staging host (singular ``voice-agent``)."""
