"""voice_agents.knowledge_base: the one-call upload and its sessions, against respx.

A small fake of the four endpoints keeps state like the API would: it checks the start
request, decodes each multipart chunk, and answers the polls with a scripted list of statuses.
Each test can make one step fail.
"""

from __future__ import annotations

import asyncio
import email
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from voice_agents.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    UploadError,
    UploadValidationError,
)
from voice_agents.knowledge_base import (
    MAX_CHUNK_SIZE,
    AsyncUploadSession,
    UploadProgress,
    UploadSession,
    upload_file,
    upload_file_async,
)
from voice_agents_client.models import KnowledgeBaseFile, UploadMimeType

SESSION = "sess_7f3a9c2e"
FILE_ID = "6690a1b2c3d4e5f600000041"
START = "/v1/knowledge-base/upload/start"
CHUNK = f"/v1/knowledge-base/upload/chunk/{SESSION}"
COMPLETE = f"/v1/knowledge-base/upload/complete/{SESSION}"
GET = f"/v1/knowledge-base/files/{FILE_ID}"


@dataclass
class FakeKnowledgeBase:
    """State of the fake API; `fail` maps a step to what it answers instead."""

    statuses: list[str] = field(default_factory=lambda: ["processing", "processing", "ready"])
    started: list[dict[str, Any]] = field(default_factory=list)
    chunks: list[tuple[int, bytes]] = field(default_factory=list)
    completed: int = 0
    polls: int = 0
    fail: dict[str, Any] = field(default_factory=dict)
    enveloped_start: bool = False

    def _failure(self, step: str) -> httpx.Response | None:
        effect = self.fail.get(step)
        if effect is None:
            return None
        if isinstance(effect, Exception):
            raise effect
        if callable(effect):
            result = effect(self)
            if isinstance(result, Exception):
                raise result
            return result  # type: ignore[no-any-return]
        assert isinstance(effect, httpx.Response)
        return effect

    def start(self, request: httpx.Request) -> httpx.Response:
        failure = self._failure("start")
        if failure is not None:
            return failure
        self.started.append(json.loads(request.content))
        if self.enveloped_start:
            body = {"status_code": 200, "message": "ok", "data": {"sessionId": SESSION}}
        else:
            body = {"message": "Upload session started", "sessionId": SESSION}
        return httpx.Response(201, json=body)

    def chunk(self, request: httpx.Request) -> httpx.Response:
        failure = self._failure(f"chunk {len(self.chunks)}")
        if failure is not None:
            return failure
        message = email.message_from_bytes(
            b"Content-Type: "
            + request.headers["content-type"].encode()
            + b"\r\n\r\n"
            + request.read()
        )
        parts = {
            part.get_param("name", header="content-disposition"): part
            for part in message.get_payload()
        }  # type: ignore[union-attr]
        assert set(parts) == {"chunk", "chunkIndex"}
        assert parts["chunk"].get_filename()  # a file part, as the spec asks
        assert parts["chunk"].get_content_type() == "application/octet-stream"
        index = int(parts["chunkIndex"].get_payload())
        self.chunks.append((index, parts["chunk"].get_payload(decode=True)))
        return httpx.Response(200, json={"message": "Chunk uploaded"})

    def complete(self, request: httpx.Request) -> httpx.Response:
        failure = self._failure("complete")
        if failure is not None:
            return failure
        self.completed += 1
        return httpx.Response(
            200,
            json={
                "message": "Upload completed",
                "sessionId": SESSION,
                "knowledgeBaseId": FILE_ID,
                "knowledgeBaseStatus": "processing",
            },
        )

    def get(self, request: httpx.Request) -> httpx.Response:
        failure = self._failure("poll")
        if failure is not None:
            return failure
        status = self.statuses[min(self.polls, len(self.statuses) - 1)]
        self.polls += 1
        name = self.started[-1]["fileName"] if self.started else "x"
        return httpx.Response(
            200,
            json={
                "message": "ok",
                "data": {"_id": FILE_ID, "fileName": name, "status": status, "size": 1},
            },
        )

    @property
    def received(self) -> bytes:
        return b"".join(data for _, data in self.chunks)


@pytest.fixture
def kb(api: Any) -> FakeKnowledgeBase:
    fake = FakeKnowledgeBase()
    api.post(START).mock(side_effect=fake.start)
    api.post(CHUNK).mock(side_effect=fake.chunk)
    api.post(COMPLETE).mock(side_effect=fake.complete)
    api.get(GET).mock(side_effect=fake.get)
    return fake


