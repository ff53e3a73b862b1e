"""Incident grades, in the manner of Airwars' grading of civilian-harm reports:

- **contested**: two independent voices give figures of one kind, for the same people, whose
  ranges are incompatible (each voice's latest statement; the same tolerance as figure
  standings, so "40" against "46" is no contest, "14" against "at least 45" is). Voices
  quoted in one report contest each other too: a report telling both sides' tolls is
  where most contests are read.
- **confirmed**: not contested, and told by at least two independent voices in at least
  two independent reports (syndicated copies are one report; SOHR quoted by five outlets
  is one voice).
- **single source**: everything else — one voice however often relayed, or several voices
  all quoted in one report.

The grade is about the event being told independently and without contradiction; how
each figure fares is its standing.
"""

from __future__ import annotations

from rasd.assess.compare import INCOMPATIBLE, counted, counted_relation, uninformative
from rasd.assess.models import CONFIRMED, CONTESTED, SINGLE_SOURCE
from rasd.assess.settings import DEFAULT, AssessSettings
from rasd.assess.voices import Voiced, latest_first, same_victims
from rasd.assess.words import listing
from rasd.core.vocab import KINDS


def _latest_statements(group: list[Voiced]) -> list[tuple[Voiced, str]]:
    """Each voice's latest statement per kind and victims (one battle's two sides apart)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for v in latest_first(group):
        for kind in KINDS:
            key = (v.voice, kind, v.sc.claim.victims)
            if kind in v.totals and key not in seen and not uninformative(v.totals[kind]):
                seen.add(key)
                out.append((v, kind))
    return sorted(out, key=lambda p: (KINDS.index(p[1]), p[0].sc.article_id, p[0].sc.claim_index))


def conflicts(group: list[Voiced], s: AssessSettings = DEFAULT) -> list[str]:
    """Incompatible pairs of independent voices' figures, in words."""
    stmts = _latest_statements(group)
    out = []
    for i, (a, kind) in enumerate(stmts):
        for b, kind_b in stmts[i + 1:]:
            if kind_b != kind or a.voice == b.voice or not same_victims(a.sc, b.sc):
                continue
            r = counted_relation(a.totals[kind], counted(a.sc.claim, kind),
                                 b.totals[kind], counted(b.sc.claim, kind), s)
            if r in INCOMPATIBLE:
                out.append(f"{a.name} {a.totals[kind].stated} {kind} vs "
                           f"{b.name} {b.totals[kind].stated} {kind}")
    return out


def _one_per_voice(group: list[Voiced]) -> list[Voiced]:
    seen: dict[str, Voiced] = {}
    for v in group:
        seen.setdefault(v.voice, v)
    return list(seen.values())


def grade(group: list[Voiced], s: AssessSettings = DEFAULT) -> tuple[str, str, list[str], int, int]:
    """(grade, reason, conflicts, independent reports, independent voices)."""
    reports = sorted({v.report for v in group})
    voices = list(dict.fromkeys(v.name for v in _one_per_voice(group)))
    found = conflicts(group, s)
    if found:
        return CONTESTED, "contested: " + "; ".join(found), found, len(reports), len(voices)
    independent = any(a.independent_of(b) for i, a in enumerate(group) for b in group[i + 1:])
    told = f"{len(voices)} voice{'s' if len(voices) != 1 else ''} ({listing(voices)}) in " \
           f"{len(reports)} independent report{'s' if len(reports) != 1 else ''}"
    if independent:
        return CONFIRMED, f"confirmed by independent sources: {told}, no figures in contradiction", \
            [], len(reports), len(voices)
    return SINGLE_SOURCE, f"single source: {told}", [], len(reports), len(voices)
