"""Each claimant's statement per figure kind for one incident, and which sides it counts.

A fight's dead are told per side ("7 من قوات النظام و5 من الهيئة": two claims, codebook
"Sides"), and claimants count different parts of it: the army its own 3 soldiers, a monitor
12 of both sides. Comparing those as one figure would invent contradictions and drag the
low down to a part. So a claimant's claims about different sides add up to its statement
for the incident, unless its count of unnamed sides already holds them ("12 من الطرفين");
a statement covering only part of what another claimant counted is compared with that part,
and does not set the incident's low / best / high.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from rasd.core.models import Claim
from rasd.core.vocab import KINDS as KIND_ORDER
from rasd.reconcile.figures import Conflict, Total, add_totals, casualties_conflict, claim_totals, disjoint

UNSAID = "unknown"  # the claim names no side: its count may hold every side


@dataclass(frozen=True, slots=True)
class Statement:
    total: Total
    sides: frozenset[str]  # the victims' sides it counts; UNSAID when no side was named
    by_side: dict[str, Total] = field(default_factory=dict)  # each named side's own count

    def part_of(self, other: "Statement") -> bool:
        """It counts only some of what ``other`` counts: fewer named sides, or no side named
        and fewer dead than ``other`` counts on two sides or more (the army's "3 soldiers"
        beside a monitor's "12 of both sides")."""
        if UNSAID not in self.sides and UNSAID not in other.sides:
            return self.sides < other.sides
        if self.sides == {UNSAID} and len(other.sides - {UNSAID}) >= 2:
            up, lo = self.total.upper(), other.total.lo
            return up is not None and lo is not None and up < lo
        return False


def statements(claims: Iterable[tuple[str, str, str | None, Claim]]) -> dict[str, dict[str, Statement]]:
    """claimant -> kind -> statement, from (claimant, article id, published, claim): a
    claimant's latest report that gives the kind is its statement (an update carries the new
    toll; older reports are not added to it), the highest of reports of one day; within the
    report, its sides added up."""
    reports: dict[tuple[str, str], dict[tuple[str, str], dict[str, Total]]] = {}
    for who, article, published, claim in claims:
        side = claim.victims or UNSAID
        for kind, t in claim_totals(claim).items():
            sides = reports.setdefault((who, kind), {}).setdefault((published or "", article), {})
            if side not in sides or _said_more(t, sides[side]):
                sides[side] = t  # one side told twice in a report: its number over "some"
    out: dict[str, dict[str, Statement]] = {}
    for (who, kind), by_report in reports.items():
        options = [(day, _one(sides)) for (day, _article), sides in by_report.items()]
        latest = max(day for day, _ in options)
        out.setdefault(who, {})[kind] = max((st for day, st in options if day == latest), key=_size)
    return out


def _said_more(t: Total, than: Total) -> bool:
    return (not t.vague, t.lo or 0) > (not than.vague, than.lo or 0)


def _size(st: Statement) -> tuple[int, int]:
    return (st.total.lo or 0, st.total.point or 0)


def _one(sides: dict[str, Total]) -> Statement:
    named = {s: t for s, t in sides.items() if s != UNSAID}
    unsaid = sides.get(UNSAID)
    if not named:
        return Statement(unsaid, frozenset({UNSAID}))  # type: ignore[arg-type]
    if unsaid is None and len(named) == 1:
        (side, t), = named.items()
        return Statement(t, frozenset({side}), dict(named))
    parts = add_totals(list(named.values())) if len(named) > 1 else next(iter(named.values()))
    if unsaid is not None and unsaid.lo is not None and unsaid.lo >= (parts.lo or 0):
        # "12 killed, 7 soldiers and 5 fighters": the count of no named side is the whole
        return Statement(unsaid, frozenset(named) | {UNSAID}, dict(named))
    if unsaid is not None:
        parts = add_totals([parts, unsaid])
    return Statement(parts, frozenset(sides), dict(named))


def counted(by_claimant: dict[str, dict[str, Statement]], kind: str) -> dict[str, Total]:
    """The statements that set an incident's low / best / high for ``kind``: not those
    counting only part of what another claimant counted (the army's own 3 dead beside a
    monitor's 12 of both sides)."""
    said = {who: kinds[kind] for who, kinds in by_claimant.items() if kind in kinds}
    return {who: st.total for who, st in said.items()
            if not any(st.part_of(other) for o, other in said.items() if o != who)}


def contradictions(by_claimant: dict[str, dict[str, Statement]]) -> list[Conflict]:
    """Figures of two claimants that cannot both hold for one event: the same sides counted
    apart, a part exceeding the whole, or one side's count told two ways."""
    out: list[Conflict] = []
    keys = list(by_claimant)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            sa, sb = by_claimant[a], by_claimant[b]
            for kind in KIND_ORDER:
                if kind in sa and kind in sb:
                    out.extend(_conflicts(a, sa[kind], b, sb[kind], kind))
            ta = {k: st.total for k, st in sa.items()}
            tb = {k: st.total for k, st in sb.items()}
            for c_side, o_side, c_key, o_key in ((ta, tb, a, b), (tb, ta, b, a)):
                conflict = casualties_conflict(c_side, o_side, c_key, o_key)
                if conflict:
                    out.append(conflict)
    return out


def _conflicts(a: str, x: Statement, b: str, y: Statement, kind: str) -> list[Conflict]:
    def conflict(p: Total, q: Total) -> list[Conflict]:
        return [Conflict(a, ((kind, p),), b, ((kind, q),))] if disjoint(p, q) else []

    common = sorted(set(x.by_side) & set(y.by_side))
    if x.sides != y.sides and common:
        return [c for side in common for c in conflict(x.by_side[side], y.by_side[side])]
    if x.part_of(y) or y.part_of(x):
        # a part may be smaller than the whole, never larger
        for (p, ps), (w, ws) in (((a, x), (b, y)), ((b, y), (a, x))):
            if ps.part_of(ws) and ps.total.lo is not None and ws.total.hi is not None \
                    and ps.total.lo > ws.total.hi:
                return [Conflict(p, ((kind, ps.total),), w, ((kind, ws.total),))]
        return []
    return conflict(x.total, y.total)
