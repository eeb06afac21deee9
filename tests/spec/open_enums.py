"""The open-enum rule of the spec, as a check (see docs/spec-decisions.md, "Open enums").

What the API sends us may carry a value a later version adds, so every use of an enum on the
response side (responses, callbacks, webhooks) is open: ``anyOf: [{$ref: <enum>}, {type:
string}]``, the string branch carrying ``x-faker`` with exactly the enum's values (so Prism's
dynamic mode keeps answering listed values). What we send stays closed. A closed use is
allowed on the response side only as the tag of a union variant whose union has a catch-all
branch (a variant whose tag is a plain string).

``problems(doc)`` lists every breach; ``sides(doc)`` tells request-side from response-side
schemas.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

SCHEMAS = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _target(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for token in ref[2:].split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def _closure(doc: dict[str, Any], roots: list[Any]) -> set[str]:
    seen: set[str] = set()
    stack = [ref for root in roots for ref in _refs(root)]
    while stack:
        ref = stack.pop()
        if ref in seen or not ref.startswith("#/"):
            continue
        seen.add(ref)
        stack.extend(_refs(_target(doc, ref)))
    return seen


@dataclass(frozen=True)
class Sides:
    """Which component schemas are reachable from what we send and from what we receive."""

    request: frozenset[str]
    response: frozenset[str]
    inline_response: tuple[tuple[str, Any], ...]  # (where, node) of responses/callbacks/webhooks


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item, item[method]


def sides(doc: dict[str, Any]) -> Sides:
    request_roots: list[Any] = []
    response_roots: list[tuple[str, Any]] = []
    for where, item, op in _operations(doc):
        request_roots += [item.get("parameters"), op.get("parameters"), op.get("requestBody")]
        response_roots.append((f"{where} responses", op.get("responses")))
        if "callbacks" in op:
            response_roots.append((f"{where} callbacks", op["callbacks"]))
    for name, item in (doc.get("webhooks") or {}).items():
        response_roots.append((f"webhook {name}", item))

    def names(refs: set[str]) -> frozenset[str]:
        return frozenset(r[len(SCHEMAS) :] for r in refs if r.startswith(SCHEMAS))

    return Sides(
        request=names(_closure(doc, request_roots)),
        response=names(_closure(doc, [node for _, node in response_roots])),
        inline_response=tuple(response_roots),
    )


def _enum_name(doc: dict[str, Any], node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith(SCHEMAS):
        schema = doc["components"]["schemas"].get(ref[len(SCHEMAS) :])
        if isinstance(schema, dict) and "enum" in schema:
            return ref[len(SCHEMAS) :]
    return None


def _string_branch(branches: list[Any]) -> dict[str, Any] | None:
    for branch in branches:
        if (
            isinstance(branch, dict)
            and branch.get("type") == "string"
            and not {"$ref", "enum", "const"} & set(branch)
        ):
            return branch
    return None


@dataclass(frozen=True)
class EnumUse:
    """One ``$ref`` to an enum schema, found inside ``owner`` at ``where``."""

    owner: str  # component name, or a description of the inline node
    where: str
    enum: str
    open_branch: dict[str, Any] | None  # the plain-string sibling branch, if any
    tag_property: str | None  # the property name when the use is a property's whole schema


def enum_uses(doc: dict[str, Any], owner: str, node: Any, where: str = "") -> Iterator[EnumUse]:
    """Every enum ``$ref`` inside ``node`` (not following other ``$ref``s)."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}/{key}"
            if key in ("anyOf", "oneOf") and isinstance(value, list):
                branch = _string_branch(value)
                for i, item in enumerate(value):
                    name = _enum_name(doc, item)
                    if name is not None:
                        yield EnumUse(owner, f"{here}/{i}", name, branch, None)
                    else:
                        yield from enum_uses(doc, owner, item, f"{here}/{i}")
            elif key == "properties" and isinstance(value, dict):
                for prop, sub in value.items():
                    name = _enum_name(doc, sub)
                    if name is not None:
                        yield EnumUse(owner, f"{here}/{prop}", name, None, prop)
                    else:
                        yield from enum_uses(doc, owner, sub, f"{here}/{prop}")
            else:
                name = _enum_name(doc, value)
                if name is not None:
                    yield EnumUse(owner, here, name, None, None)
                else:
                    yield from enum_uses(doc, owner, value, here)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from enum_uses(doc, owner, item, f"{where}/{i}")


