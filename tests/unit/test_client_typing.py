"""VoiceAgentsClient type-checks as ``client=`` of the generated functions (mypy --strict).

Secured operations are generated with ``client: AuthenticatedClient`` and public ones with
``client: AuthenticatedClient | Client``; a VoiceAgentsClient must fit both, sync and async.
The negative snippet proves the check has teeth: a plain ``Client`` is refused by a secured
operation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy_support import GROUP, check_snippet

# The typing tests share the repository's mypy cache: one pytest-xdist worker runs them in turn.
pytestmark = pytest.mark.xdist_group(GROUP)

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


UPLOAD_GOOD = """
    from __future__ import annotations

    import asyncio
    from pathlib import Path

    import voice_agents
    from voice_agents import VoiceAgentsClient
    from voice_agents.errors import APIResponseValidationError, UploadError
    from voice_agents.knowledge_base import (
        AsyncUploadSession,
        UploadProgress,
        UploadSession,
        upload_file,
        upload_file_async,
    )
    from voice_agents_client.models import (
        CompleteUploadResponse,
        KnowledgeBaseFile,
        UploadMimeType,
    )

    version: str = voice_agents.__version__
    client = VoiceAgentsClient.from_env()


    def show(progress: UploadProgress) -> None:
        done: float = progress.fraction
        sent: int = progress.bytes_sent
        status: str | None = progress.status
        print(progress.phase, done, sent, status)


    async def main() -> KnowledgeBaseFile:
        async with client:
            ready: KnowledgeBaseFile = await upload_file_async(
                client, Path("catalogue.pdf"), on_progress=show, timeout=60.0
            )
            with open("faq.md", "rb") as handle:
                await upload_file_async(client, handle, wait=False)
            session = await AsyncUploadSession.start(
                client, file_name="a.md", file_size=3, total_chunks=1,
                mime_type=UploadMimeType.MARKDOWN,
            )
            await session.send_chunk(0, b"abc")
            done: CompleteUploadResponse = await session.complete()
            print(done.knowledge_base_id, session.file_id)
            return await session.wait(poll_interval=1.0)


    try:
        result: KnowledgeBaseFile = asyncio.run(main())
        same: KnowledgeBaseFile = upload_file(client, b"hello", file_name="a.txt")
        sync_session: UploadSession = UploadSession.start(
            client, file_name="a.txt", file_size=5, total_chunks=1
        )
    except UploadError as exc:
        where: str = exc.phase
        session_id: str | None = exc.session_id
        index: int | None = exc.chunk_index
        file_id: str | None = exc.file_id
    except APIResponseValidationError as exc:
        path: str | None = exc.path
        body: bytes = exc.body
"""

UPLOAD_BAD = """
    import asyncio

    from voice_agents import VoiceAgentsClient
    from voice_agents.knowledge_base import upload_file_async
    from voice_agents_client.models import KnowledgeBaseFile

    client = VoiceAgentsClient.from_env()


    def show(done: int) -> None: ...


    result: KnowledgeBaseFile = upload_file_async(client, b"x", on_progress=show)
"""


@pytest.mark.slow
def test_client_type_checks_with_generated_functions(tmp_path: Path) -> None:
    result = check_snippet(GOOD, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_a_plain_client_is_refused_by_a_secured_operation(tmp_path: Path) -> None:
    result = check_snippet(BAD, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Argument "client"' in result.stdout


@pytest.mark.slow
def test_async_upload_usage_type_checks(tmp_path: Path) -> None:
    result = check_snippet(UPLOAD_GOOD, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_wrong_upload_usage_is_refused(tmp_path: Path) -> None:
    """A missing ``await`` and a progress callback of the wrong type are both caught."""
    result = check_snippet(UPLOAD_BAD, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Argument "on_progress"' in result.stdout
    assert "Coroutine" in result.stdout
