"""The mock's import graph: no cycles, and no subpackage reaching into another's private names.

An AST walk over every module of ``voice_agents_mock`` (imports inside functions and under
``TYPE_CHECKING`` count too: a deferred import is still a dependency). A subpackage (``_http``,
``_front``, ...) is one job; what another subpackage may use of it is its public names, so a
leading underscore on an imported name (or module) across subpackages is a failure.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import voice_agents_mock

PACKAGE = Path(voice_agents_mock.__file__).parent
NAME = "voice_agents_mock"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([NAME, *parts])


def _imports(path: Path) -> list[tuple[str, str | None, int]]:
    """(imported module, imported name or None, line) for each intra-package import."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, str | None, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, None, node.lineno) for a in node.names if a.name.startswith(NAME)]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith(NAME):
                continue
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if (PACKAGE / Path(*candidate.split(".")[1:])).with_suffix(".py").exists() or (
                    PACKAGE / Path(*candidate.split(".")[1:]) / "__init__.py"
                ).exists():
                    found.append((candidate, None, node.lineno))  # a module imported by name
                else:
                    found.append((target, alias.name, node.lineno))
    return found


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _subpackage(module: str) -> str | None:
    """The private subpackage a module belongs to (``_front``), None for the top level."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else None


def test_the_walk_sees_the_package() -> None:
    assert f"{NAME}.server" in MODULES
    assert any(target == f"{NAME}.server" for target, _, _ in GRAPH[NAME])
    assert len({_subpackage(m) for m in MODULES} - {None}) >= 8


def test_no_import_cycles() -> None:
    edges = {
        name: {target for target, _, _ in imports if target in MODULES and target != name}
        for name, imports in GRAPH.items()
    }
    # The package's own __init__ re-exports the public names; a module importing the root
    # would make every module part of one cycle, so importing the root is a failure below.
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_no_module_imports_the_package_root() -> None:
    offenders = [
        f"{name}:{line}"
        for name, imports in GRAPH.items()
        for target, _, line in imports
        if target == NAME and name != NAME
    ]
    assert offenders == []


def test_no_private_name_of_another_subpackage() -> None:
    offenders = []
    for name, imports in GRAPH.items():
        mine = _subpackage(name)
        for target, imported, line in imports:
            theirs = _subpackage(target) if target != NAME else None
            if theirs is None or theirs == mine:
                continue
            private_module = any(part.startswith("_") for part in target.split(".")[2:])
            if private_module or (imported is not None and imported.startswith("_")):
                offenders.append(f"{name}:{line} imports {target}.{imported or ''}")
    assert offenders == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_each_hand_written_module_is_short(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= 420, f"{name} has {lines} lines: split it by job"
