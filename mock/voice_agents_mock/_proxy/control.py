"""The control plane of proxy mode: the mock's, plus violations and the report.

Internal module. Programmed answers are refused (409): proxy mode forwards every request.
"""

from __future__ import annotations

import json
import os
from typing import Any

from .._control.journal import RequestJournal, WebhookJournal
from .._control.plane import ControlPlane
from .._http.messages import Request, Response, error_response, json_response
from .._spec.index import SpecIndex
from .target import ProxySettings
from .violations import ViolationLog

__all__ = ["ProxyControl"]


class ProxyControl(ControlPlane):
    """The control plane of proxy mode: the mock's, plus violations and the report."""

    def __init__(
        self,
        index: SpecIndex,
        requests: RequestJournal,
        violations: ViolationLog,
        settings: ProxySettings,
    ) -> None:
        super().__init__(index, None, requests, WebhookJournal(1))
        self.violations = violations
        self.settings = settings
        self._routes["/violations"] = {
            "GET": self._get_violations,
            "DELETE": self._clear_violations,
        }
        self._routes["/report"] = {"GET": self._get_report, "POST": self._write_report}
        self._routes["/responses"] = {"GET": self._get_responses, "POST": self._no_programs}

    def report(self) -> dict[str, Any]:
        """The report document (what ``--report`` writes)."""
        return self.violations.report(
            upstream=self.settings.target.url,
            strict=self.settings.strict,
            block_writes=self.settings.block_writes,
        )

    def write_report(self) -> dict[str, Any]:
        """Write the report to ``--report`` (if given), atomically; return it."""
        document = self.report()
        path = self.settings.report
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
            temporary.replace(path)
        return document

    def reset(self, workspace: str | None = None) -> None:
        super().reset(workspace)
        if workspace is None:
            self.violations.clear()

    def _get_violations(self, request: Request) -> Response:
        self._query(request, ())
        return json_response(200, self.violations.summary())

    def _clear_violations(self, request: Request) -> Response:
        self._query(request, ())
        self.violations.clear()
        return json_response(200, {"cleared": True})

    def _get_report(self, request: Request) -> Response:
        self._query(request, ())
        return json_response(200, self.report())

    def _write_report(self, request: Request) -> Response:
        self._query(request, ())
        try:
            document = self.write_report()
        except OSError as exc:
            return error_response(
                500, f"could not write the report to {self.settings.report}: {exc}"
            )
        path = self.settings.report
        return json_response(
            200, {"written": str(path) if path is not None else None, "report": document}
        )

    def _no_programs(self, request: Request) -> Response:
        return error_response(
            409,
            "proxy mode forwards every request to the upstream; programmed answers are a "
            "feature of the mock (voice-agents-mock serve)",
        )
