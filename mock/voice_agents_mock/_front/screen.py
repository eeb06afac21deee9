"""Checks the front applies before a request reaches Prism.

Internal module. Prism 5.16 hangs when it cannot parse a body (malformed JSON, ``NaN``, a body
over its 10 MiB ceiling, an unknown charset) and dies on a multipart part without headers, on
unusual part names and file names, and on malformed percent-encoding in form bodies. Each check
here turns such input into a :class:`Rejection` (status and reason) before it can do harm, or
rewrites it into a form Prism handles (multipart bodies are re-serialised canonically). NUL
characters are valid input and pass: Prism 5.16 answers them normally (measured; a test sends
them).
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_to_bytes

from .._core.constants import MAX_BODY_BYTES

__all__ = [
    "JSON_MAX_DEPTH",
    "MAX_BODY_BYTES",
    "MAX_PATH_LENGTH",
    "MultipartPart",
    "Rejection",
    "check_charset",
    "check_form",
    "check_json",
    "check_path",
    "is_json_media_type",
    "parse_media_type",
    "parse_multipart",
    "serialize_multipart",
]

MAX_PATH_LENGTH = 4096
JSON_MAX_DEPTH = 128
_CHARSETS = {"utf-8", "utf8", "us-ascii", "ascii"}


class Rejection(Exception):  # noqa: N818 - a result, not only an error
    """The front answers the request itself: ``status`` and a human-readable ``message``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message

    def __str__(self) -> str:
        return f"{self.status} {self.message}"


def parse_media_type(value: str | None) -> tuple[str, dict[str, str]]:
    """``("type/subtype", {param: value})`` from a Content-Type header (lower-cased type)."""
    if not value:
        return "", {}
    head, *rest = value.split(";")
    params: dict[str, str] = {}
    for item in rest:
        name, sep, val = item.partition("=")
        if not sep:
            continue
        val = val.strip()
        if len(val) >= 2 and val[0] == val[-1] == '"':
            val = re.sub(r"\\(.)", r"\1", val[1:-1])
        params[name.strip().lower()] = val
    return head.strip().lower(), params


def is_json_media_type(media_type: str) -> bool:
    """Whether Prism parses a body of this type as JSON (``application/json``, ``*/*+json``)."""
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


def check_charset(params: dict[str, str]) -> None:
    """Only UTF-8 (or its ASCII subset) bodies: Prism stalls on charsets it cannot decode."""
    charset = params.get("charset")
    if charset is not None and charset.strip().lower() not in _CHARSETS:
        raise Rejection(400, f"Unsupported charset {charset!r}: send the body as UTF-8")


def check_path(raw_path: bytes) -> str:
    """The decoded path, or a rejection for dot segments and invalid UTF-8."""
    if len(raw_path) > MAX_PATH_LENGTH:
        raise Rejection(414, f"URL path longer than {MAX_PATH_LENGTH} bytes")
    decoded = unquote_to_bytes(raw_path)
    try:
        path = decoded.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejection(400, "The URL path is not valid UTF-8 once percent-decoded") from None
    if any(seg in (".", "..") for seg in re.split(r"[/\\]", path)):
        raise Rejection(400, "Path traversal ('.' or '..' segments) is not allowed")
    return path


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _depth(value: Any) -> int:
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            deepest = max(deepest, depth)
            stack.extend((item, depth + 1) for item in node.values())
        elif isinstance(node, list):
            deepest = max(deepest, depth)
            stack.extend((item, depth + 1) for item in node)
    return deepest


def check_json(body: bytes) -> tuple[bytes, Any]:
    """Parse ``body`` as strict JSON (what JavaScript's ``JSON.parse`` accepts).

    Returns:
        The body to forward (a UTF-8 byte-order mark removed) and the parsed value.
    """
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejection(
            400, f"Malformed JSON: the body is not valid UTF-8 ({exc.reason})"
        ) from None
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise Rejection(
            400,
            f"Malformed JSON: {exc.msg.removesuffix(' at')} at line {exc.lineno} "
            f"column {exc.colno}",
        ) from None
    except ValueError as exc:
        raise Rejection(400, f"Malformed JSON: {exc}") from None
    except RecursionError:
        raise Rejection(400, f"JSON nested deeper than {JSON_MAX_DEPTH} levels") from None
    if _depth(value) > JSON_MAX_DEPTH:
        raise Rejection(400, f"JSON nested deeper than {JSON_MAX_DEPTH} levels")
    return body, value


def check_form(body: bytes) -> None:
    """A form-urlencoded body must be well-formed percent-encoded UTF-8."""
    if re.search(rb"%(?![0-9A-Fa-f]{2})", body):
        raise Rejection(400, "Malformed form body: '%' not followed by two hex digits")
    decoded = unquote_to_bytes(body.replace(b"+", b" "))
    try:
        decoded.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejection(400, "Malformed form body: not UTF-8 once percent-decoded") from None


