"""Claims read together: a claimant going on about its own total keeps totalling, periods and
days carry to the claimant's later claims, and a figure told twice is one claim (codebook
"Annotation conventions")."""

from __future__ import annotations

from rasd.core.models import Claim, DateSpan
from rasd.extract.attribution import continues_previous
from rasd.extract.doc import Doc


def annotate(doc: Doc) -> None:
    _continue_totals(doc)
    _share_periods(doc.claims)
    _carry_dates(doc.claims)
    doc.claims = _dedupe(doc.claims)


def _continue_totals(doc: Doc) -> None:
    """A claimant going on about its own total, with no new place named or adding to its
    list ("كما لقي 115 مسلحا ... في ريف حلب"), is still totalling."""
    prev: Claim | None = None
    for d, c in zip(doc.drafts, doc.claims):
        sent = doc.sents[d.sentence]
        if (prev is not None and prev.scope == "cumulative" and prev.claimant == c.claimant
                and c.claimant != "outlet"
                and (not doc.places_in(sent.start, sent.end) or continues_previous(doc, sent, "list"))):
            c.scope = "cumulative"
            if prev.date is not None and prev.date.start != prev.date.end:
                c.date = prev.date  # the same period goes on
        prev = c


def _share_periods(claims: list[Claim]) -> None:
    """A total with no dates of its own covers the period its claimant states elsewhere in the
    article ("منذ 23 سبتمبر 2014"); failing that, the one period the article states."""
    periods: dict[str, DateSpan] = {}
    every: list[DateSpan] = []
    for c in claims:
        if c.scope == "cumulative" and c.date is not None and c.date.start != c.date.end:
            periods.setdefault(c.claimant, c.date)
            if c.date not in every:
                every.append(c.date)
    for c in claims:
        if c.scope == "cumulative" and c.date is None:
            c.date = periods.get(c.claimant) or (every[0] if len(every) == 1 else None)


def _carry_dates(claims: list[Claim]) -> None:
    """A claimant going on about the same event keeps the day it gave for it."""
    last: dict[str, Claim] = {}
    for c in claims:
        prev = last.get(c.claimant)
        if (c.date is None and c.scope == "incident" and prev is not None and prev.date is not None
                and (prev.scope == "incident" or prev.date.start == prev.date.end)  # a day's total
                and c.claimant != "outlet"
                and (c.place.name is None or prev.place.name is None or c.place.name == prev.place.name
                     or c.place.governorate == prev.place.governorate)):
            c.date = prev.date
        last[c.claimant] = c


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """A claimant repeating its own figure later is one claim: drop the repeated figures.

    A figure repeats when the claimant, kind, group and values are the same and the places
    do not differ (a second "5 killed" in another town is another event).
    """
    seen: dict[tuple, dict[str | None, Claim]] = {}
    out = []
    for c in claims:
        keep = []
        for f in c.figures:
            key = (c.claimant, c.scope, f.kind, f.group, f.low, f.high)
            places = seen.setdefault(key, {})
            name = c.place.name
            if places and (name is None or name in places or None in places):
                first = places.get(name) or places.get(None) or next(iter(places.values()))
                if first.date is None:
                    first.date = c.date  # a headline's figure told again in the body, with its day
                if first.place.name is None:
                    first.place = c.place
                continue
            places[name] = c
            keep.append(f)
        if keep:
            c.figures = keep
            out.append(c)
    return out
