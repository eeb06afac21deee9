"""``MockServer``: run the local mock in a child process, from Python code or tests."""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

from ._core.constants import (
    DEFAULT_INDEXING_TIME,
    EXIT_PORT_IN_USE,
    READY_MARK,
    TEST_ORGANIZATION,
    TEST_PRIVATE_KEY,
    TEST_PUBLIC_KEY,
    TEST_WORKSPACE,
    check_port,
)
from ._core.errors import MockStartError, PortInUseError
from ._prism.provision import check_python_dependencies, find_prism, prism_from_path
from .events import DEFAULT_SCENARIO

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "MockServer"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4010
"""Port of the CLI and ``make mock``; :class:`MockServer` defaults to a free port (0)."""

_READY = re.compile(re.escape(READY_MARK) + r"(\S+) \(Prism (\S+), pid (\d+)")
_LIVE: weakref.WeakSet[MockServer] = weakref.WeakSet()
_ATEXIT_LOCK = threading.Lock()
_ATEXIT_REGISTERED = False


def _stop_all() -> None:
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.stop()


def _register_atexit() -> None:
    global _ATEXIT_REGISTERED
    with _ATEXIT_LOCK:
        if not _ATEXIT_REGISTERED:
            atexit.register(_stop_all)
            _ATEXIT_REGISTERED = True


