"""Secure by default (in process, fake Prism): Host, Origin, webhook targets, logs."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import httpx
import pytest
from mock_support import KEYS, Receiver
from relay_support import CALL_ID, InProcessFront, exchange, statuses
from voice_agents_mock import SCENARIOS

INITIATE = "/v2/call/initiate"


@pytest.fixture
def front() -> Iterator[InProcessFront]:
    with InProcessFront() as server:
        yield server


def _get(front: InProcessFront, path: str, **headers: str) -> httpx.Response:
    with httpx.Client(trust_env=False, timeout=5) as client:
        return client.get(f"{front.url}{path}", headers={**KEYS, **headers})


@pytest.mark.parametrize(
    "path", ["/health", "/v1/admin/voice-gallery", "/no/such/path", "/__mock/requests"]
)
@pytest.mark.parametrize(
    "host", ["attacker.example", "attacker.example:80", "127.0.0.1.nip.io", "10.0.0.5", "[::2]"]
)
def test_foreign_host_gets_421_on_every_path(front: InProcessFront, path: str, host: str) -> None:
    """DNS rebinding: a page whose name now points at 127.0.0.1 must not read the mock."""
    response = _get(front, path, host=host)
    assert response.status_code == 421
    assert "Host" in response.json()["message"]
    assert front.upstream.received == []


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.0.0.1:4010", "localhost:4010", "LOCALHOST", "app.localhost", "[::1]:9"],
)
def test_loopback_hosts_are_served(front: InProcessFront, host: str) -> None:
    assert _get(front, "/health", host=host).status_code == 200


def test_missing_host_is_refused(front: InProcessFront) -> None:
    answer = exchange(front.port, b"GET /health HTTP/1.1\r\n\r\n")
    assert statuses(answer) == [421]
    assert front.upstream.received == []


def test_allow_host_opens_one_more_name() -> None:
    with InProcessFront(allowed_hosts=["mock.internal"]) as server:
        assert _get(server, "/health", host="mock.internal:4010").status_code == 200
        assert _get(server, "/health", host="other.internal").status_code == 421


LOOPBACK_ORIGINS = ["http://localhost:5173", "http://127.0.0.1:3000", "https://[::1]:8443"]
FOREIGN_ORIGINS = [
    "http://evil.example",
    "https://localhost.evil.example",
    "http://127.0.0.1.evil.example:3000",
    "null",
    "file://",
]


def _preflight(front: InProcessFront, origin: str, **extra: str) -> httpx.Response:
    with httpx.Client(trust_env=False, timeout=5) as client:
        return client.options(
            f"{front.url}{INITIATE}",
            headers={
                "origin": origin,
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type,x-public-key",
                **extra,
            },
        )


@pytest.mark.parametrize("origin", LOOPBACK_ORIGINS)
def test_loopback_origins_are_answered(front: InProcessFront, origin: str) -> None:
    response = _preflight(front, origin)
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == origin
    assert response.headers["access-control-allow-credentials"] == "true"


@pytest.mark.parametrize("origin", FOREIGN_ORIGINS)
def test_foreign_origins_get_403_without_cors_headers(front: InProcessFront, origin: str) -> None:
    preflight = _preflight(front, origin, **{"access-control-request-private-network": "true"})
    assert preflight.status_code == 403
    assert not [h for h in preflight.headers if h.startswith("access-control-")]
    with httpx.Client(trust_env=False, timeout=5) as client:
        actual = client.post(
            f"{front.url}{INITIATE}",
            json={"phoneNumber": "+919876543210", "assistant": "a", "callbackUrl": "http://x"},
            headers={**KEYS, "origin": origin},
        )
    assert actual.status_code == 403
    assert front.upstream.received == []  # refused before anything happens


def test_cors_origin_is_matched_exactly() -> None:
    with InProcessFront(cors_origins=["https://app.example.com:8443"]) as server:
        ok = _preflight(server, "https://app.example.com:8443")
        assert ok.status_code == 204
        assert ok.headers["access-control-allow-origin"] == "https://app.example.com:8443"
        for near in (
            "http://app.example.com:8443",
            "https://app.example.com",
            "https://app.example.com:8444",
            "https://sub.app.example.com:8443",
        ):
            assert _preflight(server, near).status_code == 403, near


def test_wildcard_origin_only_when_given() -> None:
    with InProcessFront(cors_origins=["*"]) as server:
        response = _preflight(server, "https://anything.example")
        assert response.status_code == 204
        assert response.headers["access-control-allow-origin"] == "*"
        assert "access-control-allow-credentials" not in response.headers


def test_private_network_header_only_when_asked() -> None:
    ask = {"access-control-request-private-network": "true"}
    with InProcessFront() as default:
        response = _preflight(default, "http://localhost:5173", **ask)
        assert response.status_code == 204
        assert "access-control-allow-private-network" not in response.headers
    with InProcessFront(cors_private_network=True) as opened:
        response = _preflight(opened, "http://localhost:5173", **ask)
        assert response.headers["access-control-allow-private-network"] == "true"


def _initiate(front: InProcessFront, callback_url: str) -> httpx.Response:
    with httpx.Client(trust_env=False, timeout=5) as client:
        return client.post(
            f"{front.url}{INITIATE}",
            json={"phoneNumber": "+919876543210", "assistant": "a", "callbackUrl": callback_url},
            headers=KEYS,
        )


def _wait_for_records(front: InProcessFront, count: int) -> None:
    deadline = time.monotonic() + 10
    while len(front.deliveries) < count and time.monotonic() < deadline:
        time.sleep(0.01)


@pytest.fixture
def two_receivers() -> Iterator[tuple[Receiver, Receiver]]:
    first, second = Receiver(host="127.0.0.1"), Receiver(host="127.0.0.2")
    yield first, second
    first.close()
    second.close()


def test_webhooks_go_to_loopback_by_default(
    front: InProcessFront, two_receivers: tuple[Receiver, Receiver]
) -> None:
    _, second = two_receivers  # 127.0.0.2: loopback, not only 127.0.0.1
    assert _initiate(front, f"{second.url}/hooks").status_code == 200
    deliveries = second.take(len(SCENARIOS["completed"]))
    assert all(d.json()["event"]["data"]["call"]["id"] == CALL_ID for d in deliveries)


def test_a_refused_destination_receives_nothing(
    two_receivers: tuple[Receiver, Receiver], caplog: pytest.LogCaptureFixture
) -> None:
    allowed, refused = two_receivers
    caplog.set_level(logging.INFO, "voice_agents_mock")
    with InProcessFront(webhook_allow=["127.0.0.1"]) as server:
        assert _initiate(server, f"{refused.url}/hooks").status_code == 200
        _wait_for_records(server, 1)
        assert server.deliveries[0].error is not None
        assert "not in --webhook-allow" in server.deliveries[0].error
        # The allowed one still gets its sequence; by then the refused one would have too.
        assert _initiate(server, f"{allowed.url}/hooks").status_code == 200
        assert len(allowed.take(len(SCENARIOS["completed"]))) == len(SCENARIOS["completed"])
    assert refused.pending() == 0
    assert "refused" in caplog.text


def test_non_loopback_targets_are_refused_without_a_connection(
    front: InProcessFront, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "voice_agents_mock")
    # 192.0.2.0/24 is TEST-NET-1: nothing is ever there, and nothing is tried.
    assert _initiate(front, "http://192.0.2.1/hooks").status_code == 200
    _wait_for_records(front, 1)
    (record,) = front.deliveries
    assert record.status is None
    assert record.error is not None
    assert "--webhook-allow 192.0.2.1" in record.error


def test_redirects_are_not_followed(two_receivers: tuple[Receiver, Receiver]) -> None:
    _, target = two_receivers
    redirecting = Receiver(status=307, headers={"location": f"{target.url}/stolen"})
    try:
        with InProcessFront() as server:
            assert _initiate(server, f"{redirecting.url}/hooks").status_code == 200
            redirecting.take(len(SCENARIOS["completed"]))
            _wait_for_records(server, len(SCENARIOS["completed"]))
            assert {record.status for record in server.deliveries} == {307}
    finally:
        redirecting.close()
    assert target.pending() == 0


def test_url_credentials_never_reach_the_log(
    front: InProcessFront, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "voice_agents_mock")
    dead = Receiver()
    url = dead.url.replace("http://", "http://alice:s3cret-pw@") + "/hooks"
    dead.close()
    assert _initiate(front, url).status_code == 200
    _wait_for_records(front, 1)
    assert "s3cret-pw" not in caplog.text
    assert "alice" not in caplog.text
    assert "***@127.0.0.1" in caplog.text
    assert all("s3cret" not in json.dumps(record.as_dict()) for record in front.deliveries)
