"""Incident date, place and actors from its claims, never less precise than they are."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Iterable

from rasd.core.vocab import PRECISION_RANK
from rasd.core.models import DateSpan, Place, StoredClaim



def reconcile_date(claims: Iterable[StoredClaim]) -> DateSpan | None:
    """The days every dated claim allows (their intersection); when they do not overlap (a
    night strike told as "Wednesday evening" and "dawn Thursday"), the span covering them."""
    spans = [c.claim.date for c in claims if c.claim.date is not None]
    if not spans:
        return None
    start = max(s.start for s in spans)
    end = min(s.end or s.start for s in spans)
    if start <= end:
        return DateSpan(start, end)
    return DateSpan(min(s.start for s in spans), max(s.end or s.start for s in spans))


def reported_span(claims: Iterable[StoredClaim]) -> DateSpan | None:
    """The days the incident's articles were published: when the event was reported."""
    days = sorted(c.published[:10] for c in claims if c.published)
    return DateSpan(days[0], days[-1]) if days else None


def date_precision(date: DateSpan | None, reported: DateSpan | None) -> str:
    """How precisely the event's date is known (``vocab.DATE_PRECISIONS``)."""
    if date is None:
        return "reported" if reported is not None else "unknown"
    try:
        days = (dt.date.fromisoformat(date.end or date.start) - dt.date.fromisoformat(date.start)).days + 1
    except ValueError:
        return "unknown"
    for limit, name in ((2, "day"), (6, "days"), (8, "week"), (31, "month"), (366, "year")):
        if days <= limit:
            return name
    return "year"


def reconcile_place(claims: list[StoredClaim]) -> Place:
    """The most precise place told; among equally precise ones the most often told, then one
    with coordinates, then the first. Governorate falls back to the claims' majority."""
    places = [c.claim.place for c in claims]
    known = [p for p in places if p.precision != "unknown" or p.name]
    if not known:
        return Place()
    finest = min(PRECISION_RANK.get(p.precision, 5) for p in known)
    tier = [p for p in known if PRECISION_RANK.get(p.precision, 5) == finest]
    counts = Counter((p.name or "") for p in tier)
    best = max(enumerate(tier), key=lambda ip: (counts[ip[1].name or ""], ip[1].lat is not None, -ip[0]))[1]
    gov = best.governorate
    if gov in (None, "unknown"):
        govs = Counter(p.governorate for p in places if p.governorate not in (None, "unknown"))
        gov = govs.most_common(1)[0][0] if govs else "unknown"
    return Place(best.name, gov, best.lat, best.lon, best.precision, best.pcode)


def majority(values: list[str], unknown: str) -> str:
    """The most told known value; ties go to the one told first."""
    known = [v for v in values if v and v != unknown]
    if not known:
        return unknown
    counts = Counter(known)
    top = max(counts.values())
    return next(v for v in known if counts[v] == top)
