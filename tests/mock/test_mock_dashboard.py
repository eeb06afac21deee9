"""The dashboard's side of the control plane over HTTP: the page and its CSP, who may call
``/__mock`` (its own origin's JSON POSTs, no other page), the live view's cursor, the HAR export.

Against the session's shared mock (real Prism); the browser itself is in ``tests/browser``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer

KEYS = {"x-public-key": TEST_PUBLIC_KEY, "x-private-key": TEST_PRIVATE_KEY}
JSON = {"content-type": "application/json"}


@pytest.fixture
def http(voice_agents_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=voice_agents_mock.url, timeout=10, trust_env=False) as client:
        yield client


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_text += data.strip()


def test_the_page_is_served_with_a_strict_policy_and_no_inline_code(http: httpx.Client) -> None:
    page = http.get("/__mock/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cross-origin-resource-policy"] == "same-origin"
    assert not [name for name in page.headers if name.startswith("access-control-")]

    parsed = _Tags()
    parsed.feed(page.text)
    assert parsed.script_text == ""  # no inline script
    for tag, attrs in parsed.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)  # no handlers
        assert "style" not in attrs, tag
        for link in (attrs.get("src"), attrs.get("href")):
            assert link is None or link.startswith(("/__mock/", "data:")), link  # no CDN
    assets = [a.get("src") or a.get("href") for t, a in parsed.tags if t in ("script", "link")]
    for asset in assets:
        if asset and asset.startswith("/__mock/"):
            served = http.get(asset)
            assert served.status_code == 200, asset
            assert "content-security-policy" in served.headers
    assert http.get("/__mock/assets/nope.js").status_code == 404
    assert http.get("/__mock").status_code == 200  # the same page without the slash


@pytest.mark.parametrize(
    ("headers", "method", "path", "body", "status"),
    [
        # The dashboard's own origin: reads, and actions as JSON POSTs.
        ({"origin": "SELF"}, "POST", "/__mock/reset", "{}", 200),
        ({"origin": "SELF", "sec-fetch-site": "same-origin"}, "GET", "/__mock/requests", None, 200),
        # Not as a DELETE or a form, even from the same origin (clients send no Origin).
        ({"origin": "SELF"}, "DELETE", "/__mock/requests", None, 403),
        ({"origin": "SELF", "content-type": "text/plain"}, "POST", "/__mock/reset", "{}", 403),
        # Any other origin, loopback ones included, and an opaque one.
        ({"origin": "http://localhost:5173"}, "GET", "/__mock/requests", None, 403),
        ({"origin": "http://127.0.0.1:1"}, "POST", "/__mock/reset", "{}", 403),
        ({"origin": "null"}, "POST", "/__mock/reset", "{}", 403),
        # A GET carries no Origin from a cross-site <script> or <img>: Sec-Fetch-Site tells.
        (
            {"sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors"},
            "GET",
            "/__mock/requests",
            None,
            403,
        ),
        ({"sec-fetch-site": "same-site", "sec-fetch-mode": "cors"}, "GET", "/__mock/", None, 403),
        # Following a link to the dashboard still opens it.
        (
            {"sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate"},
            "GET",
            "/__mock/",
            None,
            200,
        ),
        # Clients without a browser, as before.
        ({}, "DELETE", "/__mock/requests", None, 200),
    ],
)
def test_who_may_call_the_control_plane(
    http: httpx.Client,
    voice_agents_mock: MockServer,
    headers: dict[str, str],
    method: str,
    path: str,
    body: str | None,
    status: int,
) -> None:
    own = voice_agents_mock.url
    sent = {**({"content-type": "application/json"} if body else {}), **headers}
    sent = {k: (own if v == "SELF" else v) for k, v in sent.items()}
    answer = http.request(method, path, headers=sent, content=body)
    assert answer.status_code == status, answer.text
    assert not [name for name in answer.headers if name.startswith("access-control-")]


def test_a_refused_action_changes_nothing(
    http: httpx.Client, voice_agents_mock: MockServer
) -> None:
    programmed = voice_agents_mock.respond("get_health", 503)
    refused = http.post(
        "/__mock/responses/clear", headers={"origin": "http://localhost:5173", **JSON}, content="{}"
    )
    assert refused.status_code == 403
    assert [p["id"] for p in http.get("/__mock/responses").json()["responses"]] == [
        programmed["id"]
    ]
    assert http.post("/__mock/responses/clear", json={}).status_code == 200
    assert http.get("/__mock/responses").json()["responses"] == []
    bad = http.post("/__mock/responses/clear", json={"all": True})
    assert bad.status_code == 400
    assert bad.headers["x-mock-field"] == "body"


def test_the_live_view_asks_for_what_is_new(
    http: httpx.Client, voice_agents_mock: MockServer
) -> None:
    for _ in range(5):
        http.get("/v1/admin/voice-gallery", headers=KEYS)
    ids = [entry["id"] for entry in voice_agents_mock.requests()]
    newer = http.get("/__mock/requests", params={"after": ids[1]}).json()["requests"]
    assert [entry["id"] for entry in newer] == ids[2:]
    newest = http.get("/__mock/requests", params={"after": ids[0], "limit": 2}).json()
    assert [entry["id"] for entry in newest["requests"]] == ids[-2:]
    assert http.get("/__mock/requests", params={"after": ids[-1]}).json()["requests"] == []
    entry = newer[-1]
    assert entry["duration_ms"] >= 0
    assert entry["response"]["body"] is not None
    summaries = http.get("/__mock/requests", params={"after": ids[1], "view": "summary"}).json()
    assert [item["id"] for item in summaries["requests"]] == ids[2:]
    assert not {"headers", "body", "query", "response"} & set(summaries["requests"][0])
    assert http.get(f"/__mock/requests/{ids[-1]}").json() == entry
    assert http.get("/__mock/requests/99999999").status_code == 404
    assert http.get("/__mock/requests/x").headers["x-mock-field"] == "id"
    for name, value in (("after", "-1"), ("limit", "x"), ("limit", "10001"), ("view", "all")):
        bad = http.get("/__mock/requests", params={name: value})
        assert bad.status_code == 400
        assert bad.headers["x-mock-field"] == name


def test_a_refusal_is_journalled_with_prisms_violations(
    http: httpx.Client, voice_agents_mock: MockServer
) -> None:
    refused = http.post(
        "/v2/call/initiate",
        json={"phoneNumber": 5, "assistant": "a1"},
        headers={**KEYS, "workspace": TEST_WORKSPACE},
    )
    assert refused.status_code == 400
    (entry,) = voice_agents_mock.requests(operation="initiate_call")
    locations = {v["location"]: v["message"] for v in entry["violations"]}
    assert "must be string" in locations["request.body.phoneNumber"]
    assert entry["response"]["headers"]["sl-violations"]


def test_the_har_export(http: httpx.Client, voice_agents_mock: MockServer) -> None:
    http.get("/v1/admin/voice-gallery", headers=KEYS, params={"page": "1"})
    http.post(
        "/v2/call/initiate", json={"phoneNumber": 5}, headers={**KEYS, "workspace": TEST_WORKSPACE}
    )
    journal = voice_agents_mock.requests()
    answer = http.get("/__mock/requests.har")
    assert answer.status_code == 200
    assert "attachment" in answer.headers["content-disposition"]
    assert TEST_PRIVATE_KEY not in answer.text
    assert TEST_PUBLIC_KEY not in answer.text
    log: dict[str, Any] = answer.json()["log"]
    assert log["version"] == "1.2"
    assert log["creator"]["name"] == "voice-agents-mock"
    assert [entry["_id"] for entry in log["entries"]] == [entry["id"] for entry in journal]
    for entry in log["entries"]:
        assert set(entry) >= {"startedDateTime", "time", "request", "response", "cache", "timings"}
        assert set(entry["request"]) >= {
            "method",
            "url",
            "httpVersion",
            "cookies",
            "headers",
            "queryString",
            "headersSize",
            "bodySize",
        }
        assert set(entry["response"]) >= {
            "status",
            "statusText",
            "httpVersion",
            "cookies",
            "headers",
            "content",
            "redirectURL",
            "headersSize",
            "bodySize",
        }
        assert re.match(r"http://127\.0\.0\.1:\d+/", entry["request"]["url"])
    gallery = log["entries"][-2]
    assert gallery["request"]["queryString"] == [{"name": "page", "value": "1"}]
    assert gallery["response"]["content"]["mimeType"].startswith("application/json")
    posted = log["entries"][-1]
    assert posted["request"]["postData"]["text"] == '{"phoneNumber":5}'
    assert posted["response"]["status"] == 400
    masked = {h["name"]: h["value"] for h in posted["request"]["headers"]}
    assert masked["x-private-key"] == "sk_0...(67 chars)"
    assert posted["_violations"]
