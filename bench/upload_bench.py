"""Knowledge-base upload: ``upload_file`` vs the same requests with raw httpx, in process.

Both variants send a 50 MB file read from disk in 10 MiB chunks (start, 5 multipart chunks,
complete, one poll) to the same :class:`httpx.MockTransport`, which reads every request body
as a stream (without keeping it) and answers like the API. They run interleaved in rounds; the
throughput ratio is the median of the per-round ratios.

Peak memory: ``tracemalloc``'s peak during one upload of the file from a path, above what was
allocated before it, in MiB and in chunks (the goal is at most two chunks: the one being sent
and the one being read).
"""

from __future__ import annotations

import json
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from benchlib import Row, Target, median, spread
from voice_agents import VoiceAgentsClient
from voice_agents.knowledge_base import MAX_CHUNK_SIZE, upload_file

__all__ = ["run"]

BASE_URL = "https://api.voice-agents.invalid"
FILE_SIZE = 50_000_000
SESSION = "sess_bench"
FILE_ID = "6701a1b2c3d4e5f600000050"
THROUGHPUT_TARGET = Target(">=", 0.80, "x")
MEMORY_TARGET = Target("<=", 2.0, "chunks")
MIB = 1024 * 1024


class _Server(httpx.BaseTransport):
    """Answers the four upload operations; reads each body as a stream and counts it.

    Not an ``httpx.MockTransport``: that one reads the whole body into memory first, which a
    network transport does not do, and which would put a copy of every chunk in the figures.
    """

    def __init__(self) -> None:
        self.received = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        size = 0
        for piece in request.stream:  # type: ignore[union-attr]
            size += len(piece)
        self.received += size
        path = request.url.path
        if path.endswith("/upload/start"):
            return httpx.Response(201, json={"message": "started", "sessionId": SESSION})
        if "/upload/chunk/" in path:
            return httpx.Response(200, json={"message": "Chunk uploaded"})
        if "/upload/complete/" in path:
            return httpx.Response(
                200,
                json={
                    "message": "completed",
                    "sessionId": SESSION,
                    "knowledgeBaseId": FILE_ID,
                    "knowledgeBaseStatus": "processing",
                },
            )
        return httpx.Response(
            200,
            json={
                "message": "ok",
                "data": {"_id": FILE_ID, "fileName": "bench.pdf", "status": "ready"},
            },
        )


def _raw_upload(http: httpx.Client, path: Path) -> None:
    """The same requests written by hand with httpx: what a careful caller would do."""
    size = path.stat().st_size
    chunks = -(-size // MAX_CHUNK_SIZE)
    started = http.post(
        "/v1/knowledge-base/upload/start",
        json={
            "fileName": path.name,
            "totalChunks": chunks,
            "fileSize": size,
            "mimeType": "application/pdf",
        },
    )
    session = started.json()["sessionId"]
    with path.open("rb") as handle:
        for index in range(chunks):
            data = handle.read(MAX_CHUNK_SIZE)
            http.post(
                f"/v1/knowledge-base/upload/chunk/{session}",
                files={"chunk": (f"part-{index}.bin", data, "application/octet-stream")},
                data={"chunkIndex": str(index)},
            ).raise_for_status()
            del data
    done = http.post(f"/v1/knowledge-base/upload/complete/{session}").json()
    http.get(f"/v1/knowledge-base/files/{done['knowledgeBaseId']}").raise_for_status()


def _time(call: Callable[[], None]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def _peak_extra(call: Callable[[], None]) -> int:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        call()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def run(*, rounds: int = 7) -> tuple[list[Row], dict[str, Any]]:
    """Measure throughput (both variants, interleaved) and peak memory of ``upload_file``."""
    server = _Server()
    transport = server
    client = VoiceAgentsClient(
        public_key="pk_bench",
        private_key="sk_bench",
        workspace="w",
        base_url=BASE_URL,
        httpx_args={"transport": transport},
    )
    raw = httpx.Client(
        base_url=BASE_URL,
        transport=transport,
        headers={"x-public-key": "pk_bench", "x-private-key": "sk_bench", "workspace": "w"},
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.pdf"
        block = bytes(range(256)) * 4096
        with path.open("wb") as handle:
            for start in range(0, FILE_SIZE, len(block)):
                handle.write(block[: min(len(block), FILE_SIZE - start)])

        def helper() -> None:
            upload_file(client, path)

        def by_hand() -> None:
            _raw_upload(raw, path)

        helper()  # warm up both (imports, connection setup)
        by_hand()
        samples: dict[str, list[float]] = {"helper": [], "raw": []}
        for round_number in range(rounds):
            order = [("helper", helper), ("raw", by_hand)]
            if round_number % 2:
                order.reverse()
            for name, call in order:
                server.received = 0
                samples[name].append(_time(call))
                assert server.received > FILE_SIZE, "the transport did not see the whole file"
        peak_helper = _peak_extra(helper)
        peak_raw = _peak_extra(by_hand)
    client.close()
    raw.close()

    mb_s = {k: [FILE_SIZE / 1e6 / s for s in v] for k, v in samples.items()}
    ratio = [h / r for h, r in zip(mb_s["helper"], mb_s["raw"], strict=True)]
    rows = [
        Row(
            "upload",
            "50 MB file, 10 MiB chunks: raw httpx",
            median(mb_s["raw"]),
            "MB/s",
            detail=spread(mb_s["raw"]),
            note=f"median of {rounds}",
        ),
        Row(
            "upload",
            "50 MB file, 10 MiB chunks: upload_file",
            median(mb_s["helper"]),
            "MB/s",
            detail=spread(mb_s["helper"]),
        ),
        Row(
            "upload",
            "upload_file / raw httpx",
            median(ratio),
            "x",
            target=THROUGHPUT_TARGET,
            detail=spread(ratio),
        ),
        Row(
            "upload",
            "peak extra memory: upload_file",
            peak_helper / MIB,
            "MiB",
            note="tracemalloc, file read from a path",
        ),
        Row(
            "upload",
            "peak extra memory: upload_file, in chunks",
            peak_helper / MAX_CHUNK_SIZE,
            "chunks",
            target=MEMORY_TARGET,
        ),
        Row("upload", "peak extra memory: raw httpx", peak_raw / MIB, "MiB"),
    ]
    details = {
        "file_bytes": FILE_SIZE,
        "chunk_bytes": MAX_CHUNK_SIZE,
        "seconds": {k: spread(v) for k, v in samples.items()},
        "peak_extra_bytes": {"helper": peak_helper, "raw": peak_raw},
    }
    return rows, details


if __name__ == "__main__":
    table_rows, info = run(rounds=3)
    for row in table_rows:
        print(row.name, round(row.value or 0, 2), row.unit, row.met)
    print(json.dumps(info["peak_extra_bytes"]))
