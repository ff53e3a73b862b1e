"""Who speaks independently: each claim of a comparison group (an incident, or the
cumulative totals of one period) with its independent voice and its report.

Two claims are independent when they come from different voices *and* different reports:
the voice is ``reconcile.claimant_key`` (SOHR quoted by five outlets is one voice; an
outlet's own words are one voice per outlet, syndicated copies counting as the original's
outlet), the report is the article's syndication group (``reconcile.syndication_groups``:
same content hash, or texts that overlap as copies do). So a copy never confirms its
original, and SOHR never confirms SOHR.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from rasd.assess.words import speaker
from rasd.core.codebook import ids
from rasd.core.models import StoredClaim
from rasd.core.vocab import UNKNOWN
from rasd.reconcile import Total, claim_totals, claimant_key, syndication_groups


@dataclass(slots=True)
class Voiced:
    sc: StoredClaim
    voice: str
    report: str  # representative article id of its syndication group
    totals: dict[str, Total]

    @property
    def name(self) -> str:
        return speaker(self.voice, self.sc.claim.claimant, self.sc.source)

    def independent_of(self, other: "Voiced") -> bool:
        return self.voice != other.voice and self.report != other.report


# Claimant ids that are a voice of their own; "outlet", "other", "unnamed" and
# "local_sources" stand for many different speakers.
_GENERIC = frozenset({"outlet", "other", "unnamed", "local_sources"})


@lru_cache(maxsize=1)
def _named_claimants() -> frozenset[str]:
    return frozenset(ids("claimants")) - _GENERIC


def _voice(sc: StoredClaim, group_of: Mapping[str, str], source_of: Mapping[str, str | None]) -> str:
    """``claimant_key``, except that an outlet which is itself a codebook claimant (SANA
    writing in its own voice) is that claimant: SANA's report and SANA quoted by another
    outlet are one voice, not two that confirm each other."""
    key = claimant_key(sc, group_of, source_of)
    if key.startswith("outlet:"):
        own = key.split(":", 1)[1].lower()
        if own in _named_claimants():
            return own
    return key


def voiced(claims: list[StoredClaim], texts: Mapping[str, str] | None = None) -> list[Voiced]:
    """The group's claims in a stable order (article, claim index), each with its voice."""
    claims = sorted(claims, key=lambda s: (s.article_id, s.claim_index))
    hashes = {s.article_id: s.content_hash for s in claims}
    # copies take two articles: one article's text need not be shingled
    group_of = syndication_groups(hashes, hashes, texts if len(hashes) > 1 else None)
    source_of = {s.article_id: s.source for s in claims}
    return [Voiced(sc, _voice(sc, group_of, source_of), group_of[sc.article_id],
                   claim_totals(sc.claim)) for sc in claims]


def latest_first(group: list[Voiced]) -> list[Voiced]:
    """A voice's later report carries its updated toll (reconcile keeps the latest too)."""
    return sorted(group, key=lambda v: (v.sc.published or "", v.sc.article_id, v.sc.claim_index),
                  reverse=True)


def _known(value: str | None) -> bool:
    return bool(value) and value != UNKNOWN


def same_victims(a: StoredClaim, b: StoredClaim) -> bool:
    """Claims counting the same people: the two sides of one battle are linked into one
    incident, but "30 soldiers" and "39 rebels" are not rival tolls."""
    va, vb = a.claim.victims, b.claim.victims
    return va == vb or not _known(va) or not _known(vb)


def same_totals(a: StoredClaim, b: StoredClaim) -> bool:
    """Cumulative totals of one period and area must also count the same side's killing."""
    pa, pb = a.claim.perpetrator, b.claim.perpetrator
    return same_victims(a, b) and (pa == pb or not _known(pa) or not _known(pb))
