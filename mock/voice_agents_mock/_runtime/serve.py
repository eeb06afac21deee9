"""The serving process: bind, launch Prism, then build the front and serve until stopped.

Internal module; ``voice-agents-mock serve`` runs :func:`run` and :class:`MockServer` starts
that command. The listening socket is bound first (a taken port is reported before anything
starts), then Prism is spawned, and only then are the front's modules imported and built
(``assembly``): Prism's own start is most of the wait, and the rest overlaps it.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

from .._core.constants import (
    EXIT_BACKEND,
    EXIT_PORT_IN_USE,
    EXIT_PROVISIONING,
    EXIT_SEED_DATA,
    SEED_DATA_MARK,
)
from .._core.options import MockOptions
from .._core.policy import http_url
from .._prism.provision import (
    ProvisioningError,
    cache_root,
    find_prism,
    node_executable,
    prism_from_path,
    shipped_spec_path,
)
from .._prism.supervisor import PrismSupervisor
from .._proxy.target import parse_upstream
from .._spec.document import SpecError, load_spec
from .._spec.document import write_prism_document as _write_prism_document

__all__ = ["run"]

log = logging.getLogger("voice_agents_mock")


class _PortInUseError(Exception):
    pass


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


def _seed_data(options: MockOptions, spec: dict[str, Any]) -> dict[str, Any] | None:
    """The checked seed data by workspace (empty without any), or None: it was refused.

    Checked before Prism is launched: refused seed data starts nothing, and costs no wait.
    """
    if not options.seed_data:
        return {}
    from .._seed.files import BadSeedDataError, load_seed_data
    from .._spec.index import SpecIndex

    try:
        return load_seed_data(options.seed_data, SpecIndex(spec))
    except BadSeedDataError as exc:
        for line in str(exc).splitlines():
            log.error("%s%s", SEED_DATA_MARK, line)
        log.error("the mock did not start: fix the seed data (voice-agents-mock check-seed-data)")
        return None


def run(options: MockOptions) -> int:
    """Serve until interrupted; return the process exit status."""
    _configure_logging(sys.stderr)
    try:
        options = options.validated()
        if options.upstream is not None:
            parse_upstream(options.upstream)  # refused before anything starts
    except (TypeError, ValueError) as exc:
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
        seeds = _seed_data(options, spec)
        if seeds is None:
            return EXIT_SEED_DATA
        install = (
            prism_from_path(str(options.prism))
            if options.prism is not None
            else find_prism(install=True, stream=sys.stderr)
        )
        node_executable()
        if options.workdir is not None:
            options.workdir.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="voice-agents-mock-", dir=options.workdir))
        spec_file = _write_prism_document(spec, workdir)
        proxy_to: str | None = None
        if options.upstream is not None:
            # Prism forwards to this loopback socket, which the proxy's Replay answers.
            replay_sock = _bind("127.0.0.1", 0)
            proxy_to = http_url("127.0.0.1", replay_sock.getsockname()[1])
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

        return asyncio.run(serve(options, sock, spec, prism, replay_sock, seeds=seeds))
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
