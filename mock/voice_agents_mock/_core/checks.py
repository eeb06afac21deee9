"""Validation of the mock's settings: each check returns the value (normalised) or raises.

Internal module; :class:`~.options.MockOptions` names one of these per setting. A check sees
Python values: the command line converts its words to the setting's type first.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..events import SCENARIOS

__all__ = [
    "optional_path",
    "optional_text",
    "paths",
    "port_number",
    "positive_int",
    "scenario_name",
    "seconds",
    "strings",
]


def port_number(value: Any) -> int:
    """A TCP port, 0-65535 (0 picks a free one)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
        raise ValueError(
            f"port must be a number from 0 to 65535 (0 picks a free one), not {value!r}"
        )
    return value


def positive_int(name: str) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be an integer of at least 1, not {value!r}")
        return value

    return check


def seconds(name: str) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not (value >= 0 and math.isfinite(value))
        ):
            raise ValueError(f"{name} must be a number of seconds of at least 0, not {value!r}")
        return float(value)

    return check


def strings(name: str) -> Callable[[Any], tuple[str, ...]]:
    def check(value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            raise TypeError(f"{name} takes a list of strings, not one string: [{value!r}]")
        out = tuple(value)
        if not all(isinstance(item, str) and item for item in out):
            raise TypeError(f"{name} takes non-empty strings, got {value!r}")
        return out

    return check


def scenario_name(value: Any) -> str:
    if value not in SCENARIOS:
        raise ValueError(f"unknown scenario {value!r}; choose one of {', '.join(SCENARIOS)}")
    return str(value)


def optional_path(value: Any) -> Path | None:
    return None if value is None else Path(value)


def optional_text(value: Any) -> str | None:
    return None if value is None else str(value)


def paths(name: str) -> Callable[[Any], tuple[Path, ...]]:
    """A list of file paths (one path alone is refused, like one string for a list)."""

    def check(value: Any) -> tuple[Path, ...]:
        if isinstance(value, str | Path):
            raise TypeError(f"{name} takes a list of paths, not one path: [{str(value)!r}]")
        out = tuple(Path(item) for item in value)
        if not all(str(item) not in ("", ".") for item in out):
            raise TypeError(f"{name} takes file paths, got {value!r}")
        return out

    return check
