"""Per figure: how a claim's figure of one kind stands against the independent claims of
its comparison group.

For each other independent voice, the latest of its statements that can be compared
(same kind, the same people counted) is taken; the figure's relation to each is ``same``,
``above``/``below`` (compatible) or ``far_above``/``far_below`` (incompatible ranges).

- **sole source**: no independent statement to compare with (``unchecked`` says why);
- **contradicted**: incompatible with more than half of them;
- otherwise, against the independent median (the upper median of their point figures):
  **consistent** when the same, **higher** / **lower** when above / below it; with no
  points on either side (vague figures), the most common relation decides, ties going to
  consistent.
"""

from __future__ import annotations

from typing import Callable

from rasd.assess.compare import (ABOVE_REL, BELOW_REL, FAR_ABOVE, FAR_BELOW, INCOMPATIBLE,
                                 counted, counted_relation, uninformative, upper_median)
from rasd.assess.models import (ABOVE, BELOW, CONSISTENT, CONTRADICTED, HIGHER, LOWER,
                                NO_OTHER_REPORT, NO_SUCH_FIGURE, NOT_INDEPENDENT, SAME,
                                SOLE_SOURCE, TOO_VAGUE, Compared, FigureStanding)
from rasd.assess.settings import DEFAULT, AssessSettings
from rasd.assess.voices import Voiced, latest_first, same_victims
from rasd.assess.words import standing_reason
from rasd.core.models import StoredClaim
from rasd.core.vocab import KINDS

Comparable = Callable[[StoredClaim, StoredClaim], bool]


def _compared(v: Voiced, kind: str, relation: str) -> Compared:
    c = v.sc.claim
    return Compared(v.voice, c.claimant, c.claimant_text, v.sc.article_id, v.sc.claim_index,
                    v.sc.source, v.sc.published, v.totals[kind].stated, relation)


def _others(me: Voiced, kind: str, ordered: list[Voiced], comparable: Comparable,
            s: AssessSettings) -> list[tuple[Voiced, str]]:
    """One statement per other independent voice: its latest comparable one."""
    mine = me.totals[kind]
    my_count = counted(me.sc.claim, kind)
    out: dict[str, tuple[Voiced, str]] = {}
    for o in ordered:
        if o.voice in out or not me.independent_of(o) or kind not in o.totals:
            continue
        theirs = o.totals[kind]
        if uninformative(theirs) or not comparable(me.sc, o.sc):
            continue
        r = counted_relation(mine, my_count, theirs, counted(o.sc.claim, kind), s)
        if r is not None:
            out[o.voice] = (o, r)
    return sorted(out.values(), key=lambda p: (p[0].sc.article_id, p[0].sc.claim_index))


def _why_unchecked(me: Voiced, group: list[Voiced]) -> str:
    rest = [o for o in group if o is not me and o.report != me.report]
    if not rest:
        return NO_OTHER_REPORT
    if all(not me.independent_of(o) for o in rest):
        return NOT_INDEPENDENT
    return NO_SUCH_FIGURE


def _majority(rels: list[str]) -> str | None:
    ups = sum(r in (ABOVE_REL, FAR_ABOVE) for r in rels)
    downs = sum(r in (BELOW_REL, FAR_BELOW) for r in rels)
    sames = len(rels) - ups - downs
    if ups > max(downs, sames):
        return ABOVE
    if downs > max(ups, sames):
        return BELOW
    if sames > max(ups, downs):
        return SAME
    return None


def decide(mine_point: int | None, rels: list[str], points: list[int],
           s: AssessSettings = DEFAULT) -> tuple[str, str | None, int | None]:
    """(standing, direction, median) from the figure's relations to the others."""
    if not rels:
        return SOLE_SOURCE, None, None
    median = upper_median(points) if points else None
    if mine_point is not None and median is not None:
        direction = SAME if s.same(mine_point, median) else ABOVE if mine_point > median else BELOW
    else:
        direction = _majority(rels)
    if 2 * sum(r in INCOMPATIBLE for r in rels) > len(rels):
        return CONTRADICTED, direction, median
    if mine_point is not None and median is not None:
        standing = {SAME: CONSISTENT, ABOVE: HIGHER, BELOW: LOWER}[direction]  # type: ignore[index]
    else:
        compatible = [r for r in rels if r not in INCOMPATIBLE]
        standing = {ABOVE: HIGHER, BELOW: LOWER}.get(_majority(compatible) or SAME, CONSISTENT)
    return standing, direction, median


def figure_standings(group: list[Voiced], comparable: Comparable = same_victims,
                     incident_id: str | None = None, period: str | None = None,
                     s: AssessSettings = DEFAULT) -> list[FigureStanding]:
    """Every figure of every claim in ``group``, in claim order, kinds in codebook order."""
    ordered = latest_first(group)
    out: list[FigureStanding] = []
    for me in group:
        for kind in (k for k in KINDS if k in me.totals):
            mine = me.totals[kind]
            pairs = _others(me, kind, ordered, comparable, s)
            rels = [r for _, r in pairs]
            points = [p for o, _ in pairs if (p := o.totals[kind].point) is not None]
            standing, direction, median = decide(mine.point, rels, points, s)
            unchecked = None
            if standing == SOLE_SOURCE:
                unchecked = _why_unchecked(me, group)
            elif uninformative(mine):
                unchecked = TOO_VAGUE
            fs = FigureStanding(me.sc.article_id, me.sc.claim_index, kind, mine.stated, standing,
                                direction, median, [_compared(o, kind, r) for o, r in pairs],
                                unchecked, incident_id=incident_id, period=period)
            fs.reason = standing_reason(fs, me.name)
            out.append(fs)
    return out
