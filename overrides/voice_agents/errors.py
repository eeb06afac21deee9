"""Typed errors raised by :class:`voice_agents.VoiceAgentsClient` and :mod:`voice_agents.webhooks`.

Hierarchy::

    VoiceAgentsError
    ├── ConfigurationError                (also a ValueError)
    ├── APIStatusError                    any non-2xx response, after retries
    │   ├── BadRequestError               400
    │   ├── AuthenticationError           401
    │   ├── PaymentRequiredError          402
    │   ├── PermissionDeniedError         403
    │   ├── NotFoundError                 404
    │   ├── ConflictError                 409
    │   ├── UnprocessableEntityError      422
    │   ├── RateLimitError                429  (retry_after)
    │   └── InternalServerError           5xx
    ├── APIConnectionError                no response (also an httpx.TransportError)
    │   └── APITimeoutError               a timeout (also an httpx.TimeoutException)
    ├── APIResponseValidationError        a 2xx that is not the documented answer
    ├── RequestValidationError            arguments that do not make a request (also a
    │                                     TypeError and a ValueError); nothing was sent
    ├── UploadError                       a knowledge-base upload did not finish
    ├── UploadValidationError             an upload refused before any request (also a ValueError)
    └── WebhookError                      a webhook delivery was rejected (voice_agents.webhooks)
        ├── WebhookSignatureError         missing or wrong ``x-signature``: answer 401
        └── WebhookPayloadError           not a readable event (also a ValueError): answer 400

Every ``request``/``response`` an error carries is a redacted copy: the private key is
replaced by ``[REDACTED]`` and the public key shows only its first characters, in headers and
bodies alike, so logging ``repr(exc.request.headers)`` is safe.
"""

from __future__ import annotations

import httpx
from voice_agents_client.models import Error

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "UploadError",
    "UploadValidationError",
    "VoiceAgentsError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "status_error_class",
]


class VoiceAgentsError(Exception):
    """Root of every error raised by the ``voice_agents`` library."""


class ConfigurationError(VoiceAgentsError, ValueError):
    """The client is misconfigured, e.g. a required ``VOICE_AGENTS_*`` variable is missing."""


class APIStatusError(VoiceAgentsError):
    """The API answered with a non-2xx status (after any retries).

    Attributes:
        status_code: The HTTP status code.
        headers: The response headers (sensitive values redacted).
        body: The raw response body (with any secret redacted).
        parsed: The body parsed as the spec's ``Error`` model (``{code?, status_code?,
            message}``), or ``None`` when the body is not such an object.
        message: The error message: ``parsed.message`` when present, else the reason phrase.
        request: A redacted copy of the request that failed.
        response: A redacted, fully read copy of the response.
    """

    status_code: int
    headers: httpx.Headers
    body: bytes
    parsed: Error | None
    message: str
    request: httpx.Request
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: bytes,
        parsed: Error | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request was malformed, failed validation, or targets an archived resource."""


class AuthenticationError(APIStatusError):
    """401: the keys (or the workspace / organization header) are missing or wrong."""


class PaymentRequiredError(APIStatusError):
    """402: the organization's credit balance does not cover the operation."""


