"""Importing the library stays cheap: names, models and resources load on first use.

Timings belong in ``make bench`` (section ``resources``); these tests pin the structure that
makes the import cheap, each in a fresh interpreter so nothing another test imported counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def _run(code: str) -> dict[str, object]:
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        import json, sys
        print(json.dumps(sorted(m for m in sys.modules if m.startswith(("voice_agents", "httpx")))))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    lines = proc.stdout.strip().splitlines()
    return {"modules": json.loads(lines[-1]), "out": lines[:-1]}


def test_import_voice_agents_loads_nothing_else() -> None:
    modules = _run("import voice_agents")["modules"]
    assert modules == ["voice_agents"]


def test_the_client_loads_no_model_and_no_resource_module() -> None:
    modules = _run("from voice_agents import VoiceAgentsClient")["modules"]
    assert isinstance(modules, list)
    models = [m for m in modules if m.startswith("voice_agents_client.models.")]
    assert models == ["voice_agents_client.models.error"]
    assert not [m for m in modules if m.startswith("voice_agents_client.api.")]
    assert [m for m in modules if m.startswith("voice_agents_client.resources")] == [
        "voice_agents_client.resources",
        "voice_agents_client.resources._runtime",
    ]


def test_a_resource_loads_its_own_modules_only() -> None:
    result = _run(
        """
        from voice_agents import VoiceAgentsClient
        VoiceAgentsClient(public_key="pk_x", private_key="sk_x").calls
        """
    )
    modules = result["modules"]
    assert isinstance(modules, list)
    assert "voice_agents_client.resources.calls" in modules
    assert "voice_agents_client.resources.assistants" not in modules
    assert "voice_agents_client.api.assistant.get_assistant" not in modules


def test_the_response_guard_covers_modules_imported_before_and_after() -> None:
    result = _run(
        """
        from voice_agents_client.api.assistant import get_assistant   # before the library
        import voice_agents
        voice_agents.VoiceAgentsClient                                  # installs the guard
        from voice_agents_client.api.call import initiate_call        # after it
        mark = "__voice_agents_guarded__"
        print(getattr(get_assistant._build_response, mark, False))
        print(getattr(initiate_call._build_response, mark, False))
        """
    )
    assert result["out"] == ["True", "True"]


def test_every_public_name_is_reachable() -> None:
    import voice_agents
    import voice_agents_client.models as models

    for name in voice_agents.__all__:
        assert getattr(voice_agents, name) is not None, name
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    assert set(dir(voice_agents)) >= set(voice_agents.__all__)
