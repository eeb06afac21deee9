"""The retry policy as seen on the wire: calls counted by respx, sleeps by a fake clock.

Every scenario runs on the sync and the async httpx client of VoiceAgentsClient.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx
from voice_agents import VoiceAgentsClient
from voice_agents.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)

INITIATE = "/v2/call/initiate"
ASSISTANTS = "/v1/admin/assistant"
OK = {"message": "Call initiated", "data": {"_id": "68f0a1b2c3d4e5f600000900"}}

Outcome = httpx.Response | type[Exception] | Exception


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def send(
    client: VoiceAgentsClient, mode: str, method: str, path: str, **kwargs: Any
) -> httpx.Response:
    """One request through the client's sync or async httpx client."""
    if mode == "sync":
        return client.get_httpx_client().request(method, path, **kwargs)

    async def run() -> httpx.Response:
        try:
            return await client.get_async_httpx_client().request(method, path, **kwargs)
        finally:
            await client.aclose()

    return asyncio.run(run())


@pytest.fixture
def script(
    api: respx.MockRouter, fake_clock: Any
) -> Callable[[str, str, list[Outcome]], respx.Route]:
    """Mock a route that answers with the given outcomes in order, logging each call."""

    def make(method: str, path: str, outcomes: list[Outcome]) -> respx.Route:
        remaining = list(outcomes)

        def answer(request: httpx.Request) -> httpx.Response:
            fake_clock.events.append("call")
            outcome = remaining.pop(0)
            if isinstance(outcome, httpx.Response):
                return outcome
            raise (
                outcome if isinstance(outcome, Exception) else outcome("simulated", request=request)
            )

        return api.route(method=method, path=path).mock(side_effect=answer)

    return make


