"""The resource layer's costs: import time in a fresh process, and calls against the real mock.

* Import: ``python -c "import voice_agents"`` and ``python -c "from voice_agents import
  VoiceAgentsClient"``, each minus a bare ``python -c pass`` and side by side with ``import
  httpx`` (the client's one large dependency), in fresh processes, rounds interleaved; the
  figures are medians. This virtualenv also holds the development tools, and httpx imports its
  command-line module (click, rich) whenever click is installed, which a consumer's environment
  with the wheel alone does not have; each process therefore starts with click marked as not
  installed, as it is there.
* Against the mock: the same ``initiate_call`` and ``get_assistant`` through the generated
  function and through the resource method of one ``VoiceAgentsClient``, interleaved, against a
  running :class:`voice_agents_mock.MockServer` (a real Prism behind the relay).
"""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

from benchlib import Row, Target, median, spread

__all__ = ["run"]

IMPORT_TARGET = Target("<=", 0.15, "s")
# What the library adds over importing httpx: the 0.15 s goal less httpx's own ~0.08 s.
ADDED_TARGET = Target("<=", 0.07, "s")
RESOURCE_TARGET = Target("<=", 1.05, "x")
_SNIPPETS = {
    "bare python": "pass",
    "import httpx": "import httpx",
    "import voice_agents": "import voice_agents",
    "from voice_agents import VoiceAgentsClient": "from voice_agents import VoiceAgentsClient",
    "... and client.calls": (
        "from voice_agents import VoiceAgentsClient as C\n"
        "C(public_key='pk_x', private_key='sk_x').calls"
    ),
}


# `import click` raises ImportError, as in an environment without the development tools.
_CONSUMER_ENV = "import sys; sys.modules['click'] = None\n"


def _time_process(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _CONSUMER_ENV + code], check=True)
    return time.perf_counter() - start


def _imports(rounds: int) -> tuple[list[Row], dict[str, Any]]:
    samples: dict[str, list[float]] = {name: [] for name in _SNIPPETS}
    names = list(_SNIPPETS)
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(_time_process(_SNIPPETS[name]))
    base = median(samples["bare python"])
    rows = []
    for name in names[1:]:
        net = [s - base for s in samples[name]]
        target = IMPORT_TARGET if name == "from voice_agents import VoiceAgentsClient" else None
        rows.append(
            Row(
                "resources",
                f"{name} (minus bare python)",
                median(net),
                "s",
                target=target,
                detail=spread(net),
            )
        )
    httpx_net = median(samples["import httpx"])
    added = [s - httpx_net for s in samples["from voice_agents import VoiceAgentsClient"]]
    rows.append(
        Row(
            "resources",
            "VoiceAgentsClient import over import httpx",
            median(added),
            "s",
            target=ADDED_TARGET,
            detail=spread(added),
            note="what the library adds to its one large dependency",
        )
    )
    return rows, {"import_seconds": {k: spread(v) for k, v in samples.items()}}


def _against_mock(rounds: int, calls: int) -> tuple[list[Row], dict[str, Any]]:
    from voice_agents import VoiceAgentsClient
    from voice_agents_client.api.assistant import get_assistant
    from voice_agents_client.api.call import initiate_call
    from voice_agents_client.models import InitiateCallRequest
    from voice_agents_mock import MockServer

    assistant = "6690a1b2c3d4e5f600000010"
    body = InitiateCallRequest(phone_number="+919876543210", assistant=assistant)
    rows: list[Row] = []
    details: dict[str, Any] = {}
    with MockServer(stateful=False) as mock:
        client = VoiceAgentsClient(
            public_key=mock.TEST_PUBLIC_KEY,
            private_key=mock.TEST_PRIVATE_KEY,
            workspace=mock.TEST_WORKSPACE,
            base_url=mock.url,
        )
        cases = {
            "initiate_call": {
                "function": lambda: initiate_call.sync(client=client, body=body),
                "resource": lambda: client.calls.initiate(body=body),
            },
            "get_assistant": {
                "function": lambda: get_assistant.sync(assistant, client=client),
                "resource": lambda: client.assistants.get(assistant),
            },
        }
        for case, variants in cases.items():
            samples: dict[str, list[float]] = {"function": [], "resource": []}
            for variant in variants.values():
                variant()  # warm the connection and the endpoint module
            for index in range(rounds):
                order = ("function", "resource") if index % 2 == 0 else ("resource", "function")
                for name in order:
                    start = time.perf_counter()
                    for _ in range(calls):
                        variants[name]()
                    samples[name].append((time.perf_counter() - start) / calls * 1e6)
            ratio = [r / f for r, f in zip(samples["resource"], samples["function"], strict=True)]
            details[case] = {k: spread(v) for k, v in samples.items()}
            rows.append(
                Row(
                    "resources",
                    f"{case} against the mock: function",
                    median(samples["function"]),
                    "us/call",
                    detail=spread(samples["function"]),
                )
            )
            rows.append(
                Row(
                    "resources",
                    f"{case} against the mock: resource / function",
                    median(ratio),
                    "x",
                    target=RESOURCE_TARGET,
                    detail=spread(ratio),
                )
            )
        client.close()
    return rows, details


def run(*, rounds: int = 9, calls: int = 200) -> tuple[list[Row], dict[str, Any]]:
    """Import times and the resource call against the mock; the table rows and raw details."""
    import_rows, import_details = _imports(rounds)
    mock_rows, mock_details = _against_mock(rounds, calls)
    return import_rows + mock_rows, {**import_details, "against_mock": mock_details}
