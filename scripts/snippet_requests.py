"""One snippet of the API documentation -> the literal request it shows (extract_docs_requests.py).

Three kinds: ``curl`` commands, Python calls of ``httpx``/``requests`` with literal arguments,
and Node.js ``fetch`` calls with a literal options object. Each parser returns request records
(method, host, path, query, headers, body) or raises :class:`UnextractableError` when the
snippet computes its request at run time.
"""

from __future__ import annotations

import ast
import contextlib
import json
import re
import shlex
import textwrap
from typing import Any
from urllib.parse import parse_qsl, urlsplit

HTTP_CALLS = {"get", "post", "put", "delete", "patch", "request"}


class UnextractableError(Exception):
    """The snippet computes its request at run time; there is no literal to replay."""


# ---------------------------------------------------------------------------------- curl
def parse_curl(command: str) -> dict[str, Any]:
    try:
        tokens = shlex.split(command.replace(" \\ ", " "))
    except ValueError as exc:
        raise UnextractableError(f"curl command not complete on the page: {exc}") from exc
    method: str | None = None
    url: str | None = None
    headers: list[tuple[str, str]] = []
    data: list[str] = []
    form: list[tuple[str, str]] = []
    query: list[tuple[str, str]] = []
    as_query = False
    i = 1
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("-X", "--request"):
            method, i = nxt.upper(), i + 2
        elif tok == "--url":
            url, i = nxt, i + 2
        elif tok in ("-H", "--header"):
            name, _, value = nxt.partition(":")
            headers.append((name.strip(), value.strip()))
            i += 2
        elif tok in ("-d", "--data", "--data-raw", "--data-binary"):
            data.append(nxt)
            i += 2
        elif tok == "--data-urlencode":
            query.append(tuple(nxt.split("=", 1)))  # type: ignore[arg-type]
            i += 2
        elif tok in ("-F", "--form"):
            name, _, value = nxt.partition("=")
            form.append((name, value))
            i += 2
        elif tok == "-G":
            as_query, i = True, i + 1
        elif tok in ("-L", "--location", "-s", "--silent", "-i"):
            i += 1
        elif tok in ("-o", "--output"):
            i += 2
        elif tok.startswith("-"):
            raise UnextractableError(f"curl option {tok} not understood")
        elif url is None:
            url, i = tok, i + 1
        else:
            break  # the rendered reference pages run the response text on after the command
    if url is None:
        raise UnextractableError("curl without a URL")
    body: Any = None
    kind = None
    if data and not as_query:
        kind = "json"
        text = "".join(data).strip()
        if "..." in text or "…" in text:
            raise UnextractableError("body elided on the page")
        try:
            # raw_decode: the rendered reference pages glue the response right after the body.
            body, _ = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError as exc:
            raise UnextractableError(f"--data is not JSON: {exc}") from exc
    if form:
        kind = "multipart"
        body = [{"name": n, "file": v.startswith("@"), "value": v.lstrip("@")} for n, v in form]
    if as_query:
        query += [tuple(d.split("=", 1)) for d in data]  # type: ignore[misc]
    if method is None:
        method = "POST" if (kind is not None) else "GET"
    return _request(method, url, headers, kind, body, query)


def _request(
    method: str,
    url: str,
    headers: list[tuple[str, str]] | dict[str, str],
    kind: str | None,
    body: Any,
    query: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    parts = urlsplit(url)
    pairs = list(parse_qsl(parts.query)) + list(query or [])
    items = headers.items() if isinstance(headers, dict) else headers
    return {
        "method": method.upper(),
        "host": parts.netloc,
        "path": parts.path or "/",
        "query": [[k, str(v)] for k, v in pairs],
        "headers": [[k, str(v)] for k, v in items],
        "body_kind": kind,
        "body": body,
    }


# -------------------------------------------------------------------------------- python
class _PyEval:
    def __init__(self, tree: ast.Module) -> None:
        self.names: dict[str, Any] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    with contextlib.suppress(UnextractableError):
                        self.names[target.id] = self.value(node.value)

    def value(self, node: ast.AST) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Dict):
            out: dict[Any, Any] = {}
            for k, v in zip(node.keys, node.values, strict=True):
                if k is None:
                    out.update(self.value(v))
                else:
                    out[self.value(k)] = self.value(v)
            return out
        if isinstance(node, ast.List | ast.Tuple):
            return [self.value(e) for e in node.elts]
        if isinstance(node, ast.Name):
            if node.id in self.names:
                return self.names[node.id]
            raise UnextractableError(f"computed value {node.id}")
        if isinstance(node, ast.JoinedStr):
            return "".join(
                str(self.value(v.value)) if isinstance(v, ast.FormattedValue) else v.value
                for v in node.values
                if isinstance(v, ast.FormattedValue | ast.Constant)
            )
        if (
            isinstance(node, ast.Subscript)
            and ast.unparse(node.value) == "os.environ"
            and isinstance(node.slice, ast.Constant)
        ):
            return f"<env:{node.slice.value}>"
        raise UnextractableError(f"computed value {ast.unparse(node)[:40]}")


