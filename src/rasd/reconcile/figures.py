"""Figures: one claim's total per kind, then low / best / high across claimants.

Rules (docs/incidents.md has the long form):

- Within one claim, civilians + combatants (+ unspecified) add up; children and women are
  sub-counts (of civilians or unspecified) and only bound the total from below. When an
  unspecified figure is at least the sum of the specific groups it is the total and they
  are its breakdown ("22 killed, 21 of them civilians"). Within one group, a figure equal
  to the sum of the others is their total ("at least 23: 5 + 18"); otherwise they add.
- Across claimants (UCDP practice): ``low`` is the lowest numeric estimate any claimant
  supports, ``high`` the highest stated bound (an open "at least N" counting as N),
  ``best`` the upper median of the claimants' point estimates. Vague quantities ("dozens",
  "some") give no point and only set low/high when no claimant gives a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.core.models import Claim, Figure
from rasd.core.vocab import KINDS as KIND_ORDER
from rasd.core.vocab import MAIN_GROUPS, SUB_GROUPS, VAGUE



@dataclass(frozen=True, slots=True)
class Total:
    """One claim's figure for one kind: an interval, maybe a point, and how it was said."""

    lo: int | None
    hi: int | None  # None: open upwards
    point: int | None  # None for vague or bound-only statements
    vague: bool
    stated: str
    qualifier: str = "exact"  # the codebook qualifier; "sum" for figures added up

    def upper(self) -> int | None:
        """The highest value this statement commits to (an open bound counts as its low)."""
        return self.hi if self.hi is not None else self.lo


def _fig_total(f: Figure) -> Total:
    vague = f.qualifier in VAGUE
    point: int | None = None
    if not vague:
        if f.qualifier == "about" and f.low is not None and f.high is not None:
            point = (f.low + f.high + 1) // 2
        elif f.qualifier in ("exact", "about", "at_least", "more_than"):
            point = f.low
    return Total(f.low, f.high, point, vague, f.as_stated(), f.qualifier)


def _add(parts: list[Total]) -> Total:
    lo = sum(p.lo or 0 for p in parts)
    hi = None if any(p.hi is None for p in parts) else sum(p.hi for p in parts)  # type: ignore[misc]
    point = None if any(p.point is None for p in parts) else sum(p.point for p in parts)  # type: ignore[misc]
    vague = all(p.vague for p in parts)
    any_lo = any(p.lo is not None for p in parts)
    return Total(lo if any_lo else None, hi, point, vague, "+".join(p.stated for p in parts), "sum")


def _group_total(figs: list[Figure]) -> Total:
    parts = [_fig_total(f) for f in figs]
    if len(parts) == 1:
        return parts[0]
    for i, p in enumerate(parts):
        rest = parts[:i] + parts[i + 1:]
        # One figure equal to the sum of the others is their total ("23: 5 and 18"); with
        # one other, equality means the claimant repeated itself.
        if p.lo is not None and p.lo == sum(r.lo or 0 for r in rest):
            return p
    return _add(parts)


def claim_totals(claim: Claim) -> dict[str, Total]:
    """The claim's total per figure kind (sub-counts not added)."""
    by_kind: dict[str, dict[str, list[Figure]]] = {}
    for f in claim.figures:
        by_kind.setdefault(f.kind, {}).setdefault(f.group, []).append(f)
    out: dict[str, Total] = {}
    for kind, groups in by_kind.items():
        main = {g: _group_total(groups[g]) for g in MAIN_GROUPS if g in groups}
        subs = [_group_total(groups[g]) for g in SUB_GROUPS if g in groups]
        total: Total | None = None
        if main:
            uns = main.get("unspecified")
            specific = [main[g] for g in ("civilians", "combatants") if g in main]
            if uns is not None and specific and uns.lo is not None and \
                    uns.lo >= sum(s.lo or 0 for s in specific):
                total = uns  # the specific groups are its breakdown
            else:
                total = _add(list(main.values())) if len(main) > 1 else next(iter(main.values()))
        if subs:
            sub = _add(subs) if len(subs) > 1 else subs[0]
            if total is None:
                total = sub
            elif sub.lo is not None and (total.lo or 0) < sub.lo:
                # children + women cannot exceed the total they are part of: raise its floor
                total = Total(sub.lo, total.hi if total.hi is None or total.hi >= sub.lo else None,
                              None if total.point is None else max(total.point, sub.lo),
                              total.vague, total.stated)
        if total is not None:
            out[kind] = total
    return out


