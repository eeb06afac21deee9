"""What the spec says an answer looks like: examples and response schemas, per operation.

Internal module. The control plane fills a programmed body with the spec's example and flags
bodies that do not match; the state layer checks every answer it builds. Validators
(``jsonschema_rs``, JSON Schema 2020-12 over the spec's ``components``) are built on first use
and kept (one per operation and status: a bounded set).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from .refs import deref

__all__ = ["ResponseSpec", "SpecIndex"]


def _first_example(media: dict[str, Any], spec: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        first = deref(next(iter(examples.values())), spec)
        if isinstance(first, dict):
            return first.get("value")
    return None


@dataclass
class ResponseSpec:
    """One documented status of one operation."""

    status: str
    example: Any
    schema: Any
    examples: dict[str, Any] = field(default_factory=dict)


class SpecIndex:
    """Operations by ``operationId``: documented statuses, examples, validators."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.responses: dict[str, dict[str, ResponseSpec]] = {}
        self.request_properties: dict[str, frozenset[str]] = {}
        self.templates: dict[str, tuple[str, str]] = {}
        self._operations: dict[str, dict[str, Any]] = {}
        self._validators: dict[tuple[str, str], Any] = {}
        for template, item in spec.get("paths", {}).items():
            if not isinstance(item, dict):
                continue
            for method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                op_id = str(op["operationId"])
                self.templates[op_id] = (method.upper(), template)
                self._operations[op_id] = op
                statuses: dict[str, ResponseSpec] = {}
                for status, response in op.get("responses", {}).items():
                    response = deref(response, spec)
                    media = (response.get("content") or {}).get("application/json")
                    if isinstance(media, dict):
                        examples = {
                            name: deref(value, spec).get("value")
                            for name, value in (media.get("examples") or {}).items()
                            if isinstance(deref(value, spec), dict)
                        }
                        statuses[str(status)] = ResponseSpec(
                            str(status), _first_example(media, spec), media.get("schema"), examples
                        )
                    else:
                        statuses[str(status)] = ResponseSpec(str(status), None, None)
                self.responses[op_id] = statuses
                self.request_properties[op_id] = self._properties(op)

    def _properties(self, op: dict[str, Any]) -> frozenset[str]:
        body = deref(op.get("requestBody"), self.spec)
        media = ((body or {}).get("content") or {}).get("application/json") if body else None
        schema = deref(media.get("schema"), self.spec) if isinstance(media, dict) else None
        names: set[str] = set()
        stack = [schema]
        while stack:
            node = deref(stack.pop(), self.spec)
            if not isinstance(node, dict):
                continue
            names.update(str(name) for name in node.get("properties", {}))
            for key in ("allOf", "anyOf", "oneOf"):
                stack.extend(node.get(key, []))
        return frozenset(names)

    def example(self, operation: str, status: int | str) -> Any:
        """The spec's example body for ``operation`` answering ``status`` (None if none)."""
        found = self.responses.get(operation, {}).get(str(status))
        return found.example if found is not None else None

    def request_example(self, operation: str) -> Any:
        """The first example of the operation's JSON request body (None if none)."""
        body = deref(self._operations.get(operation, {}).get("requestBody"), self.spec)
        media = ((body or {}).get("content") or {}).get("application/json")
        return _first_example(media, self.spec) if isinstance(media, dict) else None

    def parameter_example(self, operation: str, name: str) -> Any:
        """The example of the operation's parameter ``name`` (None if none)."""
        for parameter in self._operations.get(operation, {}).get("parameters", []):
            parameter = deref(parameter, self.spec)
            if isinstance(parameter, dict) and parameter.get("name") == name:
                return parameter.get("example")
        return None

    def named_example(self, operation: str, status: int | str, name: str) -> Any:
        found = self.responses.get(operation, {}).get(str(status))
        return found.examples.get(name) if found is not None else None

    def errors(self, operation: str, status: int | str, body: Any) -> list[str]:
        """Why ``body`` does not match the documented response (empty: it matches)."""
        found = self.responses.get(operation, {}).get(str(status))
        if found is None:
            return [f"{operation} does not document status {status}"]
        validator = self.validator(operation, status)
        if validator is None:
            return []
        return [
            f"{'/'.join(map(str, error.instance_path)) or '(root)'}: {error.message}"
            for error in validator.iter_errors(body)
        ][:5]

    def validator(self, operation: str, status: int | str) -> Any:
        """The JSON Schema validator of the documented response (None: no JSON schema).

        Its errors carry ``instance_path`` and ``schema_path`` (seed data names both).
        """
        found = self.responses.get(operation, {}).get(str(status))
        if found is None or found.schema is None:
            return None
        key = (operation, str(status))
        validator = self._validators.get(key)
        if validator is None:
            root = {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "components": self.spec.get("components", {}),
                **found.schema,
            }
            validator = jsonschema_rs.validator_for(root)
            self._validators[key] = validator
        return validator
