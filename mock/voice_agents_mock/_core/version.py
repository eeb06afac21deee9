"""The installed distribution's version, read on first use.

Importing the metadata machinery costs more than the rest of the package's import, and the
serving process never needs it, so nothing reads it until asked.
"""

from __future__ import annotations

from functools import cache

__all__ = ["package_version"]


@cache
def package_version() -> str:
    """The version of ``mirai-voice-agents`` (``0+unknown`` from a never-installed tree)."""
    from importlib.metadata import PackageNotFoundError, version

    # The version lives only in pyproject.toml; the installed metadata carries it here.
    try:
        return version("mirai-voice-agents")
    except PackageNotFoundError:
        return "0+unknown"
