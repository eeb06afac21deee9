"""Client overhead, in process: raw httpx vs the bare generated client vs ``VoiceAgentsClient``.

No network: every variant talks to the same :class:`httpx.MockTransport`, which answers with the
response bodies ``openapi.yaml`` documents (the ``initiate_call`` 200 example, 60 bytes, and the
full ``get_assistant`` 200 example, about 2.9 KB).

* raw: an :class:`httpx.Client` doing the request and ``.json()``;
* generated: ``AuthenticatedClient(httpx_args={"transport": ...})`` calling
  ``initiate_call.sync_detailed`` / ``get_assistant.sync_detailed``, which parse into models;
* overrides: the same functions through ``VoiceAgentsClient`` (keys, retries, typed errors on);
* resource: ``client.calls.initiate(body=...)`` / ``client.assistants.get(id)``, the resource
  methods over the same endpoint modules.

The variants run interleaved in rounds (A B C, then B C A, then C A B, ...), each sample a
batch of calls; the figures are medians over the rounds, and each ratio is the median of the
per-round ratios, so drift on a shared machine hits every variant alike.
"""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
import time
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from benchlib import ROOT, Row, Target, median, spread
from voice_agents import VoiceAgentsClient
from voice_agents._response_guard import guard_module
from voice_agents_client import AuthenticatedClient
from voice_agents_client.api.assistant import get_assistant
from voice_agents_client.api.call import initiate_call
from voice_agents_client.models import (
    AnalysisPlanRead,
    AssistantGetResponse,
    InitiateCallRequest,
    InitiateCallResponse,
)
from voice_agents_mock._spec.document import load_spec

__all__ = ["run"]

BASE_URL = "https://api.voice-agents.invalid"
ASSISTANT_ID = "69a57cdba3f3ab7e07cca1e4"
OVERHEAD_TARGET = Target("<=", 1.10, "x")
VARIANTS = ("raw", "generated", "overrides", "resource")
LABELS = {
    "raw": "raw httpx + json()",
    "generated": "bare generated client",
    "overrides": "VoiceAgentsClient, generated function",
    "resource": "VoiceAgentsClient, resource method",
}
RESOURCE_TARGET = Target("<=", 1.05, "x")


def _example(spec: dict[str, Any], path: str, method: str) -> Any:
    content = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return content["example"]


@dataclass
class _Case:
    """One operation measured three ways."""

    key: str
    title: str
    body: bytes
    calls: dict[str, Callable[[], object]]
    check: Callable[[str, object], None]


class _Recorder:
    """The MockTransport handler: the documented body per path; remembers the last request."""

    def __init__(self, bodies: dict[str, bytes]) -> None:
        self.bodies = bodies
        self.headers = [(b"content-type", b"application/json")]
        self.last: httpx.Request | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.last = request
        return httpx.Response(200, headers=self.headers, content=self.bodies[request.url.path])


