"""Whose "others" are: "قياديا في تنظيم داعش وخمسة متطرفين أجانب آخرين" — a count of
"other" people joined by "و" right after a person of a named side counts more of that
side's people, though the side is named before the count, not in its own noun phrase."""

from __future__ import annotations

from rasd.extract.doc import Doc
from rasd.extract.figures import FigureHit

_BACK = 6  # tokens before the "و" of the count where the side before it may end ("في تنظيم داعش و")


def side_of_others(doc: Doc, h: FigureHit) -> tuple[str, int] | None:
    """The side named in the conjunct right before figure ``h`` when ``h`` counts "others"
    and opens with "و"; None past a clause break or an attack word between them (the side
    of "غارة للتحالف وخمسة آخرين" is who struck, not whose dead)."""
    t0 = h.tok_start
    if t0 == 0 or not doc.toks[t0][2].startswith(tuple(doc.words("conj_clitic"))):
        return None
    others = doc.words("others")
    if not any(doc.toks[t][2] in others for t in range(h.qty_tok + 1, min(len(doc.toks), h.tok_end + 1))):
        return None
    lo = max(0, t0 - _BACK)
    for t in range(t0, lo, -1):
        if doc.gap(t).strip():
            lo = t
            break
    named = doc.actors.between(doc.toks[lo][0], doc.toks[t0][0])
    if not named:
        return None
    a = named[-1]
    if a.value == "civilians" or a.value.startswith("@") or a.tok_end != t0:
        return None  # the side must end the conjunct right before "و"
    if doc.event_words.between(doc.toks[lo][0], doc.toks[t0][0]):
        return None
    return a.value, a.tok
