"""The serving process: bind, launch Prism, then build the front and serve until stopped.

Internal module; ``voice-agents-mock serve`` runs :func:`run` and :class:`MockServer` starts
that command. The listening socket is bound first (a taken port is reported before anything
starts), then Prism is spawned, and only then are the front's modules imported and built
(``_assembly``): Prism's own start is most of the wait, and the rest overlaps it.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._core.constants import (
    DEFAULT_INDEXING_TIME,
    DEFAULT_JOURNAL_SIZE,
    EXIT_BACKEND,
    EXIT_PORT_IN_USE,
    EXIT_PROVISIONING,
    check_port,
)
from .._front.screen import MAX_BODY_BYTES
from .._prism.provision import (
    PrismInstall,
    ProvisioningError,
    cache_root,
    find_prism,
    node_executable,
    shipped_spec_path,
)
from .._prism.supervisor import PrismSupervisor
from .._spec.document import SpecError, load_spec
from .._spec.document import write_prism_document as _write_prism_document
from ..events import DEFAULT_SCENARIO, SCENARIOS

__all__ = ["ServeOptions", "run"]

log = logging.getLogger("voice_agents_mock")


@dataclass
class ServeOptions:
    """Settings of one serving process (the ``serve`` command's flags)."""

    host: str = "127.0.0.1"
    port: int = 4010
    dynamic: bool = False
    seed: str | None = None
    spec: Path | None = None
    prism: PrismInstall | None = None
    scenario: str = DEFAULT_SCENARIO
    webhook_duration: float = 1.0
    webhook_timeout: float = 5.0
    max_body_bytes: int = MAX_BODY_BYTES
    upstream_timeout: float = 10.0
    body_timeout: float = 10.0
    start_timeout: float = 60.0
    prism_log: Path | None = None
    workdir: Path | None = None
    watch_stdin: bool = False
    access_log: bool = True
    allowed_hosts: list[str] = field(default_factory=list)
    cors_origins: list[str] = field(default_factory=list)
    cors_private_network: bool = False
    webhook_allow: list[str] = field(default_factory=list)
    stateful: bool = True
    journal_size: int = DEFAULT_JOURNAL_SIZE
    indexing_time: float = DEFAULT_INDEXING_TIME
    """Seconds a completed knowledge-base upload stays ``processing`` (stateful mode)."""
    upstream: str | None = None
    """Proxy mode (``proxy --upstream URL``): forward to this server and validate both ways."""
    report: Path | None = None
    fail_on_violation: bool = False
    strict: bool = False
    block_writes: bool = False
    proxy_timeout: float = 30.0


class _PortInUseError(Exception):
    pass


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _bind(host: str, port: int) -> socket.socket:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, _, _, _, address = infos[0]
    # proto must say TCP: asyncio only disables Nagle (TCP_NODELAY) on sockets that do, and
    # with Nagle on, every answer on a kept-alive connection waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
        sock.listen(1024)
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise _PortInUseError(str(exc)) from exc
        raise
    sock.setblocking(False)
    return sock


def _configure_logging(stream: Any) -> None:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("[%(asctime)s] %(message)s", "%H:%M:%S"))
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    log.propagate = False


def run(options: ServeOptions) -> int:
    """Serve until interrupted; return the process exit status."""
    _configure_logging(sys.stderr)
    if options.scenario not in SCENARIOS:
        log.error("unknown scenario %r; choose one of %s", options.scenario, ", ".join(SCENARIOS))
        return 2
    try:
        check_port(options.port)
        if options.upstream is not None:
            from .._proxy.front import parse_upstream

            parse_upstream(options.upstream)  # refused before anything starts
    except ValueError as exc:
        log.error("%s", exc)
        return 2
    try:
        sock = _bind(options.host, options.port)
    except _PortInUseError:
        log.error(
            "port %s on %s is already in use (another voice-agents-mock or Prism?); "
            "stop it or choose another port with --port (make mock PORT=...)",
            options.port,
            options.host,
        )
        return EXIT_PORT_IN_USE
    except OSError as exc:
        log.error("cannot listen on %s port %s: %s", options.host, options.port, exc)
        return 1
    replay_sock: socket.socket | None = None
    workdir: Path | None = None
    prism: PrismSupervisor | None = None
    try:
        spec_path = options.spec or shipped_spec_path()
        spec = load_spec(spec_path, cache_dir=cache_root() / "specs")
        install = options.prism or find_prism(install=True, stream=sys.stderr)
        node_executable()
        if options.workdir is not None:
            options.workdir.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="voice-agents-mock-", dir=options.workdir))
        spec_file = _write_prism_document(spec, workdir)
        proxy_to: str | None = None
        if options.upstream is not None:
            # Prism forwards to this loopback socket, which the proxy's Replay answers.
            replay_sock = _bind("127.0.0.1", 0)
            proxy_to = _url("127.0.0.1", replay_sock.getsockname()[1])
        prism = PrismSupervisor(
            install,
            spec_file,
            options.prism_log or workdir / "prism.log",
            dynamic=options.dynamic,
            seed=options.seed,
            start_timeout=options.start_timeout,
            proxy_to=proxy_to,
            errors=options.strict,
        )
        prism.launch()
        from .assembly import serve  # after the launch: importing the front overlaps Prism's start

        return asyncio.run(serve(options, sock, spec, prism, replay_sock))
    except SpecError as exc:
        log.error("%s", exc)
        return EXIT_BACKEND
    except ProvisioningError as exc:
        log.error("%s", exc)
        return EXIT_PROVISIONING
    finally:
        if prism is not None:
            prism.kill()
        sock.close()
        if replay_sock is not None:
            replay_sock.close()
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)