def _strings(name: str, values: Sequence[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise TypeError(f"{name} takes a list of strings, not one string: [{values!r}]")
    out = tuple(values)
    if not all(isinstance(value, str) and value for value in out):
        raise TypeError(f"{name} takes non-empty strings, got {values!r}")
    return out


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"


def _wait_gone(pid: int, timeout: float) -> bool:
    """Wait until process ``pid`` (not necessarily our child) has exited."""
    pidfd_open = getattr(os, "pidfd_open", None)
    if pidfd_open is not None:
        try:
            fd = pidfd_open(pid)
        except ProcessLookupError:
            return True
        except OSError:
            pass
        else:
            try:
                select.select([fd], [], [], timeout)  # readable once the process exits
            finally:
                os.close(fd)
            return not _running(pid)
    deadline = time.monotonic() + timeout
    while _running(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _is_prism_runner(pid: int) -> bool:
    """Whether ``pid`` is (still) a Prism this package started (checked on Linux only)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return not Path("/proc/self").exists() and _running(pid)
    except OSError:
        return False
    return b"_prism_runner.cjs" in cmdline


class MockServer:
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

    The control plane (:meth:`requests`, :meth:`respond`, :meth:`webhooks`, :meth:`state`,
    :meth:`reset`, ...) is the HTTP API under ``/__mock``; its methods raise ``ValueError``
    with the mock's reason when it refuses what they ask.
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
    ) -> None:
        if upstream is not None:
            from ._proxy.front import parse_upstream

            parse_upstream(upstream)  # a refused upstream fails here, before anything starts
        elif report is not None or fail_on_violation or strict or block_writes:
            raise ValueError("report, fail_on_violation, strict and block_writes need upstream=")
        self.upstream = upstream
        self.report_path = Path(report) if report is not None else None
        self.fail_on_violation = fail_on_violation
        self.strict = strict
        self.block_writes = block_writes
        self._exit_status: int | None = None
        self.host = host
        self.requested_port = check_port(port)
        self.dynamic = dynamic
        self.seed = None if seed is None else str(seed)
        self.spec = Path(spec) if spec is not None else None
        self.scenario = scenario
        self.webhook_duration = webhook_duration
        self.start_timeout = start_timeout
        self.prism = Path(prism) if prism is not None else None
        self.auto_install = auto_install
        self.max_body_bytes = max_body_bytes
        self.cors_origins = _strings("cors_origins", cors_origins)
        self.cors_private_network = cors_private_network
        self.webhook_allow = _strings("webhook_allow", webhook_allow)
        self.allowed_hosts = _strings("allowed_hosts", allowed_hosts)
        self.stateful = stateful
        if journal_size is not None and (
            isinstance(journal_size, bool) or not isinstance(journal_size, int) or journal_size < 1
        ):
            raise ValueError(f"journal_size must be an integer of at least 1, not {journal_size!r}")
        self.journal_size = journal_size
        if (
            isinstance(indexing_time, bool)
            or not isinstance(indexing_time, int | float)
            or not 0 <= indexing_time < float("inf")
        ):
            raise ValueError(
                f"indexing_time must be a number of seconds of at least 0, not {indexing_time!r}"
            )
        self.indexing_time = float(indexing_time)
        self._own_log_dir = log_dir is None
        self._log_dir = Path(log_dir) if log_dir is not None else None
        self._proc: subprocess.Popen[bytes] | None = None
        self._url: str | None = None
        self._prism_pid: int | None = None
        self._prism_version: str | None = None
        self._http: Any = None

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

    def _command(self) -> list[str]:
        check_python_dependencies()
        install = (
            prism_from_path(str(self.prism))
            if self.prism is not None
            else find_prism(install=self.auto_install, stream=sys.stderr)
        )
        command = [
            sys.executable,
            "-m",
            "voice_agents_mock",
            "serve",
            "--host",
            self.host,
            "--port",
            str(self.requested_port),
            "--prism",
            str(install.entry),
            "--prism-log",
            str(self.prism_log_path),
            "--scenario",
            self.scenario,
            "--webhook-duration",
            str(self.webhook_duration),
            "--start-timeout",
            str(self.start_timeout),
            "--watch-stdin",
            "--workdir",
            str(self._log_dir / "work") if self._log_dir else tempfile.gettempdir(),
        ]
        if self.dynamic:
            command.append("--dynamic")
        if self.seed is not None:
            command += ["--seed", self.seed]
        if self.spec is not None:
            command += ["--spec", str(self.spec)]
        if self.max_body_bytes is not None:
            command += ["--max-body-bytes", str(self.max_body_bytes)]
        for origin in self.cors_origins:
            command += ["--cors-origin", origin]
        if self.cors_private_network:
            command.append("--cors-private-network")
        for host in self.webhook_allow:
            command += ["--webhook-allow", host]
        for host in self.allowed_hosts:
            command += ["--allow-host", host]
        if not self.stateful:
            command.append("--stateless")
        if self.journal_size is not None:
            command += ["--journal-size", str(self.journal_size)]
        if self.indexing_time != DEFAULT_INDEXING_TIME:
            command += ["--indexing-time", repr(self.indexing_time)]
        if self.upstream is not None:
            return self._proxy_command(command)
        return command

    def _proxy_command(self, serve: list[str]) -> list[str]:
        """The ``proxy`` command: ``serve``'s shared options, none of the mock's own."""
        mock_only = {
            "--scenario",
            "--webhook-duration",
            "--seed",
            "--webhook-allow",
            "--indexing-time",
        }
        flags_only = {"--dynamic", "--stateless"}
        command = [*serve[:3], "proxy", "--upstream", str(self.upstream)]
        rest = serve[4:]
        index = 0
        while index < len(rest):
            item = rest[index]
            if item in flags_only:
                index += 1
            elif item in mock_only:
                index += 2
            else:
                command.append(item)
                index += 1
        if self.report_path is not None:
            command += ["--report", str(self.report_path)]
        if self.fail_on_violation:
            command.append("--fail-on-violation")
        if self.strict:
            command.append("--strict")
        if self.block_writes:
            command.append("--block-writes")
        return command

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
        command = self._command()
        env = dict(os.environ)
        env["PYTHONUNBUFFERED"] = "1"
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        with open(self.log_path, "wb") as log_file:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env=env,
            )
        _LIVE.add(self)
        _register_atexit()
        try:
            self._await_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _await_ready(self) -> None:
        proc = self._proc
        assert proc is not None
        deadline = time.monotonic() + self.start_timeout + 5.0
        while True:
            try:
                text = self.log_path.read_bytes().decode("utf-8", "replace")
            except OSError:
                text = ""
            found = _READY.search(text)
            if found:
                self._url = found.group(1)
                self._prism_version = found.group(2)
                self._prism_pid = int(found.group(3))
                break
            status = proc.poll()
            if status is not None:
                tail = self.log_tail()
                if status == EXIT_PORT_IN_USE:
                    raise PortInUseError(
                        f"port {self.requested_port} on {self.host} is already in use", tail
                    )
                raise MockStartError(
                    f"the mock exited with status {status} before it was ready", tail
                )
            if time.monotonic() > deadline:
                raise MockStartError(
                    f"the mock was not ready within {self.start_timeout:g} s", self.log_tail()
                )
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.005)
        # A proxy's /health would be the upstream's: its own control plane says it serves.
        probe = "/__mock/violations" if self.upstream is not None else "/health"
        # The standard library's client: an httpx client would build a TLS context first,
        # which costs more than the request itself. Imported here: the serving child imports
        # this module too and never needs it.
        import http.client

        where = urlsplit(self._url)
        connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=5.0)
        try:
            connection.request("GET", probe)
            status = connection.getresponse().status
        except (OSError, http.client.HTTPException) as exc:
            raise MockStartError(f"GET {probe} failed: {exc!r}", self.log_tail()) from exc
        finally:
            connection.close()
        if status != 200 or proc.poll() is not None:
            raise MockStartError(
                f"GET {probe} answered {status} (process alive: {proc.poll() is None})",
                self.log_tail(),
            )

    def stop(self) -> None:
        """Stop the mock: the serving process's group, then make sure Prism is gone too.

        Idempotent. Never signals anything but the processes this server started.
        """
        proc, self._proc = self._proc, None
        _LIVE.discard(self)
        http, self._http = self._http, None
        if http is not None:
            http.close()
        if proc is not None:
            if proc.stdin is not None:
                with contextlib.suppress(OSError):
                    proc.stdin.close()  # the child stops on end-of-file...
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGTERM)  # ...or on SIGTERM
                try:
                    proc.wait(timeout=8.0)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
            self._exit_status = proc.returncode
        prism_pid, self._prism_pid = self._prism_pid, None
        # Prism ends by itself once its stdin (a pipe from the child) closes.
        if (
            prism_pid is not None
            and _running(prism_pid)
            and _is_prism_runner(prism_pid)
            and not _wait_gone(prism_pid, 3.0)
            and _is_prism_runner(prism_pid)
        ):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(prism_pid, signal.SIGKILL)
            _wait_gone(prism_pid, 2.0)
        self._url = None
        if self._own_log_dir and self._log_dir is not None:
            shutil.rmtree(self._log_dir, ignore_errors=True)
            self._log_dir = None

    # ------------------------------------------------------------------ control plane
    def _control(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx

        # One kept-alive connection for the control plane: a test suite may reset per case.
        if self._http is None:
            self._http = httpx.Client(trust_env=False, timeout=10.0)
        response = self._http.request(method, f"{self.url}/__mock{path}", **kwargs)
        if response.status_code >= 400:
            try:
                reason = response.json().get("message", response.text)
            except ValueError:
                reason = response.text
            raise ValueError(f"the mock refused {method} /__mock{path}: {reason}")
        return response.json()

    def requests(
        self, operation: str | None = None, workspace: str | None = None
    ) -> list[dict[str, Any]]:
        """The journal of requests received (oldest first), optionally filtered.

        Each entry: ``id``, ``time``, ``method``, ``path``, ``query``, ``operation``
        (operationId), ``workspace``, ``headers`` (keys masked), ``body`` (JSON or None),
        ``status``, ``warnings``.
        """
        params = {k: v for k, v in (("operation", operation), ("workspace", workspace)) if v}
        entries: list[dict[str, Any]] = self._control("GET", "/requests", params=params)["requests"]
        return entries

    def violations(self) -> dict[str, Any]:
        """Proxy mode: where the traffic departed from the spec, per operation.

        ``requests``, ``requests_with_violations``, ``violations`` (findings), and
        ``operations``: for each, ``operation``, ``count`` (exchanges), ``violations``,
        ``messages`` (distinct ``location: message`` with their counts) and ``first`` (the
        first violating exchange: ``journal_id``, method, path, status, its findings).
        """
        summary: dict[str, Any] = self._control("GET", "/violations")
        return summary

    def report(self) -> dict[str, Any]:
        """Proxy mode: write the report to ``report`` (if given) now; return the document."""
        answer: dict[str, Any] = self._control("POST", "/report")["report"]
        return answer

    @property
    def exit_status(self) -> int | None:
        """The serving process's exit status once :meth:`stop` returned (None before)."""
        return self._exit_status

    def clear_requests(self) -> None:
        """Empty the request journal."""
        self._control("DELETE", "/requests")

    def respond(
        self,
        operation: str,
        status: int = 200,
        *,
        body: Any = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
        delay: float = 0.0,
        fault: str | None = None,
        scenario: str | None = None,
        workspace: str | None = None,
    ) -> dict[str, Any]:
        """Answer the next ``times`` requests of ``operation`` with ``status`` (and ``body``).

        Args:
            operation: an operationId of the spec (``initiate_call``).
            status: a status the operation documents.
            body: the JSON body; None uses the spec's example for that status. A body that
                does not match the spec is still served, flagged by ``x-mock-off-spec``.
            headers: extra response headers.
            times: how many requests get this answer.
            delay: seconds to wait before answering.
            fault: ``"reset"`` drops the connection, ``"hang"`` never answers.
            scenario: the webhook sequence of an accepted ``initiate_call``.
            workspace: only requests with this ``workspace`` header.
        """
        payload: dict[str, Any] = {
            "operation": operation,
            "status": status,
            "times": times,
            "delay_ms": round(delay * 1000),
            "fault": fault,
            "scenario": scenario,
            "workspace": workspace,
        }
        if body is not None:
            payload["body"] = body
        if headers:
            payload["headers"] = headers
        programmed: dict[str, Any] = self._control("POST", "/responses", json=payload)
        return programmed

    def clear_responses(self) -> None:
        """Forget every programmed answer."""
        self._control("DELETE", "/responses")

    def webhooks(self, workspace: str | None = None) -> list[dict[str, Any]]:
        """Webhook deliveries (and refusals): ``callId``, ``type``, ``url``, ``status``, ``error``,
        ``time``."""
        params = {"workspace": workspace} if workspace else {}
        records: list[dict[str, Any]] = self._control("GET", "/webhooks", params=params)["webhooks"]
        return records

    def state(self, workspace: str = TEST_WORKSPACE) -> dict[str, Any]:
        """What the store holds for ``workspace``: assistants, tools, numbers, calls, knowledge-base
        files and upload sessions, and what is archived."""
        state: dict[str, Any] = self._control("GET", "/state", params={"workspace": workspace})
        return state

    def reset(self, workspace: str | None = None) -> None:
        """State back to the seed, journals and programmed answers cleared (one or all
        workspaces)."""
        self._control("POST", "/reset", json={} if workspace is None else {"workspace": workspace})
