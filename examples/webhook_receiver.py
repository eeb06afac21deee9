"""A webhook receiver for Voice Agents events: verify, parse, deduplicate, log.

Standard library plus ``voice_agents`` only. Run it, then give its URL as ``callback_url`` to
``initiate_call`` (the live API wants HTTPS, so put it behind a TLS proxy or tunnel; the local
mock accepts plain HTTP)::

    export VOICE_AGENTS_PRIVATE_KEY=sk_...      # the key the events are signed with
    python examples/webhook_receiver.py --port 8000
    # events go to http://127.0.0.1:8000/webhooks/voice-agents

Every delivery is answered at once:

* ``401`` when ``x-signature`` is missing or does not match the raw body: nothing is done;
* ``400`` when the signed body is not a readable event;
* ``200`` otherwise, including for a repeated delivery (recognised by
  :func:`voice_agents.webhooks.idempotency_key` and skipped) and for event types this version
  of the library does not know (logged and kept);
* ``500`` when your handler raised: the event is forgotten so that a redelivery is processed.

Replace :func:`log_event` (or pass ``on_event=``) with your own logic; keep it fast and hand
slow work to a queue. The deduplication memory here is per process and bounded; a real
deployment keeps the keys in its database (a unique column) so they survive restarts and are
shared between instances.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from voice_agents import webhooks
from voice_agents.errors import WebhookPayloadError, WebhookSignatureError
from voice_agents.webhooks import ActionEventData, CreateOrderPayload, WebhookEvent

__all__ = ["DEFAULT_PATH", "SeenKeys", "WebhookReceiver", "log_event", "main"]

logger = logging.getLogger("webhook_receiver")

DEFAULT_PATH = "/webhooks/voice-agents"
MAX_BODY_BYTES = 1024 * 1024


class SeenKeys:
    """A bounded, thread-safe set of idempotency keys (oldest forgotten first)."""

    def __init__(self, capacity: int = 100_000) -> None:
        self._capacity = capacity
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, key: str) -> bool:
        """Remember ``key``; ``False`` when it was already there (a duplicate)."""
        with self._lock:
            if key in self._keys:
                return False
            self._keys[key] = None
            if len(self._keys) > self._capacity:
                self._keys.popitem(last=False)
            return True

    def discard(self, key: str) -> None:
        """Forget ``key`` (its handling failed, so a redelivery must be processed)."""
        with self._lock:
            self._keys.pop(key, None)


def log_event(event: WebhookEvent) -> None:
    """The default handler: one log line per event, without personal data."""
    call = event.call
    parts = [event.type, f"call={event.call_id or '-'}"]
    if call is not None and call.status is not None:
        parts.append(f"status={call.status}")
    data = event.data
    if isinstance(data, ActionEventData):
        parts.append(f"action={data.action}")
        if data.reason is not None:
            parts.append(f"reason={data.reason}")
        if isinstance(data.payload, CreateOrderPayload):
            parts.append(f"items={len(data.payload.line_items)} total={data.payload.cart_total}")
    else:
        if data.analysis is not None:
            parts.append(f"success={data.analysis.success}")
        if data.credits is not None:
            parts.append(f"credits_used={data.credits.used}")
        if data.report is not None:
            parts.append(f"final_status={data.report.final_status}")
    if not event.is_known:
        parts.append("(event type unknown to this library version; kept)")
    if event.is_final:
        parts.append("-> last event of this call: close the record")
    logger.info("event %s", " ".join(parts))


class WebhookReceiver(ThreadingHTTPServer):
    """An HTTP server that accepts signed Voice Agents deliveries on one path.

    Args:
        address: ``(host, port)`` to listen on; port ``0`` picks a free one (see ``url``).
        private_key: The organization's private key (``sk_...``) the events are signed with.
        on_event: Called once per new event (duplicates are skipped); defaults to
            :func:`log_event`. If it raises, the delivery is answered 500.
        path: The URL path to accept deliveries on.

    Attributes:
        counts: Deliveries by outcome: ``accepted``, ``duplicate``, ``rejected``, ``failed``.
    """

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        private_key: str,
        *,
        on_event: Callable[[WebhookEvent], None] | None = None,
        path: str = DEFAULT_PATH,
    ) -> None:
        if not private_key:
            raise ValueError("a private key is needed to verify deliveries")
        super().__init__(address, _Handler)
        self._private_key = private_key
        self.on_event = on_event or log_event
        self.endpoint_path = path
        self.seen = SeenKeys()
        self.counts: Counter[str] = Counter()
        self._counts_lock = threading.Lock()

    def __repr__(self) -> str:  # never show the key
        return f"WebhookReceiver(url={self.url!r})"

    @property
    def url(self) -> str:
        """The full URL to give as ``callbackUrl``."""
        host, port = self.server_address[:2]
        host_text = host.decode() if isinstance(host, bytes) else host
        return f"http://{host_text}:{port}{self.endpoint_path}"

    def _count(self, outcome: str) -> None:
        with self._counts_lock:
            self.counts[outcome] += 1

    def handle_delivery(
        self, body: bytes, headers: webhooks.HeadersLike
    ) -> tuple[int, dict[str, Any]]:
        """Verify, parse, deduplicate and dispatch one delivery; return (status, JSON reply)."""
        try:
            event = webhooks.construct_event(body, headers, self._private_key)
        except WebhookSignatureError as exc:
            self._count("rejected")
            logger.warning("rejected a delivery (%s): %s", exc.reason, exc)
            return 401, {"error": "invalid signature"}
        except WebhookPayloadError as exc:
            self._count("rejected")
            logger.warning("rejected a signed delivery: %s", exc)
            return 400, {"error": "unreadable event", "path": exc.path}
        key = webhooks.idempotency_key(event)
        if not self.seen.add(key):
            self._count("duplicate")
            logger.info("duplicate delivery skipped: %s", key)
            return 200, {"received": True, "duplicate": True}
        try:
            self.on_event(event)
        except Exception:
            self.seen.discard(key)
            self._count("failed")
            logger.exception("handler failed for %s; a redelivery will be processed", key)
            return 500, {"error": "handler failed"}
        self._count("accepted")
        return 200, {"received": True}


class _Handler(BaseHTTPRequestHandler):
    server: WebhookReceiver
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            self.close_connection = True  # the body was not read
            self._reply(411, {"error": "Content-Length required"})
            return
        length = int(length_text)
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._reply(413, {"error": "body too large"})
            return
        if self.path.split("?", 1)[0] != self.server.endpoint_path:
            self.rfile.read(length)
            self._reply(404, {"error": "not found"})
            return
        body = self.rfile.read(length)  # the raw bytes: verify these, never re-serialised JSON
        status, reply = self.server.handle_delivery(body, self.headers)
        self._reply(status, reply)

    def do_GET(self) -> None:
        self._reply(405, {"error": "POST only"}, allow="POST")

    def _reply(self, status: int, body: dict[str, Any], allow: str | None = None) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if allow is not None:
            self.send_header("Allow", allow)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point: serve until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    parser.add_argument("--port", type=int, default=8000, help="port (0 picks a free one)")
    parser.add_argument("--path", default=DEFAULT_PATH, help="URL path of the endpoint")
    args = parser.parse_args(argv)
    private_key = os.environ.get("VOICE_AGENTS_PRIVATE_KEY", "")
    if not private_key:
        print("set VOICE_AGENTS_PRIVATE_KEY to the private key (sk_...)", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    with WebhookReceiver((args.host, args.port), private_key, path=args.path) as server:
        logger.info("listening on %s", server.url)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
