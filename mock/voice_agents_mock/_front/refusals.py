"""What the mock refuses, as data: the table ``docs/mock.md`` shows, from the limits in code.

Internal module. Each :class:`Refusal` names the input, the status, the start of the reason
the answer carries and who answers (the relay, the front, or Prism). The docs' table is
:func:`refusals_table`; a test sends one request per row to a running mock and checks the
status and the reason, so the table, the rules and the docs cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._core.constants import MAX_BODY_BYTES
from .._core.options import MockOptions
from .._http.connection import MAX_HEAD_BYTES
from .bodies import PRISM_BODY_LIMIT
from .screen import JSON_MAX_DEPTH, MAX_PATH_LENGTH

__all__ = ["REFUSALS", "Refusal", "refusals_table"]


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):g} MiB"


@dataclass(frozen=True)
class Refusal:
    """One kind of input the mock refuses."""

    key: str
    """A stable name (the test's example request is keyed by it)."""
    input: str
    status: int
    reason: str
    """How the answer's ``message`` starts."""
    by: str = "front"
    """Who answers: ``relay`` (the HTTP layer), ``front`` or ``Prism``."""


_BODY_TIMEOUT = MockOptions().body_timeout

REFUSALS: tuple[Refusal, ...] = (
    Refusal(
        "json",
        "malformed JSON, `NaN`/`Infinity`, a JSON body that is not UTF-8",
        400,
        "Malformed JSON: ",
    ),
    Refusal(
        "json-depth",
        f"JSON nested deeper than {JSON_MAX_DEPTH} levels",
        400,
        f"JSON nested deeper than {JSON_MAX_DEPTH} levels",
    ),
    Refusal(
        "content-type",
        "a body whose content type the operation does not accept (`text/plain`, a form, none)",
        400,
        "Unsupported content type: ",
    ),
    Refusal(
        "multipart",
        "malformed `multipart/form-data` (a part without headers or name, a missing boundary)",
        400,
        "Malformed multipart body: ",
    ),
    Refusal(
        "form-part",
        "a form part the operation does not declare (Prism ignores `additionalProperties`)",
        400,
        "Unexpected form part ",
    ),
    Refusal("charset", "a charset other than UTF-8", 400, "Unsupported charset "),
    Refusal(
        "encoding",
        "a compressed body (`Content-Encoding`)",
        400,
        "Unsupported Content-Encoding ",
    ),
    Refusal(
        "traversal",
        "`.` or `..` path segments (also percent-encoded)",
        400,
        "Path traversal ",
    ),
    Refusal(
        "empty-query",
        "an empty value for a query parameter whose schema cannot be empty (`?numberType=`)",
        400,
        "Query parameter ",
    ),
    Refusal(
        "scenario",
        "an unknown `x-mock-scenario` on `initiate_call`",
        400,
        "Unknown x-mock-scenario ",
    ),
    Refusal(
        "webhook-faults",
        "an unknown fault in `x-mock-webhook-faults` on `initiate_call`",
        400,
        "Unknown x-mock-webhook-faults:",
    ),
    Refusal(
        "framing",
        "both `Content-Length` and `Transfer-Encoding`, or two lengths (request smuggling)",
        400,
        "Malformed HTTP request: ",
        by="relay",
    ),
    Refusal(
        "slow",
        f"a request that has not arrived whole within {_BODY_TIMEOUT:g} s",
        408,
        "The request did not arrive completely ",
        by="relay",
    ),
    Refusal(
        "too-large",
        f"a body over {_mib(MAX_BODY_BYTES)} (`--max-body-bytes`; room for a full 10 MiB "
        "`upload_chunk` as multipart)",
        413,
        "Request body over the mock's limit ",
        by="relay",
    ),
    Refusal(
        "json-too-large",
        f"a JSON body over {_mib(PRISM_BODY_LIMIT)} (Prism's own ceiling)",
        413,
        "JSON bodies over ",
    ),
    Refusal(
        "long-path",
        f"a URL path over {MAX_PATH_LENGTH} bytes",
        414,
        f"URL path longer than {MAX_PATH_LENGTH} bytes",
    ),
    Refusal(
        "long-line",
        f"a request line over {MAX_HEAD_BYTES // 1024} KiB",
        414,
        "Malformed HTTP request: request line over ",
        by="relay",
    ),
    Refusal(
        "long-headers",
        f"request headers over {MAX_HEAD_BYTES // 1024} KiB",
        431,
        "Malformed HTTP request: headers over ",
        by="relay",
    ),
    Refusal(
        "method",
        "a method the path does not have (a concrete path wins over a template)",
        405,
        " is not allowed on ",
    ),
    Refusal("unknown-path", "a path the spec does not have", 404, "", by="Prism"),
)


def refusals_table() -> str:
    """The Markdown table of :data:`REFUSALS` (what ``docs/mock.md`` shows)."""
    rows = ["| Input | Answer | By |", "|---|---|---|"]
    for item in REFUSALS:
        reason = item.reason.strip()
        shown = f"`{item.status}` `{reason}...`" if reason else f"`{item.status}`"
        if item.status == 405:
            shown = "`405` with `Allow`"
        rows.append(f"| {item.input} | {shown} | {item.by} |")
    return "\n".join(rows) + "\n"
