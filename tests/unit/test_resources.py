"""The resource layer (``client.calls.initiate(...)``) pinned at the HTTP level with respx."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import respx
from voice_agents import (
    APIResponseValidationError,
    AsyncVoiceAgentsClient,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RequestValidationError,
    VoiceAgentsClient,
)
from voice_agents.errors import APIConnectionError
from voice_agents.webhooks import compute_signature
from voice_agents_client.models import (
    CallMetadata,
    CustomPayload,
    Error,
    InitiateCallRequest,
    InitiateCallResponse,
    NdrFollowupPayload,
)

BASE_URL = "https://api.test.invalid"
PUBLIC_KEY = "pk_3f9a7c2e5b1d4806a9e3c7f1b2d5e8a4"
PRIVATE_KEY = "sk_8e1f4a7d0c3b6e9f2a5d8c1b4e7f0a3d6c9b2e5f8a1d4c7b0e3f6a9d2c5b8e1f"
WORKSPACE = "6690a1b2c3d4e5f600000001"

INITIATE = f"{BASE_URL}/v2/call/initiate"
CALL_OK = {"callId": "68f0a1b2c3d4e5f600000900", "status": "initiate"}
ASSISTANT = "6690a1b2c3d4e5f600000010"
GET_ASSISTANT = f"{BASE_URL}/v1/admin/assistant/get/{ASSISTANT}"
NOT_FOUND = {"message": "Assistant not found", "code": "not_found"}


def _client(**options: Any) -> VoiceAgentsClient:
    return VoiceAgentsClient(
        public_key=PUBLIC_KEY,
        private_key=PRIVATE_KEY,
        workspace=WORKSPACE,
        base_url=BASE_URL,
        max_retries=0,
        **options,
    )


def _async_client(**options: Any) -> AsyncVoiceAgentsClient:
    return AsyncVoiceAgentsClient(
        public_key=PUBLIC_KEY,
        private_key=PRIVATE_KEY,
        workspace=WORKSPACE,
        base_url=BASE_URL,
        max_retries=0,
        **options,
    )


def _sent(route: respx.Route) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(route.calls.last.request.content)
    return body


@respx.mock
def test_fields_become_the_documented_body_and_the_model_comes_back() -> None:
    route = respx.post(INITIATE).mock(return_value=httpx.Response(200, json=CALL_OK))
    queued = _client().calls.initiate(phone_number="+919876543210", assistant=ASSISTANT)
    assert isinstance(queued, InitiateCallResponse)
    assert queued.call_id == CALL_OK["callId"]
    assert _sent(route) == {"phoneNumber": "+919876543210", "assistant": ASSISTANT}
    assert route.calls.last.request.headers["x-private-key"] == PRIVATE_KEY


@respx.mock
def test_a_prepared_body_is_sent_as_it_is() -> None:
    route = respx.post(INITIATE).mock(return_value=httpx.Response(200, json=CALL_OK))
    body = InitiateCallRequest(phone_number="+919876543210", assistant=ASSISTANT, priority=True)
    _client().calls.initiate(body=body)
    assert _sent(route) == {
        "phoneNumber": "+919876543210",
        "assistant": ASSISTANT,
        "priority": True,
    }


@respx.mock
def test_a_plain_dict_is_read_through_the_model_it_stands_for() -> None:
    route = respx.post(INITIATE).mock(return_value=httpx.Response(200, json=CALL_OK))
    ndr = {
        "awb": "AWB1",
        "ndrReason": "customer_unavailable",
        "customer": {"firstName": "Asha", "phone": "+919876543210"},
    }
    client = _client()
    client.calls.initiate(
        phone_number="+919876543210",
        assistant=ASSISTANT,
        payload=ndr,
        metadata={"orderId": "1001"},
    )
    sent = _sent(route)
    assert sent["metadata"] == {"orderId": "1001"}
    assert sent["payload"] == ndr
    # The same call with models gives the same bytes.
    client.calls.initiate(
        phone_number="+919876543210",
        assistant=ASSISTANT,
        payload=NdrFollowupPayload.from_dict(ndr),
        metadata=CallMetadata.from_dict({"orderId": "1001"}),
    )
    assert _sent(route) == sent
    runtime = client._resource_runtime
    models = (NdrFollowupPayload, CustomPayload)
    coerced = runtime.coerce("calls.initiate", "payload", ndr, models, "model")
    assert isinstance(coerced, NdrFollowupPayload)


def test_a_value_of_another_type_for_a_model_argument_is_refused() -> None:
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post(INITIATE)
        with pytest.raises(
            RequestValidationError, match="metadata must be CallMetadata or a dict, got list"
        ):
            _client().calls.initiate(
                phone_number="+919876543210",
                assistant=ASSISTANT,
                metadata=[1],  # type: ignore[arg-type]
            )
    assert route.call_count == 0


@respx.mock
def test_a_union_dict_takes_the_first_variant_that_fits() -> None:
    route = respx.post(INITIATE).mock(return_value=httpx.Response(200, json=CALL_OK))
    _client().calls.initiate(
        phone_number="+919876543210", assistant=ASSISTANT, payload={"cartValue": 10}
    )
    assert _sent(route)["payload"] == {"cartValue": 10}
    assert CustomPayload.from_dict({"cartValue": 10}).to_dict() == {"cartValue": 10}


def test_a_dict_that_fits_no_model_is_refused_before_sending() -> None:
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post("https://api.test.invalid/v1/admin/assistant/create")
        with pytest.raises(RequestValidationError) as caught:
            _client().assistants.create(
                name="Asha", variant={"type": "custom", "config": {}}, agent={"voice": 1}
            )
    assert route.call_count == 0
    assert caught.value.operation == "assistants.create"
    assert caught.value.argument == "agent"
    assert "does not fit AgentCreate" in str(caught.value)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, ValueError)


@respx.mock
def test_missing_required_fields_are_named_and_nothing_is_sent() -> None:
    route = respx.post(INITIATE)
    with pytest.raises(RequestValidationError, match="'assistant'") as caught:
        _client().calls.initiate(phone_number="+919876543210")  # type: ignore[call-overload]
    assert "calls.initiate" in str(caught.value)
    assert route.call_count == 0


@respx.mock
def test_body_and_fields_together_are_refused() -> None:
    route = respx.post(INITIATE)
    body = InitiateCallRequest(phone_number="+919876543210", assistant=ASSISTANT)
    with pytest.raises(RequestValidationError, match="not both: got body= and 'priority'"):
        _client().calls.initiate(body=body, priority=True)  # type: ignore[call-overload]
    assert route.call_count == 0


@respx.mock
def test_a_documented_error_raises_its_typed_error_even_when_the_client_returns_errors() -> None:
    respx.get(GET_ASSISTANT).mock(return_value=httpx.Response(404, json=NOT_FOUND))
    for client in (_client(), _client(raise_on_error=False)):
        with pytest.raises(NotFoundError, match="Assistant not found"):
            client.assistants.get(ASSISTANT)


@respx.mock
def test_raw_response_returns_a_documented_error_status() -> None:
    respx.get(GET_ASSISTANT).mock(return_value=httpx.Response(404, json=NOT_FOUND))
    raw = _client().assistants.with_raw_response.get(ASSISTANT)
    assert raw.status_code == 404
    assert isinstance(raw.parsed, Error)
    assert raw.parsed.message == "Assistant not found"
    assert json.loads(raw.content) == NOT_FOUND


@respx.mock
def test_raw_response_still_raises_an_undocumented_error_status() -> None:
    # get_assistant documents 400, 401, 404, 429 and 500; a 502 is nobody's answer.
    respx.get(GET_ASSISTANT).mock(return_value=httpx.Response(502, text="bad gateway"))
    with pytest.raises(InternalServerError):
        _client().assistants.with_raw_response.get(ASSISTANT)


@respx.mock
def test_raw_response_of_a_success_carries_the_model_and_headers() -> None:
    respx.post(INITIATE).mock(
        return_value=httpx.Response(200, json=CALL_OK, headers={"x-request-id": "r1"})
    )
    raw = _client().calls.with_raw_response.initiate(
        phone_number="+919876543210", assistant=ASSISTANT
    )
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r1"
    assert isinstance(raw.parsed, InitiateCallResponse)


@respx.mock
def test_an_undocumented_2xx_raises_response_validation_error() -> None:
    respx.post(INITIATE).mock(return_value=httpx.Response(201, json=CALL_OK))
    with pytest.raises(APIResponseValidationError, match="does not document") as caught:
        _client().calls.initiate(phone_number="+919876543210", assistant=ASSISTANT)
    assert caught.value.status_code == 201
    with pytest.raises(APIResponseValidationError):
        _client(raise_on_unexpected_status=True).calls.initiate(
            phone_number="+919876543210", assistant=ASSISTANT
        )


@respx.mock
def test_a_success_body_that_does_not_fit_names_the_field() -> None:
    respx.post(INITIATE).mock(return_value=httpx.Response(200, json={"status": "initiate"}))
    with pytest.raises(APIResponseValidationError) as caught:
        _client().calls.initiate(phone_number="+919876543210", assistant=ASSISTANT)
    assert caught.value.path == "callId"


@respx.mock
def test_extra_headers_and_timeout_apply_to_one_call() -> None:
    route = respx.get(GET_ASSISTANT).mock(return_value=httpx.Response(404, json=NOT_FOUND))
    client = _client()
    raw = client.assistants.with_raw_response.get(
        ASSISTANT, extra_headers={"workspace": "other", "x-trace": "t1"}, timeout=3.5
    )
    assert raw.status_code == 404
    sent = route.calls.last.request
    assert sent.headers["workspace"] == "other"
    assert sent.headers["x-trace"] == "t1"
    assert sent.extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    client.assistants.with_raw_response.get(ASSISTANT)
    assert route.calls.last.request.headers["workspace"] == WORKSPACE


def test_an_unsendable_extra_header_is_refused_without_showing_it() -> None:
    with pytest.raises(RequestValidationError) as caught:
        _client().health.check(extra_headers={"x-api-key": "sk_pasted…"})
    assert "sk_pasted" not in str(caught.value)


@respx.mock
def test_query_and_path_parameters() -> None:
    route = respx.get(f"{BASE_URL}/v1/number-pool/search").mock(
        return_value=httpx.Response(200, json={"message": "ok", "data": []})
    )
    _client().numbers.search(country_code="IN", limit=5)
    assert dict(route.calls.last.request.url.params) == {"countryCode": "IN", "limit": "5"}


@respx.mock
def test_a_connection_failure_raises_the_typed_error() -> None:
    respx.get(f"{BASE_URL}/health").mock(side_effect=httpx.ConnectError("refused"))
    for client in (_client(), _client(raise_on_error=False)):
        with pytest.raises(APIConnectionError):
            client.health.check()
        with pytest.raises(APIConnectionError):
            client.health.with_raw_response.check()


@respx.mock
def test_the_async_client_has_the_same_resources() -> None:
    respx.post(INITIATE).mock(return_value=httpx.Response(200, json=CALL_OK))
    respx.get(GET_ASSISTANT).mock(return_value=httpx.Response(404, json=NOT_FOUND))

    async def main() -> None:
        async with _async_client() as client:
            queued = await client.calls.initiate(
                phone_number="+919876543210", assistant=ASSISTANT, metadata={"a": "b"}
            )
            assert queued.call_id == CALL_OK["callId"]
            raw = await client.assistants.with_raw_response.get(ASSISTANT)
            assert raw.status_code == 404
            with pytest.raises(NotFoundError):
                await client.assistants.get(ASSISTANT)

    asyncio.run(main())


@respx.mock
def test_generated_functions_still_take_both_clients() -> None:
    from voice_agents_client.api.call import initiate_call

    respx.post(INITIATE).mock(return_value=httpx.Response(400, json={"message": "bad"}))
    body = InitiateCallRequest(phone_number="+919876543210", assistant=ASSISTANT)
    with pytest.raises(BadRequestError):
        initiate_call.sync(client=_client(), body=body)
    returned = initiate_call.sync(client=_client(raise_on_error=False), body=body)
    assert isinstance(returned, Error)

    async def main() -> None:
        with pytest.raises(BadRequestError):
            await initiate_call.asyncio(client=_async_client(), body=body)

    asyncio.run(main())


def test_resources_are_made_once_per_client_and_carry_no_secret() -> None:
    client = _client()
    assert client.calls is client.calls
    assert client.calls.with_raw_response is client.calls.with_raw_response
    assert client.knowledge_base is client.knowledge_base
    assert client.with_workspace("other").calls is not client.calls
    for shown in (repr(client.calls), repr(client.webhooks), repr(client.knowledge_base)):
        assert PRIVATE_KEY not in shown


def test_webhooks_unwrap_uses_the_clients_private_key() -> None:
    body = json.dumps(
        {
            "metadata": {"orderId": "1"},
            "event": {"type": "call.lifecycle-ended", "data": {"call": {"id": CALL_ID_EVENT}}},
        }
    ).encode()
    headers = {"x-signature": compute_signature(body, PRIVATE_KEY)}
    client = _client()
    event = client.webhooks.unwrap(body, headers)
    assert event.type == "call.lifecycle-ended"
    assert client.webhooks.verify_signature(body, headers["x-signature"])
    from voice_agents.errors import WebhookSignatureError

    with pytest.raises(WebhookSignatureError):
        client.webhooks.unwrap(body, {"x-signature": compute_signature(body, "sk_other")})


CALL_ID_EVENT = "68f0a1b2c3d4e5f600000900"
