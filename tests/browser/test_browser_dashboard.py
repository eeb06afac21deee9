"""The dashboard at ``/__mock/`` in a real Chromium, against the session's real mock.

The page is driven as a developer would: traffic sent from Python appears in the Requests tab
on its own (the page polls the journal), a request Prism refused opens to its violation's path,
Resend makes the mock deliver again to a loopback receiver, and the HAR export the page links to
parses with every journal entry. Each tab leaves a screenshot in ``reports/browser/``. The
session's ``voice_agents_mock`` fixture serves it (reset after each test), so no Prism of its
own is started.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
from browser_support import console_errors
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer
from voice_agents_mock.pytest_plugin import WebhookReceiver

SHOTS = Path(__file__).resolve().parents[2] / "reports" / "browser"
KEYS = {"x-public-key": TEST_PUBLIC_KEY, "x-private-key": TEST_PRIVATE_KEY}
HEADERS = {**KEYS, "workspace": TEST_WORKSPACE}
CALL = {"phoneNumber": "+919876543210", "assistant": "6927ec5c9322ed9f9fb55c68"}


def _open(browser: Any, mock: MockServer, tab: str = "requests") -> None:
    browser.set_window_size(1280, 900)
    browser.get("about:blank")  # a fresh page, not a fragment change of the last one
    browser.get_log("browser")  # the console from here on only
    browser.get(f"{mock.url}/__mock/#{tab}")
    WebDriverWait(browser, 10).until(
        lambda d: "live" in d.find_element(By.ID, "status").text, "the page never polled"
    )


def _tab(browser: Any, name: str) -> None:
    browser.find_element(By.CSS_SELECTOR, f'nav button[data-tab="{name}"]').click()


def _shot(browser: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SHOTS / f"dashboard-{name}.png"))


def test_traffic_appears_live_and_a_refusal_shows_its_path(
    browser: Any, voice_agents_mock: MockServer
) -> None:
    _open(browser, voice_agents_mock)
    with httpx.Client(base_url=voice_agents_mock.url, headers=HEADERS, timeout=10) as http:
        http.get("/v1/admin/voice-gallery")
        refused = http.post("/v2/call/initiate", json={**CALL, "phoneNumber": 919876543210})
    assert refused.status_code == 400
    refused_id = voice_agents_mock.requests(operation="initiate_call")[-1]["id"]
    accepted_id = voice_agents_mock.requests(operation="list_voices")[-1]["id"]

    # No reload: the rows arrive because the page follows the journal.
    row = WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f'#requests tr[data-id="{refused_id}"]'),
        "the refused request never appeared",
    )[0]
    texts = [cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
    assert texts[1:6] == ["POST", "/v2/call/initiate", "initiate_call", TEST_WORKSPACE, "400"]
    assert "refused" in row.get_attribute("class")
    listed = browser.find_elements(By.CSS_SELECTOR, "#requests tbody tr td:nth-child(3)")
    assert "/v1/admin/voice-gallery" in [cell.text for cell in listed]

    row.click()
    violation = WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(
            By.CSS_SELECTOR, '#detail .violation[data-location="request.body.phoneNumber"]'
        ),
        "the violation was not explained",
    )[0]
    assert "request.body $.phoneNumber" in violation.text  # the JSON path
    assert "must be string" in violation.text  # what the spec wants
    assert "What came: 919876543210" in violation.text  # what came
    detail = browser.find_element(By.ID, "detail").text
    assert TEST_PRIVATE_KEY not in detail
    assert TEST_PUBLIC_KEY not in detail
    assert "sk_0...(67 chars)" in detail

    # The filter keeps only what was refused or is off-spec.
    browser.find_element(By.ID, "f-refused").click()
    rows = browser.find_elements(By.CSS_SELECTOR, "#requests tbody tr")
    visible = {r.get_attribute("data-id") for r in rows if r.is_displayed()}
    assert str(refused_id) in visible
    assert str(accepted_id) not in visible
    _shot(browser, "requests")
    assert console_errors(browser) == []


def test_resend_delivers_the_same_event_again(
    browser: Any, voice_agents_mock: MockServer, webhook_receiver: WebhookReceiver
) -> None:
    with httpx.Client(base_url=voice_agents_mock.url, headers=HEADERS, timeout=10) as http:
        queued = http.post(
            "/v2/call/initiate",
            json={**CALL, "callbackUrl": webhook_receiver.url},
            headers={"x-mock-scenario": "no-answer"},
        )
    assert queued.status_code == 200
    first = webhook_receiver.take(3)
    WebDriverWait(browser, 10).until(lambda _: len(voice_agents_mock.webhooks()) == 3)
    original = voice_agents_mock.webhooks()[0]

    _open(browser, voice_agents_mock, "webhooks")
    button = WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(
            By.CSS_SELECTOR, f'tr[data-delivery="{original["id"]}"] button.resend'
        )
    )[0]
    group = browser.find_element(By.CSS_SELECTOR, f'.group[data-call="{original["callId"]}"]')
    assert len(group.find_elements(By.CSS_SELECTOR, "tbody tr")) == 3
    button.click()

    (again,) = webhook_receiver.take(1)
    assert again.body == first[0].body  # the same event: the same idempotency key
    assert again.headers["x-signature"] == first[0].headers["x-signature"]
    resent = WebDriverWait(browser, 10).until(
        lambda _: [w for w in voice_agents_mock.webhooks() if w["resendOf"] == original["id"]]
    )[0]
    WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f'tr[data-delivery="{resent["id"]}"]'),
        "the second delivery never showed",
    )
    assert resent["status"] == 200
    _shot(browser, "webhooks")
    assert console_errors(browser) == []


def test_state_and_programmed_answers(browser: Any, voice_agents_mock: MockServer) -> None:
    with httpx.Client(base_url=voice_agents_mock.url, headers=HEADERS, timeout=10) as http:
        call_id = http.post("/v2/call/initiate", json=CALL).json()["callId"]
    programmed = voice_agents_mock.respond("get_health", 503, times=2)

    _open(browser, voice_agents_mock, "programs")
    row = WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f'tr[data-program="{programmed["id"]}"]')
    )[0]
    assert "get_health" in row.text
    assert "503" in row.text
    _shot(browser, "programs")
    browser.find_element(By.ID, "clear-programs").click()
    WebDriverWait(browser, 10).until(
        lambda _: httpx.get(f"{voice_agents_mock.url}/__mock/responses").json()["responses"] == [],
        "Clear did not clear",
    )

    _tab(browser, "state")
    field = browser.find_element(By.ID, "state-workspace")
    field.clear()
    field.send_keys(TEST_WORKSPACE)
    browser.find_element(By.CSS_SELECTOR, '#state-form button[type="submit"]').click()
    calls = WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, '#state .group[data-section="calls"]')
    )[0]
    assert call_id in calls.text
    _shot(browser, "state")

    browser.find_element(By.ID, "reset-workspace").click()
    WebDriverWait(browser, 10).until(
        lambda _: call_id not in json.dumps(voice_agents_mock.state(TEST_WORKSPACE)["calls"]),
        "Reset did not reset",
    )
    assert console_errors(browser) == []


def test_the_har_export_has_every_entry(browser: Any, voice_agents_mock: MockServer) -> None:
    with httpx.Client(base_url=voice_agents_mock.url, headers=HEADERS, timeout=10) as http:
        for _ in range(3):
            http.get("/v1/admin/voice-gallery")
        http.post("/v2/call/initiate", json={"phoneNumber": 5})
    journal = voice_agents_mock.requests()

    _open(browser, voice_agents_mock, "export")
    href = browser.find_element(By.ID, "har-link").get_attribute("href")
    assert href == f"{voice_agents_mock.url}/__mock/requests.har"
    loaded = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));",
        href,
    )
    har = json.loads(loaded)
    assert har["log"]["version"] == "1.2"
    assert [e["_id"] for e in har["log"]["entries"]] == [e["id"] for e in journal]
    assert TEST_PRIVATE_KEY not in loaded
    assert TEST_PUBLIC_KEY not in loaded
    WebDriverWait(browser, 10).until(
        lambda d: f"{len(journal)} entries" in d.find_element(By.ID, "har-summary").text
    )
    _shot(browser, "export")
    assert console_errors(browser) == []