def _upload(mode: str, client: Any, file: Any, **options: Any) -> KnowledgeBaseFile:
    if mode == "sync":
        return upload_file(client, file, **options)
    return asyncio.run(upload_file_async(client, file, **options))


def _payload(size: int) -> bytes:
    return bytes(i % 251 for i in range(size))


def _record() -> tuple[list[UploadProgress], Callable[[UploadProgress], None]]:
    seen: list[UploadProgress] = []
    return seen, seen.append


# -- the whole flow ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_upload_bytes_in_chunks_in_order_and_wait_until_ready(
    make_client: Any, kb: FakeKnowledgeBase, fake_clock: Any, mode: str
) -> None:
    data = _payload(2500)
    seen, on_progress = _record()
    client = make_client()
    options: dict[str, Any] = {
        "file_name": "faq.md",
        "chunk_size": 1000,
        "on_progress": on_progress,
        "poll_interval": 1.5,
    }
    result = _upload(mode, client, data, **options)
    assert isinstance(result, KnowledgeBaseFile)
    assert (result.id, str(result.status)) == (FILE_ID, "ready")
    assert kb.started == [
        {"fileName": "faq.md", "totalChunks": 3, "fileSize": 2500, "mimeType": "text/markdown"}
    ]
    assert [index for index, _ in kb.chunks] == [0, 1, 2]
    assert [len(chunk) for _, chunk in kb.chunks] == [1000, 1000, 500]
    assert kb.received == data
    assert kb.completed == 1
    assert kb.polls == 3
    assert fake_clock.sleeps == [1.5, 1.5]
    assert [p.phase for p in seen] == [
        "start",
        "chunk",
        "chunk",
        "chunk",
        "complete",
        "poll",
        "poll",
        "poll",
        "done",
    ]
    assert seen[-1] == UploadProgress(
        phase="done",
        bytes_sent=2500,
        total=2500,
        chunk=3,
        chunks=3,
        status="ready",
        session_id=SESSION,
        file_id=FILE_ID,
    )


def test_progress_is_monotonic_and_frozen(make_client: Any, kb: FakeKnowledgeBase) -> None:
    seen, on_progress = _record()
    upload_file(
        make_client(), _payload(10_001), file_name="a.txt", chunk_size=1000, on_progress=on_progress
    )
    sent = [p.bytes_sent for p in seen]
    chunks = [p.chunk for p in seen]
    assert sent == sorted(sent)
    assert chunks == sorted(chunks)
    assert sent[0] == 0
    assert sent[-1] == 10_001
    assert [p.bytes_sent for p in seen if p.phase == "chunk"] == [
        *range(1000, 10_001, 1000),
        10_001,
    ]
    assert all(p.total == 10_001 and p.chunks == 11 for p in seen)
    assert [p.fraction for p in seen][-1] == 1.0
    with pytest.raises(AttributeError):
        seen[0].bytes_sent = 5  # type: ignore[misc]


def test_upload_a_path_and_a_file_object(
    make_client: Any, kb: FakeKnowledgeBase, tmp_path: Path
) -> None:
    path = tmp_path / "catalogue.pdf"
    data = _payload(MAX_CHUNK_SIZE + 10)  # one full 10 MiB chunk and a short one
    path.write_bytes(data)
    upload_file(make_client(), path)
    assert kb.started[-1]["mimeType"] == "application/pdf"
    assert kb.started[-1]["fileName"] == "catalogue.pdf"
    assert [len(c) for _, c in kb.chunks] == [MAX_CHUNK_SIZE, 10]
    assert kb.received == data
    kb.chunks.clear()
    with path.open("rb") as handle:
        handle.seek(10)  # read from the current position
        upload_file(make_client(), handle, file_name="tail.pdf", chunk_size=MAX_CHUNK_SIZE)
    assert kb.started[-1]["fileSize"] == MAX_CHUNK_SIZE
    assert kb.received == data[10:]


def test_enveloped_start_answer_is_understood(make_client: Any, kb: FakeKnowledgeBase) -> None:
    kb.enveloped_start = True
    upload_file(make_client(), b"hello", file_name="a.txt")
    assert kb.completed == 1