def _build() -> tuple[list[_Case], _Recorder, list[Callable[[], None]]]:
    spec = load_spec(ROOT / "openapi.yaml")
    small = _example(spec, "/v2/call/initiate", "post")
    large = _example(spec, "/v1/admin/assistant/get/{assistantId}", "get")
    request_example = spec["paths"]["/v2/call/initiate"]["post"]["requestBody"]["content"][
        "application/json"
    ]["examples"]["custom_with_metadata"]["value"]
    small_path = "/v2/call/initiate"
    large_path = f"/v1/admin/assistant/get/{ASSISTANT_ID}"
    recorder = _Recorder(
        {
            small_path: json.dumps(small, separators=(",", ":")).encode(),
            large_path: json.dumps(large, separators=(",", ":")).encode(),
        }
    )
    transport = httpx.MockTransport(recorder)
    raw = httpx.Client(base_url=BASE_URL, transport=transport)
    generated = AuthenticatedClient(
        base_url=BASE_URL, token="sk_bench", httpx_args={"transport": transport}
    )
    overrides = VoiceAgentsClient(
        public_key="pk_bench0123456789abcdef0123456789ab",
        private_key="sk_bench" + "0123456789abcdef" * 4,
        workspace="6690a1b2c3d4e5f600000001",
        base_url=BASE_URL,
        httpx_args={"transport": transport},
    )
    body = InitiateCallRequest.from_dict(request_example)
    body_dict = body.to_dict()

    def check_small(variant: str, result: object) -> None:
        if variant == "raw":
            assert result == small, result
        else:
            assert isinstance(result, InitiateCallResponse), result
            assert result.call_id == small["callId"], result

    def check_large(variant: str, result: object) -> None:
        if variant == "raw":
            assert result == large, "raw body differs from the example"
        else:
            assert isinstance(result, AssistantGetResponse), result
            assert result.data.name == large["data"]["name"], result
            plan = result.data.analysis_plan
            assert isinstance(plan, AnalysisPlanRead), "analysisPlan not parsed"

    cases = [
        _Case(
            "initiate_call",
            f"initiate_call {len(recorder.bodies[small_path])} B",
            recorder.bodies[small_path],
            {
                "raw": lambda: raw.post(small_path, json=body_dict).json(),
                "generated": lambda: (
                    initiate_call.sync_detailed(client=generated, body=body).parsed
                ),
                "overrides": lambda: (
                    initiate_call.sync_detailed(client=overrides, body=body).parsed
                ),
                "resource": lambda: overrides.calls.initiate(body=body),
            },
            check_small,
        ),
        _Case(
            "get_assistant",
            f"get_assistant {len(recorder.bodies[large_path])} B",
            recorder.bodies[large_path],
            {
                "raw": lambda: raw.get(large_path).json(),
                "generated": lambda: (
                    get_assistant.sync_detailed(ASSISTANT_ID, client=generated).parsed
                ),
                "overrides": lambda: (
                    get_assistant.sync_detailed(ASSISTANT_ID, client=overrides).parsed
                ),
                "resource": lambda: overrides.assistants.get(ASSISTANT_ID),
            },
            check_large,
        ),
    ]
    closers: list[Callable[[], None]] = [raw.close, generated.__exit__, overrides.close]
    return cases, recorder, closers


def _verify(case: _Case, recorder: _Recorder) -> None:
    """Each variant really sends and parses (checked once, outside the timing)."""
    for variant in VARIANTS:
        case.check(variant, case.calls[variant]())
        assert recorder.last is not None
        sent = recorder.last.headers
        if variant in ("overrides", "resource"):
            assert "x-private-key" in sent, "keys not sent"
            assert "workspace" in sent, "workspace not sent"
        else:
            assert "x-private-key" not in sent


