"""Checks of the clients' settings before anything is sent (internal).

Each names the argument (or environment variable) it checks and, for a value that may be a
secret, the offending character and its position, never the value.
"""

from __future__ import annotations

import httpx

from .errors import ConfigurationError

__all__ = ["check_base_url", "check_header_value", "check_key", "first_unsendable"]


def first_unsendable(value: str) -> tuple[int, str] | None:
    """Position and character of the first one an HTTP header value cannot carry."""
    if value.isascii() and value.isprintable():  # the common case, checked in C
        return None
    for index, char in enumerate(value):
        if not (" " <= char <= "~" or char == "\t"):
            return index, char
    return None


def check_header_value(name: str, value: str | None) -> None:
    """Refuse a value httpx could only fail on later, deep inside a request, and say why.

    httpx encodes header values as ASCII, so a key pasted with a typographic ``…`` raised a
    bare ``UnicodeEncodeError`` at the first request. The message shows the offending
    character and its position, never the value, because the value may be a secret.
    """
    if value is None:
        return
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, got {type(value).__name__}")
    found = first_unsendable(value)
    if found is None:
        return
    index, char = found
    raise ConfigurationError(
        f"{name} contains {char!a} (U+{ord(char):04X}) at position {index}: HTTP headers "
        "carry printable ASCII only; copy the value again (a placeholder such as 'pk_...' "
        "is not a key)"
    )


def check_key(name: str, value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{name} must be a non-empty string")
    check_header_value(name, value)


def check_base_url(name: str, value: str) -> None:
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"{name} is not a valid URL ({exc}), got {value!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{name} must be an http(s) URL such as https://api.voice-agents.miraiminds.co, "
            f"got {value!r}"
        )
