"""A page on another origin can neither read the dashboard nor trigger its actions (real Chromium).

The dashboard's own page acts through same-origin JSON POSTs (``test_browser_dashboard``). A
page anywhere else, a foreign site or a dev server on another loopback port, tries everything
a page can: read the journal, the page and the HAR; POST the dashboard's actions with JSON
(needs a preflight, refused) and blind, without a preflight (``no-cors``, ``text/plain``: the
request leaves the browser, carrying its ``Origin``); and frame the page. Nothing is read,
nothing is applied, and the frame is refused by ``frame-ancestors 'none'``.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from browser_support import FOREIGN_HOST, PageServer
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer
from voice_agents_mock.pytest_plugin import WebhookReceiver

SCRIPT = """
const [mock, delivery, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const attempt = async (name, url, init) => {
  try {
    const response = await fetch(url, init);
    return {name, ok: true, status: response.status, body: await response.text()};
  } catch (err) {
    return {name, ok: false, error: String(err)};
  }
};
const json = {"content-type": "application/json"};
const blind = {method: "POST", mode: "no-cors", body: "{}",
  headers: {"content-type": "text/plain"}};
(async () => {
  const results = [
    await attempt("page", mock + "/__mock/"),
    await attempt("journal", mock + "/__mock/requests"),
    await attempt("har", mock + "/__mock/requests.har"),
    await attempt("resend", mock + `/__mock/webhooks/${delivery}/resend`,
      {method: "POST", headers: json, body: "{}"}),
    await attempt("clear", mock + "/__mock/responses/clear",
      {method: "POST", headers: json, body: "{}"}),
    await attempt("reset", mock + "/__mock/reset", {method: "POST", headers: json, body: "{}"}),
    await attempt("blind_resend", mock + `/__mock/webhooks/${delivery}/resend`, blind),
    await attempt("blind_clear", mock + "/__mock/responses/clear", blind),
    await attempt("blind_reset", mock + "/__mock/reset", blind),
  ];
  const frame = document.createElement("iframe");
  frame.src = mock + "/__mock/";
  frame.addEventListener("load", () => done(results));
  document.body.append(frame);
})();
"""


@pytest.mark.parametrize("host", [FOREIGN_HOST, "localhost"])
def test_another_origin_can_neither_read_nor_act(
    browser: Any,
    page_server: PageServer,
    voice_agents_mock: MockServer,
    webhook_receiver: WebhookReceiver,
    host: str,
) -> None:
    keys = {"x-public-key": TEST_PUBLIC_KEY, "x-private-key": TEST_PRIVATE_KEY}
    queued = httpx.post(
        f"{voice_agents_mock.url}/v2/call/initiate",
        json={
            "phoneNumber": "+919876543210",
            "assistant": "a1",
            "callbackUrl": webhook_receiver.url,
        },
        headers={**keys, "workspace": TEST_WORKSPACE, "x-mock-scenario": "busy"},
        timeout=10,
    )
    assert queued.status_code == 200
    webhook_receiver.take(3)
    deadline = time.monotonic() + 10
    while len(voice_agents_mock.webhooks()) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    delivery = voice_agents_mock.webhooks()[0]["id"]
    programmed = voice_agents_mock.respond("get_health", 503, times=5)
    journal = [entry["id"] for entry in voice_agents_mock.requests()]
    browser.get_log("browser")  # start the console afresh

    browser.get(f"{page_server.origin(host)}/blank.html")
    steps = {
        s["name"]: s for s in browser.execute_async_script(SCRIPT, voice_agents_mock.url, delivery)
    }

    for name in ("page", "journal", "har", "resend", "clear", "reset"):
        assert not steps[name]["ok"], f"{name} reached the page's JavaScript: {steps[name]}"
        assert "TypeError" in steps[name]["error"]
    for name in ("blind_resend", "blind_clear", "blind_reset"):
        assert steps[name]["ok"]
        assert steps[name]["status"] == 0
    # The frame was refused by the dashboard's Content-Security-Policy.
    console = " ".join(entry["message"] for entry in browser.get_log("browser"))
    assert "frame-ancestors" in console

    # Nothing was applied: no new delivery, the programmed answer and the journal untouched.
    time.sleep(0.3)
    assert webhook_receiver.pending() == 0
    assert [w for w in voice_agents_mock.webhooks() if w["resendOf"] is not None] == []
    waiting = httpx.get(f"{voice_agents_mock.url}/__mock/responses", timeout=10).json()
    assert [(p["id"], p["times_left"]) for p in waiting["responses"]] == [(programmed["id"], 5)]
    assert [entry["id"] for entry in voice_agents_mock.requests()] == journal
