"""Behind the front, every operation behaves as Prism would; CORS works for browser frontends."""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from mock_support import KEYS, raw_request, schema_errors
from voice_agents_mock import MockServer

ORIGIN = "http://localhost:5173"


@pytest.fixture
def api(voice_agents_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=voice_agents_mock.url, timeout=5, trust_env=False) as client:
        yield client


def test_health_is_the_spec_example(api: httpx.Client) -> None:
    response = api.get("/health")
    assert response.status_code == 200
    assert response.json() == {
        "status_code": 200,
        "message": "Platform is operational.",
        "data": {"underMaintenance": False, "status": "healthy"},
    }


def test_missing_keys_get_401(api: httpx.Client) -> None:
    response = api.post(
        "/v2/call/initiate", json={"phoneNumber": "+919876543210", "assistant": "a"}
    )
    assert response.status_code == 401
    assert response.json() == {"code": 401, "message": "Unauthorized"}


def test_validation_error_gets_the_documented_400(api: httpx.Client) -> None:
    response = api.post("/v2/call/initiate", json={"phoneNumber": "+91"}, headers=KEYS)
    assert response.status_code == 400
    assert response.json() == {"code": 400, "message": "Validation error"}
    violations = json.loads(response.headers["sl-violations"])
    assert "assistant" in violations[0]["message"]


