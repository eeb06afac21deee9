"""Turn the generated parser's bare exceptions into ``APIResponseValidationError`` (internal).

The generated ``sync``/``asyncio`` functions parse a response in their own frame
(``_build_response`` → ``Model.from_dict(response.json())``), above the httpx layer the client
controls. A body that does not fit the model (a required field missing, a value of the wrong
JSON type, not JSON at all) raises a bare ``KeyError``/``TypeError``/``ValueError`` there, and
the caller loses the response.

Why a wrapper around each endpoint module's ``_build_response``: the spec cannot make a wrong
type parse, the generator has no setting for it, and the httpx
layer only sees the response before the parse. Parsing once more in ``send`` to find failures
early would double the parse cost of every call; a custom template would change
``generated/``. The wrapper adds one call and a ``try`` (free in CPython 3.11 until something
raises) and applies only when the client is a ``VoiceAgentsClient``, so a plain generated
client keeps the generated behaviour.

The JSON path of a failure (``data.items[2].status``) is read from the traceback: each generated
``from_dict`` frame's current line pops the field it is parsing (``d.pop("status")``), or loops
over a list popped a few lines above; the list built so far gives the index.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import linecache
import re
import sys
from collections.abc import Callable
from types import FrameType, ModuleType, TracebackType
from typing import Any

import httpx

from ._redact import Redactor
from .errors import APIResponseValidationError

__all__ = ["PARSE_ERRORS", "guard_module", "install", "json_path", "validation_error"]

PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)
"""What the generated parser raises for a body that does not fit (json errors are ValueErrors)."""

_MODELS_PACKAGE = "voice_agents_client.models."
_API_PREFIX = "voice_agents_client.api."
_POP = re.compile(r"""\bd\.pop\(\s*["']([^"']+)["']""")
_LOOP = re.compile(r"^(\s*)for \w+ in (_\w+)\s*:")
_UNDERSCORED = re.compile(r"(?<![\w.])(_[a-z]\w*)")
_MARK = "__voice_agents_guarded__"


def _popped_key(frame: FrameType, name: str, before: int) -> str | None:
    """The key of the ``name = d.pop("key"...)`` line above ``before`` in the frame's code."""
    filename = frame.f_code.co_filename
    assign = re.compile(rf"^\s*{re.escape(name)}\s*=\s*d\.pop\(\s*[\"']([^\"']+)[\"']")
    for number in range(before - 1, frame.f_code.co_firstlineno - 1, -1):
        found = assign.match(linecache.getline(filename, number))
        if found:
            return found.group(1)
    return None


def _frame_step(frame: FrameType, lineno: int) -> str | None:
    """The path step a ``from_dict`` frame is at: ``key``, ``key[index]`` or ``None``."""
    filename = frame.f_code.co_filename
    line = linecache.getline(filename, lineno)
    popped = _POP.search(line)
    if popped:
        return popped.group(1)
    names = _UNDERSCORED.findall(line)
    if names:
        return _popped_key(frame, names[0], lineno)
    # Inside a loop over a list popped above: find the loop, then the list built so far.
    indent = len(line) - len(line.lstrip())
    for number in range(lineno - 1, frame.f_code.co_firstlineno - 1, -1):
        loop = _LOOP.match(linecache.getline(filename, number))
        if loop and len(loop.group(1)) < indent:
            source = loop.group(2)
            key = _popped_key(frame, source, number)
            if key is None:
                return None
            built = frame.f_locals.get(source[1:])
            return f"{key}[{len(built)}]" if isinstance(built, list) else f"{key}[]"
    return None


def json_path(traceback: TracebackType | None) -> str | None:
    """The dotted JSON path where a generated ``from_dict`` failed, or ``None``.

    Args:
        traceback: The traceback of the exception the generated parser raised.

    Returns:
        E.g. ``data.status`` or ``data[1].fileName``; ``""`` when the body as a whole is the
        wrong type; ``None`` when no generated model frame is on the traceback.
    """
    steps: list[str] = []
    seen_model = False
    tb = traceback
    while tb is not None:
        frame = tb.tb_frame
        module = frame.f_globals.get("__name__", "")
        if frame.f_code.co_name == "from_dict" and module.startswith(_MODELS_PACKAGE):
            seen_model = True
            step = _frame_step(frame, tb.tb_lineno)
            if step is not None:
                steps.append(step)
        tb = tb.tb_next
    if not seen_model:
        return None
    path = ""
    for step in steps:
        path += step if step.startswith("[") or not path else f".{step}"
    return path.replace(".[", "[")


def _reason(exc: BaseException, path: str | None) -> str:
    if isinstance(exc, KeyError):
        return "missing required field"
    if path is None and isinstance(exc, ValueError) and exc.__class__.__name__ == "JSONDecodeError":
        return "the body is not JSON"
    return f"{type(exc).__name__}: {exc}"


def validation_error(
    redactor: Redactor, response: httpx.Response, exc: BaseException
) -> APIResponseValidationError:
    """Build the typed error for a response the generated parser could not read."""
    path = json_path(exc.__traceback__)
    reason = redactor.text(_reason(exc, path))
    body = redactor.content(response.content)
    copy = redactor.response(response, body)
    where = f" at {path!r}" if path else ""
    request = response.request
    message = (
        f"{request.method} {request.url.path} returned {response.status_code} with a body that "
        f"does not fit the spec's model{where}: {reason}"
    )
    return APIResponseValidationError(message, response=copy, path=path, reason=reason)


def guard_module(module: ModuleType, client_type: type[Any]) -> None:
    """Wrap one generated endpoint module's ``_build_response`` (idempotent)."""
    original: Callable[..., Any] | None = getattr(module, "_build_response", None)
    if original is None or getattr(original, _MARK, False):
        return

    def _build_response(*, client: Any, response: httpx.Response) -> Any:
        if not isinstance(client, client_type):
            return original(client=client, response=response)
        try:
            return original(client=client, response=response)
        except PARSE_ERRORS as exc:
            raise validation_error(client._redactor, response, exc) from exc

    setattr(_build_response, _MARK, True)
    _build_response.__wrapped__ = original  # type: ignore[attr-defined]
    _build_response.__doc__ = original.__doc__
    module._build_response = _build_response  # type: ignore[attr-defined]


class _GuardingLoader(importlib.abc.Loader):
    """Runs a generated endpoint module's own loader, then guards the module."""

    def __init__(self, inner: importlib.abc.Loader, client_type: type[Any]) -> None:
        self._inner = inner
        self._client_type = client_type

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._inner.exec_module(module)
        guard_module(module, self._client_type)


class _GuardingFinder(importlib.abc.MetaPathFinder):
    """Guards each ``voice_agents_client.api.<tag>.<operation>`` module as it is imported."""

    def __init__(self, client_type: type[Any]) -> None:
        self.client_type = client_type

    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(_API_PREFIX) or fullname.count(".") != 3:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _GuardingLoader(spec.loader, self.client_type)
        return spec


def install(client_type: type[Any]) -> None:
    """Guard every endpoint module under ``voice_agents_client.api``, now and when imported.

    Importing every endpoint module here would import every model with it (most of the
    library's import time). Instead the modules already imported are guarded at once, and a
    finder on ``sys.meta_path`` guards the others as they are first imported. Idempotent.
    """
    if not any(isinstance(f, _GuardingFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _GuardingFinder(client_type))
    for name, module in list(sys.modules.items()):
        if name.startswith(_API_PREFIX) and name.count(".") == 3 and module is not None:
            guard_module(module, client_type)
