"""The serving process: bind, start Prism, wire the relay to the front, serve until stopped.

Internal module; ``voice-agents-mock serve`` runs :func:`run` and :class:`MockServer` starts
that command. The listening socket is bound first (a taken port is reported before anything
starts), then Prism is started while nothing else waits for it, then the ready line is printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import _screen
from ._constants import (
    DEFAULT_INDEXING_TIME,
    EXIT_BACKEND,
    EXIT_PORT_IN_USE,
    EXIT_PROVISIONING,
    READY_MARK,
    check_port,
)
from ._control import ControlPlane
from ._front import Front, FrontSettings
from ._journal import DEFAULT_JOURNAL_SIZE, RequestJournal, WebhookJournal
from ._policy import AccessPolicy
from ._prism import BackendError, PrismSupervisor
from ._provision import (
    PrismInstall,
    ProvisioningError,
    cache_root,
    find_prism,
    node_executable,
    shipped_spec_path,
)
from ._proxy import ProxyControl, ProxyFront, ProxySettings, Replay, origin_pool, parse_upstream
from ._relay import RelayLimits, RelayServer, serve_connections
from ._schemas import SpecIndex
from ._spec import RouteTable, SpecError, load_spec
from ._spec import write_prism_document as _write_prism_document
from ._state import StateStore
from ._upstream import SupervisedUpstream
from ._violations import ViolationLog
from ._webhooks import WebhookEmitter
from .events import DEFAULT_SCENARIO, SCENARIOS

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
    max_body_bytes: int = _screen.MAX_BODY_BYTES
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


class _AccessLog:
    """Per-request lines, written in batches: a write per request would cost a system call.

    Lines wait at most ``delay`` seconds; the timestamp is the standard log format's.
    """

    def __init__(self, stream: Any, delay: float = 0.05) -> None:
        self._stream = stream
        self._delay = delay
        self._lines: list[str] = []
        self._scheduled = False
        self._second = -1
        self._stamp = ""

    def __call__(self, line: str) -> None:
        now = int(time.time())
        if now != self._second:
            self._second, self._stamp = now, time.strftime("[%H:%M:%S] ", time.localtime(now))
        self._lines.append(self._stamp + line + "\n")
        if not self._scheduled:
            self._scheduled = True
            asyncio.get_running_loop().call_later(self._delay, self.flush)

    def flush(self) -> None:
        self._scheduled = False
        lines, self._lines = self._lines, []
        if lines:
            with contextlib.suppress(OSError, ValueError):
                self._stream.write("".join(lines))
                self._stream.flush()


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
    try:
        spec_path = options.spec or shipped_spec_path()
        spec = load_spec(spec_path, cache_dir=cache_root() / "specs")
        install = options.prism or find_prism(install=True, stream=sys.stderr)
        node_executable()
    except SpecError as exc:
        sock.close()
        log.error("%s", exc)
        return EXIT_BACKEND
    except ProvisioningError as exc:
        sock.close()
        log.error("%s", exc)
        return EXIT_PROVISIONING
    try:
        return asyncio.run(_serve(options, sock, spec, install))
    finally:
        sock.close()


async def _serve(
    options: ServeOptions, sock: socket.socket, spec: dict[str, Any], install: PrismInstall
) -> int:
    loop = asyncio.get_running_loop()
    if options.workdir is not None:
        options.workdir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="voice-agents-mock-", dir=options.workdir))
    emitter: WebhookEmitter | None = None
    upstream: SupervisedUpstream | None = None
    prism: PrismSupervisor | None = None
    tasks: list[asyncio.Task[None]] = []
    stopped = asyncio.Event()
    exit_status = 0
    proxy: ProxySettings | None = None
    front: Front | None = None
    replay_server: RelayServer | None = None
    replay_sock: socket.socket | None = None
    proxy_to: str | None = None
    if options.upstream is not None:
        proxy = ProxySettings(
            parse_upstream(options.upstream),
            strict=options.strict,
            block_writes=options.block_writes,
            report=options.report,
            timeout=options.proxy_timeout,
        )
        # Prism forwards to this loopback socket, which the proxy's Replay answers.
        replay_sock = _bind("127.0.0.1", 0)
        proxy_to = _url("127.0.0.1", replay_sock.getsockname()[1])
    try:
        try:
            spec_file = _write_prism_document(spec, workdir)
        except SpecError as exc:
            log.error("%s", exc)
            return EXIT_BACKEND
        prism_log = options.prism_log or workdir / "prism.log"
        prism = PrismSupervisor(
            install,
            spec_file,
            prism_log,
            dynamic=options.dynamic,
            seed=options.seed,
            start_timeout=options.start_timeout,
            proxy_to=proxy_to,
            errors=options.strict,
        )
        starting = asyncio.create_task(prism.start())
        # Everything else is built while Prism starts (its start is most of the wait).
        policy = AccessPolicy.create(
            bound_host=options.host,
            allowed_hosts=options.allowed_hosts,
            cors_origins=options.cors_origins,
            cors_private_network=options.cors_private_network,
            webhook_allow=options.webhook_allow,
        )
        routes = RouteTable(spec)
        index = SpecIndex(spec)
        webhook_journal = WebhookJournal(options.journal_size)
        control: ControlPlane
        if proxy is not None:
            control = ProxyControl(
                index, RequestJournal(options.journal_size), ViolationLog(), proxy
            )
        else:
            control = ControlPlane(
                index,
                StateStore(index, indexing_time=options.indexing_time)
                if options.stateful
                else None,
                RequestJournal(options.journal_size),
                webhook_journal,
            )
        emitter = WebhookEmitter(
            duration=options.webhook_duration,
            timeout=options.webhook_timeout,
            seed=options.seed,
            policy=policy,
            record=webhook_journal.add,
        )
        access_log = _AccessLog(sys.stderr) if options.access_log else None
        settings = FrontSettings(scenario=options.scenario, access_log=access_log)
        if proxy is not None:
            # Prism waits for the upstream inside each exchange: give it the upstream's time.
            upstream = SupervisedUpstream(prism, timeout=proxy.timeout + 5.0)
            front = ProxyFront(
                routes,
                upstream,
                emitter,
                policy,
                settings,
                control,
                proxy=proxy,
                pool=origin_pool(proxy.target, proxy.timeout),
            )
        else:
            upstream = SupervisedUpstream(prism, timeout=options.upstream_timeout)
            front = Front(routes, upstream, emitter, policy, settings, control)
        try:
            await starting
        except BackendError as exc:
            log.error("%s", exc)
            return EXIT_BACKEND
        limits = RelayLimits(
            max_body_bytes=options.max_body_bytes, body_timeout=options.body_timeout
        )
        server = await serve_connections(sock, front, limits)
        if isinstance(front, ProxyFront):
            assert replay_sock is not None
            replay = Replay(front.exchanges, front.pool)
            replay_server = await serve_connections(replay_sock, replay, limits)

        def stop() -> None:
            stopped.set()

        def fatal() -> None:
            nonlocal exit_status
            exit_status = EXIT_BACKEND
            stopped.set()

        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop)
        if options.watch_stdin:
            threading.Thread(
                target=_watch_stdin, args=(loop, stop), name="stdin-watch", daemon=True
            ).start()
        port = sock.getsockname()[1]
        wildcard = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}
        url = _url(wildcard.get(options.host, options.host), port)
        print(
            f"{READY_MARK}{url} (Prism {install.version}, pid {prism.pid}; Prism log: {prism_log})",
            flush=True,
        )
        tasks.append(asyncio.create_task(prism.supervise(fatal)))
        await stopped.wait()
        server.close()
        if access_log is not None:
            access_log.flush()
        if isinstance(control, ProxyControl) and exit_status == 0:
            exit_status = _finish_proxy(control, options)
        return exit_status
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if emitter is not None:
            await emitter.aclose()
        if upstream is not None:
            upstream.close()
        if replay_server is not None:
            replay_server.close()
        if isinstance(front, ProxyFront):
            front.pool.close()
        if replay_sock is not None:
            replay_sock.close()
        if prism is not None:
            await prism.stop()
        shutil.rmtree(workdir, ignore_errors=True)
        log.info("voice-agents-mock stopped")


def _finish_proxy(control: ProxyControl, options: ServeOptions) -> int:
    """Write the report, say what was found; 1 under ``--fail-on-violation`` if anything was."""
    summary = control.violations.summary()
    log.info(
        "proxy: %d requests, %d with violations (%d violations)",
        summary["requests"],
        summary["requests_with_violations"],
        summary["violations"],
    )
    if options.report is not None:
        try:
            control.write_report()
            log.info("proxy: report written to %s", options.report)
        except OSError as exc:
            log.error("proxy: could not write the report to %s: %s", options.report, exc)
            return 1
    if options.fail_on_violation and summary["violations"]:
        log.error("proxy: exit status 1 (--fail-on-violation): the traffic departs from the spec")
        return 1
    return 0


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: Callable[[], None]) -> None:
    """Stop the server when stdin reaches end-of-file (the parent process is gone)."""
    with contextlib.suppress(OSError, ValueError):
        while sys.stdin.buffer.read(65536):
            pass
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(stop)
