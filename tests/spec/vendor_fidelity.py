"""Measure how many of the vendor's published examples our spec accepts.

For every operation of the vendor's spec (S1, ``legacy-openapi.yaml``) that we keep, each
request-body example and each response example (``example`` and ``examples.*.value``) is
validated against OUR schema for the same path, method, status and media type. The vendor's
``/v2/webhooks/call-events`` examples are webhook payloads: they are validated against our
top-level ``webhooks`` request schemas.

usage: python tests/spec/vendor_fidelity.py [VENDOR_SPEC]   (prints every failure and the ratio)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from example_walk import HTTP_METHODS, deref, load, make_validator_factory

ROOT = Path(__file__).resolve().parents[2]
VENDOR_SPEC = (
    ROOT.parent
    / "shared"
    / "reference"
    / "miraiminds-docs"
    / "repo-files"
    / "MiraiMinds-docs__api-reference__legacy-openapi.yaml"
)
WEBHOOK_PATH = "/v2/webhooks/call-events"


class _NoTimestampLoader(yaml.SafeLoader):
    """YAML loader that keeps unquoted dates as strings, as the API sends them in JSON."""


_NoTimestampLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_vendor(path: Path = VENDOR_SPEC) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.load(fh, Loader=_NoTimestampLoader)
    return data


@dataclass(frozen=True)
class Outcome:
    where: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _media_examples(vendor: dict[str, Any], media: dict[str, Any]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, ex in (media.get("examples") or {}).items():
        ex = deref(vendor, ex)
        if isinstance(ex, dict) and "value" in ex:
            found.append((f"examples/{name}", ex["value"]))
    return found


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def measure(ours: dict[str, Any], vendor: dict[str, Any]) -> list[Outcome]:
    """Validate every vendor example against our schema; one Outcome per example."""
    validator_for = make_validator_factory(ours)
    outcomes: list[Outcome] = []

    def check(where: str, schema_pointer: str | None, value: Any, why_missing: str) -> None:
        if schema_pointer is None:
            outcomes.append(Outcome(where, (why_missing,)))
            return
        errors = sorted(
            validator_for(schema_pointer).iter_errors(value), key=lambda e: list(e.absolute_path)
        )
        outcomes.append(
            Outcome(
                where,
                tuple(
                    f"at {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}"
                    for e in errors
                ),
            )
        )

    for path, item in vendor["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            vop = item[method]
            label = f"{method.upper()} {path}"
            if path == WEBHOOK_PATH:
                body = deref(vendor, vop.get("requestBody") or {})
                for mt, media in (body.get("content") or {}).items():
                    for name, value in _media_examples(vendor, media):
                        pointers = _webhook_schema_pointers(ours, mt)
                        check(
                            f"{label} request {mt} {name} (as webhook)",
                            _any_of_pointer(ours, pointers),
                            value,
                            "no webhook schema",
                        )
                continue
            our_item = (ours.get("paths") or {}).get(path)
            our_op = our_item.get(method) if our_item else None
            op_ptr = f"/paths/{_escape(path)}/{method}"
            body = deref(vendor, vop.get("requestBody") or {})
            for mt, media in (body.get("content") or {}).items():
                for name, value in _media_examples(vendor, media):
                    pointer = None
                    if our_op is not None:
                        our_body = our_op.get("requestBody") or {}
                        ref = our_body.get("$ref")
                        base = ref[1:] if ref else f"{op_ptr}/requestBody"
                        our_body = deref(ours, our_body)
                        if mt in (our_body.get("content") or {}):
                            pointer = f"{base}/content/{_escape(mt)}/schema"
                    check(
                        f"{label} request {mt} {name}",
                        pointer,
                        value,
                        "operation or media type not in our spec",
                    )
            for status, vresp in (vop.get("responses") or {}).items():
                vresp = deref(vendor, vresp)
                for mt, media in (vresp.get("content") or {}).items():
                    for name, value in _media_examples(vendor, media):
                        pointer = None
                        if our_op is not None and str(status) in {
                            str(s) for s in our_op.get("responses", {})
                        }:
                            key = next(s for s in our_op["responses"] if str(s) == str(status))
                            our_resp = our_op["responses"][key]
                            ref = our_resp.get("$ref")
                            base = ref[1:] if ref else f"{op_ptr}/responses/{_escape(str(key))}"
                            our_resp = deref(ours, our_resp)
                            if mt in (our_resp.get("content") or {}):
                                pointer = f"{base}/content/{_escape(mt)}/schema"
                        check(
                            f"{label} {status} {mt} {name}",
                            pointer,
                            value,
                            "status or media type not documented in our spec",
                        )
    return outcomes


def _webhook_schema_pointers(ours: dict[str, Any], media_type: str) -> list[str]:
    pointers = []
    for name, item in (ours.get("webhooks") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not op:
                continue
            body = op.get("requestBody") or {}
            ref = body.get("$ref")
            base = ref[1:] if ref else f"/webhooks/{_escape(name)}/{method}/requestBody"
            body = deref(ours, body)
            if media_type in (body.get("content") or {}):
                pointers.append(f"{base}/content/{_escape(media_type)}/schema")
    return pointers


def _any_of_pointer(ours: dict[str, Any], pointers: list[str]) -> str | None:
    """Register an ``anyOf`` of several schemas under a synthetic component; return its pointer."""
    if not pointers:
        return None
    if len(pointers) == 1:
        return pointers[0]
    synthetic = ours.setdefault("x-fidelity", {})
    synthetic["webhook"] = {"anyOf": [{"$ref": f"#{p}"} for p in pointers]}
    return "/x-fidelity/webhook"


def main() -> int:
    vendor_path = Path(sys.argv[1]) if len(sys.argv) > 1 else VENDOR_SPEC
    outcomes = measure(load(ROOT / "openapi.yaml"), load_vendor(vendor_path))
    failed = [o for o in outcomes if not o.ok]
    for o in failed:
        print(f"FAIL {o.where}")
        for p in o.problems[:5]:
            print(f"     {p}")
    passed = len(outcomes) - len(failed)
    print(
        f"fidelity: {passed}/{len(outcomes)} vendor examples validate "
        f"({100 * passed / max(len(outcomes), 1):.1f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
