"""What the linker compares, computed once per claim (pair scoring must stay cheap)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rasd.models import StoredClaim
from rasd.reconcile import claimant_key, claim_totals
from rasd.reconcile.attrs import PRECISION_RANK
from rasd.reconcile.sources import sketch
from rasd.text.normalize import norm

# Nouns that introduce a place name but are not part of it (codebook "place.name" rule);
# extractors and annotators do not always drop them, so they are dropped here too.
_GENERIC = frozenset(norm(w) for w in ("حي", "مدينة", "بلدة", "قرية", "محافظة", "منطقة", "ناحية",
                                       "city", "town", "village", "district", "of", "the"))
UNKNOWN_ACTOR = "unknown"


def day(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def name_tokens(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    toks = []
    for t in norm(name).replace("-", " ").replace("،", " ").replace(",", " ").split():
        if t in _GENERIC:
            continue
        # the article prefix varies between outlets ("الصالحية" / "صالحية")
        toks.append(t[2:] if t.startswith("ال") and len(t) > 4 else t)
    return frozenset(toks)


@dataclass(slots=True)
class ClaimFeatures:
    i: int
    sc: StoredClaim
    article_id: str
    claimant: str  # claimant_key (outlet per source, "other" per name)
    event_type: str
    perp: str
    victims: str
    gov: str
    rank: int  # PRECISION_RANK of the place
    names: frozenset[str]
    name_key: str  # "gov|sorted tokens"; "" when no name
    pcode: str | None
    lat: float | None
    lon: float | None
    d0: int | None  # first and last day of the claimed date
    d1: int | None
    pub: int | None
    totals: dict  # kind -> (lo, hi, point)
    evidence: str
    title: str
    _ev_sh: frozenset[int] | None = field(default=None)
    _ti_sh: frozenset[int] | None = field(default=None)

    @property
    def dated(self) -> bool:
        return self.d0 is not None

    # MinHash sketches, made on first use: most pairs never need text
    def evidence_sketch(self) -> frozenset[int]:
        if self._ev_sh is None:
            self._ev_sh = sketch(self.evidence)
        return self._ev_sh

    def title_sketch(self) -> frozenset[int]:
        if self._ti_sh is None:
            self._ti_sh = _title_sketch(self.title)
        return self._ti_sh


@lru_cache(maxsize=4096)
def _title_sketch(title: str) -> frozenset[int]:
    # one article's claims share its title: sketch it once
    return sketch(title)


def features(i: int, sc: StoredClaim) -> ClaimFeatures:
    c = sc.claim
    p = c.place
    names = name_tokens(p.name)
    d0 = day(c.date.start) if c.date else None
    d1 = day(c.date.end or c.date.start) if c.date else None
    if d0 is not None and d1 is not None and d1 < d0:
        d0, d1 = d1, d0
    totals = {k: (t.lo, t.hi, t.point if not t.vague else None) for k, t in claim_totals(c).items()}
    evidence = c.evidence.text if c.evidence is not None else (c.quote or "")
    gov = p.governorate or "unknown"
    return ClaimFeatures(
        i=i, sc=sc, article_id=sc.article_id, claimant=claimant_key(sc),
        event_type=c.event_type or "other", perp=c.perpetrator or UNKNOWN_ACTOR,
        victims=c.victims or UNKNOWN_ACTOR, gov=gov,
        rank=PRECISION_RANK.get(p.precision or "unknown", 5) if (names or p.pcode or p.lat is not None) else 5,
        names=names, name_key=(gov + "|" + " ".join(sorted(names))) if names else "",
        pcode=p.pcode, lat=p.lat, lon=p.lon, d0=d0, d1=d1 if d0 is not None else None,
        pub=day(sc.published), totals=totals, evidence=evidence, title=sc.title or "",
    )
