"""What the front does with a request body before Prism sees it, and what the store reads of it.

Internal module. :func:`screen_body` checks a body against the operation (media type, charset,
JSON Prism can parse, closed form parts) and gives Prism a copy it can take: its body parser
stops at 10 MiB, so a full-size ``upload_chunk`` is checked here and reaches Prism shortened.
"""

from __future__ import annotations

import fnmatch
from typing import TYPE_CHECKING, Any

from .screen import (
    MultipartPart,
    Rejection,
    check_charset,
    check_form,
    check_json,
    is_json_media_type,
    parse_media_type,
    parse_multipart,
    serialize_multipart,
)

if TYPE_CHECKING:
    from .._http.messages import Request
    from .._spec.document import Operation

__all__ = ["PRISM_BODY_LIMIT", "form_fields", "screen_body"]

PRISM_BODY_LIMIT = 10 * 1024 * 1024
"""Prism's own body parser stops here (``limit: '10mb'``) and then hangs the request."""
_SHORTENED_PART = 1024
"""Bytes Prism gets of a part the front checked itself (the request would exceed its limit)."""


def screen_body(request: Request, operation: Operation | None) -> tuple[bytes, str | None, Any]:
    """The body and Content-Type to forward, and the parsed JSON (None when not JSON).

    Raises:
        Rejection: the body is of a type the operation does not take, malformed where Prism
            cannot cope, or too large.
    """
    body = request.body
    encoding = (request.header(b"content-encoding") or "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise Rejection(400, f"Unsupported Content-Encoding {encoding!r}: send it uncompressed")
    raw_type = request.header(b"content-type")
    media_type, params = parse_media_type(raw_type)
    check_charset(params)
    if operation is not None and operation.has_request_body:
        accepted = operation.request_media_types
        if not any(fnmatch.fnmatchcase(media_type, pattern) for pattern in accepted):
            shown = f"{media_type!r}" if media_type else "no Content-Type"
            raise Rejection(
                400,
                f"Unsupported content type: {shown}; {operation.method} {operation.template} "
                f"accepts {', '.join(accepted) or 'no body'}",
            )
    if is_json_media_type(media_type):
        if len(body) > PRISM_BODY_LIMIT:
            raise Rejection(413, f"JSON bodies over {PRISM_BODY_LIMIT} bytes are not accepted")
        body, parsed = check_json(body)
        return body, raw_type, parsed
    if operation is not None and media_type == "multipart/form-data":
        parts = parse_multipart(body, params.get("boundary"))
        if operation.form_fields is not None:
            # Prism does not apply `additionalProperties: false` to form parts.
            for part in parts:
                if part.name not in operation.form_fields:
                    raise Rejection(
                        400,
                        f"Unexpected form part {part.name!r}; {operation.template} takes "
                        f"{', '.join(sorted(operation.form_fields))}",
                    )
        if len(body) > PRISM_BODY_LIMIT:
            parts = _shortened_for_prism(parts, operation)
        canonical, new_type = serialize_multipart(parts)
        return canonical, new_type, None
    if len(body) > PRISM_BODY_LIMIT:
        raise Rejection(413, f"Bodies of this type over {PRISM_BODY_LIMIT} bytes are not accepted")
    if operation is not None and media_type == "application/x-www-form-urlencoded":
        check_form(body)
    return body, raw_type, None


def _shortened_for_prism(parts: list[MultipartPart], operation: Operation) -> list[MultipartPart]:
    """Check ``maxLength`` of the parts here and give Prism a copy under its body limit.

    Only parts with a declared ``maxLength`` (the chunk of ``upload_chunk``) are checked and
    shortened; Prism still validates everything else (the index, the keys, the path).

    Raises:
        Rejection: a part is longer than its schema allows, or the copy is still too large.
    """
    limits = dict(operation.form_max_lengths)
    out = []
    for part in parts:
        limit = limits.get(part.name)
        if limit is not None:
            if len(part.data) > limit:
                raise Rejection(
                    400,
                    f"Form part {part.name!r} holds {len(part.data)} bytes, over the {limit} "
                    "allowed",
                )
            part = MultipartPart(
                part.name, part.filename, part.content_type, part.data[:_SHORTENED_PART]
            )
        out.append(part)
    if sum(len(part.data) for part in out) > PRISM_BODY_LIMIT:
        raise Rejection(413, f"Form bodies over {PRISM_BODY_LIMIT} bytes are not accepted")
    return out


def form_fields(request: Request) -> dict[str, bytes] | None:
    """A multipart body's parts by name, for the store (the screen already accepted it).

    Parsed again here, on the stateful path only, so that the journal and Prism's copy of the
    body stay as the screen made them.
    """
    media_type, params = parse_media_type(request.header(b"content-type"))
    if media_type != "multipart/form-data":
        return None
    parts = parse_multipart(request.body, params.get("boundary"))
    return {part.name: part.data for part in parts}
