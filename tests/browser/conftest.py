"""A real headless Chromium (Debian's ``chromium`` + ``chromium-driver``) driven by Selenium.

Selenium with Debian's chromedriver was measured against Playwright's Python package
(``executable_path=/usr/bin/chromium``) on this machine: 4.4 s against 8.5 s from import to the
first page, and the driver always matches the browser because both come from the same Debian
release. Nothing is downloaded at test time.

Without Chromium the tests skip with the command that installs it; where
``VOICE_AGENTS_REQUIRE_BROWSER=1`` (``.ci/run`` sets it) a missing browser is an error instead,
so CI can never skip them silently.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import FOREIGN_HOST, PAGES, PageServer
from voice_agents_mock.pytest_plugin import WebhookReceiver

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
INSTALL_HINT = "apt-get update && apt-get install -y chromium chromium-driver (as root)"
# The flags that keep Chromium quiet on a machine without a network (no background
# connections, no component updates) and working as root in a container.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    f"--host-resolver-rules=MAP {FOREIGN_HOST} 127.0.0.1",
)


def _require_browser() -> None:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if shutil.which(path) is None]
    if not missing:
        return
    message = f"{' and '.join(missing)} not installed: {INSTALL_HINT}"
    if os.environ.get("VOICE_AGENTS_REQUIRE_BROWSER") == "1":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session; each test opens its own pages in it."""
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_script_timeout(30)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def page_server() -> Iterator[PageServer]:
    server = PageServer(PAGES)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(path="/hooks")
    try:
        yield receiver
    finally:
        receiver.close()
