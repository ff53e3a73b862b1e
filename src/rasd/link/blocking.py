"""Candidate pairs: only claims that could score a link are ever compared.

Three indexes, each small per key, so cost grows with the number of claims rather than
its square:
- the article: every pair of claims within one article;
- dated claims by (governorate, day, perpetrator), looked up over the date tolerance in
  the buckets a partner can be in (same or unknown perpetrator; the victim side for the
  two sides of a battle); claims placed nowhere in particular sit under "unknown";
- claims by (place key, week): undated claims meet claims at the same named place in
  their article's window (the only way an undated claim links across articles).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

from rasd.link.features import UNKNOWN_ACTOR, ClaimFeatures
from rasd.link.score import NON_ACTORS
from rasd.link.settings import LinkSettings


def _days(f: ClaimFeatures, s: LinkSettings) -> range:
    return range(f.d0, min(f.d1, f.d0 + s.max_indexed_span_days) + 1)  # type: ignore[arg-type,operator]


def _place_keys(f: ClaimFeatures) -> list[str]:
    if f.rank > 2:
        return []
    keys = [f.name_key] if f.name_key else []
    if f.pcode:
        keys.append("p:" + f.pcode)
    return keys


def _perps_to_meet(f: ClaimFeatures, present: set[str]) -> Iterable[str]:
    """Perpetrator buckets that can hold a partner: the same actor, unknown, and for the
    two sides of a battle the actor this claim names as victim."""
    if f.perp == UNKNOWN_ACTOR:
        return present
    want = {f.perp, UNKNOWN_ACTOR}
    if f.victims not in NON_ACTORS:
        want.add(f.victims)
    return want & present


def candidates(feats: list[ClaimFeatures], s: LinkSettings) -> Iterator[tuple[int, int]]:
    """Pairs (i, j) with i < j; a pair met through two indexes may come twice."""
    by_article: dict[str, list[int]] = defaultdict(list)
    # dated claims by (governorate, day, perpetrator): different known perpetrators veto
    by_gov_day: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    perps_on: dict[tuple[str, int], set[str]] = defaultdict(set)
    by_place_week: dict[tuple[str, int], list[int]] = defaultdict(list)
    for f in feats:
        by_article[f.article_id].append(f.i)
        if f.d0 is not None:
            for d in _days(f, s):
                by_gov_day[(f.gov, d, f.perp)].append(f.i)
                perps_on[(f.gov, d)].add(f.perp)
        anchor = f.d0 if f.d0 is not None else f.pub
        if anchor is not None:
            for k in _place_keys(f):
                by_place_week[(k, anchor // 7)].append(f.i)

    tol = s.date_tolerance_days
    reach = (s.undated_window_days + s.undated_pub_gap_days) // 7 + 1
    for f in feats:
        seen: set[int] = set()
        for j in by_article[f.article_id]:
            if j > f.i:
                seen.add(j)
        if f.d0 is not None:
            for d in range(f.d0 - tol, min(f.d1, f.d0 + s.max_indexed_span_days) + tol + 1):  # type: ignore[operator]
                if f.gov != "unknown":
                    for p in _perps_to_meet(f, perps_on.get((f.gov, d), set())):
                        seen.update(j for j in by_gov_day[(f.gov, d, p)] if j > f.i)
                    # claims placed nowhere in particular: met from the placed side only
                    for p in _perps_to_meet(f, perps_on.get(("unknown", d), set())):
                        seen.update(j for j in by_gov_day[("unknown", d, p)] if j != f.i)
                elif f.perp != UNKNOWN_ACTOR:
                    for p in _perps_to_meet(f, perps_on.get(("unknown", d), set())):
                        seen.update(j for j in by_gov_day[("unknown", d, p)] if j > f.i)
        anchor = f.d0 if f.d0 is not None else f.pub
        if anchor is not None:
            # only undated claims need the place index; dated pairs met above
            for k in _place_keys(f):
                for w in range(anchor // 7 - reach, anchor // 7 + reach + 1):
                    for j in by_place_week.get((k, w), ()):
                        if j > f.i and (f.d0 is None or feats[j].d0 is None):
                            seen.add(j)
        yield from ((min(f.i, j), max(f.i, j)) for j in sorted(seen))
