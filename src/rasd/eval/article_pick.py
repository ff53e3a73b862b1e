"""Which of rasd's claims and figures stand for an article in an article-level coding sheet.

A sheet codes one main incident per article; rasd gives claims. The rule (docs/eval.md,
"Scoring against article-level coding"):

1. Main incident. Of the claims with a killed figure, those of scope ``incident`` (the
   ``cumulative`` ones only when no other has a killed figure); the lead claim is the first in
   reading order, as news puts the main incident first. When the extractor marks which claims
   tell one event (``Claim.event``), the main incident is the lead claim's event; otherwise
   every claim of the chosen scope, read in order.
2. A killed count by group is the first claim of the main incident, in reading order, that
   gives a number for it (a vague figure, "dozens", only when none does): civilians are a ``civilians`` figure, else an ``unspecified`` one when the
   claim's victims are civilians or not stated; non-civilians a ``combatants`` figure, else an
   ``unspecified`` one when the victims are an armed actor; children and women only their own
   groups. Its number is the one written (``low``, or ``high`` for "up to"); vague figures
   ("dozens") have none.
3. Governorate, actor and cause are the first stated value (governorate not ``unknown``,
   perpetrator not ``unknown``, event type not ``other``) among the main incident's claims,
   else among all the article's claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.core.models import Claim, Figure
from rasd.core.vocab import NON_ACTORS, UNKNOWN, VAGUE

# count field -> the figure group that states it
GROUP_OF = {"civilians": "civilians", "noncivilians": "combatants", "children": "children", "women": "women"}


@dataclass(slots=True)
class Reading:
    """rasd's value for one coded field of one article, and where it was read."""

    value: int | str | None
    text: str | None = None  # the figure's text or the place name
    evidence: str | None = None  # the evidence of the claim it came from
    claim_index: int | None = None
    stated: str | None = None  # the figure as stated ("≥45", "dozens"), for counts


Indexed = list[tuple[int, Claim]]


def _pos(c: Claim) -> int:
    return c.evidence.start if c.evidence is not None else 0


def _fig_pos(f: Figure) -> int:
    return f.span.start if f.span is not None else 0


def _has_killed(c: Claim) -> bool:
    return any(f.kind == "killed" for f in c.figures)


def main_claims(claims: list[Claim]) -> Indexed:
    """The claims standing for the article's main incident, in reading order (rule 1)."""
    ordered = sorted(enumerate(claims), key=lambda ic: (_pos(ic[1]), ic[0]))
    killed = [(i, c) for i, c in ordered if _has_killed(c)]
    pool = [(i, c) for i, c in killed if c.scope == "incident"] or killed
    if not pool:
        return []
    lead = pool[0][1]
    if lead.event is not None:
        pool = [(i, c) for i, c in pool if c.event == lead.event]
    return pool


def number(f: Figure) -> int | None:
    """The number the figure states: ``low``, or ``high`` when only a ceiling is given."""
    if f.qualifier in VAGUE:
        return None
    return f.low if f.low is not None else f.high


def group_figure(c: Claim, fld: str) -> Figure | None:
    """The killed figure of claim ``c`` that states count field ``fld`` (rule 2), or None."""
    killed = sorted((f for f in c.figures if f.kind == "killed"), key=_fig_pos)
    own = next((f for f in killed if f.group == GROUP_OF[fld]), None)
    if own is not None:
        return own
    if (fld == "civilians" and c.victims in NON_ACTORS) or (fld == "noncivilians" and c.victims not in NON_ACTORS):
        return next((f for f in killed if f.group == "unspecified"), None)
    return None


def count_reading(main: Indexed, fld: str) -> Reading:
    """The first figure of the main incident giving a number for the group; a vague one
    ("dozens of children") only when no claim of it gives a number ("68 children")."""
    vague: Reading | None = None
    for i, c in main:
        f = group_figure(c, fld)
        if f is None:
            continue
        reading = Reading(number(f), f.text, _evidence(c), i, f.as_stated())
        if reading.value is not None:
            return reading
        vague = vague or reading
    return vague or Reading(None)


def stated_anywhere(claims: list[Claim], fld: str, value: int) -> bool:
    """Whether any killed figure of the article, in any claim and scope, of the field's group or
    unspecified, states ``value``: the crowd's number was read, whichever claim rule 1 picks."""
    return any(f.kind == "killed" and f.group in (GROUP_OF[fld], "unspecified") and number(f) == value
               for c in claims for f in c.figures)


def category_reading(main: Indexed, claims: list[Claim], fld: str) -> Reading:
    ordered = sorted(enumerate(claims), key=lambda ic: (_pos(ic[1]), ic[0]))
    for pool in (main, ordered):
        for i, c in pool:
            if fld == "governorate" and c.place.governorate != UNKNOWN:
                return Reading(c.place.governorate, c.place.name, _evidence(c), i)
            if fld == "actor" and c.perpetrator != UNKNOWN:
                return Reading(c.perpetrator, None, _evidence(c), i)
            if fld == "cause" and c.event_type != "other":
                return Reading(c.event_type, None, _evidence(c), i)
    return Reading(None)


def _evidence(c: Claim) -> str | None:
    return c.evidence.text if c.evidence is not None else c.quote
