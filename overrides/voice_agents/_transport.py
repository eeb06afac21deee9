"""The HTTP layer under the generated functions: credentials, retries, typed errors (internal).

:class:`RetryingClient` and :class:`AsyncRetryingClient` are :class:`httpx.Client` /
:class:`httpx.AsyncClient` whose ``send`` runs the retry loop around the ordinary httpx send.
Keeping httpx's own transport underneath (rather than replacing it) keeps every httpx feature the
generated client relies on: ``httpx_args``, proxies from the environment, mounts, respx.

Each attempt goes through httpx completely (event hooks, auth, redirects, the ``HTTP Request``
log line). The loop asks :func:`voice_agents.retry.decide` whether to try again, sleeps through
the injected :class:`~voice_agents.retry.Clock`, and when it stops either returns the response or
raises the typed error (see ``raise_on_error``).
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

import httpx
from voice_agents_client.models import Error

from ._redact import ACTIVE_REDACTOR
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    status_error_class,
)
from .retry import Clock, Failure, Outcome, RetryDecision, RetryPolicy, decide, parse_retry_after

if TYPE_CHECKING:
    from httpx._client import UseClientDefault
    from httpx._types import AuthTypes

    from ._redact import Redactor

__all__ = [
    "ERRORS_EXTENSION",
    "AsyncRetryingClient",
    "CredentialHeaders",
    "RetryingClient",
    "classify_failure",
    "connection_error",
    "host_port",
    "redact_transport_error",
    "status_error",
    "violations_summary",
]

logger = logging.getLogger("voice_agents")

ERRORS_EXTENSION = "voice_agents.errors"
"""Request extension that sets, for one request, what the client raises instead of returning:
``"all"`` (typed errors for a non-2xx answer and for a failed connection) or ``"transport"``
(typed errors for a failed connection only; every answer comes back). Without it the client's
``raise_on_error`` decides. The resource methods set it: they always raise, and their
``with_raw_response`` twins hand documented error answers back."""


class CredentialHeaders:
    """Adds the key pair, ``workspace`` and (on number-pool paths) ``organization`` headers.

    Used as an httpx ``request`` event hook, so it runs for every request the client sends,
    including each retry and each redirect. Headers already on the request win (that is the
    per-call override). Requests to another origin than the base URL never get the keys, and
    any key header is stripped from them (e.g. on a cross-origin redirect).

    Args:
        base_url: The API's base URL; only requests to its origin get credentials.
        public_key: Sent as ``x-public-key``.
        private_key: Sent as ``x-private-key``.
        workspace: Sent as ``workspace`` when set.
        organization: Sent as ``organization`` on ``/v1/number-pool`` paths when set.
    """

    __slots__ = ("_base_path", "_fixed", "_organization", "_origin")

    def __init__(
        self,
        *,
        base_url: str,
        public_key: str,
        private_key: str,
        workspace: str | None,
        organization: str | None,
    ) -> None:
        url = httpx.URL(base_url)
        self._origin = _origin(url)
        self._base_path = url.path.rstrip("/")
        fixed = {"x-public-key": public_key, "x-private-key": private_key}
        if workspace:
            fixed["workspace"] = workspace
        self._fixed = fixed
        self._organization = organization or None

    def __repr__(self) -> str:
        return "CredentialHeaders(...)"

    def needs_organization(self, path: str) -> bool:
        """Whether a request path is one of the number-pool operations."""
        relative = path[len(self._base_path) :] if path.startswith(self._base_path) else path
        return relative == "/v1/number-pool" or relative.startswith("/v1/number-pool/")

    def apply(self, request: httpx.Request) -> None:
        """Add (or, for a foreign origin, strip) the credential headers on ``request``."""
        if _origin(request.url) != self._origin:
            for name in ("x-public-key", "x-private-key", "x-api-key"):
                request.headers.pop(name, None)
            return
        for name, value in self._fixed.items():
            if name not in request.headers:
                request.headers[name] = value
        if (
            self._organization is not None
            and "organization" not in request.headers
            and self.needs_organization(request.url.path)
        ):
            request.headers["organization"] = self._organization

    def __call__(self, request: httpx.Request) -> None:
        """Sync event hook."""
        self.apply(request)

    async def async_hook(self, request: httpx.Request) -> None:
        """Async event hook."""
        self.apply(request)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port if url.port is not None else default


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


def _describe(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"


def host_port(url: httpx.URL) -> str:
    """``host:port`` of a URL, with the scheme's default port when the URL has none."""
    _, host, port = _origin(url)
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
        f"{_describe(request)} to {host_port(request.url)} failed after {tries} in "
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
    message = f"{_describe(response.request)} returned {response.status_code} {reason}"
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


