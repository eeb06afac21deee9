"""The serving process: an ASGI front on the public port, Prism behind it on loopback.

Internal module; ``voice-agents-mock serve`` runs :func:`run` and :class:`MockServer` starts
that command. The front

* answers CORS preflights itself and adds CORS headers to every answer (echoing the origin);
* screens what Prism cannot survive (see ``_screen``) and answers it with a 4xx and a reason;
* forwards everything else unchanged to Prism, which validates and mocks per ``openapi.yaml``
  (Prism runs with ``callbacks`` stripped from the spec, so it never calls anyone);
* after a 2xx from Prism for an operation with callbacks (``initiate_call``), plays a signed
  webhook sequence to the request's ``callbackUrl`` (see ``events``);
* restarts Prism if it ever exits, answering 503 meanwhile.

Prism runs in its own session under ``_prism_runner.cjs``, which ends it when this process's
pipe to its stdin closes, so it cannot outlive the front.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import json
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote_from_bytes, urlsplit

import httpx
import uvicorn

from . import _screen
from ._constants import (
    EXIT_BACKEND,
    EXIT_PORT_IN_USE,
    EXIT_PROVISIONING,
    PRISM_READY_MARK,
    READY_MARK,
    SCENARIO_HEADER,
)
from ._provision import (
    PrismInstall,
    ProvisioningError,
    find_prism,
    node_executable,
    runner_script,
    shipped_spec_path,
)
from ._screen import Rejection
from ._spec import Operation, RouteTable, SpecError, load_spec
from ._spec import write_prism_document as _write_prism_document
from .events import (
    DEFAULT_SCENARIO,
    SCENARIOS,
    build_event,
    encode_event,
    scenario_events,
    scenario_final_status,
    signed_headers,
)

__all__ = ["BackendError", "FrontApp", "PrismSupervisor", "ServeOptions", "WebhookEmitter", "run"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("voice_agents_mock")

_HOP_BY_HOP = {
    b"connection",
    b"keep-alive",
    b"proxy-connection",
    b"te",
    b"trailer",
    b"transfer-encoding",
    b"upgrade",
}
_NOT_FORWARDED = _HOP_BY_HOP | {
    b"host",
    b"content-length",
    b"expect",
    b"accept-encoding",
    SCENARIO_HEADER.encode(),
}
_NOT_RETURNED = _HOP_BY_HOP | {b"content-length", b"content-encoding"}


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


class _PortInUseError(Exception):
    pass


class BackendError(Exception):
    """Prism could not be started (the message carries the end of its log)."""


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
    return sock


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _tail(path: Path, lines: int = 25, start: int = 0) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(start)
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


class PrismSupervisor:
    """Starts Prism, waits for its ready line, restarts it if it dies, stops it."""

    def __init__(
        self,
        install: PrismInstall,
        spec_file: Path,
        log_path: Path,
        *,
        dynamic: bool,
        seed: str | None,
        start_timeout: float,
    ) -> None:
        self.install = install
        self.spec_file = spec_file
        self.log_path = log_path
        self.dynamic = dynamic
        self.seed = seed
        self.start_timeout = start_timeout
        self.ready = asyncio.Event()
        self.port = 0
        self.proc: asyncio.subprocess.Process | None = None
        self.stopping = False
        self.failed: str | None = None
        self.generation = 0  # how many times Prism has become ready
        self._restarts: deque[float] = deque()

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def _command(self, port: int) -> list[str]:
        command = [
            str(node_executable()),
            str(runner_script()),
            str(self.install.entry),
            "mock",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-cors",
        ]
        if self.dynamic:
            command.append("--dynamic")
        if self.seed is not None:
            command += ["--seed", self.seed]
        command.append(str(self.spec_file))
        return command

    async def start(self) -> None:
        """Start Prism on a free loopback port; return once it listens.

        Raises:
            BackendError: Prism exited or did not become ready in time.
        """
        env = dict(os.environ)
        env.update({"NO_COLOR": "1", "FORCE_COLOR": "0", "NO_UPDATE_NOTIFIER": "1"})
        for _attempt in range(3):
            port = _free_loopback_port()
            offset = self.log_path.stat().st_size if self.log_path.exists() else 0
            with open(self.log_path, "ab") as log_file:
                proc = await asyncio.create_subprocess_exec(
                    *self._command(port),
                    stdin=asyncio.subprocess.PIPE,
                    stdout=log_file,
                    stderr=asyncio.subprocess.STDOUT,
                    start_new_session=True,
                    env=env,
                )
            outcome = await self._await_ready(proc, offset)
            if outcome == "ready":
                self.proc, self.port = proc, port
                self.generation += 1
                self.ready.set()
                return
            if outcome != "port-taken":
                raise BackendError(outcome)
        raise BackendError("Prism could not bind a loopback port three times in a row")

    async def _await_ready(self, proc: asyncio.subprocess.Process, offset: int) -> str:
        deadline = time.monotonic() + self.start_timeout
        while True:
            try:
                with open(self.log_path, "rb") as handle:
                    handle.seek(offset)
                    text = handle.read()
            except OSError:
                text = b""
            if PRISM_READY_MARK in text:
                return "ready"
            if proc.returncode is not None:
                if b"EADDRINUSE" in text:
                    return "port-taken"
                return (
                    f"Prism exited with status {proc.returncode} before it was ready. "
                    f"Last lines of its log ({self.log_path}):\n{_tail(self.log_path, 25, offset)}"
                )
            if time.monotonic() > deadline:
                await self._terminate(proc)
                return (
                    f"Prism was not ready within {self.start_timeout:g} s. Last lines of its log "
                    f"({self.log_path}):\n{_tail(self.log_path, 25, offset)}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 0.02)

    async def supervise(self, on_fatal: Callable[[], None]) -> None:
        """Restart Prism whenever it exits, until :meth:`stop` (at most 5 times a minute)."""
        while not self._stopped() and self.proc is not None:
            status = await self.proc.wait()
            if self._stopped():
                return
            self.ready.clear()
            log.error(
                "Prism (pid %s) exited with status %s; restarting it. Last lines of its log:\n%s",
                self.proc.pid,
                status,
                _tail(self.log_path, 15),
            )
            now = time.monotonic()
            self._restarts.append(now)
            while self._restarts and now - self._restarts[0] > 60:
                self._restarts.popleft()
            if len(self._restarts) > 5:
                self.failed = "Prism exited more than 5 times within a minute; giving up"
            else:
                try:
                    await self.start()
                    log.warning("Prism restarted (pid %s)", self.pid)
                    continue
                except BackendError as exc:
                    self.failed = str(exc)
            log.error("%s", self.failed)
            on_fatal()
            return

    async def died(self, generation: int, grace: float) -> bool:
        """Whether the Prism of ``generation`` has exited (waiting up to ``grace`` seconds)."""
        proc = self.proc
        if self.generation != generation or proc is None or proc.returncode is not None:
            return True
        try:
            await asyncio.wait_for(asyncio.shield(proc.wait()), grace)
        except TimeoutError:
            return False
        return True

    async def wait_for_restart(self, generation: int, timeout: float) -> bool:
        """Wait until a Prism newer than ``generation`` is ready (False on timeout/failure)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self.failed and not self.stopping:
            if self.generation > generation and self.ready.is_set():
                return True
            await asyncio.sleep(0.02)
        return False

    def _stopped(self) -> bool:
        return self.stopping

    @staticmethod
    async def _terminate(proc: asyncio.subprocess.Process) -> None:
        if proc.returncode is None and proc.stdin is not None:
            proc.stdin.close()  # the runner exits on end-of-file
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 2.0)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if proc.returncode is not None:
                break
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, sig)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 2.0)

    async def stop(self) -> None:
        """Stop Prism (its whole process group)."""
        self.stopping = True
        self.ready.clear()
        if self.proc is not None:
            await self._terminate(self.proc)


