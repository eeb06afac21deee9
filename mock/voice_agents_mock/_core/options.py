"""Every setting of the mock, declared once: :class:`MockOptions`.

Internal module at the bottom of the package. Each field carries its :class:`Setting` (help
text, CLI flag, validation, which commands take it, whether ``MockServer`` takes it as a
keyword). The forms derived from it are in ``forms``: the ``serve`` and ``proxy`` parsers, the
options of a parsed command line, the child's command line that ``MockServer`` starts and the
options table of ``docs/mock.md``; a test compares the table and ``MockServer``'s signature
with these fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..events import DEFAULT_SCENARIO, SCENARIOS
from .checks import (
    optional_path,
    optional_text,
    paths,
    port_number,
    positive_int,
    scenario_name,
    seconds,
    strings,
)
from .constants import DEFAULT_INDEXING_TIME, DEFAULT_JOURNAL_SIZE, MAX_BODY_BYTES

__all__ = ["BOTH", "COMMANDS", "PROXY", "SERVE", "MockOptions", "Setting", "default_of", "settings"]

SERVE, PROXY = "serve", "proxy"
COMMANDS = (SERVE, PROXY)
BOTH = frozenset(COMMANDS)


# ---------------------------------------------------------------------- declarations
@dataclass(frozen=True)
class Setting:
    """How one field of :class:`MockOptions` is exposed."""

    help: str
    flag: str | None = None
    """Its CLI flag; None: not on the command line."""
    commands: frozenset[str] = BOTH
    """The commands that take it (``serve``, ``proxy``)."""
    server: bool = True
    """Whether ``MockServer`` takes it as a keyword."""
    check: Callable[[Any], Any] | None = None
    """Validates (and normalises) a value; raises ``ValueError``/``TypeError`` with a reason."""
    metavar: str | None = None
    shown_default: str | None = None
    """The default as the docs table shows it (None: the value itself)."""
    hidden: bool = False
    """On the command line but not in ``--help`` or the docs (internal plumbing)."""
    negate: bool = False
    """The flag sets the field to False (``--stateless`` for ``stateful``)."""
    repeat: bool = False
    """The flag may be given several times; the field is the tuple of them."""
    proxy_help: str | None = None
    """What ``proxy --help`` says instead of ``help``."""
    server_default: Any = None
    """``MockServer``'s default when it differs from the command line's (``port``: 0); None:
    the same."""


def _s(help: str, **kwargs: Any) -> dict[str, Setting]:
    return {"setting": Setting(help, **kwargs)}


@dataclass(frozen=True)
class MockOptions:
    """The settings of one mock (or proxy) process; see each field's :class:`Setting`."""

    host: str = field(
        default="127.0.0.1",
        metadata=_s("interface to listen on", flag="--host", metavar="HOST", check=str),
    )
    port: int = field(
        default=4010,
        metadata=_s(
            "port, 0-65535; 0 picks a free one (MockServer's default); a taken port is an error "
            "(exit status 3)",
            flag="--port",
            metavar="PORT",
            check=port_number,
            server_default=0,
        ),
    )
    dynamic: bool = field(
        default=False,
        metadata=_s(
            "generate responses from the schemas instead of returning the spec's examples",
            flag="--dynamic",
            commands=frozenset({SERVE}),
        ),
    )
    seed: str | None = field(
        default=None,
        metadata=_s(
            "seed for --dynamic and the simulated figures in webhooks (reproducible responses)",
            flag="--seed",
            commands=frozenset({SERVE}),
            check=optional_text,
            metavar="S",
        ),
    )
    spec: Path | None = field(
        default=None,
        metadata=_s(
            "serve this OpenAPI file instead of the shipped one",
            flag="--spec",
            check=optional_path,
            metavar="FILE",
            shown_default="the shipped `openapi.yaml`",
            proxy_help="validate against this OpenAPI file instead of the shipped one",
        ),
    )
    scenario: str = field(
        default=DEFAULT_SCENARIO,
        metadata=_s(
            "webhook sequence for initiated calls: " + ", ".join(SCENARIOS) + " (per request: the "
            "x-mock-scenario header)",
            flag="--scenario",
            commands=frozenset({SERVE}),
            check=scenario_name,
            metavar="NAME",
        ),
    )
    webhook_duration: float = field(
        default=1.0,
        metadata=_s(
            "time from a call's first to its last webhook event",
            flag="--webhook-duration",
            commands=frozenset({SERVE}),
            check=seconds("webhook_duration"),
            metavar="SECONDS",
        ),
    )
    prism: Path | None = field(
        default=None,
        metadata=_s(
            "use this Prism (its folder or dist/index.js) instead of the pinned one "
            "(also $VOICE_AGENTS_MOCK_PRISM)",
            flag="--prism",
            check=optional_path,
            metavar="PATH",
            shown_default="the pinned Prism",
        ),
    )
    prism_log: Path | None = field(
        default=None,
        metadata=_s(
            "write Prism's own log here: each request and every validation violation",
            flag="--prism-log",
            server=False,
            check=optional_path,
            metavar="FILE",
            shown_default="temp file",
        ),
    )
    start_timeout: float = field(
        default=30.0,
        metadata=_s(
            "seconds to wait for Prism (and MockServer for the mock) to be ready",
            flag="--start-timeout",
            check=seconds("start_timeout"),
            metavar="SECONDS",
            hidden=True,
        ),
    )
    max_body_bytes: int = field(
        default=MAX_BODY_BYTES,
        metadata=_s(
            "largest request body accepted; larger gets 413 (room for a full 10 MiB upload_chunk)",
            flag="--max-body-bytes",
            check=positive_int("max_body_bytes"),
            metavar="N",
            shown_default="11 MiB",
        ),
    )
    cors_origins: tuple[str, ...] = field(
        default_factory=tuple,
        metadata=_s(
            "also answer browser code from this exact origin (scheme://host:port; '*' for any); "
            "repeatable",
            flag="--cors-origin",
            check=strings("cors_origins"),
            metavar="ORIGIN",
            repeat=True,
            shown_default="loopback origins",
        ),
    )
    cors_private_network: bool = field(
        default=False,
        metadata=_s(
            "answer Private Network Access preflights (Access-Control-Allow-Private-Network)",
            flag="--cors-private-network",
        ),
    )
    webhook_allow: tuple[str, ...] = field(
        default_factory=tuple,
        metadata=_s(
            "send webhooks to this host; repeatable; when given, only the listed hosts",
            flag="--webhook-allow",
            commands=frozenset({SERVE}),
            check=strings("webhook_allow"),
            metavar="HOST",
            repeat=True,
            shown_default="loopback addresses",
        ),
    )
    allowed_hosts: tuple[str, ...] = field(
        default_factory=tuple,
        metadata=_s(
            "also accept requests whose Host header names this host; repeatable",
            flag="--allow-host",
            check=strings("allowed_hosts"),
            metavar="HOST",
            repeat=True,
            shown_default="loopback names, `--host`",
        ),
    )
    stateful: bool = field(
        default=True,
        metadata=_s(
            "keep no state: every answer is Prism's (created things are not stored)",
            flag="--stateless",
            commands=frozenset({SERVE}),
            negate=True,
            shown_default="off (stateful)",
        ),
    )
    journal_size: int = field(
        default=DEFAULT_JOURNAL_SIZE,
        metadata=_s(
            "requests and webhook deliveries the control plane keeps",
            flag="--journal-size",
            check=positive_int("journal_size"),
            metavar="N",
        ),
    )
    indexing_time: float = field(
        default=DEFAULT_INDEXING_TIME,
        metadata=_s(
            "time a completed knowledge-base upload stays processing before it is ready",
            flag="--indexing-time",
            commands=frozenset({SERVE}),
            check=seconds("indexing_time"),
            metavar="SECONDS",
        ),
    )
    seed_data: tuple[Path, ...] = field(
        default_factory=tuple,
        metadata=_s(
            "start the workspaces this file holds from it (JSON or YAML, the format of GET "
            "/__mock/state); repeatable",
            flag="--seed-data",
            commands=frozenset({SERVE}),
            check=paths("seed_data"),
            metavar="FILE",
            repeat=True,
            shown_default="the spec's examples",
        ),
    )
    quiet: bool = field(
        default=False,
        metadata=_s("do not log each request", flag="--quiet", server=False),
    )
    log_dir: Path | None = field(
        default=None,
        metadata=_s(
            "folder for mock.log and prism.log (default: a temporary folder, removed at stop)",
            commands=frozenset(),
            check=optional_path,
        ),
    )
    auto_install: bool = field(
        default=True,
        metadata=_s(
            "install Prism into the per-user cache if it is missing (the CLI always does)",
            commands=frozenset(),
        ),
    )
    upstream: str | None = field(
        default=None,
        metadata=_s(
            "the real API to forward to (https://, or http:// to a loopback address only)",
            flag="--upstream",
            commands=frozenset({PROXY}),
            check=optional_text,
            metavar="URL",
        ),
    )
    report: Path | None = field(
        default=None,
        metadata=_s(
            "write the violation report (JSON) here at shutdown and on POST /__mock/report",
            flag="--report",
            commands=frozenset({PROXY}),
            check=optional_path,
            metavar="FILE",
        ),
    )
    fail_on_violation: bool = field(
        default=False,
        metadata=_s(
            "exit with status 1 at shutdown when any violation was seen (for CI)",
            flag="--fail-on-violation",
            commands=frozenset({PROXY}),
        ),
    )
    strict: bool = field(
        default=False,
        metadata=_s(
            "answer an invalid request with 400 (401 without keys) instead of forwarding it",
            flag="--strict",
            commands=frozenset({PROXY}),
        ),
    )
    block_writes: bool = field(
        default=False,
        metadata=_s(
            "forward only GET and HEAD; every other method gets 403 (safe against production)",
            flag="--block-writes",
            commands=frozenset({PROXY}),
        ),
    )
    proxy_timeout: float = field(
        default=30.0,
        metadata=_s(
            "time the upstream has for one answer; then 504",
            flag="--timeout",
            commands=frozenset({PROXY}),
            check=seconds("proxy_timeout"),
            metavar="SECONDS",
        ),
    )
    watch_stdin: bool = field(
        default=False,
        metadata=_s(
            "stop at the end of stdin (the parent is gone)",
            flag="--watch-stdin",
            server=False,
            hidden=True,
        ),
    )
    workdir: Path | None = field(
        default=None,
        metadata=_s(
            "folder for the process's temporary files",
            flag="--workdir",
            server=False,
            check=optional_path,
            hidden=True,
        ),
    )
    # Limits with no flag: one place for the values the relay, front and emitter use.
    webhook_timeout: float = field(
        default=5.0,
        metadata=_s("seconds a webhook receiver has to answer", server=False),
    )
    upstream_timeout: float = field(
        default=10.0,
        metadata=_s("seconds Prism has for one answer", server=False),
    )
    body_timeout: float = field(
        default=10.0,
        metadata=_s(
            "seconds from a request's first byte to its last; slower gets 408", server=False
        ),
    )
    keepalive_timeout: float = field(
        default=5.0,
        metadata=_s("seconds an idle kept-alive connection stays open", server=False),
    )

    def validated(self) -> MockOptions:
        """These options with every value checked and normalised.

        Raises:
            ValueError: a value is refused (the message names the setting and the range).
            TypeError: a value has the wrong type (a string where a list is wanted).
        """
        changes: dict[str, Any] = {}
        for item, setting in settings():
            if setting.check is not None:
                changes[item.name] = setting.check(getattr(self, item.name))
        options = dataclasses.replace(self, **changes)
        proxy_only = ("report", "fail_on_violation", "strict", "block_writes")
        if options.upstream is None and any(getattr(options, name) for name in proxy_only):
            raise ValueError("report, fail_on_violation, strict and block_writes need upstream=")
        if options.seed_data and (options.upstream is not None or not options.stateful):
            raise ValueError(
                "seed_data needs the stateful mock (not stateful=False, not upstream=)"
            )
        return options


def settings() -> list[tuple[dataclasses.Field[Any], Setting]]:
    """Each field of :class:`MockOptions` with its :class:`Setting`, in declaration order."""
    return [(item, item.metadata["setting"]) for item in dataclasses.fields(MockOptions)]


def default_of(item: dataclasses.Field[Any]) -> Any:
    """The default value of a field of :class:`MockOptions`."""
    if item.default_factory is not dataclasses.MISSING:
        return item.default_factory()
    return item.default
