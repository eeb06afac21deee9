"""Number-pool operations (organization-scoped), through the client's ``numbers`` resource
against the mock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents_client.api.telephony import search_numbers
from voice_agents_client.models import (
    Error,
    NumberSearchResponse,
    PurchaseNumberRequest,
    TelephonyNumberType,
)

Example = Callable[..., dict[str, Any]]
NUMBER_ID = "6690a1b2c3d4e5f600000020"


def test_search_numbers(voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.numbers.search(country_code="IN")
    assert all(n.number and n.country_code for n in result.data)
    sent = voice_agents_mock.requests(operation="search_numbers")[-1]
    assert sent["headers"]["organization"] == voice_agents_client.organization


def test_purchase_number(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    spec = example("purchase_number")
    result = voice_agents_client.numbers.purchase(
        number=spec["number"],
        provider=spec["provider"],
        country_code=spec["countryCode"],
        number_type=TelephonyNumberType(spec["numberType"]),
    )
    assert result.data.id
    assert result.data.number


def test_purchase_number_with_body(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    body = PurchaseNumberRequest.from_dict(example("purchase_number"))
    result = voice_agents_client.numbers.purchase(body=body)
    assert result.data.id


def test_release_number(voice_agents_client: VoiceAgentsClient) -> None:
    result = voice_agents_client.numbers.release(NUMBER_ID)
    assert result.message


def test_payment_required_comes_back_from_with_raw_response(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    response = voice_agents_client.numbers.with_raw_response.purchase(
        body=PurchaseNumberRequest.from_dict(example("purchase_number")),
        extra_headers={"Prefer": "code=402"},
    )
    assert response.status_code == 402
    assert isinstance(response.parsed, Error)


def test_numbers_through_asyncio(
    voice_agents_async_client: AsyncVoiceAgentsClient, example: Example
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            found, bought, released = await asyncio.gather(
                client.numbers.search(country_code="IN", number_type=TelephonyNumberType.LOCAL),
                client.numbers.purchase(
                    body=PurchaseNumberRequest.from_dict(example("purchase_number"))
                ),
                client.numbers.release(NUMBER_ID),
            )
            assert all(n.number for n in found.data)
            assert bought.data.id
            assert released.message

    asyncio.run(main())


def test_function_style_still_works(voice_agents_client: VoiceAgentsClient) -> None:
    """The generated functions (the lower layer) still take the client."""
    result = search_numbers.sync(client=voice_agents_client, country_code="IN")
    assert isinstance(result, NumberSearchResponse)
    assert all(n.number for n in result.data)
