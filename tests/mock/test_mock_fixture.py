"""The pytest plugin's fixtures, used the way an integration suite would."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from mock_support import Receiver
from voice_agents_mock import SCENARIOS, TEST_PRIVATE_KEY, MockServer


def test_fixture_is_a_running_session_mock(voice_agents_mock: MockServer) -> None:
    assert voice_agents_mock.is_running()
    assert voice_agents_mock.url.startswith("http://127.0.0.1:")


def test_plugin_is_registered_by_entry_point(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.has_plugin("voice_agents_mock")


def test_client_fixture_calls_the_mock(voice_agents_client: object, receiver: Receiver) -> None:
    voice_agents = pytest.importorskip("voice_agents")
    from voice_agents_client.api.call import initiate_call
    from voice_agents_client.api.health import get_health
    from voice_agents_client.models import CallMetadata, InitiateCallRequest

    client = voice_agents_client
    assert isinstance(client, voice_agents.VoiceAgentsClient)

    health = get_health.sync(client=client)
    assert health is not None
    assert health.data.status == "healthy"

    metadata = CallMetadata.from_dict({"orderId": "ORD-1"})
    queued = initiate_call.sync(
        client=client,
        body=InitiateCallRequest(
            phone_number="+919876543210",
            assistant="6927ec5c9322ed9f9fb55c68",
            callback_url=f"{receiver.url}/events",
            metadata=metadata,
        ),
    )
    assert queued is not None
    call_id = queued.call_id
    deliveries = receiver.take(len(SCENARIOS["completed"]))
    for delivery in deliveries:
        expected = hmac.new(TEST_PRIVATE_KEY.encode(), delivery.body, hashlib.sha256).hexdigest()
        assert delivery.headers["x-signature"] == expected
        assert delivery.json()["event"]["data"]["call"]["id"] == call_id
        assert delivery.json()["metadata"] == {"orderId": "ORD-1"}

    with (
        client.with_headers({"Prefer": "code=404"}) as forced,
        pytest.raises(voice_agents.NotFoundError),
    ):
        initiate_call.sync(
            client=forced,
            body=InitiateCallRequest(phone_number="+919876543210", assistant="a"),
        )
