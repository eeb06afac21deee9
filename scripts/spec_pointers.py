"""JSON pointers into openapi.yaml, as Redocly's diff reports them (scripts/api_diff.py)."""

from __future__ import annotations

from typing import Any


def pointer_parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("#/").split("/") if p]


def follow(doc: Any, parts: list[str]) -> Any:
    """Walk a JSON pointer through ``doc``, resolving local $refs on the way."""
    node = doc
    for part in parts:
        while isinstance(node, dict) and "$ref" in node:
            node = follow(doc, pointer_parts(node["$ref"]))
        if isinstance(node, list):
            node = node[int(part)]
        elif isinstance(node, dict):
            node = node[part]
        else:
            raise KeyError(part)
    while isinstance(node, dict) and "$ref" in node:
        node = follow(doc, pointer_parts(node["$ref"]))
    return node


def is_open_enum_member(doc: Any, pointer: str) -> bool:
    """True when ``pointer`` is a member of an ``anyOf`` that also accepts any string."""
    parts = pointer_parts(pointer)
    if len(parts) < 2 or parts[-2] != "anyOf":
        return False
    try:
        members = follow(doc, parts[:-1])
    except (KeyError, IndexError, ValueError):
        return False
    for member in members:
        resolved = member
        while isinstance(resolved, dict) and "$ref" in resolved:
            resolved = follow(doc, pointer_parts(resolved["$ref"]))
        if (
            isinstance(resolved, dict)
            and resolved.get("type") == "string"
            and not {"enum", "const", "pattern", "format"} & set(resolved)
        ):
            return True
    return False


def where(pointer: str) -> str:
    parts = pointer_parts(pointer)
    if parts[:1] == ["paths"] and len(parts) >= 2:
        head = parts[1] if len(parts) < 3 else f"{parts[2].upper()} {parts[1]}"
        rest = parts[3:]
    elif parts[:1] == ["webhooks"] and len(parts) >= 2:
        head, rest = f"webhook {parts[1]}", parts[3:]
    else:
        head, rest = "/".join(parts[:3]), parts[3:]
    return f"{head} {'/'.join(rest)}".strip()
