"""Checks of the clients' settings before anything is sent (internal).

Each names the argument (or environment variable) it checks and, for a value that may be a
secret, the offending character and its position, never the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

import httpx

from ._settings import (
    ENV_BASE_URL,
    ENV_ORGANIZATION,
    ENV_PRIVATE_KEY,
    ENV_PUBLIC_KEY,
    ENV_WORKSPACE,
    PRODUCTION_URL,
)
from .errors import ConfigurationError

__all__ = [
    "EnvCredentials",
    "check_base_url",
    "check_header_value",
    "check_key",
    "credentials_from_env",
    "first_unsendable",
]


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


class EnvCredentials(TypedDict):
    """What ``from_env`` reads: the constructor's keyword arguments of the same names."""

    public_key: str
    private_key: str
    workspace: str | None
    organization: str | None
    base_url: str


def credentials_from_env(env: Mapping[str, str]) -> EnvCredentials:
    """Keys, workspace, organization and host from ``VOICE_AGENTS_*``, each checked.

    An empty value counts as unset. The messages name the variable a value came from.
    """
    public_key = env.get(ENV_PUBLIC_KEY, "")
    private_key = env.get(ENV_PRIVATE_KEY, "")
    workspace = env.get(ENV_WORKSPACE) or None
    organization = env.get(ENV_ORGANIZATION) or None
    base_url = env.get(ENV_BASE_URL) or PRODUCTION_URL
    missing = [
        name
        for name, value in ((ENV_PUBLIC_KEY, public_key), (ENV_PRIVATE_KEY, private_key))
        if not value
    ]
    if missing:
        raise ConfigurationError(
            f"missing environment variable{'s' if len(missing) > 1 else ''} "
            f"{' and '.join(missing)}: set {'them' if len(missing) > 1 else 'it'}, "
            "or pass public_key= and private_key= to VoiceAgentsClient(...)"
        )
    check_key(ENV_PUBLIC_KEY, public_key)
    check_key(ENV_PRIVATE_KEY, private_key)
    check_header_value(ENV_WORKSPACE, workspace)
    check_header_value(ENV_ORGANIZATION, organization)
    check_base_url(ENV_BASE_URL, base_url)
    return {
        "public_key": public_key,
        "private_key": private_key,
        "workspace": workspace,
        "organization": organization,
        "base_url": base_url,
    }
