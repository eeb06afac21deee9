"""Call operations, sync and asyncio, plus the error paths forced with Prefer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from voice_agents import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    VoiceAgentsClient,
)
from voice_agents_client.api.call import (
    abort_call,
    handle_shiprocket_ndr,
    initiate_call,
    start_web_call,
    update_call_payload,
)
from voice_agents_client.models import (
    AbortCallRequest,
    AbortCallResponse,
    InitiateCallRequest,
    InitiateCallResponse,
    ShiprocketNdrEvent,
    ShiprocketNdrWebhookResponse,
    UpdateCallPayloadRequest,
    UpdateCallPayloadResponse,
    WebCallRequest,
    WebCallResponse,
)

Example = Callable[..., dict[str, Any]]
CALL_ID = "68f0a1b2c3d4e5f600000900"
ASSISTANT_ID = "6690a1b2c3d4e5f600000010"


def _initiate_body(example: Example) -> InitiateCallRequest:
    body = example("initiate_call")
    body.pop("callbackUrl", None)  # no webhook deliveries from these tests
    return InitiateCallRequest.from_dict(body)


def test_initiate_call(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    result = initiate_call.sync(client=voice_agents_client, body=_initiate_body(example))
    assert isinstance(result, InitiateCallResponse)
    assert result.call_id


def test_start_web_call(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = WebCallRequest.from_dict(example("start_web_call"))
    result = start_web_call.sync(client=voice_agents_client, body=body)
    assert isinstance(result, WebCallResponse)
    assert result.token


def test_abort_call(voice_agents_client: VoiceAgentsClient) -> None:
    result = abort_call.sync(client=voice_agents_client, body=AbortCallRequest(call_id=CALL_ID))
    assert isinstance(result, AbortCallResponse)
    assert result.message


def test_update_call_payload(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = UpdateCallPayloadRequest.from_dict(example("update_call_payload"))
    result = update_call_payload.sync(CALL_ID, client=voice_agents_client, body=body)
    assert isinstance(result, UpdateCallPayloadResponse)
    assert result.message


def test_handle_shiprocket_ndr(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = ShiprocketNdrEvent.from_dict(example("handle_shiprocket_ndr"))
    result = handle_shiprocket_ndr.sync(ASSISTANT_ID, client=voice_agents_client, body=body)
    assert isinstance(result, ShiprocketNdrWebhookResponse)


def test_call_group_through_asyncio(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    async def scenario() -> list[object]:
        async with voice_agents_client.with_timeout(30.0) as client:
            return list(
                await asyncio.gather(
                    initiate_call.asyncio(client=client, body=_initiate_body(example)),
                    start_web_call.asyncio(
                        client=client, body=WebCallRequest.from_dict(example("start_web_call"))
                    ),
                    abort_call.asyncio(client=client, body=AbortCallRequest(call_id=CALL_ID)),
                    update_call_payload.asyncio(
                        CALL_ID,
                        client=client,
                        body=UpdateCallPayloadRequest.from_dict(example("update_call_payload")),
                    ),
                )
            )

    initiated, web, aborted, updated = asyncio.run(scenario())
    assert isinstance(initiated, InitiateCallResponse)
    assert isinstance(web, WebCallResponse)
    assert isinstance(aborted, AbortCallResponse)
    assert isinstance(updated, UpdateCallPayloadResponse)


def test_401_raises_authentication_error(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    with (
        voice_agents_client.with_headers({"Prefer": "code=401"}) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        initiate_call.sync(client=client, body=_initiate_body(example))
    assert info.value.status_code == 401


def test_404_raises_not_found(voice_agents_client: VoiceAgentsClient) -> None:
    with (
        voice_agents_client.with_headers({"Prefer": "code=404"}) as client,
        pytest.raises(NotFoundError),
    ):
        abort_call.sync(client=client, body=AbortCallRequest(call_id=CALL_ID))


def test_429_raises_rate_limit_with_retry_after(voice_agents_mock: Any, example: Example) -> None:
    client = VoiceAgentsClient(
        public_key="pk_0123456789abcdef0123456789abcdef",
        private_key="sk_" + "0" * 64,
        workspace="6690a1b2c3d4e5f600000002",
        base_url=voice_agents_mock.url,
        max_retries=0,  # the mock always answers 429 here; retrying would only wait
        headers={"Prefer": "code=429"},
    )
    with client, pytest.raises(RateLimitError) as info:
        initiate_call.sync(client=client, body=_initiate_body(example))
    assert info.value.status_code == 429
    assert info.value.retry_after == 30.0


def test_a_validation_error_says_which_field(voice_agents_client: VoiceAgentsClient) -> None:
    """The mock's sl-violations detail is in the BadRequestError's message."""
    with pytest.raises(BadRequestError) as info:
        voice_agents_client.get_httpx_client().post(
            "/v2/call/initiate", json={"phoneNumber": "+919876543210"}
        )
    message = str(info.value)
    assert message.startswith("POST /v2/call/initiate returned 400 Bad Request: ")
    assert "request.body" in message
    assert "assistant" in message
