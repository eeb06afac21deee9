"""Every operation in openapi.yaml meets the project's documentation standard.

Python-friendly operationId, one declared tag, summary and description, a request example, an
example for every documented response, the shared error responses on secured operations, and
credentials only as security schemes (never parameters).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from example_walk import HTTP_METHODS, deref, load

ROOT = Path(__file__).resolve().parents[2]
DOC = load(ROOT / "openapi.yaml")
CREDENTIAL_NAMES = {"x-public-key", "x-private-key", "workspace", "organization"}


def _deref(node: Any) -> Any:
    return deref(DOC, node)


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    ops = []
    for path, item in (DOC.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                ops.append((method.upper(), path, item[method]))
    return ops


OPERATIONS = _operations()
IDS = [f"{m} {p}" for m, p, _ in OPERATIONS]


def _has_example(media: dict[str, Any]) -> bool:
    return "example" in media or bool(media.get("examples"))


def test_operation_ids_are_unique() -> None:
    ids = [op["operationId"] for _, _, op in OPERATIONS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_operation_is_documented(method: str, path: str, op: dict[str, Any]) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+", op.get("operationId", "")), (
        "operationId must be a snake_case Python name with a verb"
    )
    declared = {t["name"] for t in DOC.get("tags", [])}
    assert len(op.get("tags", [])) == 1
    assert op["tags"][0] in declared
    assert op.get("summary")
    assert op.get("description")
    body = _deref(op.get("requestBody"))
    if body:
        for mt, media in body["content"].items():
            assert _has_example(media), f"request body {mt} has no example"
    for status, response in op["responses"].items():
        response = _deref(response)
        for mt, media in (response.get("content") or {}).items():
            assert _has_example(media), f"response {status} {mt} has no example"


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_credentials_are_never_parameters(method: str, path: str, op: dict[str, Any]) -> None:
    params = [_deref(p) for p in op.get("parameters", [])]
    params += [_deref(p) for p in DOC["paths"][path].get("parameters", [])]
    names = {p["name"].lower() for p in params if p.get("in") == "header"}
    assert not names & CREDENTIAL_NAMES


def _is_public(op: dict[str, Any]) -> bool:
    return op.get("security", DOC.get("security")) in ([], [{}])


SECURED = [(m, p, op) for m, p, op in OPERATIONS if not _is_public(op)]


def test_only_health_and_showcase_are_public() -> None:
    public = sorted(p for _, p, op in OPERATIONS if _is_public(op))
    assert public == sorted(["/health", *(p for p in DOC["paths"] if p.startswith("/v1/showcase"))])


@pytest.mark.parametrize(("method", "path", "op"), SECURED, ids=[f"{m} {p}" for m, p, _ in SECURED])
def test_secured_operations_document_shared_errors(
    method: str, path: str, op: dict[str, Any]
) -> None:
    # Declared on the operation itself: the generator types `client` as AuthenticatedClient
    # only when the operation carries its own security requirement.
    assert "security" in op
    for requirement in op["security"]:
        assert {"PublicKey", "PrivateKey"} <= set(requirement), "both keys, always together"
    for status in ("400", "401", "429", "500"):
        assert status in op["responses"], f"{status} not documented"
    too_many = _deref(op["responses"]["429"])
    assert "Retry-After" in too_many.get("headers", {})


def test_workspace_scoped_operations_require_the_workspace_scheme() -> None:
    """Paths of the workspace-scoped groups carry the Workspace scheme on every requirement."""
    prefixes = ("/v1/admin/assistant", "/v1/admin/tool", "/v1/knowledge-base", "/v2/call")
    for method, path, op in OPERATIONS:
        if path.startswith(prefixes):
            for requirement in op.get("security", DOC["security"]):
                assert "Workspace" in requirement, f"{method} {path}"
        if path.startswith("/v1/number-pool"):
            for requirement in op.get("security", DOC["security"]):
                assert "Organization" in requirement, f"{method} {path}"
