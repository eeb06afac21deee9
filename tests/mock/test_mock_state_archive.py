"""Organization and workspace archive and unarchive in the stateful mock, against real Prism.

A workspace's id is its ``workspace`` header value. Archiving cascades to the workspace's
assistants (they refuse updates and calls, as the spec says); an organization reaches the
workspaces the mock knows it owns (``TEST_WORKSPACE`` belongs to ``TEST_ORGANIZATION``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_support import KEYS
from test_mock_state import _example, checked
from voice_agents_mock import TEST_ORGANIZATION, TEST_WORKSPACE, MockServer

OTHER = {**KEYS, "workspace": "6690a1b2c3d4e5f600000abc"}
ASSISTANT = "69a57cdba3f3ab7e07cca1e4"  # the spec's example assistant, in every seed
ADMIN = {k: v for k, v in KEYS.items() if k != "workspace"}  # the operations take keys only


@pytest.fixture
def api(voice_agents_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=voice_agents_mock.url, timeout=30, trust_env=False) as client:
        yield client


def _archive(api: httpx.Client, kind: str, target: str, status: int = 200) -> Any:
    response = api.post(
        "/v1/admin/organization/archive", json={"type": kind, "id": target}, headers=ADMIN
    )
    return checked(response, "archive_entity", status)


def _unarchive(api: httpx.Client, kind: str, target: str, status: int = 200) -> Any:
    response = api.post(
        "/v1/admin/organization/unarchive", json={"type": kind, "id": target}, headers=ADMIN
    )
    return checked(response, "unarchive_entity", status)


def _update(api: httpx.Client, headers: Any = None, assistant: str = ASSISTANT) -> httpx.Response:
    return api.put(
        f"/v1/admin/assistant/update/{assistant}", json={"name": "Renamed"}, headers=headers or KEYS
    )


def _call(api: httpx.Client, headers: Any = None) -> httpx.Response:
    body = {"phoneNumber": "+919876543210", "assistant": ASSISTANT}
    return api.post("/v2/call/initiate", json=body, headers=headers or KEYS)


def _archived_at(api: httpx.Client, headers: Any = None) -> Any:
    fetched = api.get(f"/v1/admin/assistant/get/{ASSISTANT}", headers=headers or KEYS).json()
    return fetched["data"]["archivedAt"]


def test_an_archived_workspace_s_assistants_refuse_updates_and_calls(
    voice_agents_mock: MockServer, api: httpx.Client
) -> None:
    archived = _archive(api, "workspace", TEST_WORKSPACE)
    assert archived["message"] == "Workspace archived successfully."
    assert archived["data"] is None
    assert _archived_at(api) is not None
    refused = checked(_update(api), "update_assistant", 400)
    assert refused == {"code": 400, "message": "Assistant is archived and cannot be updated"}
    assert "archived" in checked(_call(api), "initiate_call", 400)["message"]
    state = voice_agents_mock.state(TEST_WORKSPACE)["archived"]
    assert state["workspace"] is not None
    assert TEST_WORKSPACE in state["workspaces"]
    # Another workspace is not touched.
    assert _archived_at(api, OTHER) is None
    checked(_update(api, OTHER), "update_assistant", 200)
    checked(_call(api, OTHER), "initiate_call", 200)


def test_unarchiving_restores_the_assistants(api: httpx.Client) -> None:
    _archive(api, "workspace", TEST_WORKSPACE)
    restored = _unarchive(api, "workspace", TEST_WORKSPACE)
    assert restored["message"] == "Workspace unarchived successfully."
    assert restored["data"] == {"_id": TEST_WORKSPACE, "organization": TEST_ORGANIZATION}
    assert _archived_at(api) is None
    checked(_update(api), "update_assistant", 200)
    checked(_call(api), "initiate_call", 200)


def test_archiving_twice_and_unarchiving_the_active_both_answer_200(
    voice_agents_mock: MockServer, api: httpx.Client
) -> None:
    _archive(api, "workspace", TEST_WORKSPACE)
    first = voice_agents_mock.state(TEST_WORKSPACE)["archived"]["workspace"]
    _archive(api, "workspace", TEST_WORKSPACE)
    assert voice_agents_mock.state(TEST_WORKSPACE)["archived"]["workspace"] == first
    other = OTHER["workspace"]
    assert _unarchive(api, "workspace", other)["data"] == {"_id": other}
    assert voice_agents_mock.state(other)["archived"]["workspace"] is None
    _unarchive(api, "organization", "507f1f77bcf86cd799439011")


def test_an_organization_takes_its_workspace_along(api: httpx.Client) -> None:
    archived = _archive(api, "organization", TEST_ORGANIZATION)
    assert archived["message"] == "Organization archived successfully."
    checked(_update(api), "update_assistant", 400)
    refused = _unarchive(api, "workspace", TEST_WORKSPACE, status=400)
    assert refused == {
        "code": 400,
        "message": "Cannot unarchive workspace. Parent Organization is archived.",
    }
    checked(_update(api), "update_assistant", 400)
    restored = _unarchive(api, "organization", TEST_ORGANIZATION)
    assert restored["data"] is None
    checked(_update(api), "update_assistant", 200)
    # A workspace the mock does not know to be the organization's is not reached.
    _archive(api, "organization", TEST_ORGANIZATION)
    checked(_update(api, OTHER), "update_assistant", 200)


def test_an_assistant_created_in_an_archived_workspace_is_archived(api: httpx.Client) -> None:
    _archive(api, "workspace", TEST_WORKSPACE)
    created = api.post(
        "/v1/admin/assistant/create", json=_example("create_assistant"), headers=KEYS
    )
    new_id = checked(created, "create_assistant", 200)["data"]["assistantId"]
    checked(_update(api, assistant=new_id), "update_assistant", 400)


def test_resetting_a_workspace_makes_it_active(
    voice_agents_mock: MockServer, api: httpx.Client
) -> None:
    _archive(api, "workspace", TEST_WORKSPACE)
    voice_agents_mock.reset(TEST_WORKSPACE)
    assert voice_agents_mock.state(TEST_WORKSPACE)["archived"]["workspace"] is None
    checked(_update(api), "update_assistant", 200)


def test_an_archive_the_spec_refuses_is_prisms_400(api: httpx.Client) -> None:
    response = api.post(
        "/v1/admin/organization/archive", json={"type": "team", "id": "x"}, headers=ADMIN
    )
    assert response.status_code == 400