class WebhookEmitter:
    """Plays signed event sequences to callback URLs, in the background."""

    def __init__(self, *, duration: float, timeout: float, seed: str | None) -> None:
        self.duration = duration
        self.seed = seed
        # No pool limit: sequences to slow or unreachable receivers must never queue the
        # deliveries of other calls behind them.
        self._client = httpx.AsyncClient(
            trust_env=False,
            timeout=timeout,
            follow_redirects=False,
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=20),
        )
        self._tasks: set[asyncio.Task[None]] = set()

    def schedule(
        self,
        *,
        url: str,
        call_id: str,
        metadata: dict[str, Any],
        public_key: str,
        private_key: str,
        scenario: str,
    ) -> None:
        task = asyncio.create_task(
            self._play(url, call_id, metadata, public_key, private_key, scenario)
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _play(
        self,
        url: str,
        call_id: str,
        metadata: dict[str, Any],
        public_key: str,
        private_key: str,
        scenario: str,
    ) -> None:
        sequence = scenario_events(scenario)
        final = scenario_final_status(scenario)
        gap = self.duration / max(len(sequence) - 1, 1)
        started = datetime.now(UTC)
        for index, event_type in enumerate(sequence):
            if index:
                await asyncio.sleep(gap)
            event = build_event(
                event_type,
                call_id=call_id,
                metadata=metadata,
                final_status=final,
                started_at=started,
                seed=self.seed,
            )
            payload = encode_event(event)
            headers = signed_headers(payload, public_key=public_key, private_key=private_key)
            try:
                response = await self._client.post(url, content=payload, headers=headers)
            except httpx.HTTPError as exc:
                log.warning(
                    "webhook %s of call %s to %s failed: %s",
                    event_type,
                    call_id,
                    url,
                    f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
                )
                if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
                    # Nobody listens there: the rest of the sequence would fail the same way.
                    log.warning(
                        "webhooks of call %s: receiver unreachable, sequence dropped", call_id
                    )
                    return
                continue
            except Exception:  # never fatal for the server
                log.exception("webhook %s of call %s to %s failed", event_type, call_id, url)
                continue
            log.info(
                "webhook %s of call %s to %s: %s", event_type, call_id, url, response.status_code
            )

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._client.aclose()


@dataclass
class _Reply:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    note: str = ""
    preflight: bool = False


def _error(status: int, message: str, *extra: tuple[bytes, bytes]) -> _Reply:
    body = json.dumps(
        {"code": status, "message": message}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), *extra]
    return _Reply(status, headers, body, note=message)


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _request_violations(headers: httpx.Headers) -> bool:
    raw = headers.get("sl-violations")
    if raw is None:
        return False
    try:
        items = json.loads(raw)
    except ValueError:
        return True
    return any(
        isinstance(item, dict) and (item.get("location") or [None])[0] == "request"
        for item in items
    )


