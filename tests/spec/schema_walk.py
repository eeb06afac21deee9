"""Walk a JSON value together with the OpenAPI schema that describes it.

``governing(doc, pointer, value)`` yields, for every location in ``value``, each schema node
(with its JSON pointer in the document) that applies there: ``$ref`` is followed, ``allOf``
applies every branch, ``anyOf``/``oneOf`` only the branches the value at that location
satisfies, ``properties`` / ``additionalProperties`` / ``items`` / ``prefixItems`` descend.

Used by the spec gates: which enum governs a string of an example (the forward-compatibility
test replaces exactly those strings), and which ``oneOf`` an example satisfies more than once
(the overlap gate).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from example_walk import make_validator_factory

SCHEMAS = "/components/schemas/"


def _esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(doc: dict[str, Any], pointer: str) -> Any:
    node: Any = doc
    for token in pointer.lstrip("/").split("/") if pointer else []:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


@dataclass(frozen=True)
class Governed:
    """A schema node (at ``pointer``) that applies to the value at ``path``."""

    path: tuple[str | int, ...]
    pointer: str
    schema: Any
    value: Any


class SchemaWalker:
    """Co-walks values and the schemas of one document (validators are cached)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self._factory = make_validator_factory(doc)
        self._validators: dict[str, Any] = {}

    def matches(self, pointer: str, value: Any) -> bool:
        """Whether ``value`` satisfies the schema at ``pointer``."""
        validator = self._validators.get(pointer)
        if validator is None:
            validator = self._validators[pointer] = self._factory(pointer)
        return bool(validator.is_valid(value))

    def governing(
        self, pointer: str, value: Any, path: tuple[str | int, ...] = ()
    ) -> Iterator[Governed]:
        """Every schema node that applies somewhere inside ``value``."""
        seen: set[tuple[tuple[str | int, ...], str]] = set()
        yield from self._walk(pointer, value, path, seen)

    def _walk(
        self,
        pointer: str,
        value: Any,
        path: tuple[str | int, ...],
        seen: set[tuple[tuple[str | int, ...], str]],
    ) -> Iterator[Governed]:
        if (path, pointer) in seen:
            return
        seen.add((path, pointer))
        schema = resolve_pointer(self.doc, pointer)
        if not isinstance(schema, dict):
            return
        yield Governed(path, pointer, schema, value)
        if isinstance(schema.get("$ref"), str):
            yield from self._walk(schema["$ref"][1:], value, path, seen)
        for i, _ in enumerate(schema.get("allOf") or []):
            yield from self._walk(f"{pointer}/allOf/{i}", value, path, seen)
        for key in ("anyOf", "oneOf"):
            for i, _ in enumerate(schema.get(key) or []):
                branch = f"{pointer}/{key}/{i}"
                if self.matches(branch, value):
                    yield from self._walk(branch, value, path, seen)
        if isinstance(value, dict):
            props = schema.get("properties") or {}
            extra = schema.get("additionalProperties")
            for name, item in value.items():
                if name in props:
                    yield from self._walk(
                        f"{pointer}/properties/{_esc(name)}", item, (*path, name), seen
                    )
                elif isinstance(extra, dict):
                    yield from self._walk(
                        f"{pointer}/additionalProperties", item, (*path, name), seen
                    )
        if isinstance(value, list):
            prefix = schema.get("prefixItems") or []
            for i, item in enumerate(value):
                if i < len(prefix):
                    yield from self._walk(f"{pointer}/prefixItems/{i}", item, (*path, i), seen)
                elif isinstance(schema.get("items"), dict):
                    yield from self._walk(f"{pointer}/items", item, (*path, i), seen)


def enum_component_names(doc: dict[str, Any]) -> set[str]:
    """Names of the component schemas that are enums."""
    return {
        name
        for name, schema in (doc.get("components") or {}).get("schemas", {}).items()
        if isinstance(schema, dict) and "enum" in schema
    }


def _enum_ref(doc_enums: set[str], schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if (
        isinstance(ref, str)
        and ref.startswith("#" + SCHEMAS)
        and ref[len(SCHEMAS) + 1 :] in doc_enums
    ):
        return ref[len(SCHEMAS) + 1 :]
    return None


def enum_strings(
    walker: SchemaWalker, pointer: str, value: Any
) -> dict[tuple[str | int, ...], str]:
    """Locations in ``value`` whose string an enum component describes, with the enum's name.

    A location counts when its schema is a ``$ref`` to the enum (a closed use) or a union with
    such a ``$ref`` among its branches (an open use), whichever branch the value matched.
    """
    enums = enum_component_names(walker.doc)
    found: dict[tuple[str | int, ...], str] = {}
    for hit in walker.governing(pointer, value):
        if not isinstance(hit.value, str) or not isinstance(hit.schema, dict):
            continue
        candidates = [
            hit.schema,
            *(hit.schema.get("anyOf") or []),
            *(hit.schema.get("oneOf") or []),
        ]
        for candidate in candidates:
            name = _enum_ref(enums, candidate)
            if name is not None:
                found[hit.path] = name
    return found


def replace_at(value: Any, path: tuple[str | int, ...], new: Any) -> Any:
    """A copy of ``value`` with the item at ``path`` replaced by ``new``."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {k: (replace_at(v, rest, new) if k == head else v) for k, v in value.items()}
    return [replace_at(v, rest, new) if i == head else v for i, v in enumerate(value)]


def get_at(value: Any, path: tuple[str | int, ...]) -> Any:
    for token in path:
        value = value[token]
    return value
