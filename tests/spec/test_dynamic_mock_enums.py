"""Prism's dynamic mode answers open enums with listed values only.

An open enum is ``anyOf: [<enum>, {type: string}]``; left alone, json-schema-faker picks the
string branch about half the time and invents a value (measured: 60 of 100 showcase languages).
The ``x-faker`` on the string branch (checked structurally by ``test_open_enums.py``) makes it
pick from the enum. This test asks a dynamic mock for responses whose schemas the mock's state
does not answer and checks every enum-described string it gets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from example_walk import deref, load
from schema_walk import SchemaWalker, enum_strings, get_at, resolve_pointer
from voice_agents_mock import (
    TEST_ORGANIZATION,
    TEST_PRIVATE_KEY,
    TEST_PUBLIC_KEY,
    TEST_WORKSPACE,
    MockServer,
)

ROOT = Path(__file__).resolve().parents[2]
DOC = load(ROOT / "openapi.yaml")
ROUNDS = 15
AN_ID = "68f0a1b2c3d4e5f600000900"

# (method, path, operation pointer, success status) of operations with enums in their answer.
TARGETS = [
    ("GET", "/v1/showcase/calls", "/paths/~1v1~1showcase~1calls/get", "200"),
    ("GET", "/v1/showcase/flows", "/paths/~1v1~1showcase~1flows/get", "200"),
    ("GET", "/v1/number-pool/search?countryCode=IN", "/paths/~1v1~1number-pool~1search/get", "200"),
    (
        "POST",
        "/v2/workspace/onboard/shopify",
        "/paths/~1v2~1workspace~1onboard~1shopify/post",
        "201",
    ),
    (
        "POST",
        f"/v1/shiprocket/ndr-webhook/{AN_ID}",
        "/paths/~1v1~1shiprocket~1ndr-webhook~1{assistantId}/post",
        "200",
    ),
]


def _request_body(op_pointer: str) -> Any:
    op = deref(DOC, {"$ref": "#" + op_pointer})
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
    if media is None:
        return None
    if "example" in media:
        return media["example"]
    return deref(DOC, next(iter(media["examples"].values())))["value"]


@pytest.fixture(scope="module")
def dynamic_mock() -> Iterator[MockServer]:
    with MockServer(dynamic=True) as server:
        yield server


def test_dynamic_answers_use_only_listed_enum_values(dynamic_mock: MockServer) -> None:
    walker = SchemaWalker(DOC)
    schemas = DOC["components"]["schemas"]
    headers = {
        "x-public-key": TEST_PUBLIC_KEY,
        "x-private-key": TEST_PRIVATE_KEY,
        "workspace": TEST_WORKSPACE,
        "organization": TEST_ORGANIZATION,
    }
    seen: Counter[str] = Counter()
    unlisted: list[str] = []
    with httpx.Client(base_url=dynamic_mock.url, headers=headers, timeout=30) as http:
        for _ in range(ROUNDS):
            for method, url, op_pointer, status in TARGETS:
                response = http.request(method, url, json=_request_body(op_pointer))
                assert response.status_code == int(status), (url, response.text[:300])
                pointer = f"{op_pointer}/responses/{status}"
                node = resolve_pointer(DOC, pointer)
                if "$ref" in node:
                    pointer = node["$ref"][1:]
                body = response.json()
                schema = f"{pointer}/content/application~1json/schema"
                for path, name in enum_strings(walker, schema, body).items():
                    seen[name] += 1
                    value = get_at(body, path)
                    if value not in schemas[name]["enum"]:
                        unlisted.append(f"{url} {path}: {value!r} is not a {name}")
    assert not unlisted, "\n".join(unlisted[:20])
    # The check is not vacuous: every enum of these answers was generated many times.
    assert set(seen) >= {
        "ShowcaseLanguage",
        "ShowcaseCallCategory",
        "ShowcaseFlowType",
        "TelephonyNumberType",
        "WorkspaceStatus",
        "NdrWebhookStatus",
    }, seen
    assert min(seen.values()) >= ROUNDS, seen
