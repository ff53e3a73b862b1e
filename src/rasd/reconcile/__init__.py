"""Reconciliation: one incident's claims -> its figures (low / best / high per kind, each
claimant's own words), independent sources, contradictions, date, place and actors.

``reconcile(incident_id, claims, texts=None) -> Incident`` is what ``rasd.link`` calls.
Rules are in ``figures`` (numbers), ``sources`` (syndication) and ``attrs`` (date, place).
"""

from __future__ import annotations

from typing import Mapping

from rasd.core.models import Incident, ReconciledFigure, StoredClaim
from rasd.reconcile.attrs import date_precision, majority, reconcile_date, reconcile_place, reported_span
from rasd.core.vocab import KINDS as KIND_ORDER
from rasd.reconcile.figures import Total, claim_totals, combine, contradictions
from rasd.reconcile.sources import syndication_groups
from rasd.reconcile.wording import conflict_record, conflict_text

__all__ = ["reconcile", "claimant_key", "claim_totals", "Total", "syndication_groups"]


def claimant_key(sc: StoredClaim, group_of: Mapping[str, str] | None = None,
                 source_of: Mapping[str, str | None] | None = None) -> str:
    """Who speaks: codebook claimant ids, except the outlet's own voice (one claimant per
    outlet, syndicated copies being one) and "other" (one per named claimant)."""
    c = sc.claim
    if c.claimant == "outlet":
        rep = group_of.get(sc.article_id, sc.article_id) if group_of else sc.article_id
        src = (source_of or {}).get(rep) or sc.source
        return f"outlet:{src or rep}"
    if c.claimant == "other" and c.claimant_text:
        return f"other:{' '.join(c.claimant_text.split())}"
    return c.claimant


def _latest_first(claims: list[StoredClaim]) -> list[StoredClaim]:
    # A claimant's later report carries its updated toll ("rose from 8 to 31").
    return sorted(claims, key=lambda s: (s.published or "", s.article_id, s.claim_index), reverse=True)


def reconcile(incident_id: str, claims: list[StoredClaim],
              texts: Mapping[str, str] | None = None) -> Incident:
    claims = sorted(claims, key=lambda s: (s.article_id, s.claim_index))
    hashes = {s.article_id: s.content_hash for s in claims}
    group_of = syndication_groups(hashes, hashes, texts)
    source_of = {s.article_id: s.source for s in claims}

    # One statement per claimant and kind: the latest report, then the highest figure.
    keys = {(sc.article_id, sc.claim_index): claimant_key(sc, group_of, source_of) for sc in claims}
    order = list(dict.fromkeys(keys.values()))
    per_claimant: dict[str, dict[str, Total]] = {}
    for sc in _latest_first(claims):
        slot = per_claimant.setdefault(keys[(sc.article_id, sc.claim_index)], {})
        for kind, t in claim_totals(sc.claim).items():
            if kind not in slot:
                slot[kind] = t
    per_claimant = {k: per_claimant[k] for k in order if k in per_claimant}

    figures: dict[str, ReconciledFigure] = {}
    for kind in KIND_ORDER:
        stated = {k: v[kind] for k, v in per_claimant.items() if kind in v}
        if not stated:
            continue
        c = combine(list(stated.values()))
        figures[kind] = ReconciledFigure(c.low, c.best, c.high, {k: t.stated for k, t in stated.items()},
                                         c.low_stated, c.high_stated, c.open, c.vague)

    conflicts = contradictions(per_claimant)
    date = reconcile_date(claims)
    reported = reported_span(claims)
    return Incident(
        id=incident_id,
        event_type=majority([s.claim.event_type for s in claims], "other"),
        perpetrator=majority([s.claim.perpetrator for s in claims], "unknown"),
        victims=majority([s.claim.victims for s in claims], "unknown"),
        place=reconcile_place(claims),
        date=date,
        figures=figures,
        claims=[s.ref for s in claims],
        sources=len(set(group_of.values())),
        claimants=len(order),
        contradictions=[conflict_text(x) for x in conflicts],
        conflicts=[conflict_record(x) for x in conflicts],
        reported=reported,
        date_precision=date_precision(date, reported),
    )
