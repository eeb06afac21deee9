"""Every example in openapi.yaml validates against the schema it illustrates."""

from __future__ import annotations

from pathlib import Path

from example_walk import iter_examples, load, validate_document

ROOT = Path(__file__).resolve().parents[2]


def test_every_example_validates_against_its_schema() -> None:
    count, problems = validate_document(load(ROOT / "openapi.yaml"))
    assert count > 0
    assert not problems, "\n".join(problems)


def test_walker_finds_every_kind_of_example() -> None:
    doc = load(ROOT / "openapi.yaml")
    where = [ex.where for ex in iter_examples(doc)]
    assert any("/requestBody/content/" in w for w in where), "no request example found"
    assert any("/responses/" in w and w.startswith("/paths/") for w in where)
    assert any(w.startswith("/components/schemas/") for w in where)
    assert any(w.startswith("/components/responses/") for w in where)
    assert any(w.startswith("/webhooks/") for w in where), "no webhook example found"


def test_walker_reports_an_invalid_example() -> None:
    """The check can fail: a wrong example is reported with its location."""
    doc = {
        "openapi": "3.1.0",
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/T"},
                                    "examples": {"bad": {"$ref": "#/components/examples/Bad"}},
                                }
                            },
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {"T": {"type": "object", "properties": {"at": {"format": "date-time"}}}},
            "examples": {"Bad": {"value": {"at": "yesterday"}}},
        },
    }
    count, problems = validate_document(doc)
    assert count == 1
    assert len(problems) == 1
    assert "date-time" in problems[0]
    assert "/components/examples/Bad" in problems[0]
