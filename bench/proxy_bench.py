"""Proxy mode against calling the upstream directly: throughput with wrk, side by side.

The upstream is a loopback fake in its own process (this file run with ``--upstream PORT
DELAY_MS``): the relay's own HTTP layer answering ``GET /v1/admin/voice-gallery`` with a
spec-valid body after ``DELAY_MS``. ``voice-agents-mock proxy`` (``MockServer(upstream=)``)
forwards to it; wrk loads the fake directly, through bare ``prism proxy`` (started as the
proxy's supervisor starts it, forwarding straight to the fake) and through the proxy, in turn,
with 8 connections. Two upstreams: one that answers at once (the proxy's whole cost shows: relay,
Prism's validation of both sides, the replay hop) and one that takes 20 ms, closer to a real
staging host over the network, where the proxy's cost is mostly hidden by the wait.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchlib import Row, Target, median, spread
from prism_bare import BarePrism
from wrk_load import ENDPOINT, wrk

__all__ = ["run"]

CONNECTIONS = 8
THROUGHPUT_TARGET = Target(">=", 0.80, "x")
_BODY = (
    b'{"status_code":200,"message":"Voices fetched successfully.","data":[{"_id":'
    b'"6690a1b2c3d4e5f600000301","slug":"priya","sampleAudio":'
    b'"https://cdn.miraiminds.co/voices/priya.wav"}]}'
)


def _serve_upstream(delay_ms: float) -> None:
    """The fake upstream's process: print the port, answer until stdin closes."""
    from voice_agents_mock._http.messages import Request, Response
    from voice_agents_mock._http.relay import RelayLimits, serve_connections
    from voice_agents_mock._runtime.serve import _bind

    class Upstream:
        async def handle(self, request: Request) -> Response:
            if delay_ms:
                await asyncio.sleep(delay_ms / 1000)
            return Response(200, [(b"content-type", b"application/json")], _BODY)

    async def main() -> None:
        sock = _bind("127.0.0.1", 0)
        await serve_connections(
            sock,
            Upstream(),
            RelayLimits(max_body_bytes=1 << 20, body_timeout=10.0, keepalive_timeout=5.0),
        )
        print(sock.getsockname()[1], flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)

    asyncio.run(main())


class _FakeUpstream:
    def __init__(self, delay_ms: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--upstream", str(delay_ms)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.proc.stdout.readline())}"

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def run(*, rounds: int = 3, seconds: float = 3.0) -> tuple[list[Row], dict[str, Any]]:
    """Throughput through the proxy over the upstream alone, for two upstream delays."""
    from voice_agents_mock import MockServer

    rows: list[Row] = []
    details: dict[str, Any] = {
        "endpoint": f"GET {ENDPOINT}",
        "connections": CONNECTIONS,
        "rounds": rounds,
        "seconds_per_run": seconds,
    }
    for delay_ms in (0.0, 20.0):
        upstream = _FakeUpstream(delay_ms)
        tmp = tempfile.TemporaryDirectory(prefix="voice-agents-bench-")
        bare = BarePrism(Path(tmp.name))
        bare._supervisor.proxy_to = upstream.url  # bare `prism proxy`, same command otherwise
        try:
            bare.start()
            with MockServer(upstream=upstream.url) as proxy:
                urls = (upstream.url, bare.url, proxy.url)
                for url in urls:  # warm-up: connections, Prism's JIT
                    wrk(url, CONNECTIONS, 1.0)
                direct: list[float] = []
                prism_only: list[float] = []
                proxied: list[float] = []
                failed = 0
                for index in range(rounds):
                    order = list(zip(urls, (direct, prism_only, proxied), strict=True))
                    for url, into in order if index % 2 == 0 else order[::-1]:
                        result = wrk(url, CONNECTIONS, seconds)
                        into.append(result.req_s)
                        failed += result.failed
                found = proxy.violations()["violations"]
        finally:
            bare.stop()
            upstream.stop()
            tmp.cleanup()
        ratios = [a / b for a, b in zip(proxied, direct, strict=True)]
        over_prism = [a / b for a, b in zip(proxied, prism_only, strict=True)]
        label = f"upstream answering in {delay_ms:g} ms"
        details[f"delay_{delay_ms:g}ms"] = {
            "direct_req_s": spread(direct),
            "proxy_req_s": spread(proxied),
            "bare_prism_proxy_req_s": spread(prism_only),
            "ratio": spread(ratios),
            "ratio_over_bare_prism_proxy": spread(over_prism),
            "failed": failed,
            "violations_recorded": found,
        }
        note = f"wrk {CONNECTIONS} connections, median of {rounds} runs of {seconds:g} s"
        rows.append(Row("proxy", f"{label}: direct", median(direct), "req/s", note=note))
        rows.append(Row("proxy", f"{label}: bare prism proxy", median(prism_only), "req/s"))
        rows.append(Row("proxy", f"{label}: through the proxy", median(proxied), "req/s"))
        rows.append(
            Row(
                "proxy",
                f"{label}: proxy / direct",
                median(ratios),
                "x",
                target=THROUGHPUT_TARGET,
                detail=spread(ratios),
                note=f"{failed} failed, {found} violations recorded (expected 0)",
            )
        )
        rows.append(
            Row(
                "proxy",
                f"{label}: proxy / bare prism proxy",
                median(over_prism),
                "x",
                detail=spread(over_prism),
                note="the relay's own share: Prism's proxy mode is the ceiling",
            )
        )
    return rows, details


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--upstream":
        _serve_upstream(float(sys.argv[2]))
