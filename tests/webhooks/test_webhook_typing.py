"""Receiver code written against ``voice_agents.webhooks`` type-checks under ``mypy --strict``.

The negative snippets prove the types have teeth: ``event.data`` must be narrowed before
reading ``analysis`` or ``payload`` fields, and ``event.type`` is a ``str`` (it may be a value
this version does not know), not an ``EventType``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy_support import GROUP, check_snippet

# The typing tests share the repository's mypy cache: one pytest-xdist worker runs them in turn.
pytestmark = pytest.mark.xdist_group(GROUP)

GOOD = """
    from __future__ import annotations

    from collections.abc import Mapping
    from datetime import datetime
    from typing import Any

    import httpx
    from voice_agents import webhooks
    from voice_agents.errors import WebhookError, WebhookPayloadError, WebhookSignatureError
    from voice_agents.webhooks import (
        ActionEventData,
        ActionName,
        CallEventData,
        CreateOrderPayload,
        EventType,
        SendWhatsappPayload,
        WebhookEvent,
    )

    KEYS: dict[str, str] = {"pk_1": "sk_1"}


    def handle(body: bytes, headers: httpx.Headers) -> int:
        try:
            event: WebhookEvent = webhooks.construct_event(body, headers, "sk_x")
            other = webhooks.construct_event(body.decode(), dict(headers), KEYS.get)
            pairs = webhooks.construct_event(body, [(b"x-signature", b"00")], "sk_x")
        except WebhookSignatureError as exc:
            reason: str = exc.reason
            return 401
        except WebhookPayloadError as exc:
            path: str = exc.path
            return 400
        ok: bool = webhooks.verify_signature(body, headers.get("x-signature"), "sk_x")
        key: str = webhooks.idempotency_key(event)
        kind: str = event.type
        known: bool = event.is_known and event.is_final
        metadata: Mapping[str, Any] = event.metadata
        call_id: str | None = event.call_id
        if event.call is not None:
            started: datetime | None = event.call.started_at
            status: str | None = event.call.status
        match event.type:
            case EventType.END_OF_CALL:
                pass
            case _:
                pass
        data = event.data
        if isinstance(data, ActionEventData):
            action: str = data.action
            payload = data.payload
            if data.action == ActionName.CREATE_ORDER and isinstance(payload, CreateOrderPayload):
                total: float | None = payload.cart_total
                cities = [a.city for a in [payload.shipping_address] if a is not None]
                titles: list[str | None] = [item.title for item in payload.line_items]
            elif isinstance(data.payload, SendWhatsappPayload):
                number: str | None = data.payload.number
            elif data.payload is not None:
                anything: Any = data.payload.extra.get("discountCode")
        else:
            if data.analysis is not None:
                success: bool | None = data.analysis.success
                actions: tuple[str, ...] = data.analysis.required_actions
            if data.report is not None:
                attempts: int | None = data.report.re_attempt_count
            if data.credits is not None:
                used: float | None = data.credits.used
        parsed: WebhookEvent = webhooks.parse_event(body)
        parsed_text: WebhookEvent = webhooks.parse_event(body.decode())
        parsed_dict: WebhookEvent = webhooks.parse_event({"event": {}})
        return 200
"""

BAD_NO_NARROWING = """
    from voice_agents import webhooks

    event = webhooks.parse_event(b"{}")
    summary = event.data.analysis
"""

BAD_TYPE_IS_STR = """
    from voice_agents import webhooks

    event = webhooks.parse_event(b"{}")
    kind: webhooks.EventType = event.type
"""

BAD_PAYLOAD_NEEDS_NARROWING = """
    from voice_agents import webhooks

    event = webhooks.parse_event(b"{}")
    if isinstance(event.data, webhooks.ActionEventData) and event.data.payload is not None:
        total = event.data.payload.cart_total
"""


@pytest.mark.slow
def test_receiver_code_type_checks(tmp_path: Path) -> None:
    result = check_snippet(GOOD, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            BAD_NO_NARROWING,
            '"ActionEventData" of "CallEventData | ActionEventData" has no attribute "analysis"',
        ),
        (
            BAD_TYPE_IS_STR,
            '(expression has type "str", variable has type "EventType")',
        ),
        (BAD_PAYLOAD_NEEDS_NARROWING, '"ActionPayload" has no attribute "cart_total"'),
    ],
    ids=["data-needs-narrowing", "type-is-str", "payload-needs-narrowing"],
)
def test_misuse_is_caught(tmp_path: Path, source: str, message: str) -> None:
    result = check_snippet(source, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert message in result.stdout