def upper_median(values: list[int]) -> int:
    """The median, taking the higher middle value of an even count (a stated figure, not an
    average; open "at least" statements make the truth more likely higher)."""
    s = sorted(values)
    return s[len(s) // 2]


@dataclass(frozen=True, slots=True)
class Combined:
    """low / best / high across claimants, and how the bounds were said."""

    low: int | None
    best: int | None
    high: int | None
    low_stated: str | None = None  # the statement the low comes from (">100", "≥45", "dozens")
    high_stated: str | None = None
    open: bool = False  # the highest statement has no upper bound ("at least", "more than")
    vague: str | None = None  # no claimant gave a number: the most telling vague word


_VAGUE_ORDER = ("thousands", "hundreds", "dozens", "some")  # most telling first


def combine(totals: list[Total]) -> Combined:
    """(low, best, high) from one total per independent claimant, keeping what was said:
    ">100" beside "100" is a high of 100 that is open upwards, "dozens" alone stays dozens."""
    numeric = [t for t in totals if not t.vague]
    if not numeric:
        said = min(totals, key=lambda t: _VAGUE_ORDER.index(t.qualifier) if t.qualifier in _VAGUE_ORDER
                   else len(_VAGUE_ORDER))
        return Combined(said.lo, None, said.hi, said.stated, said.stated, said.hi is None, said.qualifier)
    with_lo = [t for t in numeric if t.lo is not None]
    low_t = min(with_lo, key=lambda t: (t.lo, t.qualifier != "exact")) if with_lo else None
    low = low_t.lo if low_t else None
    # a vague "dozens" still says at least 20: it may raise high, never set it to 99
    uppers = [(u, t) for t in numeric if (u := t.upper()) is not None]
    uppers += [(t.lo, t) for t in totals if t.vague and t.lo is not None]
    high_t = max(uppers, key=lambda ut: (ut[0], ut[1].hi is None))[1] if uppers else None
    high = high_t.upper() if high_t else None
    if high_t is not None and high_t.vague:
        high = high_t.lo
    points = [t.point for t in numeric if t.point is not None]
    best = upper_median(points) if points else None
    if best is not None:
        if low is not None and best < low:
            best = low
        if high is None or best > high:
            high = best
    if low is not None and high is not None and high < low:
        high = low
    return Combined(low, best, high, low_t.stated if low_t else None,
                    high_t.stated if high_t else None, bool(high_t and high_t.hi is None))


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claimants' figures that cannot both hold for one event."""

    a: str  # claimant key (``reconcile.claimant_key``)
    a_said: tuple[tuple[str, Total], ...]  # (kind, statement) as a said them
    b: str
    b_said: tuple[tuple[str, Total], ...]


def contradictions(by_claimant: dict[str, dict[str, Total]]) -> list[Conflict]:
    """Figures of two claimants that cannot both hold for one event."""
    out: list[Conflict] = []
    keys = list(by_claimant)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            ta, tb = by_claimant[a], by_claimant[b]
            for kind in KIND_ORDER:
                if kind in ta and kind in tb:
                    x, y = ta[kind], tb[kind]
                    if _disjoint(x, y):
                        out.append(Conflict(a, ((kind, x),), b, ((kind, y),)))
            for c_side, o_side, c_key, o_key in ((ta, tb, a, b), (tb, ta, b, a)):
                conflict = _casualties_conflict(c_side, o_side, c_key, o_key)
                if conflict:
                    out.append(conflict)
    return out


def _disjoint(x: Total, y: Total) -> bool:
    if x.lo is not None and y.hi is not None and y.hi < x.lo:
        return True
    return y.lo is not None and x.hi is not None and x.hi < y.lo


def _casualties_conflict(c_side: dict[str, Total], o_side: dict[str, Total],
                         c_key: str, o_key: str) -> Conflict | None:
    """killed + injured (casualties) must hold at least another claimant's killed and injured."""
    cas = c_side.get("casualties")
    if cas is None or cas.hi is None or "casualties" in o_side:
        return None
    parts = [(k, o_side[k]) for k in ("killed", "injured") if k in o_side and o_side[k].lo]
    need = sum(t.lo or 0 for _, t in parts)
    if parts and cas.hi < need:
        return Conflict(c_key, (("casualties", cas),), o_key, tuple(parts))
    return None
