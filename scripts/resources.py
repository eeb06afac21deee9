"""The resource classes of the generated client (``client.calls.initiate(...)``), from the spec.

``scripts/generate.py`` calls :func:`build` while openapi-python-client writes the package, with
the generator's own parse of ``openapi.yaml`` (the same ``Endpoint`` objects its endpoint modules
are rendered from) and its Jinja environment. Which resource and method an operation becomes is
the spec's choice: each operation carries ``x-sdk-group`` (the attribute on the client) and
``x-sdk-method`` (the method's name). The generator does not keep an operation's ``x-``
extensions, so they are read from the spec document by operationId.

Written under ``voice_agents_client/resources/``: ``__init__.py`` (the mixins that give a client
one lazily imported attribute per resource, and the operation table), ``_runtime.py`` (what a
resource needs from the client that owns it) and one module per resource with four classes:
sync, async, and their ``with_raw_response`` twins.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    ListProperty,
    ModelProperty,
    UnionProperty,
)
from openapi_python_client.strings import safe_for_docstring

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "resources"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
# Names a resource method cannot take: Python keywords and the arguments every method has.
_RESERVED = {"self", "body", "extra_headers", "timeout", *keyword.kwlist}


class ResourceSpecError(Exception):
    """The spec's ``x-sdk-group`` / ``x-sdk-method`` cannot give one method per operation."""


def _code(value: Any) -> str:
    return value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)


def _builtin_list(type_string: str) -> str:
    # Inside a class that defines a method `list`, a bare `list[X]` annotation names the method.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", type_string)


def _models_of(prop: Any) -> list[ModelProperty]:
    """The object models a value of ``prop`` may be (in the generator's parse order)."""
    if isinstance(prop, ModelProperty):
        return [prop]
    if isinstance(prop, UnionProperty):
        return [m for inner in prop.inner_properties for m in _models_of(inner)]
    if isinstance(prop, ListProperty):
        return _models_of(prop.inner_property)
    return []


def _kind(prop: Any) -> str:
    """What a model-holding argument takes: ``"model"``, ``"list"`` (of models) or ``"mixed"``."""
    if _only_models(prop):
        return "list" if isinstance(prop, ListProperty) else "model"
    return "mixed"


def _only_models(prop: Any) -> bool:
    """Whether every value ``prop`` takes (besides null) is an object model or a list of them."""
    if isinstance(prop, ModelProperty):
        return True
    if isinstance(prop, ListProperty):
        return not isinstance(prop.inner_property, ListProperty) and _only_models(
            prop.inner_property
        )
    if isinstance(prop, UnionProperty):
        return all(
            _only_models(inner) or type(inner).__name__ == "NoneProperty"
            for inner in prop.inner_properties
        )
    return False


def _accepting_dicts(prop: Any) -> str:
    """``prop``'s type with ``Mapping[str, Any]`` allowed wherever it holds an object model."""
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name} | Mapping[str, Any]"
    if isinstance(prop, ListProperty) and _models_of(prop.inner_property):
        return f"list[{_accepting_dicts(prop.inner_property)}]"
    if isinstance(prop, UnionProperty) and _models_of(prop):
        parts = []
        for inner in prop.inner_properties:
            part = (
                _accepting_dicts(inner)
                if _models_of(inner)
                else _code(inner.get_type_string(no_optional=True))
            )
            parts.append(part)
        parts = [p for part in parts for p in part.split(" | ")]
        unique = list(dict.fromkeys(p for p in parts if p != "Mapping[str, Any]"))
        return " | ".join([*unique, "Mapping[str, Any]"])
    return _code(prop.get_type_string(no_optional=True))


def _doc(text: Any) -> str:
    return safe_for_docstring(text or "").strip()


def _flowing(text: str) -> str:
    """Markdown text with its hard line breaks joined, keeping paragraphs and list items."""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        starts_item = stripped.startswith(("- ", "* ")) or stripped[:2].rstrip(".").isdigit()
        if lines and lines[-1] and stripped and not starts_item:
            lines[-1] += " " + stripped
        else:
            lines.append(stripped)
    return "\n".join(lines)


def python_tuple(items: list[str]) -> str:
    """``(a, b)`` / ``(a,)`` / ``()`` for generated code (no trailing comma to explode)."""
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