def test_no_wait_returns_the_completed_file(make_client: Any, kb: FakeKnowledgeBase) -> None:
    seen, on_progress = _record()
    result = upload_file(
        make_client(), b"hello", file_name="a.txt", wait=False, on_progress=on_progress
    )
    assert (result.id, str(result.status), result.file_name) == (FILE_ID, "processing", "a.txt")
    assert kb.polls == 0
    assert seen[-1].phase == "complete"


# -- validation before any request --------------------------------------------------------------


class _Unseekable(io.RawIOBase):
    name = "pipe.txt"

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        return 0


@pytest.mark.parametrize(
    ("file", "options", "match"),
    [
        (b"", {"file_name": "a.txt"}, "is empty"),
        (b"x" * 10, {}, "file_name= is required"),
        (b"x", {"file_name": "a.exe"}, "cannot tell the document type"),
        (b"x", {"file_name": "a.txt", "mime_type": "image/png"}, "is not a type"),
        (b"x", {"file_name": "a.txt", "chunk_size": MAX_CHUNK_SIZE + 1}, "chunk_size must be"),
        (b"x", {"file_name": "a.txt", "chunk_size": 0}, "chunk_size must be"),
        (b"x" * 1001, {"file_name": "a.txt", "chunk_size": 1}, "use chunk_size >= 2"),
        (b"x", {"file_name": "a.txt", "timeout": 0}, "timeout must be"),
        (b"x", {"file_name": "a.txt", "poll_interval": float("nan")}, "poll_interval must"),
        (b"x", {"file_name": "a.txt", "on_progress": 3}, "on_progress must be callable"),
        ("/does/not/exist.pdf", {}, "is not a file"),
        (io.StringIO("text"), {"file_name": "a.txt"}, "text mode"),
        (_Unseekable(), {}, "not seekable"),
        (12, {"file_name": "a.txt"}, "file must be a path"),
    ],
)
def test_validation_happens_before_any_request(
    make_client: Any,
    kb: FakeKnowledgeBase,
    api: Any,
    file: Any,
    options: dict[str, Any],
    match: str,
) -> None:
    with pytest.raises(UploadValidationError, match=match) as info:
        upload_file(make_client(), file, **options)
    assert isinstance(info.value, ValueError)
    assert api.calls.call_count == 0


def test_too_large_a_file_is_refused_from_its_size_alone(
    make_client: Any, api: Any, tmp_path: Path
) -> None:
    path = tmp_path / "big.pdf"
    with path.open("wb") as handle:  # sparse: nothing is written or read
        handle.truncate(100 * 1024 * 1024 + 1)
    with pytest.raises(UploadValidationError, match="104857601 bytes, more than the 104857600"):
        upload_file(make_client(), path)
    assert api.calls.call_count == 0


def test_a_plain_object_is_not_a_client(kb: FakeKnowledgeBase) -> None:
    with pytest.raises(UploadValidationError, match="client must be"):
        upload_file(object(), b"x", file_name="a.txt")  # type: ignore[arg-type]


# -- a failure at each step -------------------------------------------------------------------


def _error(status: int, message: str) -> httpx.Response:
    return httpx.Response(status, json={"code": status, "message": message})


def test_start_failure(make_client: Any, kb: FakeKnowledgeBase) -> None:
    kb.fail["start"] = _error(400, "fileSize is too large")
    with pytest.raises(UploadError) as info:
        upload_file(make_client(), b"x", file_name="a.txt")
    exc = info.value
    assert (exc.phase, exc.session_id, exc.chunk_index, exc.file_id) == ("start", None, None, None)
    assert isinstance(exc.__cause__, BadRequestError)
    assert "fileSize is too large" in str(exc)


def test_start_answer_without_a_session_id(make_client: Any, kb: FakeKnowledgeBase) -> None:
    kb.fail["start"] = httpx.Response(201, json={"message": "ok"})
    with pytest.raises(UploadError, match="no session id") as info:
        upload_file(make_client(), b"x", file_name="a.txt")
    assert info.value.phase == "start"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_chunk_failure_names_the_session_and_the_chunk(
    make_client: Any, kb: FakeKnowledgeBase, mode: str
) -> None:
    kb.fail["chunk 1"] = _error(400, "Chunk too large")
    client = make_client()
    with pytest.raises(UploadError) as info:
        _upload(mode, client, _payload(30), file_name="a.txt", chunk_size=10)
    exc = info.value
    assert (exc.phase, exc.session_id, exc.chunk_index, exc.file_id) == ("chunk", SESSION, 1, None)
    assert "upload_chunk 1 failed" in str(exc)
    assert [i for i, _ in kb.chunks] == [0]
    assert kb.completed == 0


