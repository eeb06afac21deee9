"""The generated client has one module per operation and never asks for credentials."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
import voice_agents_client.api as api_pkg
import yaml_source

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml_source.spec()
METHODS = ("get", "put", "post", "delete", "patch")
FORBIDDEN = {
    "x_public_key",
    "x_private_key",
    "workspace",
    "organization",
    "public_key",
    "private_key",
}


def _tag_module(tag: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", tag.lower()).strip("_")


def _spec_operations() -> dict[str, str]:
    """operationId -> expected dotted module path."""
    ops = {}
    for item in SPEC.get("paths", {}).values():
        for method in METHODS:
            if method in item:
                op = item[method]
                module = f"voice_agents_client.api.{_tag_module(op['tags'][0])}.{op['operationId']}"
                ops[op["operationId"]] = module
    return ops


def _generated_modules() -> set[str]:
    return {
        m.name
        for m in pkgutil.walk_packages(api_pkg.__path__, api_pkg.__name__ + ".")
        if not m.ispkg
    }


def test_every_operation_has_its_module() -> None:
    expected = set(_spec_operations().values())
    generated = _generated_modules()
    assert expected, "the spec has no operations"
    assert expected == generated, (
        f"missing: {sorted(expected - generated)}; extra: {sorted(generated - expected)}"
    )


@pytest.mark.parametrize("module_name", sorted(_spec_operations().values()))
def test_functions_take_no_credentials(module_name: str) -> None:
    module = importlib.import_module(module_name)
    for fn_name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
        fn = getattr(module, fn_name)
        params = inspect.signature(fn).parameters
        assert "client" in params
        assert not FORBIDDEN & set(params), f"{fn_name} takes {FORBIDDEN & set(params)}"
