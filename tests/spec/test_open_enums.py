"""Gate: every enum on the response side of openapi.yaml is open, every request enum closed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from example_walk import load
from open_enums import open_uses, problems, sides

ROOT = Path(__file__).resolve().parents[2]


def _doc() -> dict[str, Any]:
    return load(ROOT / "openapi.yaml")


def test_no_closed_enum_on_the_response_side() -> None:
    found = problems(_doc())
    assert not found, "\n".join(found)


def test_every_response_enum_is_opened_somewhere() -> None:
    doc = _doc()
    side = sides(doc)
    enums = {n for n, s in doc["components"]["schemas"].items() if "enum" in s}
    opened = {use.enum for use in open_uses(doc)}
    # Two enums stay closed on purpose: they are the tags of union variants that sit next to
    # a catch-all variant (UnknownEvent, UnknownActionEventData).
    assert (enums & side.response) - opened == {"CallEventType", "OrderUpdateAction"}
    assert len(open_uses(doc)) >= 30


def test_request_only_enums_stay_closed() -> None:
    doc = _doc()
    side = sides(doc)
    request_only = {
        n
        for n, s in doc["components"]["schemas"].items()
        if "enum" in s and n in side.request and n not in side.response
    }
    assert request_only >= {"UploadMimeType", "ArchiveEntityType", "ShowcaseLanguageFilter"}
    assert not {use.enum for use in open_uses(doc)} & request_only


def _breakable() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/f": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/File"}
                                }
                            },
                        }
                    }
                },
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Req"}}
                        }
                    },
                    "responses": {"204": {"description": "done"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Status": {"type": "string", "enum": ["ready", "failed"]},
                "File": {
                    "type": "object",
                    "properties": {
                        "status": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/Status"},
                                {
                                    "type": "string",
                                    "x-faker": {"helpers.arrayElement": [["ready", "failed"]]},
                                },
                            ]
                        }
                    },
                },
                "Req": {
                    "type": "object",
                    "properties": {"status": {"$ref": "#/components/schemas/Status"}},
                },
            }
        },
    }


def test_gate_accepts_the_rule_and_reports_each_breach() -> None:
    good = _breakable()
    assert problems(good) == []

    closed = copy.deepcopy(good)
    closed["components"]["schemas"]["File"]["properties"]["status"] = {
        "$ref": "#/components/schemas/Status"
    }
    assert any("closed enum on the response side" in p for p in problems(closed))

    no_faker = copy.deepcopy(good)
    del no_faker["components"]["schemas"]["File"]["properties"]["status"]["anyOf"][1]["x-faker"]
    assert any("x-faker" in p for p in problems(no_faker))

    open_request = copy.deepcopy(good)
    open_request["components"]["schemas"]["Req"]["properties"]["status"] = copy.deepcopy(
        good["components"]["schemas"]["File"]["properties"]["status"]
    )
    assert any("must stay closed" in p for p in problems(open_request))

    shared = copy.deepcopy(good)
    shared["paths"]["/f"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Req"
    }
    assert any("split it" in p for p in problems(shared))
