"""Signature checks and :func:`construct_event` (internal; re-exported by the package)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable
from typing import Any, Final, Protocol, TypeAlias

from .._redact import mask_public_key
from ..errors import ConfigurationError, WebhookSignatureError
from ._models import WebhookEvent
from ._parse import Payload, parse_event

__all__ = [
    "PUBLIC_KEY_HEADER",
    "SIGNATURE_HEADER",
    "HeadersLike",
    "KeyResolver",
    "compute_signature",
    "construct_event",
    "verify_signature",
]

SIGNATURE_HEADER: Final = "x-signature"
"""Header carrying the lower-case hex HMAC-SHA256 of the raw body."""

PUBLIC_KEY_HEADER: Final = "x-public-key"
"""Header carrying the public key of the organization whose private key signed the body."""

_SIGNATURE_LENGTH: Final = 64  # hex digits of a SHA-256 digest
_HEX_DIGITS: Final = frozenset(b"0123456789abcdef")


class SupportsHeaderItems(Protocol):
    """Anything with ``items()`` yielding ``(name, value)``: a dict, ``httpx.Headers``,
    ``http.server``'s ``email.message.Message``, Starlette/Flask/Django header objects, ..."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


HeadersLike: TypeAlias = SupportsHeaderItems | Iterable[tuple[str | bytes, str | bytes]]
"""Request headers: a mapping-like object, or ``(name, value)`` pairs (``str`` or ``bytes``,
as in an ASGI scope). Names are matched case-insensitively."""

KeyResolver: TypeAlias = Callable[[str], str | bytes | None]
"""Returns the private key for an ``x-public-key`` value, or ``None`` when it is not yours."""


def _key_bytes(private_key: str | bytes) -> bytes:
    return private_key.encode("utf-8") if isinstance(private_key, str) else bytes(private_key)


def _body_bytes(payload: object) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(f"the payload must be the raw body (bytes or str), not {type(payload)}")


def compute_signature(payload: Payload, private_key: str | bytes) -> str:
    """Return the ``x-signature`` value the API sends for ``payload``.

    Useful to sign test deliveries for your own receiver. A ``str`` payload is encoded as
    UTF-8; pass the exact bytes whenever you have them.

    Args:
        payload: The request body.
        private_key: The organization's private key (``sk_...``).

    Returns:
        The lower-case hex HMAC-SHA256 of ``payload`` keyed with ``private_key``.
    """
    return hmac.new(_key_bytes(private_key), _body_bytes(payload), hashlib.sha256).hexdigest()


def _signature_bytes(signature: str | bytes | None) -> bytes | None:
    """The signature as ASCII bytes when it is well formed (64 lower-case hex digits)."""
    if isinstance(signature, str):
        if len(signature) != _SIGNATURE_LENGTH or not signature.isascii():
            return None
        raw = signature.encode("ascii")
    elif isinstance(signature, bytes | bytearray):
        raw = bytes(signature)
    else:
        return None
    if len(raw) != _SIGNATURE_LENGTH or not _HEX_DIGITS.issuperset(raw):
        return None
    return raw


def verify_signature(
    payload: Payload, signature: str | bytes | None, private_key: str | bytes
) -> bool:
    """Check an ``x-signature`` against the raw body, in constant time.

    The signature must be exactly the lower-case hex HMAC-SHA256 of ``payload`` keyed with
    ``private_key`` (the API sends lower case, and the comparison is exact, as the vendor
    documents). Never raises: anything odd (``None``, empty, wrong length, upper case, non-hex,
    non-ASCII, an empty key, a payload of another type) gives ``False``.

    Args:
        payload: The request body exactly as received: ``bytes`` (preferred) or ``str`` (its
            UTF-8 encoding is checked). Never a re-serialised JSON object.
        signature: The ``x-signature`` header value.
        private_key: The organization's private key (``sk_...``).

    Returns:
        ``True`` only when the signature matches.
    """
    try:
        given = _signature_bytes(signature)
        if given is None or not private_key:
            return False
        computed = compute_signature(payload, private_key).encode("ascii")
        return hmac.compare_digest(computed, given)
    except Exception:  # odd input of any kind is a failed check, never an error
        return False


def _header(headers: HeadersLike, name: str) -> str | None:
    """The value of header ``name`` (case-insensitive, surrounding blanks removed).

    Raises:
        WebhookSignatureError: The header appears more than once with different values.
    """
    pairs: Iterable[tuple[Any, Any]]
    pairs = headers.items() if hasattr(headers, "items") else headers
    found: str | None = None
    for key, value in pairs:
        key_text = key.decode("latin-1") if isinstance(key, bytes | bytearray) else str(key)
        if key_text.lower() != name:
            continue
        text = value.decode("latin-1") if isinstance(value, bytes | bytearray) else str(value)
        text = text.strip(" \t")
        if found is not None and text != found:
            raise WebhookSignatureError(
                f"the delivery carries several different {name} headers", reason="ambiguous"
            )
        found = text
    return found


def _resolve_key(headers: HeadersLike, private_key: str | bytes | KeyResolver) -> str | bytes:
    if not callable(private_key):
        if not private_key:
            raise ConfigurationError("construct_event() needs the private key; got an empty one")
        return private_key
    public_key = _header(headers, PUBLIC_KEY_HEADER)
    if not public_key:
        raise WebhookSignatureError(
            f"missing {PUBLIC_KEY_HEADER} header: cannot choose the private key to verify with",
            reason="missing",
        )
    key = private_key(public_key)
    if not key:
        raise WebhookSignatureError(
            f"no private key is configured for public key {mask_public_key(public_key)}",
            reason="unknown_key",
        )
    return key


def construct_event(
    payload: Payload,
    headers: HeadersLike,
    private_key: str | bytes | KeyResolver,
) -> WebhookEvent:
    """Verify a delivery's signature, then parse it: the one call a receiver needs.

    Args:
        payload: The raw request body, exactly as received (``bytes``, or ``str``).
        headers: The request headers (any mapping-like object or ``(name, value)`` pairs;
            names are matched case-insensitively).
        private_key: The organization's private key (``sk_...``), or a function that returns
            the private key for the delivery's ``x-public-key`` (``None`` for a key that is
            not yours) when one endpoint serves several organizations.

    Returns:
        The parsed :class:`WebhookEvent`.

    Raises:
        WebhookSignatureError: ``x-signature`` is missing, malformed or does not match (or,
            with a key function, ``x-public-key`` is missing or unknown). Answer 401.
        WebhookPayloadError: The signature matches but the body is not a readable event.
            Answer 400.
        ConfigurationError: ``private_key`` is empty.
    """
    signature = _header(headers, SIGNATURE_HEADER)
    if not signature:
        raise WebhookSignatureError(
            f"missing {SIGNATURE_HEADER} header: the delivery is not signed", reason="missing"
        )
    key = _resolve_key(headers, private_key)
    if _signature_bytes(signature) is None:
        raise WebhookSignatureError(
            f"malformed {SIGNATURE_HEADER} header: expected 64 lower-case hex digits",
            reason="malformed",
        )
    if not verify_signature(payload, signature, key):
        raise WebhookSignatureError(
            f"{SIGNATURE_HEADER} does not match the body: it was signed with another key, or "
            "the body was changed on the way (verify the raw bytes, before any JSON parsing)",
            reason="mismatch",
        )
    return parse_event(payload)
