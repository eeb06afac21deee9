"""Constants and checks shared by the serving process and its parent (no heavy imports)."""

from __future__ import annotations

from typing import Final

__all__ = [
    "DEFAULT_INDEXING_TIME",
    "DEFAULT_JOURNAL_SIZE",
    "EXIT_BACKEND",
    "EXIT_PORT_IN_USE",
    "EXIT_PROVISIONING",
    "EXIT_SEED_DATA",
    "MAX_BODY_BYTES",
    "PRISM_READY_MARK",
    "READY_MARK",
    "SCENARIO_HEADER",
    "SEED_DATA_MARK",
    "TEST_ORGANIZATION",
    "TEST_PRIVATE_KEY",
    "TEST_PUBLIC_KEY",
    "TEST_WORKSPACE",
    "check_port",
]

EXIT_PORT_IN_USE: Final = 3
"""Exit status of ``serve`` when the port is taken."""
EXIT_BACKEND: Final = 4
"""Exit status of ``serve`` when the spec is unusable or Prism cannot start."""
EXIT_PROVISIONING: Final = 5
"""Exit status when Node or Prism is missing and cannot be installed."""
EXIT_SEED_DATA: Final = 6
"""Exit status of ``serve`` when its seed data is refused (nothing was started)."""
SEED_DATA_MARK: Final = "seed data refused: "
"""Start of each log line naming a problem of the seed data (``MockServer`` reads them)."""
READY_MARK: Final = "voice-agents-mock ready: "
"""Start of the line ``serve`` prints once it serves: the URL follows."""
PRISM_READY_MARK: Final = b"voice-agents-mock prism-runner: listening on "
"""Start of the line ``_prism_runner.cjs`` prints once Prism listens."""
SCENARIO_HEADER: Final = "x-mock-scenario"
"""Request header that picks the webhook scenario of one ``initiate_call``."""
DEFAULT_JOURNAL_SIZE: Final = 1000
"""Entries each journal keeps (``--journal-size``)."""
MAX_BODY_BYTES: Final = 11 * 1024 * 1024
"""Largest request body the mock accepts by default; larger gets 413.

Above the largest request the spec allows: a full 10 MiB ``upload_chunk`` chunk plus its
multipart framing and index (the front checks those itself; Prism's parser stops at 10 MiB).
"""
DEFAULT_INDEXING_TIME: Final = 1.0
"""Seconds a completed knowledge-base upload stays ``processing`` before it is ``ready``."""
TEST_PUBLIC_KEY: Final = "pk_0123456789abcdef0123456789abcdef"
"""Public key the fixture client sends (the mock accepts any non-empty key)."""
TEST_PRIVATE_KEY: Final = "sk_" + "0123456789abcdef" * 4
"""Private key the fixture client sends; the mock signs its webhooks with the request's key."""
TEST_WORKSPACE: Final = "6690a1b2c3d4e5f600000001"
TEST_ORGANIZATION: Final = "6690a1b2c3d4e5f600000099"


def check_port(port: int) -> int:
    """``port`` when it is a TCP port number (0-65535; 0 picks a free one).

    Raises:
        ValueError: the number is out of range, with a message naming the range.
    """
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise ValueError(
            f"port must be a number from 0 to 65535 (0 picks a free one), not {port!r}"
        )
    return port
