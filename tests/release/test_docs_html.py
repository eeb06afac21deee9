"""make docs: one offline HTML file that documents every operation and every webhook."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml_source

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import docs  # noqa: E402

pytestmark = pytest.mark.slow
SPEC: dict[str, Any] = yaml_source.spec()
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _operation_ids(items: dict[str, Any]) -> set[str]:
    return {op["operationId"] for item in items.values() for m, op in item.items() if m in METHODS}


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> str:
    output = tmp_path_factory.mktemp("docs") / "api-reference.html"
    docs.build(output)
    return output.read_text()


def test_every_operation_and_webhook_is_in_the_reference(html: str) -> None:
    operations = _operation_ids(SPEC["paths"])
    webhooks = set(SPEC["webhooks"])
    assert len(operations) >= 30
    assert webhooks
    missing = sorted(name for name in operations | webhooks if f'"{name}"' not in html)
    assert not missing, f"not in the HTML reference: {missing}"
    # The page renders the definition it embeds: that one must be the whole spec.
    start = html.index("__redoc_definition = ") + len("__redoc_definition = ")
    embedded, _ = json.JSONDecoder().raw_decode(html, start)
    assert _operation_ids(embedded["paths"]) == operations
    assert set(embedded["webhooks"]) == webhooks
    assert _operation_ids(embedded["webhooks"]) == _operation_ids(SPEC["webhooks"])


def test_the_reference_loads_nothing_from_the_network(html: str) -> None:
    external_scripts = re.findall(r"<script[^>]+src=[\"']https?:", html)
    external_styles = re.findall(r"<link[^>]+rel=[\"']stylesheet[\"'][^>]+href=[\"']https?:", html)
    assert not external_scripts
    assert not external_styles
