"""The front in process: the real relay and front on a free loopback port, a fake Prism behind.

Most tests of the front need no Prism subprocess: :class:`InProcessFront` runs the relay
(``_http``), the front (``_front``) and the webhook emitter on an event loop in a background
thread, with :class:`FakeUpstream` answering what Prism would and recording what it was sent.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from voice_agents_mock._control.journal import RequestJournal, WebhookJournal
from voice_agents_mock._control.plane import ControlPlane
from voice_agents_mock._core.policy import AccessPolicy
from voice_agents_mock._front.front import Front, FrontSettings
from voice_agents_mock._front.mock import MockApi
from voice_agents_mock._front.screen import MAX_BODY_BYTES
from voice_agents_mock._http.relay import RelayLimits, serve_connections
from voice_agents_mock._http.upstream import UpstreamReply
from voice_agents_mock._prism.provision import shipped_spec_path
from voice_agents_mock._spec.document import RouteTable, load_spec
from voice_agents_mock._spec.index import SpecIndex
from voice_agents_mock._state.store import StateStore
from voice_agents_mock._webhooks.emitter import DeliveryRecord, WebhookEmitter

CALL_ID = "68f0a1b2c3d4e5f600000900"


@dataclass
class Forwarded:
    """One request the fake Prism received."""

    method: str
    target: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> bytes | None:
        return next((v for k, v in self.headers if k == name), None)


@dataclass
class FakeUpstream:
    """Answers like Prism would for a valid request: 200 and a small JSON body."""

    received: list[Forwarded] = field(default_factory=list)
    answer: Callable[[Forwarded], UpstreamReply] | None = None

    async def forward(
        self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> UpstreamReply:
        request = Forwarded(method, target, headers, body)
        self.received.append(request)
        if self.answer is not None:
            return self.answer(request)
        payload: dict[str, Any] = {"ok": True}
        if target.startswith(b"/v2/call/initiate"):
            payload = {"callId": CALL_ID, "status": "initiate"}
        return UpstreamReply(
            200, [(b"content-type", b"application/json")], json.dumps(payload).encode()
        )


class InProcessFront:
    """The relay and front on ``127.0.0.1:<free port>`` until :meth:`close`."""

    def __init__(
        self,
        *,
        upstream: FakeUpstream | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        body_timeout: float = 10.0,
        webhook_duration: float = 0.0,
        stateful: bool = False,
        journal_size: int = 1000,
        **policy: Any,
    ) -> None:
        self.upstream = upstream or FakeUpstream()
        self.deliveries: list[DeliveryRecord] = []
        self.policy = AccessPolicy.create(bound_host="127.0.0.1", **policy)
        self._loop = asyncio.new_event_loop()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.setblocking(False)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        limits = RelayLimits(
            max_body_bytes=max_body_bytes, body_timeout=body_timeout, keepalive_timeout=5.0
        )
        ready = threading.Event()

        async def start() -> None:
            spec = load_spec(shipped_spec_path())
            index = SpecIndex(spec)
            self.webhook_journal = WebhookJournal(journal_size)
            self.control = ControlPlane(
                index,
                StateStore(index) if stateful else None,
                RequestJournal(journal_size),
                self.webhook_journal,
            )

            def record(delivery: DeliveryRecord) -> None:
                self.deliveries.append(delivery)
                self.webhook_journal.add(delivery)

            self.emitter = WebhookEmitter(
                duration=webhook_duration,
                timeout=5.0,
                seed=None,
                policy=self.policy,
                record=record,
            )
            self.control.resender = self.emitter.resend
            routes = RouteTable(spec)
            api = MockApi(routes, self.upstream, self.emitter, self.control, "completed")
            self.front = Front(
                routes, self.policy, FrontSettings(scenario="completed"), self.control, api
            )
            self._server = await serve_connections(self._sock, self.front, limits)
            ready.set()

        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(start(), self._loop).result(10)
        ready.wait(10)

    def close(self) -> None:
        async def stop() -> None:
            self._server.close()
            await self.emitter.aclose()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
        self._sock.close()

    def __enter__(self) -> InProcessFront:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def exchange(port: int, data: bytes, *, timeout: float = 3.0) -> bytes:
    """Send ``data`` on one connection and read until the server closes it (or timeout)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def statuses(raw: bytes) -> list[int]:
    """The status codes of every response in ``raw``, in order."""
    return [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", raw) if code != b"100"]
