"""Unknown request fields that look like a typo of a known one ("did you mean ...?").

Internal module. The API's request schemas are open, so an unknown field is accepted; one that
equals a known field ignoring case, or is one insertion, deletion, substitution or swap of
neighbours away from it, is named in the front's warning header and log line.
"""

from __future__ import annotations

from typing import Any

__all__ = ["near_misses"]


def near_misses(known: frozenset[str], parsed: dict[str, Any]) -> list[str]:
    """A warning for each field of ``parsed`` not in ``known`` but one edit from a known one."""
    if not known:
        return []
    out = []
    for name in parsed:
        if name in known:
            continue
        match = next((k for k in sorted(known) if _one_edit(name, k)), None)
        if match is not None:
            out.append(f"unknown field {name}; did you mean {match}?")
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one edit, a swap of neighbours, or only in case."""
    if a.lower() == b.lower():
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
