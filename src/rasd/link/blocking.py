"""Candidate pairs: only claims that could score a link are ever compared.

Three indexes, each small per key, so cost grows with the number of claims rather than
its square:
- the article: every pair of claims within one article;
- dated claims by (governorate, day, side of the victims), looked up over the date
  tolerance; a claim whose place or victims were only inherited from wider context, or
  that names none, sits under "unknown" and is met from every side (two claims under
  "unknown" that name no side either, only when they tell the same kind of attack, one of
  them in its own words), and a day inherited
  from another report of the article is indexed over the wider tolerance such days get.
  Two towns further apart than ``far_km`` are dropped here already;
- claims by (place key, week): undated claims meet claims at the same named place in
  their article's window (a place named only at the country level, with the perpetrator);
- claims by (kind, exact toll, week): two reports of "25 killed" meet whatever each says of
  the place and the day ("حلب" and a quarter of it inherited from another sentence, two
  spellings of one foreign town), unless the toll is told by too many claims that week to
  single anything out (``max_figure_bucket``).

Every dated pair left out is one ``score_pair`` would veto (known governorates that
differ, dates too far apart, the losses of two sides, towns too far apart, each told in
the claims' own words) or one of two claims that say nothing of their own but the day (no
place, side or kind of attack in common), and the clustering treats a dated pair never
compared like a vetoed one, so blocking changes the cost, and keeps such claims apart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import Iterator

from rasd.core.vocab import NON_ACTORS, PRECISION_RANK
from rasd.link.features import FINE, RAREST, UNKNOWN_ACTOR, ClaimFeatures, chord
from rasd.core.sides import allied
from rasd.link.settings import LinkSettings

COUNTRY = PRECISION_RANK["country"]
ANY = "*"  # victims no veto can come from: unknown, civilians, or only inherited


def _days(f: ClaimFeatures, s: LinkSettings) -> range:
    extra = 0 if f.date_strong else s.weak_date_days
    return range(f.d0 - extra, min(f.d1, f.d0 + s.max_indexed_span_days) + extra + 1)  # type: ignore[arg-type,operator]


def _place_keys(f: ClaimFeatures) -> list[str]:
    # a rare kind of attack meets its other reports in its governorate, however each places it
    rare = ["r:%s|%s" % (f.event_type, f.gov)] if f.event_type in RAREST and f.type_told and f.gov != "unknown" else []
    if f.rank > 2:
        if f.rank == COUNTRY and f.name_key and f.perp != UNKNOWN_ACTOR and f.perp not in NON_ACTORS:
            # a report placed no finer than the country ("غارات إسرائيلية على سوريا") meets
            # the country's other reports by the same perpetrator that week: too many to meet
            # by place alone, few enough by who struck
            rare.append("a:%s|%s" % (f.perp, f.name_key))
        return rare
    keys = ([f.name_key] if f.name_key else []) + rare
    if f.pcode:
        keys.append("p:" + f.pcode)
    elif f.xyz is not None:
        # a place listed without a p-code (abroad) is known by its coordinates: two spellings
        # of one gazetteer entry ("سروج", "سوروتش") share them
        keys.append("c:%.4f,%.4f,%.4f" % f.xyz)
    return keys


def _figure_weeks(f: ClaimFeatures, anchor: int, s: LinkSettings) -> range:
    """The weeks a claim's toll is indexed under: its day's, or for an undated claim every
    week of the window before its article, where its event lies (a toll recounted days later
    meets the strike's own reports). A claim looks one week either side of its own."""
    first = (anchor - s.undated_window_days) // 7 if f.d0 is None else anchor // 7
    return range(first, anchor // 7 + 1)


def _figure_keys(f: ClaimFeatures) -> set[tuple[str, int]]:
    """(kind, value) of every exact toll of 3 or more the claim states."""
    return {(kind, pt) for kind, stated in f.totals.items() for _lo, _hi, pt in stated
            if pt is not None and pt >= 3}


def _unit(f: ClaimFeatures) -> tuple[float, float, float] | None:
    """Town/exact places with their own coordinates, read in the claim's own words: the only
    ones a distance vetoes."""
    return f.xyz if f.rank <= FINE and f.place_strong else None


def _gov(f: ClaimFeatures) -> str:
    return f.gov if f.place_strong else "unknown"


def _side(f: ClaimFeatures) -> str:
    return f.victims if f.victims not in NON_ACTORS and f.victims_strong else ANY


def _sides_met(f: ClaimFeatures, sides: dict[str, list[int]]) -> Iterator[list[int]]:
    """The victims buckets a partner of ``f`` can sit in: any, when f's side vetoes nothing;
    else its own side, its allies' and the open one."""
    mine = _side(f)
    for side, lst in sides.items():
        if mine == ANY or side == ANY or side == mine or allied(side, mine):
            yield lst


def candidates(feats: list[ClaimFeatures], s: LinkSettings) -> Iterator[tuple[int, list[int]]]:
    """For each claim i (ascending) that has any, the sorted claims j it is compared with.
    Each pair comes once (j > i, except claims placed nowhere met from a placed claim)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    # (governorate, day) -> victims side -> claims
    by_day: dict[tuple[str, int], dict[str, list[int]]] = {}
    by_place_week: dict[tuple[str, int], list[int]] = defaultdict(list)
    by_figure_week: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    units = [_unit(f) for f in feats]
    arts = [f.article_id for f in feats]
    unplaced = [_gov(f) == "unknown" for f in feats]
    for f in feats:
        by_article[f.article_id].append(f.i)
        if f.d0 is not None:
            gov, side = _gov(f), _side(f)
            for d in _days(f, s):
                by_day.setdefault((gov, d), {}).setdefault(side, []).append(f.i)
        anchor = f.d0 if f.d0 is not None else f.pub
        if anchor is not None:
            for k in _place_keys(f):
                by_place_week[(k, anchor // 7)].append(f.i)
            for k in _figure_keys(f):
                for w in _figure_weeks(f, anchor, s):
                    by_figure_week[(*k, w)].append(f.i)

    tol = s.date_tolerance_days
    reach = (s.undated_window_days + s.undated_pub_gap_days) // 7 + 1
    # two unit vectors further apart than this chord (in any axis) are more than far_km apart
    far = chord(s.far_km)
    for f in feats:
        i = f.i
        aid = f.article_id
        seen: set[int] = {j for j in by_article[aid] if j > i}
        gov = _gov(f)
        # a dated claim placed nowhere of its own is still met by day when it names who did
        # it or whose dead it counts ("25 من مقاتلي النصرة" the same Friday, told twice), or,
        # naming neither, by the kind of attack both tell: two reports of one blast, each
        # placed only by its lead, are one event's (the clustering takes a dated pair never
        # compared for a veto, and one such pair would keep two halves of a widely retold
        # event apart)
        bare = gov == "unknown" and f.perp == UNKNOWN_ACTOR and _side(f) == ANY
        if f.d0 is not None and not (bare and f.event_type == "other"):
            placed = gov != "unknown"
            found: set[int] = set()
            extra = tol + (0 if f.date_strong else s.weak_date_days)
            for d in range(f.d0 - extra, min(f.d1, f.d0 + s.max_indexed_span_days) + extra + 1):  # type: ignore[operator]
                # buckets list claims in ascending order: only the later ones are new pairs
                if placed and (sides := by_day.get((gov, d))):
                    for lst in _sides_met(f, sides):
                        found.update(lst[bisect_right(lst, i):])
                # claims placed nowhere in particular: met from the placed side, earlier or later
                if sides := by_day.get(("unknown", d)):
                    for lst in _sides_met(f, sides):
                        found.update(lst if placed else lst[bisect_right(lst, i):])
            u = units[i]
            if bare:
                kind = f.event_type
                for j in found:
                    if j > i and arts[j] != aid and feats[j].event_type == kind and (
                            f.type_told or feats[j].type_told):
                        # only the same kind of attack, told in one of the two's own words:
                        # nothing else ties them (two kinds both inherited from the sentence
                        # before may be two days' of one story, each read as its article's)
                        seen.add(j)
            elif u is None:
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
            weeks = _figure_weeks(f, anchor, s)
            for kind, value in _figure_keys(f):
                for w in range(weeks[0] - 1, weeks[-1] + 2):
                    lst = by_figure_week.get((kind, value, w), ())
                    if len(lst) <= s.max_figure_bucket:
                        seen.update(j for j in lst[bisect_right(lst, i):] if arts[j] != aid)
        if seen:
            yield i, sorted(seen)
