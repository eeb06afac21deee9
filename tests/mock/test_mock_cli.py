"""The voice-agents-mock CLI end to end: serve (and Ctrl-C), send-event, errors."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from mock_support import KEYS, Receiver, process_exists, schema_errors
from voice_agents_mock import TEST_PRIVATE_KEY, TEST_PUBLIC_KEY
from voice_agents_mock._core.options import settings

CLI = str(Path(sys.executable).parent / "voice-agents-mock")
READY = re.compile(r"voice-agents-mock ready: (\S+) \(Prism 5\.16\.0, pid (\d+)")


def _read_ready_line(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> re.Match[str]:
    """The ready line of ``proc``'s output (lines before it, such as make's, are skipped)."""
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    text = b""
    try:
        while True:
            found = READY.search(text.decode(errors="replace"))
            if found and text.endswith(b"\n"):
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                raise TimeoutError(f"no ready line in {text!r}")
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                raise AssertionError(
                    f"serve exited with {proc.wait()} before it was ready: {text!r}"
                )
            text += chunk
    finally:
        selector.close()


@pytest.mark.parametrize(
    "command",
    [
        [CLI, "serve", "--port", "0", "--quiet"],
        [sys.executable, "-m", "voice_agents_mock", "--port", "0"],
    ],
    ids=["console-script", "python-m-default-command"],
)
def test_serve_prints_url_and_ctrl_c_leaves_nothing(command: list[str], tmp_path: Path) -> None:
    with open(tmp_path / "stderr.log", "wb") as stderr:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,
        )
    try:
        ready = _read_ready_line(proc)
        url, prism_pid = ready.group(1), int(ready.group(2))
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/health", timeout=5).status_code == 200
        response = httpx.post(
            f"{url}/v2/call/initiate",
            json={"phoneNumber": "+919876543210", "assistant": "a"},
            headers=KEYS,
            timeout=5,
        )
        assert response.status_code == 200
        os.kill(proc.pid, signal.SIGINT)  # what Ctrl-C sends
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
    assert not process_exists(prism_pid)
    log = (tmp_path / "stderr.log").read_text()
    assert "voice-agents-mock stopped" in log


def test_serve_on_a_taken_port_fails_clearly() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [CLI, "serve", "--port", str(port)], capture_output=True, text=True, timeout=30
        )
    assert result.returncode == 3
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "--port" in result.stderr


def test_send_event_posts_a_signed_schema_valid_event(receiver: Receiver) -> None:
    result = subprocess.run(
        [
            CLI,
            "send-event",
            f"{receiver.url}/webhooks",
            "--type",
            "end-of-call",
            "--call-id",
            "call_42",
            "--metadata",
            '{"orderId": "ORD-1"}',
        ],
        capture_output=True,
        text=True,
        timeout=30,
        env={k: v for k, v in os.environ.items() if not k.startswith("VOICE_AGENTS_")},
    )
    assert result.returncode == 0, result.stderr
    assert f"end-of-call -> {receiver.url}/webhooks: 200" in result.stdout
    (delivery,) = receiver.take(1)
    assert delivery.path == "/webhooks"
    expected = hmac.new(TEST_PRIVATE_KEY.encode(), delivery.body, hashlib.sha256).hexdigest()
    assert delivery.headers["x-signature"] == expected
    assert delivery.headers["x-public-key"] == TEST_PUBLIC_KEY
    event = delivery.json()
    assert schema_errors("WebhookEvent", event) == []
    assert event["metadata"] == {"orderId": "ORD-1"}
    assert event["event"]["type"] == "end-of-call"
    assert event["event"]["data"]["call"]["id"] == "call_42"


def test_send_event_uses_the_keys_given(receiver: Receiver) -> None:
    result = subprocess.run(
        [
            CLI,
            "send-event",
            receiver.url,
            "--type",
            "action",
            "--action",
            "send_whatsapp",
            "--private-key",
            "sk_mine",
            "--public-key",
            "pk_mine",
            "--show",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    (delivery,) = receiver.take(1)
    assert delivery.headers["x-public-key"] == "pk_mine"
    expected = hmac.new(b"sk_mine", delivery.body, hashlib.sha256).hexdigest()
    assert delivery.headers["x-signature"] == expected
    assert f"x-signature: {expected}" in result.stdout
    assert delivery.json()["event"]["data"]["action"] == "send_whatsapp"


def test_send_event_reports_failures() -> None:
    failing = Receiver(status=401)
    try:
        result = subprocess.run(
            [CLI, "send-event", failing.url], capture_output=True, text=True, timeout=30
        )
    finally:
        failing.close()
    assert result.returncode == 1
    assert ": 401" in result.stdout
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    result = subprocess.run(
        [CLI, "send-event", f"http://127.0.0.1:{dead_port}/x"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert "could not deliver" in result.stderr


@pytest.mark.parametrize(
    ("port", "message"),
    [("80000", "from 0 to 65535"), ("-5", "from 0 to 65535"), ("http", "not a number")],
)
def test_serve_refuses_a_bad_port_clearly(port: str, message: str) -> None:
    result = subprocess.run(
        [CLI, "serve", "--port", port], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("seconds", "message"),
    [("-1", "at least 0"), ("inf", "at least 0"), ("nan", "at least 0"), ("soon", "not a number")],
)
def test_serve_refuses_a_bad_indexing_time_clearly(seconds: str, message: str) -> None:
    result = subprocess.run(
        [CLI, "serve", "--indexing-time", seconds], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("port", [80000, -5, True])
def test_mock_server_refuses_a_bad_port(port: int) -> None:
    from voice_agents_mock import MockServer

    with pytest.raises(ValueError, match="from 0 to 65535"):
        MockServer(port=port)


def _help_options() -> set[str]:
    result = subprocess.run([CLI, "serve", "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    return set(re.findall(r"^\s+(--[a-z-]+)", result.stdout, re.M)) - {"--help"}


def test_serve_help_shows_every_serve_option_of_mock_options() -> None:
    declared = {
        setting.flag
        for _, setting in settings()
        if setting.flag and "serve" in setting.commands and not setting.hidden
    }
    assert _help_options() == declared


def test_make_mock_takes_a_port(tmp_path: Path) -> None:
    """`make mock PORT=...`: the Makefile passes the port on (and MOCK_ARGS)."""
    repo = Path(__file__).resolve().parents[2]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "mock", f"PORT={port}", "MOCK_ARGS=--quiet"],
        cwd=repo,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        ready = _read_ready_line(proc, timeout=120)
        assert ready.group(1) == f"http://127.0.0.1:{port}"
        assert httpx.get(f"{ready.group(1)}/health", timeout=5).status_code == 200
        prism_pid = int(ready.group(2))
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
    assert _wait_until_gone(prism_pid)


def _wait_until_gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while process_exists(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
