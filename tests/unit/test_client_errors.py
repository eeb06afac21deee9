"""Typed errors (voice_agents.errors) raised through raw requests and generated functions."""

from __future__ import annotations

import asyncio
import io
import json
from typing import Any

import httpx
import pytest
import respx
from voice_agents import VoiceAgentsClient, errors
from voice_agents._failures import violations_summary
from voice_agents.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    VoiceAgentsError,
    status_error_class,
)
from voice_agents_client.api.call import initiate_call
from voice_agents_client.api.health import get_health
from voice_agents_client.api.knowledge_base import upload_chunk
from voice_agents_client.errors import UnexpectedStatus
from voice_agents_client.models import (
    Error,
    HealthResponse,
    InitiateCallRequest,
    InitiateCallResponse,
    UploadChunkRequest,
)
from voice_agents_client.types import File

INITIATE = "/v2/call/initiate"
BODY = InitiateCallRequest(phone_number="+919876543210", assistant="6690a1b2c3d4e5f600000010")
CALL_OK = {"callId": "68f0a1b2c3d4e5f600000900", "status": "initiate"}

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
    (405, APIStatusError),
    (410, APIStatusError),
    (418, APIStatusError),
]


def test_hierarchy() -> None:
    for _, cls in STATUS_CLASSES:
        assert issubclass(cls, APIStatusError)
        assert issubclass(cls, VoiceAgentsError)
    assert issubclass(APIConnectionError, VoiceAgentsError)
    assert issubclass(APIConnectionError, httpx.TransportError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APITimeoutError, httpx.TimeoutException)
    assert issubclass(ConfigurationError, VoiceAgentsError)
    assert issubclass(ConfigurationError, ValueError)
    assert set(errors.__all__) >= {
        "VoiceAgentsError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "RateLimitError",
    }


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_error_class(status: int, cls: type[APIStatusError]) -> None:
    assert status_error_class(status) is cls


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_each_status_raises_its_class_with_details(
    make_client: Any, api: Any, status: int, cls: type[APIStatusError]
) -> None:
    body = {"code": status, "message": f"problem {status}"}
    api.post(INITIATE).respond(status, json=body, headers={"x-request-id": "r-1"})
    with pytest.raises(cls) as info:
        make_client().get_httpx_client().post(INITIATE, json={})
    exc = info.value
    assert type(exc) is cls
    assert exc.status_code == status
    assert exc.headers["x-request-id"] == "r-1"
    assert exc.body == httpx.Response(200, json=body).content
    assert isinstance(exc.parsed, Error)
    assert exc.parsed.message == f"problem {status}"
    assert exc.parsed.code == status
    reason = exc.response.reason_phrase
    assert exc.message == f"POST /v2/call/initiate returned {status} {reason}: problem {status}"
    assert str(exc) == exc.message
    assert f"problem {status}" in str(exc)
    assert exc.request.method == "POST"
    assert exc.request.url.path == INITIATE
    assert exc.response.status_code == status
    assert exc.response.json() == body


def test_message_includes_the_parsed_message(make_client: Any, api: Any) -> None:
    api.post(INITIATE).respond(400, json={"code": 400, "message": "Validation error"})
    with pytest.raises(BadRequestError) as info:
        make_client().get_httpx_client().post(INITIATE, json={})
    assert str(info.value) == "POST /v2/call/initiate returned 400 Bad Request: Validation error"
    assert repr(info.value) == (
        "BadRequestError(status_code=400, "
        "message='POST /v2/call/initiate returned 400 Bad Request: Validation error')"
    )


def test_error_body_with_status_code_instead_of_code(make_client: Any, api: Any) -> None:
    api.get("/v1/admin/assistant/get/x").respond(
        404, json={"status_code": 404, "message": "Assistant not found", "extra": 1}
    )
    with pytest.raises(NotFoundError) as info:
        make_client().get_httpx_client().get("/v1/admin/assistant/get/x")
    assert info.value.parsed is not None
    assert info.value.parsed.status_code == 404
    assert info.value.parsed["extra"] == 1


@pytest.mark.parametrize(
    "content",
    [b"<html>Bad gateway</html>", b"", b"[1, 2]", b'{"code": 400}', b'{"message": 3}'],
)
def test_body_that_is_not_the_error_model(make_client: Any, api: Any, content: bytes) -> None:
    api.post(INITIATE).respond(400, content=content)
    with pytest.raises(BadRequestError) as info:
        make_client().get_httpx_client().post(INITIATE, json={})
    assert info.value.parsed is None
    assert info.value.body == content
    assert str(info.value) == "POST /v2/call/initiate returned 400 Bad Request"


