"""What is derived from :class:`~.options.MockOptions`: parsers, command lines, the docs table.

Internal module. Nothing here declares a setting: a new one is a field of ``MockOptions``, and
the ``serve``/``proxy`` flags, ``MockServer``'s keyword check, the child's command line and the
docs table follow.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import Any

from .options import PROXY, SERVE, MockOptions, default_of, settings

__all__ = ["add_arguments", "command_line", "from_namespace", "options_table", "server_keywords"]


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    """The options of ``command`` (``serve`` or ``proxy``) on ``parser``."""
    for item, setting in settings():
        if setting.flag is None or command not in setting.commands:
            continue
        shown = setting.proxy_help if command == PROXY and setting.proxy_help else setting.help
        default = default_of(item)
        kwargs: dict[str, Any] = {"dest": item.name}
        if setting.hidden:
            kwargs["help"] = argparse.SUPPRESS
        elif item.type == "bool":
            kwargs["help"] = shown
        else:
            value = setting.shown_default or ("none" if default is None else default)
            kwargs["help"] = f"{shown} (default: {value})"
        if item.type == "bool":
            kwargs["action"] = "store_false" if setting.negate else "store_true"
            kwargs["default"] = default
        else:
            if setting.metavar:
                kwargs["metavar"] = setting.metavar
            if setting.check is not None:
                kwargs["type"] = _argument_type(setting.check, str(item.type))
            if setting.repeat:
                kwargs["action"] = "append"
                kwargs["default"] = []
                kwargs.pop("type", None)
            else:
                kwargs["default"] = default
            if item.name == "prism":
                kwargs["default"] = os.environ.get("VOICE_AGENTS_MOCK_PRISM") or None
            if item.name == "upstream":
                kwargs["required"] = True
        parser.add_argument(setting.flag, **kwargs)


def _argument_type(check: Callable[[Any], Any], kind: str) -> Callable[[str], Any]:
    """A command-line word as the field's type, then its check (argparse shows the reason)."""
    number = {"int": int, "float": float}.get(kind)

    def convert(text: str) -> Any:
        try:
            value = number(text) if number is not None else text
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        try:
            return check(value)
        except (TypeError, ValueError) as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def from_namespace(args: argparse.Namespace, command: str) -> MockOptions:
    """The options a parsed command line of ``command`` gives (the rest keep their defaults).

    Raises:
        ValueError: a combination of values is refused.
    """
    values = {
        item.name: getattr(args, item.name)
        for item, setting in settings()
        if setting.flag is not None and command in setting.commands
    }
    if command == PROXY:
        values["stateful"] = False
    return MockOptions(**values).validated()


def command_line(options: MockOptions) -> list[str]:
    """The arguments after ``python -m voice_agents_mock`` that run ``options``.

    The command is ``proxy`` when ``upstream`` is set, else ``serve``; a setting the command
    does not take is left out, and so is a value equal to its default.
    """
    command = PROXY if options.upstream is not None else SERVE
    argv = [command]
    for item, setting in settings():
        if setting.flag is None or command not in setting.commands:
            continue
        value = getattr(options, item.name)
        if value == default_of(item) and item.name not in ("host", "port"):
            continue
        if item.type == "bool":
            argv.append(setting.flag)
        elif setting.repeat:
            for one in value:
                argv += [setting.flag, str(one)]
        else:
            argv += [setting.flag, repr(value) if isinstance(value, float) else str(value)]
    return argv


def options_table(command: str = SERVE) -> str:
    """The Markdown table of ``command``'s options (what ``docs/mock.md`` shows)."""
    rows = ["| Option | Default | What it does |", "|---|---|---|"]
    for item, setting in settings():
        if setting.flag is None or setting.hidden or command not in setting.commands:
            continue
        default = default_of(item)
        if setting.shown_default is not None:
            shown = setting.shown_default
        elif isinstance(default, bool):
            shown = "on" if default else "off"
        elif default is None:
            shown = "none"
        else:
            shown = f"`{default}`"
        flag = (
            setting.flag if item.type == "bool" else f"{setting.flag} {setting.metavar or 'VALUE'}"
        )
        name = f"`{flag}`"
        text = setting.proxy_help if command == PROXY and setting.proxy_help else setting.help
        rows.append(f"| {name} | {shown} | {text} |")
    return "\n".join(rows) + "\n"


def server_keywords() -> dict[str, Any]:
    """``MockServer``'s keywords and their defaults, in declaration order."""
    out: dict[str, Any] = {}
    for item, setting in settings():
        if setting.server:
            shown = setting.server_default
            out[item.name] = default_of(item) if shown is None else shown
    return out