def test_valid_request_gets_the_example(api: httpx.Client) -> None:
    response = api.post(
        "/v2/call/initiate",
        json={"phoneNumber": "+919876543210", "assistant": "a"},
        headers=KEYS,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "initiate"
    assert re.fullmatch(r"[0-9a-f]{24}", body["callId"])  # a fresh one: the mock is stateful
    assert body["callId"] != "68f0a1b2c3d4e5f600000900"
    assert schema_errors("InitiateCallResponse", body) == []


@pytest.mark.parametrize("status", [404, 429, 500])
def test_prefer_forces_a_documented_status(api: httpx.Client, status: int) -> None:
    response = api.post(
        "/v2/call/initiate",
        json={"phoneNumber": "+919876543210", "assistant": "a"},
        headers={**KEYS, "Prefer": f"code={status}"},
    )
    assert response.status_code == status
    assert response.json()["code"] == status


def test_unknown_path_is_prisms_404(api: httpx.Client) -> None:
    response = api.get("/v3/unknown", headers=KEYS)
    assert response.status_code == 404
    assert "NO_PATH_MATCHED" in response.json()["type"]


def test_405_carries_allow(api: httpx.Client) -> None:
    response = api.delete("/health")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"


def test_concrete_path_wins_over_a_template(api: httpx.Client) -> None:
    """DELETE /v1/number-pool/search is a method the concrete path lacks, not number "search"."""
    response = api.delete("/v1/number-pool/search", headers=KEYS)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    org = {**KEYS, "organization": "6690a1b2c3d4e5f600000003"}
    released = api.delete("/v1/number-pool/6690a1b2c3d4e5f600000020", headers=org)
    assert released.status_code == 404  # routed to release_number; the store has no such number


def test_dynamic_mode_with_seed_is_reproducible() -> None:
    with MockServer(dynamic=True, seed=42, stateful=False) as mock:
        body = {"phoneNumber": "+919876543210", "assistant": "a"}
        first, second = (
            httpx.post(f"{mock.url}/v2/call/initiate", json=body, headers=KEYS, timeout=5)
            for _ in range(2)
        )
    assert first.status_code == 200
    assert schema_errors("InitiateCallResponse", first.json()) == []
    assert first.json()["callId"] != "68f0a1b2c3d4e5f600000900"  # generated, not the example
    assert second.json() == first.json()


def test_real_cors_preflight_then_request(voice_agents_mock: MockServer) -> None:
    """What a browser on another localhost port does before POSTing with custom headers."""
    parts = urlsplit(voice_agents_mock.url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    try:
        conn.request(
            "OPTIONS",
            "/v2/call/initiate",
            headers={
                "Origin": ORIGIN,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": (
                    "content-type,x-public-key,x-private-key,workspace"
                ),
            },
        )
        preflight = conn.getresponse()
        preflight.read()
        assert preflight.status == 204
        assert preflight.getheader("access-control-allow-origin") == ORIGIN
        assert "POST" in (preflight.getheader("access-control-allow-methods") or "")
        allowed = (preflight.getheader("access-control-allow-headers") or "").lower()
        for name in ("content-type", "x-public-key", "x-private-key", "workspace"):
            assert name in allowed
        assert preflight.getheader("access-control-allow-credentials") == "true"

        conn.request(
            "POST",
            "/v2/call/initiate",
            body=json.dumps({"phoneNumber": "+91"}),
            headers={**KEYS, "Origin": ORIGIN, "Content-Type": "application/json"},
        )
        actual = conn.getresponse()
        actual.read()
        assert actual.status == 400
        assert actual.getheader("access-control-allow-origin") == ORIGIN
        assert "Origin" in (actual.getheader("vary") or "")
        exposed = (actual.getheader("access-control-expose-headers") or "").lower()
        assert "sl-violations" in exposed  # browser code can read the validation reason
    finally:
        conn.close()


def test_front_rejections_carry_cors_too(voice_agents_mock: MockServer) -> None:
    response = raw_request(
        voice_agents_mock.url,
        "POST",
        "/v2/call/initiate",
        headers={**KEYS, "content-type": "application/json", "origin": ORIGIN},
        body=b"{oops",
    )
    assert response.status == 400
    assert response.headers["access-control-allow-origin"] == ORIGIN


def test_no_cors_headers_without_origin(api: httpx.Client) -> None:
    response = api.get("/health")
    assert "access-control-allow-origin" not in response.headers


def test_foreign_origins_are_refused_by_default(voice_agents_mock: MockServer) -> None:
    """A page on another site gets nothing: no CORS approval, no private-network opt-in."""
    response = raw_request(
        voice_agents_mock.url,
        "OPTIONS",
        "/health",
        headers={
            "origin": "https://app.example.com",
            "access-control-request-method": "GET",
            "access-control-request-private-network": "true",
        },
    )
    assert response.status == 403
    assert "--cors-origin" in response.json()["message"]
    assert not any(name.startswith("access-control-") for name in response.headers)
    loopback = raw_request(
        voice_agents_mock.url,
        "OPTIONS",
        "/health",
        headers={
            "origin": ORIGIN,
            "access-control-request-method": "GET",
            "access-control-request-private-network": "true",
        },
    )
    assert loopback.status == 204
    assert loopback.headers["access-control-allow-origin"] == ORIGIN
    assert "access-control-allow-private-network" not in loopback.headers


def test_empty_query_value_is_refused_when_the_schema_cannot_be_empty(api: httpx.Client) -> None:
    """Prism reads `?numberType=` as an absent parameter; the enum cannot be empty."""
    org = {**KEYS, "organization": "6690a1b2c3d4e5f600000003"}
    refused = api.get("/v1/number-pool/search?countryCode=IN&numberType=", headers=org)
    assert refused.status_code == 400
    assert "numberType" in refused.json()["message"]
    assert api.get("/v1/showcase/calls?lang=").status_code == 400  # enum behind allOf
    fine = api.get("/v1/number-pool/search?countryCode=IN&pattern=", headers=org)
    assert fine.status_code == 200


def test_undeclared_form_part_is_refused(api: httpx.Client) -> None:
    """The chunk upload takes exactly `chunk` and `chunkIndex`; Prism would accept more."""
    files = {"chunk": ("c.bin", b"abc", "application/octet-stream")}
    ok = api.post(
        "/v1/knowledge-base/upload/chunk/sess_abc123xyz",
        headers=KEYS,
        files=files,
        data={"chunkIndex": "0"},
    )
    assert ok.status_code == 200
    refused = api.post(
        "/v1/knowledge-base/upload/chunk/sess_abc123xyz",
        headers=KEYS,
        files=files,
        data={"chunkIndex": "0", "extra": "1"},
    )
    assert refused.status_code == 400
    assert "extra" in refused.json()["message"]
