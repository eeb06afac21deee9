"""MockServer's control-plane methods: each one a call of :class:`MockControl`.

They live apart from the process handling in ``server.py``; a test or fixture holding a
``MockServer`` calls ``mock.respond(...)`` instead of ``mock.control.respond(...)``.
"""

from __future__ import annotations

from typing import Any

from .._core.constants import TEST_WORKSPACE
from ..control import MockControl


class ControlMethods:
    """The methods of :class:`MockControl`, on the object that knows where the mock listens."""

    @property
    def control(self) -> MockControl:
        raise NotImplementedError

    def requests(
        self, operation: str | None = None, workspace: str | None = None
    ) -> list[dict[str, Any]]:
        """The request journal (oldest first); see :meth:`MockControl.requests`."""
        return self.control.requests(operation, workspace)

    def violations(self) -> dict[str, Any]:
        """Proxy mode: the violations summary; see :meth:`MockControl.violations`."""
        return self.control.violations()

    def report(self) -> dict[str, Any]:
        """Proxy mode: write the report now and return it; see :meth:`MockControl.report`."""
        return self.control.report()

    def clear_requests(self) -> None:
        """Empty the request journal."""
        self.control.clear_requests()

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
        """Answer the next ``times`` requests of ``operation`` with ``status`` (any 100-599);
        see :meth:`MockControl.respond`."""
        return self.control.respond(
            operation,
            status,
            body=body,
            headers=headers,
            times=times,
            delay=delay,
            fault=fault,
            scenario=scenario,
            workspace=workspace,
            webhook_faults=webhook_faults,
        )

    def clear_responses(self) -> None:
        """Forget every programmed answer."""
        self.control.clear_responses()

    def webhooks(self, workspace: str | None = None) -> list[dict[str, Any]]:
        """Webhook deliveries (and refusals); see :meth:`MockControl.webhooks`."""
        return self.control.webhooks(workspace)

    def resend_webhook(self, delivery: int) -> dict[str, Any]:
        """Send a delivery's body again; see :meth:`MockControl.resend_webhook`."""
        return self.control.resend_webhook(delivery)

    def state(self, workspace: str = TEST_WORKSPACE) -> dict[str, Any]:
        """What the store holds for ``workspace``; see :meth:`MockControl.state`."""
        return self.control.state(workspace)

    def reset(self, workspace: str | None = None) -> None:
        """State back to the seed, journals and programmed answers cleared (one or all
        workspaces)."""
        self.control.reset(workspace)
