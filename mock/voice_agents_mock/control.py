"""``MockControl``: a client of a running mock's control plane (``/__mock``).

``MockServer`` starts and stops the mock; its control-plane methods are this client's, bound to
its URL (:attr:`MockServer.control`). A mock started elsewhere (``make mock``, a CI service) is
driven the same way: ``MockControl("http://127.0.0.1:4010")``.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from ._core.constants import TEST_WORKSPACE

__all__ = ["MockControl"]


class MockControl:
    """The HTTP API under ``/__mock`` of the mock at ``url``, as methods.

    Each method raises ``ValueError`` with the mock's reason when it refuses what is asked.
    One kept-alive connection serves every call; :meth:`close` ends it (also ``with``).

    Args:
        url: the mock's base URL, such as ``http://127.0.0.1:4010``.
        timeout: seconds each call may take.
    """

    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._http: Any = None

    def close(self) -> None:
        """Close the connection (the next call opens another)."""
        http, self._http = self._http, None
        if http is not None:
            http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MockControl({self.url!r})"

    def _control(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx

        # One kept-alive connection for the control plane: a test suite may reset per case.
        if self._http is None:
            self._http = httpx.Client(trust_env=False, timeout=self.timeout)
        response = self._http.request(method, f"{self.url}/__mock{path}", **kwargs)
        if response.status_code >= 400:
            try:
                reason = response.json().get("message", response.text)
            except ValueError:
                reason = response.text
            raise ValueError(f"the mock refused {method} /__mock{path}: {reason}")
        return response.json()

    def requests(
        self, operation: str | None = None, workspace: str | None = None
    ) -> list[dict[str, Any]]:
        """The journal of requests received (oldest first), optionally filtered.

        Each entry: ``id``, ``time``, ``method``, ``path``, ``query``, ``operation``
        (operationId), ``workspace``, ``headers`` (keys masked), ``body`` (JSON or None),
        ``status``, ``warnings``.
        """
        params = {k: v for k, v in (("operation", operation), ("workspace", workspace)) if v}
        entries: list[dict[str, Any]] = self._control("GET", "/requests", params=params)["requests"]
        return entries

    def violations(self) -> dict[str, Any]:
        """Proxy mode: where the traffic departed from the spec, per operation.

        ``requests``, ``requests_with_violations``, ``violations`` (findings), and
        ``operations``: for each, ``operation``, ``count`` (exchanges), ``violations``,
        ``messages`` (distinct ``location: message`` with their counts) and ``first`` (the
        first violating exchange: ``journal_id``, method, path, status, its findings).
        """
        summary: dict[str, Any] = self._control("GET", "/violations")
        return summary

    def report(self) -> dict[str, Any]:
        """Proxy mode: write the report to ``report`` (if given) now; return the document."""
        answer: dict[str, Any] = self._control("POST", "/report")["report"]
        return answer

    def clear_requests(self) -> None:
        """Empty the request journal."""
        self._control("DELETE", "/requests")

    def respond(
        self,
        operation: str,
        status: int = 200,
        *,
        body: Any = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
        delay: float = 0.0,
        fault: str | None = None,
        scenario: str | None = None,
        workspace: str | None = None,
        webhook_faults: list[str] | None = None,
    ) -> dict[str, Any]:
        """Answer the next ``times`` requests of ``operation`` with ``status`` (and ``body``).

        Args:
            operation: an operationId of the spec (``initiate_call``).
            status: any HTTP status (100-599). One the operation does not document (a
                gateway's 502, 503 or 504, say) is served with an empty body unless ``body``
                is given, flagged by ``x-mock-off-spec``, a log line and the journal entry.
            body: the JSON body; None uses the spec's example for that status. A body that
                does not match the spec is still served, flagged by ``x-mock-off-spec``.
            headers: extra response headers.
            times: how many requests get this answer.
            delay: seconds to wait before answering.
            fault: ``"reset"`` drops the connection, ``"hang"`` never answers.
            scenario: the webhook sequence of an accepted ``initiate_call``.
            workspace: only requests with this ``workspace`` header.
            webhook_faults: receiver faults of an accepted ``initiate_call``'s webhooks:
                ``"duplicate"`` (the last event sent twice), ``"reorder"`` (the last two
                swapped), ``"bad-signature"`` (a copy of the first, signed with another key,
                sent before it); each such delivery names its ``fault`` in :meth:`webhooks`.
        """
        payload: dict[str, Any] = {
            "operation": operation,
            "status": status,
            "times": times,
            "delay_ms": round(delay * 1000),
            "fault": fault,
            "scenario": scenario,
            "workspace": workspace,
        }
        if body is not None:
            payload["body"] = body
        if headers:
            payload["headers"] = headers
        if webhook_faults:
            payload["webhook_faults"] = list(webhook_faults)
        programmed: dict[str, Any] = self._control("POST", "/responses", json=payload)
        return programmed

    def clear_responses(self) -> None:
        """Forget every programmed answer."""
        self._control("DELETE", "/responses")

    def webhooks(self, workspace: str | None = None) -> list[dict[str, Any]]:
        """Webhook deliveries (and refusals), oldest first: ``id``, ``callId``, ``type``,
        ``url``, ``status``, ``error``, ``time``, ``fault`` (the receiver fault it plays, or
        None) and ``resendOf`` (the delivery it sends again, or None)."""
        params = {"workspace": workspace} if workspace else {}
        records: list[dict[str, Any]] = self._control("GET", "/webhooks", params=params)["webhooks"]
        return records

    def resend_webhook(self, delivery: int) -> dict[str, Any]:
        """Send delivery ``delivery`` (its ``id``) again: the same body, so the same
        ``voice_agents.webhooks.idempotency_key``, with the API's signature; returns the new
        delivery (journalled with ``resendOf``) once the receiver answered.

        Raises:
            ValueError: no such delivery in the journal, or it sent nothing (a refused URL).
        """
        record: dict[str, Any] = self._control("POST", f"/webhooks/{int(delivery)}/resend", json={})
        return record

    def state(self, workspace: str = TEST_WORKSPACE) -> dict[str, Any]:
        """What the store holds for ``workspace``: assistants, tools, numbers, calls, knowledge-base
        files and upload sessions, and what is archived. Saved as ``{"workspaces": [state]}``, it
        is seed data (``MockServer(seed_data=...)``)."""
        state: dict[str, Any] = self._control("GET", "/state", params={"workspace": workspace})
        return state

    def reset(self, workspace: str | None = None) -> None:
        """State back to the seed, journals and programmed answers cleared (one or all
        workspaces)."""
        self._control("POST", "/reset", json={} if workspace is None else {"workspace": workspace})