@dataclass(frozen=True)
class MultipartPart:
    """One part of a ``multipart/form-data`` body."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


_TOKEN_PARAM = re.compile(
    r'\s*;\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)'
)
_BAD_NAME = re.compile(r'["\\;=\x00-\x1f\x7f]')


def _disposition(value: str, index: int) -> tuple[str, str | None]:
    kind, _, rest = value.partition(";")
    if kind.strip().lower() != "form-data":
        raise Rejection(400, f"Malformed multipart body: part {index} is not form-data")
    params: dict[str, str] = {}
    pos = 0
    rest = ";" + rest
    while pos < len(rest):
        if not rest[pos:].strip():
            break
        match = _TOKEN_PARAM.match(rest, pos)
        if not match:
            raise Rejection(
                400, f"Malformed multipart body: bad Content-Disposition in part {index}"
            )
        raw = match.group(2)
        if raw.startswith('"'):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        params[match.group(1).lower()] = raw
        pos = match.end()
    if "name" not in params:
        raise Rejection(400, f"Malformed multipart body: part {index} has no name")
    return params["name"], params.get("filename")


def parse_multipart(body: bytes, boundary: str | None) -> list[MultipartPart]:
    """Parse a ``multipart/form-data`` body strictly (RFC 7578); reject what is malformed."""
    if not boundary or len(boundary) > 200:
        raise Rejection(400, "multipart/form-data without a usable boundary parameter")
    delimiter = b"--" + boundary.encode("latin-1", "replace")
    if body.startswith(delimiter):
        rest = body[len(delimiter) :]
    else:
        start = body.find(b"\r\n" + delimiter)
        if start < 0:
            raise Rejection(400, "Malformed multipart body: the boundary never appears")
        rest = body[start + 2 + len(delimiter) :]
    parts: list[MultipartPart] = []
    index = 0
    while True:
        if rest.startswith(b"--"):
            break  # closing delimiter; anything after it is epilogue
        if not rest.startswith(b"\r\n"):
            raise Rejection(400, "Malformed multipart body: no line break after a boundary")
        rest = rest[2:]
        end = rest.find(b"\r\n" + delimiter)
        if end < 0:
            raise Rejection(400, "Malformed multipart body: the closing boundary is missing")
        chunk, rest = rest[:end], rest[end + 2 + len(delimiter) :]
        index += 1
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            if chunk.startswith(b"\r\n"):
                head, data = b"", chunk[2:]
            else:
                raise Rejection(
                    400, f"Malformed multipart body: part {index} has no header/body separator"
                )
        headers: dict[str, str] = {}
        for line in head.split(b"\r\n") if head else []:
            name, colon, value = line.decode("utf-8", "replace").partition(":")
            if not colon or not name.strip():
                raise Rejection(400, f"Malformed multipart body: bad header line in part {index}")
            headers[name.strip().lower()] = value.strip()
        if "content-disposition" not in headers:
            raise Rejection(
                400, f"Malformed multipart body: part {index} has no Content-Disposition header"
            )
        name, filename = _disposition(headers["content-disposition"], index)
        if not name or _BAD_NAME.search(name):
            raise Rejection(
                400,
                f"Unsupported multipart part name {name!r}: use letters, digits and '_-.[]'",
            )
        content_type = headers.get("content-type")
        if content_type is not None and re.search(r"[\x00-\x1f\x7f]", content_type):
            raise Rejection(400, f"Malformed multipart body: bad Content-Type in part {index}")
        parts.append(MultipartPart(name, filename, content_type or None, data))
    if not parts:
        raise Rejection(400, "Malformed multipart body: no parts")
    return parts


def serialize_multipart(parts: list[MultipartPart]) -> tuple[bytes, str]:
    """Canonical bytes and Content-Type for ``parts``, in the one layout Prism parses safely."""
    boundary = "voice-agents-mock-" + secrets.token_hex(12)
    out = bytearray()
    for part in parts:
        out += f"--{boundary}\r\n".encode()
        disposition = f'Content-Disposition: form-data; name="{part.name}"'
        if part.filename is not None:
            safe = re.sub(r'["\\;=\x00-\x1f\x7f]', "_", part.filename) or "file"
            disposition += f'; filename="{safe}"'
        out += disposition.encode("utf-8") + b"\r\n"
        content_type = part.content_type
        if part.filename is not None and not content_type:
            content_type = "application/octet-stream"
        if content_type:
            out += f"Content-Type: {content_type}\r\n".encode("utf-8", "replace")
        out += b"\r\n" + part.data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"
