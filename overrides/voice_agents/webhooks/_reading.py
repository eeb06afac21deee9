"""Reading the JSON values of a delivery, with the rules every field follows (internal).

A JSON ``null`` counts as "not sent"; a value of the wrong JSON type raises
:class:`~voice_agents.errors.WebhookPayloadError` with its path; values never appear in
messages (they may be personal data).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NoReturn

from ..errors import WebhookPayloadError

__all__ = [
    "Payload",
    "fail",
    "join_path",
    "json_type",
    "load_json",
    "read_bool",
    "read_child",
    "read_count",
    "read_datetime",
    "read_extra",
    "read_list",
    "read_mapping",
    "read_number",
    "read_object",
    "read_str",
]

Payload = bytes | bytearray | memoryview | str
"""A raw request body as a receiver has it."""


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def fail(path: str, expected: str, value: object) -> NoReturn:
    where = f"`{path}`" if path else "the body"
    raise WebhookPayloadError(
        f"invalid webhook payload: {where} must be {expected}, got {json_type(value)}",
        path=path,
    )


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def load_json(payload: Payload) -> object:
    """Decode a body as strict JSON (``NaN``/``Infinity`` refused).

    Raises:
        WebhookPayloadError: The bytes are not UTF-8 JSON (the message gives the position, not
            the content).
    """
    try:
        if isinstance(payload, str):
            return json.loads(payload, parse_constant=_reject_constant)
        return json.loads(bytes(payload), parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    except UnicodeDecodeError as exc:
        reason = f"{exc.encoding} cannot decode byte {exc.start}"
    except RecursionError:
        reason = "nesting is too deep"
    except (ValueError, TypeError) as exc:
        reason = str(exc)
    raise WebhookPayloadError(f"invalid webhook payload: the body is not JSON ({reason})", path="")


# --- field readers: `obj` is a dict, `path` the path of `obj`; the path of a field is built
# only when it is wrong, so the common case stays cheap.


def read_object(value: object, path: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, Mapping):  # an already decoded body built from other mappings
        return dict(value)
    fail(path, "an object", value)


def read_str(obj: dict[str, Any], key: str, path: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    fail(join_path(path, key), "a string", value)


def read_number(obj: dict[str, Any], key: str, path: str) -> float | None:
    value = obj.get(key)
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    fail(join_path(path, key), "a number", value)


def read_count(obj: dict[str, Any], key: str, path: str) -> int | None:
    value = obj.get(key)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    fail(join_path(path, key), "a whole number", value)


def read_bool(obj: dict[str, Any], key: str, path: str) -> bool | None:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return value
    fail(join_path(path, key), "a boolean", value)


def read_datetime(obj: dict[str, Any], key: str, path: str) -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    fail(join_path(path, key), "an ISO 8601 date-time string", value)


def read_mapping(obj: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = obj.get(key)
    if value is None:
        return {}
    return read_object(value, join_path(path, key))


def read_child(obj: dict[str, Any], key: str, path: str) -> dict[str, Any] | None:
    value = obj.get(key)
    if value is None:
        return None
    return read_object(value, join_path(path, key))


def read_list(obj: dict[str, Any], key: str, path: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    fail(join_path(path, key), "an array", value)


def read_extra(obj: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {key: value for key, value in obj.items() if key not in known}
