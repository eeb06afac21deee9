"""Public showcase operations, through VoiceAgentsClient against the mock."""

from __future__ import annotations

from voice_agents import VoiceAgentsClient
from voice_agents_client.api.showcase import (
    get_showcase_call,
    get_showcase_flow,
    list_showcase_calls,
    list_showcase_flows,
)
from voice_agents_client.models import (
    ShowcaseCall,
    ShowcaseCallListResponse,
    ShowcaseCallResponse,
    ShowcaseFlow,
    ShowcaseFlowListResponse,
    ShowcaseFlowResponse,
    ShowcaseLanguageFilter,
)

ITEM_ID = "6690a1b2c3d4e5f600000050"


def test_list_showcase_calls(voice_agents_client: VoiceAgentsClient) -> None:
    result = list_showcase_calls.sync(client=voice_agents_client, lang=ShowcaseLanguageFilter.HI)
    assert isinstance(result, ShowcaseCallListResponse)
    assert all(isinstance(c, ShowcaseCall) for c in result.data.calls)


def test_get_showcase_call(voice_agents_client: VoiceAgentsClient) -> None:
    result = get_showcase_call.sync(ITEM_ID, client=voice_agents_client)
    assert isinstance(result, ShowcaseCallResponse)
    assert isinstance(result.data, ShowcaseCall)


def test_list_showcase_flows(voice_agents_client: VoiceAgentsClient) -> None:
    result = list_showcase_flows.sync(client=voice_agents_client)
    assert isinstance(result, ShowcaseFlowListResponse)
    assert all(isinstance(f, ShowcaseFlow) for f in result.data.flows)


def test_get_showcase_flow(voice_agents_client: VoiceAgentsClient) -> None:
    result = get_showcase_flow.sync(ITEM_ID, client=voice_agents_client)
    assert isinstance(result, ShowcaseFlowResponse)
    assert isinstance(result.data, ShowcaseFlow)
