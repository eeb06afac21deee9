"""Prism's verdicts on the reads the store answers, kept so a repeated read skips Prism.

Internal module. For an operation the state layer answers, Prism's only part is validation: its
own answer is replaced by the store's. Prism keeps no state, so its verdict is a function of the
bytes it is sent (method, target, headers; a read has no body): a read Prism accepted once is
accepted again, and the front can answer the same bytes from the store at once. Only accepted
reads are kept (a refused one goes to Prism every time, whose answer is the one served), and
the memory is bounded in entries and in the size of each.
"""

from __future__ import annotations

from collections import OrderedDict

__all__ = ["AcceptedReads", "ReadKey"]

ReadKey = tuple[bytes, tuple[tuple[bytes, bytes], ...]]

_MAX_ENTRIES = 1024
_MAX_KEY_BYTES = 4096
"""Requests with longer heads are not remembered (at most 4 MiB for the whole memory)."""


class AcceptedReads:
    """The most recent reads (as sent to Prism) that Prism accepted, least recent dropped first."""

    def __init__(self, max_entries: int = _MAX_ENTRIES) -> None:
        self._max = max_entries
        self._accepted: OrderedDict[ReadKey, None] = OrderedDict()

    @staticmethod
    def key(target: bytes, headers: list[tuple[bytes, bytes]]) -> ReadKey | None:
        """What identifies a body-less GET as Prism sees it (None: too large to keep)."""
        size = len(target) + sum(len(name) + len(value) for name, value in headers)
        return (target, tuple(headers)) if size <= _MAX_KEY_BYTES else None

    def accepted(self, key: ReadKey | None) -> bool:
        if key is None or key not in self._accepted:
            return False
        self._accepted.move_to_end(key)
        return True

    def remember(self, key: ReadKey | None) -> None:
        if key is None:
            return
        self._accepted[key] = None
        self._accepted.move_to_end(key)
        while len(self._accepted) > self._max:
            self._accepted.popitem(last=False)

    def clear(self) -> None:
        self._accepted.clear()

    def __len__(self) -> int:
        return len(self._accepted)
