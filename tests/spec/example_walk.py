"""Find every example in an OpenAPI 3.1 document and validate it against its schema.

Used by ``test_examples.py`` and runnable by hand::

    python tests/spec/example_walk.py [openapi.yaml]

Covered: schema ``example``/``examples`` at any depth (components and inline), parameter and
header examples, media-type ``example`` and named ``examples`` (``$ref``s to
``components/examples`` resolved) in request bodies, responses, callbacks and webhooks.
Validation is JSON Schema 2020-12 with format checks; ``$ref``s resolve inside the document.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml_source
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT_URI = "urn:voice-agents:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Example:
    """One example value and the JSON pointer of the schema it must satisfy."""

    where: str  # JSON pointer of the example itself
    schema_pointer: str  # JSON pointer of the schema
    value: Any


def _esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (responses, parameters, examples…) to the object they name."""
    while isinstance(node, dict) and "$ref" in node and len(node) <= 3:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = doc
        for token in ref[2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _pointer_of(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Resolve a $ref object, returning the target and its pointer."""
    while (
        isinstance(node, dict)
        and "$ref" in node
        and set(node) <= {"$ref", "summary", "description"}
    ):
        ref = node["$ref"]
        pointer = ref[1:]
        node = deref(doc, {"$ref": ref})
    return node, pointer


def _schema_examples(schema: Any, pointer: str) -> Iterator[Example]:
    if isinstance(schema, dict):
        if "example" in schema:
            yield Example(f"{pointer}/example", pointer, schema["example"])
        if isinstance(schema.get("examples"), list):
            for i, value in enumerate(schema["examples"]):
                yield Example(f"{pointer}/examples/{i}", pointer, value)
        for key, sub in schema.items():
            if key in ("example", "examples", "enum", "const", "default"):
                continue
            if key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
                if isinstance(sub, dict):
                    for name, s in sub.items():
                        yield from _schema_examples(s, f"{pointer}/{key}/{_esc(name)}")
            elif isinstance(sub, dict):
                yield from _schema_examples(sub, f"{pointer}/{key}")
            elif isinstance(sub, list) and key in ("allOf", "anyOf", "oneOf", "prefixItems"):
                for i, s in enumerate(sub):
                    yield from _schema_examples(s, f"{pointer}/{key}/{i}")


def _with_schema(doc: dict[str, Any], obj: dict[str, Any], pointer: str) -> Iterator[Example]:
    """Examples of a media type, parameter or header object (which all have ``schema``)."""
    if "schema" not in obj:
        return
    schema_ptr = f"{pointer}/schema"
    yield from _schema_examples(obj["schema"], schema_ptr)
    if "example" in obj:
        yield Example(f"{pointer}/example", schema_ptr, obj["example"])
    for name, ex in (obj.get("examples") or {}).items():
        target, ex_ptr = _pointer_of(doc, ex, f"{pointer}/examples/{_esc(name)}")
        if isinstance(target, dict) and "value" in target:
            yield Example(
                f"{pointer}/examples/{_esc(name)} -> {ex_ptr}", schema_ptr, target["value"]
            )


def _content(doc: dict[str, Any], content: dict[str, Any], pointer: str) -> Iterator[Example]:
    for mt, media in content.items():
        yield from _with_schema(doc, media, f"{pointer}/{_esc(mt)}")


def _operation(doc: dict[str, Any], op: dict[str, Any], pointer: str) -> Iterator[Example]:
    for i, param in enumerate(op.get("parameters") or []):
        if "$ref" not in param:
            yield from _with_schema(doc, param, f"{pointer}/parameters/{i}")
    body = op.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        yield from _content(doc, body.get("content") or {}, f"{pointer}/requestBody/content")
    for status, resp in (op.get("responses") or {}).items():
        if "$ref" in resp:
            continue
        rp = f"{pointer}/responses/{_esc(str(status))}"
        yield from _content(doc, resp.get("content") or {}, f"{rp}/content")
        for hname, header in (resp.get("headers") or {}).items():
            if "$ref" not in header:
                yield from _with_schema(doc, header, f"{rp}/headers/{_esc(hname)}")
    for cname, callback in (op.get("callbacks") or {}).items():
        for expr, item in callback.items():
            yield from _path_item(doc, item, f"{pointer}/callbacks/{_esc(cname)}/{_esc(expr)}")


def _path_item(doc: dict[str, Any], item: dict[str, Any], pointer: str) -> Iterator[Example]:
    for i, param in enumerate(item.get("parameters") or []):
        if "$ref" not in param:
            yield from _with_schema(doc, param, f"{pointer}/parameters/{i}")
    for method in HTTP_METHODS:
        if method in item:
            yield from _operation(doc, item[method], f"{pointer}/{method}")


def iter_examples(doc: dict[str, Any]) -> Iterator[Example]:
    """Every example in the document, with the schema it belongs to."""
    for path, item in (doc.get("paths") or {}).items():
        yield from _path_item(doc, item, f"/paths/{_esc(path)}")
    for name, item in (doc.get("webhooks") or {}).items():
        yield from _path_item(doc, item, f"/webhooks/{_esc(name)}")
    comps = doc.get("components") or {}
    for name, schema in (comps.get("schemas") or {}).items():
        yield from _schema_examples(schema, f"/components/schemas/{_esc(name)}")
    for name, param in (comps.get("parameters") or {}).items():
        yield from _with_schema(doc, param, f"/components/parameters/{_esc(name)}")
    for name, header in (comps.get("headers") or {}).items():
        yield from _with_schema(doc, header, f"/components/headers/{_esc(name)}")
    for name, resp in (comps.get("responses") or {}).items():
        yield from _content(
            doc, resp.get("content") or {}, f"/components/responses/{_esc(name)}/content"
        )
        for hname, header in (resp.get("headers") or {}).items():
            if "$ref" not in header:
                yield from _with_schema(
                    doc, header, f"/components/responses/{_esc(name)}/headers/{_esc(hname)}"
                )
    for name, body in (comps.get("requestBodies") or {}).items():
        yield from _content(
            doc, body.get("content") or {}, f"/components/requestBodies/{_esc(name)}/content"
        )
    for name, item in (comps.get("pathItems") or {}).items():
        yield from _path_item(doc, item, f"/components/pathItems/{_esc(name)}")


def referenced_component_examples(doc: dict[str, Any]) -> set[str]:
    """Names of ``components/examples`` entries that some ``$ref`` points at."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/examples/"):
                found.add(ref.rsplit("/", 1)[1])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk({k: v for k, v in doc.items() if k != "components"})
    walk({k: v for k, v in (doc.get("components") or {}).items() if k != "examples"})
    return found


def make_validator_factory(doc: dict[str, Any]):  # type: ignore[no-untyped-def]
    resource = Resource.from_contents(doc, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(ROOT_URI, resource)

    def validator_for(schema_pointer: str) -> Draft202012Validator:
        return Draft202012Validator(
            {"$ref": f"{ROOT_URI}#{schema_pointer}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )

    return validator_for


def validate_document(doc: dict[str, Any]) -> tuple[int, list[str]]:
    """Return (number of examples checked, list of problems)."""
    validator_for = make_validator_factory(doc)
    problems: list[str] = []
    count = 0
    for ex in iter_examples(doc):
        count += 1
        for err in validator_for(ex.schema_pointer).iter_errors(ex.value):
            loc = "/".join(str(p) for p in err.absolute_path) or "(root)"
            problems.append(f"{ex.where}: at {loc}: {err.message[:300]}")
    unused = set(
        (doc.get("components") or {}).get("examples") or {}
    ) - referenced_component_examples(doc)
    for name in sorted(unused):
        problems.append(f"/components/examples/{name}: never referenced, so never validated")
    return count, problems


def load(path: str | Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml_source.load_yaml(path)
    return data


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "openapi.yaml"
    n, errs = validate_document(load(target))
    for e in errs:
        print(e)
    print(f"{n} examples checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)
