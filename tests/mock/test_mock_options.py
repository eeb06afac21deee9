"""One MockOptions: the CLI, MockServer, the child's command line and the docs agree with it.

Every setting is declared once (``voice_agents_mock._core.options``); these tests fail when a
form derived from it drifts: a keyword of ``MockServer`` missing or with another default, a
flag the parsers lose, a value that does not survive the trip through the child's command
line, or a row of ``docs/mock.md``'s options table that no longer says what the code does.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
from pathlib import Path

import pytest
from voice_agents_mock import MockServer, cli
from voice_agents_mock._core.forms import (
    command_line,
    from_namespace,
    options_table,
    server_keywords,
)
from voice_agents_mock._core.options import MockOptions, settings

ROOT = Path(__file__).resolve().parents[2]
OPTIONS_START = (
    "<!-- options table: generated from MockOptions, checked by tests/mock/test_mock_options.py -->"
)
OPTIONS_END = "<!-- end of options table -->"


def _parse(argv: list[str]) -> argparse.Namespace:
    return cli._parser().parse_args(argv)


def test_mock_server_keywords_are_the_options() -> None:
    signature = inspect.signature(MockServer.__init__)
    parameters = {name: p for name, p in signature.parameters.items() if name != "self"}
    assert set(parameters) == set(server_keywords())
    for name, default in server_keywords().items():
        given = parameters[name].default
        # None stands for "MockOptions' default" (max_body_bytes, journal_size).
        assert given is None or given == default, name


def test_mock_server_keeps_what_it_was_given() -> None:
    server = MockServer(
        7001,
        "127.0.0.2",
        dynamic=True,
        seed=42,
        cors_origins=["https://app.example.com"],
        journal_size=7,
        stateful=False,
    )
    assert server.options == dataclasses.replace(
        MockOptions(),
        port=7001,
        host="127.0.0.2",
        dynamic=True,
        seed="42",
        cors_origins=("https://app.example.com",),
        journal_size=7,
        stateful=False,
    )
    assert MockServer().options.port == 0  # MockServer's own default: a free port


@pytest.mark.parametrize(
    ("keywords", "message"),
    [
        ({"port": 70000}, "from 0 to 65535"),
        ({"journal_size": 0}, "at least 1"),
        ({"indexing_time": float("nan")}, "at least 0"),
        ({"scenario": "nope"}, "unknown scenario"),
        ({"strict": True}, "need upstream="),
        ({"seed_data": "s.yaml", "stateful": False}, "needs the stateful mock"),
    ],
)
def test_mock_server_refuses_what_mock_options_refuses(
    keywords: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        MockServer(**keywords)  # type: ignore[arg-type]


def test_a_list_option_refuses_one_string() -> None:
    with pytest.raises(TypeError, match="list of strings"):
        MockServer(allowed_hosts="mock.internal")


def test_every_flag_is_on_its_commands_parser() -> None:
    for command in ("serve", "proxy"):
        argv = [command] + (["--upstream", "https://example.com"] if command == "proxy" else [])
        parsed = vars(_parse(argv))
        for item, setting in settings():
            if setting.flag is not None and command in setting.commands:
                assert item.name in parsed, (command, setting.flag)
            elif item.name in parsed:
                pytest.fail(f"{command} takes {item.name}, which MockOptions does not give it")


def test_defaults_of_the_command_line_are_mock_options_defaults() -> None:
    assert from_namespace(_parse(["serve"]), "serve") == MockOptions()
    proxy = from_namespace(_parse(["proxy", "--upstream", "https://example.com"]), "proxy")
    assert proxy == MockOptions(upstream="https://example.com", stateful=False)


@pytest.mark.parametrize(
    "options",
    [
        MockOptions(),
        MockOptions(
            host="::1",
            port=0,
            dynamic=True,
            seed="7",
            spec=Path("/tmp/x.yaml"),
            scenario="busy",
            webhook_duration=0.25,
            prism=Path("/opt/prism"),
            prism_log=Path("/tmp/p.log"),
            start_timeout=12.5,
            max_body_bytes=1024,
            cors_origins=("https://a.example", "*"),
            cors_private_network=True,
            webhook_allow=("hooks.example",),
            allowed_hosts=("mock.internal",),
            stateful=False,
            journal_size=5,
            indexing_time=0.0,
            quiet=True,
            watch_stdin=True,
            workdir=Path("/tmp/w"),
        ),
        MockOptions(
            upstream="https://api.example.com",
            stateful=False,
            report=Path("/tmp/r.json"),
            fail_on_violation=True,
            strict=True,
            block_writes=True,
            proxy_timeout=3.0,
            journal_size=9,
            allowed_hosts=("a.internal",),
        ),
        MockOptions(seed_data=(Path("/tmp/seed.yaml"), Path("/tmp/more seed.json"))),
    ],
    ids=["defaults", "every-serve-option", "proxy", "seed-data"],
)
def test_the_childs_command_line_gives_back_the_same_options(options: MockOptions) -> None:
    argv = command_line(options)
    assert from_namespace(_parse(argv), argv[0]) == options


def test_docs_options_table_is_the_generated_one() -> None:
    text = (ROOT / "docs" / "mock.md").read_text(encoding="utf-8")
    assert OPTIONS_START in text, "docs/mock.md lost its options table markers"
    shown = text.split(OPTIONS_START, 1)[1].split(OPTIONS_END, 1)[0].strip()
    assert shown == options_table("serve").strip(), (
        "docs/mock.md's options table differs from MockOptions; paste this:\n"
        + options_table("serve")
    )


def test_docs_of_the_proxy_name_every_proxy_flag() -> None:
    text = (ROOT / "docs" / "proxy.md").read_text(encoding="utf-8")
    for _, setting in settings():
        if setting.flag and "proxy" in setting.commands and not setting.hidden:
            assert f"`{setting.flag}" in text, setting.flag