@dataclass
class Argument:
    """One keyword or positional argument of a resource method."""

    python_name: str
    json_name: str
    type_string: str
    required: bool
    description: str
    models: list[str] = field(default_factory=list)
    kind: str = "mixed"

    @property
    def models_tuple(self) -> str:
        return python_tuple(self.models)

    @property
    def annotation(self) -> str:
        """The type in a signature where the argument is required (as documented)."""
        return self.type_string if self.required else f"{self.type_string} | Unset"


@dataclass
class Operation:
    """What the templates need to render one operation as a method."""

    operation_id: str
    group: str
    method: str
    module: str
    summary: str
    description: str
    path_arguments: list[Argument]
    query_arguments: list[Argument]
    body_model: str | None
    body_description: str
    body_fields: list[Argument]
    success_status: int
    success_model: str
    documented_statuses: list[int]
    raw_type: str
    imports: set[str]

    @property
    def label(self) -> str:
        """``calls.initiate``: how errors name the call."""
        return f"{self.group}.{self.method}"

    @property
    def statuses_tuple(self) -> str:
        return python_tuple([str(s) for s in self.documented_statuses])

    @staticmethod
    def names_tuple(arguments: list[Argument]) -> str:
        return python_tuple([f'"{a.python_name}"' for a in arguments])

    @staticmethod
    def values_tuple(arguments: list[Argument]) -> str:
        return python_tuple([a.python_name for a in arguments])

    @property
    def error_statuses(self) -> list[int]:
        return [s for s in self.documented_statuses if s >= 400]

    @property
    def required_fields(self) -> list[Argument]:
        return [f for f in self.body_fields if f.required]

    @property
    def overloaded(self) -> bool:
        """A body with required fields gets two signatures: the fields, or ``body=``."""
        return bool(self.required_fields)


@dataclass
class Resource:
    """One attribute of the client, e.g. ``calls``, and its operations in spec order."""

    group: str
    operations: list[Operation]

    @property
    def class_name(self) -> str:
        return "".join(part.capitalize() for part in self.group.split("_"))

    @property
    def imports(self) -> list[str]:
        found: set[str] = set()
        for op in self.operations:
            found |= op.imports
        return sorted(found)


def _argument(prop: Any, prefix: str) -> tuple[Argument, set[str]]:
    models = _models_of(prop)
    type_string = (
        _accepting_dicts(prop) if models else _code(prop.get_type_string(no_optional=True))
    )
    imports = set(prop.get_imports(prefix=prefix))
    for model in models:
        imports.add(
            f"from {prefix}models.{model.class_info.module_name} import {model.class_info.name}"
        )
    argument = Argument(
        python_name=prop.python_name,
        json_name=str(prop.name),
        type_string=_builtin_list(type_string),
        required=bool(prop.required),
        description=_flowing(_doc(prop.description)),
        models=[m.class_info.name for m in models],
        kind=_kind(prop),
    )
    if argument.python_name in _RESERVED:
        raise ResourceSpecError(
            f"argument name {argument.python_name!r} is reserved in resource methods"
        )
    return argument, imports


