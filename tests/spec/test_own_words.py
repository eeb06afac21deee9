"""openapi.yaml is written in our own words: no sentence of the vendor's material is repeated.

The reference material (../shared/reference) is for facts only. This test looks for any
sentence of 50+ characters from the vendor's spec or docs pages, whitespace-normalised, inside
our spec.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "miraiminds-docs"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_no_vendor_sentence_is_copied() -> None:
    if not REFERENCE.is_dir():
        pytest.skip(f"reference material not present at {REFERENCE}")
    sources = sorted(REFERENCE.glob("*.md")) + sorted((REFERENCE / "repo-files").glob("*.yaml"))
    assert sources
    ours = _norm((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    copied = set()
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for sentence in re.findall(r"[A-Z][^.\n]{50,}\.", text):
            normalised = _norm(sentence)
            if normalised in ours:
                copied.add(f"{source.name}: {normalised[:120]}")
    assert not copied, "sentences copied from the vendor's material:\n" + "\n".join(sorted(copied))