def _unions_with_catch_all(doc: dict[str, Any], tag: str) -> Iterator[list[str]]:
    """Branch-name lists of every ``anyOf`` whose branches include a catch-all for ``tag``."""

    def walk(node: Any) -> Iterator[list[str]]:
        if isinstance(node, dict):
            branches = node.get("anyOf")
            if isinstance(branches, list):
                names = [
                    b["$ref"][len(SCHEMAS) :]
                    for b in branches
                    if isinstance(b, dict) and str(b.get("$ref", "")).startswith(SCHEMAS)
                ]
                for name in names:
                    schema = doc["components"]["schemas"][name]
                    prop = (schema.get("properties") or {}).get(tag)
                    if tag in (schema.get("required") or []) and _string_branch([prop]):
                        yield names
                        break
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(doc)


def _is_guarded_tag(doc: dict[str, Any], use: EnumUse) -> bool:
    """A closed tag is fine when every reference to its variant sits in a union with a catch-all."""
    if use.tag_property is None or use.owner not in doc["components"]["schemas"]:
        return False
    guarded = [u for u in _unions_with_catch_all(doc, use.tag_property) if use.owner in u]
    if not guarded:
        return False
    ref = SCHEMAS + use.owner
    total = sum(1 for r in _refs(doc) if r == ref)
    in_unions = sum(names.count(use.owner) for names in guarded)
    return total == in_unions


def problems(doc: dict[str, Any]) -> list[str]:
    """Every breach of the open-enum rule, one line each."""
    side = sides(doc)
    schemas = doc["components"]["schemas"]
    found: list[str] = []
    uses: list[tuple[bool, EnumUse]] = []  # (response side?, use)
    for name, schema in schemas.items():
        if name in side.response:
            uses += [(True, u) for u in enum_uses(doc, name, schema)]
        elif name in side.request:
            uses += [(False, u) for u in enum_uses(doc, name, schema)]
    for where, node in side.inline_response:
        uses += [(True, u) for u in enum_uses(doc, where, node)]
    for name, response in ((doc.get("components") or {}).get("responses") or {}).items():
        uses += [(True, u) for u in enum_uses(doc, f"responses/{name}", response)]
    for response_side, use in uses:
        label = f"{use.owner}{use.where} -> {use.enum}"
        if response_side and name_in_request_and_response(side, use.owner):
            found.append(f"{label}: schema used in requests and responses; split it")
        elif response_side and use.open_branch is None:
            if not _is_guarded_tag(doc, use):
                found.append(f"{label}: closed enum on the response side")
        elif response_side and use.open_branch is not None:
            faker = use.open_branch.get("x-faker")
            values = list(schemas[use.enum]["enum"])
            if faker != {"helpers.arrayElement": [values]}:
                found.append(
                    f"{label}: string branch needs x-faker helpers.arrayElement [{values}] "
                    "(else Prism's dynamic mode invents values)"
                )
        elif not response_side and use.open_branch is not None:
            found.append(f"{label}: request-side enum must stay closed")
    return found


def name_in_request_and_response(side: Sides, owner: str) -> bool:
    return owner in side.request and owner in side.response


def open_uses(doc: dict[str, Any]) -> list[EnumUse]:
    """The open enum uses of the document (for counting)."""
    found: list[EnumUse] = []
    for name, schema in doc["components"]["schemas"].items():
        found += [u for u in enum_uses(doc, name, schema) if u.open_branch is not None]
    return found
