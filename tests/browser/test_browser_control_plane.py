"""The control plane refuses browser code, even from a loopback page, in a real Chromium.

Any page on any loopback port (a dev server on ``http://localhost:5173``, say) is an origin the
mock answers for its API. ``/__mock`` is different: a page that could program answers, reset
state or read the journal (with its masked keys and bodies) would let any local web page
tamper with a test run. So the control plane carries no CORS at all: a preflight gets 403
without ``Access-Control-Allow-*``, and Chromium refuses every ``fetch`` there. A no-cors
request (which a page may send without a preflight) reaches the mock with an ``Origin`` and is
refused too, so nothing it asks is applied.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from browser_support import PageServer
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, MockServer

SCRIPT = """
const [mock, done] = [arguments[0], arguments[arguments.length - 1]];
const attempt = async (name, url, init) => {
  try {
    const response = await fetch(url, init);
    return {name, ok: true, status: response.status, body: await response.text()};
  } catch (err) {
    return {name, ok: false, error: String(err)};
  }
};
const json = {"content-type": "application/json"};
(async () => {
  const results = [
    // A simple GET: no preflight, but the answer has no Access-Control-Allow-Origin.
    await attempt("read_journal", mock + "/__mock/requests"),
    // application/json needs a preflight, which the control plane refuses.
    await attempt("program", mock + "/__mock/responses", {
      method: "POST", headers: json, body: JSON.stringify({operation: "get_health", status: 500}),
    }),
    await attempt("reset", mock + "/__mock/reset", {method: "POST", headers: json, body: "{}"}),
    await attempt("clear", mock + "/__mock/requests", {method: "DELETE"}),
    // Sent without a preflight and without reading the answer: it must still change nothing.
    await attempt("blind_reset", mock + "/__mock/reset", {method: "POST", mode: "no-cors",
      headers: {"content-type": "text/plain"}, body: "{}"}),
    // The API itself answers this loopback page: the refusals above are the control plane's.
    await attempt("api", mock + "/v1/admin/voice-gallery", {
      headers: {"x-public-key": arguments[1], "x-private-key": arguments[2]},
    }),
  ];
  done(results);
})();
"""


@pytest.fixture
def mock(voice_agents_mock: MockServer) -> MockServer:
    """The suite's shared mock (tests/conftest.py), reset after each test."""
    return voice_agents_mock


def test_a_loopback_page_cannot_reach_the_control_plane(
    browser: Any, page_server: PageServer, mock: MockServer
) -> None:
    mock.reset()
    programmed = mock.respond("get_health", 503, times=5)
    browser.get(f"{page_server.origin('localhost')}/blank.html")
    steps = {
        step["name"]: step
        for step in browser.execute_async_script(
            SCRIPT, mock.url, TEST_PUBLIC_KEY, TEST_PRIVATE_KEY
        )
    }

    api = steps.pop("api")
    assert api["ok"], api
    assert api["status"] == 200
    blind = steps.pop("blind_reset")
    assert blind["ok"], blind  # an opaque answer: the page learns nothing
    assert blind["status"] == 0
    for name, step in steps.items():
        assert not step["ok"], f"{name} reached JavaScript: {step}"
        assert "TypeError" in step["error"], step

    # Nothing the page asked was applied: the programmed answer is still there, untouched.
    waiting = httpx.get(f"{mock.url}/__mock/responses", timeout=10).json()["responses"]
    assert [item["id"] for item in waiting] == [programmed["id"]]
    assert waiting[0]["times_left"] == 5
    # The journal holds the page's API request, so the clear did not happen either.
    assert [entry["operation"] for entry in mock.requests()] == ["list_voices"]


def test_a_control_plane_preflight_gets_no_cors_headers(
    page_server: PageServer, mock: MockServer
) -> None:
    for origin in (page_server.origin("localhost"), "http://localhost:5173", "http://[::1]:3000"):
        answer = httpx.options(
            f"{mock.url}/__mock/responses",
            headers={
                "origin": origin,
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type",
            },
            timeout=10,
        )
        assert answer.status_code == 403
        assert not [name for name in answer.headers if name.startswith("access-control-")]
        # The same preflight to an API path is answered: the refusal is the control plane's.
        api = httpx.options(
            f"{mock.url}/v1/admin/voice-gallery",
            headers={"origin": origin, "access-control-request-method": "GET"},
            timeout=10,
        )
        assert api.status_code == 204
        assert api.headers["access-control-allow-origin"] == origin
