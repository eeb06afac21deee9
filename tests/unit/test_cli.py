"""``python -m voice_agents upload``: the progress bar and the exit statuses (respx, no network)."""

from __future__ import annotations

import io
import json
from typing import Any

import httpx
import pytest
from voice_agents._cli import ProgressBar, main
from voice_agents.knowledge_base import UploadProgress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _progress(phase: Any, sent: int, chunk: int, status: str | None = None) -> UploadProgress:
    return UploadProgress(
        phase=phase,
        bytes_sent=sent,
        total=200,
        chunk=chunk,
        chunks=2,
        status=status,
        session_id="s",
        file_id="f" if phase in ("complete", "poll", "done") else None,
    )


def test_bar_on_a_terminal_redraws_one_line() -> None:
    screen = _Terminal()
    bar = ProgressBar(screen)
    bar(_progress("start", 0, 0))
    bar(_progress("chunk", 100, 1))
    bar(_progress("chunk", 200, 2))
    bar(_progress("complete", 200, 2, "processing"))
    text = screen.getvalue()
    assert text.count("\r") == 4
    assert "uploading [###############---------------]  50% 100 B / 200 B (chunk 1/2)" in text
    last = text.rsplit("\r", 1)[1]
    assert last.rstrip() == "uploaded 200 B: file f, indexing"  # padded over the longer line
    assert last.endswith("\n")


def test_bar_in_a_pipe_prints_plain_lines() -> None:
    out = io.StringIO()
    bar = ProgressBar(out)
    for progress in (
        _progress("start", 0, 0),
        _progress("poll", 200, 2, "processing"),
        _progress("poll", 200, 2, "processing"),
        _progress("done", 200, 2, "ready"),
    ):
        bar(progress)
    assert out.getvalue().splitlines() == [
        "uploading [------------------------------]   0% 0 B / 200 B (chunk 0/2)",
        "indexing: processing",
        "done: ready",
    ]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, cfg: Any) -> None:
    monkeypatch.setenv("VOICE_AGENTS_PUBLIC_KEY", cfg.public_key)
    monkeypatch.setenv("VOICE_AGENTS_PRIVATE_KEY", cfg.private_key)
    monkeypatch.setenv("VOICE_AGENTS_BASE_URL", cfg.base_url)


def test_a_failed_upload_exits_1(
    env: None, api: Any, tmp_path: Any, capsys: pytest.CaptureFixture[str], cfg: Any
) -> None:
    api.post("/v1/knowledge-base/upload/start").respond(
        400, json={"code": 400, "message": "Validation error"}
    )
    path = tmp_path / "a.md"
    path.write_text("# hi\n")
    assert main(["upload", str(path)]) == 1
    captured = capsys.readouterr()
    assert "error: upload not started: start_upload failed: POST" in captured.err
    assert captured.out == ""
    assert cfg.private_key not in captured.err


def test_a_successful_upload_prints_the_file_as_json(
    env: None, api: Any, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    api.post("/v1/knowledge-base/upload/start").respond(
        201, json={"message": "ok", "sessionId": "s"}
    )
    api.post("/v1/knowledge-base/upload/chunk/s").respond(200, json={"message": "ok"})
    api.post("/v1/knowledge-base/upload/complete/s").mock(
        return_value=httpx.Response(
            200,
            json={
                "message": "ok",
                "sessionId": "s",
                "knowledgeBaseId": "f1",
                "knowledgeBaseStatus": "processing",
            },
        )
    )
    path = tmp_path / "a.md"
    path.write_text("# hi\n")
    assert main(["upload", str(path), "--no-wait", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {
        "_id": "f1",
        "fileName": "a.md",
        "status": "processing",
        "size": 5,
    }
    assert captured.err == ""


def test_missing_keys_exit_2(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.delenv("VOICE_AGENTS_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("VOICE_AGENTS_PRIVATE_KEY", raising=False)
    assert main(["upload", "x.pdf"]) == 2
    assert "VOICE_AGENTS_PUBLIC_KEY" in capsys.readouterr().err
