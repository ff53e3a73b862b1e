"""Query parameters → store filters, with the codebook's vocabularies checked up front.

A misspelt governorate would otherwise silently return nothing; a 400 naming the allowed
values is kinder to a researcher typing URLs by hand.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from fastapi import Query

from rasd.api.problems import Problem
from rasd.core.codebook import ids
from rasd.store import ClaimFilter, IncidentFilter

MAX_LIMIT = 500
# SQLite and PostgreSQL integers are 64-bit: a larger bound would fail in the store (a 500).
MAX_INT = 2**63 - 1
INCIDENT_SORTS = ("date", "-date", "killed", "-killed", "sources", "-sources")
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=None)
def _vocab(name: str) -> frozenset[str]:
    return frozenset(ids(name))


def check_vocab(param: str, value: str | None, vocabulary: str) -> str | None:
    if value is None or value == "":
        return None
    if value not in _vocab(vocabulary):
        raise Problem(400, f"unknown {param} {value!r}; use one of: "
                      f"{', '.join(sorted(_vocab(vocabulary)))}", title="Invalid request parameters")
    return value


def iso_day(param: str, value: str | None, *, end: bool) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial date is widened to its first/last day."""
    if value is None or value == "":
        return None
    m = _DAY.match(value.strip())
    if not m:
        raise Problem(400, f"{param} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}",
                      title="Invalid request parameters")
    y, mo, d = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
    if not 1 <= mo <= 12:
        raise Problem(400, f"{param}: no month {mo}", title="Invalid request parameters")
    last = calendar.monthrange(y, mo)[1]
    day = int(d) if d else (last if end else 1)
    if not 1 <= day <= last:
        raise Problem(400, f"{param}: no day {day} in {y}-{mo:02d}", title="Invalid request parameters")
    return f"{y:04d}-{mo:02d}-{day:02d}"


def incident_filter(
    since: str | None = Query(None, description="incidents ending on or after this day"),
    until: str | None = Query(None, description="incidents starting on or before this day"),
    governorate: str | None = Query(None, description="codebook governorate id, e.g. idlib"),
    perpetrator: str | None = Query(None, description="codebook actor id"),
    victims: str | None = Query(None, description="codebook actor id"),
    event_type: str | None = Query(None, description="codebook event type"),
    claimant: str | None = Query(None, description="incidents with a claim by this claimant"),
    min_killed: int | None = Query(None, ge=0, le=MAX_INT, description="reconciled best killed ≥ this"),
    sort: str = Query("-date", description="date, -date, killed, -killed, sources, -sources"),
    limit: int = Query(50, ge=0, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_INT),
) -> IncidentFilter:
    if sort not in INCIDENT_SORTS:
        raise Problem(400, f"unknown sort {sort!r}; use one of: {', '.join(INCIDENT_SORTS)}",
                      title="Invalid request parameters")
    return IncidentFilter(
        since=iso_day("since", since, end=False), until=iso_day("until", until, end=True),
        governorate=check_vocab("governorate", governorate, "governorates"),
        perpetrator=check_vocab("perpetrator", perpetrator, "actors"),
        victims=check_vocab("victims", victims, "actors"),
        event_type=check_vocab("event_type", event_type, "event_types"),
        claimant=check_vocab("claimant", claimant, "claimants"),
        min_killed=min_killed, sort=sort, limit=limit, offset=offset,
    )


def claim_filter(
    since: str | None = Query(None, description="claims dated (else published) on or after"),
    until: str | None = Query(None),
    governorate: str | None = Query(None),
    claimant: str | None = Query(None),
    perpetrator: str | None = Query(None),
    victims: str | None = Query(None),
    event_type: str | None = Query(None),
    kind: str | None = Query(None, description="claims with a figure of this kind"),
    scope: str | None = Query(None, description="incident or cumulative"),
    article_id: str | None = Query(None),
    limit: int = Query(50, ge=0, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_INT),
) -> ClaimFilter:
    return ClaimFilter(
        since=iso_day("since", since, end=False), until=iso_day("until", until, end=True),
        governorate=check_vocab("governorate", governorate, "governorates"),
        claimant=check_vocab("claimant", claimant, "claimants"),
        perpetrator=check_vocab("perpetrator", perpetrator, "actors"),
        victims=check_vocab("victims", victims, "actors"),
        event_type=check_vocab("event_type", event_type, "event_types"),
        kind=check_vocab("kind", kind, "figure_kinds"),
        scope=check_vocab("scope", scope, "scopes"),
        article_id=article_id or None, limit=limit, offset=offset,
    )
