"""Onboarding operations, through the client's ``workspaces`` resource against the mock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents_client.api.onboarding import onboard_custom_workspace
from voice_agents_client.models import (
    OnboardCustomWorkspaceRequest,
    OnboardCustomWorkspaceResponse,
    OnboardShopifyWorkspaceRequest,
    WorkspaceStatus,
)

Example = Callable[..., dict[str, Any]]


def test_onboard_custom_workspace(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    spec = example("onboard_custom_workspace")
    result = voice_agents_client.workspaces.onboard_custom(
        name=spec["name"],
        currency_code=spec["currencyCode"],
        timezone=spec["timezone"],
        support_contacts=spec["supportContacts"],
        trust_signals=spec["trustSignals"],
    )
    assert result.data.id
    assert voice_agents_mock.requests(operation="onboard_custom_workspace")[-1]["body"] == spec


def test_onboard_shopify_workspace(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    body = OnboardShopifyWorkspaceRequest.from_dict(example("onboard_shopify_workspace"))
    result = voice_agents_client.workspaces.onboard_shopify(body=body)
    assert isinstance(result.status, WorkspaceStatus)
    assert result.workspace


def test_onboard_shopify_workspace_from_plain_dicts(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    spec = example("onboard_shopify_workspace")
    result = voice_agents_client.workspaces.onboard_shopify(
        name=spec["name"],
        currency_code=spec["currencyCode"],
        timezone=spec["timezone"],
        support_contacts=spec["supportContacts"],
        trust_signals=spec["trustSignals"],
        policy_framework=spec["policyFramework"],
    )
    assert result.workspace


def test_onboarding_through_asyncio(
    voice_agents_async_client: AsyncVoiceAgentsClient, example: Example
) -> None:
    async def main() -> None:
        async with voice_agents_async_client as client:
            custom, shopify = await asyncio.gather(
                client.workspaces.onboard_custom(
                    body=OnboardCustomWorkspaceRequest.from_dict(
                        example("onboard_custom_workspace")
                    )
                ),
                client.workspaces.onboard_shopify(
                    body=OnboardShopifyWorkspaceRequest.from_dict(
                        example("onboard_shopify_workspace")
                    )
                ),
            )
            assert custom.data.id
            assert isinstance(shopify.status, WorkspaceStatus)
            assert shopify.workspace

    asyncio.run(main())


def test_function_style_still_works(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    """The generated functions (the lower layer) still take the client."""
    body = OnboardCustomWorkspaceRequest.from_dict(example("onboard_custom_workspace"))
    result = onboard_custom_workspace.sync(client=voice_agents_client, body=body)
    assert isinstance(result, OnboardCustomWorkspaceResponse)
    assert result.data.id
