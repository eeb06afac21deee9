"""docs/mock.md's "What the mock refuses" table: generated from the rules, each row tried.

The table is :func:`refusals_table` (from the limits in code), and every row is sent here as
real bytes to a running mock (real Prism behind) and must get its status and reason. NUL
bytes are not refused: the last test sends them and sees them answered.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mock_support import KEYS
from relay_support import InProcessFront
from voice_agents_mock import MockServer
from voice_agents_mock._front.refusals import REFUSALS, Refusal, refusals_table

ROOT = Path(__file__).resolve().parents[2]
START = (
    "<!-- refusals table: generated from the front's rules, "
    "checked by tests/mock/test_mock_refusals.py -->"
)
END = "<!-- end of refusals table -->"
CHUNK = "/v1/knowledge-base/upload/chunk/sess_abc123xyz"
KEY_LINES = "".join(f"{name}: {value}\r\n" for name, value in KEYS.items())


def _request(method: str, target: str, headers: str = "", body: bytes = b"") -> bytes:
    length = f"content-length: {len(body)}\r\n" if body or method == "POST" else ""
    head = f"{method} {target} HTTP/1.1\r\nhost: 127.0.0.1\r\n{KEY_LINES}{headers}{length}"
    return head.encode("latin-1") + b"connection: close\r\n\r\n" + body


def _multipart(parts: bytes) -> tuple[str, bytes]:
    return "content-type: multipart/form-data; boundary=XyZ\r\n", parts + b"--XyZ--\r\n"


_NO_HEADERS = _multipart(b"--XyZ\r\n\r\nno headers here\r\n")
_EXTRA_PART = _multipart(
    b'--XyZ\r\ncontent-disposition: form-data; name="chunkIndex"\r\n\r\n0\r\n'
    b'--XyZ\r\ncontent-disposition: form-data; name="chunk"; filename="a.bin"\r\n'
    b"content-type: application/octet-stream\r\n\r\nabc\r\n"
    b'--XyZ\r\ncontent-disposition: form-data; name="colour"\r\n\r\nred\r\n'
)
JSON = "content-type: application/json\r\n"
CALL = json.dumps({"phoneNumber": "+919876543210", "assistant": "6927ec5c9322ed9f9fb55c68"})

EXAMPLES: dict[str, bytes] = {
    "json": _request("POST", "/v2/call/initiate", JSON, b'{"phoneNumber": NaN}'),
    "json-depth": _request("POST", "/v2/call/initiate", JSON, b"[" * 200 + b"]" * 200),
    "content-type": _request(
        "POST", "/v2/call/initiate", "content-type: text/plain\r\n", CALL.encode()
    ),
    "multipart": _request("POST", CHUNK, _NO_HEADERS[0], _NO_HEADERS[1]),
    "form-part": _request("POST", CHUNK, _EXTRA_PART[0], _EXTRA_PART[1]),
    "charset": _request(
        "POST", "/v2/call/initiate", "content-type: application/json; charset=latin-1\r\n", b"{}"
    ),
    "encoding": _request(
        "POST", "/v2/call/initiate", JSON + "content-encoding: gzip\r\n", b"\x1f\x8b"
    ),
    "traversal": _request("GET", "/v1/assistant/%2e%2e/voice-gallery"),
    "empty-query": _request("GET", "/v1/number-pool/search?countryCode=IN&numberType="),
    "webhook-faults": _request(
        "POST", "/v2/call/initiate", JSON + "x-mock-webhook-faults: late\r\n", CALL.encode()
    ),
    "scenario": _request(
        "POST", "/v2/call/initiate", JSON + "x-mock-scenario: nope\r\n", CALL.encode()
    ),
    "framing": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 4\r\n"
    b"transfer-encoding: chunked\r\n\r\n0\r\n\r\n",
    "too-large": _request(
        "POST", CHUNK, "content-type: application/octet-stream\r\n", b"x" * (12 << 20)
    ),
    "json-too-large": _request(
        "POST", "/v2/call/initiate", JSON, b'{"p": "' + b"x" * (10 << 20) + b'"}'
    ),
    "long-path": _request("GET", "/v1/" + "a" * 5000),
    "long-line": _request("GET", "/v1/assistant?" + "q=1&" * 20000),
    "long-headers": _request("GET", "/health", "x-big: " + "h" * 70000 + "\r\n"),
    "method": _request("DELETE", "/v1/number-pool/search"),
    "unknown-path": _request("GET", "/v1/no-such-thing"),
}


def _send(url: str, payload: bytes, timeout: float = 20.0) -> tuple[int, dict[str, str], bytes]:
    where = urlsplit(url)
    with socket.create_connection((where.hostname, where.port), timeout=timeout) as sock:
        sock.sendall(payload)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def test_the_docs_table_is_the_generated_one() -> None:
    text = (ROOT / "docs" / "mock.md").read_text(encoding="utf-8")
    assert START in text, "docs/mock.md lost its refusals table markers"
    shown = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert shown == refusals_table().strip(), "paste this into docs/mock.md:\n" + refusals_table()


def test_every_row_has_an_example() -> None:
    assert {item.key for item in REFUSALS} == set(EXAMPLES) | {"slow"}


@pytest.mark.parametrize("refusal", [r for r in REFUSALS if r.key != "slow"], ids=lambda r: r.key)
def test_each_refusal_happens_as_the_table_says(
    voice_agents_mock: MockServer, refusal: Refusal
) -> None:
    status, headers, body = _send(voice_agents_mock.url, EXAMPLES[refusal.key])
    assert status == refusal.status, body[:300]
    if refusal.by != "Prism":
        message = json.loads(body)["message"]
        if refusal.status == 405:
            assert refusal.reason in message
            assert headers["allow"]
        else:
            assert message.startswith(refusal.reason), message
    # The mock keeps serving after each of them.
    assert _send(voice_agents_mock.url, _request("GET", "/health"))[0] == 200


def test_a_slow_request_gets_408_as_the_table_says() -> None:
    (slow,) = [item for item in REFUSALS if item.key == "slow"]
    with InProcessFront(body_timeout=0.5) as front:
        where = urlsplit(front.url)
        with socket.create_connection((where.hostname, where.port), timeout=10) as sock:
            sock.sendall(
                b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 10\r\n\r\n{"
            )
            data = sock.recv(65536)
    assert data.startswith(b"HTTP/1.1 408 ")
    assert json.loads(data.partition(b"\r\n\r\n")[2])["message"].startswith(slow.reason)


def test_nul_bytes_are_not_refused(voice_agents_mock: MockServer) -> None:
    call = {**json.loads(CALL), "metadata": {"k\u0000ey": "v\u0000lue"}}
    payload = _request("POST", "/v2/call/initiate", JSON, json.dumps(call).encode())
    status, _, answer = _send(voice_agents_mock.url, payload)
    assert status == 200, answer
    query = _request("GET", "/v1/admin/voice-gallery?q=%00")
    assert _send(voice_agents_mock.url, query)[0] == 200
