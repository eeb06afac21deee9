"""Plays signed webhook sequences to callback URLs, in the background, within the allow-list.

Internal module. A destination the operator did not open (``AccessPolicy.webhook_refusal``) gets
nothing: the refusal is logged (and recorded), no connection is made. Redirects are never
followed, and the user name and password of a URL never reach a log line.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .._core.policy import AccessPolicy, redact_url
from ..events import (
    build_event,
    encode_event,
    scenario_events,
    scenario_final_status,
    signed_headers,
)
from .faults import FORGED_KEY, plan

if TYPE_CHECKING:
    import httpx

__all__ = ["DeliveryRecord", "WebhookEmitter"]

log = logging.getLogger("voice_agents_mock")


@dataclass(frozen=True, slots=True)
class Sent:
    """What a delivery sent, kept to send it again: the URL, the bytes, the genuine headers.

    No private key is kept: the signature is an HMAC of the body alone, so the genuine
    headers of a body are valid for every redelivery of it.
    """

    url: str
    payload: bytes
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class DeliveryRecord:
    """One attempted delivery (what ``GET /__mock/webhooks`` lists)."""

    id: int
    call_id: str
    event_type: str
    url: str
    """The destination, credentials removed."""
    status: int | None
    error: str | None
    time: float
    fault: str | None = None
    """The receiver fault this delivery plays (``duplicate``, ``reorder``, ``bad-signature``)."""
    resend_of: int | None = None
    """The delivery this one sends again (``POST /__mock/webhooks/{id}/resend``)."""
    sent: Sent | None = field(default=None, repr=False, compare=False)
    """None when nothing was sent (a refused URL)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "callId": self.call_id,
            "type": self.event_type,
            "url": self.url,
            "status": self.status,
            "error": self.error,
            "time": datetime.fromtimestamp(self.time, UTC).isoformat(),
            "fault": self.fault,
            "resendOf": self.resend_of,
        }


@dataclass(frozen=True, slots=True)
class CallTarget:
    """Where and how the events of one call go."""

    url: str
    call_id: str
    metadata: dict[str, Any]
    public_key: str
    private_key: str = field(repr=False)
    faults: tuple[str, ...] = ()


