"""The keys never appear in reprs, exception texts or log lines (ours, httpx's, httpcore's).

The worst case is simulated: the server echoes the keys back in a response header and in the
body, so httpcore's DEBUG lines (which show response headers) and error bodies would leak them
without redaction. A real loopback server gives real httpcore traffic.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import socket
import sys
import threading
import traceback
import uuid
import weakref
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from voice_agents import VoiceAgentsClient
from voice_agents._redact import REDACTED, RedactingFilter, active_redactor, mask_public_key
from voice_agents.errors import (
    APIConnectionError,
    APIStatusError,
    InternalServerError,
    RateLimitError,
    VoiceAgentsError,
)
from voice_agents_client.api.call import initiate_call
from voice_agents_client.models import InitiateCallRequest

HOOK_TOKEN = "hooktoken-5d1c9e7a3b"


def _forbidden(cfg: Any) -> list[str]:
    """Texts that must never show up: the private key, the public key past its prefix."""
    visible = len(mask_public_key(cfg.public_key)) - 3
    return [cfg.private_key, cfg.public_key, cfg.public_key[visible:], HOOK_TOKEN]


def _assert_clean(texts: list[str], cfg: Any) -> None:
    assert texts, "nothing was captured"
    for text in texts:
        for secret in _forbidden(cfg):
            assert secret not in text, f"secret leaked in: {text[:300]!r}"


def _exception_texts(exc: BaseException) -> list[str]:
    """Every text an exception can show: message, repr, traceback, request, response, chain."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    texts.append("".join(traceback.format_exception(exc)))
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current)]
        for attr in ("request", "response"):
            try:
                value = getattr(current, attr, None)
            except RuntimeError:  # httpx errors without a request
                value = None
            if value is None:
                continue
            texts += [repr(value), str(value), repr(value.headers), str(dict(value.headers))]
            if isinstance(value, httpx.Response) or attr == "request":
                with contextlib.suppress(httpx.RequestNotRead, httpx.ResponseNotRead):
                    texts.append(value.content.decode(errors="replace"))
        for attr in ("body", "message", "parsed", "headers"):
            if hasattr(current, attr):
                value = getattr(current, attr)
                texts.append(value.decode() if isinstance(value, bytes) else repr(value))
        current = current.__cause__ or current.__context__
    return texts


def _log_texts(records: list[logging.LogRecord]) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [formatter.format(record) for record in records]


def test_client_repr_and_str_hide_the_keys(make_client: Any, cfg: Any) -> None:
    client = make_client(headers={"x-api-key": HOOK_TOKEN})
    derived = client.with_workspace("w2").with_timeout(3.0)
    texts = [repr(client), str(client), f"{client}", repr(derived), str([client])]
    _assert_clean(texts, cfg)
    assert mask_public_key(cfg.public_key) in repr(client)
    assert cfg.public_key[:7] in repr(client)
    assert REDACTED in repr(client)
    assert repr(client).startswith("VoiceAgentsClient(base_url=")
    assert HOOK_TOKEN not in repr(client.get_httpx_client())
    assert cfg.private_key not in repr(client._credentials)
    assert cfg.private_key not in repr(client._redactor)


def test_mask_public_key() -> None:
    assert mask_public_key("pk_3f9a7c2e5b1d4806a9e3c7f1b2d5e8a4") == "pk_3f9a***"
    assert mask_public_key("short") == "s***"
    assert mask_public_key("") == "***"


# -- respx: every error path, logs at DEBUG ---------------------------------------------------


