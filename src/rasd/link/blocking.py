"""Candidate pairs: only claims that could score a link are ever compared.

Three indexes, each small per key, so cost grows with the number of claims rather than
its square:
- the article: every pair of claims within one article;
- dated claims by (governorate, day, perpetrator, victims), looked up over the date
  tolerance in the buckets a partner can be in (same or unknown perpetrator, compatible
  victims; the mirrored buckets for the two sides of a battle); claims placed nowhere in
  particular sit under "unknown". Two towns further apart than ``far_km`` are dropped
  here already;
- claims by (place key, week): undated claims meet claims at the same named place in
  their article's window (the only way an undated claim links across articles).

Every dated pair left out is one ``score_pair`` would veto, and the clustering treats a
dated pair never compared like a vetoed one, so blocking changes the cost, not the result.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from rasd.link.features import FINE, UNKNOWN_ACTOR, ClaimFeatures, chord
from rasd.core.vocab import NON_ACTORS
from rasd.link.settings import LinkSettings

Bucket = dict[str, list[int]]  # victims -> claim indices


def _days(f: ClaimFeatures, s: LinkSettings) -> range:
    return range(f.d0, min(f.d1, f.d0 + s.max_indexed_span_days) + 1)  # type: ignore[arg-type,operator]


def _place_keys(f: ClaimFeatures) -> list[str]:
    if f.rank > 2:
        return []
    keys = [f.name_key] if f.name_key else []
    if f.pcode:
        keys.append("p:" + f.pcode)
    return keys


def _unit(f: ClaimFeatures) -> tuple[float, float, float] | None:
    """Town/exact places with their own coordinates: the only ones a distance vetoes."""
    return f.xyz if f.rank <= FINE else None


def _selectors(f: ClaimFeatures) -> list[tuple[str | None, tuple[str, ...] | None]]:
    """The (perpetrator, victims) buckets a partner of ``f`` can sit in; None is any.

    The same or an unknown perpetrator with the same, unknown or civilian victims (sides
    dispute who died); under another known perpetrator only the other side of a battle,
    whose victims are ``f``'s perpetrator."""
    victims = None if f.victims in NON_ACTORS else (f.victims, UNKNOWN_ACTOR, "civilians")
    if f.perp == UNKNOWN_ACTOR:
        return [(None, victims)]
    out: list[tuple[str | None, tuple[str, ...] | None]] = [(f.perp, victims), (UNKNOWN_ACTOR, victims)]
    if f.victims not in NON_ACTORS and f.victims != f.perp and f.perp not in NON_ACTORS:
        out.append((f.victims, (f.perp,)))
    return out


def _collect(found: set[int], perps: dict[str, Bucket],
             sel: list[tuple[str | None, tuple[str, ...] | None]]) -> None:
    for perp, victims in sel:
        buckets = perps.values() if perp is None else [b] if (b := perps.get(perp)) is not None else ()
        for bucket in buckets:
            if victims is None:
                for lst in bucket.values():
                    found.update(lst)
            else:
                for v in victims:
                    lst = bucket.get(v)
                    if lst is not None:
                        found.update(lst)


def candidates(feats: list[ClaimFeatures], s: LinkSettings) -> Iterator[tuple[int, list[int]]]:
    """For each claim i (ascending) that has any, the sorted claims j it is compared with.
    Each pair comes once (j > i, except claims placed nowhere met from a placed claim)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    # (governorate, day) -> perpetrator -> victims -> claims
    by_day: dict[tuple[str, int], dict[str, Bucket]] = {}
    by_place_week: dict[tuple[str, int], list[int]] = defaultdict(list)
    units = [_unit(f) for f in feats]
    arts = [f.article_id for f in feats]
    unplaced = [f.gov == "unknown" for f in feats]
    for f in feats:
        by_article[f.article_id].append(f.i)
        if f.d0 is not None:
            for d in _days(f, s):
                perps = by_day.setdefault((f.gov, d), {})
                perps.setdefault(f.perp, {}).setdefault(f.victims, []).append(f.i)
        anchor = f.d0 if f.d0 is not None else f.pub
        if anchor is not None:
            for k in _place_keys(f):
                by_place_week[(k, anchor // 7)].append(f.i)

    tol = s.date_tolerance_days
    reach = (s.undated_window_days + s.undated_pub_gap_days) // 7 + 1
    # two unit vectors further apart than this chord (in any axis) are more than far_km apart
    far = chord(s.far_km)
    for f in feats:
        i = f.i
        aid = f.article_id
        seen: set[int] = {j for j in by_article[aid] if j > i}
        if f.d0 is not None and (f.gov != "unknown" or f.perp != UNKNOWN_ACTOR):
            sel = _selectors(f)
            placed = f.gov != "unknown"
            found: set[int] = set()
            for d in range(f.d0 - tol, min(f.d1, f.d0 + s.max_indexed_span_days) + tol + 1):  # type: ignore[operator]
                if placed and (perps := by_day.get((f.gov, d))):
                    _collect(found, perps, sel)
                # claims placed nowhere in particular: met from the placed side (or by perpetrator)
                if perps := by_day.get(("unknown", d)):
                    _collect(found, perps, sel)
            u = units[i]
            if u is None:
                for j in found:
                    if (j > i or (placed and unplaced[j])) and arts[j] != aid:
                        seen.add(j)
            else:
                ux, uy, uz = u
                for j in found:
                    if (j > i or (placed and unplaced[j])) and arts[j] != aid:
                        v = units[j]
                        if v is None or (abs(ux - v[0]) <= far and abs(uy - v[1]) <= far
                                         and abs(uz - v[2]) <= far):
                            seen.add(j)  # else: two towns too far apart to be one site
        anchor = f.d0 if f.d0 is not None else f.pub
        if anchor is not None:
            # only undated claims need the place index; dated pairs met above
            for k in _place_keys(f):
                for w in range(anchor // 7 - reach, anchor // 7 + reach + 1):
                    for j in by_place_week.get((k, w), ()):
                        if j > i and (f.d0 is None or feats[j].d0 is None) and arts[j] != aid:
                            seen.add(j)
        if seen:
            yield i, sorted(seen)
