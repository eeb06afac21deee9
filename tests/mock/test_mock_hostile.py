"""Hostile input: each gets a 4xx with a reason within 2 s, and the mock keeps serving.

Prism alone hangs on malformed JSON and dies on multipart parts without headers and on non-ASCII
text in a validation message. Every request here is sent as raw bytes (no client-side
normalisation) with a 2 s socket timeout, and is followed by ``GET /health``. At the end, the
same Prism process is still serving: nothing was restarted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest
from mock_support import KEYS, process_exists, raw_request
from voice_agents_mock import MockServer
from voice_agents_mock._front.screen import MAX_BODY_BYTES

JSON = {**KEYS, "content-type": "application/json"}
INITIATE = "/v2/call/initiate"
UPDATE = "/v1/admin/assistant/update/507f1f77bcf86cd799439012"
CHUNK = "/v1/knowledge-base/upload/chunk/sess_abc123xyz"


def _multipart(*parts: bytes, boundary: str = "XyZ") -> tuple[dict[str, str], bytes]:
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
    body += b"--" + boundary.encode() + b"--\r\n"
    return {**KEYS, "content-type": f"multipart/form-data; boundary={boundary}"}, body


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    target: str | bytes
    headers: dict[str, str] = field(default_factory=lambda: dict(JSON))
    body: bytes = b""
    status: int = 400
    reason: str = ""  # expected in the JSON message (or in sl-violations)
    chunked: bool = False


NO_HEADERS = _multipart(b"\r\nraw bytes without any part header")
UNQUOTED_FILENAME = _multipart(
    b"Content-Disposition: form-data; name=chunk; filename=part-0.bin\r\n\r\nabc",
    b'Content-Disposition: form-data; name="chunkIndex"\r\n\r\n0',
)
FILE_WITHOUT_TYPE = _multipart(
    b'Content-Disposition: form-data; name="chunk"; filename="a=b;c.bin"\r\n\r\nabc',
    b'Content-Disposition: form-data; name="chunkIndex"\r\n\r\n0',
)
SEMICOLON_NAME = _multipart(b'Content-Disposition: form-data; name="a;b"\r\n\r\nabc')
NO_BOUNDARY = ({**KEYS, "content-type": "multipart/form-data"}, b"--x\r\n\r\nabc\r\n--x--\r\n")

CASES = [
    # malformed JSON (Prism would hang)
    Case("json-truncated", "POST", INITIATE, body=b'{"phoneNumber": ', reason="Malformed JSON"),
    Case("json-garbage", "POST", INITIATE, body=b"{not json}", reason="Malformed JSON"),
    Case("json-trailing", "POST", INITIATE, body=b'{"a": 1} x', reason="Malformed JSON"),
    Case("json-nan", "POST", INITIATE, body=b'{"phoneNumber": NaN}', reason="NaN"),
    Case("json-infinity", "POST", INITIATE, body=b'{"x": -Infinity}', reason="Infinity"),
    Case("json-utf16", "POST", INITIATE, body='{"a":1}'.encode("utf-16"), reason="UTF-8"),
    Case("json-latin1", "POST", INITIATE, body=b'{"phoneNumber":"\xe9"}', reason="UTF-8"),
    Case("json-deep", "POST", INITIATE, body=b"[" * 5000 + b"]" * 5000, reason="nested"),
    Case("json-on-get", "GET", "/health", body=b"{", reason="Malformed JSON"),
    Case(
        "json-vendor-type",
        "POST",
        INITIATE,
        headers={**KEYS, "content-type": "application/vnd.api+json"},
        body=b"{",
        reason="Unsupported content type",
    ),
    # non-ASCII text in a validation message (Prism would die writing the header)
    Case(
        "non-ascii-property-name",
        "PUT",
        UPDATE,
        body=json.dumps({"variant": {"日本語": 1}}, ensure_ascii=False).encode(),
        reason="\\u65e5\\u672c\\u8a9e",
    ),
    Case(
        "non-ascii-escaped-name",
        "PUT",
        UPDATE,
        body=b'{"variant": {"\\ud83d\\ude00": 1}}',
        reason="\\ud83d\\ude00",
    ),
    Case(
        "non-ascii-path-value",
        "GET",
        "/v1/admin/assistant/get/%E6%97%A5%E6%9C%AC",
        headers=dict(KEYS),
        reason="pattern",
    ),
    Case(
        "non-ascii-query-value",
        "GET",
        "/v1/showcase/calls?category=%E6%97%A5",
        headers=dict(KEYS),
        reason="category",
    ),
    # multipart (Prism would die)
    Case("multipart-no-part-headers", "POST", CHUNK, *NO_HEADERS, reason="Content-Disposition"),
    Case("multipart-no-boundary", "POST", CHUNK, *NO_BOUNDARY, reason="boundary"),
    Case("multipart-bad-name", "POST", CHUNK, *SEMICOLON_NAME, reason="part name"),
    Case(
        "multipart-truncated",
        "POST",
        CHUNK,
        NO_HEADERS[0],
        b'--XyZ\r\nContent-Disposition: form-data; name="chunk"\r\n\r\nab',
        reason="closing boundary",
    ),
    Case(
        "multipart-to-json-operation",
        "POST",
        INITIATE,
        *NO_HEADERS,
        reason="Unsupported content type",
    ),
    # wrong content type
    Case(
        "text-plain",
        "POST",
        INITIATE,
        headers={**KEYS, "content-type": "text/plain"},
        body=b"hello",
        reason="Unsupported content type",
    ),
    Case(
        "no-content-type",
        "POST",
        INITIATE,
        headers=dict(KEYS),
        body=b'{"phoneNumber": "+919876543210", "assistant": "a"}',
        reason="no Content-Type",
    ),
    Case(
        "form-malformed-percent",
        "POST",
        INITIATE,
        headers={**KEYS, "content-type": "application/x-www-form-urlencoded"},
        body=b"%E0%A4%A=1",
        reason="Unsupported content type",
    ),
    Case(
        "unknown-charset",
        "POST",
        INITIATE,
        headers={**KEYS, "content-type": "application/json; charset=klingon"},
        body=b"{}",
        reason="charset",
    ),
    Case(
        "gzip-encoding",
        "POST",
        INITIATE,
        headers={**JSON, "content-encoding": "gzip"},
        body=b"\x1f\x8b\x08\x00garbage",
        reason="Content-Encoding",
    ),
    # a raw control character is not JSON (an escaped NUL is, see test_mock_nul.py)
    Case("nul-raw-in-json", "POST", INITIATE, body=b'{"phoneNumber": "+91\x00"}', reason="control"),
    # size
    Case(
        "body-over-limit-declared",
        "POST",
        INITIATE,
        body=b" " * (MAX_BODY_BYTES + 1),
        status=413,
        reason="limit",
    ),
    Case(
        "body-over-limit-chunked",
        "POST",
        INITIATE,
        body=b" " * (MAX_BODY_BYTES + 1),
        status=413,
        reason="limit",
        chunked=True,
    ),
    # unknown paths and traversal
    Case("unknown-path", "GET", "/v9/nothing/here", headers=dict(KEYS), status=404, reason="route"),
    Case("unknown-non-ascii-path", "GET", "/%E6%97%A5%E6%9C%AC", status=404, reason="route"),
    Case("traversal-dots", "GET", "/v1/../../etc/passwd", reason="traversal"),
    Case("traversal-encoded", "GET", "/v1/%2e%2e/%2E%2E/etc/passwd", reason="traversal"),
    Case("traversal-encoded-slash", "GET", "/v1/..%2f..%2fetc%2fpasswd", reason="traversal"),
    Case("traversal-backslash", "GET", "/v1/..%5c..%5cetc", reason="traversal"),
    Case("path-invalid-utf8", "GET", "/v1/%ff%fe", reason="UTF-8"),
    Case(
        "unknown-scenario",
        "POST",
        INITIATE,
        headers={**JSON, "x-mock-scenario": "x"},
        body=b"{}",
        reason="x-mock-scenario",
    ),
]


def _reason(status: int, headers: dict[str, str], body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    return text + " " + headers.get("sl-violations", "")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_request_gets_4xx_with_reason_fast(
    voice_agents_mock: MockServer, case: Case
) -> None:
    response = raw_request(
        voice_agents_mock.url,
        case.method,
        case.target,
        headers=case.headers,
        body=case.body,
        chunked=case.chunked,
        timeout=2.0,
    )
    assert response.status == case.status, response.body[:300]
    assert response.elapsed < 2.0
    reason = _reason(response.status, response.headers, response.body)
    assert case.reason in reason
    health = raw_request(voice_agents_mock.url, "GET", "/health", timeout=2.0)
    assert health.status == 200


def test_nul_in_a_header_is_refused_by_the_http_layer(voice_agents_mock: MockServer) -> None:
    response = raw_request(
        voice_agents_mock.url, "GET", "/health", raw_headers=b"x-evil: a\x00b\r\n", timeout=2.0
    )
    assert response.status == 400
    assert raw_request(voice_agents_mock.url, "GET", "/health").status == 200


def test_well_formed_non_ascii_is_served_normally(voice_agents_mock: MockServer) -> None:
    body = {
        "phoneNumber": "+919876543210",
        "assistant": "6927ec5c9322ed9f9fb55c68",
        "payload": {"customerName": "Jürgen Müller", "नाम": "राहुल", "注文": "寿司"},
        "metadata": {"मेटा": "डेटा", "emoji": "😀"},
    }
    response = raw_request(
        voice_agents_mock.url,
        "POST",
        INITIATE,
        headers=JSON,
        body=json.dumps(body, ensure_ascii=False).encode(),
    )
    assert response.status == 200, response.body
    assert "callId" in response.json()


def test_canonical_multipart_upload_is_accepted(voice_agents_mock: MockServer) -> None:
    headers, body = _multipart(
        b'Content-Disposition: form-data; name="chunk"; filename="part-0.bin"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n%PDF-1.7 \x00\x01\x02\xff",
        b'Content-Disposition: form-data; name="chunkIndex"\r\n\r\n0',
    )
    response = raw_request(voice_agents_mock.url, "POST", CHUNK, headers=headers, body=body)
    assert response.status == 200, response.body


@pytest.mark.parametrize(
    "multipart", [UNQUOTED_FILENAME, FILE_WITHOUT_TYPE], ids=["unquoted-filename", "no-type"]
)
def test_unusual_but_valid_multipart_is_normalised(
    voice_agents_mock: MockServer, multipart: tuple[dict[str, str], bytes]
) -> None:
    """Prism dies on these layouts; the front re-serialises them, so they are served."""
    headers, body = multipart
    response = raw_request(voice_agents_mock.url, "POST", CHUNK, headers=headers, body=body)
    assert response.status == 200, response.body


def test_prism_was_never_restarted(voice_agents_mock: MockServer) -> None:
    """Runs after the hostile cases (file order): the same Prism answered all of them."""
    assert voice_agents_mock.prism_pid is not None
    assert process_exists(voice_agents_mock.prism_pid)
    log = voice_agents_mock.log_path.read_text(encoding="utf-8", errors="replace")
    assert "exited with status" not in log
    assert "prism-runner: uncaught" not in voice_agents_mock.prism_log_path.read_text(
        encoding="utf-8", errors="replace"
    )
