"""Events: what happened and by whom (placeholder, being replaced by the event layer)."""

from __future__ import annotations

from rasd.extract.doc import Doc, Draft
from rasd.text.segment import Sentence


class Event:
    pass


def annotate(doc: Doc) -> None:
    pass


def event_type(doc: Doc, start: int, end: int, near: int) -> str | None:
    ev = doc.event_words.between(start, end)
    if not ev:
        return None
    # prefer the nearest event word, but a specific word (airstrike, bombing) over a
    # generic one ("هجوم") when both are close
    ev.sort(key=lambda m: (abs(m.start - near) + (40 if m.value == "clashes" else 0)))
    return ev[0].value


def perpetrator(doc: Doc, sent: Sentence, d: Draft, victims: str) -> str:
    claimant_toks = {d.attribution.tok}
    cands = [m for m in doc.actors.between(sent.start, sent.end)
             if m.value not in ("civilians", victims) and m.tok not in claimant_toks]
    victim_toks = {h.victim_actor_tok for h in d.hits if h.victim_actor_tok is not None}
    cands = [m for m in cands if not any(m.tok <= t < m.tok_end or abs(m.tok - t) <= 1 for t in victim_toks)]
    if not cands:
        return "unknown"
    ev = doc.event_words.between(sent.start, sent.end)
    if ev:
        anchor = ev[0].start
        cands.sort(key=lambda m: abs(m.start - anchor))
    return cands[0].value