def test_gzip_body_is_decoded_in_the_error(make_client: Any, api: Any) -> None:
    import gzip

    raw = b'{"code": 400, "message": "zipped"}'
    api.post(INITIATE).respond(
        400, content=gzip.compress(raw), headers={"content-encoding": "gzip"}
    )
    with pytest.raises(BadRequestError) as info:
        make_client().get_httpx_client().post(INITIATE, json={})
    assert info.value.body == raw
    assert info.value.response.json()["message"] == "zipped"


def test_rate_limit_error_carries_retry_after_from_an_http_date(
    make_client: Any, api: Any, fake_clock: Any
) -> None:
    api.post(INITIATE).respond(429, headers={"retry-after": "Thu, 01 Jan 2026 13:00:00 GMT"})
    with pytest.raises(RateLimitError) as info:
        make_client().get_httpx_client().post(INITIATE, json={})
    assert info.value.retry_after == 3600.0
    assert fake_clock.sleeps == []


def test_connection_error(make_client: Any, api: Any) -> None:
    api.post(INITIATE).mock(side_effect=httpx.ConnectError("Connection refused"))
    with pytest.raises(APIConnectionError) as info:
        make_client(max_retries=0).get_httpx_client().post(INITIATE, json={})
    exc = info.value
    assert type(exc) is APIConnectionError
    assert isinstance(exc.__cause__, httpx.ConnectError)
    assert str(exc) == (
        "POST /v2/call/initiate to api.test.invalid:443 failed after 1 attempt in 0.0 s: "
        "ConnectError: Connection refused"
    )
    assert exc.request.url.path == INITIATE
    assert (exc.attempts, exc.elapsed) == (1, 0.0)


def test_connection_error_names_host_port_attempts_and_time(
    make_client: Any, api: Any, fake_clock: Any
) -> None:
    """A refused connection says where it went and that it was already retried."""
    api.get("/health").mock(side_effect=httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(APIConnectionError) as info:
        make_client().get_httpx_client().get("/health")
    exc = info.value
    assert exc.attempts == 3  # the first attempt and the default two retries
    assert exc.elapsed == pytest.approx(1.5)  # 0.5 s + 1.0 s of backoff (no jitter here)
    assert str(exc) == (
        "GET /health to api.test.invalid:443 failed after 3 attempts in 1.5 s: "
        "ConnectError: [Errno 111] Connection refused"
    )


def test_connection_error_names_an_explicit_port(fake_clock: Any, cfg: Any) -> None:
    with respx.mock(base_url="http://127.0.0.1:4010") as router:
        router.get("/health").mock(side_effect=httpx.ConnectError("refused"))
        client = VoiceAgentsClient(
            public_key=cfg.public_key,
            private_key=cfg.private_key,
            base_url="http://127.0.0.1:4010",
            max_retries=0,
            clock=fake_clock.clock(),
        )
        with pytest.raises(APIConnectionError, match=r"to 127\.0\.0\.1:4010 failed"):
            get_health.sync(client=client)


def test_async_connection_error_counts_attempts(make_client: Any, api: Any) -> None:
    api.get("/health").mock(side_effect=httpx.ConnectError("refused"))

    async def run() -> APIConnectionError:
        async with make_client(max_retries=1) as client:
            try:
                await client.get_async_httpx_client().get("/health")
            except APIConnectionError as exc:
                return exc
        raise AssertionError("no error")

    exc = asyncio.run(run())
    assert exc.attempts == 2
    assert "failed after 2 attempts in 0.5 s" in str(exc)


def test_bad_request_message_carries_the_servers_violations(make_client: Any, api: Any) -> None:
    """The mock's sl-violations detail is in the message, not only in exc.headers."""
    violations = [
        {
            "location": ["request", "body"],
            "severity": "Error",
            "code": "required",
            "message": "must have required property 'assistant'",
        },
        {
            "location": ["request", "body", "phoneNumber"],
            "severity": "Error",
            "code": "pattern",
            "message": 'must match pattern "^\\+[1-9][0-9]{7,14}$"',
        },
    ]
    api.post(INITIATE).respond(
        400,
        json={"code": 400, "message": "Validation error"},
        headers={"sl-violations": json.dumps(violations)},
    )
    with pytest.raises(BadRequestError) as info:
        initiate_call.sync(client=make_client(), body=BODY)
    assert str(info.value) == (
        "POST /v2/call/initiate returned 400 Bad Request: Validation error "
        "(request.body: must have required property 'assistant'; "
        'request.body.phoneNumber: must match pattern "^\\+[1-9][0-9]{7,14}$")'
    )


def test_violations_summary_is_short() -> None:
    items = [{"location": ["request", "query", f"q{i}"], "message": "bad"} for i in range(5)]
    summary = violations_summary(json.dumps(items))
    assert summary == (
        "request.query.q0: bad; request.query.q1: bad; request.query.q2: bad; and 2 more"
    )
    long = violations_summary(json.dumps([{"location": ["request"], "message": "x" * 500}]))
    assert long is not None
    assert len(long) <= 160
    assert long.endswith("...")
    assert violations_summary("not json") is None
    assert violations_summary("[]") is None
    assert violations_summary('{"a": 1}') is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"type": "x", "title": "Invalid request", "detail": "Your request is not valid"},
            "returned 422 Unprocessable Entity: Your request is not valid",
        ),
        ({"error": "quota exceeded"}, "returned 422 Unprocessable Entity: quota exceeded"),
        ({"message": "  "}, "returned 422 Unprocessable Entity"),
    ],
)
def test_status_message_from_other_json_bodies(
    make_client: Any, api: Any, body: dict[str, Any], expected: str
) -> None:
    api.post(INITIATE).respond(422, json=body)
    with pytest.raises(UnprocessableEntityError) as info:
        make_client().get_httpx_client().post(INITIATE, json={})
    assert str(info.value).endswith(expected)


