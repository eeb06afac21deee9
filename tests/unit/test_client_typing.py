"""VoiceAgentsClient type-checks as ``client=`` of the generated functions (mypy --strict).

Secured operations are generated with ``client: AuthenticatedClient`` and public ones with
``client: AuthenticatedClient | Client``; a VoiceAgentsClient must fit both, sync and async.
The negative snippet proves the check has teeth: a plain ``Client`` is refused by a secured
operation.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
    from __future__ import annotations

    import httpx
    from voice_agents import STAGING_URL, VoiceAgentsClient
    from voice_agents.errors import APIStatusError, RateLimitError
    from voice_agents_client.api.call import initiate_call
    from voice_agents_client.api.health import get_health
    from voice_agents_client.models import (
        Error,
        HealthResponse,
        InitiateCallRequest,
        InitiateCallResponse,
    )
    from voice_agents_client.types import Response

    client = VoiceAgentsClient(
        public_key="pk_x", private_key="sk_x", workspace="w", base_url=STAGING_URL, timeout=5.0
    )
    env_client: VoiceAgentsClient = VoiceAgentsClient.from_env(max_retries=0, timeout=3.0)
    body = InitiateCallRequest(phone_number="+14155550100", assistant="a")

    parsed: InitiateCallResponse | Error | None = initiate_call.sync(client=client, body=body)
    detailed: Response[Error | InitiateCallResponse] = initiate_call.sync_detailed(
        client=client.with_workspace("other"), body=body
    )
    health: HealthResponse | Error | None = get_health.sync(client=client)
    derived: VoiceAgentsClient = client.with_headers({"x": "y"}).with_timeout(httpx.Timeout(2.0))


    async def main() -> None:
        async with client:
            a: InitiateCallResponse | Error | None = await initiate_call.asyncio(
                client=client, body=body
            )
            b: Response[HealthResponse | Error] = await get_health.asyncio_detailed(
                client=env_client
            )
            print(a, b)


    try:
        get_health.sync(client=derived)
    except RateLimitError as exc:
        wait: float | None = exc.retry_after
    except APIStatusError as exc:
        status: int = exc.status_code
        raw: bytes = exc.body
        model: Error | None = exc.parsed
"""

BAD = """
    from voice_agents_client import Client
    from voice_agents_client.api.call import initiate_call
    from voice_agents_client.models import InitiateCallRequest

    initiate_call.sync(
        client=Client(base_url="http://x"),
        body=InitiateCallRequest(phone_number="+1", assistant="a"),
    )
"""


def _mypy(source: str, tmp_path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(textwrap.dedent(source))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(cache),
            "--no-error-summary",
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def mypy_cache(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """mypy's cache: kept in pytest's cache between runs when the cache plugin is active."""
    cache = getattr(request.config, "cache", None)
    if cache is None:
        return tmp_path_factory.mktemp("mypy-cache")
    return Path(cache.mkdir("voice_agents_mypy"))


@pytest.mark.slow
def test_client_type_checks_with_generated_functions(tmp_path: Path, mypy_cache: Path) -> None:
    result = _mypy(GOOD, tmp_path, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_a_plain_client_is_refused_by_a_secured_operation(tmp_path: Path, mypy_cache: Path) -> None:
    result = _mypy(BAD, tmp_path, mypy_cache)
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Argument "client"' in result.stdout