def test_a_chunk_is_not_resent_after_a_read_timeout(
    make_client: Any, kb: FakeKnowledgeBase, api: Any, fake_clock: Any
) -> None:
    """The server may have stored the chunk: the POST is not sent blindly a second time."""
    kb.fail["chunk 0"] = httpx.ReadTimeout("slow")
    with pytest.raises(UploadError) as info:
        upload_file(make_client(), b"hello", file_name="a.txt")
    assert isinstance(info.value.__cause__, APITimeoutError)
    assert info.value.chunk_index == 0
    assert len(api.routes[1].calls) == 1
    assert fake_clock.sleeps == []


def test_a_chunk_is_not_resent_after_a_5xx(
    make_client: Any, kb: FakeKnowledgeBase, api: Any
) -> None:
    kb.fail["chunk 0"] = _error(503, "unavailable")
    with pytest.raises(UploadError) as info:
        upload_file(make_client(), b"hello", file_name="a.txt")
    assert isinstance(info.value.__cause__, InternalServerError)
    assert len(api.routes[1].calls) == 1


def test_a_chunk_is_resent_after_a_429(
    make_client: Any, kb: FakeKnowledgeBase, api: Any, fake_clock: Any
) -> None:
    answers = iter([httpx.Response(429, headers={"retry-after": "2"}, json={"message": "slow"})])

    def once(_: FakeKnowledgeBase) -> httpx.Response | None:
        kb.fail.pop("chunk 0")
        return next(answers)

    kb.fail["chunk 0"] = once
    upload_file(make_client(), b"hello", file_name="a.txt")
    assert fake_clock.sleeps[0] == 2.0
    assert [i for i, _ in kb.chunks] == [0]
    assert kb.received == b"hello"  # the multipart body was sent again whole


def test_a_chunk_is_resent_after_a_connection_failure_before_sending(
    make_client: Any, kb: FakeKnowledgeBase
) -> None:
    def once(_: FakeKnowledgeBase) -> Exception:
        kb.fail.pop("chunk 0")
        return httpx.ConnectError("refused")

    kb.fail["chunk 0"] = once
    upload_file(make_client(), b"hello", file_name="a.txt")
    assert kb.received == b"hello"


def test_complete_failure(make_client: Any, kb: FakeKnowledgeBase) -> None:
    kb.fail["complete"] = _error(404, "Upload session not found")
    with pytest.raises(UploadError) as info:
        upload_file(make_client(), b"hello", file_name="a.txt")
    exc = info.value
    assert (exc.phase, exc.session_id, exc.file_id) == ("complete", SESSION, None)
    assert "Upload session not found" in str(exc)


def test_poll_failure_carries_the_file_id(make_client: Any, kb: FakeKnowledgeBase) -> None:
    kb.fail["poll"] = httpx.ConnectError("refused")
    with pytest.raises(UploadError) as info:
        upload_file(make_client(), b"hello", file_name="a.txt")
    exc = info.value
    assert (exc.phase, exc.session_id, exc.file_id, exc.status) == (
        "poll",
        SESSION,
        FILE_ID,
        "processing",
    )
    assert isinstance(exc.__cause__, APIConnectionError)


def test_indexing_failed(make_client: Any, kb: FakeKnowledgeBase) -> None:
    kb.statuses = ["processing", "failed"]
    with pytest.raises(UploadError, match=r"indexing of 'a\.txt' failed") as info:
        upload_file(make_client(), b"hello", file_name="a.txt", poll_interval=0.1)
    assert (info.value.status, info.value.file_id) == ("failed", FILE_ID)
    assert info.value.__cause__ is None


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_poll_timeout_raises_with_the_last_status(
    make_client: Any, kb: FakeKnowledgeBase, fake_clock: Any, mode: str
) -> None:
    kb.statuses = ["processing"]
    client = make_client()
    with pytest.raises(UploadError) as info:
        _upload(mode, client, b"hello", file_name="a.txt", poll_interval=2.0, timeout=5.0)
    exc = info.value
    assert exc.phase == "poll"
    assert exc.status == "processing"
    assert "still 'processing' after 5 s" in str(exc)
    assert fake_clock.sleeps == [2.0, 2.0, 1.0]  # the last poll is at the deadline
    assert kb.polls == 4


