"""The ``snapshot`` and ``check-seed-data`` commands of ``voice-agents-mock``.

Internal module: ``cli`` adds these parsers and calls :func:`run_snapshot` and
:func:`run_check`. Neither prints a key: the keys travel only in the request headers.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_check_parser", "add_snapshot_parser", "run_check", "run_snapshot"]


def add_snapshot_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    snapshot = sub.add_parser(
        "snapshot",
        help="read a real workspace (GET only) into a redacted seed-data file",
        description=(
            "Read each workspace through the validating proxy with GET operations only (the "
            "assistants list and each assistant, the API tools, the knowledge-base files and "
            "each file) and write a seed-data file for --seed-data. Keys, credential headers, "
            "phone numbers and e-mail addresses are redacted before anything is written. Exit "
            "status 1 when an answer departs from the spec (the file is written, with the "
            "violations beside each answer) or the upstream refuses a read (nothing written)."
        ),
    )
    snapshot.add_argument("--upstream", required=True, metavar="URL", help="the API to read")
    snapshot.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="seed-data file (.yaml or .json)"
    )
    snapshot.add_argument(
        "--workspace",
        dest="workspaces",
        action="append",
        default=[],
        metavar="W",
        help="workspace to read; repeatable (default: $VOICE_AGENTS_WORKSPACE)",
    )
    snapshot.add_argument("--public-key", metavar="KEY", help="default: $VOICE_AGENTS_PUBLIC_KEY")
    snapshot.add_argument("--private-key", metavar="KEY", help="default: $VOICE_AGENTS_PRIVATE_KEY")
    snapshot.add_argument(
        "--keep-pii", action="store_true", help="keep phone numbers and e-mail addresses"
    )
    snapshot.add_argument(
        "--allow-violations",
        action="store_true",
        help="exit 0 even when answers depart from the spec (they are still recorded)",
    )
    snapshot.add_argument(
        "--spec", type=Path, metavar="FILE", help="validate against this OpenAPI file"
    )
    snapshot.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS", help="per answer (default 30)"
    )


def add_check_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser(
        "check-seed-data",
        help="check seed-data files against the spec (exit 1 when any went stale)",
        description=(
            "Check each seed-data file as --seed-data would, against the spec: exit status 1 "
            "naming every object that does not fit (the file, its JSON path, the rule)."
        ),
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument(
        "--spec", type=Path, metavar="FILE", help="the OpenAPI file (default: the shipped one)"
    )


def _spec(path: Path | None) -> tuple[Path, bytes, dict[str, Any]]:
    from .._prism.provision import shipped_spec_path
    from .._spec.document import SpecError, load_spec

    spec_path = path or shipped_spec_path()
    try:
        raw = spec_path.read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read the spec {spec_path}: {exc.strerror or exc}") from None
    return spec_path, raw, load_spec(spec_path)


def run_check(args: argparse.Namespace) -> int:
    from .._spec.document import SpecError
    from .._spec.index import SpecIndex
    from .check import check_document
    from .files import BadSeedDataError, read_document

    try:
        _, raw, spec = _spec(args.spec)
    except (OSError, SpecError) as exc:
        print(f"voice-agents-mock: {exc}", file=sys.stderr)
        return 2
    index = SpecIndex(spec)
    digest = hashlib.sha256(raw).hexdigest()
    failed = 0
    for path in args.files:
        try:
            document = read_document(path)
        except BadSeedDataError as exc:
            print(exc)
            failed += 1
            continue
        entries, problems = check_document(document, index, str(path))
        made = document.get("snapshot") if isinstance(document, dict) else None
        if isinstance(made, dict) and made.get("spec_sha256") not in (None, digest):
            print(
                f"{path}: made against spec sha256 {made.get('spec_sha256')}; "
                f"the current spec is {digest}"
            )
        for problem in problems:
            print(problem)
        if problems:
            failed += 1
            print(f"{path}: {len(problems)} problem(s): the mock would refuse this file")
        else:
            objects = sum(
                len(entry.get(key) or [])
                for entry in entries
                for key in entry
                if isinstance(entry.get(key), list)
            )
            print(f"{path}: ok ({len(entries)} workspace(s), {objects} object(s))")
    return 1 if failed else 0


def _keys(args: argparse.Namespace) -> tuple[str, str] | None:
    public = args.public_key or os.environ.get("VOICE_AGENTS_PUBLIC_KEY") or ""
    private = args.private_key or os.environ.get("VOICE_AGENTS_PRIVATE_KEY") or ""
    return (public, private) if public and private else None


def run_snapshot(args: argparse.Namespace) -> int:
    import httpx

    from .._core.errors import MockServerError
    from .._proxy.target import parse_upstream
    from .._spec.document import SpecError
    from .._spec.index import SpecIndex
    from ..server import MockServer
    from .check import check_document
    from .redact import Redactor
    from .snapshot import SnapshotError, take_snapshot, write_document

    def fail(message: str, status: int) -> int:
        print(f"voice-agents-mock snapshot: {message}", file=sys.stderr)
        return status

    try:
        target = parse_upstream(args.upstream)
    except ValueError as exc:
        return fail(str(exc), 2)
    keys = _keys(args)
    if keys is None:
        return fail(
            "keys needed: --public-key and --private-key, or $VOICE_AGENTS_PUBLIC_KEY and "
            "$VOICE_AGENTS_PRIVATE_KEY",
            2,
        )
    workspaces = args.workspaces or [os.environ.get("VOICE_AGENTS_WORKSPACE") or ""]
    if not all(workspaces):
        return fail("name a workspace: --workspace W (or $VOICE_AGENTS_WORKSPACE)", 2)
    try:
        spec_path, raw, spec = _spec(args.spec)
    except (OSError, SpecError) as exc:
        return fail(str(exc), 2)
    index = SpecIndex(spec)
    redactor = Redactor(keys, keep_pii=args.keep_pii)
    # The proxy itself refuses anything but GET and HEAD: a second guard on "reads only".
    try:
        proxy = MockServer(
            upstream=target.url, block_writes=True, spec=spec_path, proxy_timeout=args.timeout
        )
    except ValueError as exc:
        return fail(str(exc), 2)
    try:
        proxy.start()
    except MockServerError as exc:
        return fail(f"the validating proxy did not start: {exc}", 1)
    try:
        headers = {"x-public-key": keys[0], "x-private-key": keys[1]}
        with httpx.Client(
            base_url=proxy.url, headers=headers, timeout=args.timeout + 10, trust_env=False
        ) as http:
            document, verdicts = take_snapshot(
                http=http,
                journal=proxy.control,
                index=index,
                upstream=target.url,
                workspaces=workspaces,
                spec_sha256=hashlib.sha256(raw).hexdigest(),
                redactor=redactor,
            )
    except SnapshotError as exc:
        return fail(f"{redactor(str(exc))}; nothing was written", 1)
    except httpx.HTTPError as exc:
        return fail(f"could not read through the proxy: {type(exc).__name__}; nothing written", 1)
    finally:
        proxy.stop()
    _, problems = check_document(document, index, str(args.out))
    try:
        write_document(document, args.out)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc}", 1)
    departed = [verdict for verdict in verdicts if verdict.violations]
    for verdict in departed:
        for item in verdict.violations:
            print(
                f"{verdict.operation} {verdict.path}: {redactor(item.get('location'))}: "
                f"{redactor(item.get('message'))}",
                file=sys.stderr,
            )
    for problem in problems:
        print(f"seed data: {problem}", file=sys.stderr)
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(redactor.counts.items())) or "nothing"
    print(
        f"snapshot of {target.url} ({', '.join(workspaces)}): {len(verdicts)} answers, "
        f"{len(departed)} departed from the spec; redacted: {counts}; written to {args.out}",
        file=sys.stderr,
    )
    if (departed or problems) and not args.allow_violations:
        return fail("exit status 1: answers depart from the spec (--allow-violations keeps 0)", 1)
    return 0
