"""The retry policy: a pure decision function, separate from the HTTP layer.

A phone-call API must never dial twice by accident, so whether a failed attempt may be sent
again depends on what failed and on the method:

=====================================================  ============================  ==========
What happened                                          Retried for                   Delay
=====================================================  ============================  ==========
429 Too Many Requests                                  every method                  Retry-After
connection failure before the request was sent         every method                  backoff
(connect error, connect timeout, pool timeout)
408, any 5xx                                           idempotent methods only       Retry-After
read/write timeout, connection lost after sending      idempotent methods only       backoff
anything else (2xx, 3xx, other 4xx)                    never                         —
=====================================================  ============================  ==========

Idempotent methods are GET, HEAD, PUT, DELETE and OPTIONS, so ``POST /v2/call/initiate`` (and
every other POST or PATCH) is sent again only after a 429 or a connection failure.

Delay: ``Retry-After`` (seconds or an HTTP date) when the response carries it, up to
:attr:`RetryPolicy.max_retry_after`; a longer ``Retry-After`` ends the retries at once (the
client then raises :class:`~voice_agents.errors.RateLimitError` carrying ``retry_after``).
Without ``Retry-After``: exponential backoff from :attr:`RetryPolicy.initial_delay`, doubled per
retry, capped at :attr:`RetryPolicy.max_delay`, shortened by a random jitter of up to
:attr:`RetryPolicy.jitter` of itself.

:func:`decide` takes the current time and a random number as arguments, so it has no side
effects and is tested without any network or clock. :class:`Clock` bundles the real time
sources the client uses; tests replace it to run retries in milliseconds.
"""

from __future__ import annotations

import asyncio
import enum
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_METHODS",
    "Clock",
    "Failure",
    "Outcome",
    "RetryDecision",
    "RetryPolicy",
    "backoff_delay",
    "decide",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt (so at most three attempts) unless configured otherwise."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
"""Methods that may be resent after the server may have acted on the request."""