class PermissionDeniedError(APIStatusError):
    """403: the caller's role or organization type does not allow the operation."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (e.g. a duplicate)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; raised after the retries or at once for a long ``Retry-After``.

    Attributes:
        retry_after: Seconds the server asked to wait (from ``Retry-After``, in seconds or as an
            HTTP date), or ``None`` when it did not say.
    """

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: bytes,
        parsed: Error | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, parsed=parsed)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: the server failed (retried first for idempotent methods only)."""


class APIConnectionError(VoiceAgentsError, httpx.TransportError):
    """No response arrived: connection refused, DNS failure, connection lost, ...

    It is also an :class:`httpx.TransportError`, so code written against the plain generated
    client keeps working. The message names the method, path, ``host:port``, the number of
    attempts and the time they took, e.g. ``GET /health to 127.0.0.1:4010 failed after 3
    attempts in 1.3 s: ConnectError: [Errno 111] Connection refused``.

    Attributes:
        request: A redacted copy of the request.
        attempts: How many times the request was tried (1 when it was not retried).
        elapsed: Seconds from the first attempt to the failure, retry delays included.
    """

    attempts: int
    elapsed: float

    def __init__(
        self, message: str, *, request: httpx.Request, attempts: int = 1, elapsed: float = 0.0
    ) -> None:
        super().__init__(message, request=request)
        self.attempts = attempts
        self.elapsed = elapsed


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """A connect, read, write or pool timeout expired (also an ``httpx.TimeoutException``)."""


class APIResponseValidationError(VoiceAgentsError):
    """The response arrived but its body does not fit the spec's model for it.

    Raised instead of the bare ``KeyError``/``TypeError``/``ValueError`` the generated parser
    would raise for a missing required field, a value of the wrong JSON type or a body that is
    not JSON. The response itself is kept, so nothing is lost.

    Attributes:
        status_code: The HTTP status of the response (a 2xx in practice).
        body: The raw response body (with any secret redacted).
        path: Where parsing failed, as a dotted JSON path such as ``data.status`` or
            ``data.items[2].id`` when it could be told, else ``None``.
        reason: What was wrong there, e.g. ``missing required field`` or ``'archived' is not a
            valid KnowledgeBaseFileStatus``.
        response: A redacted, fully read copy of the response.
        request: A redacted copy of the request.
    """

    status_code: int
    body: bytes
    path: str | None
    reason: str
    response: httpx.Response
    request: httpx.Request

    def __init__(
        self, message: str, *, response: httpx.Response, path: str | None, reason: str
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = response.content
        self.path = path
        self.reason = reason

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, path={self.path!r})"


class RequestValidationError(VoiceAgentsError, TypeError, ValueError):
    """A resource method's arguments do not make a request; nothing was sent.

    Raised for a required argument left out, ``body=`` given together with the body's fields,
    or a plain ``dict`` that does not fit the model it stands for. It is a ``TypeError`` (what
    Python raises for a wrong call) and a ``ValueError`` (a value that does not fit).

    Attributes:
        operation: The method, e.g. ``calls.initiate``.
        argument: The argument at fault, when there is one.
    """

    operation: str
    argument: str | None

    def __init__(self, message: str, *, operation: str, argument: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation
        self.argument = argument


class UploadError(VoiceAgentsError):
    """A knowledge-base upload (:mod:`voice_agents.knowledge_base`) did not finish.

    The cause (an :class:`APIStatusError`, :class:`APIConnectionError`, ...) is chained as
    ``__cause__``; a poll that ran out of time or a file that failed indexing has none.

    Attributes:
        phase: The step that failed: ``"start"``, ``"chunk"``, ``"complete"`` or ``"poll"``.
        session_id: The upload session, once ``start_upload`` returned one.
        chunk_index: The chunk being sent when the upload failed (phase ``"chunk"``).
        file_id: The knowledge-base file id, once ``complete_upload`` returned one.
        status: The file's last indexing status seen while polling, if any.
    """

    phase: str
    session_id: str | None
    chunk_index: int | None
    file_id: str | None
    status: str | None

    def __init__(
        self,
        message: str,
        *,
        phase: str,
        session_id: str | None = None,
        chunk_index: int | None = None,
        file_id: str | None = None,
        status: str | None = None,
    ) -> None:
        super().__init__(message)
        self.phase = phase
        self.session_id = session_id
        self.chunk_index = chunk_index
        self.file_id = file_id
        self.status = status

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(phase={self.phase!r}, session_id={self.session_id!r}, "
            f"chunk_index={self.chunk_index!r}, file_id={self.file_id!r}, status={self.status!r})"
        )


class UploadValidationError(VoiceAgentsError, ValueError):
    """An upload was refused before any request: too large, empty, an unknown document type, a
    chunk size over 10 MiB, a file object that is not binary or not seekable, ..."""


class WebhookError(VoiceAgentsError):
    """A webhook delivery could not be accepted (see :mod:`voice_agents.webhooks`).

    Messages never contain the private key, the expected signature or the payload's values.
    """


class WebhookSignatureError(WebhookError):
    """The delivery is not authentic: ``x-signature`` is missing, malformed or does not match.

    A receiver should answer ``401`` and not act on the body.

    Attributes:
        reason: What went wrong, one of ``"missing"`` (no ``x-signature`` header, or no
            ``x-public-key`` when the key is looked up by it), ``"unknown_key"`` (no private key
            for that public key), ``"ambiguous"`` (several different ``x-signature`` values),
            ``"malformed"`` (not 64 lower-case hex digits) or ``"mismatch"`` (well-formed, but not
            the signature of this body under this private key).
    """

    reason: str

    def __init__(self, message: str, *, reason: str = "mismatch") -> None:
        super().__init__(message)
        self.reason = reason


class WebhookPayloadError(WebhookError, ValueError):
    """The body is not a webhook event the library can read: not JSON, not an object, or a
    field of the wrong JSON type. A receiver should answer ``400``.

    Attributes:
        path: Where the problem is, as a dotted JSON path such as ``event.data.call.id`` or
            ``event.data.payload.lineItems[0]``; ``""`` for the body as a whole.
    """

    path: str

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message)
        self.path = path


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """Return the error class for a non-2xx status code.

    Args:
        status_code: The HTTP status code.

    Returns:
        The matching subclass, :class:`InternalServerError` for any 5xx, else
        :class:`APIStatusError` itself.
    """
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code <= 599:
        return InternalServerError
    return APIStatusError
