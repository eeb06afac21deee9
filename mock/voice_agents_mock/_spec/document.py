"""The spec the mock serves: loading it, the copy Prism gets, and a route table for the front.

Internal module. Prism gets a JSON copy of the spec *without* ``callbacks``: Prism fires
callbacks even for rejected requests, unsigned, so the front emits its own signed webhooks
instead (see ``voice_agents_mock._webhooks``). The front itself needs to know which operation a
request targets (which request media types it accepts, which methods a path allows, whether it
triggers webhooks); :class:`RouteTable` answers that the way Prism routes: concrete path
segments win over templated ones.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

from .refs import deref

__all__ = [
    "HTTP_METHODS",
    "Operation",
    "RouteTable",
    "SpecError",
    "load_spec",
    "path_params",
    "prism_document",
    "read_yaml",
    "write_prism_document",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(Exception):
    """The spec file cannot be read or is not an OpenAPI document."""


@cache
def _yaml12_loader() -> type[yaml.SafeLoader]:
    """A safe loader closer to YAML 1.2 (what Prism's parser follows) than PyYAML's 1.1.

    Dates stay strings (no ``timestamp`` resolution, so the document is JSON-serialisable) and
    only ``true``/``false`` are booleans (``yes``, ``no``, ``on`` and ``off`` stay strings).
    Built on first use: a start-up that reads the cached JSON copy never imports PyYAML.
    """
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[valid-type,misc]
        pass

    resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}
    for first, entries in base.yaml_implicit_resolvers.items():
        kept = [
            (tag, rx)
            for tag, rx in entries
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
        ]
        if kept:
            resolvers[first] = kept
    Loader.yaml_implicit_resolvers = resolvers
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return Loader


def read_yaml(raw: bytes | str) -> Any:
    """A YAML (or JSON) document read the way the spec is: dates stay strings, only
    ``true``/``false`` are booleans (seed data reads its files with this too).

    Raises:
        yaml.YAMLError: the text is not YAML.
    """
    import yaml

    return yaml.load(raw, Loader=_yaml12_loader())


def load_spec(path: str | Path, *, cache_dir: Path | None = None) -> dict[str, Any]:
    """Parse an OpenAPI document (YAML or JSON).

    Args:
        path: the document.
        cache_dir: keep a JSON copy of the parsed document here, named by the SHA-256 of the
            file's bytes: parsing YAML takes a large share of the mock's start-up, reading the
            JSON copy almost none. A stale or damaged copy is never used (another name).

    Raises:
        SpecError: the file is unreadable, not YAML/JSON, or not an OpenAPI document.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read the spec {path}: {exc}") from exc
    cached = None
    if cache_dir is not None:
        cached = cache_dir / f"spec-{hashlib.sha256(raw).hexdigest()}.json"
        try:
            doc = json.loads(cached.read_bytes())
        except (OSError, ValueError):
            pass
        else:
            if isinstance(doc, dict) and isinstance(doc.get("paths"), dict):
                return doc
    import yaml

    try:
        doc = yaml.load(raw, Loader=_yaml12_loader())
    except yaml.YAMLError as exc:
        raise SpecError(f"{path} is not valid YAML/JSON: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise SpecError(f"{path} is not an OpenAPI document (no `paths` mapping)")
    if "openapi" not in doc:
        raise SpecError(f"{path} is not an OpenAPI 3 document (no `openapi` version)")
    if cached is not None:
        _write_quietly(cached, doc)
    return doc


def _write_quietly(target: Path, doc: dict[str, Any]) -> None:
    """Write ``doc`` as JSON atomically; a cache that cannot be written is no error."""
    try:
        text = json.dumps(doc, ensure_ascii=False)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except (OSError, TypeError, ValueError):
        pass


def prism_document(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with every operation's ``callbacks`` removed (what Prism serves)."""
    doc = copy.deepcopy(spec)
    for item in doc.get("paths", {}).values():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    op.pop("callbacks", None)
    callbacks = doc.get("components", {}).get("callbacks")
    if callbacks is not None:
        # Only reachable through operations' `callbacks`, which are gone.
        doc["components"].pop("callbacks")
    return doc


def write_prism_document(spec: dict[str, Any], directory: Path) -> Path:
    """Write :func:`prism_document` of ``spec`` as JSON into ``directory``; return its path."""
    target = directory / "openapi.prism.json"
    try:
        text = json.dumps(prism_document(spec), ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise SpecError(f"the spec holds a value JSON cannot carry: {exc}") from exc
    target.write_text(text, encoding="utf-8")
    return target


@dataclass(frozen=True)
class Operation:
    """What the front needs to know about one operation of the spec."""

    method: str
    template: str
    operation_id: str | None
    request_media_types: tuple[str, ...]
    has_request_body: bool
    has_callbacks: bool
    empty_query_refused: frozenset[str] = frozenset()
    """Query parameters whose schema cannot accept an empty string (``?name=``)."""
    form_fields: frozenset[str] | None = None
    """The only part names a multipart body may carry (None: any, the schema is open)."""
    form_max_lengths: tuple[tuple[str, int], ...] = ()
    """``maxLength`` of multipart parts that declare one (the chunk of ``upload_chunk``)."""


@dataclass
class _Route:
    template: str
    pattern: re.Pattern[str]
    literal_segments: int
    operations: dict[str, Operation] = field(default_factory=dict)


def _media_types(op: dict[str, Any], spec: dict[str, Any]) -> tuple[bool, tuple[str, ...]]:
    body = op.get("requestBody")
    if not isinstance(body, dict):
        return False, ()
    ref = body.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = spec
        for token in ref[2:].split("/"):
            target = target.get(token.replace("~1", "/").replace("~0", "~"), {})
        body = target if isinstance(target, dict) else {}
    content = body.get("content")
    types = tuple(str(t).lower() for t in content) if isinstance(content, dict) else ()
    return True, types


def _refuses_empty(schema: Any, spec: dict[str, Any]) -> bool:
    """Whether an empty string can never satisfy ``schema`` (enum, minLength, non-string type)."""
    schema = deref(schema, spec)
    if not isinstance(schema, dict):
        return False
    if any(_refuses_empty(member, spec) for member in schema.get("allOf", [])):
        return True
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if members and all(_refuses_empty(member, spec) for member in members):
            return True
    if "enum" in schema and "" not in schema["enum"]:
        return True
    if "const" in schema and schema["const"] != "":
        return True
    if isinstance(schema.get("minLength"), int) and schema["minLength"] > 0:
        return True
    types = schema.get("type")
    types = [types] if isinstance(types, str) else types
    return isinstance(types, list) and bool(types) and "string" not in types


def _empty_query_refused(
    op: dict[str, Any], item: dict[str, Any], spec: dict[str, Any]
) -> frozenset[str]:
    names = set()
    for param in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(param, spec)
        query = isinstance(param, dict) and param.get("in") == "query"
        if query and _refuses_empty(param.get("schema"), spec):
            names.add(str(param.get("name")))
    return frozenset(names)


def _form_schema(op: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any] | None:
    body = deref(op.get("requestBody"), spec)
    content = body.get("content") if isinstance(body, dict) else None
    media = content.get("multipart/form-data") if isinstance(content, dict) else None
    schema = deref(media.get("schema"), spec) if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else None


def _closed_form_fields(op: dict[str, Any], spec: dict[str, Any]) -> frozenset[str] | None:
    schema = _form_schema(op, spec)
    if schema is None or schema.get("additionalProperties") is not False:
        return None
    return frozenset(str(name) for name in schema.get("properties", {}))


def _form_max_lengths(op: dict[str, Any], spec: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    schema = _form_schema(op, spec)
    out = []
    for name, prop in (schema or {}).get("properties", {}).items():
        prop = deref(prop, spec)
        if isinstance(prop, dict) and isinstance(prop.get("maxLength"), int):
            out.append((str(name), int(prop["maxLength"])))
    return tuple(out)


def path_params(template: str, path: str) -> dict[str, str]:
    """The values of ``template``'s ``{name}`` segments in ``path`` (which matched it)."""
    out: dict[str, str] = {}
    for pattern, value in zip(
        template.strip("/").split("/"), path.strip("/").split("/"), strict=False
    ):
        if pattern.startswith("{") and pattern.endswith("}"):
            out[pattern[1:-1]] = value
    return out


class RouteTable:
    """Match a request path to the spec's path templates, as Prism does."""

    def __init__(self, spec: dict[str, Any]) -> None:
        routes: list[_Route] = []
        for template, item in spec.get("paths", {}).items():
            if not isinstance(item, dict):
                continue
            segments = template.strip("/").split("/") if template.strip("/") else []
            regex = "".join(
                "/[^/]+" if re.fullmatch(r"\{[^/{}]+\}", seg) else "/" + re.escape(seg)
                for seg in segments
            )
            route = _Route(
                template=template,
                pattern=re.compile((regex or "/") + "/?"),
                literal_segments=sum(1 for s in segments if "{" not in s),
            )
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    has_body, types = _media_types(op, spec)
                    route.operations[method.upper()] = Operation(
                        method=method.upper(),
                        template=template,
                        operation_id=op.get("operationId"),
                        request_media_types=types,
                        has_request_body=has_body,
                        has_callbacks=bool(op.get("callbacks")),
                        empty_query_refused=_empty_query_refused(op, item, spec),
                        form_fields=_closed_form_fields(op, spec),
                        form_max_lengths=_form_max_lengths(op, spec),
                    )
            routes.append(route)
        # Prism prefers concrete paths over templated ones.
        routes.sort(key=lambda r: -r.literal_segments)
        self._routes = routes

    def match(self, path: str) -> tuple[str, dict[str, Operation]] | None:
        """The template and operations (by upper-case method) of ``path``, if any."""
        for route in self._routes:
            if route.pattern.fullmatch(path):
                return route.template, route.operations
        return None

    def operation(self, method: str, path: str) -> Operation | None:
        """The operation ``method path`` targets, or None."""
        found = self.match(path)
        return found[1].get(method.upper()) if found else None

    def allowed_methods(self, path: str) -> list[str]:
        """Methods the spec declares for ``path`` (empty when the path is unknown)."""
        found = self.match(path)
        return sorted(found[1]) if found else []

    def operations(self) -> Iterable[Operation]:
        """Every operation of the spec."""
        for route in self._routes:
            yield from route.operations.values()
