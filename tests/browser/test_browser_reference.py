"""The offline HTML reference of ``make docs``, opened in a real headless Chromium.

``tests/release/test_docs_html.py`` checks the file's content; this checks that a browser
renders it without a network: no console errors (no request leaves the file), every operation
and webhook reachable from its tag's page, and a screenshot in ``reports/browser/`` for a human
to look at.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml_source
from browser_support import console_errors

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import docs  # noqa: E402

SCREENSHOT = ROOT / "reports" / "browser" / "api-reference.png"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Redoc 3 shows one page per tag (sidebar links "/<tag>"); a tag's page lists its operations,
# webhooks included, as links "#/<tag>/<operationId>" (the script returns [tag, operationId]).
TAG_LINKS = """
return Array.from(document.querySelectorAll('a[href^="/"]'))
  .map((a) => a.getAttribute('href'))
  .filter((href) => href !== '/' && !href.startsWith('/section/'));
"""
OPERATION_LINKS = """
return Array.from(document.querySelectorAll('a[href^="#/"]'))
  .map((a) => a.getAttribute('href').split('#')[1].split('/'))
  .filter((parts) => parts.length === 3)
  .map((parts) => parts.slice(1));
"""


def _operation_ids(items: dict[str, Any]) -> set[str]:
    return {op["operationId"] for item in items.values() for m, op in item.items() if m in METHODS}


def _poll(browser: Any, script: str, done: Any, timeout: float = 15.0) -> list[Any]:
    """Run ``script`` until ``done(result)`` holds (Redoc renders asynchronously)."""
    deadline = time.monotonic() + timeout
    result: list[Any] = browser.execute_script(script)
    while not done(result) and time.monotonic() < deadline:
        time.sleep(0.1)
        result = browser.execute_script(script)
    return result


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("docs") / "api-reference.html"
    docs.build(output)
    return output


def test_the_reference_renders_every_operation_and_webhook_offline(
    browser: Any, reference: Path
) -> None:
    from selenium.webdriver.common.by import By

    spec = yaml_source.spec()
    expected = _operation_ids(spec["paths"]) | _operation_ids(spec["webhooks"])

    console_errors(browser)  # forget what earlier pages logged
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    browser.set_window_size(1400, 1000)
    browser.get(reference.as_uri())
    tags = _poll(browser, TAG_LINKS, lambda links: len(links) >= len(spec["tags"]))
    assert len(set(tags)) == len(spec["tags"]), tags
    assert browser.save_screenshot(str(SCREENSHOT))  # the overview, as a reader first sees it
    assert SCREENSHOT.stat().st_size > 10_000

    rendered: set[str] = set()
    for tag in dict.fromkeys(tags):
        link = browser.find_element(By.CSS_SELECTOR, f'a[href="{tag}"]')
        # A JavaScript click: the sidebar's footer may cover a link lower down the list.
        browser.execute_script("arguments[0].click();", link)
        slug = tag.lstrip("/")
        links = _poll(
            browser, OPERATION_LINKS, lambda found, slug=slug: any(t == slug for t, _ in found)
        )
        rendered |= {operation for t, operation in links if t == slug}
    assert sorted(expected - rendered) == [], "operations no tag page links to"

    assert console_errors(browser) == [], "the offline reference logged errors"
