"""MockServer: start, readiness, stop with nothing left behind, port in use, broken spec."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest
from mock_support import REPO, process_exists
from voice_agents_mock import MockServer, MockStartError, PortInUseError


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def test_start_serves_and_stop_leaves_no_process() -> None:
    with MockServer() as mock:
        assert mock.url.startswith("http://127.0.0.1:")
        assert mock.port > 0
        pid, prism_pid = mock.pid, mock.prism_pid
        assert pid is not None
        assert prism_pid is not None
        assert process_exists(pid)
        assert process_exists(prism_pid)
        assert _children(pid) == [prism_pid]  # the front's only child is Prism
        assert os.getpgid(pid) == pid  # its own process group...
        assert os.getpgid(prism_pid) == prism_pid  # ...and Prism in its own too
        response = httpx.get(f"{mock.url}/health", timeout=5)
        assert response.status_code == 200
        assert response.json()["data"]["status"] == "healthy"
        log_dir = mock.log_path.parent
        assert mock.prism_log_path.is_file()
    assert not process_exists(pid)
    assert not process_exists(prism_pid)
    assert not log_dir.exists()  # the temporary log folder is removed
    assert not mock.is_running()
    with pytest.raises(RuntimeError):
        _ = mock.url
    mock.stop()  # idempotent


def test_sigkill_of_the_front_takes_prism_down() -> None:
    """Prism never outlives its front, even when the front gets no chance to clean up."""
    mock = MockServer().start()
    try:
        pid, prism_pid = mock.pid, mock.prism_pid
        assert pid is not None
        assert prism_pid is not None
        os.kill(pid, signal.SIGKILL)
        proc = mock._proc
        assert proc is not None
        proc.wait(timeout=5)
        # The runner's stdin (a pipe from the front) is now closed: Prism exits by itself.
        fd = os.pidfd_open(prism_pid)
        try:
            import select

            ready, _, _ = select.select([fd], [], [], 5.0)
        finally:
            os.close(fd)
        assert ready, "Prism outlived its front"
    finally:
        mock.stop()


def test_port_in_use_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PortInUseError, match=f"port {port} on 127.0.0.1 is already in use"):
            MockServer(port=port).start()
        # The process that holds the port is untouched.
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass


def test_second_mock_on_the_same_port(voice_agents_mock: MockServer) -> None:
    with pytest.raises(PortInUseError) as caught:
        MockServer(port=voice_agents_mock.port).start()
    assert "already in use" in caught.value.log_tail
    assert httpx.get(f"{voice_agents_mock.url}/health", timeout=5).status_code == 200


def test_broken_spec_fails_fast_with_the_log_tail(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        textwrap.dedent(
            """\
            openapi: 3.1.0
            info: {title: broken, version: '1'}
            paths:
              /things:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
            """
        )
    )
    with pytest.raises(MockStartError) as caught:
        MockServer(spec=broken, start_timeout=20).start()
    message = str(caught.value)
    assert "before it was ready" in message
    assert "Missing" in caught.value.log_tail  # Prism's own complaint about the $ref


def test_unparseable_spec_fails_fast(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: [unclosed\n")
    with pytest.raises(MockStartError) as caught:
        MockServer(spec=broken).start()
    assert "not valid YAML/JSON" in caught.value.log_tail


def test_atexit_guard_stops_a_forgotten_server() -> None:
    script = textwrap.dedent(
        """\
        from voice_agents_mock import MockServer
        mock = MockServer().start()
        print(mock.pid, mock.prism_pid, flush=True)
        # no stop(): the atexit guard must do it
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=True,
    )
    pid, prism_pid = (int(x) for x in result.stdout.split())
    assert not process_exists(pid)
    assert not process_exists(prism_pid)


def test_supervisor_restarts_a_dead_prism() -> None:
    """Second line of defence: if Prism dies anyway, the front starts a new one."""
    with MockServer() as mock:
        old = mock.prism_pid
        assert old is not None
        os.kill(old, signal.SIGKILL)
        # The front holds requests (up to 10 s) until the new Prism is ready.
        response = httpx.get(f"{mock.url}/health", timeout=15)
        assert response.status_code == 200
        log = mock.log_path.read_text()
        assert f"Prism (pid {old}) exited with status -9; restarting it" in log
        assert "Prism restarted" in log
        new = _children(mock.pid or 0)
        assert len(new) == 1
        assert new[0] != old
    assert not process_exists(new[0])


def test_start_timeout_is_a_clear_error() -> None:
    started = time.monotonic()
    with pytest.raises(MockStartError, match=r"not ready within 0\.05 s"):
        MockServer(start_timeout=0.05).start()
    assert time.monotonic() - started < 10
