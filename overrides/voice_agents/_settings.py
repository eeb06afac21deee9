"""The clients' settings: hosts, the default timeout, environment variables, options."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

from .retry import Clock, RetryPolicy

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_BASE_URL",
    "ENV_ORGANIZATION",
    "ENV_PRIVATE_KEY",
    "ENV_PUBLIC_KEY",
    "ENV_WORKSPACE",
    "PRODUCTION_URL",
    "RESERVED_HTTPX_ARGS",
    "STAGING_URL",
    "ClientOptions",
]

PRODUCTION_URL = "https://api.voice-agents.miraiminds.co"
"""Production host (plural ``voice-agents``)."""

STAGING_URL = "https://api.stage.voice-agent.miraiminds.co"
"""Staging host (singular ``voice-agent``)."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""10 s to connect, 30 s for each read, write and wait for a pooled connection."""

ENV_PUBLIC_KEY = "VOICE_AGENTS_PUBLIC_KEY"
ENV_PRIVATE_KEY = "VOICE_AGENTS_PRIVATE_KEY"
ENV_WORKSPACE = "VOICE_AGENTS_WORKSPACE"
ENV_ORGANIZATION = "VOICE_AGENTS_ORGANIZATION"
ENV_BASE_URL = "VOICE_AGENTS_BASE_URL"

# httpx_args the client sets itself; each has its own constructor argument.
RESERVED_HTTPX_ARGS = {
    "base_url": "base_url",
    "headers": "headers",
    "cookies": "cookies",
    "timeout": "timeout",
    "verify": "verify_ssl",
    "follow_redirects": "follow_redirects",
}


class ClientOptions(TypedDict, total=False):
    """The optional settings of the clients (those ``from_env`` also accepts)."""

    timeout: float | httpx.Timeout
    max_retries: int | None
    retry_policy: RetryPolicy | None
    raise_on_error: bool
    raise_on_unexpected_status: bool
    headers: Mapping[str, str] | None
    cookies: Mapping[str, str] | None
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: Mapping[str, Any] | None
    clock: Clock | None
