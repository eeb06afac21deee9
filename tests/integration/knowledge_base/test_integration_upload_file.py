"""``client.knowledge_base.upload_file`` (the module's functions, and the CLI) against the mock.

This folder runs the mock stateless (see its conftest), so every step gets the spec's example
answer: the file comes back already `ready`. The stateful path (a real session, each chunk
checked, `processing` then `ready`) is tested in tests/mock/test_mock_state_kb.py. Full 10 MiB
chunks are more than 10 MiB as multipart, which the mock's front validates itself (Prism's
parser stops at 10 MiB).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient
from voice_agents.knowledge_base import (
    MAX_CHUNK_SIZE,
    UploadProgress,
    upload_file,
    upload_file_async,
)
from voice_agents_client.models import KnowledgeBaseFile

MIB = 1024 * 1024


def _document(tmp_path: Path, size: int, name: str = "catalogue.pdf") -> Path:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        block = bytes(range(256)) * 4096  # 1 MiB that is not all zeros
        left = size - 9
        while left > 0:
            handle.write(block[: min(left, len(block))])
            left -= len(block)
    return path


def test_multi_chunk_upload_waits_until_ready(
    voice_agents_client: VoiceAgentsClient, tmp_path: Path
) -> None:
    path = _document(tmp_path, 2 * MIB + 12_345)
    seen: list[UploadProgress] = []
    result = voice_agents_client.knowledge_base.upload_file(
        path, chunk_size=MIB, on_progress=seen.append, poll_interval=0.05
    )
    assert str(result.status) == "ready"
    assert result.id
    chunks = [p for p in seen if p.phase == "chunk"]
    assert [p.chunk for p in chunks] == [1, 2, 3]
    assert chunks[-1].bytes_sent == path.stat().st_size
    assert seen[-1].phase == "done"


def test_async_upload_of_bytes(voice_agents_async_client: AsyncVoiceAgentsClient) -> None:
    async def main() -> KnowledgeBaseFile:
        async with voice_agents_async_client as client:
            return await client.knowledge_base.upload_file(
                b"# FAQ\n\nShipping takes 3 days.\n",
                file_name="faq.md",
                chunk_size=8,
                wait=False,
            )

    result = asyncio.run(main())
    assert str(result.status) == "processing"
    assert result.file_name == "faq.md"


def test_async_upload_waits_until_ready(voice_agents_async_client: AsyncVoiceAgentsClient) -> None:
    seen: list[UploadProgress] = []

    async def main() -> KnowledgeBaseFile:
        async with voice_agents_async_client as client:
            return await client.knowledge_base.upload_file(
                b"# FAQ\n\nReturns are free within 7 days.\n",
                file_name="returns.md",
                chunk_size=16,
                on_progress=seen.append,
                poll_interval=0.05,
            )

    result = asyncio.run(main())
    assert str(result.status) == "ready"
    assert [p.chunk for p in seen if p.phase == "chunk"] == [1, 2, 3]
    assert seen[-1].phase == "done"


def test_the_module_functions_still_work(voice_agents_client: VoiceAgentsClient) -> None:
    """``voice_agents.knowledge_base.upload_file(client, ...)`` and its async twin."""
    result = upload_file(voice_agents_client, b"plain words\n", file_name="a.txt", wait=False)
    assert result.file_name == "a.txt"
    assert str(result.status) == "processing"

    async def main() -> KnowledgeBaseFile:
        async with voice_agents_client:
            return await upload_file_async(
                voice_agents_client, b"more words\n", file_name="b.txt", wait=False
            )

    assert asyncio.run(main()).file_name == "b.txt"


def test_full_10_mib_chunks(voice_agents_client: VoiceAgentsClient, tmp_path: Path) -> None:
    path = _document(tmp_path, 2 * MAX_CHUNK_SIZE + 1000)
    seen: list[UploadProgress] = []
    result = voice_agents_client.knowledge_base.upload_file(
        path, on_progress=seen.append, poll_interval=0.05
    )
    assert str(result.status) == "ready"
    assert [p.chunk for p in seen if p.phase == "chunk"] == [1, 2, 3]


def test_cli_uploads_with_keys_from_the_environment(
    voice_agents_mock: Any, voice_agents_client: VoiceAgentsClient, tmp_path: Path
) -> None:
    path = _document(tmp_path, 300_000, name="handbook.pdf")
    env = {
        **os.environ,
        "VOICE_AGENTS_PUBLIC_KEY": voice_agents_client._init_kwargs["public_key"],
        "VOICE_AGENTS_PRIVATE_KEY": voice_agents_client._init_kwargs["private_key"],
        "VOICE_AGENTS_WORKSPACE": voice_agents_client.workspace or "",
        "VOICE_AGENTS_BASE_URL": voice_agents_mock.url,
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "voice_agents",
            "upload",
            str(path),
            "--chunk-size",
            "100000",
            "--poll-interval",
            "0.05",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "ready"
    assert "uploading [" in done.stderr
    assert "(chunk 3/3)" in done.stderr
    assert env["VOICE_AGENTS_PRIVATE_KEY"] not in done.stderr + done.stdout


def test_cli_refuses_a_bad_file_before_any_request(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG")
    env = {
        **os.environ,
        "VOICE_AGENTS_PUBLIC_KEY": "pk_test",
        "VOICE_AGENTS_PRIVATE_KEY": "sk_test",
        "VOICE_AGENTS_BASE_URL": "http://127.0.0.1:9",  # nothing listens: no request may go out
    }
    done = subprocess.run(
        [sys.executable, "-m", "voice_agents", "upload", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "cannot tell the document type of 'picture.png'" in done.stderr
