"""Every branch of the pure retry policy (voice_agents.retry), without any HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from voice_agents.retry import (
    DEFAULT_MAX_RETRIES,
    IDEMPOTENT_METHODS,
    Failure,
    Outcome,
    RetryPolicy,
    backoff_delay,
    decide,
    parse_retry_after,
)

NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
POLICY = RetryPolicy()
ALL_METHODS = ("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH")
NON_IDEMPOTENT = ("POST", "PATCH")


def _decide(outcome: Outcome, retries_done: int = 0, policy: RetryPolicy = POLICY, rand=0.0):
    return decide(policy, outcome, retries_done=retries_done, now=NOW, rand=rand)


def test_defaults_match_design() -> None:
    assert DEFAULT_MAX_RETRIES == 2
    assert POLICY.max_retries == 2
    assert POLICY.initial_delay == 0.5
    assert POLICY.max_delay == 8.0
    assert frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}) == IDEMPOTENT_METHODS


# -- what is retried ------------------------------------------------------------------------


@pytest.mark.parametrize("method", ALL_METHODS)
def test_429_is_retried_for_every_method(method: str) -> None:
    decision = _decide(Outcome(method, status_code=429))
    assert decision.retry
    assert decision.delay == 0.5


@pytest.mark.parametrize("method", ALL_METHODS)
def test_connect_failure_is_retried_for_every_method(method: str) -> None:
    assert _decide(Outcome(method, failure=Failure.CONNECT)).retry


@pytest.mark.parametrize("method", sorted(IDEMPOTENT_METHODS))
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504, 599])
def test_408_and_5xx_are_retried_for_idempotent_methods(method: str, status: int) -> None:
    assert _decide(Outcome(method, status_code=status)).retry


@pytest.mark.parametrize("method", NON_IDEMPOTENT)
@pytest.mark.parametrize("status", [408, 500, 503])
def test_408_and_5xx_are_not_retried_for_post_and_patch(method: str, status: int) -> None:
    decision = _decide(Outcome(method, status_code=status))
    assert not decision.retry
    assert "not idempotent" in decision.reason


@pytest.mark.parametrize("failure", [Failure.TIMEOUT, Failure.NETWORK])
def test_failures_after_sending_retry_only_idempotent_methods(failure: Failure) -> None:
    assert _decide(Outcome("GET", failure=failure)).retry
    assert _decide(Outcome("delete", failure=failure)).retry  # method case does not matter
    assert not _decide(Outcome("POST", failure=failure)).retry
    assert not _decide(Outcome("PATCH", failure=failure)).retry


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 402, 403, 404, 409, 422])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_other_statuses_are_never_retried(status: int, method: str) -> None:
    decision = _decide(Outcome(method, status_code=status))
    assert not decision.retry
    assert decision.delay == 0.0


def test_initiate_call_is_retried_only_after_429_or_connect_failure() -> None:
    outcomes = {
        "429": Outcome("POST", status_code=429),
        "connect": Outcome("POST", failure=Failure.CONNECT),
        "503": Outcome("POST", status_code=503),
        "500": Outcome("POST", status_code=500),
        "408": Outcome("POST", status_code=408),
        "read timeout": Outcome("POST", failure=Failure.TIMEOUT),
        "connection lost": Outcome("POST", failure=Failure.NETWORK),
    }
    retried = {name for name, outcome in outcomes.items() if _decide(outcome).retry}
    assert retried == {"429", "connect"}


def test_idempotent_methods_are_configurable() -> None:
    policy = RetryPolicy(idempotent_methods=frozenset({"GET"}))
    assert not _decide(Outcome("PUT", status_code=503), policy=policy).retry
    assert _decide(Outcome("GET", status_code=503), policy=policy).retry


# -- how many times --------------------------------------------------------------------------


def test_retries_stop_after_max_retries() -> None:
    outcome = Outcome("GET", status_code=503)
    assert _decide(outcome, retries_done=0).retry
    assert _decide(outcome, retries_done=1).retry
    decision = _decide(outcome, retries_done=2)
    assert not decision.retry
    assert "no retries left" in decision.reason


def test_max_retries_zero_disables_retries() -> None:
    policy = RetryPolicy(max_retries=0)
    for outcome in (
        Outcome("GET", status_code=429),
        Outcome("GET", status_code=503),
        Outcome("POST", failure=Failure.CONNECT),
    ):
        assert not _decide(outcome, policy=policy).retry


# -- how long to wait ------------------------------------------------------------------------


def test_backoff_doubles_from_half_a_second_up_to_eight() -> None:
    delays = [backoff_delay(POLICY, n, rand=0.0) for n in range(1, 9)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]
    assert backoff_delay(POLICY, 10_000, rand=0.0) == 8.0  # no overflow


def test_jitter_shortens_the_delay_within_bounds() -> None:
    assert backoff_delay(POLICY, 1, rand=0.999) == pytest.approx(0.5 * (1 - 0.25 * 0.999))
    assert backoff_delay(POLICY, 5, rand=0.5) == pytest.approx(8.0 * 0.875)
    for n in range(1, 8):
        for rand in (0.0, 0.3, 0.999):
            delay = backoff_delay(POLICY, n, rand)
            assert 0.75 * min(8.0, 0.5 * 2 ** (n - 1)) <= delay <= 8.0


def test_backoff_delay_used_for_later_retries() -> None:
    outcome = Outcome("GET", status_code=503)
    assert _decide(outcome, retries_done=0).delay == 0.5
    assert _decide(outcome, retries_done=1).delay == 1.0
    policy = RetryPolicy(max_retries=10)
    assert _decide(outcome, retries_done=6, policy=policy).delay == 8.0


def test_retry_after_seconds_is_honoured_without_jitter() -> None:
    decision = _decide(Outcome("POST", status_code=429, retry_after="7"), rand=0.9)
    assert decision.retry
    assert decision.delay == 7.0
    assert decision.retry_after == 7.0


def test_retry_after_http_date_is_honoured() -> None:
    when = format_datetime(NOW + timedelta(seconds=12), usegmt=True)
    decision = _decide(Outcome("GET", status_code=429, retry_after=when))
    assert decision.retry
    assert decision.delay == pytest.approx(12.0)


def test_retry_after_on_503_is_honoured_for_idempotent_methods() -> None:
    decision = _decide(Outcome("GET", status_code=503, retry_after="3"))
    assert decision.retry
    assert decision.delay == 3.0


def test_retry_after_above_the_cap_stops_at_once() -> None:
    decision = _decide(Outcome("POST", status_code=429, retry_after="3600"))
    assert not decision.retry
    assert decision.retry_after == 3600.0
    assert "exceeds the cap" in decision.reason


def test_retry_after_at_the_cap_is_still_honoured() -> None:
    decision = _decide(Outcome("GET", status_code=429, retry_after="60"))
    assert decision.retry
    assert decision.delay == 60.0
    policy = RetryPolicy(max_retry_after=5.0)
    assert not _decide(Outcome("GET", status_code=429, retry_after="6"), policy=policy).retry


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    decision = _decide(Outcome("GET", status_code=429, retry_after="soon"))
    assert decision.retry
    assert decision.delay == 0.5
    assert decision.retry_after is None


def test_retry_after_is_ignored_on_failures_without_response() -> None:
    decision = _decide(Outcome("GET", failure=Failure.CONNECT, retry_after="30"))
    assert decision.delay == 0.5


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("  ", None),
        ("0", 0.0),
        ("30", 30.0),
        (" 1.5 ", 1.5),
        ("-5", 0.0),
        ("nan", None),
        ("inf", None),
        ("tomorrow", None),
        ("Thu, 01 Jan 2026 12:00:30 GMT", 30.0),
        ("Thu, 01 Jan 2026 11:59:00 GMT", 0.0),  # in the past
        ("Thursday, 01-Jan-26 12:01:00 GMT", 60.0),  # obsolete RFC 850 form
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


# -- validation ------------------------------------------------------------------------------


def test_outcome_needs_exactly_one_of_status_and_failure() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Outcome("GET")
    with pytest.raises(ValueError, match="exactly one"):
        Outcome("GET", status_code=500, failure=Failure.CONNECT)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"initial_delay": -0.1},
        {"max_delay": -1.0},
        {"max_retry_after": -1.0},
        {"jitter": 1.5},
        {"jitter": -0.1},
    ],
)
def test_policy_rejects_bad_settings(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"must be"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]
