"""Receiver faults: what a real sender does sooner or later, played on purpose.

Internal module. ``respond("initiate_call", webhook_faults=[...])`` and the
``x-mock-webhook-faults`` request header pick them; :func:`plan` turns a scenario's events into
the deliveries actually sent, each tagged with the fault it plays (journalled, so a test can
assert what its receiver was given):

* ``duplicate``: the sequence's last event is sent a second time, byte for byte, right after
  the first (the terminal event is the one receivers act on: closing an order twice is the
  classic bug);
* ``reorder``: the last two events are swapped (a receiver that trusts arrival order records
  the wrong final state);
* ``bad-signature``: a copy of the first event, signed with another key, is sent just before
  the genuine one (a receiver that records an idempotency key before it verifies the
  signature would then drop the genuine event).
"""

from __future__ import annotations

from typing import Final

__all__ = ["FAULTS", "FAULTS_HEADER", "FaultError", "Step", "parse_faults", "plan"]

FAULTS: Final = ("duplicate", "reorder", "bad-signature")
FAULTS_HEADER: Final = "x-mock-webhook-faults"
"""Request header of ``initiate_call``: comma-separated faults of its webhook sequence."""
FORGED_KEY: Final = "sk_forged_by_voice_agents_mock"
"""The other key a ``bad-signature`` delivery is signed with (no receiver holds it)."""

Step = tuple[int, str | None]
"""One delivery to make: the index of the event in the scenario, and the fault it plays."""


class FaultError(ValueError):
    """An unknown fault name (the message lists the known ones)."""


def parse_faults(value: object) -> tuple[str, ...]:
    """The faults named by a list of names or a comma-separated header value.

    Raises:
        FaultError: a name is not one of :data:`FAULTS`, or the value is not a list of strings.
    """
    if isinstance(value, str):
        names = [part.strip() for part in value.split(",") if part.strip()]
    elif isinstance(value, list | tuple) and all(isinstance(name, str) for name in value):
        names = list(value)
    else:
        raise FaultError(f"must be a list of fault names ({', '.join(FAULTS)})")
    for name in names:
        if name not in FAULTS:
            raise FaultError(f"unknown fault {name!r}; choose from {', '.join(FAULTS)}")
    return tuple(dict.fromkeys(names))


def plan(count: int, faults: tuple[str, ...]) -> list[Step]:
    """The deliveries of a sequence of ``count`` events under ``faults``, in sending order."""
    steps: list[Step] = [(index, None) for index in range(count)]
    if not count:
        return steps
    if "reorder" in faults and count >= 2:
        steps[-2], steps[-1] = (count - 1, "reorder"), (count - 2, "reorder")
    if "duplicate" in faults:
        steps.append((steps[-1][0], "duplicate"))
    if "bad-signature" in faults:
        steps.insert(0, (0, "bad-signature"))
    return steps
