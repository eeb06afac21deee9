"""The example receiver in ``examples/webhook_receiver.py``, driven by hand-signed deliveries.

It runs on a free loopback port in a thread; no mock needed. Also type-checks the example under
``mypy --strict`` and lints it with ruff (``make lint`` covers only the library folders).
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import mypy_support
import pytest
from voice_agents.webhooks import WebhookEvent, compute_signature
from webhook_example_support import load_example, load_module

ROOT = Path(__file__).resolve().parents[2]
PRIVATE_KEY = "sk_" + "5c" * 32
PUBLIC_KEY = "pk_" + "a1" * 16


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []
        self.fail_next = False

    def __call__(self, event: WebhookEvent) -> None:
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("database is down")
        self.events.append(event)


@pytest.fixture
def receiver() -> Iterator[tuple[Any, Recorder]]:
    module = load_example()
    recorder = Recorder()
    server = module.WebhookReceiver(("127.0.0.1", 0), PRIVATE_KEY, on_event=recorder)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server, recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def deliver(
    url: str, value: Any, *, key: str = PRIVATE_KEY, body: bytes | None = None
) -> httpx.Response:
    raw = body if body is not None else json.dumps(value, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Signature": compute_signature(raw, key),
        "X-Public-Key": PUBLIC_KEY,
    }
    return httpx.post(url, content=raw, headers=headers, timeout=5)


def event(event_type: str, call_id: str = "c1", **data: Any) -> dict[str, Any]:
    return {
        "metadata": {"orderId": "o1"},
        "event": {"type": event_type, "data": {"call": {"id": call_id}, **data}},
    }


def test_accepts_parses_and_dedupes(receiver: tuple[Any, Recorder]) -> None:
    server, recorder = receiver
    first = deliver(server.url, event("call.initiate"))
    assert first.status_code == 200
    assert first.json() == {"received": True}
    again = deliver(server.url, event("call.initiate"))
    assert again.status_code == 200
    assert again.json() == {"received": True, "duplicate": True}
    assert deliver(server.url, event("call.in-progress")).status_code == 200
    assert [e.type for e in recorder.events] == ["call.initiate", "call.in-progress"]
    assert recorder.events[0].metadata == {"orderId": "o1"}
    assert server.counts == {"accepted": 2, "duplicate": 1}


def test_rejects_bad_signatures_with_401(receiver: tuple[Any, Recorder]) -> None:
    server, recorder = receiver
    assert deliver(server.url, event("call.ended"), key="sk_" + "00" * 32).status_code == 401
    raw = json.dumps(event("call.ended")).encode()
    tampered = httpx.post(
        server.url,
        content=raw.replace(b"c1", b"c2"),
        headers={"X-Signature": compute_signature(raw, PRIVATE_KEY)},
        timeout=5,
    )
    assert tampered.status_code == 401
    unsigned = httpx.post(server.url, content=raw, timeout=5)
    assert unsigned.status_code == 401
    assert recorder.events == []
    assert server.counts == {"rejected": 3}


def test_signed_garbage_gets_400(receiver: tuple[Any, Recorder]) -> None:
    server, _ = receiver
    response = deliver(server.url, None, body=b'{"event": {"type": "action", "data": []}}')
    assert response.status_code == 400
    assert response.json()["path"] == "event.data"


def test_unknown_event_type_is_accepted(receiver: tuple[Any, Recorder]) -> None:
    server, recorder = receiver
    assert deliver(server.url, event("call.voicemail")).status_code == 200
    assert recorder.events[0].type == "call.voicemail"
    assert not recorder.events[0].is_known


def test_failed_handler_gets_500_and_the_redelivery_is_processed(
    receiver: tuple[Any, Recorder],
) -> None:
    server, recorder = receiver
    recorder.fail_next = True
    assert deliver(server.url, event("end-of-call")).status_code == 500
    assert deliver(server.url, event("end-of-call")).status_code == 200
    assert [e.type for e in recorder.events] == ["end-of-call"]


def test_other_paths_and_methods(receiver: tuple[Any, Recorder]) -> None:
    server, _ = receiver
    base = server.url.rsplit("/", 2)[0]
    assert httpx.post(f"{base}/elsewhere", content=b"{}", timeout=5).status_code == 404
    get = httpx.get(server.url, timeout=5)
    assert get.status_code == 405
    assert get.headers["allow"] == "POST"


def test_repr_and_logs_never_show_the_key(
    receiver: tuple[Any, Recorder], caplog: pytest.LogCaptureFixture
) -> None:
    server, _ = receiver
    assert PRIVATE_KEY not in repr(server)
    module = load_example()
    caplog.set_level(logging.DEBUG)
    server.on_event = module.log_event
    deliver(server.url, event("call.lifecycle-ended", report={"finalStatus": "completed"}))
    deliver(server.url, event("call.ended"), key="sk_" + "00" * 32)
    text = caplog.text
    assert "call.lifecycle-ended call=c1" in text
    assert "close the record" in text
    assert "rejected a delivery (mismatch)" in text
    assert PRIVATE_KEY not in text


def test_log_event_covers_every_kind(caplog: pytest.LogCaptureFixture) -> None:
    from voice_agents.webhooks import parse_event

    module = load_example()
    caplog.set_level(logging.INFO, logger="webhook_receiver")
    order = {
        "action": "create_order",
        "reason": "missing_first_name",
        "payload": {"lineItems": [{}], "cartTotal": 5},
    }
    module.log_event(parse_event(json.dumps({"event": {"type": "action", "data": order}})))
    eoc = {"analysis": {"success": True}, "credits": {"used": 1.5}}
    module.log_event(parse_event(json.dumps({"event": {"type": "end-of-call", "data": eoc}})))
    module.log_event(parse_event(json.dumps({"event": {"type": "brand.new", "data": {}}})))
    assert "action=create_order reason=missing_first_name items=1 total=5" in caplog.text
    assert "success=True credits_used=1.5" in caplog.text
    assert "unknown to this library version" in caplog.text


def test_main_needs_the_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("VOICE_AGENTS_PRIVATE_KEY", raising=False)
    assert load_example().main(["--port", "0"]) == 2
    assert "VOICE_AGENTS_PRIVATE_KEY" in capsys.readouterr().err


def test_seen_keys_is_bounded() -> None:
    seen = load_example().SeenKeys(capacity=2)
    assert seen.add("a")
    assert seen.add("b")
    assert not seen.add("a")
    assert seen.add("c")  # forgets "a"
    assert seen.add("a")


def test_throughput_script_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """Smoke test only (no timing assertion): the script keeps working."""
    script = load_module(ROOT / "examples" / "webhook_throughput.py")
    assert script.main(["--events", "20", "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "verify_signature + parse_event" in out
    assert "events/s" in out


@pytest.mark.slow
@pytest.mark.xdist_group(mypy_support.GROUP)
def test_examples_type_check_and_lint() -> None:
    bin_dir = Path(sys.executable).parent
    examples = sorted((ROOT / "examples").glob("*.py"))
    mypy = mypy_support.run_mypy(*examples, cwd=ROOT)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [str(bin_dir / "ruff"), "check", "--no-cache", *examples],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
