"""The two kinds of comparison group: an incident's claims, and the cumulative totals of
one period and area.

Cumulative totals ("600 civilians killed since 2014") are never linked into incidents;
they are compared only with other cumulative totals of the *same period* — the same
first and last day, as the claims' dates say — and the same governorate, counting the
same side's victims. A total whose text fixes no period or no governorate is compared
with nothing.
"""

from __future__ import annotations

from typing import Mapping

from rasd.assess.grades import grade
from rasd.assess.models import FigureStanding, IncidentAssessment
from rasd.assess.settings import DEFAULT, AssessSettings
from rasd.assess.standings import figure_standings
from rasd.assess.voices import same_totals, voiced
from rasd.assess.words import standing_reason
from rasd.core.models import StoredClaim
from rasd.core.vocab import UNKNOWN


def assess_incident(incident_id: str, claims: list[StoredClaim],
                    texts: Mapping[str, str] | None = None,
                    s: AssessSettings = DEFAULT) -> IncidentAssessment:
    """Standings of every figure of the incident's claims, and the incident's grade.
    ``texts`` (article id -> text) lets syndicated copies with edited ledes count once."""
    group = voiced(claims, texts)
    g, reason, found, reports, voices = grade(group, s)
    return IncidentAssessment(incident_id, g, reason, reports, voices, found,
                              figure_standings(group, incident_id=incident_id, s=s))


def period_key(sc: StoredClaim) -> str | None:
    """The comparison group of a cumulative total: "first..last@governorate"."""
    c = sc.claim
    if c.scope != "cumulative" or c.date is None or c.place.governorate in (None, "", UNKNOWN):
        return None
    return f"{c.date.start}..{c.date.end or c.date.start}@{c.place.governorate}"


def assess_period(period: str, claims: list[StoredClaim], texts: Mapping[str, str] | None = None,
                  s: AssessSettings = DEFAULT) -> list[FigureStanding]:
    """Standings of the cumulative totals of one period and area."""
    return figure_standings(voiced(claims, texts), same_totals, period=period, s=s)


def alone(sc: StoredClaim, why: str) -> list[FigureStanding]:
    """The figures of a claim compared with nothing (``why``: models.NO_PERIOD, NOT_LINKED)."""
    v = voiced([sc])[0]
    out = []
    for f in figure_standings([v]):
        f.unchecked = why
        f.reason = standing_reason(f, v.name)
        out.append(f)
    return out
