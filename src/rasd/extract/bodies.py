"""Whose men "عناصر اللواء", "مقاتلي الحزب" are: a body named only by its definite head noun
right after the counted armed word refers back to the side last named before it in the
article whose name that noun heads ("لواء شهداء اليرموك" ... "قتل عددا من عناصر اللواء").
The head nouns are victims.tsv's "he"/"she" rows (the nouns that head a body's name)."""

from __future__ import annotations

from functools import lru_cache

from rasd.extract.doc import Doc
from rasd.extract.figures import FigureHit
from rasd.lang import pack
from rasd.text.normalize import norm


@lru_cache(maxsize=None)
def _heads(lang: str) -> dict[str, str]:
    """Definite head noun -> the same noun without its article ("اللواء" -> "لواء")."""
    P = pack(lang)
    article = next(iter(P.word_set("article")), "")
    out: dict[str, str] = {}
    if not article:
        return out
    for row in P.rows("victims"):
        if len(row) >= 2 and row[0] in ("he", "she"):
            w = norm(row[1])
            if w.startswith(article) and len(w) > len(article) + 1:
                out[w] = w[len(article):]
    return out


def side_by_head(doc: Doc, h: FigureHit) -> tuple[str, int] | None:
    """The side a bare definite head noun after figure ``h``'s armed word refers back to,
    and the token naming it; None when no such noun stands there, or an actor is read there
    itself ("النظام", "القوات"), or no earlier side's name starts with it."""
    if h.victim_actor_tok is not None:
        t = h.victim_actor_tok + 1
    elif h.figure.group == "combatants":
        t = h.tok_end  # the figure ends at its armed word ("عددا من عناصر")
    else:
        return None
    if t >= len(doc.toks) or doc.gap(t).strip():
        return None
    bare = _heads(doc.lang).get(doc.toks[t][2])
    if bare is None or doc.actors.at_token(t, doc.toks[t][0]) is not None:
        return None
    clitics = tuple(doc.words("conj_clitic")) + tuple(doc.words("of_lam"))
    for a in reversed(doc.actors.between(0, doc.toks[h.tok_start][0])):
        w = doc.toks[a.tok][2]
        if a.value == "civilians" or a.value.startswith("@"):
            continue
        if w == bare or (w.startswith(clitics) and w[1:] == bare):
            return a.value, a.tok
    return None
