"""Knowledge-base uploads and files in the store: start, chunk, complete, list, get, delete.

Internal module. ``start_upload`` opens a session (a fresh ``sess_…`` id) holding what it
announced; ``upload_chunk`` records each chunk's index and size (never its bytes: memory stays
flat); ``complete_upload`` turns a session that received every chunk into a file that is
``processing`` and ``ready`` once the indexing time has passed. The status is computed when the
file is read, from the time it was completed: nothing runs in the background.

Choices the sources leave open (also in docs/spec-decisions.md). The spec refuses only a
second ``complete_upload`` (400); everything else about a session is accepted as the schema
allows, named in a warning (``x-mock-warning`` and the log), and shows in the file's outcome:
a chunk sent again replaces the first (a client may retry a chunk whose answer it lost); a
chunk index at or past the announced count, or chunks missing at ``complete_upload``, give a
file that is ``processing`` and then ``failed`` (indexing gives up on a document that is not
the one announced); a chunk for a completed session is ignored; a byte count that differs from
the announced ``fileSize`` is only named.
"""

from __future__ import annotations

import copy
import math
import re
import secrets
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .base import Answer, Examples, Handler, Workspace, new_object_id, now_iso

__all__ = ["KnowledgeBase", "UploadSession"]

_MIME_BY_SUFFIX = {
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
"""The file's ``type`` when the start did not send ``mimeType`` (the four types accepted)."""
_MISSING = -1
_SHOWN_MISSING = 10


def new_session_id() -> str:
    """A fresh upload session id shaped like the spec's (``sess_`` and lower-case letters)."""
    return "sess_" + secrets.token_hex(12)


@dataclass
class UploadSession:
    """An open (or completed) upload: what ``start_upload`` announced and what arrived."""

    id: str
    file_name: str
    file_size: int
    total_chunks: int
    mime_type: str | None
    sizes: array[int]
    """Bytes received per chunk index (-1: not received); emptied once completed."""
    file_id: str | None = None
    bytes_received: int = 0
    """What the chunks held, once completed (the table is gone then)."""
    stray: int = 0
    """Chunks that came with an index at or past ``total_chunks`` (not stored)."""

    @classmethod
    def announced(cls, session_id: str, fields: dict[str, Any]) -> UploadSession:
        total = fields.get("totalChunks")
        total = total if isinstance(total, int) and not isinstance(total, bool) else 1
        size = fields.get("fileSize")
        mime = fields.get("mimeType")
        return cls(
            id=session_id,
            file_name=str(fields.get("fileName") or "document"),
            file_size=size if isinstance(size, int) and not isinstance(size, bool) else 0,
            total_chunks=max(total, 1),
            mime_type=mime if isinstance(mime, str) else None,
            sizes=array("i", [_MISSING]) * max(total, 1),
        )

    def missing(self) -> list[int]:
        return [index for index, size in enumerate(self.sizes) if size == _MISSING]

    def as_dict(self) -> dict[str, Any]:
        return {
            "sessionId": self.id,
            "fileName": self.file_name,
            "fileSize": self.file_size,
            "totalChunks": self.total_chunks,
            "mimeType": self.mime_type,
            "chunksReceived": self.total_chunks
            if self.file_id is not None
            else sum(1 for size in self.sizes if size != _MISSING),
            "bytesReceived": self.bytes_received
            if self.file_id is not None
            else sum(size for size in self.sizes if size != _MISSING),
            "strayChunks": self.stray,
            "completed": self.file_id is not None,
            "knowledgeBaseId": self.file_id,
        }


@dataclass
class _File:
    record: dict[str, Any]
    completed_at: float
    """Clock reading when the upload was completed (-inf for the seed's files)."""
    outcome: str = "ready"
    """The status once indexed: ``failed`` when the chunks were not the announced document."""


class KnowledgeBase:
    """The knowledge-base operations' answers.

    Args:
        examples: the spec's example bodies.
        indexing_time: seconds a completed upload stays ``processing``.
        clock: monotonic seconds (a test passes its own).
    """

    def __init__(
        self, examples: Examples, indexing_time: float, clock: Callable[[], float]
    ) -> None:
        self.examples = examples
        self.indexing_time = indexing_time
        self.clock = clock

    def handlers(self) -> dict[str, Handler]:
        return {
            "start_upload": self._start,
            "upload_chunk": self._chunk,
            "complete_upload": self._complete,
            "list_knowledge_base_files": self._list,
            "get_knowledge_base_file": self._get,
            "delete_collection": self._delete_collection,
        }

    # ------------------------------------------------------------------ seed and reads
    def seed(self, seed: Workspace) -> None:
        """The files of the list and get examples, and the example session with its chunk.

        The example session (``sess_abc123xyz``) has received its one chunk, so that the
        spec's examples of ``upload_chunk`` and ``complete_upload`` both succeed on a seed.
        """
        listed = self.examples.data("list_knowledge_base_files", "200") or []
        fetched = self.examples.data("get_knowledge_base_file", "200")
        for item in [*listed, *([fetched] if isinstance(fetched, dict) else [])]:
            if isinstance(item, dict) and isinstance(item.get("_id"), str):
                seed.files.put(item["_id"], _File(copy.deepcopy(item), -math.inf))
        started = self.examples.copy("start_upload", "201")
        data = started.get("data")
        session_id = started.get("sessionId") or (
            data.get("sessionId") if isinstance(data, dict) else None
        )
        request = self.examples.index.request_example("start_upload")
        if isinstance(session_id, str) and isinstance(request, dict):
            session = UploadSession.announced(session_id, request)
            share, rest = divmod(session.file_size, session.total_chunks)
            for index in range(session.total_chunks):
                session.sizes[index] = share + (rest if index == session.total_chunks - 1 else 0)
            seed.sessions.put(session_id, session)

    def restore(
        self, state: Workspace, files: list[dict[str, Any]], sessions: list[dict[str, Any]]
    ) -> None:
        """Seed data's files and upload sessions (checked already), as the export wrote them.

        A file is served with the status it was written with (one written ``processing``
        stays so: no upload of it is running). An open session has received its first
        ``chunksReceived`` chunks, sharing ``bytesReceived``: the export keeps no more.
        """
        for record in files:
            state.files.put(record["_id"], _File(copy.deepcopy(record), -math.inf))
        for fields in sessions:
            session = UploadSession.announced(fields["sessionId"], fields)
            session.stray = int(fields.get("strayChunks") or 0)
            received = int(fields.get("bytesReceived") or 0)
            if fields.get("completed"):
                session.file_id = str(fields["knowledgeBaseId"])
                session.bytes_received = received
                session.sizes = array("i")
            else:
                count = min(int(fields.get("chunksReceived") or 0), session.total_chunks)
                share, rest = divmod(received, count) if count else (0, 0)
                for chunk in range(count):
                    session.sizes[chunk] = share + (rest if chunk == count - 1 else 0)
            state.sessions.put(session.id, session)

    def file_dict(self, item: _File) -> dict[str, Any]:
        """The file as a read returns it: its status as of now."""
        record = dict(item.record)
        if record.get("status") == "processing" and item.completed_at > -math.inf:
            elapsed = self.clock() - item.completed_at
            if elapsed >= self.indexing_time:
                record["status"] = item.outcome
                if item.outcome == "ready":
                    record["processingPercentage"] = 100
            else:
                record["processingPercentage"] = min(99, int(99 * elapsed / self.indexing_time))
        return record

    def dump(self, state: Workspace) -> dict[str, Any]:
        return {
            "knowledge_base_files": [self.file_dict(f) for f in state.files.values()],
            "upload_sessions": [s.as_dict() for s in state.sessions.values()],
        }

    # ------------------------------------------------------------------ uploads
    def _start(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        session = UploadSession.announced(new_session_id(), body if isinstance(body, dict) else {})
        state.sessions.put(session.id, session)
        out = self.examples.copy("start_upload", "201")
        if isinstance(out.get("data"), dict):
            out["data"] = {**out["data"], "sessionId": session.id}
        if "sessionId" in out or not isinstance(out.get("data"), dict):
            out["sessionId"] = session.id
        return Answer(201, out)

    def _session(self, state: Workspace, params: dict[str, str]) -> UploadSession | None:
        found = state.sessions.get(params.get("sessionId", ""))
        return found if isinstance(found, UploadSession) else None

    def _chunk(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        session = self._session(state, params)
        if session is None:
            return self.examples.not_found("upload_chunk")
        accepted = Answer(200, self.examples.body("upload_chunk", "200"))
        if session.file_id is not None:
            return _warned(
                accepted, f"upload session {session.id} is completed; the chunk was ignored"
            )
        form = body if isinstance(body, dict) else {}
        try:
            index = int(bytes(form.get("chunkIndex", b"")).decode("ascii").strip())
        except (TypeError, ValueError, UnicodeDecodeError):
            return Examples.refused("chunkIndex must be a whole number")
        if not 0 <= index < session.total_chunks:
            session.stray += 1
            return _warned(
                accepted,
                f"chunkIndex {index} is past the {session.total_chunks} chunk(s) upload session "
                f"{session.id} announced (indices 0 to {session.total_chunks - 1}); the file "
                "will fail indexing",
            )
        session.sizes[index] = len(form.get("chunk", b""))
        return accepted

    def _complete(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        session = self._session(state, params)
        if session is None:
            return self.examples.not_found("complete_upload")
        if session.file_id is not None:
            return Examples.refused(
                f"Upload session {session.id} has already produced a file ({session.file_id})"
            )
        warnings = []
        missing = session.missing()
        if missing:
            shown = ", ".join(map(str, missing[:_SHOWN_MISSING]))
            hidden = len(missing) - _SHOWN_MISSING
            more = f" and {hidden} more" if hidden > 0 else ""
            warnings.append(
                f"upload session {session.id} lacks chunk(s) {shown}{more} of "
                f"{session.total_chunks}; the file will fail indexing"
            )
        if session.stray:
            warnings.append(
                f"upload session {session.id} got {session.stray} chunk(s) past the announced "
                "count; the file will fail indexing"
            )
        received = sum(size for size in session.sizes if size != _MISSING)
        if not missing and received != session.file_size:
            warnings.append(
                f"upload session {session.id} received {received} bytes; it announced "
                f"{session.file_size}"
            )
        file_id = new_object_id()
        record: dict[str, Any] = {
            "_id": file_id,
            "fileName": session.file_name,
            "collectionName": f"rag_{_collection_part(session.file_name)}_{file_id}",
        }
        mime = session.mime_type or _MIME_BY_SUFFIX.get(_suffix(session.file_name))
        if mime is not None:
            record["type"] = mime
        record.update(
            size=session.file_size,
            status="processing",
            processingPercentage=0,
            workspace=state.name,
            createdAt=now_iso(),
        )
        item = _File(record, self.clock(), "failed" if missing or session.stray else "ready")
        state.files.put(file_id, item)
        session.file_id = file_id
        session.bytes_received = received
        session.sizes = array("i")  # the chunk table is not needed any more
        out = self.examples.copy("complete_upload", "200")
        out.update(
            sessionId=session.id,
            knowledgeBaseId=file_id,
            knowledgeBaseStatus=self.file_dict(item)["status"],
        )
        return Answer(200, out, warnings=tuple(warnings))

    # ------------------------------------------------------------------ files
    def _list(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        files = [self.file_dict(item) for item in state.files.values()]
        return Answer(200, self.examples.envelope("list_knowledge_base_files", "200", files))

    def _get(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        found = state.files.get(params.get("knowledgeBaseId", ""))
        if not isinstance(found, _File):
            return self.examples.not_found("get_knowledge_base_file")
        return Answer(
            200,
            self.examples.envelope("get_knowledge_base_file", "200", self.file_dict(found)),
        )

    def _delete_collection(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        """Removes the files whose ``collectionName`` it is (they cannot be searched any more).

        No assistant refers to a collection in the spec, so the 409 never comes from here.
        """
        name = params.get("collectionName", "")
        gone = [
            key
            for key, item in state.files.items()
            if isinstance(item, _File) and item.record.get("collectionName") == name
        ]
        if not gone:
            return self.examples.not_found("delete_collection")
        for key in gone:
            del state.files[key]
        out = self.examples.copy("delete_collection", "200")
        message = out.get("message")
        example_name = self.examples.index.parameter_example("delete_collection", "collectionName")
        if isinstance(message, str) and isinstance(example_name, str):
            out["message"] = message.replace(example_name, name)
        return Answer(200, out)


def _warned(answer: Answer, warning: str) -> Answer:
    return Answer(answer.status, answer.body, answer.call, (*answer.warnings, warning))


def _suffix(file_name: str) -> str:
    dot = file_name.rfind(".")
    return file_name[dot:].lower() if dot > 0 else ""


def _collection_part(file_name: str) -> str:
    stem = file_name[: file_name.rfind(".")] if "." in file_name[1:] else file_name
    return re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")[:48] or "document"
