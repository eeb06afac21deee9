"""Errors raised by voice_agents_mock (re-exported from the package)."""

from __future__ import annotations

__all__ = [
    "MockServerError",
    "MockStartError",
    "PortInUseError",
    "ProvisioningError",
    "SeedDataError",
]


class MockServerError(Exception):
    """Root of every error voice_agents_mock raises."""


class MockStartError(MockServerError):
    """The mock did not become ready; ``log_tail`` holds the end of its log."""

    def __init__(self, message: str, log_tail: str = "") -> None:
        super().__init__(
            f"{message}\n--- last lines of the mock's log ---\n{log_tail}" if log_tail else message
        )
        self.log_tail = log_tail


class PortInUseError(MockStartError):
    """The requested port is already taken by another process."""


class SeedDataError(MockStartError):
    """The seed data was refused, so nothing started; ``problems`` names each value that
    breaks its rule (the file, the JSON path, the rule)."""

    def __init__(self, problems: list[str], log_tail: str = "") -> None:
        shown = "\n".join(f"  {problem}" for problem in problems) or "  (see the log)"
        super().__init__(f"the seed data was refused:\n{shown}", log_tail)
        self.problems = problems


class ProvisioningError(MockServerError):
    """Node or Prism is missing and could not be provided."""