def _operation(endpoint: Endpoint, tag: str, raw: dict[str, Any]) -> Operation:
    operation_id = str(endpoint.name)
    group, method = raw.get("x-sdk-group"), raw.get("x-sdk-method")
    for name, value in (("x-sdk-group", group), ("x-sdk-method", method)):
        if not isinstance(value, str) or not _IDENTIFIER.match(value) or keyword.iskeyword(value):
            raise ResourceSpecError(
                f"{operation_id}: {name} must be a snake_case identifier, got {value!r}"
            )
    assert isinstance(group, str)
    assert isinstance(method, str)
    prefix = ".."
    imports = {f"from {prefix}api.{tag} import {operation_id} as _{operation_id}"}
    path_arguments, query_arguments, body_fields = [], [], []
    for prop in endpoint.path_parameters:
        argument, found = _argument(prop, prefix)
        path_arguments.append(argument)
        imports |= found
    for prop in endpoint.query_parameters:
        argument, found = _argument(prop, prefix)
        query_arguments.append(argument)
        imports |= found
    if endpoint.header_parameters or endpoint.cookie_parameters:
        raise ResourceSpecError(f"{operation_id}: header and cookie parameters are not supported")
    body_model, body_description = None, ""
    if len(endpoint.bodies) > 1:
        raise ResourceSpecError(f"{operation_id}: one request body content type is supported")
    if endpoint.bodies:
        prop = endpoint.bodies[0].prop
        if not isinstance(prop, ModelProperty):
            raise ResourceSpecError(f"{operation_id}: the request body must be an object model")
        body_model = prop.class_info.name
        body_description = _doc(prop.description).split("\n\n")[0]
        imports.add(f"from {prefix}models.{prop.class_info.module_name} import {body_model}")
        for field_prop in [*prop.required_properties, *prop.optional_properties]:
            argument, found = _argument(field_prop, prefix)
            body_fields.append(argument)
            imports |= found
    codes: list[int] = []
    for response in endpoint.responses.patterns:
        span = response.status_code.range
        if span is None or span[0] != span[1]:
            raise ResourceSpecError(f"{operation_id}: only single status codes are supported")
        codes.append(span[0])
    successes = [
        (code, r)
        for code, r in zip(codes, endpoint.responses.patterns, strict=True)
        if 200 <= code < 300
    ]
    if len(successes) != 1 or not isinstance(successes[0][1].prop, ModelProperty):
        raise ResourceSpecError(
            f"{operation_id}: exactly one 2xx response with an object body is supported"
        )
    success_status, success = successes[0][0], successes[0][1].prop
    imports.add(
        f"from {prefix}models.{success.class_info.module_name} import {success.class_info.name}"
    )
    documented = sorted(codes)
    raw_types = sorted({_code(r.prop.get_type_string()) for r in endpoint.responses.patterns})
    for response in endpoint.responses.patterns:
        imports |= set(response.prop.get_imports(prefix=prefix))
        if isinstance(response.prop, ModelProperty):
            info = response.prop.class_info
            imports.add(f"from {prefix}models.{info.module_name} import {info.name}")
    return Operation(
        operation_id=operation_id,
        group=group,
        method=method,
        module=f"_{operation_id}",
        summary=_doc(endpoint.summary),
        description=_doc(endpoint.description),
        path_arguments=path_arguments,
        query_arguments=query_arguments,
        body_model=body_model,
        body_description=body_description,
        body_fields=body_fields,
        success_status=success_status,
        success_model=success.class_info.name,
        documented_statuses=documented,
        raw_type=" | ".join(raw_types),
        imports=imports,
    )


def resources(collections: dict[Any, Any], spec: dict[str, Any]) -> list[Resource]:
    """Group the parsed endpoints by ``x-sdk-group``, refusing a mapping that is not one to one."""
    by_operation_id: dict[str, dict[str, Any]] = {}
    for item in spec.get("paths", {}).values():
        for http_method in HTTP_METHODS:
            if http_method in item:
                by_operation_id[str(item[http_method].get("operationId"))] = item[http_method]
    groups: dict[str, list[Operation]] = {}
    seen: dict[tuple[str, str], str] = {}
    for tag, collection in collections.items():
        for endpoint in collection.endpoints:
            raw = by_operation_id.get(str(endpoint.name))
            if raw is None:  # the generator renamed it: operationIds here are snake_case already
                raise ResourceSpecError(f"{endpoint.name}: operationId must be snake_case")
            op = _operation(endpoint, str(tag), raw)
            key = (op.group, op.method)
            if key in seen:
                raise ResourceSpecError(f"{op.operation_id} and {seen[key]} are both {op.label}")
            seen[key] = op.operation_id
            groups.setdefault(op.group, []).append(op)
    return [Resource(group, ops) for group, ops in sorted(groups.items())]


def render(env: Any, package_dir: Path, found: list[Resource], encoding: str) -> None:
    """Write ``resources/`` under ``package_dir`` from the templates in ``templates/resources``."""
    out = package_dir / "resources"
    out.mkdir()
    for name, context in (
        ("__init__.py", {"resources": found}),
        ("_runtime.py", {}),
    ):
        template = env.from_string((TEMPLATES / f"{name}.jinja").read_text())
        (out / name).write_text(template.render(**context), encoding=encoding)
    module_template = env.from_string((TEMPLATES / "resource.py.jinja").read_text())
    for resource in found:
        (out / f"{resource.group}.py").write_text(
            module_template.render(resource=resource), encoding=encoding
        )
