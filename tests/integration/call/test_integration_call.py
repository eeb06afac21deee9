"""Call operations (``calls`` and ``integrations``), sync and asyncio, plus the error paths
forced with Prefer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import pytest
from voice_agents import (
    AsyncVoiceAgentsClient,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    VoiceAgentsClient,
)
from voice_agents_client.api.call import initiate_call
from voice_agents_client.models import (
    AbortCallRequest,
    Error,
    InitiateCallRequest,
    InitiateCallResponse,
    ShiprocketNdrEvent,
    UpdateCallPayloadRequest,
    WebCallRequest,
)

Example = Callable[..., dict[str, Any]]
CALL_ID = "68f0a1b2c3d4e5f600000900"
ASSISTANT_ID = "6690a1b2c3d4e5f600000010"


def _initiate_body(example: Example) -> InitiateCallRequest:
    body = example("initiate_call")
    body.pop("callbackUrl", None)  # no webhook deliveries from these tests
    return InitiateCallRequest.from_dict(body)


def test_initiate_call(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    spec = example("initiate_call")
    result = voice_agents_client.calls.initiate(
        phone_number=spec["phoneNumber"],
        assistant=spec["assistant"],
        payload=spec["payload"],  # a plain dict, read as the AbandonedCartPayload it is
        metadata={"orderId": "1"},
    )
    assert result.call_id
    sent = voice_agents_mock.requests(operation="initiate_call")[-1]["body"]
    assert sent["metadata"] == {"orderId": "1"}
    assert sent["payload"] == spec["payload"]


@pytest.mark.parametrize(
    "name",
    [
        "abandoned_cart",
        "abandoned_cart_with_discount",
        "cod_to_prepaid",
        "address_verification",
        "order_confirmation",
        "ndr_followup",
        "custom",
        "custom_with_metadata",
    ],
)
def test_every_payload_shape_goes_as_a_plain_dict(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient, example: Example, name: str
) -> None:
    """Each named example's payload, given as a dict, is sent exactly as the spec has it."""
    spec = example("initiate_call", name)
    result = voice_agents_client.calls.initiate(
        phone_number=spec["phoneNumber"],
        assistant=spec["assistant"],
        payload=spec["payload"],
        metadata=spec.get("metadata", {}),
    )
    assert result.call_id
    sent = voice_agents_mock.requests(operation="initiate_call")[-1]["body"]
    assert sent["payload"] == spec["payload"]
    assert sent["metadata"] == spec.get("metadata", {})


def test_initiate_call_with_a_prepared_body(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    result = voice_agents_client.calls.initiate(body=_initiate_body(example), timeout=30.0)
    assert result.call_id


def test_start_web_call(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    spec = example("start_web_call")
    result = voice_agents_client.calls.start_web(
        assistant=spec["assistant"],
        system_prompt=spec["systemPrompt"],
        payload=spec["payload"],
        metadata=spec["metadata"],
    )
    assert result.token


def test_abort_call(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.calls.abort(call_id=CALL_ID)
    assert result.message


def test_update_call_payload(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    result = voice_agents_client.calls.update_payload(
        CALL_ID, payload=example("update_call_payload")["payload"]
    )
    assert result.message


def test_handle_shiprocket_ndr(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = ShiprocketNdrEvent.from_dict(example("handle_shiprocket_ndr"))
    result = voice_agents_client.integrations.shiprocket_ndr(ASSISTANT_ID, body=body)
    assert result.status


def test_call_group_through_asyncio(
    voice_agents_async_client: AsyncVoiceAgentsClient, example: Example
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            initiated, web, aborted, updated, ndr = await asyncio.gather(
                client.calls.initiate(body=_initiate_body(example)),
                client.calls.start_web(body=WebCallRequest.from_dict(example("start_web_call"))),
                client.calls.abort(body=AbortCallRequest(call_id=CALL_ID)),
                client.calls.update_payload(
                    CALL_ID,
                    body=UpdateCallPayloadRequest.from_dict(example("update_call_payload")),
                ),
                client.integrations.shiprocket_ndr(
                    ASSISTANT_ID,
                    body=ShiprocketNdrEvent.from_dict(example("handle_shiprocket_ndr")),
                ),
            )
            assert initiated.call_id
            assert web.token
            assert aborted.message
            assert updated.message
            assert ndr.status
            queued = await client.calls.initiate(
                phone_number="+919876543210", assistant=ASSISTANT_ID, metadata={"orderId": "1"}
            )
            assert queued.call_id

    asyncio.run(main())


def test_asyncio_errors_raise_and_raw_responses_return(
    voice_agents_async_client: AsyncVoiceAgentsClient,
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            with pytest.raises(NotFoundError) as info:
                await client.calls.abort(call_id=CALL_ID, extra_headers={"Prefer": "code=404"})
            assert info.value.status_code == 404
            raw = await client.calls.with_raw_response.abort(
                call_id=CALL_ID, extra_headers={"Prefer": "code=404"}
            )
            assert raw.status_code == HTTPStatus.NOT_FOUND
            assert isinstance(raw.parsed, Error)

    asyncio.run(main())


def test_401_raises_authentication_error(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    with pytest.raises(AuthenticationError) as info:
        voice_agents_client.calls.initiate(
            body=_initiate_body(example), extra_headers={"Prefer": "code=401"}
        )
    assert info.value.status_code == 401


def test_401_comes_back_from_with_raw_response(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    response = voice_agents_client.calls.with_raw_response.initiate(
        body=_initiate_body(example), extra_headers={"Prefer": "code=401"}
    )
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
    assert response.parsed.message


def test_404_raises_not_found(voice_agents_client: VoiceAgentsClient) -> None:
    """A derived client's headers reach its resources too."""
    with (
        voice_agents_client.with_headers({"Prefer": "code=404"}) as client,
        pytest.raises(NotFoundError),
    ):
        client.calls.abort(call_id=CALL_ID)


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
        client.calls.initiate(body=_initiate_body(example))
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


def test_function_style_still_works(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = initiate_call.sync(client=voice_agents_client, body=_initiate_body(example))
    assert isinstance(result, InitiateCallResponse)
    assert result.call_id
