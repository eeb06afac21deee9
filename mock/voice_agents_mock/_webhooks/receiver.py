"""A webhook receiver on a loopback port: what the pytest fixture and the test suites use.

Internal module; the public name is ``voice_agents_mock.pytest_plugin.WebhookReceiver``. Every
POST is kept raw (:attr:`WebhookReceiver.deliveries`, :meth:`WebhookReceiver.take`) and, when
its signature verifies with ``private_key``, parsed (:attr:`WebhookReceiver.events`,
:meth:`WebhookReceiver.wait_for`); a delivery that does not verify is kept in ``rejected``.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .._core.constants import TEST_PRIVATE_KEY

__all__ = ["Delivery", "WebhookReceiver"]


@dataclass(frozen=True)
class Delivery:
    """One POST the receiver got: its path, headers (lower-case names) and raw body."""

    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


class WebhookReceiver:
    """A loopback HTTP server that keeps, verifies and parses every webhook it receives.

    ``events`` holds the parsed events (``voice_agents.webhooks.construct_event``, verified with
    ``private_key``) in arrival order and the delivery is answered 200; one whose signature
    does not verify is answered 401 and its body kept in ``rejected``. ``status`` answers every
    delivery with that status instead (and ``headers``): a receiver that fails or redirects.

    Args:
        private_key: the key deliveries are verified with.
        status: answer every delivery with this status (None: 200 verified, 401 otherwise).
        headers: extra headers of every answer.
        host: the loopback address to listen on.
        path: the path of :attr:`url` (deliveries to any path are received).
    """

    def __init__(
        self,
        private_key: str = TEST_PRIVATE_KEY,
        *,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        host: str = "127.0.0.1",
        path: str = "/webhooks",
    ) -> None:
        self.private_key = private_key
        self.status = status
        self.extra_headers = dict(headers or {})
        self.events: list[Any] = []
        self.rejected: list[bytes] = []
        self.deliveries: list[Delivery] = []
        self._changed = threading.Condition()
        self._taken = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                status = receiver._receive(Delivery(self.path, headers, body))
                self.send_response(status)
                for name, value in receiver.extra_headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self.url = f"http://{host}:{self._server.server_address[1]}{path}"

    def _receive(self, delivery: Delivery) -> int:
        from voice_agents.webhooks import construct_event

        try:
            event = construct_event(delivery.body, delivery.headers, self.private_key)
        except Exception:
            event = None
        with self._changed:
            self.deliveries.append(delivery)
            if event is None:
                self.rejected.append(delivery.body)
            else:
                self.events.append(event)
            self._changed.notify_all()
        if self.status is not None:
            return self.status
        return 401 if event is None else 200

    @staticmethod
    def _type(event: Any) -> str:
        value = getattr(event, "type", None)
        return str(getattr(value, "value", value))

    def types(self) -> list[str]:
        """The ``event.type`` of every verified event so far."""
        with self._changed:
            return [self._type(event) for event in self.events]

    def wait_for(self, event_type: str, timeout: float = 10.0) -> Any:
        """The first event of ``event_type`` (waits for it).

        Raises:
            TimeoutError: none arrived within ``timeout`` seconds (the message lists what did).
        """
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events:
                    if self._type(event) == event_type:
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [self._type(event) for event in self.events]
                    raise TimeoutError(
                        f"no {event_type} event within {timeout:g} s; received {seen}"
                    )
                self._changed.wait(remaining)

    def take(self, count: int, timeout: float = 10.0) -> list[Delivery]:
        """The next ``count`` deliveries not taken yet, raw, verified or not (waits for them).

        Raises:
            TimeoutError: fewer arrived within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.deliveries) - self._taken < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    got = len(self.deliveries) - self._taken
                    raise TimeoutError(f"{got} of {count} deliveries within {timeout:g} s")
                self._changed.wait(remaining)
            taken = self.deliveries[self._taken : self._taken + count]
            self._taken += count
            return taken

    def pending(self) -> int:
        """How many deliveries arrived that :meth:`take` has not returned yet."""
        with self._changed:
            return len(self.deliveries) - self._taken

    def close(self) -> None:
        """Stop listening."""
        self._server.shutdown()
        self._server.server_close()
