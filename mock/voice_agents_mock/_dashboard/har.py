"""The request journal as HAR 1.2 (``GET /__mock/requests.har``), the format browsers' network
tabs and other tools import.

Internal module. Keys and credentials are masked as the journal masks them. A body is written
as text when it is UTF-8, else base64 (``content.encoding``), and cut at
:data:`MAX_BODY_TEXT` so that an export of a journal full of 10 MiB upload chunks stays a file
a browser can open; a cut body says so in ``comment``. Fields HAR lacks start with ``_``, as
the format asks (``_operation``, ``_workspace``, ``_violations``, ...).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

from .._control.journal import Recorded, masked_headers
from .._core.version import package_version

__all__ = ["MAX_BODY_TEXT", "har"]

MAX_BODY_TEXT = 256 * 1024


def _pairs(headers: dict[str, str]) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for name, value in headers.items()]


def _text(body: bytes) -> dict[str, Any]:
    """``text`` (and ``encoding``, ``comment``) of a HAR body."""
    cut = body[:MAX_BODY_TEXT]
    out: dict[str, Any]
    try:
        out = {"text": cut.decode("utf-8")}
    except UnicodeDecodeError:
        out = {"text": base64.b64encode(cut).decode("ascii"), "encoding": "base64"}
    if len(body) > MAX_BODY_TEXT:
        out["comment"] = f"first {MAX_BODY_TEXT} of {len(body)} bytes"
    return out


def _status_text(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _entry(recorded: Recorded) -> dict[str, Any]:
    shown = recorded.as_dict()
    headers = shown["headers"]
    host = headers.get("host", "127.0.0.1")
    query = recorded.query.decode("utf-8", "replace")
    url = f"http://{host}{shown['path']}" + (f"?{query}" if query else "")
    request: dict[str, Any] = {
        "method": recorded.method,
        "url": url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": _pairs(headers),
        "queryString": [
            {"name": name, "value": value}
            for name, value in parse_qsl(query, keep_blank_values=True)
        ],
        "headersSize": -1,
        "bodySize": len(recorded.body),
    }
    if recorded.body:
        media = headers.get("content-type", "application/octet-stream")
        request["postData"] = {"mimeType": media, **_text(recorded.body)}
    answer_headers = masked_headers(recorded.response_headers)
    content = {
        "size": len(recorded.response_body),
        "mimeType": answer_headers.get("content-type", ""),
        **(_text(recorded.response_body) if recorded.response_body else {}),
    }
    return {
        "startedDateTime": datetime.fromtimestamp(recorded.time, UTC).isoformat(),
        "time": shown["duration_ms"],
        "request": request,
        "response": {
            "status": recorded.status,
            "statusText": _status_text(recorded.status),
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _pairs(answer_headers),
            "content": content,
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(recorded.response_body),
        },
        "cache": {},
        "timings": {"send": 0, "wait": shown["duration_ms"], "receive": 0},
        "_id": recorded.id,
        "_operation": recorded.operation,
        "_workspace": recorded.workspace,
        "_warnings": shown["warnings"],
        "_violations": shown["violations"],
        "_offSpec": shown["off_spec"],
    }


def har(entries: Iterable[Recorded]) -> dict[str, Any]:
    """The HAR 1.2 document of ``entries`` (oldest first)."""
    return {
        "log": {
            "version": "1.2",
            "creator": {"name": "voice-agents-mock", "version": package_version()},
            "pages": [],
            "entries": [_entry(recorded) for recorded in entries],
        }
    }
