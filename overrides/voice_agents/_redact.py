"""Secret redaction for reprs, exceptions and log records (internal).

Two layers keep the API keys out of text:

* :class:`Redactor` belongs to one client. It knows that client's secrets and builds redacted
  copies of requests, responses, headers and bodies for exceptions.
* :class:`RedactingFilter` is a :class:`logging.Filter` installed once on the ``voice_agents``,
  ``httpx`` and ``httpcore.*`` loggers (and the HTTP/2 ``h2``/``hpack`` ones). It rewrites any
  record whose text contains a secret registered by any client in this process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "RedactingFilter",
    "Redactor",
    "install_log_filter",
    "mask_public_key",
    "register_secrets",
]

REDACTED = "[REDACTED]"
"""What a secret is replaced with."""

SENSITIVE_HEADERS = frozenset(
    {
        "x-private-key",
        "x-public-key",
        "x-api-key",
        "authorization",
        "proxy-authorization",
    }
)
"""Header names whose values never appear in exceptions or logs (lower case)."""

LOGGER_NAMES = (
    "voice_agents",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "h2",
    "h2.connection",
    "hpack",
    "hpack.hpack",
    "hpack.table",
)
"""Loggers that may see request or response text. A filter on a logger applies only to records
created on that very logger (not to its children), hence the explicit list."""


def mask_public_key(key: str) -> str:
    """Show only the first characters of a public key.

    Args:
        key: The full public key, e.g. ``pk_`` followed by 32 hex digits.

    Returns:
        At most the first 7 characters (a quarter of the key if it is short) followed by ``***``.
    """
    return key[: min(7, len(key) // 4)] + "***"


class _SecretRegistry:
    """Process-wide set of secrets (and their replacements) the log filter removes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pairs: dict[str, str] = {}
        self._ordered: tuple[tuple[str, str], ...] = ()

    def add(self, pairs: Mapping[str, str]) -> None:
        with self._lock:
            changed = False
            for secret, replacement in pairs.items():
                if secret and self._pairs.get(secret) != replacement:
                    self._pairs[secret] = replacement
                    changed = True
            if changed:
                # Longest first, so a secret containing another is replaced whole.
                self._ordered = tuple(
                    sorted(self._pairs.items(), key=lambda item: len(item[0]), reverse=True)
                )

    def pairs(self) -> tuple[tuple[str, str], ...]:
        return self._ordered


_REGISTRY = _SecretRegistry()


def _replace_all(text: str, pairs: Iterable[tuple[str, str]]) -> str:
    for secret, replacement in pairs:
        if secret in text:
            text = text.replace(secret, replacement)
    return text


def register_secrets(pairs: Mapping[str, str]) -> None:
    """Add secrets (mapped to their replacement text) to the process-wide log filter."""
    _REGISTRY.add(pairs)


class RedactingFilter(logging.Filter):
    """Rewrite log records whose message or traceback contains a registered secret.

    The filter never drops a record; it replaces ``msg``/``args`` with the redacted text
    (and pre-renders a redacted ``exc_text`` when the traceback would show a secret).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        pairs = _REGISTRY.pairs()
        if not pairs:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to fix
            return True
        redacted = _replace_all(message, pairs)
        if redacted != message:
            record.msg = redacted
            record.args = None
        if record.exc_info and not record.exc_text:
            text = logging.Formatter().formatException(record.exc_info)
            redacted_text = _replace_all(text, pairs)
            if redacted_text != text:
                record.exc_text = redacted_text
        if record.stack_info:
            record.stack_info = _replace_all(record.stack_info, pairs)
        return True


_FILTER = RedactingFilter()

# The copy holds the decoded body, so the original framing would be wrong for it.
_BODY_FRAMING_HEADERS = ("content-encoding", "content-length", "transfer-encoding")
_INSTALL_LOCK = threading.Lock()
_installed = False


def install_log_filter() -> None:
    """Install the redacting filter on every logger in ``LOGGER_NAMES`` (idempotent)."""
    global _installed
    with _INSTALL_LOCK:
        if _installed:
            return
        for name in LOGGER_NAMES:
            logging.getLogger(name).addFilter(_FILTER)
        _installed = True


class Redactor:
    """Removes one client's secrets from text, headers, requests and responses.

    Args:
        public_key: The public key; shown masked (first characters only).
        private_key: The private key; never shown.
        extra_secrets: Further secret values (e.g. an ``x-api-key`` header), never shown.
    """

    __slots__ = ("_pairs", "_public_mask")

    def __init__(
        self, public_key: str, private_key: str, extra_secrets: Iterable[str] = ()
    ) -> None:
        self._public_mask = mask_public_key(public_key)
        pairs: dict[str, str] = {}
        for secret in extra_secrets:
            if secret:
                pairs[secret] = REDACTED
        if public_key:
            pairs[public_key] = self._public_mask
        if private_key:
            pairs[private_key] = REDACTED
        self._pairs = tuple(sorted(pairs.items(), key=lambda item: len(item[0]), reverse=True))
        register_secrets(pairs)
        install_log_filter()

    def __repr__(self) -> str:
        return f"Redactor(public_key={self._public_mask!r}, secrets={len(self._pairs)})"

    def text(self, value: str) -> str:
        """Return ``value`` with every secret replaced."""
        return _replace_all(value, self._pairs)

    def content(self, value: bytes) -> bytes:
        """Return ``value`` (a body) with every secret replaced (UTF-8 bytes)."""
        for secret, replacement in self._pairs:
            raw = secret.encode()
            if raw in value:
                value = value.replace(raw, replacement.encode())
        return value

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        """Return a copy of ``headers`` with sensitive values replaced."""
        redacted: list[tuple[str, str]] = []
        for name, value in headers.multi_items():
            lowered = name.lower()
            if lowered == "x-public-key":
                redacted.append((name, mask_public_key(value)))
            elif lowered in SENSITIVE_HEADERS:
                redacted.append((name, REDACTED))
            else:
                redacted.append((name, self.text(value)))
        return httpx.Headers(redacted)

    def request(self, request: httpx.Request) -> httpx.Request:
        """Return a copy of ``request`` safe to keep on an exception (sensitive headers masked).

        The body is copied when it has been read (as for every JSON request); a streamed body
        is left out.
        """
        try:
            content: bytes | None = self.content(request.content)
        except httpx.RequestNotRead:
            content = None
        copy = httpx.Request(
            request.method,
            request.url,
            headers=self.headers(request.headers),
            content=content,
        )
        return copy

    def response(self, response: httpx.Response, body: bytes) -> httpx.Response:
        """Return a read copy of ``response`` with the given (already redacted) body.

        The copy carries the decoded body, so ``Content-Encoding``, ``Content-Length`` and
        ``Transfer-Encoding`` are left out of its headers.
        """
        extensions: dict[str, Any] = {
            key: response.extensions[key]
            for key in ("http_version", "reason_phrase")
            if key in response.extensions
        }
        headers = self.headers(response.headers)
        for name in _BODY_FRAMING_HEADERS:
            headers.pop(name, None)
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=body,
            request=self.request(response.request),
            extensions=extensions,
        )
