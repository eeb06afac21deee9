"""Write a type-checked usage file of the generated client's public surface.

usage: python scripts/api_usage.py [--tree DIR] [--output FILE]

The file is what a consumer of one release writes: every model built with all its fields by
keyword and every field read back into a variable of its declared type, every enum member
named, every operation's four functions called with all their parameters by keyword. None of it
runs; `mypy --strict` of that file against newer code is the breaking-change check that sees
what griffe cannot (an attrs ``__init__`` that gained a required field, a field whose type
changed). The surface is read statically with griffe, so it works on any old tree without
importing it (scripts/api_diff.py writes one for the baseline release).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "voice_agents_client"
OPERATION_FUNCTIONS = ("sync", "sync_detailed")
ASYNC_OPERATION_FUNCTIONS = ("asyncio", "asyncio_detailed")
ENUM_BASES = {"StrEnum", "IntEnum", "Enum", "str", "int"}


@dataclass
class UsageFile:
    """The rendered source, and which object each function of it exercises."""

    source: str
    objects: list[tuple[int, str]] = field(default_factory=list)
    """(first line of a function, dotted path of the object it exercises), in line order."""

    def object_at(self, line: int) -> str:
        """The object whose usage function contains ``line`` (1-based)."""
        found = "module level"
        for start, path in self.objects:
            if start > line:
                break
            found = path
        return found


class _Renderer:
    """Turns griffe annotation expressions into names importable from the public package."""

    def __init__(self, model_exports: dict[str, str]) -> None:
        self.model_exports = model_exports  # canonical path -> public name in .models
        self.imports: set[str] = set()

    def qualify(self, path: str) -> str:
        if "." not in path:
            return path  # a builtin: str, int, dict, None
        if path in self.model_exports:
            return f"models.{self.model_exports[path]}"
        module = path.rsplit(".", 1)[0]
        self.imports.add(module)
        return path

    def render(self, expr: str | griffe.Expr | None) -> str:
        if expr is None:
            return "object"
        if isinstance(expr, str):
            return expr
        if isinstance(expr, griffe.ExprAttribute):
            return self.qualify(expr.last.canonical_path)
        if isinstance(expr, griffe.ExprName):
            return self.qualify(expr.canonical_path)
        return "".join(self.render(part) for part in expr.iterate(flat=False))


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _is_enum(cls: griffe.Class) -> bool:
    return any(str(base).rsplit(".", 1)[-1] in ENUM_BASES for base in cls.bases)


def _init_fields(cls: griffe.Class) -> list[griffe.Attribute]:
    """The attrs fields that ``__init__`` takes, in declaration order."""
    fields = []
    for attr in cls.attributes.values():
        if attr.name.startswith("_") or "property" in attr.labels or attr.annotation is None:
            continue
        if "instance-attribute" not in attr.labels:
            continue
        if attr.value is not None and "init=False" in str(attr.value):
            continue
        fields.append(attr)
    return fields


def load(tree: Path) -> griffe.Module:
    """The ``voice_agents_client`` found under ``tree/generated``, read statically."""
    package = griffe.load(PACKAGE, search_paths=[tree / "generated"], try_relative_path=False)
    assert isinstance(package, griffe.Module)
    return package


def build(package: griffe.Module) -> UsageFile:
    """Render the usage file for a loaded ``voice_agents_client``."""
    models = package["models"]
    exports = [str(name) for name in models.exports or []]
    classes: list[tuple[str, griffe.Class]] = []
    for name in exports:
        obj = models[name]
        target = obj.final_target if obj.is_alias else obj
        if isinstance(target, griffe.Class):
            classes.append((name, target))
    renderer = _Renderer({cls.path: name for name, cls in classes})

    blocks: list[tuple[str, list[str]]] = []
    for name, cls in classes:
        public = f"{PACKAGE}.models.{name}"
        if _is_enum(cls):
            members = [a.name for a in cls.attributes.values() if not a.name.startswith("_")]
            body = [f"    models.{name}.{member}" for member in members] or ["    pass"]
            blocks.append((public, [f"def use_enum_{_snake(name)}() -> None:", *body]))
            continue
        fields = _init_fields(cls)
        params = [f"{f.name}: {renderer.render(f.annotation)}" for f in fields]
        lines = [f"def use_model_{_snake(name)}(", *(f"    {p}," for p in params), ") -> None:"]
        args = ", ".join(f"{f.name}={f.name}" for f in fields)
        lines.append(f"    obj__ = models.{name}({args})")
        for f in fields:
            lines.append(f"    read__{f.name}: {renderer.render(f.annotation)} = obj__.{f.name}")
        lines.append("    dict__: dict[str, typing.Any] = obj__.to_dict()")
        lines.append(f"    again__: models.{name} = models.{name}.from_dict(dict__)")
        blocks.append((public, lines))

    api = package["api"]
    for tag in sorted(api.modules):
        for op_name in sorted(api[tag].modules):
            module = api[tag][op_name]
            if "sync_detailed" not in module.members:
                continue
            dotted = f"{PACKAGE}.api.{tag}.{op_name}"
            renderer.imports.add(dotted)
            signature = module["sync_detailed"].parameters
            params = [f"{p.name}: {renderer.render(p.annotation)}" for p in signature]
            args = ", ".join(f"{p.name}={p.name}" for p in signature)
            head = [f"async def call_{tag}_{op_name}(", *(f"    {p}," for p in params)]
            head.append(") -> None:")
            present = [fn for fn in OPERATION_FUNCTIONS if fn in module.members]
            body = [
                *(f"    {dotted}.{fn}({args})" for fn in present),
                *(
                    f"    await {dotted}.{fn}({args})"
                    for fn in ASYNC_OPERATION_FUNCTIONS
                    if fn in module.members
                ),
            ]
            blocks.append((dotted, [*head, *body]))

    header = [
        f'"""Usage of the surface of {PACKAGE}, written by scripts/api_usage.py; never run."""',
        "",
        "import typing",
        *(f"import {m}" for m in sorted(renderer.imports - {"typing"})),
        f"import {PACKAGE}.models as models",
        "",
    ]
    lines = list(header)
    usage = UsageFile(source="")
    for path, block in blocks:
        lines.append("")
        usage.objects.append((len(lines) + 1, path))
        lines.extend(block)
    usage.source = "\n".join(lines) + "\n"
    return usage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="repository tree to read")
    parser.add_argument("--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args()
    usage = build(load(args.tree.resolve()))
    if args.output:
        args.output.write_text(usage.source)
        print(f"wrote {args.output}: {len(usage.objects)} objects")
    else:
        print(usage.source, end="")


if __name__ == "__main__":
    main()
