"""pytest plugin (entry point ``pytest11``): a running mock, a client for it, a webhook receiver.

Fixtures:

* ``voice_agents_mock``: a started :class:`~voice_agents_mock.MockServer` on a free loopback
  port. One server per distinct ``voice_agents_mock_options`` runs for the whole session (so a
  sub-folder's options are honoured, not silently replaced by the first folder's); after every
  test that used it, the server is reset: what the test programmed, recorded or created is gone
  for the next one. Mark a test ``@pytest.mark.voice_agents_keep_state`` to leave its state to
  the tests after it.
* ``voice_agents_client`` (function): a ``voice_agents.VoiceAgentsClient`` for that mock, with
  the test keys, workspace and organization of :mod:`voice_agents_mock`, and no retries.
* ``voice_agents_mock_options`` (session): keyword arguments for the ``MockServer``; override it
  in a ``conftest.py`` to change them, e.g. ``return {"dynamic": True, "seed": 1}``.
* ``voice_agents_webhook_receiver`` (function): a loopback HTTP server that verifies and parses
  every delivery (``.url``, ``.events``, ``.wait_for(type, timeout)``).

The fixture's value is a ``MockServer``, which carries the package's constants too
(``voice_agents_mock.TEST_PUBLIC_KEY`` works inside a test that takes the fixture). Nothing
starts unless a test asks for one of these fixtures.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import pytest

from ._core.constants import TEST_ORGANIZATION, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY, TEST_WORKSPACE
from .server import MockServer

if TYPE_CHECKING:
    from voice_agents import VoiceAgentsClient

__all__ = [
    "WebhookReceiver",
    "voice_agents_client",
    "voice_agents_mock",
    "voice_agents_mock_options",
    "voice_agents_webhook_receiver",
]

KEEP_STATE_MARKER = "voice_agents_keep_state"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{KEEP_STATE_MARKER}: do not reset the voice_agents_mock after this test (its state, "
        "journal and programmed answers stay for the next tests)",
    )


class _Servers:
    """The session's mocks, one per distinct option set, stopped at the end."""

    def __init__(self) -> None:
        self._servers: dict[str, MockServer] = {}

    def get(self, options: dict[str, Any]) -> MockServer:
        try:
            key = json.dumps(options, sort_keys=True, default=str)
        except (TypeError, ValueError) as exc:
            raise pytest.UsageError(
                f"voice_agents_mock_options must be JSON-like keyword arguments: {exc}"
            ) from exc
        server = self._servers.get(key)
        if server is None or not server.is_running():
            server = MockServer(**options).start()
            self._servers[key] = server
        return server

    def stop(self) -> None:
        for server in self._servers.values():
            server.stop()
        self._servers.clear()


@pytest.fixture(scope="session")
def _voice_agents_mock_servers() -> Iterator[_Servers]:
    servers = _Servers()
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture(scope="session")
def voice_agents_mock_options() -> dict[str, Any]:
    """Keyword arguments for the session's ``MockServer`` (override in your conftest.py)."""
    return {}


@pytest.fixture
def voice_agents_mock(
    request: pytest.FixtureRequest,
    voice_agents_mock_options: dict[str, Any],
    _voice_agents_mock_servers: _Servers,
) -> Iterator[MockServer]:
    """A running mock (``.url`` is its base URL), reset after the test."""
    if not isinstance(voice_agents_mock_options, dict):
        raise pytest.UsageError(
            "voice_agents_mock_options must return a dict of MockServer keyword arguments, "
            f"not {type(voice_agents_mock_options).__name__}"
        )
    server = _voice_agents_mock_servers.get(voice_agents_mock_options)
    yield server
    if request.node.get_closest_marker(KEEP_STATE_MARKER) is None and server.is_running():
        server.reset()


@pytest.fixture
def voice_agents_client(voice_agents_mock: MockServer) -> Iterator[VoiceAgentsClient]:
    """A ``VoiceAgentsClient`` pointed at the mock, with the test credentials."""
    from voice_agents import VoiceAgentsClient

    client = VoiceAgentsClient(
        public_key=TEST_PUBLIC_KEY,
        private_key=TEST_PRIVATE_KEY,
        workspace=TEST_WORKSPACE,
        organization=TEST_ORGANIZATION,
        base_url=voice_agents_mock.url,
        max_retries=0,
    )
    try:
        yield client
    finally:
        client.close()


class WebhookReceiver:
    """A loopback HTTP server that verifies and parses every webhook it receives.

    ``events`` holds the parsed events (``voice_agents.webhooks.construct_event``, verified with
    ``private_key``) in arrival order; a delivery whose signature does not verify is answered
    401 and kept in ``rejected`` (raw bodies).
    """

    def __init__(self, private_key: str = TEST_PRIVATE_KEY) -> None:
        self.private_key = private_key
        self.events: list[Any] = []
        self.rejected: list[bytes] = []
        self._changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                from voice_agents.webhooks import construct_event

                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    event = construct_event(body, headers, receiver.private_key)
                except Exception:
                    status = 401
                    with receiver._changed:
                        receiver.rejected.append(body)
                        receiver._changed.notify_all()
                else:
                    status = 200
                    with receiver._changed:
                        receiver.events.append(event)
                        receiver._changed.notify_all()
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/webhooks"

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

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def voice_agents_webhook_receiver() -> Iterator[WebhookReceiver]:
    """A webhook receiver on a free loopback port (``.url``, ``.events``, ``.wait_for``)."""
    receiver = WebhookReceiver()
    try:
        yield receiver
    finally:
        receiver.close()
