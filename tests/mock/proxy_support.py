"""A fake upstream for the proxy tests: a real loopback HTTP server with canned answers.

It answers some operations as the spec says and some with the drift a real API shows (a wrong
type, a missing required field, an undocumented status), and keeps every request it received
(headers and body bytes) so a test can check what the proxy sent.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["ANSWERS", "FakeUpstream", "Received"]

VOICES = (
    b'{"status_code": 200,  "message": "Voices fetched successfully.", "data": '
    b'[{"_id": "6690a1b2c3d4e5f600000301", "slug": "priya", '
    b'"sampleAudio": "https://cdn.miraiminds.co/voices/priya.wav"}]}'
)
"""Right, and spaced oddly on purpose: the client must get these exact bytes."""

ANSWERS: dict[tuple[str, str], tuple[int, bytes]] = {
    ("GET", "/v1/admin/voice-gallery"): (200, VOICES),
    # Wrong type: status_code is a string.
    ("GET", "/health"): (
        200,
        b'{"status_code": "200", "message": "ok", "data": '
        b'{"underMaintenance": false, "status": "healthy"}}',
    ),
    # Missing required field: the abort answer has no message.
    ("POST", "/v2/call/abort"): (200, b"{}"),
    # Undocumented status.
    ("GET", "/v1/knowledge-base/files"): (418, b'{"code": 418, "message": "teapot"}'),
}
"""Exactly three of these four violate the spec (all but the voice gallery)."""


@dataclass(frozen=True)
class Received:
    """One request as the fake upstream got it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class FakeUpstream:
    """The fake upstream on a free loopback port (``url``); ``received`` lists the requests."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                owner.received.append(
                    Received(
                        self.command,
                        self.path,
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                    )
                )
                status, payload = ANSWERS.get(
                    (self.command, path), (404, b'{"code": 404, "message": "Not found"}')
                )
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("x-upstream-trace", "trace-0001")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
