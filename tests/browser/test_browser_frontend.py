"""The frontend developer's day against the mock, in a real headless Chromium.

CORS, preflights, ``FormData`` and which response headers JavaScript may read are browser
behaviour; ``http.client`` only imitates them. The page ``frontend_day.html`` runs each step and
records what JavaScript saw; the assertions are on that record.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlencode

import pytest
from browser_support import FOREIGN_HOST, PageServer
from voice_agents.webhooks import construct_event
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE, MockServer
from voice_agents_mock.pytest_plugin import WebhookReceiver

UPLOAD_SESSION = "sess_abc123xyz"  # the spec's example session id


@pytest.fixture
def mock(voice_agents_mock: MockServer) -> MockServer:
    """The suite's shared mock (tests/conftest.py), reset after each test."""
    return voice_agents_mock


def run_frontend_day(
    browser: Any, page_origin: str, mock_url: str, hook_url: str
) -> dict[str, dict[str, Any]]:
    query = urlencode(
        {
            "mock": mock_url,
            "pk": TEST_PUBLIC_KEY,
            "sk": TEST_PRIVATE_KEY,
            "workspace": TEST_WORKSPACE,
            "hook": hook_url,
            "session": UPLOAD_SESSION,
        }
    )
    browser.get(f"{page_origin}/frontend_day.html?{query}")
    steps = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "window.frontendDay.then(done,"
        " (err) => done([{name: 'page', ok: false, error: String(err)}]));"
    )
    return {step["name"]: step for step in steps}


def test_a_loopback_page_does_everything_a_frontend_does(
    browser: Any, page_server: PageServer, mock: MockServer, webhook_receiver: WebhookReceiver
) -> None:
    steps = run_frontend_day(browser, page_server.origin(), mock.url, webhook_receiver.url)

    listed = steps["list_assistants"]  # three custom headers: a real preflight first
    assert listed["ok"], listed
    assert listed["status"] == 200
    assert isinstance(listed["body"], dict | list)

    initiated = steps["initiate_call"]
    assert initiated["status"] == 200, initiated
    call_id = initiated["body"]["callId"]

    unauthenticated = steps["without_keys"]
    assert unauthenticated["status"] == 401  # readable, not a CORS failure
    assert unauthenticated["body"]["code"] == 401

    limited = steps["forced_429"]
    assert limited["status"] == 429
    assert limited["retryAfter"] == "30"  # exposed to JavaScript

    uploaded = steps["upload_chunk"]
    assert uploaded["status"] == 200, uploaded

    invalid = steps["invalid_request"]
    assert invalid["status"] == 400
    assert invalid["violations"], "sl-violations must be readable from JavaScript"
    assert "phoneNumber" in invalid["violations"] or "assistant" in invalid["violations"]

    events = []
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            (delivery,) = webhook_receiver.take(1, timeout=0.5)
        except TimeoutError:
            continue
        # raises unless signed right
        event = construct_event(delivery.body, delivery.headers, TEST_PRIVATE_KEY)
        events.append(event)
        if event.type == "call.lifecycle-ended":
            break
    types = [event.type for event in events]
    assert types[0] == "call.initiate"
    assert types[-1] == "call.lifecycle-ended"
    assert {event.data.call.id for event in events if event.data.call is not None} == {call_id}
    assert {event.metadata.get("orderId") for event in events} == {"ORD-BROWSER-1"}


def test_a_page_from_a_foreign_origin_is_refused_by_the_browser(
    browser: Any, page_server: PageServer, mock: MockServer, webhook_receiver: WebhookReceiver
) -> None:
    steps = run_frontend_day(
        browser, page_server.origin(FOREIGN_HOST), mock.url, webhook_receiver.url
    )
    for name, step in steps.items():
        assert not step["ok"], f"{name} reached JavaScript from {FOREIGN_HOST}: {step}"
        assert "TypeError" in step["error"]
    with pytest.raises(TimeoutError):  # the refused initiate placed no call
        webhook_receiver.take(1, timeout=1.0)


def test_an_origin_opened_with_cors_origin_is_allowed(
    browser: Any, page_server: PageServer, webhook_receiver: WebhookReceiver
) -> None:
    origin = page_server.origin(FOREIGN_HOST)
    with MockServer(webhook_duration=0.3, cors_origins=[origin]) as opened:
        steps = run_frontend_day(browser, origin, opened.url, webhook_receiver.url)
    assert steps["list_assistants"]["status"] == 200, steps["list_assistants"]
    assert steps["initiate_call"]["status"] == 200
    assert steps["forced_429"]["retryAfter"] == "30"
