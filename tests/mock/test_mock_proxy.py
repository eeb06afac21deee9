"""Proxy mode: real Prism in front of a loopback fake upstream (no network).

The fake answers one operation as the spec says and three with drift (a wrong type, a missing
required field, an undocumented status); the proxy must pass every byte through both ways and
record exactly the violating exchanges, in the journal, the summary and the report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from proxy_support import VOICES, FakeUpstream
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer
from voice_agents_mock._proxy.target import parse_upstream
from voice_agents_mock._proxy.violations import ViolationLog, from_header, from_problem

KEYS = {"x-public-key": TEST_PUBLIC_KEY, "x-private-key": TEST_PRIVATE_KEY}
SCOPED = {**KEYS, "workspace": TEST_WORKSPACE}
CALL_ID = "68f0a1b2c3d4e5f600000900"


@pytest.fixture(scope="module")
def upstream() -> Iterator[FakeUpstream]:
    server = FakeUpstream()
    yield server
    server.close()


@pytest.fixture(scope="module")
def proxy(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    logs = tmp_path_factory.mktemp("proxy-logs")
    with MockServer(upstream=upstream.url, log_dir=logs) as server:
        yield server


@pytest.fixture
def client(proxy: MockServer, upstream: FakeUpstream) -> Iterator[httpx.Client]:
    proxy.reset()
    upstream.received.clear()
    with httpx.Client(base_url=proxy.url, trust_env=False, timeout=30.0) as http:
        yield http


def _send_all(http: httpx.Client) -> None:
    assert http.get("/v1/admin/voice-gallery", headers=KEYS).status_code == 200
    assert http.get("/health").status_code == 200
    abort = http.post("/v2/call/abort", headers=SCOPED, json={"callId": CALL_ID})
    assert abort.status_code == 200
    assert http.get("/v1/knowledge-base/files", headers=SCOPED).status_code == 418


# ---------------------------------------------------------------------- pass-through
def test_answers_come_back_byte_for_byte(client: httpx.Client, upstream: FakeUpstream) -> None:
    response = client.get("/v1/admin/voice-gallery", headers=KEYS)
    assert response.status_code == 200
    assert response.content == VOICES
    assert response.headers["x-upstream-trace"] == "trace-0001"
    assert "sl-violations" not in response.headers


def test_requests_reach_the_upstream_unchanged_keys_included(
    client: httpx.Client, upstream: FakeUpstream
) -> None:
    body = b'{ "callId" :"68f0a1b2c3d4e5f600000900"  }'
    headers = {**SCOPED, "content-type": "application/json", "x-request-tag": "abc"}
    response = client.post("/v2/call/abort?trace=1", headers=headers, content=body)
    assert response.status_code == 200
    assert response.content == b"{}"
    [got] = upstream.received
    assert (got.method, got.path, got.body) == ("POST", "/v2/call/abort?trace=1", body)
    assert got.headers["x-public-key"] == TEST_PUBLIC_KEY
    assert got.headers["x-private-key"] == TEST_PRIVATE_KEY
    assert got.headers["workspace"] == TEST_WORKSPACE
    assert got.headers["x-request-tag"] == "abc"
    assert "x-mock-exchange" not in got.headers  # the proxy's own plumbing stays inside
    assert got.headers["host"] == upstream.url.removeprefix("http://")


# ---------------------------------------------------------------------- violations
def test_exactly_the_violating_exchanges_are_recorded(
    client: httpx.Client, proxy: MockServer
) -> None:
    _send_all(client)
    summary = proxy.violations()
    assert summary["requests"] == 4
    assert summary["requests_with_violations"] == 3
    by_operation = {item["operation"]: item for item in summary["operations"]}
    assert set(by_operation) == {"get_health", "abort_call", "list_knowledge_base_files"}
    health = by_operation["get_health"]
    assert health["count"] == 1
    assert [m["message"] for m in health["messages"]] == [
        "response.body.status_code: Response body property status_code must be integer"
    ]
    assert health["first"]["path"] == "/health"
    assert health["first"]["status"] == 200
    assert "message" in by_operation["abort_call"]["messages"][0]["message"]
    assert "required" in by_operation["abort_call"]["messages"][0]["message"]
    undocumented = by_operation["list_knowledge_base_files"]["messages"][0]["message"]
    assert "Unable to match the returned status code" in undocumented

    journal = {entry["operation"]: entry for entry in proxy.requests()}
    assert journal["list_voices"]["violations"] == []
    assert journal["get_health"]["violations"][0]["side"] == "response"
    first_id = health["first"]["journal_id"]
    assert journal["get_health"]["id"] == first_id


def test_invalid_requests_are_forwarded_and_recorded(
    client: httpx.Client, proxy: MockServer, upstream: FakeUpstream
) -> None:
    response = client.post("/v2/call/abort", headers=SCOPED, json={"callid": CALL_ID})
    assert response.status_code == 200  # the upstream's answer: not --strict
    assert len(upstream.received) == 1
    [entry] = proxy.requests(operation="abort_call")
    sides = {(v["side"], v["location"]) for v in entry["violations"]}
    assert ("request", "request.body") in sides
    messages = [v["message"] for v in entry["violations"]]
    assert any("callId" in message for message in messages)


def test_what_prism_cannot_take_goes_up_unchanged_and_is_recorded(
    client: httpx.Client, proxy: MockServer, upstream: FakeUpstream
) -> None:
    broken = b'{"callId": "68f0a1b2c3d4e5f600000900",'
    headers = {**SCOPED, "content-type": "application/json"}
    response = client.post("/v2/call/abort", headers=headers, content=broken)
    assert response.status_code == 200  # the upstream's answer to the bytes it got
    assert [got.body for got in upstream.received] == [broken]
    [entry] = proxy.requests(operation="abort_call")
    assert [(v["location"], v["message"][:14]) for v in entry["violations"]] == [
        ("request.body", "Malformed JSON")
    ]


def test_repeated_findings_are_counted_not_repeated(
    client: httpx.Client, proxy: MockServer
) -> None:
    for _ in range(3):
        client.get("/health")
    [health] = proxy.violations()["operations"]
    assert health["count"] == 3
    assert health["messages"][0]["count"] == 3
    assert len(health["messages"]) == 1


def test_keys_and_keyed_bodies_are_never_kept(client: httpx.Client, proxy: MockServer) -> None:
    _send_all(client)
    client.post("/v2/call/abort", headers=SCOPED, json={"callId": CALL_ID, "note": "note-7d1f"})
    entries = proxy.requests()
    keyed = [entry for entry in entries if "x-private-key" in entry["headers"]]
    assert keyed
    for entry in keyed:
        assert entry["body"] is None
        assert entry["headers"]["x-private-key"] != TEST_PRIVATE_KEY
        assert entry["headers"]["x-public-key"] != TEST_PUBLIC_KEY
    everything = json.dumps([entries, proxy.violations(), proxy.report()])
    for secret in (TEST_PRIVATE_KEY, TEST_PUBLIC_KEY):
        assert secret not in everything
        assert secret not in proxy.prism_log_path.read_text()
        assert secret not in proxy.log_path.read_text()
    assert "note-7d1f" not in everything


def test_no_webhooks_and_no_programmed_answers(client: httpx.Client, proxy: MockServer) -> None:
    _send_all(client)
    assert proxy.webhooks() == []
    with pytest.raises(ValueError, match="proxy mode forwards every request"):
        proxy.respond("list_voices", 500)


# ---------------------------------------------------------------------- report and exit status
def test_report_on_demand_at_shutdown_and_exit_status(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    report = tmp_path / "reports" / "proxy.json"
    server = MockServer(upstream=upstream.url, report=report, fail_on_violation=True)
    with server, httpx.Client(base_url=server.url, trust_env=False, timeout=30.0) as http:
        http.get("/v1/admin/voice-gallery", headers=KEYS)
        on_demand = server.report()
        assert on_demand["violations"] == 0
        assert json.loads(report.read_text())["requests"] == 1
        http.get("/health")
    assert server.exit_status == 1
    written = json.loads(report.read_text())
    assert written["upstream"] == upstream.url
    assert written["requests"] == 2
    assert [op["operation"] for op in written["operations"]] == ["get_health"]


def test_clean_traffic_exits_zero_and_block_writes_refuses_writes(
    upstream: FakeUpstream,
) -> None:
    upstream.received.clear()
    server = MockServer(upstream=upstream.url, block_writes=True, fail_on_violation=True)
    with server, httpx.Client(base_url=server.url, trust_env=False, timeout=30.0) as http:
        refused = http.post("/v2/call/abort", headers=SCOPED, json={"callId": CALL_ID})
        assert refused.status_code == 403
        assert "--block-writes" in refused.json()["message"]
        assert http.get("/v1/admin/voice-gallery", headers=KEYS).content == VOICES
        assert [got.method for got in upstream.received] == ["GET"]
        [blocked] = server.requests(operation="abort_call")
        assert (blocked["status"], blocked["violations"]) == (403, [])
    assert server.exit_status == 0


def test_strict_refuses_invalid_requests_without_forwarding(upstream: FakeUpstream) -> None:
    upstream.received.clear()
    with (
        MockServer(upstream=upstream.url, strict=True) as server,
        httpx.Client(base_url=server.url, trust_env=False, timeout=30.0) as http,
    ):
        invalid = http.post("/v2/call/abort", headers=SCOPED, json={"callid": CALL_ID})
        assert invalid.status_code == 400
        assert invalid.json()["code"] == 400
        assert "callId" in invalid.json()["message"]
        no_keys = http.get("/v1/admin/voice-gallery")
        assert no_keys.status_code == 401
        assert upstream.received == []
        valid = http.get("/v1/admin/voice-gallery", headers=KEYS)
        assert valid.content == VOICES
        drift = http.get("/health")  # a wrong answer is still passed on, and recorded
        assert drift.json()["status_code"] == "200"
        assert len(upstream.received) == 2
        by_operation = {op["operation"]: op for op in server.violations()["operations"]}
        assert set(by_operation) == {"abort_call", "list_voices", "get_health"}


# ---------------------------------------------------------------------- refusals at start
@pytest.mark.parametrize(
    "url", ["http://192.0.2.10", "http://api.stage.voice-agent.miraiminds.co/v1", "ftp://x"]
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="https://"):
        MockServer(upstream=url)


def test_the_cli_refuses_before_starting_anything() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "voice_agents_mock", "proxy", "--upstream", "http://192.0.2.10"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "not a loopback address" in done.stderr
    assert "Use https://" in done.stderr
    assert "ready" not in done.stdout


def test_upstream_forms_accepted() -> None:
    staging = parse_upstream("https://api.stage.voice-agent.miraiminds.co/")
    assert (staging.host, staging.port, staging.authority, staging.base_path) == (
        "api.stage.voice-agent.miraiminds.co",
        443,
        "api.stage.voice-agent.miraiminds.co",
        "",
    )
    local = parse_upstream("http://localhost:8080/base/")
    assert (local.port, local.authority, local.base_path) == (8080, "localhost:8080", "/base")
    with pytest.raises(ValueError, match="credentials"):
        parse_upstream("https://user:pw@example.com")
    with pytest.raises(ValueError, match="need upstream="):
        MockServer(strict=True)


# ---------------------------------------------------------------------- parsing (in process)
def test_violation_header_and_problem_parsing() -> None:
    header = json.dumps(
        [
            {"location": ["request", "body"], "severity": "Error", "message": "m1"},
            {"location": ["response"], "severity": "Warning", "message": "m2"},
        ]
    )
    assert from_header(header) == [
        {"side": "request", "location": "request.body", "severity": "Error", "message": "m1"},
        {"side": "response", "location": "response", "severity": "Warning", "message": "m2"},
    ]
    assert from_header('Too many violations! [{"loc')[0]["message"] == "too many violations to list"
    problem = json.dumps(
        {"status": 422, "validation": [{"location": ["body"], "message": "must have callId"}]}
    ).encode()
    assert from_problem(problem, 422)[0]["location"] == "request.body"
    assert from_problem(b'{"title": "Invalid security scheme used"}', 401)[0]["message"] == (
        "Invalid security scheme used"
    )


def test_the_summary_stays_bounded() -> None:
    log = ViolationLog()
    for number in range(500):
        found = [
            {
                "side": "response",
                "location": "response.body",
                "severity": "Error",
                "message": f"m{number}",
            }
        ]
        log.record(
            operation="get_health",
            method="GET",
            path="/health",
            status=200,
            journal_id=number,
            violations=found,
        )
    [bucket] = log.summary()["operations"]
    assert bucket["count"] == 500
    assert len(bucket["messages"]) == 50
    assert bucket["more_messages"] == 450
    assert bucket["first"]["journal_id"] == 0