class WebhookEmitter:
    """Plays signed event sequences to callback URLs, in the background."""

    def __init__(
        self,
        *,
        duration: float,
        timeout: float,
        seed: str | None,
        policy: AccessPolicy,
        record: Callable[[DeliveryRecord], None] | None = None,
    ) -> None:
        self.duration = duration
        self.seed = seed
        self.policy = policy
        self._record = record
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._calls: dict[str, asyncio.Task[None]] = {}
        self._next_id = 1

    def _note(
        self,
        call_id: str,
        event_type: str,
        url: str,
        status: int | None,
        error: str | None,
        *,
        fault: str | None = None,
        resend_of: int | None = None,
        sent: Sent | None = None,
    ) -> DeliveryRecord:
        record = DeliveryRecord(
            self._next_id,
            call_id,
            event_type,
            redact_url(url),
            status,
            error,
            time.time(),
            fault,
            resend_of,
            sent,
        )
        self._next_id += 1
        if self._record is not None:
            self._record(record)
        return record

    def refusal(self, url: str) -> str | None:
        """Why the emitter will not deliver to ``url`` (None: it will)."""
        return self.policy.webhook_refusal(url)

    def schedule(
        self,
        target: CallTarget,
        events: tuple[str, ...],
        final_status: str,
        *,
        on_event: Callable[[str], None] | None = None,
    ) -> bool:
        """Play ``events`` to the target in the background; False when the URL is refused.

        ``on_event`` is told each event type just before it is sent (the call's state follows).
        """
        refusal = self.refusal(target.url)
        if refusal is not None:
            log.warning(
                "webhooks of call %s refused: %s; nothing sent to %s",
                target.call_id,
                refusal,
                redact_url(target.url),
            )
            self._note(
                target.call_id,
                events[0] if events else "",
                target.url,
                None,
                f"refused: {refusal}",
            )
            return False
        task = asyncio.create_task(self._play(target, events, final_status, on_event))
        self._tasks.add(task)
        self._calls[target.call_id] = task

        def done(finished: asyncio.Task[None]) -> None:
            self._tasks.discard(finished)
            if self._calls.get(target.call_id) is finished:
                del self._calls[target.call_id]

        task.add_done_callback(done)
        return True

    def schedule_scenario(
        self, target: CallTarget, scenario: str, *, on_event: Callable[[str], None] | None = None
    ) -> bool:
        """Play the named scenario (a key of ``events.SCENARIOS``) for the call."""
        return self.schedule(
            target, scenario_events(scenario), scenario_final_status(scenario), on_event=on_event
        )

    def stop_sequence(self, call_id: str) -> bool:
        """Stop the sequence still playing for ``call_id``; whether one was playing."""
        task = self._calls.pop(call_id, None)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def _http(self) -> httpx.AsyncClient:
        # Created on first use: importing httpx is a good part of the serving process's start.
        if self._client is None:
            import httpx

            # No pool limit: sequences to slow or unreachable receivers must never queue the
            # deliveries of other calls behind them.
            self._client = httpx.AsyncClient(
                trust_env=False,
                timeout=self._timeout,
                follow_redirects=False,
                limits=httpx.Limits(max_connections=None, max_keepalive_connections=20),
            )
        return self._client

    async def _play(
        self,
        target: CallTarget,
        events: tuple[str, ...],
        final_status: str,
        on_event: Callable[[str], None] | None,
    ) -> None:
        steps = plan(len(events), target.faults)
        gap = self.duration / max(len(steps) - 1, 1)
        started = datetime.now(UTC)
        payloads: dict[int, bytes] = {}
        for position, (index, fault) in enumerate(steps):
            if position:
                await asyncio.sleep(gap)
            event_type = events[index]
            if fault not in ("duplicate", "bad-signature") and on_event is not None:
                on_event(event_type)  # the store follows the genuine events only
            if index not in payloads:
                event = build_event(
                    event_type,
                    call_id=target.call_id,
                    metadata=target.metadata,
                    final_status=final_status,
                    started_at=started,
                    seed=self.seed,
                )
                payloads[index] = encode_event(event)
            payload = payloads[index]
            genuine = signed_headers(
                payload, public_key=target.public_key, private_key=target.private_key
            )
            headers = genuine
            if fault == "bad-signature":
                headers = signed_headers(
                    payload, public_key=target.public_key, private_key=FORGED_KEY
                )
            sent = Sent(target.url, payload, genuine)
            record = await self._deliver(
                target.call_id, event_type, sent, headers, fault=fault, resend_of=None
            )
            if record.error in ("ConnectError", "ConnectTimeout"):
                # Nobody listens there: the rest of the sequence would fail the same way.
                log.warning(
                    "webhooks of call %s: receiver unreachable, sequence dropped", target.call_id
                )
                return

    async def resend(self, original: DeliveryRecord) -> DeliveryRecord:
        """Send ``original``'s body again with its genuine signature: a new delivery.

        Raises:
            ValueError: nothing was sent the first time (its URL was refused), or the
                destination is refused now.
        """
        if original.sent is None:
            raise ValueError(f"delivery {original.id} sent nothing (its URL was refused)")
        refusal = self.refusal(original.sent.url)
        if refusal is not None:
            raise ValueError(f"delivery {original.id} cannot be sent again: {refusal}")
        return await self._deliver(
            original.call_id,
            original.event_type,
            original.sent,
            original.sent.headers,
            fault=None,
            resend_of=original.id,
        )

    async def _deliver(
        self,
        call_id: str,
        event_type: str,
        sent: Sent,
        headers: dict[str, str],
        *,
        fault: str | None,
        resend_of: int | None,
    ) -> DeliveryRecord:
        """POST one delivery and journal it once its answer (or error) is known."""
        import httpx

        shown = redact_url(sent.url)
        note = functools.partial(
            self._note, call_id, event_type, sent.url, fault=fault, resend_of=resend_of, sent=sent
        )
        try:
            response = await self._http().post(sent.url, content=sent.payload, headers=headers)
        except httpx.HTTPError as exc:
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            log.warning(
                "webhook %s of call %s to %s failed: %s",
                event_type,
                call_id,
                shown,
                reason.replace(sent.url, shown),
            )
            return note(None, type(exc).__name__)
        except Exception:  # never fatal for the server
            log.exception("webhook %s of call %s to %s failed", event_type, call_id, shown)
            return note(None, "internal error")
        log.info(
            "webhook %s of call %s to %s: %s%s",
            event_type,
            call_id,
            shown,
            response.status_code,
            f" ({fault})" if fault else (f" (resent {resend_of})" if resend_of else ""),
        )
        return note(response.status_code, None)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
