"""Helpers of the browser tests: the frontend's own origin (the receiver is the plugin's)."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PAGES = Path(__file__).parent

# A name Chromium resolves to loopback without DNS: pages served under it have an origin the
# mock does not trust by default (it is not a loopback name), which is exactly what the
# origin-rule tests need, without ever leaving this machine.
FOREIGN_HOST = "app.example"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class PageServer:
    """Serves a folder on a free loopback port: the frontend's own origin."""

    def __init__(self, folder: Path) -> None:
        handler = partial(_QuietHandler, directory=str(folder))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def origin(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def console_errors(driver: Any) -> list[str]:
    """The SEVERE entries of the page's console since the last call."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
