"""Every operation of the spec is exactly one resource method, named as the spec says."""

from __future__ import annotations

import copy
import importlib
import inspect
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml_source
from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents_client.resources import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml_source.spec()
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# The public surface other teams code against: resource → methods.
PUBLIC_TABLE = {
    "assistants": {"create", "get", "list", "update"},
    "calls": {"initiate", "abort", "update_payload", "start_web"},
    "tools": {"list", "create", "update", "delete"},
    "numbers": {"search", "purchase", "release"},
    "knowledge_base": {
        "list_files",
        "get_file",
        "start_upload",
        "upload_chunk",
        "complete_upload",
        "delete_collection",
    },
    "organizations": {"archive", "unarchive"},
    "workspaces": {"onboard_custom", "onboard_shopify"},
    "voices": {"list"},
    "showcase": {"list_calls", "get_call", "list_flows", "get_flow"},
    "health": {"check"},
    "integrations": {"shiprocket_ndr"},
}


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def test_every_operation_names_its_resource_and_method_once() -> None:
    seen: dict[tuple[str, str], str] = {}
    for operation_id, op in _operations(SPEC).items():
        key = (op.get("x-sdk-group"), op.get("x-sdk-method"))
        assert all(key), f"{operation_id} has no x-sdk-group/x-sdk-method"
        assert key not in seen, f"{operation_id} and {seen.get(key)} are both {key}"
        seen[key] = operation_id  # type: ignore[index]
    assert set(OPERATIONS) == set(_operations(SPEC)), "generated/ is stale: make generate"
    assert {v: k for k, v in seen.items()} == OPERATIONS


def test_the_resources_are_the_public_table() -> None:
    built: dict[str, set[str]] = {}
    for group, method in OPERATIONS.values():
        built.setdefault(group, set()).add(method)
    assert built == PUBLIC_TABLE


@pytest.mark.parametrize("client_type", [VoiceAgentsClient, AsyncVoiceAgentsClient])
def test_every_method_exists_on_both_clients_and_its_raw_twin(client_type: type[Any]) -> None:
    client = client_type(public_key="pk_x", private_key="sk_x", base_url="http://127.0.0.1:9")
    for operation_id, (group, method) in OPERATIONS.items():
        resource = getattr(client, group)
        for owner in (resource, resource.with_raw_response):
            function = getattr(owner, method)
            assert inspect.iscoroutinefunction(function) is (client_type is AsyncVoiceAgentsClient)
            doc = inspect.getdoc(function) or ""
            summary = _operations(SPEC)[operation_id]["summary"]
            assert doc.startswith(summary), f"{group}.{method}: docstring is not the summary"
    assert hasattr(client.knowledge_base, "upload_file")
    assert hasattr(client.webhooks, "unwrap")


def _generator_resources(spec: dict[str, Any]) -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        resources = importlib.import_module("resources")
        from openapi_python_client.config import Config, ConfigFile, MetaType
        from openapi_python_client.parser import GeneratorData

        config = Config.from_sources(
            ConfigFile.load_from_path(ROOT / "openapi-python-client.yaml"),
            MetaType.NONE,
            ROOT / "openapi.yaml",
            "utf-8",
            False,
            output_path=None,
        )
        data = GeneratorData.from_dict(spec, config=config)
        return resources, lambda: resources.resources(data.endpoint_collections_by_tag, spec)
    finally:
        sys.path.pop(0)


def test_generation_refuses_two_operations_on_one_method() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v2/call/abort"]["post"]["x-sdk-method"] = "initiate"
    resources, build = _generator_resources(spec)
    with pytest.raises(resources.ResourceSpecError, match=r"both calls\.initiate"):
        build()


def test_generation_refuses_an_operation_without_a_method() -> None:
    spec = copy.deepcopy(SPEC)
    del spec["paths"]["/health"]["get"]["x-sdk-method"]
    resources, build = _generator_resources(spec)
    with pytest.raises(resources.ResourceSpecError, match="get_health: x-sdk-method"):
        build()
