"""What ``MockServer(seed_data=...)`` takes, brought to the child's command line, and back.

Internal module, light (no spec, no validator): the parent process only turns its argument
into files for the child, which checks them before it starts anything, and reads the
problems the child logged when it refused them.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._core.constants import SEED_DATA_MARK
from .._core.errors import SeedDataError
from .._core.options import MockOptions

__all__ = [
    "SeedData",
    "check_combination",
    "logged_problems",
    "refusal",
    "seed_sources",
    "with_documents",
    "write_documents",
]

SeedData = str | os.PathLike[str] | Mapping[str, Any]
"""A seed-data file, or the same already loaded."""


def seed_sources(value: Any) -> tuple[tuple[Path, ...], list[tuple[int, str]]]:
    """Seed-data files (absolute: the child may run elsewhere) and loaded data as JSON text,
    with its position in ``value`` (problems name it by that: ``seed_data[1]``).

    Raises:
        TypeError: an item is neither a path nor a mapping, or the data is not JSON-like.
    """
    if value is None:
        return (), []
    items = [value] if isinstance(value, str | os.PathLike | Mapping) else list(value)
    paths: list[Path] = []
    documents: list[tuple[int, str]] = []
    for position, item in enumerate(items):
        if isinstance(item, Mapping):
            try:
                documents.append((position, json.dumps(item, ensure_ascii=False)))
            except (TypeError, ValueError) as exc:
                raise TypeError(f"seed_data must be JSON-like data: {exc}") from None
        elif isinstance(item, str | os.PathLike):
            paths.append(Path(item).absolute())
        else:
            raise TypeError(
                f"seed_data takes file paths or loaded seed data (dicts), not {type(item).__name__}"
            )
    return tuple(paths), documents


def check_combination(options: MockOptions, documents: list[tuple[int, str]]) -> None:
    """Refuse loaded data where a file would be refused (a stateless mock, a proxy).

    Raises:
        ValueError: the options take no seed data.
    """
    if documents:
        dataclasses.replace(options, seed_data=(Path("seed_data"),)).validated()


def with_documents(
    options: MockOptions, documents: list[tuple[int, str]], folder: Path
) -> MockOptions:
    """``options`` with the loaded data written to ``folder``: the child reads files."""
    if not documents:
        return options
    written = write_documents(documents, folder)
    return dataclasses.replace(options, seed_data=(*options.seed_data, *written))


def write_documents(documents: list[tuple[int, str]], folder: Path) -> list[Path]:
    """Each JSON text as ``seed_data[N].json`` in ``folder`` (the server's log folder)."""
    written = []
    for position, text in documents:
        path = folder / f"{_name(position)}.json"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def logged_problems(log: str, folder: Path) -> list[str]:
    """The problems a refusing child logged, one per line; data given as a dict is named
    as the caller knows it (``seed_data[1]``), not by the file it was written to."""
    found = [
        line.split(SEED_DATA_MARK, 1)[1] for line in log.splitlines() if SEED_DATA_MARK in line
    ]
    prefix = f"{folder}{os.sep}"
    return [
        line[len(prefix) :].replace(".json: ", ": ", 1)
        if line.startswith(prefix + "seed_data[")
        else line
        for line in found
    ]


def refusal(log_path: Path, log_tail: str) -> SeedDataError:
    """The error of a child that refused its seed data: the problems it logged."""
    try:
        log = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        log = log_tail
    return SeedDataError(logged_problems(log, log_path.parent), log_tail)


def _name(position: int) -> str:
    return f"seed_data[{position}]"
