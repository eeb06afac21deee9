"""openapi.yaml is written in our own words: no sentence of the vendor's prose is repeated.

The reference material (../shared/reference) is for facts only. This test takes every
sentence of 50+ characters from the vendor's spec and docs pages and looks for it, whitespace
normalised, in our prose: every `description`, `summary` and `title` of openapi.yaml. Example
values (API messages, sample summaries) are facts and may match.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from example_walk import load

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "miraiminds-docs"
PROSE_KEYS = {"description", "summary", "title"}
EXAMPLE_KEYS = {"example", "examples", "value", "default", "enum", "const"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _prose(node: Any, out: list[str]) -> list[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE_KEYS and isinstance(value, str):
                out.append(value)
            elif key not in EXAMPLE_KEYS:
                _prose(value, out)
    elif isinstance(node, list):
        for item in node:
            _prose(item, out)
    return out


def test_prose_walker_sees_descriptions_and_skips_examples() -> None:
    found = _prose(
        {"description": "A b.", "example": {"description": "X"}, "x": [{"title": "T"}]}, []
    )
    assert found == ["A b.", "T"]


def test_no_vendor_sentence_is_copied() -> None:
    if not REFERENCE.is_dir():
        pytest.skip(f"reference material not present at {REFERENCE}")
    sources = sorted(REFERENCE.glob("*.md")) + sorted((REFERENCE / "repo-files").glob("*.yaml"))
    assert sources
    ours = _norm(" \n ".join(_prose(load(ROOT / "openapi.yaml"), [])))
    assert len(ours) > 10_000, "no prose found in openapi.yaml"
    copied = set()
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for sentence in re.findall(r"[A-Z][^.\n]{50,}\.", text):
            normalised = _norm(sentence)
            if normalised in ours:
                copied.add(f"{source.name}: {normalised[:120]}")
    assert not copied, "sentences copied from the vendor's material:\n" + "\n".join(sorted(copied))
