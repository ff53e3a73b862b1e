"""Standings, grades and scores in plain words, naming the sources compared with:
"Russian Defence Ministry says 14 killed; incompatible with SOHR (…) ≥45 (via Reuters) and
US official >100 (via Ahram Online)".

Claimants and outlets are named as everywhere in rasd (``rasd.display``, English): a
codebook claimant by its name, an ``other`` claimant by the name the text gave it, an outlet
speaking in its own voice by the outlet.
"""

from __future__ import annotations

from rasd.assess.compare import INCOMPATIBLE
from rasd.display import claimant_name, outlet_name
from rasd.assess.models import (CONSISTENT, CONTRADICTED, HIGHER, NO_OTHER_REPORT,
                                NO_PERIOD, NO_SUCH_FIGURE, NOT_INDEPENDENT, NOT_LINKED, SOLE_SOURCE,
                                TOO_VAGUE, Compared, FigureStanding)


def outlet(source: str) -> str:
    return outlet_name(source, None) or source


def short(name: str) -> str:
    """A name's short form in running text: "SOHR (Syrian Observatory for Human Rights)" ->
    "SOHR", "White Helmets (Syria Civil Defence)" -> "White Helmets" (the long form is on
    every other page)."""
    head, sep, _ = name.partition(" (")
    return head if sep and name.endswith(")") and head else name


def speaker(voice: str, claimant: str, source: str | None) -> str:
    """Who a reader sees speaking: for an outlet's own words the outlet that printed them
    (a syndicated copy's voice is keyed by the original's outlet, but the reader holds the
    copy), else the voice."""
    if claimant == "outlet" and source:
        return outlet(source)
    if claimant == "other":
        return claimant_name(voice)  # the name the text gave, whole
    return short(claimant_name(voice))


def said(c: Compared) -> str:
    """"SOHR (…) ≥45 (via Reuters)", or "SANA 12" for an outlet's own words."""
    name = speaker(c.voice, c.claimant, c.source)
    text = f"{name} {c.stated}"
    if c.claimant != "outlet" and c.source and outlet(c.source) != name:
        text += f" (via {outlet(c.source)})"
    return text


def listing(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_UNCHECKED = {
    NO_OTHER_REPORT: "no other report of this {where} in rasd",
    NOT_INDEPENDENT: "the other reports of this {where} relay the same claimant or copy this report",
    NO_SUCH_FIGURE: "no independent source gives a comparable {kind} figure for this {where}",
    NO_PERIOD: "a cumulative total whose period or area the text does not fix: nothing to compare it with",
    NOT_LINKED: "not linked into an incident yet",
}


def standing_reason(f: FigureStanding, name: str) -> str:
    """``name``: who says the figure (``speaker``)."""
    where = "incident" if f.period is None else "period and area"
    head = f"{name} says {f.stated} {f.kind}"
    if f.standing == SOLE_SOURCE:
        why = _UNCHECKED.get(f.unchecked or NO_SUCH_FIGURE, "").format(where=where, kind=f.kind)
        return f"{head}; {why}"
    far = [said(c) for c in f.compared if c.relation in INCOMPATIBLE]
    near = [said(c) for c in f.compared if c.relation not in INCOMPATIBLE]
    median = f" of {f.median}" if f.median is not None else ""
    if f.standing == CONTRADICTED:
        text = f"{head}; incompatible with {listing(far)}"
        if near:
            text += f"; compatible with {listing(near)}"
    else:
        if f.standing == CONSISTENT:
            text = f"{head}; consistent with {listing(near)}"
        else:
            side = "above" if f.standing == HIGHER else "below"
            text = f"{head}, {side} the independent median{median}: {listing(near)}"
        if far:
            text += f"; incompatible with {listing(far)}"
    if f.unchecked == TOO_VAGUE:
        text += " (too vague to check anything)"
    return text
