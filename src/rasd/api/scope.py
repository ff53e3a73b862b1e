"""Which cached answers a write can have changed (change-scoped invalidation).

An incident list (``GET /api/incidents`` without ``q``) is a pure function of the incidents
its filters select: their rows, JSON and grades, in an order and with a total computed
from those alone. The store logs, per data version, the filterable attributes of every
incident a write touched, before and after (``Store.incident_changes_since``). If no
logged incident could match an answer's filters, neither before nor after, then no
incident entered, left or changed inside that selection: the page, its order and its
total are what the store would answer now, so the answer stays valid.

Anything uncertain counts as a match: a filter this module has no rule for, a NULL where
a rule needs a value, the claimant filter (the log does not keep claimants), a query
parameter it does not know, a log the store could not give. Every other answer (other
paths, text search) is invalid after any write, as before.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl

from rasd.store.filters import INCIDENT_FILTERS

SCOPED_PATH = "/api/incidents"
PAGING = ("sort", "limit", "offset")
_FILTERS = {f.name: f for f in INCIDENT_FILTERS}

# The columns of a change row (rasd.store migration 0006), by position.
GOV, EVENT, PERP, VICTIMS, DAY_START, DAY_END, KILLED = range(7)

Scope = tuple[tuple[str, Any], ...]  # (filter name, parsed value), sorted
Change = tuple[Any, ...]


def _eq(col: int) -> Callable[[Change, Any], bool]:
    return lambda ch, v: ch[col] is None or ch[col] == v


def _since(ch: Change, v: str) -> bool:
    # The SQL's own two bounds: day_end >= v AND day_start >= v less a month
    end, start = _FILTERS["since"].condition(v)[1]
    return ((ch[DAY_END] is None or ch[DAY_END] >= end)
            and (ch[DAY_START] is None or ch[DAY_START] >= start))


# How each filter reads a change row: True when the incident may be selected. A filter
# without a rule here (a new one, or claimant) is taken to select every incident.
RULES: dict[str, Callable[[Change, Any], bool]] = {
    "since": _since,
    "until": lambda ch, v: ch[DAY_START] is None or ch[DAY_START] <= v,
    "governorate": _eq(GOV),
    "event_type": _eq(EVENT),
    "perpetrator": _eq(PERP),
    "victims": _eq(VICTIMS),
    "min_killed": lambda ch, v: ch[KILLED] is None or ch[KILLED] >= v,
}


def scope_of(path: str, query_string: bytes) -> Scope | None:
    """The filters of an incident list request, parsed as the API parses them; None for
    any other request (its cached answer is then invalid after any write)."""
    if path != SCOPED_PATH:
        return None
    try:
        pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    except ValueError:
        return None
    names = [k for k, _ in pairs]
    if len(set(names)) != len(names):
        return None  # a repeated parameter: leave its meaning to the API
    out = []
    for name, raw in pairs:
        if name in PAGING:
            continue  # order and page are computed from the selected incidents alone
        flt = _FILTERS.get(name)
        if flt is None:
            return None  # q, or something this module does not know
        try:
            value = flt.parse(raw)
        except ValueError:
            return None
        if value is not None:
            out.append((name, value))
    return tuple(sorted(out))


def may_select(scope: Scope, change: Change) -> bool:
    """Whether an incident with these attributes may be among those ``scope`` selects."""
    for name, value in scope:
        rule = RULES.get(name)
        if rule is not None and not rule(change, value):
            return False
    return True


class ChangeLog:
    """The steps between data versions this process has seen, each with what it touched
    (None: unknown, i.e. anything). Answers are cached under versions seen here, so an
    answer's version is always the start of a step or the latest version."""

    def __init__(self, keep: int = 256) -> None:
        self._steps: deque[tuple[Any, Any, list[Change] | None]] = deque(maxlen=keep)

    def add(self, before: Any, after: Any, changes: Iterable[Change] | None) -> None:
        if after < before:  # a store replaced under the server: its old steps mean nothing
            self._steps.clear()
        self._steps.append((before, after, None if changes is None else list(changes)))

    def unchanged(self, scope: Scope, since: Any, now: Any) -> bool:
        """True when no write from version ``since`` up to ``now`` touched an incident
        ``scope`` may select; False when one did, or the steps in between are not known."""
        at = since
        for before, after, changes in self._steps:
            if before != at:
                continue
            if changes is None or any(may_select(scope, ch) for ch in changes):
                return False
            at = after
            if at == now:
                return True
        return at == now
