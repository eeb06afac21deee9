"""The HTTP layer under the generated functions: retries and when to raise (internal).

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

import logging
from typing import TYPE_CHECKING, Any

import httpx

from ._credentials import CredentialHeaders
from ._failures import (
    classify_failure,
    connection_error,
    describe,
    redact_transport_error,
    status_error,
)
from ._redact import ACTIVE_REDACTOR
from .errors import APIStatusError
from .retry import Clock, Outcome, RetryDecision, RetryPolicy, decide, parse_retry_after

if TYPE_CHECKING:
    from httpx._client import UseClientDefault
    from httpx._types import AuthTypes

    from ._redact import Redactor

__all__ = [
    "ERRORS_EXTENSION",
    "AsyncRetryingClient",
    "CredentialHeaders",
    "RetryingClient",
]

logger = logging.getLogger("voice_agents")

ERRORS_EXTENSION = "voice_agents.errors"
"""Request extension that sets, for one request, what the client raises instead of returning:
``"all"`` (typed errors for a non-2xx answer and for a failed connection) or ``"transport"``
(typed errors for a failed connection only; every answer comes back). Without it the client's
``raise_on_error`` decides. The resource methods set it: they always raise, and their
``with_raw_response`` twins hand documented error answers back."""


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
                describe(request),
                decision.delay,
                retries_done + 1,
                self.policy.max_retries,
                decision.reason,
            )
        elif outcome.failure is not None or (outcome.status_code or 0) >= 400:
            logger.debug("Not retrying %s: %s", describe(request), decision.reason)
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