def test_503_503_200_on_get_is_three_calls(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    route = script(
        "GET", ASSISTANTS, [httpx.Response(503), httpx.Response(503), httpx.Response(200, json={})]
    )
    response = send(make_client(), mode, "GET", ASSISTANTS)
    assert response.status_code == 200
    assert route.call_count == 3
    assert fake_clock.sleeps == [0.5, 1.0]  # backoff from 0.5 s (jitter fixed at 0)


def test_503_on_initiate_is_one_call(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    route = script("POST", INITIATE, [httpx.Response(503, json={"code": 503, "message": "down"})])
    with pytest.raises(InternalServerError) as info:
        send(make_client(), mode, "POST", INITIATE, json={"phoneNumber": "+14155550100"})
    assert route.call_count == 1
    assert fake_clock.sleeps == []
    assert info.value.status_code == 503


def test_read_timeout_on_initiate_is_one_call(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    route = script("POST", INITIATE, [httpx.ReadTimeout])
    with pytest.raises(APITimeoutError):
        send(make_client(), mode, "POST", INITIATE, json={})
    assert route.call_count == 1
    assert fake_clock.sleeps == []


@pytest.mark.parametrize("status", [500, 502, 504, 408])
def test_other_retryable_statuses_on_initiate_are_one_call(
    make_client: Any, script: Any, mode: str, status: int
) -> None:
    route = script("POST", INITIATE, [httpx.Response(status), httpx.Response(200)])
    with pytest.raises(APIStatusError) as info:
        send(make_client(), mode, "POST", INITIATE, json={})
    assert info.value.status_code == status
    assert route.call_count == 1


def test_connection_lost_after_sending_initiate_is_one_call(
    make_client: Any, script: Any, mode: str
) -> None:
    route = script("POST", INITIATE, [httpx.RemoteProtocolError, httpx.Response(200)])
    with pytest.raises(APIConnectionError) as info:
        send(make_client(), mode, "POST", INITIATE, json={})
    assert not isinstance(info.value, APITimeoutError)
    assert route.call_count == 1


def test_429_then_200_on_initiate_is_two_calls_after_retry_after(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    route = script(
        "POST",
        INITIATE,
        [httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=OK)],
    )
    response = send(make_client(), mode, "POST", INITIATE, json={"phoneNumber": "+1"})
    assert response.status_code == 200
    assert route.call_count == 2
    assert fake_clock.events == ["call", "sleep 2", "call"]
    first, second = (call.request for call in route.calls)
    assert first.content == second.content == b'{"phoneNumber":"+1"}'


def test_429_with_an_http_date_waits_until_then(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    when = fake_clock.now.replace(second=5)
    route = script(
        "POST",
        INITIATE,
        [
            httpx.Response(429, headers={"Retry-After": format_datetime(when, usegmt=True)}),
            httpx.Response(200),
        ],
    )
    send(make_client(), mode, "POST", INITIATE, json={})
    assert route.call_count == 2
    assert fake_clock.sleeps == [5.0]


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_connect_failure_then_200_on_initiate_is_two_calls(
    make_client: Any, script: Any, fake_clock: Any, mode: str, error: type[Exception]
) -> None:
    route = script("POST", INITIATE, [error, httpx.Response(200, json=OK)])
    response = send(make_client(), mode, "POST", INITIATE, json={})
    assert response.status_code == 200
    assert route.call_count == 2
    assert fake_clock.sleeps == [0.5]


def test_retry_after_3600_raises_rate_limit_error_at_once(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    route = script(
        "POST",
        INITIATE,
        [
            httpx.Response(429, headers={"Retry-After": "3600"}, json={"message": "slow down"}),
            httpx.Response(200),
        ],
    )
    with pytest.raises(RateLimitError) as info:
        send(make_client(), mode, "POST", INITIATE, json={})
    assert route.call_count == 1
    assert fake_clock.sleeps == []
    assert info.value.retry_after == 3600.0
    assert info.value.status_code == 429


def test_429_until_retries_run_out(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    route = script("GET", ASSISTANTS, [httpx.Response(429)] * 3)
    with pytest.raises(RateLimitError) as info:
        send(make_client(), mode, "GET", ASSISTANTS)
    assert route.call_count == 3
    assert fake_clock.sleeps == [0.5, 1.0]
    assert info.value.retry_after is None


def test_5xx_on_get_until_retries_run_out(make_client: Any, script: Any, mode: str) -> None:
    route = script("GET", ASSISTANTS, [httpx.Response(502)] * 3)
    with pytest.raises(InternalServerError):
        send(make_client(), mode, "GET", ASSISTANTS)
    assert route.call_count == 3


def test_read_timeout_on_get_is_retried(make_client: Any, script: Any, mode: str) -> None:
    route = script("GET", ASSISTANTS, [httpx.ReadTimeout, httpx.Response(200)])
    assert send(make_client(), mode, "GET", ASSISTANTS).status_code == 200
    assert route.call_count == 2


def test_connect_failures_until_retries_run_out(make_client: Any, script: Any, mode: str) -> None:
    route = script("POST", INITIATE, [httpx.ConnectError] * 3)
    with pytest.raises(APIConnectionError):
        send(make_client(), mode, "POST", INITIATE, json={})
    assert route.call_count == 3


def test_max_retries_zero_disables_retries(
    make_client: Any, script: Any, fake_clock: Any, mode: str
) -> None:
    route = script("GET", ASSISTANTS, [httpx.Response(503), httpx.Response(200)])
    client = make_client(max_retries=0)
    assert client.max_retries == 0
    with pytest.raises(InternalServerError):
        send(client, mode, "GET", ASSISTANTS)
    assert route.call_count == 1
    assert fake_clock.sleeps == []


def test_max_retries_raises_the_number_of_attempts(
    make_client: Any, script: Any, mode: str
) -> None:
    route = script("PUT", ASSISTANTS, [httpx.Response(503)] * 4 + [httpx.Response(200)])
    assert send(make_client(max_retries=4), mode, "PUT", ASSISTANTS, json={}).status_code == 200
    assert route.call_count == 5


def test_4xx_is_never_retried(make_client: Any, script: Any, mode: str) -> None:
    route = script("GET", ASSISTANTS, [httpx.Response(404), httpx.Response(200)])
    with pytest.raises(APIStatusError, match="404"):
        send(make_client(), mode, "GET", ASSISTANTS)
    assert route.call_count == 1


def test_multipart_upload_is_resent_whole_after_429(
    make_client: Any, script: Any, mode: str
) -> None:
    route = script(
        "POST", "/v1/knowledge-base/upload/chunk/s1", [httpx.Response(429), httpx.Response(200)]
    )
    send(
        make_client(),
        mode,
        "POST",
        "/v1/knowledge-base/upload/chunk/s1",
        files={"chunk": ("part-0", b"0123456789", "application/octet-stream")},
        data={"chunkIndex": "0"},
    )
    first, second = (call.request for call in route.calls)
    assert b"0123456789" in second.content
    assert first.content == second.content


def test_streamed_requests_are_retried(make_client: Any, script: Any) -> None:
    route = script("GET", ASSISTANTS, [httpx.Response(503), httpx.Response(200, content=b"abc")])
    with make_client().get_httpx_client().stream("GET", ASSISTANTS) as response:
        assert response.read() == b"abc"
    assert route.call_count == 2


def test_retries_and_delays_are_logged_at_debug(
    make_client: Any, script: Any, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    script(
        "POST", INITIATE, [httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(503)]
    )
    caplog.set_level(logging.DEBUG, logger="voice_agents")
    with pytest.raises(InternalServerError):
        send(make_client(), mode, "POST", INITIATE, json={})
    ours = [r for r in caplog.records if r.name == "voice_agents"]
    assert all(r.levelno == logging.DEBUG for r in ours)
    messages = [r.getMessage() for r in ours]
    assert (
        messages[0]
        == "Retrying POST /v2/call/initiate in 2.000 s (retry 1 of 2): 429 Too Many Requests"
    )
    assert messages[1].startswith("Not retrying POST /v2/call/initiate: status 503")
    assert "not idempotent" in messages[1]


def test_the_real_clock_is_the_default(cfg: Any) -> None:
    """Without a clock the delay is really slept (here a Retry-After of 0.05 s)."""
    with respx.mock(base_url=cfg.base_url) as router:
        route = router.get(ASSISTANTS).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "0.05"}), httpx.Response(200)]
        )
        client = VoiceAgentsClient(
            public_key=cfg.public_key, private_key=cfg.private_key, base_url=cfg.base_url
        )
        with client:
            assert client.get_httpx_client().get(ASSISTANTS).status_code == 200

        async def run() -> int:
            async with client:
                return (await client.get_async_httpx_client().get(ASSISTANTS)).status_code

        route.side_effect = [
            httpx.Response(429, headers={"Retry-After": "0.05"}),
            httpx.Response(200),
        ]
        assert asyncio.run(run()) == 200
    assert route.call_count == 4
