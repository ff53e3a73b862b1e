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
from rasd.link.features import STRONG_SOURCES, UNKNOWN_ACTOR, ClaimFeatures, name_tokens, own_tolls, tolls_clash

_EVIDENCE_CHARS = 2000  # of the group's evidence kept for text similarity


def event_groups(claims: Sequence[StoredClaim]) -> list[list[int]]:
    """Indices of ``claims`` grouped by (article, event, armed side counted); a claim with
    no event mention is a group of its own. Groups keep the claims' order.

    A claim that only inherits the article's lead event (its own words tell a toll, a
    witness, a reaction, not the attack: "قال أحد الشهود إنه رأى 20 جثة") joins the claims
    that tell that event in their own words, when nothing it reads itself says otherwise: a
    place named in its own sentence that is not the event's tells another event the article
    mentions in passing. Claims that all only inherit the lead are not grouped by it."""
    keyed: dict[tuple, list[int]] = {}
    where: dict[tuple, frozenset[str]] = {}
    told: dict[tuple, frozenset[str]] = {}  # the first claim's place, however it was read
    tolls: dict[tuple, frozenset] = {}  # the exact tolls the group's claimants tell
    out: list[list[int]] = []
    late: list[tuple[int, tuple]] = []
    for i, sc in enumerate(claims):
        c = sc.claim
        how = _reads_event(sc)
        if c.event is None or how is None:
            out.append([i])
            continue
        side = c.victims if c.victims not in NON_ACTORS else "*"
        key = (sc.article_id, c.event, side)
        if how is _INHERITS:
            late.append((i, key))
            continue
        group = keyed.get(key)
        if group is None:
            group = keyed[key] = []
            out.append(group)
            where[key] = _own_place(sc)
            told[key] = _any_place(sc)
            tolls[key] = frozenset()
        elif (how is _REFERS and _elsewhere(_any_place(sc), told[key])) or tolls_clash(tolls[key], own_tolls(sc)):
            # a reference back joins only where nothing places it elsewhere: even a place it
            # inherited from the sentence before is where the article tells its toll; and a
            # claimant's second toll of one kind is a second event
            out.append([i])
            continue
        group.append(i)
        tolls[key] |= own_tolls(sc)
    for i, key in late:
        own = _own_place(claims[i])
        group = keyed.get(key)
        if group is None or _elsewhere(own, where[key]) or tolls_clash(tolls[key], own_tolls(claims[i])):
            out.append([i])
            continue
        group.append(i)
        tolls[key] |= own_tolls(claims[i])
    for g in out:
        g.sort()
    out.sort(key=lambda g: g[0])
    return out


_READS, _INHERITS, _REFERS = "reads", "inherits", "refers"
_READ_SOURCES = frozenset({"clause", "sentence"})  # the claim's own words name the event
_LEAD_SOURCES = frozenset({"lead"})  # the claim took the event from the article's lead
# the claim's own words refer back to an attack told before ("الحادثة", "الهجوم"): its type was
# read there
_REFER_SOURCES = frozenset({"event"})


def _elsewhere(own: frozenset[str], where: frozenset[str]) -> bool:
    return bool(own and where and own != where)


def _reads_event(sc: StoredClaim) -> str | None:
    """``_READS`` when the claim's own sentence names the event it reports, ``_INHERITS``
    when it takes the article's lead event; None when it borrowed the event some other way
    (a count of the missing told beside an attack names no attack: its type comes from its
    figure) or has no provenance at all. Others link to the event by score."""
    prov = sc.claim.provenance.get("event_type")
    if prov is None:
        return None
    if prov.source in _READ_SOURCES:
        return _READS
    if prov.source in _REFER_SOURCES:
        return _REFERS
    return _INHERITS if prov.source in _LEAD_SOURCES else None


def _own_place(sc: StoredClaim) -> frozenset[str]:
    """The name of the place the claim read in its own words (empty when inherited)."""
    c = sc.claim
    prov = c.provenance.get("place")
    if prov is None or prov.source not in STRONG_SOURCES:
        return frozenset()
    return name_tokens(c.place.name) or frozenset({c.place.governorate or ""}) - {""}


def _any_place(sc: StoredClaim) -> frozenset[str]:
    c = sc.claim
    return name_tokens(c.place.name) or frozenset({c.place.governorate or ""}) - {"", "unknown"}


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
        type_told=any(f.type_told for f in feats if f.event_type == etype),
        event_read=any(f.event_read for f in feats), tolls=frozenset().union(*(f.tolls for f in feats)),
        points=frozenset().union(*(f.points for f in feats)), _ev_sh=None)


def _vote(strong: list[str], every: list[str], none: str = UNKNOWN_ACTOR) -> tuple[str, bool]:
    """The value most of a group's claims read in their own words, else most inherit."""
    for pool, is_strong in ((strong, True), (every, False)):
        known = [v for v in pool if v != none]
        if known:
            return Counter(known).most_common(1)[0][0], is_strong
    return none, False
