"""Where proxy mode sends traffic: the checked ``--upstream`` and the pool of connections to it.

Internal module, light on purpose: ``MockServer`` and the serving process check an upstream
URL with it before anything starts, without importing the rest of proxy mode.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .._core.policy import is_loopback_host, redact_url

if TYPE_CHECKING:
    from .._http.upstream import UpstreamPool

__all__ = ["ProxySettings", "UpstreamTarget", "origin_pool", "parse_upstream"]

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True)
class UpstreamTarget:
    """Where proxy mode sends traffic: ``https://host[:port][/base]`` (``http`` on loopback)."""

    url: str
    scheme: str
    host: str
    port: int
    base_path: str
    authority: str


def parse_upstream(url: str) -> UpstreamTarget:
    """Check ``--upstream``: https, or plain http only to a loopback address.

    Raises:
        ValueError: with a message saying what is wrong and what is accepted.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"--upstream {redact_url(url)!r} is not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError(
            f"--upstream {redact_url(url)!r} must be an https:// URL such as "
            "https://api.stage.voice-agent.miraiminds.co"
        )
    if parts.username or parts.password:
        raise ValueError("--upstream must not carry credentials: the keys come from the caller")
    if parts.query or parts.fragment:
        raise ValueError("--upstream must be a base URL, without query or fragment")
    if parts.scheme == "http" and not is_loopback_host(host):
        raise ValueError(
            f"--upstream {url!r} uses plain http to {host}, which is not a loopback address: "
            "the callers' keys would cross the network unencrypted. Use https:// (plain http is "
            "accepted only for localhost, 127.0.0.0/8 and [::1])"
        )
    default_port = 443 if parts.scheme == "https" else 80
    shown_host = f"[{host}]" if ":" in host else host
    authority = shown_host if port in (None, default_port) else f"{shown_host}:{port}"
    return UpstreamTarget(
        url=f"{parts.scheme}://{authority}{parts.path.rstrip('/')}",
        scheme=parts.scheme,
        host=shown_host,
        port=port or default_port,
        base_path=parts.path.rstrip("/"),
        authority=authority,
    )


def origin_pool(target: UpstreamTarget, timeout: float) -> UpstreamPool:
    """Keep-alive connections to the upstream; a request that may have acted is never resent."""
    from .._http.upstream import UpstreamPool

    tls = ssl.create_default_context() if target.scheme == "https" else None
    return UpstreamPool(
        lambda: target.port,
        timeout=timeout,
        host=target.host.strip("[]"),
        tls=tls,
        authority=target.authority,
        resend=_IDEMPOTENT,
    )


@dataclass(frozen=True)
class ProxySettings:
    """What proxy mode takes of the options."""

    target: UpstreamTarget
    strict: bool = False
    block_writes: bool = False
    report: Path | None = None
    timeout: float = 30.0
    """Seconds the upstream has for one answer."""
