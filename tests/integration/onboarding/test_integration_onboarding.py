"""Onboarding operations, through VoiceAgentsClient against the mock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.onboarding import onboard_custom_workspace, onboard_shopify_workspace
from voice_agents_client.models import (
    OnboardCustomWorkspaceRequest,
    OnboardCustomWorkspaceResponse,
    OnboardShopifyWorkspaceRequest,
    OnboardShopifyWorkspaceResponse,
    WorkspaceStatus,
)

Example = Callable[..., dict[str, Any]]


def test_onboard_custom_workspace(voice_agents_client: VoiceAgentsClient, example: Example) -> None:
    body = OnboardCustomWorkspaceRequest.from_dict(example("onboard_custom_workspace"))
    result = onboard_custom_workspace.sync(client=voice_agents_client, body=body)
    assert isinstance(result, OnboardCustomWorkspaceResponse)
    assert result.data.id


def test_onboard_shopify_workspace(
    voice_agents_client: VoiceAgentsClient, example: Example
) -> None:
    body = OnboardShopifyWorkspaceRequest.from_dict(example("onboard_shopify_workspace"))
    result = onboard_shopify_workspace.sync(client=voice_agents_client, body=body)
    assert isinstance(result, OnboardShopifyWorkspaceResponse)
    assert isinstance(result.status, WorkspaceStatus)
    assert result.workspace
