"""Gate: no example of the spec matches two branches of a ``oneOf``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from example_walk import load
from oneof_overlap import overlaps

ROOT = Path(__file__).resolve().parents[2]


def test_no_example_matches_two_oneof_branches() -> None:
    found = overlaps(load(ROOT / "openapi.yaml"))
    assert not found, "\n".join(found)


def _doc(header_schema: dict[str, Any], body_schema: dict[str, Any], body: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "429": {
                            "description": "slow down",
                            "headers": {"Retry-After": {"schema": header_schema, "example": 30}},
                            "content": {
                                "application/json": {"schema": body_schema, "example": body}
                            },
                        }
                    }
                }
            }
        },
    }


def test_gate_reports_overlaps_in_headers_and_bodies() -> None:
    overlapping_header = {"oneOf": [{"type": "integer", "minimum": 0}, {"type": "string"}]}
    overlapping_body = {
        "type": "object",
        "properties": {"n": {"oneOf": [{"type": "number"}, {"type": "integer"}]}},
    }
    found = overlaps(_doc(overlapping_header, overlapping_body, {"n": 3}))
    assert len(found) == 2, found
    assert any("Retry-After" in f for f in found)
    assert any("['n']" in f for f in found)

    disjoint = overlaps(
        _doc(
            {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string"}]},
            {
                "type": "object",
                "properties": {"n": {"oneOf": [{"type": "string"}, {"type": "integer"}]}},
            },
            {"n": 3},
        )
    )
    assert disjoint == []
