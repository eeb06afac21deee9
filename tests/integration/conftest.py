"""Shared helpers for the client-against-mock integration tests.

The `voice_agents_mock` and `voice_agents_client` fixtures come from the voice_agents_mock pytest
plugin. Request bodies are the spec's own request examples, parsed into the generated models,
so every call sends a body the contract documents. The answers checked are the spec's
examples (the same `callId`, made-up ids accepted), so this folder runs the mock stateless; the
stateful mock has its own tests in tests/mock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml_source

ROOT = Path(__file__).resolve().parents[2]
_SPEC: dict[str, Any] = yaml_source.spec()


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _SPEC
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operation(operation_id: str) -> dict[str, Any]:
    for item in _SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def request_example(operation_id: str, name: str | None = None) -> dict[str, Any]:
    """The request example of an operation (the named one, or the first)."""
    body = _deref(_operation(operation_id)["requestBody"])
    media = next(iter(body["content"].values()))
    if "example" in media and name is None:
        value: dict[str, Any] = media["example"]
        return value
    examples = media["examples"]
    chosen = examples[name] if name else next(iter(examples.values()))
    value = _deref(chosen)["value"]
    return value


@pytest.fixture(scope="session")
def example() -> Callable[..., dict[str, Any]]:
    """``example(operation_id, name=None)`` -> the spec's request example as a dict."""
    return request_example


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    """Prism's example answers for any id (the plugin honours this folder's options)."""
    return {"stateful": False}