class FrontApp:
    """The ASGI application of the public port."""

    def __init__(
        self,
        routes: RouteTable,
        prism: PrismSupervisor,
        emitter: WebhookEmitter,
        options: ServeOptions,
    ) -> None:
        self.routes = routes
        self.prism = prism
        self.emitter = emitter
        self.options = options
        self._client = httpx.AsyncClient(
            trust_env=False,
            timeout=options.upstream_timeout,
            follow_redirects=False,
            # Idle connections are dropped well before Node closes them (after 5 s), so a
            # request never goes out on a connection Prism is closing.
            limits=httpx.Limits(
                max_connections=64, max_keepalive_connections=16, keepalive_expiry=2.0
            ),
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # no websockets; lifespan is off
        started = time.monotonic()
        headers: list[tuple[bytes, bytes]] = list(scope.get("headers", []))
        origin = _header(headers, b"origin")
        followup: Callable[[], None] | None = None
        try:
            reply, followup = await self._handle(scope, receive, headers)
        except Exception:  # the front must never die on a request
            log.exception("internal error while handling %s %s", scope["method"], scope["path"])
            reply = _error(500, "Internal error in the mock front; see its log")
        if origin is not None:
            reply.headers += self._cors(origin, reply.headers, preflight=reply.preflight)
        if reply.status not in (204, 304):
            reply.headers.append((b"content-length", str(len(reply.body)).encode()))
        await send(
            {"type": "http.response.start", "status": reply.status, "headers": reply.headers}
        )
        await send({"type": "http.response.body", "body": reply.body})
        if followup is not None:
            followup()
        if self.options.access_log:
            log.info(
                "%s %s -> %s (%d ms)%s",
                scope["method"],
                scope.get("raw_path", b"").decode("latin-1")[:200] or scope["path"],
                reply.status,
                (time.monotonic() - started) * 1000,
                f"  [mock: {reply.note}]" if reply.note else "",
            )

    @staticmethod
    def _cors(
        origin: str, response_headers: list[tuple[bytes, bytes]], *, preflight: bool
    ) -> list[tuple[bytes, bytes]]:
        """CORS headers for an answer to ``origin``: any origin may call the mock."""
        out = [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-allow-credentials", b"true"),
        ]
        if preflight:
            out.append(
                (b"vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
            )
            return out
        out.append((b"vary", b"Origin"))
        exposed = sorted({key.lower() for key, _ in response_headers} - {b"content-type"})
        if exposed:
            out.append((b"access-control-expose-headers", b", ".join(exposed)))
        return out

    def _preflight(self, path: str, headers: list[tuple[bytes, bytes]]) -> _Reply:
        method = (_header(headers, b"access-control-request-method") or "GET").upper()
        allowed = self.routes.allowed_methods(path) or [method]
        reply = _Reply(
            204,
            [
                (b"access-control-allow-methods", ", ".join([*allowed, "OPTIONS"]).encode()),
                (b"access-control-max-age", b"600"),
            ],
            b"",
            preflight=True,
        )
        requested = _header(headers, b"access-control-request-headers")
        if requested:
            reply.headers.append((b"access-control-allow-headers", requested.encode("latin-1")))
        if _header(headers, b"access-control-request-private-network") == "true":
            reply.headers.append((b"access-control-allow-private-network", b"true"))
        return reply

    async def _handle(
        self, scope: Scope, receive: Receive, headers: list[tuple[bytes, bytes]]
    ) -> tuple[_Reply, Callable[[], None] | None]:
        method: str = scope["method"].upper()
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode("utf-8")
        query: bytes = scope.get("query_string", b"")
        try:
            path = _screen.check_path(raw_path)
            _screen.check_query(query)
        except Rejection as exc:
            return _error(exc.status, exc.message), None
        if (
            method == "OPTIONS"
            and _header(headers, b"origin") is not None
            and _header(headers, b"access-control-request-method") is not None
        ):
            return self._preflight(path, headers), None

        scenario = _header(headers, SCENARIO_HEADER.encode()) or self.options.scenario
        if scenario not in SCENARIOS:
            return _error(
                400,
                f"Unknown {SCENARIO_HEADER} {scenario!r}; choose one of {', '.join(SCENARIOS)}",
            ), None

        found = self.routes.match(path)
        if found is not None and method not in found[1]:
            # OpenAPI matches a concrete path before a templated one, so DELETE
            # /v1/number-pool/search is a method the concrete path lacks (405), not a DELETE of
            # number "search". Prism would fall through to the template; answer here instead.
            allow = ", ".join(sorted(found[1])).encode()
            return _error(405, f"{method} is not allowed on {found[0]}", (b"allow", allow)), None
        operation = self.routes.operation(method, path)
        if operation is not None and operation.empty_query_refused:
            # Prism treats `?numberType=` as if the parameter were absent; the spec's schema
            # (an enum, a minimum length, a number) cannot accept an empty value.
            for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
                if value == "" and name in operation.empty_query_refused:
                    return _error(400, f"Query parameter {name!r} must not be empty"), None
        try:
            body = await self._read_body(receive, headers)
            body, content_type, parsed = self._screen_body(body, headers, operation)
        except Rejection as exc:
            extra = [(b"connection", b"close")] if exc.status in (408, 413) else []
            return _error(exc.status, exc.message, *extra), None

        reply, response = await self._forward(method, raw_path, query, headers, body, content_type)
        if reply.status == 405 and _header(reply.headers, b"allow") is None:
            allowed = self.routes.allowed_methods(path)
            if allowed:
                reply.headers.append((b"allow", ", ".join(allowed).encode()))
        followup = None
        if operation is not None and operation.has_callbacks and response is not None:
            followup = self._webhooks(response, parsed, headers, scenario)
        return reply, followup

    async def _read_body(self, receive: Receive, headers: list[tuple[bytes, bytes]]) -> bytes:
        limit = self.options.max_body_bytes
        declared = _header(headers, b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                raise Rejection(400, "Content-Length is not a number")
            if int(declared) > limit:
                raise Rejection(413, f"Request body over the mock's limit of {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.options.body_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        raise Rejection(400, "The client disconnected before sending the body")
                    chunk: bytes = message.get("body", b"")
                    size += len(chunk)
                    if size > limit:
                        raise Rejection(413, f"Request body over the mock's limit of {limit} bytes")
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            raise Rejection(
                408, f"The request body did not arrive within {self.options.body_timeout:g} s"
            ) from None
        return b"".join(chunks)

    def _screen_body(
        self, body: bytes, headers: list[tuple[bytes, bytes]], operation: Operation | None
    ) -> tuple[bytes, str | None, Any]:
        """The body and Content-Type to forward, and the parsed JSON (None when not JSON)."""
        encoding = (_header(headers, b"content-encoding") or "identity").strip().lower()
        if encoding not in ("", "identity"):
            raise Rejection(400, f"Unsupported Content-Encoding {encoding!r}: send it uncompressed")
        raw_type = _header(headers, b"content-type")
        if not body:
            return body, raw_type, None
        media_type, params = _screen.parse_media_type(raw_type)
        _screen.check_charset(params)
        if operation is not None and operation.has_request_body:
            accepted = operation.request_media_types
            if not any(fnmatch.fnmatchcase(media_type, pattern) for pattern in accepted):
                shown = f"{media_type!r}" if media_type else "no Content-Type"
                raise Rejection(
                    400,
                    f"Unsupported content type: {shown}; {operation.method} {operation.template} "
                    f"accepts {', '.join(accepted) or 'no body'}",
                )
        if _screen.is_json_media_type(media_type):
            body, parsed = _screen.check_json(body)
            return body, raw_type, parsed
        if operation is not None and media_type == "multipart/form-data":
            parts = _screen.parse_multipart(body, params.get("boundary"))
            if operation.form_fields is not None:
                # Prism does not apply `additionalProperties: false` to form parts.
                for part in parts:
                    if part.name not in operation.form_fields:
                        raise Rejection(
                            400,
                            f"Unexpected form part {part.name!r}; {operation.template} takes "
                            f"{', '.join(sorted(operation.form_fields))}",
                        )
            canonical, new_type = _screen.serialize_multipart(parts)
            return canonical, new_type, None
        if operation is not None and media_type == "application/x-www-form-urlencoded":
            _screen.check_form(body)
        return body, raw_type, None

    async def _forward(
        self,
        method: str,
        raw_path: bytes,
        query: bytes,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        content_type: str | None,
    ) -> tuple[_Reply, httpx.Response | None]:
        if not self.prism.ready.is_set():
            try:
                await asyncio.wait_for(self.prism.ready.wait(), 10.0)
            except TimeoutError:
                return _error(
                    503,
                    "The mock backend (Prism) is restarting; retry in a moment",
                    (b"retry-after", b"1"),
                ), None
        target = quote_from_bytes(raw_path, safe="/%:@!$&'()*+,;=-._~")
        if query:
            target += "?" + quote_from_bytes(query, safe="/%:@!$&'()*+,;=-._~?")
        forwarded = [(k, v) for k, v in headers if k.lower() not in _NOT_FORWARDED]
        if content_type is not None:
            forwarded = [(k, v) for k, v in forwarded if k.lower() != b"content-type"]
            forwarded.append((b"content-type", content_type.encode("latin-1", "replace")))
        url = httpx.URL(
            scheme="http", host="127.0.0.1", port=self.prism.port, raw_path=target.encode()
        )
        generation = self.prism.generation
        try:
            try:
                response = await self._client.request(
                    method, url, headers=forwarded, content=body or None
                )
            except httpx.TimeoutException:
                raise
            except httpx.TransportError:
                # Prism is gone (killed from outside): once the supervisor has a new one
                # ready, send the request again. Prism keeps no state, so this is harmless.
                if not await self.prism.died(generation, grace=1.0):
                    raise
                if not await self.prism.wait_for_restart(generation, 10.0):
                    return _error(
                        503,
                        "The mock backend (Prism) is restarting; retry in a moment",
                        (b"retry-after", b"1"),
                    ), None
                url = url.copy_with(port=self.prism.port)
                response = await self._client.request(
                    method, url, headers=forwarded, content=body or None
                )
        except httpx.TimeoutException:
            return _error(
                504,
                "The mock backend (Prism) did not answer within "
                f"{self.options.upstream_timeout:g} s",
            ), None
        except httpx.TransportError as exc:
            return _error(502, f"The mock backend (Prism) failed on this request: {exc!r}"), None
        out = [
            (k, v)
            for k, v in response.headers.raw
            if k.lower() not in _NOT_RETURNED and not k.lower().startswith(b"access-control-")
        ]
        return _Reply(response.status_code, out, response.content), response

    def _webhooks(
        self,
        response: httpx.Response,
        parsed: Any,
        headers: list[tuple[bytes, bytes]],
        scenario: str,
    ) -> Callable[[], None] | None:
        if not 200 <= response.status_code < 300 or _request_violations(response.headers):
            return None
        if not isinstance(parsed, dict):
            return None
        url = parsed.get("callbackUrl")
        if not isinstance(url, str):
            return None
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            log.warning("no webhooks: callbackUrl %r is not an http(s) URL", url)
            return None
        try:
            call_id = response.json().get("callId")
        except (ValueError, AttributeError):
            call_id = None
        public_key = _header(headers, b"x-public-key")
        private_key = _header(headers, b"x-private-key")
        if not isinstance(call_id, str) or not public_key or not private_key:
            log.warning("no webhooks: the answer has no callId or the request no keys")
            return None
        metadata = parsed.get("metadata")
        metadata = metadata if isinstance(metadata, dict) else {}

        def schedule() -> None:
            self.emitter.schedule(
                url=url,
                call_id=call_id,
                metadata=metadata,
                public_key=public_key,
                private_key=private_key,
                scenario=scenario,
            )

        return schedule


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling (``run`` installs handlers on the loop)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Any:
        yield


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
        sock = _bind(options.host, options.port)
    except _PortInUseError:
        log.error(
            "port %s on %s is already in use (another voice-agents-mock or Prism?); "
            "stop it or choose another port with --port",
            options.port,
            options.host,
        )
        return EXIT_PORT_IN_USE
    except OSError as exc:
        log.error("cannot listen on %s port %s: %s", options.host, options.port, exc)
        return 1
    try:
        spec_path = options.spec or shipped_spec_path()
        spec = load_spec(spec_path)
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
    exit_status = 0
    emitter: WebhookEmitter | None = None
    app: FrontApp | None = None
    prism: PrismSupervisor | None = None
    tasks: list[asyncio.Task[None]] = []
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
        )
        try:
            await prism.start()
        except BackendError as exc:
            log.error("%s", exc)
            return EXIT_BACKEND
        emitter = WebhookEmitter(
            duration=options.webhook_duration, timeout=options.webhook_timeout, seed=options.seed
        )
        app = FrontApp(RouteTable(spec), prism, emitter, options)
        config = uvicorn.Config(
            app,
            lifespan="off",
            http="h11",
            loop="asyncio",
            log_level="warning",
            access_log=False,
            server_header=False,
            date_header=False,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=3,
        )
        server = _Server(config)

        def stop() -> None:
            if server.should_exit:
                server.force_exit = True
            server.should_exit = True

        def fatal() -> None:
            nonlocal exit_status
            exit_status = EXIT_BACKEND
            server.should_exit = True

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

        async def announce() -> None:
            while not server.started:
                if server.should_exit:
                    return
                await asyncio.sleep(0.005)
            print(
                f"{READY_MARK}{url} (Prism {install.version}, pid {prism.pid if prism else '?'}; "
                f"Prism log: {prism_log})",
                flush=True,
            )

        tasks.append(asyncio.create_task(announce()))
        tasks.append(asyncio.create_task(prism.supervise(fatal)))
        await server.serve(sockets=[sock])
        return exit_status
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if emitter is not None:
            await emitter.aclose()
        if app is not None:
            await app.aclose()
        if prism is not None:
            await prism.stop()
        shutil.rmtree(workdir, ignore_errors=True)
        log.info("voice-agents-mock stopped")


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: Callable[[], None]) -> None:
    """Stop the server when stdin reaches end-of-file (the parent process is gone)."""
    with contextlib.suppress(OSError, ValueError):
        while sys.stdin.buffer.read(65536):
            pass
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(stop)
