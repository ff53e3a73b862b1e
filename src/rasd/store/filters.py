"""Claim and incident filters, declared once (datasette-style).

Each ``Filter`` says what a user may ask for (its name, help, vocabulary or value type) and
what SQL it becomes. From these tables come the ``ClaimFilter`` / ``IncidentFilter``
dataclasses the store takes, the ``rasd claims`` / ``rasd incidents`` options
(``rasd.cli.filter_opts``), the API's query parameters (``rasd.api.params``) and the WHERE
clause of every SQL backend (``where``). A new filter is one row here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, make_dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

# An incident spanning a since-boundary counts as inside the range. The extra bound on its
# first day lets the date index narrow the scan; it only loses incidents spanning more than
# a month, which linking does not produce.
MAX_SPAN_DAYS = 31
MAX_INT = 2**63 - 1  # what both SQL backends hold in an integer column


@dataclass(frozen=True, slots=True)
class Filter:
    """One filter. ``sql`` is a condition with ``?`` placeholders, one per value that
    ``params`` returns (default: the filter's value)."""

    name: str
    help: str
    sql: str
    kind: str = "text"  # text | vocab | since | until | min
    vocabulary: str | None = None
    params: Callable[[Any], list[Any]] | None = None
    cli_name: str | None = None  # default: --name with dashes

    @property
    def option(self) -> str:
        return self.cli_name or "--" + self.name.replace("_", "-")

    def parse(self, value: Any) -> Any:
        """A user's raw value (CLI or URL) → the value the store filters on, or ValueError
        with a one-line reason. Empty means "not filtered"."""
        if value is None or value == "":
            return None
        if self.kind in ("since", "until"):
            return parse_day(str(value), end=self.kind == "until", what=self.name)
        if self.kind == "min":
            try:
                n = int(value)
            except (TypeError, ValueError):
                raise ValueError(f"{self.name} must be a whole number, got {value!r}") from None
            if not 0 <= n <= MAX_INT:
                raise ValueError(f"{self.name} must be between 0 and {MAX_INT}")
            return n
        if self.kind == "vocab":
            allowed = vocabulary(self.vocabulary or "")
            if value not in allowed:
                raise ValueError(f"unknown {self.name} {value!r}; use one of: {', '.join(sorted(allowed))}")
        return value

    def condition(self, value: Any) -> tuple[str, list[Any]]:
        return self.sql, (self.params(value) if self.params else [value])


@lru_cache(maxsize=None)
def vocabulary(name: str) -> frozenset[str]:
    from rasd.core.codebook import ids

    return frozenset(ids(name))


_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_day(value: str, end: bool = False, what: str = "date") -> str:
    """An ISO day from "2018", "2018-02" or "2018-02-08"; a partial date means its first
    day, or its last with ``end`` (so until=2018-02 includes all of February)."""
    m = _DAY.match(value.strip())
    if not m:
        raise ValueError(f"{what} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}")
    y, mo, d = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
    if not 1 <= mo <= 12:
        raise ValueError(f"{what}: no month {mo}")
    if y < 1:
        raise ValueError(f"{what}: no year {y}")
    last = calendar.monthrange(y, mo)[1]
    day = int(d) if d else (last if end else 1)
    if not 1 <= day <= last:
        raise ValueError(f"{what}: no day {day} in {y:04d}-{mo:02d}")
    return f"{y:04d}-{mo:02d}-{day:02d}"


def _days_before(day: str, n: int) -> str:
    try:
        return (date.fromisoformat(day) - timedelta(days=n)).isoformat()
    except (ValueError, OverflowError):
        return "0001-01-01"


def _eq(name: str, alias: str, vocab: str | None, help: str, **kw: Any) -> Filter:
    return Filter(name, help, f"{alias}.{name} = ?", kind="vocab" if vocab else "text",
                  vocabulary=vocab, **kw)


CLAIM_FILTERS: tuple[Filter, ...] = (
    # A claim with no date of its own is placed on its article's publication day.
    Filter("since", "Claims dated (else published) on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).",
           "c.day_end >= ?", kind="since"),
    Filter("until", "Claims dated (else published) on or before this day.", "c.day_start <= ?",
           kind="until"),
    _eq("governorate", "c", "governorates", "Governorate id, e.g. idlib, deir_ez_zor."),
    _eq("claimant", "c", "claimants", "Who made the claim, e.g. sohr, sana, white_helmets."),
    _eq("perpetrator", "c", "actors", "Actor held responsible, e.g. russia, coalition."),
    _eq("victims", "c", "actors", "Who was hit, e.g. civilians, pro_gov."),
    _eq("event_type", "c", "event_types", "Event type, e.g. airstrike, shelling, clashes."),
    Filter("kind", "Claims with a figure of this kind: killed, injured, casualties, missing, detained.",
           "EXISTS (SELECT 1 FROM figures f WHERE f.article_id = c.article_id"
           " AND f.claim_index = c.claim_index AND f.kind = ?)", kind="vocab", vocabulary="figure_kinds"),
    _eq("scope", "c", "scopes", "incident, or cumulative (totals over a period)."),
    _eq("article_id", "c", None, "Claims of one article.", cli_name="--article"),
)

INCIDENT_FILTERS: tuple[Filter, ...] = (
    Filter("since", "Incidents ending on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).",
           "i.day_end >= ? AND i.day_start >= ?", kind="since",
           params=lambda v: [v, _days_before(v, MAX_SPAN_DAYS)]),
    Filter("until", "Incidents starting on or before this day.", "i.day_start <= ?", kind="until"),
    _eq("governorate", "i", "governorates", "Governorate id, e.g. idlib, deir_ez_zor."),
    _eq("perpetrator", "i", "actors", "Actor held responsible, e.g. russia, coalition."),
    _eq("victims", "i", "actors", "Who was hit, e.g. civilians, pro_gov."),
    _eq("event_type", "i", "event_types", "Event type, e.g. airstrike, shelling, clashes."),
    # EXISTS, probing (incident_id, claimant) while a page walks the sort index: a page of
    # a common claimant's incidents costs a few probes. As IN, SQLite first listed all of
    # the claimant's incidents and sorted them: 25 ms at 100,000 incidents. PostgreSQL
    # plans both as the same semi-join. (Counts: SQLStore.count_incidents.)
    Filter("claimant", "Incidents with at least one claim by this claimant.",
           "EXISTS (SELECT 1 FROM incident_claimants x WHERE x.incident_id = i.id"
           " AND x.claimant = ?)",
           kind="vocab", vocabulary="claimants"),
    Filter("min_killed", "Incidents whose reconciled best killed figure is at least N.",
           "i.killed_best >= ?", kind="min"),
)

INCIDENT_SORTS = ("date", "-date", "killed", "-killed", "sources", "-sources")


def _filter_class(name: str, filters: tuple[Filter, ...], paging: list[tuple[str, type, Any]],
                  doc: str) -> type:
    fields = [(f.name, Any, field(default=None)) for f in filters]
    fields += [(n, t, field(default=d)) for n, t, d in paging]
    cls = make_dataclass(name, fields, slots=True, namespace={"__doc__": doc})
    cls.__module__ = __name__
    return cls


ClaimFilter = _filter_class(
    "ClaimFilter", CLAIM_FILTERS, [("limit", Any, None), ("offset", int, 0)],
    "Which claims: one field per ``CLAIM_FILTERS`` row (None: unfiltered), then a page.")
IncidentFilter = _filter_class(
    "IncidentFilter", INCIDENT_FILTERS,
    [("sort", str, "-date"), ("limit", Any, 50), ("offset", int, 0)],
    "Which incidents: one field per ``INCIDENT_FILTERS`` row, a sort (``INCIDENT_SORTS``), a page.")


def where(filters: tuple[Filter, ...], flt: Any) -> tuple[str, list[Any]]:
    """`` WHERE ...`` (or "") and its parameters, with ``?`` placeholders."""
    conds: list[str] = []
    params: list[Any] = []
    for f in filters:
        value = getattr(flt, f.name)
        if value is not None:
            sql, ps = f.condition(value)
            conds.append(sql)
            params += ps
    return (" WHERE " + " AND ".join(conds)) if conds else "", params
