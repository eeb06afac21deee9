"""Extract the example requests of the API documentation into a test fixture.

usage: python scripts/extract_docs_requests.py [DOCS_DIR] [--output FILE] [--check]

Reads every page of the vendor documentation (default ``../shared/reference/miraiminds-docs``
next to the repository) and writes ``tests/spec/docs_requests.json``: one entry per example
request, as the page shows it: ``curl`` commands (fenced or in the rendered API-reference
text) and Python and Node.js code tabs, read by scripts/snippet_requests.py.

Only facts are kept (method, URL, headers, body, page and line), never prose. Placeholders
(``<workspace>``, ``<api-key>``, ``process.env.X``, ``{assistantId}``) are filled with a
24-hex id written on the same page (or the test id of the mock when the page has none) and
recorded under ``filled``. A snippet that is a program rather than a literal request (values
computed at run time) is kept with ``extracted: false`` and the reason, so the count of what was
left out is visible. ``--check`` exits 1 when the committed fixture differs from a fresh run.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any

from snippet_requests import (
    UnextractableError,
    parse_curl,
    parse_javascript,
    parse_python,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = ROOT.parent / "shared" / "reference" / "miraiminds-docs"
DEFAULT_OUTPUT = ROOT / "tests" / "spec" / "docs_requests.json"
FALLBACK_ID = "6690a1b2c3d4e5f600000001"  # voice_agents_mock.TEST_WORKSPACE
OBJECT_ID = re.compile(r"\b[0-9a-f]{24}\b")
PLACEHOLDER = re.compile(r"<[^<>]*>|\{[A-Za-z_]+\}|YOUR_[A-Z_]+")
FENCE = re.compile(r"^\s*```(\w*)")


# ---------------------------------------------------------------------------------- pages
def _curl_text(lines: list[str], start: int) -> str:
    """The whole command starting at ``lines[start]``: continuation lines and quoted parts."""
    text = lines[start].strip()
    i = start
    while True:
        try:
            shlex.split(text.replace(" \\ ", " "))
            balanced = True
        except ValueError:
            balanced = False
        if balanced and not text.endswith("\\"):
            return text
        i += 1
        if i >= len(lines):
            return text
        text = (text[:-1] if text.endswith("\\") else text + "\n") + " " + lines[i].strip()


def _snippets(text: str) -> list[tuple[int, str, str]]:
    """(line, kind, code) of every curl command and Python/Node.js code block of a page."""
    lines = text.splitlines()
    found: list[tuple[int, str, str]] = []
    fence: str | None = None
    start = 0
    block: list[str] = []
    for n, line in enumerate(lines):
        m = FENCE.match(line)
        if m and fence is None:
            fence, start, block = (m.group(1) or "text"), n, []
            continue
        if m and fence is not None:
            if fence in ("python", "javascript", "js") and block:
                found.append(
                    (start + 1, "python" if fence == "python" else "javascript", "\n".join(block))
                )
            fence = None
            continue
        if fence is not None:
            block.append(line)
        in_shell = fence is None or fence in ("bash", "sh", "text", "shell")
        if line.strip().startswith("curl ") and in_shell:
            found.append((n + 1, "curl", _curl_text(lines, n)))
    return found


def _fill(request: dict[str, Any], page_text: str) -> dict[str, Any]:
    """Replace placeholders by an id of the same page (or the mock's test id)."""
    ids = OBJECT_ID.findall(page_text)
    an_id = ids[0] if ids else FALLBACK_ID
    filled: list[list[str]] = []

    def fill(value: str, name: str) -> str:
        lower = name.lower()
        if lower == "x-public-key" and PLACEHOLDER.search(value):
            new = "pk_test"
        elif lower == "x-private-key" and PLACEHOLDER.search(value):
            new = "sk_test"
        else:
            new = PLACEHOLDER.sub(an_id, value)
        if new != value:
            filled.append([name, value, new])
        return new

    def fill_body(value: Any, where: str) -> Any:
        if isinstance(value, dict):
            return {k: fill_body(v, f"{where}.{k}") for k, v in value.items()}
        if isinstance(value, list):
            return [fill_body(v, f"{where}[{i}]") for i, v in enumerate(value)]
        key = where.rsplit(".", 1)[-1]
        names_an_id = key in ("assistant", "id") or key.endswith("Id")
        if isinstance(value, str) and PLACEHOLDER.fullmatch(value) and names_an_id:
            return fill(value, where)
        return value

    request["headers"] = [[k, fill(v, k)] for k, v in request["headers"]]
    if request["body_kind"] == "json":
        request["body"] = fill_body(request["body"], "body")
    request["path"] = "/".join(fill(p, "path") for p in request["path"].split("/"))
    request["filled"] = filled
    return request


def extract(docs: Path) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    # The pages, and the vendor's published spec, whose descriptions carry curl examples too.
    pages = sorted(docs.glob("*.md")) + sorted(docs.glob("repo-files/*legacy-openapi.yaml"))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for line, kind, code in _snippets(text):
            base = {"page": page.name, "line": line, "source": kind}
            try:
                if kind == "curl":
                    requests = [parse_curl(code)]
                elif kind == "python":
                    requests = parse_python(code)
                else:
                    requests = parse_javascript(code)
            except UnextractableError as exc:
                if kind != "curl" and "no " in str(exc) and "call" in str(exc):
                    continue  # a code block that is not a request at all (a receiver, say)
                entries.append({**base, "extracted": False, "reason": str(exc)})
                continue
            for index, request in enumerate(requests):
                entries.append({**base, "index": index, "extracted": True, **_fill(request, text)})
    return entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="?", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    rendered = json.dumps(extract(args.docs), indent=1, ensure_ascii=True) + "\n"
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == rendered
        print("fixture is up to date" if same else f"{args.output} differs from a fresh extract")
        return 0 if same else 1
    args.output.write_text(rendered, encoding="utf-8")
    entries = json.loads(rendered)
    done = sum(1 for e in entries if e["extracted"])
    print(f"wrote {args.output}: {done} requests extracted, {len(entries) - done} snippets not")
    return 0


if __name__ == "__main__":
    sys.exit(main())
