"""Secret redaction for reprs, exceptions and log records (internal).

Two layers keep the API keys out of text:

* :class:`Redactor` belongs to one client. It knows that client's secrets and builds redacted
  copies of requests, responses, headers and bodies for exceptions.
* :class:`RedactingFilter` is a :class:`logging.Filter` installed once on the ``voice_agents``,
  ``httpx`` and ``httpcore.*`` loggers (and the HTTP/2 ``h2``/``hpack`` ones). It rewrites a
  record with the secrets of the client whose request is being sent, found through a context
  variable that the client's ``send`` sets for the time of the request (:meth:`Redactor.active`).

Why a context variable and not a process-wide list of every client's secrets: a platform holds
one client per tenant, thousands of them. Scanning every record for every secret ever seen made
each record cost grow with the number of clients, and kept the keys of closed clients alive for
the life of the process. Every record those loggers emit about a request is emitted while its
``send`` runs (in the same thread, or the same asyncio task), so the active client's secrets are
the ones that can appear; the cost of a record is the same with one client or ten thousand, and
nothing outlives the client.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpx

__all__ = [
    "ACTIVE_REDACTOR",
    "REDACTED",
    "SENSITIVE_HEADERS",
    "RedactingFilter",
    "Redactor",
    "active_redactor",
    "install_log_filter",
    "mask_public_key",
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


def _replace_all(text: str, pairs: Iterable[tuple[str, str]]) -> str:
    for secret, replacement in pairs:
        if secret in text:
            text = text.replace(secret, replacement)
    return text


ACTIVE_REDACTOR: ContextVar[Redactor | None] = ContextVar(
    "voice_agents_active_redactor", default=None
)
"""The redactor of the client whose request is being sent in this thread or task.

``send`` sets it directly (``set``/``reset`` in a ``try``/``finally``), which is cheaper on the
hot path than the :meth:`Redactor.active` context manager."""


def active_redactor() -> Redactor | None:
    """The redactor of the client whose request is being sent in this context, if any."""
    return ACTIVE_REDACTOR.get()


class RedactingFilter(logging.Filter):
    """Rewrite log records whose message or traceback contains a secret of the active client.

    The filter never drops a record; it replaces ``msg``/``args`` with the redacted text
    (and pre-renders a redacted ``exc_text`` when the traceback would show a secret).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        redactor = ACTIVE_REDACTOR.get()
        if redactor is None:
            return True
        pairs = redactor.pairs
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

    __slots__ = ("__weakref__", "_pairs", "_public_mask")

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
        # Longest first, so a secret containing another is replaced whole.
        self._pairs = tuple(sorted(pairs.items(), key=lambda item: len(item[0]), reverse=True))
        install_log_filter()

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """``(secret, replacement)`` pairs, longest secret first."""
        return self._pairs

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        """Make this redactor the one the log filter uses, for the ``with`` block.

        Blocks nest (an event hook of one client calling another client restores the outer one
        on exit), and each thread and asyncio task has its own active redactor.
        """
        token = ACTIVE_REDACTOR.set(self)
        try:
            yield
        finally:
            ACTIVE_REDACTOR.reset(token)

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