@pytest.mark.parametrize(
    "error", [httpx.ConnectTimeout, httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout]
)
def test_timeout_error(make_client: Any, api: Any, error: type[httpx.TimeoutException]) -> None:
    api.post(INITIATE).mock(side_effect=error("timed out"))
    with pytest.raises(APITimeoutError) as info:
        make_client(max_retries=0).get_httpx_client().post(INITIATE, json={})
    assert isinstance(info.value, httpx.TimeoutException)  # old `except` clauses still work
    assert isinstance(info.value.__cause__, error)


def test_async_errors(make_client: Any, api: Any) -> None:
    api.post(INITIATE).respond(402, json={"code": 402, "message": "Insufficient credit"})
    api.get("/health").mock(side_effect=httpx.ReadTimeout("slow"))
    client = make_client(max_retries=0)

    async def run() -> tuple[BaseException, BaseException]:
        async with client:
            with pytest.raises(PaymentRequiredError) as first:
                await client.get_async_httpx_client().post(INITIATE, json={})
            with pytest.raises(APITimeoutError) as second:
                await client.get_async_httpx_client().get("/health")
        return first.value, second.value

    payment, timeout = asyncio.run(run())
    assert isinstance(payment, PaymentRequiredError)
    assert payment.parsed is not None
    assert payment.parsed.message == "Insufficient credit"
    assert isinstance(timeout, APITimeoutError)


# -- through the generated functions ---------------------------------------------------------


def test_generated_sync_returns_the_model(make_client: Any, api: Any, cfg: Any) -> None:
    route = api.post(INITIATE).respond(200, json=CALL_OK)
    result = initiate_call.sync(client=make_client(), body=BODY)
    assert isinstance(result, InitiateCallResponse)
    assert result.call_id == CALL_OK["callId"]
    sent = route.calls.last.request
    assert sent.headers["x-private-key"] == cfg.private_key
    assert sent.headers["workspace"] == cfg.workspace


def test_generated_asyncio_returns_the_model(make_client: Any, api: Any) -> None:
    api.get("/health").respond(
        200, json={"message": "ok", "data": {"underMaintenance": False, "status": "healthy"}}
    )
    client = make_client()

    async def run() -> HealthResponse | Error | None:
        async with client:
            return await get_health.asyncio(client=client)

    result = asyncio.run(run())
    assert isinstance(result, HealthResponse)
    assert result.data.status == "healthy"


