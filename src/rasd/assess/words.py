"""Standings, grades and scores in plain words, naming the sources compared with:
"says 14 killed; incompatible with sohr ≥45 (via reuters) and us_official >100 (via ahram)".

Claimants are named by their codebook id (or the name the text gave an ``other``
claimant); an outlet speaking in its own voice by the outlet.
"""

from __future__ import annotations

from rasd.assess.compare import INCOMPATIBLE
from rasd.assess.models import (CONSISTENT, CONTRADICTED, HIGHER, NO_OTHER_REPORT,
                                NO_PERIOD, NO_SUCH_FIGURE, NOT_INDEPENDENT, NOT_LINKED, SOLE_SOURCE,
                                TOO_VAGUE, Compared, FigureStanding)


def voice_name(voice: str) -> str:
    """A ``reconcile.claimant_key`` as a reader knows it: "outlet:ahram" -> "ahram"."""
    return voice.split(":", 1)[1] if voice.startswith(("outlet:", "other:")) else voice


def said(c: Compared) -> str:
    """"sohr ≥45 (via reuters)", or "sana 12" for an outlet's own words."""
    text = f"{voice_name(c.voice)} {c.stated}"
    if c.claimant != "outlet" and c.source and c.source != voice_name(c.voice):
        text += f" (via {c.source})"
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


def standing_reason(f: FigureStanding, voice: str) -> str:
    where = "incident" if f.period is None else "period and area"
    head = f"{voice_name(voice)} says {f.stated} {f.kind}"
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