def test_an_unknown_status_keeps_polling(make_client: Any, kb: FakeKnowledgeBase) -> None:
    kb.statuses = ["processing", "queued", "ready"]
    failure: UploadError | None = None
    try:
        upload_file(make_client(), b"hello", file_name="a.txt")
    except UploadError as exc:
        failure = exc
    if failure is None:  # the response enums are open (issue 11): polling went on to `ready`
        assert kb.polls == 3
    else:
        # While they are closed the generated parser refuses the value: a typed error naming
        # the field, never a bare ValueError.
        assert failure.phase == "poll"
        cause = failure.__cause__
        assert isinstance(cause, APIResponseValidationError)
        assert cause.path == "data.status"


def test_progress_callback_errors_stop_the_upload(make_client: Any, kb: FakeKnowledgeBase) -> None:
    def boom(progress: UploadProgress) -> None:
        if progress.phase == "chunk":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        upload_file(make_client(), _payload(20), file_name="a.txt", chunk_size=10, on_progress=boom)
    assert len(kb.chunks) == 1
    assert kb.completed == 0


def test_raise_on_error_false_still_raises_upload_errors(
    make_client: Any, kb: FakeKnowledgeBase
) -> None:
    kb.fail["chunk 0"] = _error(400, "Chunk too large")
    with pytest.raises(UploadError, match="upload_chunk 0 returned 400: Chunk too large"):
        upload_file(make_client(raise_on_error=False), b"hello", file_name="a.txt")


def test_a_path_is_closed_after_a_failure(
    make_client: Any, kb: FakeKnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    opened: list[Any] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        opened.append(handle)
        return handle

    monkeypatch.setattr(Path, "open", spy)
    kb.fail["chunk 0"] = _error(400, "no")
    with pytest.raises(UploadError):
        upload_file(make_client(), path)
    assert opened
    assert all(handle.closed for handle in opened)


# -- the sessions on their own --------------------------------------------------------------


def test_session_step_by_step_with_a_manual_resend(make_client: Any, kb: FakeKnowledgeBase) -> None:
    client = make_client()
    session = UploadSession.start(
        client, file_name="a.md", file_size=6, total_chunks=2, mime_type=UploadMimeType.MARKDOWN
    )
    assert session.session_id == SESSION
    session.send_chunk(0, b"abc")
    with pytest.raises(UploadValidationError, match="the next one is 1, got 0"):
        session.send_chunk(0, b"abc")
    with pytest.raises(UploadValidationError, match="send the rest first"):
        session.complete()
    kb.fail["chunk 1"] = _error(503, "busy")
    with pytest.raises(UploadError):
        session.send_chunk(1, b"def")
    assert session.next_chunk == 1  # the failed chunk is still the next one
    kb.fail.clear()
    session.send_chunk(1, b"def")  # the caller chose to send it again
    with pytest.raises(UploadValidationError, match="more than the announced file_size"):
        UploadSession(
            client, session_id="s", file_name="a.md", file_size=1, total_chunks=1
        ).send_chunk(0, b"ab")
    done = session.complete()
    assert done.knowledge_base_id == FILE_ID
    assert session.wait(poll_interval=0.5).id == FILE_ID
    assert kb.received == b"abcdef"
    assert "sess_7f3a9c2e" in repr(session)


def test_async_session(make_client: Any, kb: FakeKnowledgeBase) -> None:
    async def run() -> KnowledgeBaseFile:
        async with make_client() as client:
            session = await AsyncUploadSession.start(
                client, file_name="a.txt", file_size=3, total_chunks=1
            )
            await session.send_chunk(0, b"abc")
            await session.complete()
            return await session.wait()

    assert asyncio.run(run()).id == FILE_ID


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"file_size": 0}, "file_size must be between 1"),
        ({"file_size": 100 * 1024 * 1024 + 1}, "file_size must be between 1"),
        ({"total_chunks": 0}, "total_chunks must be between"),
        ({"file_size": 30 * 1024 * 1024, "total_chunks": 2}, "between 3"),
        ({"file_name": " "}, "file_name must be"),
    ],
)
def test_session_start_is_validated(
    make_client: Any, api: Any, options: dict[str, Any], match: str
) -> None:
    arguments: dict[str, Any] = {"file_name": "a.txt", "file_size": 10, "total_chunks": 1}
    arguments.update(options)
    with pytest.raises(UploadValidationError, match=match):
        UploadSession.start(make_client(), **arguments)
    assert api.calls.call_count == 0
