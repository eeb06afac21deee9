"""Every webhook example in the vendor's docs pages validates against our webhook schemas.

The JSON blocks of the pages `call-lifecycle-events`, `customer-lifecycle` and `v1/webhooks` are
read straight from ../shared/reference: whole deliveries are validated as `WebhookEvent` (the
union of the three webhook families); blocks that show only an event's `data` (with `analysis`
or `report`) are wrapped in an envelope of the matching type first.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from example_walk import load, make_validator_factory

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT.parent / "shared" / "reference" / "miraiminds-docs"
PAGE_FILES = (
    "developers__call-lifecycle-events.md",
    "developers__customer-lifecycle.md",
    "v1__webhooks.md",
)


def _webhook_blocks() -> list[tuple[str, dict[str, Any]]]:
    blocks: list[tuple[str, dict[str, Any]]] = []
    seen: set[str] = set()
    for name in PAGE_FILES:
        text = (PAGES / name).read_text(encoding="utf-8")
        for i, raw in enumerate(re.findall(r"```json[^\n]*\n(.*?)```", text, re.S)):
            if raw in seen:
                continue
            seen.add(raw)
            value = json.loads(raw)
            if "event" in value:
                blocks.append((f"{name} block {i} ({value['event']['type']})", value))
            elif "analysis" in value or "report" in value:
                kind = "end-of-call" if "analysis" in value else "call.lifecycle-ended"
                wrapped = {"event": {"type": kind, "data": value}}
                blocks.append((f"{name} block {i} (data of {kind})", wrapped))
    return blocks


def test_docs_webhook_examples_validate() -> None:
    if not PAGES.is_dir():
        pytest.skip(f"reference material not present at {PAGES}")
    doc = load(ROOT / "openapi.yaml")
    validator = make_validator_factory(doc)("/components/schemas/WebhookEvent")
    blocks = _webhook_blocks()
    types = {b["event"]["type"] for _, b in blocks}
    assert len(blocks) >= 10, "the docs' webhook examples were not found"
    assert {"action", "end-of-call", "call.completed"} <= types
    failures = [
        f"{label}: {err.message[:200]}"
        for label, value in blocks
        for err in validator.iter_errors(value)
    ]
    assert not failures, "\n".join(failures)
