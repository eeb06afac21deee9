"""``python -m voice_agents upload FILE``: upload a document with a progress bar (internal).

The keys, workspace and host come from the ``VOICE_AGENTS_*`` environment variables (see
:meth:`voice_agents.VoiceAgentsClient.from_env`), never from the command line, where they would
end up in the shell history and the process list. The bar is drawn on stderr with the standard
library only; stdout gets the uploaded file as JSON, so the output can be piped.

Exit status: 0 uploaded (and ``ready`` unless ``--no-wait``), 1 the upload failed, 2 a usage,
configuration or validation error (nothing was sent).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .client import VoiceAgentsClient
from .errors import ConfigurationError, UploadError, UploadValidationError
from .knowledge_base import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_TIMEOUT,
    UploadProgress,
    upload_file,
)

__all__ = ["ProgressBar", "main"]

_BAR_WIDTH = 30


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KiB", "MiB"):
        if value < 1024 or unit == "MiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


class ProgressBar:
    """Draws :class:`UploadProgress` reports as one line on a terminal, or plain lines if not.

    Args:
        stream: Where to draw (stderr by default).
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._live = self._stream.isatty()
        self._last = ""

    def __call__(self, progress: UploadProgress) -> None:
        """Draw one report."""
        if progress.phase in ("start", "chunk"):
            filled = round(_BAR_WIDTH * progress.fraction)
            bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
            line = (
                f"uploading [{bar}] {progress.fraction:4.0%} "
                f"{_size(progress.bytes_sent)} / {_size(progress.total)} "
                f"(chunk {progress.chunk}/{progress.chunks})"
            )
        elif progress.phase == "complete":
            line = f"uploaded {_size(progress.total)}: file {progress.file_id}, indexing"
        elif progress.phase == "poll":
            line = f"indexing: {progress.status}"
        else:
            line = f"done: {progress.status}"
        self._draw(line, final=progress.phase in ("complete", "done"))

    def finish(self) -> None:
        """End a half-drawn line (before an error message is printed under it)."""
        if self._live and self._last:
            self._stream.write("\n")
            self._stream.flush()
            self._last = ""

    def _draw(self, line: str, *, final: bool) -> None:
        if not self._live:
            if line != self._last:
                print(line, file=self._stream, flush=True)
            self._last = line
            return
        width = shutil.get_terminal_size((80, 20)).columns
        self._stream.write("\r" + line[: width - 1].ljust(min(len(self._last), width - 1)))
        if final:
            self._stream.write("\n")
            self._last = ""
        else:
            self._last = line
        self._stream.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m voice_agents",
        description="Voice Agents API tools. Keys and host come from the environment: "
        "VOICE_AGENTS_PUBLIC_KEY, VOICE_AGENTS_PRIVATE_KEY, VOICE_AGENTS_WORKSPACE, "
        "VOICE_AGENTS_BASE_URL.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    upload = commands.add_parser(
        "upload", help="upload a document to the workspace's knowledge base"
    )
    upload.add_argument("file", help="the document: PDF, .txt, .md or .docx, at most 100 MiB")
    upload.add_argument("--name", help="file name in the knowledge base (default: FILE's name)")
    upload.add_argument("--mime-type", help="document type (default: from the extension)")
    upload.add_argument(
        "--chunk-size",
        type=int,
        default=DEFAULT_CHUNK_SIZE,
        help="bytes per chunk, at most 10 MiB (default %(default)s)",
    )
    upload.add_argument(
        "--no-wait", action="store_true", help="return once uploaded, without waiting for indexing"
    )
    upload.add_argument(
        "--poll-interval", type=float, default=DEFAULT_POLL_INTERVAL, help="seconds between polls"
    )
    upload.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds to wait for indexing (default %(default)s)",
    )
    upload.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        client = VoiceAgentsClient.from_env()
    except ConfigurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bar = None if args.quiet else ProgressBar()
    with client:
        try:
            result = upload_file(
                client,
                args.file,
                file_name=args.name,
                mime_type=args.mime_type,
                chunk_size=args.chunk_size,
                on_progress=bar,
                wait=not args.no_wait,
                poll_interval=args.poll_interval,
                timeout=args.timeout,
            )
        except UploadValidationError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except UploadError as exc:
            if bar is not None:
                bar.finish()
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(json.dumps(result.to_dict(), indent=2, default=str))
    return 0
