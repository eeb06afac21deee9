"""Constants shared by the serving process and its parent (no heavy imports here)."""

from __future__ import annotations

from typing import Final

__all__ = [
    "EXIT_BACKEND",
    "EXIT_PORT_IN_USE",
    "EXIT_PROVISIONING",
    "PRISM_READY_MARK",
    "READY_MARK",
    "SCENARIO_HEADER",
]

EXIT_PORT_IN_USE: Final = 3
"""Exit status of ``serve`` when the port is taken."""
EXIT_BACKEND: Final = 4
"""Exit status of ``serve`` when the spec is unusable or Prism cannot start."""
EXIT_PROVISIONING: Final = 5
"""Exit status when Node or Prism is missing and cannot be installed."""
READY_MARK: Final = "voice-agents-mock ready: "
"""Start of the line ``serve`` prints once it serves: the URL follows."""
PRISM_READY_MARK: Final = b"voice-agents-mock prism-runner: listening on "
"""Start of the line ``_prism_runner.cjs`` prints once Prism listens."""
SCENARIO_HEADER: Final = "x-mock-scenario"
"""Request header that picks the webhook scenario of one ``initiate_call``."""
