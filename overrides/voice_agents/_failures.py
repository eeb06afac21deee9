"""Typed errors built from a failed exchange: a lost connection or a non-2xx answer (internal).

Everything here is redacted with the client's :class:`~voice_agents._redact.Redactor` before
it reaches a message or the copy of the request/response an error carries.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import httpx
from voice_agents_client.models import Error

from ._credentials import origin
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    status_error_class,
)
from .retry import Failure

if TYPE_CHECKING:
    from ._redact import Redactor

__all__ = [
    "classify_failure",
    "connection_error",
    "describe",
    "host_port",
    "redact_transport_error",
    "status_error",
    "violations_summary",
]


def classify_failure(exc: httpx.TransportError) -> Failure:
    """Map an httpx transport error onto a :class:`~voice_agents.retry.Failure`.

    ``ConnectError``, ``ConnectTimeout`` and ``PoolTimeout`` happen before any byte of the
    request is sent (safe to resend); ``ReadTimeout``/``WriteTimeout`` are timeouts after
    sending started; everything else (``ReadError``, ``RemoteProtocolError``, ...) counts as a
    connection lost after sending.
    """
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Failure.CONNECT
    if isinstance(exc, httpx.TimeoutException):
        return Failure.TIMEOUT
    return Failure.NETWORK


def describe(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"


def host_port(url: httpx.URL) -> str:
    """``host:port`` of a URL, with the scheme's default port when the URL has none."""
    _, host, port = origin(url)
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port is not None else shown


def connection_error(
    exc: httpx.TransportError,
    request: httpx.Request,
    redactor: Redactor,
    *,
    attempts: int = 1,
    elapsed: float = 0.0,
) -> APIConnectionError:
    """Build the typed error for a transport failure (message and request redacted).

    The message says where the request went and how long the client kept trying, because a
    bare ``Connection refused`` after seconds of silent retries hides both.
    """
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = redactor.text(str(exc)) or type(exc).__name__
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    message = (
        f"{describe(request)} to {host_port(request.url)} failed after {tries} in "
        f"{elapsed:.1f} s: {type(exc).__name__}: {detail}"
    )
    return cls(message, request=redactor.request(request), attempts=attempts, elapsed=elapsed)


def redact_transport_error(exc: httpx.TransportError, redactor: Redactor) -> None:
    """Replace the request an httpx error holds by a redacted copy (it stays the cause)."""
    try:
        request = exc.request
    except RuntimeError:  # no request attached
        return
    exc.request = redactor.request(request)


def _parse_error_model(data: object) -> Error | None:
    if not isinstance(data, dict) or not isinstance(data.get("message"), str):
        return None
    try:
        return Error.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None


# Fields other servers (and Prism's own problem+json answers) put their explanation in.
_MESSAGE_FIELDS = ("message", "detail", "title", "error")
_MAX_VIOLATIONS_SHOWN = 3
_MAX_TEXT = 160


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 3] + "..."


def _server_message(data: object) -> str | None:
    if not isinstance(data, dict):
        return None
    for name in _MESSAGE_FIELDS:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            return _shorten(value)
    return None


def violations_summary(raw: str | None) -> str | None:
    """A short form of a Prism ``sl-violations`` header, e.g. ``request.body: must have ...``.

    Args:
        raw: The header value: a JSON array of ``{location: [...], message, ...}`` objects.

    Returns:
        At most three ``location: message`` items joined by ``"; "`` (with ``"; and N more"``),
        or ``None`` when the header is missing, not JSON or empty.
    """
    if not raw:
        return None
    try:
        items = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    parts: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        location = item.get("location")
        where = (
            ".".join(str(p) for p in location) if isinstance(location, list) and location else ""
        )
        what = item.get("message")
        text = str(what) if what is not None else str(item.get("code", "violation"))
        parts.append(_shorten(f"{where}: {text}" if where else text))
    if not parts:
        return None
    shown = "; ".join(parts[:_MAX_VIOLATIONS_SHOWN])
    if len(parts) > _MAX_VIOLATIONS_SHOWN:
        shown += f"; and {len(parts) - _MAX_VIOLATIONS_SHOWN} more"
    return shown


def status_error(
    response: httpx.Response, redactor: Redactor, *, now_retry_after: float | None
) -> APIStatusError:
    """Build the typed error for a read non-2xx response (everything redacted).

    The message carries what the server said (the ``message`` of the spec's error model, or
    ``detail``/``title``/``error`` of other JSON bodies) and, when present, a short form of the
    mock's ``sl-violations`` header, so a ``BadRequestError`` says which field was wrong.

    Args:
        response: The final response; its body must have been read.
        redactor: The client's redactor.
        now_retry_after: The parsed ``Retry-After`` of the response, in seconds.
    """
    body = redactor.content(response.content)
    copy = redactor.response(response, body)
    try:
        data: object = json.loads(body)
    except ValueError:
        data = None
    parsed = _parse_error_model(data)
    reason = response.reason_phrase or "error"
    message = f"{describe(response.request)} returned {response.status_code} {reason}"
    said = _server_message(data)
    if said:
        message += f": {said}"
    violations = violations_summary(response.headers.get("sl-violations"))
    if violations:
        message += f" ({violations})"
    message = redactor.text(message)
    cls = status_error_class(response.status_code)
    if cls is RateLimitError:
        return RateLimitError(
            message, response=copy, body=body, parsed=parsed, retry_after=now_retry_after
        )
    return cls(message, response=copy, body=body, parsed=parsed)
