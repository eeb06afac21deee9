"""Who may talk to the mock, and whom the mock may talk to: Host, Origin, webhook targets.

Internal module. Secure by default, as Vite (CVE-2025-24010), WireMock (CVE-2023-41327) and
Mockoon (GHSA-rqx4-3f6q-3x2v) learned: a web page the developer visits must not be able to use
the mock. So the ``Host`` header must name the bound address or a loopback name (else a
DNS-rebinding page could read answers), CORS answers only loopback origins, and webhooks go
only to loopback addresses. Each rule opens only by the operator's choice (options of
``serve``/``MockServer``), never by anything a request says.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

__all__ = ["AccessPolicy", "http_url", "is_loopback_host", "redact_url"]


def _host_of_authority(authority: str) -> str | None:
    """The lower-case host of ``host[:port]`` or ``[v6][:port]`` (None when malformed)."""
    authority = authority.strip().lower()
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            return None
        host, rest = authority[: end + 1], authority[end + 1 :]
    else:
        host, sep, port = authority.partition(":")
        rest = sep + port
    if rest and not (rest.startswith(":") and (rest[1:] == "" or rest[1:].isdigit())):
        return None
    return host.rstrip(".") or None


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_loopback_host(host: str) -> bool:
    """``localhost`` (and ``*.localhost``, RFC 6761), ``127.0.0.0/8`` or ``[::1]``."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    address = _ip(host)
    return address is not None and address.is_loopback


def _normalise(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    address = _ip(host)
    if address is None:
        return host
    return f"[{address}]" if address.version == 6 else str(address)


@dataclass(frozen=True)
class AccessPolicy:
    """The operator's choices; every check is a pure function of them and the request."""

    bound_host: str = "127.0.0.1"
    allowed_hosts: frozenset[str] = frozenset()
    """Extra ``Host`` names accepted (``--allow-host``), for a mock reached by another name."""
    cors_origins: frozenset[str] = frozenset()
    """Origins answered besides loopback ones (``--cors-origin``); ``*`` answers any."""
    cors_private_network: bool = False
    webhook_allow: frozenset[str] = frozenset()
    """Webhook target hosts (``--webhook-allow``); empty means loopback addresses only."""

    @classmethod
    def create(
        cls,
        *,
        bound_host: str,
        allowed_hosts: Iterable[str] = (),
        cors_origins: Iterable[str] = (),
        cors_private_network: bool = False,
        webhook_allow: Iterable[str] = (),
    ) -> AccessPolicy:
        return cls(
            bound_host=_normalise(bound_host),
            allowed_hosts=frozenset(_normalise(h) for h in allowed_hosts),
            cors_origins=frozenset(o.strip().rstrip("/").lower() for o in cors_origins),
            cors_private_network=cors_private_network,
            webhook_allow=frozenset(_normalise(h) for h in webhook_allow),
        )

    # ------------------------------------------------------------------ Host
    def host_allowed(self, host_header: str | None) -> bool:
        """Whether the ``Host`` header names this mock (a loopback name or the bound address)."""
        if host_header is None:
            return False
        host = _host_of_authority(host_header)
        if host is None:
            return False
        if is_loopback_host(host):
            return True
        host = _normalise(host)
        return host == self.bound_host or host in self.allowed_hosts

    # ------------------------------------------------------------------ CORS
    def origin_allowed(self, origin: str) -> bool:
        """Whether browser code from ``origin`` may call the mock."""
        normalised = origin.strip().rstrip("/").lower()
        if "*" in self.cors_origins or normalised in self.cors_origins:
            return True
        parts = urlsplit(normalised)
        if parts.scheme not in ("http", "https") or parts.path or parts.query:
            return False
        try:
            host = parts.hostname
            _ = parts.port  # a malformed port raises
        except ValueError:
            return False
        return host is not None and is_loopback_host(host)

    def allow_origin_value(self, origin: str) -> tuple[bytes, bool]:
        """``Access-Control-Allow-Origin`` value and whether credentials may be allowed."""
        normalised = origin.strip().rstrip("/").lower()
        if "*" in self.cors_origins and normalised not in self.cors_origins:
            parts = urlsplit(normalised)
            if not (parts.hostname and is_loopback_host(parts.hostname)):
                return b"*", False  # credentials are never allowed with a wildcard
        return origin.encode("latin-1", "replace"), True

    # ------------------------------------------------------------------ webhooks
    def webhook_refusal(self, url: str) -> str | None:
        """Why a delivery to ``url`` is refused, or None when it may go out."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
            _ = parts.port
        except ValueError:
            return "not a valid URL"
        if parts.scheme not in ("http", "https") or not host:
            return "not an http(s) URL"
        if self.webhook_allow:
            if _normalise(host) in self.webhook_allow:
                return None
            return f"host {host} is not in --webhook-allow"
        address = _ip(host)
        if host.lower().rstrip(".") == "localhost" or (address is not None and address.is_loopback):
            return None
        return f"host {host} is not a loopback address (open it with --webhook-allow {host})"


def redact_url(url: str) -> str:
    """``url`` without the user name and password of its authority (for logs)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(malformed URL)"
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]
    return SplitResult(parts.scheme, "***@" + host, parts.path, parts.query, "").geturl()


def http_url(host: str, port: int) -> str:
    """The ``http://`` base URL of ``host`` and ``port`` (brackets around an IPv6 address)."""
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