class _RetryCore:
    """State and decisions shared by the sync and async clients."""

    __slots__ = ("clock", "policy", "raise_on_error", "redactor")

    def __init__(
        self, *, policy: RetryPolicy, clock: Clock, redactor: Redactor, raise_on_error: bool
    ) -> None:
        self.policy = policy
        self.clock = clock
        self.redactor = redactor
        self.raise_on_error = raise_on_error

    def decide(self, request: httpx.Request, outcome: Outcome, retries_done: int) -> RetryDecision:
        decision = decide(
            self.policy,
            outcome,
            retries_done=retries_done,
            now=self.clock.now(),
            rand=self.clock.random(),
        )
        if decision.retry:
            logger.debug(
                "Retrying %s in %.3f s (retry %d of %d): %s",
                _describe(request),
                decision.delay,
                retries_done + 1,
                self.policy.max_retries,
                decision.reason,
            )
        elif outcome.failure is not None or (outcome.status_code or 0) >= 400:
            logger.debug("Not retrying %s: %s", _describe(request), decision.reason)
        return decision

    def raises(self, request: httpx.Request) -> tuple[bool, bool]:
        """Whether this request raises typed errors for (a non-2xx answer, a failed connection)."""
        mode = request.extensions.get(ERRORS_EXTENSION)
        if mode is None:
            return self.raise_on_error, self.raise_on_error
        return mode == "all", True

    def on_error(
        self, exc: httpx.TransportError, request: httpx.Request, attempts: int, started: float
    ) -> Exception:
        if self.raises(request)[1]:
            error: Exception = connection_error(
                exc,
                request,
                self.redactor,
                attempts=attempts,
                elapsed=max(0.0, self.clock.monotonic() - started),
            )
        else:
            error = exc
        redact_transport_error(exc, self.redactor)
        return error

    def final_error(self, response: httpx.Response) -> APIStatusError | None:
        if response.status_code < 400 or not self.raises(response.request)[0]:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"), now=self.clock.now())
        return status_error(response, self.redactor, now_retry_after=retry_after)


def _outcome(request: httpx.Request, response: httpx.Response) -> Outcome:
    return Outcome(
        method=request.method,
        status_code=response.status_code,
        retry_after=response.headers.get("retry-after"),
    )


class RetryingClient(httpx.Client):
    """An :class:`httpx.Client` that retries per the policy and raises typed errors.

    Args:
        core_policy: The retry policy.
        clock: Sleep, time and random sources.
        redactor: Removes secrets from errors.
        raise_on_error: Raise typed errors (``True``) or return responses as they are.
        **kwargs: Passed to :class:`httpx.Client`.
    """

    def __init__(
        self,
        *,
        core_policy: RetryPolicy,
        clock: Clock,
        redactor: Redactor,
        raise_on_error: bool,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._core = _RetryCore(
            policy=core_policy, clock=clock, redactor=redactor, raise_on_error=raise_on_error
        )

    def __repr__(self) -> str:
        return f"<RetryingClient base_url={str(self.base_url)!r}>"

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send ``request``, retrying per the policy (see :mod:`voice_agents.retry`)."""
        core = self._core
        token = ACTIVE_REDACTOR.set(core.redactor)
        try:
            started = core.clock.monotonic()
            retries_done = 0
            while True:
                try:
                    response = super().send(
                        request, stream=stream, auth=auth, follow_redirects=follow_redirects
                    )
                except httpx.TransportError as exc:
                    outcome = Outcome(method=request.method, failure=classify_failure(exc))
                    decision = core.decide(request, outcome, retries_done)
                    if not decision.retry:
                        error = core.on_error(exc, request, retries_done + 1, started)
                        if error is exc:
                            raise
                        raise error from exc
                else:
                    if response.status_code < 400:
                        # Fast path: every retried status (408, 429, 5xx) is >= 400.
                        return response
                    decision = core.decide(request, _outcome(request, response), retries_done)
                    if not decision.retry:
                        return self._finish(response)
                    response.close()
                core.clock.sleep(decision.delay)
                retries_done += 1
        finally:
            ACTIVE_REDACTOR.reset(token)

    def _finish(self, response: httpx.Response) -> httpx.Response:
        if response.status_code < 400 or not self._core.raises(response.request)[0]:
            return response
        try:
            response.read()
        finally:
            response.close()
        error = self._core.final_error(response)
        assert error is not None
        raise error


class AsyncRetryingClient(httpx.AsyncClient):
    """An :class:`httpx.AsyncClient` that retries per the policy and raises typed errors.

    Args:
        core_policy: The retry policy.
        clock: Sleep, time and random sources.
        redactor: Removes secrets from errors.
        raise_on_error: Raise typed errors (``True``) or return responses as they are.
        **kwargs: Passed to :class:`httpx.AsyncClient`.
    """

    def __init__(
        self,
        *,
        core_policy: RetryPolicy,
        clock: Clock,
        redactor: Redactor,
        raise_on_error: bool,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._core = _RetryCore(
            policy=core_policy, clock=clock, redactor=redactor, raise_on_error=raise_on_error
        )

    def __repr__(self) -> str:
        return f"<AsyncRetryingClient base_url={str(self.base_url)!r}>"

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send ``request``, retrying per the policy (see :mod:`voice_agents.retry`)."""
        core = self._core
        token = ACTIVE_REDACTOR.set(core.redactor)
        try:
            started = core.clock.monotonic()
            retries_done = 0
            while True:
                try:
                    response = await super().send(
                        request, stream=stream, auth=auth, follow_redirects=follow_redirects
                    )
                except httpx.TransportError as exc:
                    outcome = Outcome(method=request.method, failure=classify_failure(exc))
                    decision = core.decide(request, outcome, retries_done)
                    if not decision.retry:
                        error = core.on_error(exc, request, retries_done + 1, started)
                        if error is exc:
                            raise
                        raise error from exc
                else:
                    if response.status_code < 400:
                        # Fast path: every retried status (408, 429, 5xx) is >= 400.
                        return response
                    decision = core.decide(request, _outcome(request, response), retries_done)
                    if not decision.retry:
                        return await self._finish(response)
                    await response.aclose()
                await core.clock.async_sleep(decision.delay)
                retries_done += 1
        finally:
            ACTIVE_REDACTOR.reset(token)

    async def _finish(self, response: httpx.Response) -> httpx.Response:
        if response.status_code < 400 or not self._core.raises(response.request)[0]:
            return response
        try:
            await response.aread()
        finally:
            await response.aclose()
        error = self._core.final_error(response)
        assert error is not None
        raise error
