"""The pytest plugin with seed data: ``voice_agents_mock_options`` = ``{"seed_data": FILE}``.

This module's options differ from the folder's, so the plugin starts a seeded mock of its own
for it (a Prism of its own: seed data is read when a mock starts) and keeps it for the module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from voice_agents import VoiceAgentsClient
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "seed.yaml"
SEEDED = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["workspaces"][0]


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    return {"seed_data": str(EXAMPLE), "webhook_duration": 0.3}


def _ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["_id"] for item in items]


def test_the_fixture_client_sees_the_seed(voice_agents_client: VoiceAgentsClient) -> None:
    first = SEEDED["assistants"][0]
    assert voice_agents_client.assistants.get(first["_id"]).data.name == first["name"]
    assert [a.name for a in voice_agents_client.assistants.list().data] == [
        a["name"] for a in SEEDED["assistants"]
    ]


def test_reset_returns_a_seeded_workspace_to_its_seed(voice_agents_mock: MockServer) -> None:
    headers = {
        "x-public-key": TEST_PUBLIC_KEY,
        "x-private-key": TEST_PRIVATE_KEY,
        "workspace": TEST_WORKSPACE,
    }
    created = httpx.post(
        f"{voice_agents_mock.url}/v1/admin/assistant/create",
        headers=headers,
        json={
            "name": "Made in a test",
            "variant": {"type": "custom"},
            "agent": {"identity": {"name": "Riya", "gender": "female", "voice": "riya"}},
        },
    )
    assert created.status_code == 200, created.text
    assert len(voice_agents_mock.state()["assistants"]) == len(SEEDED["assistants"]) + 1
    voice_agents_mock.reset()
    assert voice_agents_mock.state()["assistants"] == SEEDED["assistants"]
    assert voice_agents_mock.state()["tools"] == SEEDED["tools"]


def test_other_workspaces_keep_the_spec_examples(voice_agents_mock: MockServer) -> None:
    others = _ids(voice_agents_mock.state("another-workspace")["assistants"])
    assert "69b954f86ee9a7796fa57891" in others  # the spec's list_assistants example
    assert not set(others) & set(_ids(SEEDED["assistants"]))