class Failure(enum.Enum):
    """How an attempt failed when no HTTP response arrived."""

    CONNECT = "connect"
    """The request never reached the server (connect error, connect or pool timeout)."""

    TIMEOUT = "timeout"
    """A read or write timeout: the server may have received and acted on the request."""

    NETWORK = "network"
    """The connection broke after the request was (perhaps partly) sent."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one attempt produced: a status code or a :class:`Failure`.

    Attributes:
        method: The HTTP method of the request (any case).
        status_code: The response status, or ``None`` when no response arrived.
        retry_after: The raw ``Retry-After`` header of the response, if any.
        failure: Why no response arrived, or ``None`` when one did.
    """

    method: str
    status_code: int | None = None
    retry_after: str | None = None
    failure: Failure | None = None

    def __post_init__(self) -> None:
        if (self.status_code is None) == (self.failure is None):
            raise ValueError("an Outcome has exactly one of status_code and failure")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """The knobs of the retry policy (the rules themselves are fixed; see the module docs).

    Attributes:
        max_retries: Retries after the first attempt; ``0`` disables retries.
        initial_delay: Backoff before the first retry, in seconds.
        max_delay: Upper bound of the backoff, in seconds.
        jitter: Fraction (0 to 1) by which a backoff delay may be randomly shortened.
        max_retry_after: Longest ``Retry-After`` honoured, in seconds; a longer one ends the
            retries at once.
        idempotent_methods: Methods retried after 408/5xx and timeouts (upper case).
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    idempotent_methods: frozenset[str] = field(default=IDEMPOTENT_METHODS)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.initial_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("delays must be >= 0")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """The verdict of :func:`decide` on one attempt.

    Attributes:
        retry: Whether to send the request again.
        delay: Seconds to wait before the next attempt (``0.0`` when not retrying).
        reason: Why, in a few words (used in DEBUG logs).
        retry_after: The parsed ``Retry-After`` in seconds, when the response had a valid one.
    """

    retry: bool
    delay: float = 0.0
    reason: str = ""
    retry_after: float | None = None


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Parse a ``Retry-After`` header value.

    Args:
        value: The header value: a number of seconds (``"30"``, ``"1.5"``) or an HTTP date
            (``"Wed, 21 Oct 2015 07:28:00 GMT"``).
        now: The current time (timezone-aware), used for an HTTP date.

    Returns:
        Seconds to wait, never negative; ``None`` when the value is missing or unreadable.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def backoff_delay(policy: RetryPolicy, retry_number: int, rand: float) -> float:
    """Exponential backoff with jitter.

    Args:
        policy: Supplies ``initial_delay``, ``max_delay`` and ``jitter``.
        retry_number: 1 for the first retry, 2 for the second, ...
        rand: A random number in ``[0, 1)``.

    Returns:
        ``min(max_delay, initial_delay * 2 ** (retry_number - 1))`` shortened by up to
        ``jitter`` of itself.
    """
    exponent = max(0, retry_number - 1)
    base = policy.max_delay if exponent >= 64 else policy.initial_delay * (2.0**exponent)
    base = min(policy.max_delay, base)
    return base * (1.0 - policy.jitter * rand)


def _retryable(policy: RetryPolicy, outcome: Outcome) -> tuple[bool, str]:
    idempotent = outcome.method.upper() in policy.idempotent_methods
    method = outcome.method.upper()
    if outcome.failure is Failure.CONNECT:
        return True, "connection failed before the request was sent"
    if outcome.failure is Failure.TIMEOUT:
        what = "timed out after the request was sent"
    elif outcome.failure is Failure.NETWORK:
        what = "connection lost after the request was sent"
    elif outcome.status_code == 429:
        return True, "429 Too Many Requests"
    elif outcome.status_code == 408 or (
        outcome.status_code is not None and 500 <= outcome.status_code <= 599
    ):
        what = f"status {outcome.status_code}"
    else:
        return False, f"status {outcome.status_code} is not retried"
    if idempotent:
        return True, what
    return False, f"{what}; {method} is not idempotent, so it is not sent again"


def decide(
    policy: RetryPolicy,
    outcome: Outcome,
    *,
    retries_done: int,
    now: datetime,
    rand: float,
) -> RetryDecision:
    """Decide whether to send a request again after one attempt.

    Args:
        policy: The retry settings.
        outcome: What the attempt produced.
        retries_done: How many retries were already made for this request (0 after the
            first attempt).
        now: The current time (timezone-aware), to read a ``Retry-After`` HTTP date.
        rand: A random number in ``[0, 1)`` for the jitter.

    Returns:
        The decision, with the delay to wait when retrying.
    """
    retry_after = (
        parse_retry_after(outcome.retry_after, now=now) if outcome.status_code is not None else None
    )
    retryable, reason = _retryable(policy, outcome)
    if not retryable:
        return RetryDecision(retry=False, reason=reason, retry_after=retry_after)
    if retry_after is not None and retry_after > policy.max_retry_after:
        return RetryDecision(
            retry=False,
            reason=(
                f"{reason}; Retry-After {retry_after:g} s exceeds the cap of "
                f"{policy.max_retry_after:g} s"
            ),
            retry_after=retry_after,
        )
    if retries_done >= policy.max_retries:
        return RetryDecision(
            retry=False,
            reason=f"{reason}; no retries left ({policy.max_retries} allowed)",
            retry_after=retry_after,
        )
    if retry_after is not None:
        delay = retry_after
    else:
        delay = backoff_delay(policy, retries_done + 1, rand)
    return RetryDecision(retry=True, delay=delay, reason=reason, retry_after=retry_after)


def _utcnow() -> datetime:
    return datetime.now(UTC)


async def _async_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


@dataclass(frozen=True, slots=True)
class Clock:
    """The time and randomness sources used between attempts.

    The defaults are the real ones. Tests pass a ``Clock`` whose ``sleep`` records the delay
    instead of waiting, so retry tests run in milliseconds.

    Attributes:
        sleep: Blocks for a number of seconds (sync client).
        async_sleep: Awaits for a number of seconds (async client).
        now: Returns the current timezone-aware time (for ``Retry-After`` dates).
        random: Returns a number in ``[0, 1)`` (for the jitter).
        monotonic: Returns seconds from an arbitrary start (for the time an error reports).
    """

    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _async_sleep
    now: Callable[[], datetime] = _utcnow
    random: Callable[[], float] = random.random
    monotonic: Callable[[], float] = time.monotonic
