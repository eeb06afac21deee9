"""Helpers for the tests of voice_agents_mock: a webhook receiver, raw HTTP, schema checks."""

from __future__ import annotations

import contextlib
import json
import socket
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml_source
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from voice_agents_mock._webhooks.receiver import WebhookReceiver

REPO = Path(__file__).resolve().parents[2]
SPEC_URI = "urn:voice-agents:openapi"

KEYS = {
    "x-public-key": "pk_0123456789abcdef0123456789abcdef",
    "x-private-key": "sk_" + "fedcba9876543210" * 4,
    "workspace": "6690a1b2c3d4e5f600000001",
}


class Receiver(WebhookReceiver):
    """The plugin's receiver with this suite's defaults: answers ``status`` (200) to every
    delivery, signed or not, at its root URL; the tests read the raw deliveries."""

    def __init__(
        self, status: int = 200, *, host: str = "127.0.0.1", headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(KEYS["x-private-key"], status=status, headers=headers, host=host, path="")


@dataclass(frozen=True)
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes
    elapsed: float

    def json(self) -> Any:
        return json.loads(self.body)


def raw_request(
    base_url: str,
    method: str,
    target: str | bytes,
    *,
    headers: dict[str, str] | list[tuple[str, str]] | None = None,
    body: bytes = b"",
    timeout: float = 2.0,
    chunked: bool = False,
    raw_headers: bytes = b"",
) -> RawResponse:
    """Send exactly these bytes (no client-side normalisation) and read one response.

    Raises ``TimeoutError`` (socket timeout) when no complete answer arrives within
    ``timeout`` seconds.
    """
    parts = urlsplit(base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    target_bytes = target if isinstance(target, bytes) else target.encode("utf-8")
    lines = [method.encode() + b" " + target_bytes + b" HTTP/1.1", f"host: {host}:{port}".encode()]
    items = list(headers.items()) if isinstance(headers, dict) else list(headers or [])
    for name, value in items:
        lines.append(name.encode("latin-1") + b": " + value.encode("utf-8"))
    if chunked:
        lines.append(b"transfer-encoding: chunked")
    elif body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"content-length: {len(body)}".encode())
    lines.append(b"connection: close")
    head = b"\r\n".join(lines) + b"\r\n" + raw_headers + b"\r\n"
    payload = body
    if chunked:
        payload = (
            b"".join(
                f"{len(body[i : i + 65536]):x}\r\n".encode() + body[i : i + 65536] + b"\r\n"
                for i in range(0, len(body), 65536)
            )
            + b"0\r\n\r\n"
        )
    started = time.monotonic()
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        # The server may answer (413) and close before reading everything.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(head + payload)
        data = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    elapsed = time.monotonic() - started
    head_bytes, _, rest = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head_bytes.decode("latin-1").split("\r\n")
    if not status_line:
        raise ConnectionError(f"no answer to {method} {target!r}")
    response_headers: dict[str, str] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        key = name.strip().lower()
        value = value.strip()
        response_headers[key] = (
            f"{response_headers[key]}, {value}" if key in response_headers else value
        )
    if response_headers.get("transfer-encoding") == "chunked":
        body_out = b""
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line, 16)
            if size == 0:
                break
            body_out += rest[:size]
            rest = rest[size + 2 :]
        rest = body_out
    return RawResponse(int(status_line.split()[1]), response_headers, rest, elapsed)


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml_source.spec()
    return loaded


@cache
def _registry() -> Registry[Any]:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def validator(schema_name: str) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for ``#/components/schemas/<schema_name>``."""
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"},
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def schema_errors(schema_name: str, value: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator(schema_name).iter_errors(value)
    ]


def process_exists(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"
