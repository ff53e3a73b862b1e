"""How one figure relates to another: the same, higher or lower but compatible, or
incompatible — by ranges, so vague figures ("dozens" = 20–99) and bounds ("at least 45")
compare as what they commit to.

A figure is read from ``reconcile.claim_totals``: an interval ``[lo, hi]`` (``hi`` None: open
upwards; ``lo`` None: from 0, as in "up to 30") and, when stated as a number, a point.
"""

from __future__ import annotations

from rasd.core.models import Claim
from rasd.core.vocab import CIVILIAN_GROUPS, SUB_GROUPS
from rasd.assess.settings import DEFAULT, AssessSettings
from rasd.reconcile import Total

SAME_REL, ABOVE_REL, BELOW_REL, FAR_ABOVE, FAR_BELOW = "same", "above", "below", "far_above", "far_below"
INCOMPATIBLE = frozenset({FAR_ABOVE, FAR_BELOW})

ALL, CIVILIAN, COMBATANT = "all", "civilians", "combatants"


def counted(claim: Claim, kind: str) -> str:
    """Whom a claim's figure of ``kind`` counts: only children and/or women (a sub-count
    stated without its total), civilians only, combatants only, or all (unspecified, or
    groups added). A count of civilians is part of a count of all the dead, and "five
    women" part of both: not rivals to them."""
    groups = {f.group for f in claim.figures if f.kind == kind}
    if groups and groups <= set(SUB_GROUPS):
        return "+".join(sorted(groups))
    if groups and groups <= CIVILIAN_GROUPS:
        return CIVILIAN
    if groups == {"combatants"}:
        return COMBATANT
    return ALL


def _part_of(part: str, whole: str) -> bool:
    if whole == ALL:
        return part != ALL
    return whole == CIVILIAN and part not in (ALL, CIVILIAN, COMBATANT)


def uninformative(t: Total) -> bool:
    """ "Some" (one or more) agrees with every number: comparing it checks nothing."""
    return t.vague and (t.lo or 0) <= 1 and t.hi is None


def _gap(low_side: Total, high_side: Total) -> int | None:
    """How far ``high_side`` starts above the end of ``low_side``; None when they overlap."""
    if low_side.hi is None:
        return None
    g = (high_side.lo or 0) - low_side.hi
    return g if g > 0 else None


def relation(x: Total, y: Total, s: AssessSettings = DEFAULT) -> str:
    """How ``x`` relates to ``y`` (both counting the same people)."""
    up = _gap(y, x)  # x entirely above y
    if up is not None and not s.compatible_gap(up, x.lo or 0):
        return FAR_ABOVE
    down = _gap(x, y)
    if down is not None and not s.compatible_gap(down, y.lo or 0):
        return FAR_BELOW
    if x.point is not None and y.point is not None:
        if s.same(x.point, y.point):
            return SAME_REL
        return ABOVE_REL if x.point > y.point else BELOW_REL
    if up is not None:
        return ABOVE_REL
    return BELOW_REL if down is not None else SAME_REL


def counted_relation(x: Total, x_counts: str, y: Total, y_counts: str,
                     s: AssessSettings = DEFAULT) -> str | None:
    """``relation`` when both count the same people; when one counts a part of the other's
    (civilians of all the dead, children of the civilians), only a part larger than the
    whole is informative (an incompatibility); otherwise (civilians against combatants,
    children against women) None: not comparable."""
    if x_counts == y_counts:
        return relation(x, y, s)
    if _part_of(x_counts, y_counts):
        r = relation(x, y, s)
        return r if r == FAR_ABOVE else None
    if _part_of(y_counts, x_counts):
        r = relation(x, y, s)
        return r if r == FAR_BELOW else None
    return None


def upper_median(values: list[int]) -> int:
    """The median, the higher middle value of an even count (as reconcile's best)."""
    v = sorted(values)
    return v[len(v) // 2]
