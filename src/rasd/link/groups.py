"""Event groups: the claims one article tells about one event, linked as one unit.

Within an article, claims whose figures attach, in their own sentences, to the same event
mention (``Claim.event``) report one event whoever the claimants are; they are one incident
candidate by construction. The losses of two armed sides of one fight stay apart (the codebook's
incidents count each side's losses as its own incident): the group key holds the side.

Across articles a group is compared through merged features: its finest place, the days
its dated claims give, the perpetrator its claims name, every claimant's own figure. One
report's SOHR toll and its lead's date and town then speak together against another
report of the same strike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

from rasd.core.models import StoredClaim
from rasd.core.vocab import NON_ACTORS
from rasd.link.features import UNKNOWN_ACTOR, ClaimFeatures

_EVIDENCE_CHARS = 2000  # of the group's evidence kept for text similarity


def event_groups(claims: Sequence[StoredClaim]) -> list[list[int]]:
    """Indices of ``claims`` grouped by (article, event, armed side counted); a claim with
    no event mention is a group of its own. Groups keep the claims' order."""
    keyed: dict[tuple, list[int]] = {}
    out: list[list[int]] = []
    for i, sc in enumerate(claims):
        c = sc.claim
        if c.event is None or not _reads_event(sc):
            out.append([i])
            continue
        side = c.victims if c.victims not in NON_ACTORS else "*"
        key = (sc.article_id, c.event, side)
        group = keyed.get(key)
        if group is None:
            group = keyed[key] = []
            out.append(group)
        group.append(i)
    return out


def _reads_event(sc: StoredClaim) -> bool:
    """The claim's own sentence names the event it reports; a claim that only inherits the
    article's lead event links to it by score, not by construction (it may be another
    event the article mentions in passing)."""
    prov = sc.claim.provenance.get("event_type")
    return prov is not None and prov.source in ("clause", "sentence")


def merged(feats: Sequence[ClaimFeatures], index: int) -> ClaimFeatures:
    """One claim's features standing for a group of claims (``index``: the group's)."""
    if len(feats) == 1:
        return replace(feats[0], i=index)
    first = feats[0]
    perp, perp_strong = _vote([f.perp for f in feats if f.perp_strong], [f.perp for f in feats])
    etype, type_strong = _vote([f.event_type for f in feats if f.type_strong],
                               [f.event_type for f in feats], none="other")
    victims = next((f.victims for f in feats if f.victims not in NON_ACTORS),
                   next((f.victims for f in feats if f.victims != UNKNOWN_ACTOR), UNKNOWN_ACTOR))
    placed = [f for f in feats if f.rank < 5]
    where = min([f for f in placed if f.place_strong] or placed or feats, key=lambda f: f.rank)
    dated = [f for f in feats if f.d0 is not None]
    strong_dated = [f for f in dated if f.date_strong] or dated
    d0 = min((f.d0 for f in strong_dated), default=None)  # type: ignore[type-var]
    d1 = max((f.d1 for f in strong_dated), default=None)  # type: ignore[type-var]
    totals: dict[str, tuple] = {}
    for f in feats:
        for kind, stated in f.totals.items():
            totals[kind] = totals.get(kind, ()) + stated
    evidence = " ".join(dict.fromkeys(f.evidence for f in feats if f.evidence))[:_EVIDENCE_CHARS]
    pubs = [f.pub for f in feats if f.pub is not None]
    return replace(
        first, i=index, event_type=etype, perp=perp, victims=victims,
        gov=where.gov, rank=where.rank, names=where.names, skel=where.skel, name_key=where.name_key,
        pcode=where.pcode, xyz=where.xyz, place_strong=where.place_strong,
        d0=d0, d1=d1, date_strong=bool(dated) and any(f.date_strong for f in dated),
        pub=min(pubs) if pubs else None, totals=totals, evidence=evidence,
        perp_strong=perp_strong, type_strong=type_strong,
        event_read=any(f.event_read for f in feats), _ev_sh=None)


def _vote(strong: list[str], every: list[str], none: str = UNKNOWN_ACTOR) -> tuple[str, bool]:
    """The value most of a group's claims read in their own words, else most inherit."""
    for pool, is_strong in ((strong, True), (every, False)):
        known = [v for v in pool if v != none]
        if known:
            return Counter(known).most_common(1)[0][0], is_strong
    return none, False
