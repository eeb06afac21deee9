"""``MockServer``: run the local mock in a child process, from Python code or tests.

This module is the process handling; the control plane's client is :class:`~.control.
MockControl`, which :attr:`MockServer.control` gives bound to the running mock (its methods are
also :class:`MockServer`'s). Every setting is declared once, in ``MockOptions``: the keywords
below, the child's command line and the CLI's flags come from it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

from ._core.constants import (
    DEFAULT_INDEXING_TIME,
    EXIT_PORT_IN_USE,
    EXIT_SEED_DATA,
    TEST_ORGANIZATION,
    TEST_PRIVATE_KEY,
    TEST_PUBLIC_KEY,
    TEST_WORKSPACE,
)
from ._core.errors import MockStartError, PortInUseError
from ._core.forms import server_keywords
from ._core.options import MockOptions
from ._launch.control_methods import ControlMethods
from ._launch.process import (
    EarlyExitError,
    child_command,
    end_group,
    end_prism,
    forget_at_exit,
    probe,
    spawn,
    stop_at_exit,
    wait_ready,
)
from ._seed import sources
from .control import MockControl
from .events import DEFAULT_SCENARIO

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "MockServer"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4010
"""Port of the CLI and ``make mock``; :class:`MockServer` defaults to a free port (0)."""


class MockServer(ControlMethods):
    """The local Voice Agents mock: a lean relay with Prism behind it, in a child process.

    Use it as a context manager (or call :meth:`start` and :meth:`stop`)::

        with MockServer() as mock:
            client = VoiceAgentsClient(public_key=..., private_key=..., base_url=mock.url)

    The child runs ``python -m voice_agents_mock serve`` in its own process group and writes
    its log to ``log_path`` (Prism's own log to ``prism_log_path``). :meth:`start` returns once
    that process has printed its ready line and answered ``GET /health``; it raises
    :class:`PortInUseError` when the port is taken and :class:`MockStartError` (with the end of
    the log) when the mock exits or is not ready in time. :meth:`stop` ends the child and Prism;
    an ``atexit`` hook stops servers that are still running when the interpreter exits.

    Args:
        port: port to listen on; 0 (the default) picks a free one (see :attr:`url`).
        host: interface to bind; loopback by default.
        dynamic: generate responses from the schemas (Prism ``--dynamic``) instead of
            returning the spec's examples.
        seed: seed for dynamic generation (and for the simulated figures in webhooks).
        spec: OpenAPI document to serve instead of the ``openapi.yaml`` shipped in the package.
        scenario: default webhook scenario (a key of ``events.SCENARIOS``); a request picks
            another with the ``x-mock-scenario`` header.
        webhook_duration: seconds between the first and the last event of a call's sequence.
        start_timeout: seconds to wait for readiness.
        log_dir: folder for ``mock.log`` and ``prism.log`` (default: a temporary folder,
            removed by :meth:`stop`).
        prism: path of an existing Prism to use (as ``VOICE_AGENTS_MOCK_PRISM``).
        auto_install: install Prism into the per-user cache if it is missing (it says so on
            stderr).
        max_body_bytes: largest request body accepted (larger gets 413).
        cors_origins: origins answered besides loopback ones (exact ``scheme://host:port``;
            ``"*"`` answers any), as ``--cors-origin``.
        cors_private_network: answer Private Network Access preflights.
        webhook_allow: hosts webhooks may go to; when given, only these (default: loopback
            addresses only), as ``--webhook-allow``.
        allowed_hosts: ``Host`` names accepted besides loopback names and ``host``.
        stateful: keep state per workspace (created assistants are listed, each call gets its
            own ``callId``, ...); ``False`` answers every request as Prism does.
        journal_size: requests and webhook deliveries the control plane keeps.
        indexing_time: seconds a completed knowledge-base upload stays ``processing`` before
            it is ``ready`` (stateful mode), as ``--indexing-time``.
        upstream: proxy mode: forward every request to this API (``https://``, or ``http://``
            to a loopback address) and record where the traffic departs from the spec
            (:meth:`violations`); as ``voice-agents-mock proxy --upstream``. The mock's own
            options (``dynamic``, ``scenario``, ``webhook_allow``, state) do not apply.
        report: proxy mode: write the JSON report here when stopped (and on :meth:`report`).
        fail_on_violation: proxy mode: the serving process exits with status 1 when any
            violation was seen (see :attr:`exit_status` after :meth:`stop`).
        strict: proxy mode: answer an invalid request with 400 (401 without keys) instead of
            forwarding it.
        block_writes: proxy mode: forward only GET and HEAD; other methods get 403.
        proxy_timeout: proxy mode: seconds the upstream has for one answer (then 504), as
            ``proxy --timeout``.
        seed_data: seed-data files or loaded data (dicts), as ``--seed-data`` (see SeedDataError).

    The control plane (:meth:`requests`, :meth:`respond`, :meth:`webhooks`, :meth:`state`,
    :meth:`reset`, ...) is the HTTP API under ``/__mock``, through :attr:`control` (a
    :class:`~voice_agents_mock.control.MockControl`); its methods raise ``ValueError`` with
    the mock's reason when it refuses what they ask.
    """

    TEST_PUBLIC_KEY = TEST_PUBLIC_KEY
    """The package's constants, reachable from the fixture too (``voice_agents_mock.TEST_...``)."""
    TEST_PRIVATE_KEY = TEST_PRIVATE_KEY
    TEST_WORKSPACE = TEST_WORKSPACE
    TEST_ORGANIZATION = TEST_ORGANIZATION

    def __init__(
        self,
        port: int = 0,
        host: str = DEFAULT_HOST,
        *,
        dynamic: bool = False,
        seed: str | int | None = None,
        spec: str | os.PathLike[str] | None = None,
        scenario: str = DEFAULT_SCENARIO,
        webhook_duration: float = 1.0,
        start_timeout: float = 30.0,
        log_dir: str | os.PathLike[str] | None = None,
        prism: str | os.PathLike[str] | None = None,
        auto_install: bool = True,
        max_body_bytes: int | None = None,
        cors_origins: Sequence[str] = (),
        cors_private_network: bool = False,
        webhook_allow: Sequence[str] = (),
        allowed_hosts: Sequence[str] = (),
        stateful: bool = True,
        journal_size: int | None = None,
        indexing_time: float = DEFAULT_INDEXING_TIME,
        upstream: str | None = None,
        report: str | os.PathLike[str] | None = None,
        fail_on_violation: bool = False,
        strict: bool = False,
        block_writes: bool = False,
        proxy_timeout: float = 30.0,
        seed_data: sources.SeedData | Sequence[sources.SeedData] | None = None,
    ) -> None:
        given = {name: value for name, value in locals().items() if name in _KEYWORDS}
        given["seed_data"], self._seed_documents = sources.seed_sources(seed_data)
        for name in ("max_body_bytes", "journal_size"):
            if given[name] is None:  # None: MockOptions' default
                del given[name]
        options = MockOptions(**given).validated()
        sources.check_combination(options, self._seed_documents)
        if options.upstream is not None:
            from ._proxy.target import parse_upstream

            parse_upstream(options.upstream)  # refused here, before anything starts
        self.options = options
        """Every setting of this server, checked (``MockOptions``)."""
        self.upstream = options.upstream
        self.report_path = options.report
        self.fail_on_violation = options.fail_on_violation
        self.strict = options.strict
        self.block_writes = options.block_writes
        self.host = options.host
        self.requested_port = options.port
        self.dynamic = options.dynamic
        self.seed = options.seed
        self.spec = options.spec
        self.scenario = options.scenario
        self.webhook_duration = options.webhook_duration
        self.start_timeout = options.start_timeout
        self.prism = options.prism
        self.auto_install = options.auto_install
        self.max_body_bytes = max_body_bytes
        self.cors_origins = options.cors_origins
        self.cors_private_network = options.cors_private_network
        self.webhook_allow = options.webhook_allow
        self.allowed_hosts = options.allowed_hosts
        self.stateful = options.stateful
        self.journal_size = journal_size
        self.indexing_time = options.indexing_time
        self._exit_status: int | None = None
        self._own_log_dir = options.log_dir is None
        self._log_dir = options.log_dir
        self._proc: subprocess.Popen[bytes] | None = None
        self._url: str | None = None
        self._prism_pid: int | None = None
        self._prism_version: str | None = None
        self._control: MockControl | None = None

    # ------------------------------------------------------------------ properties
    @property
    def url(self) -> str:
        """Base URL of the running mock, such as ``http://127.0.0.1:43817``."""
        if self._url is None:
            raise RuntimeError("the mock is not running; call start() or use `with`")
        return self._url

    @property
    def port(self) -> int:
        """The port actually listened on."""
        return int(self.url.rsplit(":", 1)[1])

    @property
    def pid(self) -> int | None:
        """Process id of the serving process (the leader of its process group)."""
        return self._proc.pid if self._proc is not None else None

    @property
    def prism_pid(self) -> int | None:
        """Process id of Prism, as the serving process reported it when it became ready."""
        return self._prism_pid

    @property
    def prism_version(self) -> str | None:
        """Version of the Prism in use."""
        return self._prism_version

    @property
    def log_path(self) -> Path:
        """The serving process's log (requests, webhook deliveries, errors)."""
        if self._log_dir is None:
            raise RuntimeError("the mock has not been started")
        return self._log_dir / "mock.log"

    @property
    def prism_log_path(self) -> Path:
        """Prism's own log (each request, its validation violations)."""
        if self._log_dir is None:
            raise RuntimeError("the mock has not been started")
        return self._log_dir / "prism.log"

    def is_running(self) -> bool:
        """Whether the serving process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        """The last ``lines`` lines of :attr:`log_path`."""
        try:
            text = self.log_path.read_bytes().decode("utf-8", "replace")
        except (OSError, RuntimeError):
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def __repr__(self) -> str:
        state = f"url={self._url!r}" if self._url else "stopped"
        return f"MockServer({state}, dynamic={self.dynamic})"

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> Self:
        """Start the mock and wait until it serves.

        Raises:
            PortInUseError: the port is taken.
            MockStartError: the mock exited, or was not ready within ``start_timeout``.
            ProvisioningError: Node or Prism is missing and could not be installed.
        """
        if self.is_running():
            return self
        if self._log_dir is None:
            self._log_dir = Path(tempfile.mkdtemp(prefix="voice-agents-mock-"))
        self._log_dir.mkdir(parents=True, exist_ok=True)
        options = sources.with_documents(self.options, self._seed_documents, self._log_dir)
        self._proc = spawn(child_command(options, self._log_dir), self.log_path)
        stop_at_exit(self)
        try:
            self._await_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _await_ready(self) -> None:
        assert self._proc is not None
        try:
            found = wait_ready(self._proc, self.log_path, self.start_timeout + 5.0)
        except EarlyExitError as exc:
            if exc.status == EXIT_SEED_DATA:
                raise sources.refusal(self.log_path, self.log_tail()) from None
            if exc.status == EXIT_PORT_IN_USE:
                raise PortInUseError(
                    f"port {self.requested_port} on {self.host} is already in use", self.log_tail()
                ) from None
            raise MockStartError(
                f"the mock exited with status {exc.status} before it was ready", self.log_tail()
            ) from None
        except TimeoutError:
            raise MockStartError(
                f"the mock was not ready within {self.start_timeout:g} s", self.log_tail()
            ) from None
        self._url = found.group(1)
        self._prism_version = found.group(2)
        self._prism_pid = int(found.group(3))
        # A proxy's /health would be the upstream's: its own control plane says it serves.
        path = "/__mock/violations" if self.upstream is not None else "/health"
        try:
            status = probe(self._url, path)
        except OSError as exc:
            raise MockStartError(f"GET {path} failed: {exc!r}", self.log_tail()) from exc
        if status != 200 or self._proc.poll() is not None:
            raise MockStartError(
                f"GET {path} answered {status} (process alive: {self._proc.poll() is None})",
                self.log_tail(),
            )

    def stop(self) -> None:
        """Stop the mock: the serving process's group, then make sure Prism is gone too.

        Idempotent. Never signals anything but the processes this server started.
        """
        proc, self._proc = self._proc, None
        forget_at_exit(self)
        control, self._control = self._control, None
        if control is not None:
            control.close()
        if proc is not None:
            self._exit_status = end_group(proc)
        prism_pid, self._prism_pid = self._prism_pid, None
        if prism_pid is not None:
            end_prism(prism_pid)
        self._url = None
        if self._own_log_dir and self._log_dir is not None:
            shutil.rmtree(self._log_dir, ignore_errors=True)
            self._log_dir = None

    @property
    def exit_status(self) -> int | None:
        """The serving process's exit status once :meth:`stop` returned (None before)."""
        return self._exit_status

    # ------------------------------------------------------------------ control plane
    @property
    def control(self) -> MockControl:
        """The client of this mock's control plane (one kept-alive connection)."""
        if self._control is None or self._control.url != self.url:
            self._control = MockControl(self.url)
        return self._control


_KEYWORDS = frozenset(server_keywords())