@pytest.mark.parametrize("function", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
def test_generated_functions_raise_typed_errors(make_client: Any, api: Any, function: str) -> None:
    route = api.post(INITIATE).respond(503, json={"code": 503, "message": "Service unavailable"})
    client = make_client()
    call = getattr(initiate_call, function)

    async def run() -> object:
        async with client:
            return await call(client=client, body=BODY)

    def invoke() -> object:
        if function.startswith("asyncio"):
            return asyncio.run(run())
        return call(client=client, body=BODY)

    with pytest.raises(InternalServerError) as info:
        invoke()
    assert route.call_count == 1  # initiate is never resent after a 5xx
    assert info.value.parsed is not None
    assert info.value.parsed.message == "Service unavailable"


def test_generated_function_retries_then_succeeds(make_client: Any, api: Any) -> None:
    route = api.post(INITIATE).mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after": "1"}),
            httpx.Response(200, json=CALL_OK),
        ]
    )
    response = initiate_call.sync_detailed(client=make_client(), body=BODY)
    assert response.status_code == 200
    assert isinstance(response.parsed, InitiateCallResponse)
    assert route.call_count == 2


def test_generated_multipart_upload_is_resent_whole(make_client: Any, api: Any) -> None:
    route = api.post("/v1/knowledge-base/upload/chunk/sess-1").mock(
        side_effect=[
            httpx.Response(429),
            httpx.Response(200, json={"message": "ok", "data": {}}),
        ]
    )
    body = UploadChunkRequest(
        chunk=File(payload=io.BytesIO(b"chunk-bytes"), file_name="part-0"), chunk_index=0
    )
    upload_chunk.sync_detailed("sess-1", client=make_client(), body=body)
    first, second = (call.request for call in route.calls)
    assert b"chunk-bytes" in second.content
    assert first.content == second.content


# -- errors as values (the generated behaviour) ----------------------------------------------


def test_raise_on_error_false_returns_documented_errors_as_values(
    make_client: Any, api: Any
) -> None:
    route = api.post(INITIATE).respond(400, json={"code": 400, "message": "Validation error"})
    client = make_client(raise_on_error=False)
    assert client.raise_on_error is False
    result = initiate_call.sync(client=client, body=BODY)
    assert isinstance(result, Error)
    assert result.message == "Validation error"
    assert route.call_count == 1


def test_raise_on_error_false_still_retries(make_client: Any, api: Any) -> None:
    route = api.get("/health").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(503),
            httpx.Response(503, json={"code": 503, "message": "down"}),
        ]
    )
    response = get_health.sync_detailed(client=make_client(raise_on_error=False))
    assert route.call_count == 3
    assert response.status_code == 503
    assert response.parsed is None  # 503 is not documented for this operation


def test_raise_on_error_false_returns_a_long_retry_after_at_once(
    make_client: Any, api: Any
) -> None:
    route = api.post(INITIATE).respond(
        429, json={"code": 429, "message": "slow down"}, headers={"retry-after": "3600"}
    )
    result = initiate_call.sync_detailed(client=make_client(raise_on_error=False), body=BODY)
    assert result.status_code == 429
    assert isinstance(result.parsed, Error)
    assert route.call_count == 1


def test_raise_on_error_false_with_unexpected_status(make_client: Any, api: Any) -> None:
    api.post(INITIATE).respond(418, content=b"teapot")
    client = make_client(raise_on_error=False, raise_on_unexpected_status=True)
    with pytest.raises(UnexpectedStatus) as info:
        initiate_call.sync(client=client, body=BODY)
    assert info.value.status_code == 418
    assert initiate_call.sync(client=make_client(raise_on_error=False), body=BODY) is None


def test_raise_on_error_false_raises_plain_httpx_errors(make_client: Any, api: Any) -> None:
    route = api.post(INITIATE).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(httpx.ConnectError) as info:
        initiate_call.sync(client=make_client(raise_on_error=False), body=BODY)
    assert not isinstance(info.value, VoiceAgentsError)
    assert route.call_count == 3  # a connect failure is still retried
    assert "x-private-key" in info.value.request.headers
    assert info.value.request.headers["x-private-key"] == "[REDACTED]"


def test_unexpected_success_status_with_raise_on_unexpected_status(
    make_client: Any, api: Any
) -> None:
    api.post(INITIATE).respond(202, json=CALL_OK)
    with pytest.raises(UnexpectedStatus):
        initiate_call.sync(client=make_client(raise_on_unexpected_status=True), body=BODY)