def _batch(call: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        call()
    return (time.perf_counter() - start) / count * 1e6


def _calibrate(call: Callable[[], object], batch_seconds: float) -> int:
    per_call = _batch(call, 50) / 1e6
    return max(20, int(batch_seconds / max(per_call, 1e-7)))


def _measure(case: _Case, rounds: int, batch_seconds: float) -> dict[str, list[float]]:
    counts = {v: _calibrate(case.calls[v], batch_seconds) for v in VARIANTS}
    samples: dict[str, list[float]] = {v: [] for v in VARIANTS}
    gc.collect()
    for index in range(rounds):
        shift = index % len(VARIANTS)
        order = VARIANTS[shift:] + VARIANTS[:shift]
        for variant in order:
            samples[variant].append(_batch(case.calls[variant], counts[variant]))
    return samples


def _ratio(numerator: list[float], denominator: list[float]) -> list[float]:
    return [a / b for a, b in zip(numerator, denominator, strict=True)]


def profile_overrides(calls: int = 20_000) -> str:
    """Where ``VoiceAgentsClient`` spends its extra time over the bare generated client.

    Profiles both variants of each case with cProfile and lists the functions whose own time
    grew the most (per call). cProfile inflates small functions, so read it for the ranking,
    not the absolute figures.
    """
    cases, _recorder, closers = _build()
    out: list[str] = []
    try:
        for case in cases:
            stats: dict[str, dict[Any, tuple[int, float, float]]] = {}
            for variant in ("generated", "overrides"):
                profiler = cProfile.Profile()
                call = case.calls[variant]
                profiler.enable()
                for _ in range(calls):
                    call()
                profiler.disable()
                raw_stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
                stats[variant] = {k: (v[1], v[2], v[3]) for k, v in raw_stats.items()}
            gen, ovr = stats["generated"], stats["overrides"]
            rows = []
            for key in set(gen) | set(ovr):
                g = gen.get(key, (0, 0.0, 0.0))
                o = ovr.get(key, (0, 0.0, 0.0))
                rows.append((o[1] - g[1], o[2] - g[2], (o[0] - g[0]) / calls, key))
            rows.sort(key=lambda r: -r[0])
            out.append(f"{case.title}: functions with the most extra own time per call")
            out.append("  +own us  +cumul us  +calls  function")
            for own, cum, ncalls, (filename, line, func) in rows[:15]:
                where = filename.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
                out.append(
                    f"  {own / calls * 1e6:7.2f}  {cum / calls * 1e6:9.2f}  {ncalls:6.1f}  "
                    f"{where}:{line}({func})"
                )
            out.append("")
    finally:
        for close in closers:
            close()
    return "\n".join(out)


def _guard_cost(rounds: int, batch_seconds: float) -> tuple[list[float], list[float]]:
    """What the response guard adds per call, in us: the wrapper alone, around a no-op parse.

    The guard (voice_agents._response_guard) wraps each generated ``_build_response`` so that
    a body that does not fit raises APIResponseValidationError. A real parse costs 100 us or
    more and varies more than the wrapper costs, so the wrapper is timed around a parse that
    does nothing, with the same arguments.
    """
    module = types.ModuleType("bench_guard")

    def parse(*, client: object, response: object) -> None:
        return None

    module._build_response = parse  # type: ignore[attr-defined]
    guard_module(module, VoiceAgentsClient)
    client = VoiceAgentsClient(public_key="pk_bench", private_key="sk_bench", base_url=BASE_URL)
    response = httpx.Response(200, content=b"{}")
    guarded = module._build_response  # type: ignore[attr-defined]
    calls = {
        "guarded": lambda: guarded(client=client, response=response),
        "bare": lambda: parse(client=client, response=response),
    }
    counts = {k: _calibrate(c, batch_seconds) for k, c in calls.items()}
    samples: dict[str, list[float]] = {k: [] for k in calls}
    for index in range(rounds):
        for key in ("guarded", "bare") if index % 2 == 0 else ("bare", "guarded"):
            samples[key].append(_batch(calls[key], counts[key]))
    return samples["guarded"], samples["bare"]


def run(*, rounds: int = 31, batch_seconds: float = 0.03) -> tuple[list[Row], dict[str, Any]]:
    """Measure the three variants for both bodies; return the table rows and raw details."""
    cases, recorder, closers = _build()
    rows: list[Row] = []
    details: dict[str, Any] = {"rounds": rounds, "batch_seconds": batch_seconds}
    try:
        for case in cases:
            _verify(case, recorder)
            samples = _measure(case, rounds, batch_seconds)
            details[case.key] = {
                "body_bytes": len(case.body),
                "us_per_call": {v: spread(samples[v]) for v in VARIANTS},
            }
            for variant in VARIANTS:
                rows.append(
                    Row(
                        "client",
                        f"{case.title}: {LABELS[variant]}",
                        median(samples[variant]),
                        "us/call",
                        detail=spread(samples[variant]),
                    )
                )
            over = _ratio(samples["overrides"], samples["generated"])
            extra = median(samples["overrides"]) - median(samples["generated"])
            gen_raw = _ratio(samples["generated"], samples["raw"])
            details[case.key]["ratio_overrides_generated"] = spread(over)
            details[case.key]["ratio_generated_raw"] = spread(gen_raw)
            rows.append(
                Row(
                    "client",
                    f"{case.title}: overrides / generated",
                    median(over),
                    "x",
                    target=OVERHEAD_TARGET,
                    detail=spread(over),
                    note=f"+{extra:.0f} us/call",
                )
            )
            res = _ratio(samples["resource"], samples["overrides"])
            res_extra = median(samples["resource"]) - median(samples["overrides"])
            details[case.key]["ratio_resource_function"] = spread(res)
            rows.append(
                Row(
                    "client",
                    f"{case.title}: resource method / generated function",
                    median(res),
                    "x",
                    target=RESOURCE_TARGET,
                    detail=spread(res),
                    note=f"{res_extra:+.1f} us/call",
                )
            )
            rows.append(
                Row(
                    "client",
                    f"{case.title}: generated / raw",
                    median(gen_raw),
                    "x",
                    detail=spread(gen_raw),
                )
            )
    finally:
        for close in closers:
            close()
    guarded, bare = _guard_cost(rounds, batch_seconds)
    added = [g - b for g, b in zip(guarded, bare, strict=True)]
    details["response_guard_us"] = {"guarded": spread(guarded), "bare": spread(bare)}
    rows.append(
        Row(
            "client",
            "response guard (APIResponseValidationError): added per call",
            median(added),
            "us/call",
            detail=spread(added),
            note="the wrapper around the generated parse, timed around a no-op parse",
        )
    )
    return rows, details
