"""The relay's HTTP layer in process (fake Prism): framing, smuggling, limits, keep-alive."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from mock_support import KEYS
from relay_support import InProcessFront, exchange, statuses

HEALTH = b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"
JSON_KEYS = "".join(f"{k}: {v}\r\n" for k, v in KEYS.items()).encode()


@pytest.fixture
def front() -> Iterator[InProcessFront]:
    with InProcessFront(max_body_bytes=4096, body_timeout=1.0) as server:
        yield server


SMUGGLING = {
    "cl-and-te": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 4\r\n"
    b"transfer-encoding: chunked\r\n\r\n0\r\n\r\nGET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n",
    "te-and-cl": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\n"
    b"transfer-encoding: chunked\r\ncontent-length: 4\r\n\r\n0\r\n\r\n",
    "two-lengths": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 2\r\n"
    b"content-length: 40\r\n\r\n{}",
    "same-length-twice": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\n"
    b"content-length: 2\r\ncontent-length: 2\r\n\r\n{}",
    "length-list": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 2, 2\r\n"
    b"\r\n{}",
    "te-not-chunked-last": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\n"
    b"transfer-encoding: chunked, identity\r\n\r\n0\r\n\r\n",
    "te-identity": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\n"
    b"transfer-encoding: identity\r\n\r\n{}",
    "te-space-before-colon": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\n"
    b"transfer-encoding : chunked\r\n\r\n0\r\n\r\n",
    "te-obs-fold": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\n"
    b"transfer-encoding: identity\r\n chunked\r\n\r\n0\r\n\r\n",
    "bare-lf": b"POST /v2/call/initiate HTTP/1.1\nhost: 127.0.0.1\ncontent-length: 2\n\n{}",
    "bare-cr": b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\rx: y\r\n\r\n",
    "chunk-size-overflow": b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\n"
    b"transfer-encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF1\r\nab\r\n0\r\n\r\n",
    "http-0.9": b"GET /health\r\n\r\n",
    "nul-in-header": b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\nx-evil: a\x00b\r\n\r\n",
}


@pytest.mark.parametrize("raw", SMUGGLING.values(), ids=list(SMUGGLING))
def test_smuggling_attempts_get_400_and_reach_nothing(front: InProcessFront, raw: bytes) -> None:
    answer = exchange(front.port, raw)
    assert statuses(answer) == [400], answer[:300]
    assert b"connection: close" in answer
    assert front.upstream.received == []  # nothing reached Prism, not even the hidden request


def test_forwarded_requests_carry_one_content_length(front: InProcessFront) -> None:
    body = b'{"phoneNumber": "+919876543210", "assistant": "a"}'
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in (body[:10], body[10:]))
    raw = (
        b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
        + JSON_KEYS
        + b"transfer-encoding: chunked\r\nconnection: keep-alive\r\nkeep-alive: timeout=99\r\n"
        b"x-mock-scenario: busy\r\n\r\n" + chunked + b"0\r\n\r\n"
    )
    assert statuses(exchange(front.port, raw)) == [200]
    (seen,) = front.upstream.received
    names = [name for name, _ in seen.headers]
    assert seen.body == body
    for hop in (b"transfer-encoding", b"connection", b"keep-alive", b"x-mock-scenario", b"host"):
        assert hop not in names


def test_pipelined_requests_are_answered_in_order(front: InProcessFront) -> None:
    raw = (
        HEALTH * 3 + b"GET /nope/%2e%2e/x HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n"
    )
    assert statuses(exchange(front.port, raw)) == [200, 200, 200, 400]
    assert len(front.upstream.received) == 3


def test_keep_alive_serves_many_requests_on_one_connection(front: InProcessFront) -> None:
    with socket.create_connection(("127.0.0.1", front.port), timeout=3) as sock:
        for _ in range(5):
            sock.sendall(HEALTH)
            head = b""
            while b"\r\n\r\n" not in head:
                head += sock.recv(65536)
            assert head.startswith(b"HTTP/1.1 200 ")
            length = int(head.split(b"content-length: ")[1].split(b"\r\n")[0])
            rest = head.split(b"\r\n\r\n", 1)[1]
            while len(rest) < length:
                rest += sock.recv(65536)
    assert len(front.upstream.received) == 5


def test_http_1_0_closes_after_the_answer(front: InProcessFront) -> None:
    answer = exchange(front.port, b"GET /health HTTP/1.0\r\nhost: 127.0.0.1\r\n\r\n" + HEALTH)
    assert statuses(answer) == [200]
    assert b"connection: close" in answer


@pytest.mark.parametrize("chunked", [False, True], ids=["declared", "chunked"])
def test_body_over_the_limit_gets_413_and_is_not_forwarded(
    front: InProcessFront, chunked: bool
) -> None:
    body = b" " * 5000
    head = (
        b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
    )
    if chunked:
        raw = head + b"transfer-encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    else:
        raw = head + b"content-length: %d\r\n\r\n" % len(body) + body
    answer = exchange(front.port, raw)
    assert statuses(answer) == [413]
    assert b"limit of 4096 bytes" in answer
    assert front.upstream.received == []


def test_oversized_headers_get_431(front: InProcessFront) -> None:
    raw = b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\nx-big: " + b"a" * 70000 + b"\r\n\r\n"
    assert statuses(exchange(front.port, raw)) == [431]


def test_a_body_that_never_arrives_gets_408(front: InProcessFront) -> None:
    raw = b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 10\r\n\r\n{"
    with socket.create_connection(("127.0.0.1", front.port), timeout=5) as sock:
        sock.sendall(raw)  # and nothing more: the relay's 1 s body timeout answers
        answer = sock.recv(65536)
    assert statuses(answer) == [408]
    assert front.upstream.received == []


def test_expect_100_continue(front: InProcessFront) -> None:
    body = b'{"phoneNumber": "+919876543210", "assistant": "a"}'
    raw = (
        b"POST /v2/call/initiate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
        + JSON_KEYS
        + b"expect: 100-continue\r\ncontent-length: %d\r\n\r\n" % len(body)
    )
    with socket.create_connection(("127.0.0.1", front.port), timeout=3) as sock:
        sock.sendall(raw)
        assert sock.recv(65536).startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
        sock.sendall(body)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200 OK")
    assert front.upstream.received[0].header(b"expect") is None


def test_head_gets_the_head_of_the_get_answer(front: InProcessFront) -> None:
    answer = exchange(front.port, b"HEAD /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK")
    assert body == b""
    assert front.upstream.received[0].method == "GET"


def test_a_broken_upstream_answer_is_a_502_not_a_crash() -> None:
    from voice_agents_mock._http.upstream import UpstreamError

    def fail(_request: object) -> object:
        raise UpstreamError(502, "The mock backend (Prism) failed on this request")

    with InProcessFront() as server:
        server.upstream.answer = fail  # type: ignore[assignment]
        answer = exchange(server.port, HEALTH)
        assert statuses(answer) == [502]
        assert "failed on this request" in json.loads(answer.partition(b"\r\n\r\n")[2])["message"]
        server.upstream.answer = None
        assert statuses(exchange(server.port, HEALTH)) == [200]
