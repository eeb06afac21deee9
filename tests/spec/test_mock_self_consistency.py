"""The mock's answers from the spec's own examples carry no response violation.

For every operation, a valid request (its own request example) is sent once per documented
status (``Prefer: code=<status>``) and once per named example of each status (``Prefer:
code=<status>, example=<name>``). Prism validates what it serves against the response schema
and reports mismatches in the ``sl-violations`` header; none may concern the response. An
overlapping ``oneOf`` in a header or body schema shows up here (the ``Retry-After: 30`` of every
documented 429 once did).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from example_walk import deref, load
from voice_agents_mock import TEST_ORGANIZATION, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE

ROOT = Path(__file__).resolve().parents[2]
DOC = load(ROOT / "openapi.yaml")
METHODS = ("get", "put", "post", "delete", "patch")
AN_ID = "68f0a1b2c3d4e5f600000900"
HEADERS = {
    "x-public-key": TEST_PUBLIC_KEY,
    "x-private-key": TEST_PRIVATE_KEY,
    "workspace": TEST_WORKSPACE,
    "organization": TEST_ORGANIZATION,
}


def _example_of(param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    for ex in (param.get("examples") or {}).values():
        return deref(DOC, ex)["value"]
    schema = deref(DOC, param.get("schema") or {})
    for key in ("default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    return AN_ID


@dataclass(frozen=True)
class Call:
    operation: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body_kind: str | None
    body: Any
    prefer: str
    status: int

    @property
    def id(self) -> str:
        return f"{self.operation}-{self.prefer.replace(', ', '-').replace('=', '_')}"


def _calls() -> list[Call]:
    found: list[Call] = []
    for template, item in DOC["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [
                deref(DOC, p)
                for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]
            ]
            path = template
            query: list[tuple[str, str]] = []
            for p in params:
                value = _example_of(p)
                if p["in"] == "path":
                    path = path.replace("{" + p["name"] + "}", str(value))
                elif p["in"] == "query" and p.get("required"):
                    query.append((p["name"], str(value)))
            body_kind, body = None, None
            content = (deref(DOC, op.get("requestBody") or {}).get("content")) or {}
            if "application/json" in content:
                media = content["application/json"]
                body_kind = "json"
                body = (
                    media["example"]
                    if "example" in media
                    else deref(DOC, next(iter(media["examples"].values())))["value"]
                )
            elif "multipart/form-data" in content:
                body_kind = "multipart"
            for status, response in op["responses"].items():
                response = deref(DOC, response)
                prefers = [f"code={status}"]
                for media in (response.get("content") or {}).values():
                    prefers += [f"code={status}, example={n}" for n in media.get("examples") or {}]
                for prefer in prefers:
                    found.append(
                        Call(
                            op["operationId"],
                            method.upper(),
                            path,
                            tuple(query),
                            body_kind,
                            body,
                            prefer,
                            int(status),
                        )
                    )
    return found


CALLS = _calls()


def response_violations(response: httpx.Response) -> list[dict[str, Any]]:
    raw = response.headers.get("sl-violations")
    if not raw:
        return []
    violations: list[dict[str, Any]] = json.loads(raw)
    return [v for v in violations if (v.get("location") or [""])[0] != "request"]


def test_every_operation_and_status_is_covered() -> None:
    operations = {c.operation for c in CALLS}
    assert len(operations) == sum(1 for item in DOC["paths"].values() for m in METHODS if m in item)
    assert len(CALLS) > 4 * len(operations)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
def test_documented_answer_has_no_response_violation(voice_agents_mock: Any, call: Call) -> None:
    kwargs: dict[str, Any] = {
        "params": list(call.query),
        "headers": {**HEADERS, "Prefer": call.prefer},
    }
    if call.body_kind == "json":
        kwargs["json"] = call.body
    elif call.body_kind == "multipart":
        kwargs["files"] = [
            ("chunk", ("part-0.bin", b"chunk bytes", "application/octet-stream")),
            ("chunkIndex", (None, b"0", "text/plain")),
        ]
    with httpx.Client(base_url=voice_agents_mock.url, timeout=30) as http:
        response = http.request(call.method, call.path, **kwargs)
    assert response.status_code == call.status, response.text[:300]
    assert response_violations(response) == [], response.headers.get("sl-violations")
