"""How consumers use ``voice_agents`` and ``voice_agents_mock``: type-checked, never run.

`make api-diff` type-checks the copy of this file from the last release against the working
tree (`mypy --strict`), so a change that would break code like this is rated breaking even when
griffe cannot see it. Keep it to what the docs promise; add to it when the public surface grows.
The generated client's whole surface is covered separately (scripts/api_usage.py).
"""

from __future__ import annotations

import httpx
import voice_agents_mock
from voice_agents import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    PRODUCTION_URL,
    STAGING_URL,
    RetryPolicy,
    VoiceAgentsClient,
    errors,
    webhooks,
)
from voice_agents_client.api.assistant import get_assistant
from voice_agents_client.api.call import initiate_call
from voice_agents_client.models import InitiateCallRequest, InitiateCallResponse


def _use(*values: object) -> None:
    """Mark values as used; what matters is that each one type-checks where it is read."""


def configure() -> list[VoiceAgentsClient]:
    client = VoiceAgentsClient(
        public_key="pk_test",
        private_key="sk_test",
        workspace="w1",
        organization="o1",
        base_url=STAGING_URL,
        timeout=DEFAULT_TIMEOUT,
        max_retries=DEFAULT_MAX_RETRIES,
        retry_policy=RetryPolicy(initial_delay=0.5, max_delay=8.0, max_retry_after=60.0),
        raise_on_error=True,
        headers={"x-trace": "1"},
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200))},
    )
    from_env = VoiceAgentsClient.from_env(timeout=10)
    derived = [
        client.with_workspace("w2"),
        client.with_organization("o2"),
        client.with_headers({"Prefer": "code=500"}),
        client.with_timeout(5.0),
        client.with_cookies({"c": "1"}),
    ]
    settings: tuple[str, str | None, str | None, httpx.Timeout, int, RetryPolicy, bool] = (
        client.base_url,
        client.workspace,
        client.organization,
        client.timeout,
        client.max_retries,
        client.retry_policy,
        client.raise_on_error,
    )
    _use(settings, PRODUCTION_URL)
    return [client, from_env, *derived]


def call(client: VoiceAgentsClient) -> str:
    with client:
        get_assistant.sync("a1", client=client)
        queued = initiate_call.sync(
            client=client,
            body=InitiateCallRequest(phone_number="+919876543210", assistant="a1"),
        )
        assert isinstance(queued, InitiateCallResponse)
        return queued.call_id


async def call_async(client: VoiceAgentsClient) -> None:
    async with client:
        body = InitiateCallRequest(phone_number="+919876543210", assistant="a1")
        await initiate_call.asyncio(client=client, body=body)
        await initiate_call.asyncio_detailed(client=client, body=body)


def handle_errors(client: VoiceAgentsClient) -> None:
    try:
        call(client)
    except errors.RateLimitError as exc:
        wait: float | None = exc.retry_after
        _use(wait)
    except errors.APIStatusError as exc:
        details: tuple[int, str, httpx.Headers, bytes] = (
            exc.status_code,
            exc.message,
            exc.headers,
            exc.body,
        )
        _use(details, exc.request, exc.response)
    except (errors.APITimeoutError, errors.APIConnectionError, errors.VoiceAgentsError):
        pass
    classes: list[type[errors.APIStatusError]] = [
        errors.BadRequestError,
        errors.AuthenticationError,
        errors.PaymentRequiredError,
        errors.PermissionDeniedError,
        errors.NotFoundError,
        errors.ConflictError,
        errors.UnprocessableEntityError,
        errors.InternalServerError,
    ]
    _use(classes, errors.ConfigurationError)


def receive(body: bytes, headers: dict[str, str], private_key: str) -> str:
    signature = webhooks.compute_signature(body, private_key)
    assert webhooks.verify_signature(body, signature, private_key)
    try:
        event = webhooks.construct_event(body, headers, private_key)
    except errors.WebhookSignatureError as exc:
        return exc.reason
    except errors.WebhookPayloadError as exc:
        return str(exc.path)
    again: webhooks.WebhookEvent = webhooks.parse_event(body)
    call_id: str | None = event.call_id
    final: bool = event.is_final
    _use(again, call_id, final, webhooks.FINAL_EVENT_TYPE)
    _use(webhooks.SIGNATURE_HEADER, webhooks.PUBLIC_KEY_HEADER)
    return webhooks.idempotency_key(event)


def run_the_mock() -> str:
    with voice_agents_mock.MockServer(port=0, dynamic=False, scenario="completed") as mock:
        url: str = mock.url
        port: int = mock.port
        _use(port)
    keys = (
        voice_agents_mock.TEST_PUBLIC_KEY,
        voice_agents_mock.TEST_PRIVATE_KEY,
        voice_agents_mock.TEST_WORKSPACE,
    )
    _use(keys, voice_agents_mock.SCENARIOS, voice_agents_mock.DEFAULT_PORT)
    try:
        voice_agents_mock.MockServer().start().stop()
    except voice_agents_mock.PortInUseError:
        pass
    except voice_agents_mock.MockServerError:
        pass
    return url


def seed_the_mock(saved: dict[str, object]) -> list[str]:
    try:
        with voice_agents_mock.MockServer(seed_data=["tests/seed.yaml", saved]) as mock:
            _use(mock.state(voice_agents_mock.TEST_WORKSPACE)["assistants"])
        voice_agents_mock.MockServer(seed_data="tests/seed.yaml").start().stop()
    except voice_agents_mock.SeedDataError as refused:
        problems: list[str] = refused.problems
        return problems
    return []
