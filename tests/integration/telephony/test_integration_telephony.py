"""Number-pool operations (organization-scoped), through VoiceAgentsClient against the mock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.telephony import purchase_number, release_number, search_numbers
from voice_agents_client.models import (
    AvailableNumber,
    NumberSearchResponse,
    PurchaseNumberRequest,
    PurchaseNumberResponse,
    ReleaseNumberResponse,
    TelephonyNumber,
)

Example = Callable[..., dict[str, Any]]


def test_search_numbers(voice_agents_client: VoiceAgentsClient) -> None:
    result = search_numbers.sync(client=voice_agents_client, country_code="IN")
    assert isinstance(result, NumberSearchResponse)
    assert all(isinstance(n, AvailableNumber) for n in result.data)


def test_purchase_number(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = PurchaseNumberRequest.from_dict(example("purchase_number"))
    result = purchase_number.sync(client=voice_agents_client, body=body)
    assert isinstance(result, PurchaseNumberResponse)
    assert isinstance(result.data, TelephonyNumber)


def test_release_number(voice_agents_client: VoiceAgentsClient) -> None:
    result = release_number.sync("6690a1b2c3d4e5f600000020", client=voice_agents_client)
    assert isinstance(result, ReleaseNumberResponse)
    assert result.message