def _echo(status: int, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    """A response that echoes the request's key headers back (header and body)."""

    def answer(request: httpx.Request) -> httpx.Response:
        echoed = {k: v for k, v in request.headers.items() if k.startswith("x-")}
        return httpx.Response(
            status,
            json={
                "code": status,
                "message": f"bad key {request.headers['x-private-key']}",
                **echoed,
            },
            headers={"x-echo-key": request.headers["x-private-key"], **headers},
        )

    return answer


SCENARIOS: dict[str, tuple[str, Any]] = {
    "400": ("POST", _echo(400)),
    "401": ("POST", _echo(401)),
    "404": ("GET", _echo(404)),
    "429 long": ("POST", _echo(429, **{"retry-after": "3600"})),
    "429 retried": ("GET", _echo(429, **{"retry-after": "1"})),
    "503 retried": ("GET", _echo(503)),
    "503 initiate": ("POST", _echo(503)),
    "connect error": ("POST", httpx.ConnectError("refused")),
    "read timeout": ("GET", httpx.ReadTimeout("slow")),
    "protocol error": ("POST", httpx.RemoteProtocolError("peer closed")),
}


TENANTS = 10_000


@pytest.fixture(scope="module")
def crowd() -> list[VoiceAgentsClient]:
    """10 000 other clients, as a platform with one client per workspace holds them."""
    return [
        VoiceAgentsClient(
            public_key=f"pk_{i:032x}", private_key=f"sk_{i:064x}", workspace=f"{i:024x}"
        )
        for i in range(TENANTS)
    ]


@pytest.fixture(params=[1, TENANTS], ids=["one client", "10000 clients"])
def tenants(request: pytest.FixtureRequest) -> int:
    """Run a redaction test alone, or with 10 000 other clients alive in the process."""
    if request.param == TENANTS:
        request.getfixturevalue("crowd")
    return int(request.param)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("raise_on_error", [True, False])
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_no_key_in_exceptions_or_logs(
    make_client: Any,
    api: Any,
    cfg: Any,
    caplog: pytest.LogCaptureFixture,
    scenario: str,
    mode: str,
    raise_on_error: bool,
    tenants: int,
) -> None:
    caplog.set_level(logging.DEBUG)
    method, effect = SCENARIOS[scenario]
    api.route(method=method, path="/v1/resource").mock(side_effect=effect)
    client = make_client(headers={"x-api-key": HOOK_TOKEN}, raise_on_error=raise_on_error)
    logging.getLogger("voice_agents").debug("client in use: %r", client)

    async def run() -> httpx.Response:
        async with client:
            return await client.get_async_httpx_client().request(method, "/v1/resource")

    def call() -> httpx.Response:
        if mode == "sync":
            return client.get_httpx_client().request(method, "/v1/resource")
        return asyncio.run(run())

    texts: list[str] = []
    failure: BaseException | None = None
    try:
        texts.append(repr(call()))
    except Exception as exc:
        failure = exc
        logging.getLogger("voice_agents.test").exception("request failed")
    if failure is None:
        assert not raise_on_error
    else:
        assert isinstance(failure, httpx.TransportError | VoiceAgentsError)
        texts += _exception_texts(failure)
    texts += _log_texts(caplog.records)
    texts.append(caplog.text)
    _assert_clean(texts, cfg)


def test_error_copies_are_redacted_but_useful(make_client: Any, api: Any, cfg: Any) -> None:
    api.post("/v2/call/initiate").mock(side_effect=_echo(400))
    with pytest.raises(APIStatusError) as info:
        initiate_call.sync(
            client=make_client(),
            body=InitiateCallRequest(phone_number="+14155550100", assistant="a"),
        )
    exc = info.value
    assert exc.request.headers["x-private-key"] == REDACTED
    assert exc.request.headers["x-public-key"] == mask_public_key(cfg.public_key)
    assert exc.request.headers["workspace"] == cfg.workspace
    assert json.loads(exc.request.content)["phoneNumber"] == "+14155550100"
    assert exc.headers["x-echo-key"] == REDACTED
    assert exc.response.headers["x-echo-key"] == REDACTED
    assert exc.parsed is not None
    assert exc.parsed.message == f"bad key {REDACTED}"
    assert exc.body == exc.response.content
    assert cfg.private_key.encode() not in exc.body


# -- the log filter ----------------------------------------------------------------------------


def _record(msg: str, args: Any = None, exc_info: Any = None) -> logging.LogRecord:
    return logging.LogRecord("httpcore.http11", logging.DEBUG, __file__, 1, msg, args, exc_info)


def test_filter_redacts_arguments_and_tracebacks(make_client: Any, cfg: Any) -> None:
    client = make_client()
    with client._redactor.active():  # what send() does for the time of a request
        record = _record("headers=%s", ([(b"x-private-key", cfg.private_key.encode())],))
        assert RedactingFilter().filter(record)
        assert cfg.private_key not in record.getMessage()
        assert REDACTED in record.getMessage()
        try:
            raise RuntimeError(f"boom {cfg.private_key}")
        except RuntimeError:
            record = _record("failed", exc_info=sys.exc_info())
        RedactingFilter().filter(record)
        assert record.exc_text is not None
        assert cfg.private_key not in logging.Formatter().format(record)


def test_filter_leaves_other_records_alone(make_client: Any) -> None:
    client = make_client()
    args = ("x",)
    with client._redactor.active():
        record = _record("nothing secret %s", args)
        assert RedactingFilter().filter(record)
    assert record.msg == "nothing secret %s"
    assert record.args is args


def test_active_redactor_is_set_only_while_a_request_is_sent(
    make_client: Any, api: Any, cfg: Any
) -> None:
    seen: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(active_redactor())
        return httpx.Response(200, json={})

    api.get("/health").mock(side_effect=answer)
    client = make_client()
    other = make_client(public_key="pk_other0000000000000000000000000")
    assert active_redactor() is None
    with other._redactor.active():  # nests: the inner client's redactor, then the outer again
        client.get_httpx_client().get("/health")
        assert active_redactor() is other._redactor
    assert seen == [client._redactor]
    assert active_redactor() is None

    async def run() -> None:
        await client.get_async_httpx_client().get("/health")

    asyncio.run(run())
    assert seen == [client._redactor, client._redactor]
    assert active_redactor() is None


def test_filter_is_installed_on_the_library_loggers(make_client: Any) -> None:
    make_client()
    for name in ("voice_agents", "httpx", "httpcore.http11", "httpcore.connection"):
        assert any(isinstance(f, RedactingFilter) for f in logging.getLogger(name).filters)


# -- real httpcore traffic on a loopback server -----------------------------------------------


class _EchoHandler(BaseHTTPRequestHandler):
    """Echoes the request's key headers back; some paths fail."""

    protocol_version = "HTTP/1.1"

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        status = {"/fail": 500, "/v2/call/initiate": 503, "/limited": 429}.get(self.path, 200)
        echoed = {k.lower(): v for k, v in self.headers.items() if k.lower().startswith("x-")}
        body = json.dumps({"code": status, "message": "echo", "echo": echoed}).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("x-echo-key", self.headers.get("x-private-key", ""))
        self.send_header("x-echo-public", self.headers.get("x-public-key", ""))
        if status == 429:
            self.send_header("retry-after", "0")
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer  # noqa: N815 (the name http.server dispatches to)
    do_POST = _answer  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr access log."""


@pytest.fixture
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_no_key_in_real_httpcore_debug_logs(
    loopback: str, cfg: Any, caplog: pytest.LogCaptureFixture, fake_clock: Any, tenants: int
) -> None:
    caplog.set_level(logging.DEBUG)
    options: dict[str, Any] = {
        "public_key": cfg.public_key,
        "private_key": cfg.private_key,
        "workspace": cfg.workspace,
        "organization": cfg.organization,
        "headers": {"x-api-key": HOOK_TOKEN},
        "clock": fake_clock.clock(),
    }
    client = VoiceAgentsClient(base_url=loopback, **options)
    dead = VoiceAgentsClient(base_url=_closed_port_url(), **options)
    texts: list[str] = []

    with client:
        http = client.get_httpx_client()
        echoed = http.get("/v1/number-pool/search").json()["echo"]
        assert echoed["x-private-key"] == cfg.private_key  # the server really got the keys
        assert echoed["x-api-key"] == HOOK_TOKEN
        with pytest.raises(InternalServerError) as fail:
            http.get("/fail")
        texts += _exception_texts(fail.value)
        with pytest.raises(RateLimitError) as limited:
            http.post("/limited", json={"a": 1})
        texts += _exception_texts(limited.value)

    async def run_async() -> None:
        async with client:
            ahttp = client.get_async_httpx_client()
            assert (await ahttp.get("/ok")).status_code == 200
            with pytest.raises(InternalServerError) as initiate:
                await ahttp.post("/v2/call/initiate", json={})
            texts.extend(_exception_texts(initiate.value))

    asyncio.run(run_async())

    with dead, pytest.raises(APIConnectionError) as refused:
        dead.get_httpx_client().get("/health")
    texts += _exception_texts(refused.value)

    names = {record.name for record in caplog.records}
    assert {"httpx", "httpcore.http11", "httpcore.connection", "voice_agents"} <= names
    header_lines = [r for r in caplog.records if "receive_response_headers.complete" in r.msg]
    assert header_lines, "httpcore did not log response headers"
    assert any(REDACTED in r.getMessage() for r in header_lines)
    texts += _log_texts(caplog.records)
    texts.append(caplog.text)
    _assert_clean(texts, cfg)


# -- many tenants: nothing process-wide grows, nothing outlives a client ------------------------


def test_the_keys_of_collected_clients_are_released(api: Any, cfg: Any) -> None:
    api.get("/health").respond(200, json={"status": "ok"})

    async def use_async(client: VoiceAgentsClient) -> None:
        async with client:
            await client.get_async_httpx_client().get("/health")

    clients = [
        VoiceAgentsClient(
            public_key=f"pk_{i:032x}", private_key=f"{_MARKER}{i:08x}", base_url=cfg.base_url
        )
        for i in range(1000)
    ]
    for client in clients[:10]:
        with client:
            client.get_httpx_client().get("/health")
    asyncio.run(use_async(clients[10]))
    references = [weakref.ref(client._redactor) for client in clients]
    del client, clients
    gc.collect()
    assert [ref for ref in references if ref() is not None] == []
    assert _containers_holding(_MARKER) == []


_MARKER = "sk_released_" + uuid.uuid4().hex


def _containers_holding(prefix: str) -> list[object]:
    """Live dicts, lists, tuples and sets holding a string that starts with ``prefix``."""

    def holds(value: object) -> bool:
        return isinstance(value, str) and value.startswith(prefix) and len(value) > len(prefix)

    # Containers of strings only are not tracked by the gc: reach them through their holders.
    tracked = gc.get_objects()
    untracked = [
        ref
        for obj in tracked
        for ref in gc.get_referents(obj)
        if isinstance(ref, dict | list | tuple | set | frozenset) and not gc.is_tracked(ref)
    ]
    found: list[object] = []
    for obj in [*tracked, *untracked]:
        if isinstance(obj, dict):
            items: Any = [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set | frozenset):
            items = obj
        else:
            continue
        if any(holds(item) for item in items):
            found.append(obj)
    return found


def test_the_log_filter_keeps_no_secrets_of_its_own(make_client: Any, crowd: Any) -> None:
    """The filter holds no state: what it removes comes from the active client only."""
    assert vars(RedactingFilter()) == vars(logging.Filter())
    import voice_agents._redact as redact_module

    secrets_in_module = [
        name
        for name, value in vars(redact_module).items()
        if isinstance(value, dict | list | set | tuple) and len(value) >= TENANTS
    ]
    assert secrets_in_module == []


def test_a_record_of_one_tenant_is_redacted_with_that_tenants_keys(
    crowd: list[VoiceAgentsClient],
) -> None:
    tenant = crowd[TENANTS // 2]
    private_key = tenant._init_kwargs["private_key"]
    with tenant._redactor.active():
        record = _record("sent %s", (private_key,))
        RedactingFilter().filter(record)
    assert record.getMessage() == f"sent {REDACTED}"


def test_concurrent_tasks_each_redact_with_their_own_client(
    api: Any, cfg: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Two tenants' requests interleave in one event loop; each record loses its own keys."""
    caplog.set_level(logging.DEBUG)
    keys = {f"pk_{i:032x}": f"sk_{i:064x}" for i in (1, 2)}
    log = logging.getLogger("voice_agents")

    async def answer(request: httpx.Request) -> httpx.Response:
        private_key = request.headers["x-private-key"]
        log.debug("before the pause %s", private_key)
        await asyncio.sleep(0.01)  # let the other task run in between
        log.debug("after the pause %s", private_key)
        return httpx.Response(200, json={})

    api.get("/health").mock(side_effect=answer)

    async def run() -> None:
        clients = [
            VoiceAgentsClient(public_key=pk, private_key=sk, base_url=cfg.base_url)
            for pk, sk in keys.items()
        ]
        await asyncio.gather(*(c.get_async_httpx_client().get("/health") for c in clients * 3))
        for client in clients:
            await client.aclose()

    asyncio.run(run())
    lines = [r.getMessage() for r in caplog.records if "the pause" in r.msg]
    assert len(lines) == 12
    assert all(line.endswith(REDACTED) for line in lines), lines
