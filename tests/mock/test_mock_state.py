"""State per workspace against the real Prism: every stateful answer matches its schema.

The session mock (stateful by default) is reset after each test by the plugin, so each test
starts from the seed. Answers are checked with ``jsonschema`` (not the mock's own validator).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_support import KEYS, Receiver, schema_errors, spec
from voice_agents_mock import MockServer

ORG = {**KEYS, "organization": "6690a1b2c3d4e5f600000003"}
OTHER = {**KEYS, "workspace": "6690a1b2c3d4e5f600000abc"}


def _response_schema(operation: str, status: int) -> str:
    for item in spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation:
                response = op["responses"][str(status)]
                if "$ref" in response:
                    name = response["$ref"].rsplit("/", 1)[1]
                    response = spec()["components"]["responses"][name]
                ref: str = response["content"]["application/json"]["schema"]["$ref"]
                return ref.rsplit("/", 1)[1]
    raise AssertionError(f"no {operation} {status}")


def checked(response: httpx.Response, operation: str, status: int) -> Any:
    """The JSON body, after checking the status and the schema of that status."""
    assert response.status_code == status, response.text
    body = response.json()
    assert schema_errors(_response_schema(operation, status), body) == [], body
    return body


@pytest.fixture
def api(voice_agents_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=voice_agents_mock.url, timeout=10, trust_env=False) as client:
        yield client


ASSISTANT = {
    "name": "Order Desk",
    "variant": {"type": "custom", "config": {"inputSchema": []}},
    "agent": {"prompt": "You confirm orders politely.", "firstMessage": "Hello!"},
}


def _example(operation: str) -> Any:
    for item in spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation:
                media = op["requestBody"]["content"]["application/json"]
                if "example" in media:
                    return media["example"]
                return next(iter(media["examples"].values()))["value"]
    raise AssertionError(operation)


def test_a_created_assistant_is_listed_fetched_and_updated(api: httpx.Client) -> None:
    body = _example("create_assistant")
    created = checked(
        api.post("/v1/admin/assistant/create", json=body, headers=KEYS), "create_assistant", 200
    )
    new_id = created["data"]["assistantId"]
    assert (
        new_id
        != spec()["paths"]["/v1/admin/assistant/create"]["post"]["responses"]["200"]["content"][
            "application/json"
        ]["example"]["data"]["assistantId"]
    )
    fetched = checked(
        api.get(f"/v1/admin/assistant/get/{new_id}", headers=KEYS), "get_assistant", 200
    )
    assert fetched["data"]["_id"] == new_id
    assert fetched["data"]["name"] == body["name"]
    listed = checked(api.get("/v1/admin/assistant/list", headers=KEYS), "list_assistants", 200)
    assert new_id in [a["_id"] for a in listed["data"]]
    updated = checked(
        api.put(f"/v1/admin/assistant/update/{new_id}", json={"name": "Renamed"}, headers=KEYS),
        "update_assistant",
        200,
    )
    assert updated["assistantId"] == new_id
    again = api.get(f"/v1/admin/assistant/get/{new_id}", headers=KEYS).json()
    assert again["data"]["name"] == "Renamed"


def test_an_unknown_assistant_is_the_specs_404(api: httpx.Client) -> None:
    missing = "0123456789abcdef01234567"
    checked(api.get(f"/v1/admin/assistant/get/{missing}", headers=KEYS), "get_assistant", 404)
    checked(
        api.put(f"/v1/admin/assistant/update/{missing}", json={"name": "x"}, headers=KEYS),
        "update_assistant",
        404,
    )


def test_example_ids_keep_working(api: httpx.Client) -> None:
    example_id = "69a57cdba3f3ab7e07cca1e4"
    checked(api.get(f"/v1/admin/assistant/get/{example_id}", headers=KEYS), "get_assistant", 200)


def test_workspaces_are_isolated(api: httpx.Client) -> None:
    created = api.post(
        "/v1/admin/assistant/create", json=_example("create_assistant"), headers=KEYS
    )
    new_id = created.json()["data"]["assistantId"]
    assert api.get(f"/v1/admin/assistant/get/{new_id}", headers=OTHER).status_code == 404
    listed = api.get("/v1/admin/assistant/list", headers=OTHER).json()
    assert new_id not in [a["_id"] for a in listed["data"]]


def test_api_tools_create_update_delete(api: httpx.Client) -> None:
    body = _example("create_api_tool")
    created = checked(
        api.post("/v1/admin/tool/api", json=body, headers=KEYS), "create_api_tool", 201
    )
    tool_id = created["data"]["_id"]
    assert created["data"]["name"] == body["name"]
    listed = checked(api.get("/v1/admin/tool/api", headers=KEYS), "list_api_tools", 200)
    assert tool_id in [t["_id"] for t in listed["data"]]
    updated = checked(
        api.put(f"/v1/admin/tool/api/{tool_id}", json={"name": "Order Lookup"}, headers=KEYS),
        "update_api_tool",
        200,
    )
    assert updated["data"]["slug"] == "order-lookup"
    checked(api.delete(f"/v1/admin/tool/api/{tool_id}", headers=KEYS), "delete_api_tool", 200)
    checked(api.delete(f"/v1/admin/tool/api/{tool_id}", headers=KEYS), "delete_api_tool", 404)
    checked(
        api.put(f"/v1/admin/tool/api/{tool_id}", json={"name": "x"}, headers=KEYS),
        "update_api_tool",
        404,
    )


def test_numbers_purchase_and_release(api: httpx.Client) -> None:
    bought = checked(
        api.post("/v1/number-pool/purchase", json=_example("purchase_number"), headers=ORG),
        "purchase_number",
        201,
    )
    number_id = bought["data"]["_id"]
    checked(api.delete(f"/v1/number-pool/{number_id}", headers=ORG), "release_number", 200)
    checked(api.delete(f"/v1/number-pool/{number_id}", headers=ORG), "release_number", 404)


def _initiate(api: httpx.Client, receiver: Receiver | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "phoneNumber": "+919876543210",
        "assistant": "6927ec5c9322ed9f9fb55c68",
        **extra,
    }
    if receiver is not None:
        body["callbackUrl"] = f"{receiver.url}/h"
    answer: dict[str, Any] = checked(
        api.post("/v2/call/initiate", json=body, headers=KEYS), "initiate_call", 200
    )
    return answer


def test_every_call_gets_its_own_id_and_its_webhooks_carry_it(
    api: httpx.Client, receiver: Receiver
) -> None:
    first = _initiate(api, receiver, metadata={"orderId": "A"})["callId"]
    second = _initiate(api, receiver, metadata={"orderId": "B"})["callId"]
    assert first != second
    deliveries = receiver.take(12)
    by_call: dict[str, set[str]] = {}
    for delivery in deliveries:
        event = delivery.json()
        by_call.setdefault(event["event"]["data"]["call"]["id"], set()).add(
            event["metadata"]["orderId"]
        )
    assert by_call == {first: {"A"}, second: {"B"}}


def test_abort_before_the_end_plays_aborted_then_lifecycle_ended(
    api: httpx.Client, receiver: Receiver
) -> None:
    # busy: initiate, busy, lifecycle-ended; after `busy` the spec allows an abort.
    body = {
        "phoneNumber": "+919876543210",
        "assistant": "6927ec5c9322ed9f9fb55c68",
        "callbackUrl": f"{receiver.url}/h",
    }
    call_id = checked(
        api.post("/v2/call/initiate", json=body, headers={**KEYS, "x-mock-scenario": "busy"}),
        "initiate_call",
        200,
    )["callId"]
    aborted = api.post("/v2/call/abort", json={"callId": call_id}, headers=KEYS)
    checked(aborted, "abort_call", 200)
    types = []
    deadline = time.monotonic() + 10
    while "call.lifecycle-ended" not in types and time.monotonic() < deadline:
        types += [d.json()["event"]["type"] for d in receiver.take(1)]
    assert types[-2:] == ["call.aborted", "call.lifecycle-ended"]
    assert types.count("call.lifecycle-ended") == 1  # the rest of the busy sequence was dropped
    again = api.post("/v2/call/abort", json={"callId": call_id}, headers=KEYS)
    assert checked(again, "abort_call", 400) == {"code": 400, "message": "Call already aborted"}


def test_abort_after_the_end_is_refused(api: httpx.Client, receiver: Receiver) -> None:
    call_id = _initiate(api, receiver)["callId"]
    receiver.take(6)  # the whole completed sequence
    answer = api.post("/v2/call/abort", json={"callId": call_id}, headers=KEYS)
    assert checked(answer, "abort_call", 400)["code"] == 400
    checked(
        api.post("/v2/call/abort", json={"callId": "0123456789abcdef01234567"}, headers=KEYS),
        "abort_call",
        404,
    )


def test_payload_update_before_dialling_only(api: httpx.Client, receiver: Receiver) -> None:
    queued = _initiate(api)["callId"]  # no callbackUrl: no events, it stays queued
    checked(
        api.put(f"/v2/call/{queued}", json={"payload": {"orderId": "X"}}, headers=KEYS),
        "update_call_payload",
        200,
    )
    started = _initiate(api, receiver)["callId"]
    receiver.take(6)
    checked(
        api.put(f"/v2/call/{started}", json={"payload": {}}, headers=KEYS),
        "update_call_payload",
        400,
    )
    checked(
        api.put("/v2/call/0123456789abcdef01234567", json={"payload": {}}, headers=KEYS),
        "update_call_payload",
        404,
    )


def test_the_state_dump_and_reset(voice_agents_mock: MockServer, api: httpx.Client) -> None:
    created = api.post(
        "/v1/admin/assistant/create", json=_example("create_assistant"), headers=KEYS
    )
    new_id = created.json()["data"]["assistantId"]
    state = voice_agents_mock.state(KEYS["workspace"])
    assert new_id in [a["_id"] for a in state["assistants"]]
    voice_agents_mock.reset(KEYS["workspace"])
    assert new_id not in [
        a["_id"] for a in voice_agents_mock.state(KEYS["workspace"])["assistants"]
    ]


def test_stateless_mode_is_prism() -> None:
    with MockServer(stateful=False) as mock, httpx.Client(base_url=mock.url, timeout=10) as client:
        ids = {
            client.post(
                "/v2/call/initiate",
                json={"phoneNumber": "+919876543210", "assistant": "a"},
                headers=KEYS,
            ).json()["callId"]
            for _ in range(2)
        }
        assert ids == {"68f0a1b2c3d4e5f600000900"}
        assert mock.state()["stateful"] is False
