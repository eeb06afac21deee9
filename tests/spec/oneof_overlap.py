"""Find ``oneOf`` unions that the spec's own examples satisfy more than once.

A ``oneOf`` must match exactly one branch; when an example matches two, the branches overlap and
every validator that sees such a value (Prism on the mock's own answers, schemathesis) reports a
violation although the value is documented. Parameter and header examples travel as text, so
they are also tried as the string they are sent as, and as that string read back as JSON
(``"30"`` → ``30``), which is how Prism coerces them.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from example_walk import iter_examples
from schema_walk import SchemaWalker


def _as_sent(value: Any) -> list[Any]:
    text = value if isinstance(value, str) else json.dumps(value)
    candidates = [value, text]
    with contextlib.suppress(ValueError):
        candidates.append(json.loads(text))
    return candidates


def overlaps(doc: dict[str, Any]) -> list[str]:
    """One line per (example, ``oneOf``) where the example matches more than one branch."""
    walker = SchemaWalker(doc)
    found: list[str] = []
    for example in iter_examples(doc):
        travels_as_text = "/parameters/" in example.schema_pointer or "/headers/" in (
            example.schema_pointer
        )
        for hit in walker.governing(example.schema_pointer, example.value):
            branches = hit.schema.get("oneOf") if isinstance(hit.schema, dict) else None
            if not isinstance(branches, list):
                continue
            values = _as_sent(hit.value) if travels_as_text and not hit.path else [hit.value]
            matching = [
                i
                for i in range(len(branches))
                if any(walker.matches(f"{hit.pointer}/oneOf/{i}", v) for v in values)
            ]
            if len(matching) > 1:
                found.append(
                    f"{example.where}: value at {list(hit.path)} matches oneOf branches "
                    f"{matching} of {hit.pointer}"
                )
    return found
