"""Local ``$ref`` resolution inside one OpenAPI document.

Internal module: the route table and the index both follow references to components.
"""

from __future__ import annotations

from typing import Any

__all__ = ["deref"]


def deref(node: Any, spec: dict[str, Any]) -> Any:
    """``node`` with local references (``#/...``) followed until it is not one; a reference
    that leads nowhere gives ``{}``."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"][:2] == "#/":
        target: Any = spec
        for token in node["$ref"][2:].split("/"):
            target = target.get(token.replace("~1", "/").replace("~0", "~"), {})
        node = target
    return node
