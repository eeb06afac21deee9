"""The front, built and served: relay, Prism upstream, control plane, state, webhooks.

Internal module, imported by ``_serve.run`` only once Prism has been launched (its import is
part of what overlaps Prism's start). :func:`serve` wires the parts together, waits for Prism's
ready line, prints the mock's own and serves until a signal (or the end of stdin) stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from .._control.journal import RequestJournal, WebhookJournal
from .._control.plane import ControlPlane
from .._core.constants import EXIT_BACKEND, READY_MARK
from .._core.options import MockOptions
from .._core.policy import AccessPolicy, http_url
from .._front.front import Api, Front, FrontSettings
from .._front.mock import MockApi
from .._http.relay import RelayLimits, RelayServer, serve_connections
from .._http.upstream import SupervisedUpstream, UpstreamPool
from .._prism.supervisor import BackendError, PrismSupervisor
from .._proxy.api import ProxyApi
from .._proxy.control import ProxyControl
from .._proxy.replay import Replay
from .._proxy.target import ProxySettings, origin_pool, parse_upstream
from .._proxy.violations import ViolationLog
from .._spec.document import RouteTable
from .._spec.index import SpecIndex
from .._state.store import StateStore
from .._webhooks.emitter import WebhookEmitter

__all__ = ["serve"]

log = logging.getLogger("voice_agents_mock")


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


async def serve(
    options: MockOptions,
    sock: socket.socket,
    spec: dict[str, Any],
    prism: PrismSupervisor,
    replay_sock: socket.socket | None,
    *,
    seeds: dict[str, Any] | None = None,
) -> int:
    """Build the front around the launched ``prism``, serve until stopped; the exit status.

    ``seeds``: checked seed data by workspace name (the store starts those from it).
    """
    loop = asyncio.get_running_loop()
    emitter: WebhookEmitter | None = None
    upstream: SupervisedUpstream | None = None
    tasks: list[asyncio.Task[None]] = []
    stopped = asyncio.Event()
    exit_status = 0
    proxy: ProxySettings | None = None
    pool: UpstreamPool | None = None
    replay_server: RelayServer | None = None
    if options.upstream is not None:
        proxy = ProxySettings(
            parse_upstream(options.upstream),
            strict=options.strict,
            block_writes=options.block_writes,
            report=options.report,
            timeout=options.proxy_timeout,
        )
    try:
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
                StateStore(index, indexing_time=options.indexing_time, seeds=seeds)
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
        if proxy is None:
            control.resender = emitter.resend  # POST /__mock/webhooks/{id}/resend
        access_log = None if options.quiet else _AccessLog(sys.stderr)
        settings = FrontSettings(scenario=options.scenario, access_log=access_log)
        api: Api
        if proxy is not None:
            assert isinstance(control, ProxyControl)
            # Prism waits for the upstream inside each exchange: give it the upstream's time.
            upstream = SupervisedUpstream(prism, timeout=proxy.timeout + 5.0)
            pool = origin_pool(proxy.target, proxy.timeout)
            api = proxy_api = ProxyApi(routes, upstream, control, proxy, pool)
        else:
            upstream = SupervisedUpstream(prism, timeout=options.upstream_timeout)
            api = MockApi(routes, upstream, emitter, control, options.scenario)
        front = Front(routes, policy, settings, control, api)
        try:
            await starting
        except BackendError as exc:
            log.error("%s", exc)
            return EXIT_BACKEND
        limits = RelayLimits(
            max_body_bytes=options.max_body_bytes,
            body_timeout=options.body_timeout,
            keepalive_timeout=options.keepalive_timeout,
        )
        server = await serve_connections(sock, front, limits)
        if proxy is not None:
            assert replay_sock is not None
            assert pool is not None
            replay = Replay(proxy_api.exchanges, pool)
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
        url = http_url(wildcard.get(options.host, options.host), port)
        print(
            f"{READY_MARK}{url} (Prism {prism.install.version}, pid {prism.pid}; "
            f"Prism log: {prism.log_path})",
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
        if pool is not None:
            pool.close()
        await prism.stop()
        log.info("voice-agents-mock stopped")


def _finish_proxy(control: ProxyControl, options: MockOptions) -> int:
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