def parse_python(code: str) -> list[dict[str, Any]]:
    try:
        tree = ast.parse(textwrap.dedent(code))
    except SyntaxError as exc:
        raise UnextractableError(f"not Python: {exc.msg}") from exc
    ev = _PyEval(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = ast.unparse(node.func.value)
        if owner not in ("httpx", "requests") or node.func.attr not in HTTP_CALLS:
            continue
        args = list(node.args)
        method = node.func.attr.upper()
        if method == "REQUEST":
            method = str(ev.value(args.pop(0)))
        kw = {k.arg: k.value for k in node.keywords if k.arg}
        url = ev.value(args[0] if args else kw["url"])
        headers = ev.value(kw["headers"]) if "headers" in kw else {}
        kind, body = None, None
        if "json" in kw:
            kind, body = "json", ev.value(kw["json"])
        elif "files" in kw or "data" in kw:
            raise UnextractableError("form body built at run time")
        params = ev.value(kw["params"]) if "params" in kw else {}
        found.append(_request(method, url, headers, kind, body, list(params.items())))
    if not found:
        raise UnextractableError("no httpx/requests call with literal arguments")
    return found


# ---------------------------------------------------------------------------- javascript
class _JsParser:
    """Literal JavaScript values: objects, arrays, strings, numbers, constants, spreads."""

    TOKEN = re.compile(
        r"\s*(?:(?P<str>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`)"
        r"|(?P<num>-?\d+(?:\.\d+)?)|(?P<spread>\.\.\.)|(?P<id>[A-Za-z_$][\w$.]*)"
        r"|(?P<p>[{}\[\]:,()]))"
    )

    def __init__(self, text: str, names: dict[str, Any]) -> None:
        self.text, self.pos, self.names = text, 0, names

    def _peek(self) -> tuple[str, str] | None:
        m = self.TOKEN.match(self.text, self.pos)
        if not m or m.end() == m.start():
            return None
        kind = m.lastgroup or ""
        return kind, m.group(kind)

    def _next(self) -> tuple[str, str]:
        m = self.TOKEN.match(self.text, self.pos)
        if not m:
            raise UnextractableError(
                f"JavaScript not understood near {self.text[self.pos :][:30]!r}"
            )
        self.pos = m.end()
        kind = m.lastgroup or ""
        return kind, m.group(kind)

    def _expect(self, punct: str) -> None:
        _kind, tok = self._next()
        if tok != punct:
            raise UnextractableError(f"expected {punct!r}, got {tok!r}")

    def _string(self, tok: str) -> str:
        if tok.startswith("`"):

            def sub(m: re.Match[str]) -> str:
                if m.group(1) not in self.names:
                    raise UnextractableError(f"computed value ${{{m.group(1)}}}")
                return str(self.names[m.group(1)])

            return re.sub(r"\$\{(\w+)\}", sub, tok[1:-1])
        if tok.startswith("'"):
            tok = '"' + tok[1:-1].replace('"', '\\"').replace("\\'", "'") + '"'
        value: str = json.loads(tok)
        return value

    def value(self) -> Any:
        kind, tok = self._next()
        if kind == "str":
            return self._string(tok)
        if kind == "num":
            return float(tok) if "." in tok else int(tok)
        if tok == "{":
            return self._object()
        if tok == "[":
            return self._array()
        if kind == "id":
            if tok in ("true", "false", "null"):
                return {"true": True, "false": False, "null": None}[tok]
            if tok.startswith("process.env."):
                return f"<env:{tok[len('process.env.') :]}>"
            if tok == "JSON.stringify":
                self._expect("(")
                inner = self.value()
                self._expect(")")
                return {"__json__": inner}
            if tok in self.names:
                return self.names[tok]
            raise UnextractableError(f"computed value {tok}")
        raise UnextractableError(f"unexpected {tok!r}")

    def _object(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while True:
            peek = self._peek()
            if peek and peek[1] == "}":
                self._next()
                return out
            kind, tok = self._next()
            if kind == "spread":
                spread = self.value()
                if not isinstance(spread, dict):
                    raise UnextractableError("spread of a non-object")
                out.update(spread)
            else:
                key = self._string(tok) if kind == "str" else tok
                peek = self._peek()
                if peek and peek[1] in (",", "}"):
                    if key not in self.names:
                        raise UnextractableError(f"computed value {key}")
                    out[key] = self.names[key]
                else:
                    self._expect(":")
                    out[key] = self.value()
            kind, tok = self._next()
            if tok == "}":
                return out
            if tok != ",":
                raise UnextractableError(f"expected ',' in object, got {tok!r}")

    def _array(self) -> list[Any]:
        out: list[Any] = []
        while True:
            peek = self._peek()
            if peek and peek[1] == "]":
                self._next()
                return out
            out.append(self.value())
            _kind, tok = self._next()
            if tok == "]":
                return out
            if tok != ",":
                raise UnextractableError(f"expected ',' in array, got {tok!r}")


def parse_javascript(code: str) -> list[dict[str, Any]]:
    names: dict[str, Any] = {}
    for m in re.finditer(r"^\s*const\s+(\w+)\s*=\s*", code, re.M):
        parser = _JsParser(code[m.end() :], names)
        try:
            names[m.group(1)] = parser.value()
        except UnextractableError:
            continue
    found = []
    for m in re.finditer(r"\bfetch\(\s*", code):
        parser = _JsParser(code[m.end() :], names)
        url = parser.value()
        parser._expect(",") if parser._peek() and parser._peek()[1] == "," else None  # type: ignore[index]
        options = parser.value() if parser._peek() and parser._peek()[1] != ")" else {}  # type: ignore[index]
        if not isinstance(options, dict):
            raise UnextractableError("fetch options are not a literal object")
        body = options.get("body")
        kind = None
        if isinstance(body, dict) and "__json__" in body:
            kind, body = "json", body["__json__"]
        elif body is not None:
            raise UnextractableError("body built at run time")
        found.append(
            _request(options.get("method", "GET"), url, options.get("headers", {}), kind, body)
        )
    if not found:
        raise UnextractableError("no fetch call")
    return found
