"""Fighters counted as loyal to a side ("26 مقاتلا مواليا للنظام", "أربعة مسلحين موالين
لتركيا", "15 مقاتلا أجنبيا يقاتلون مع القوات السورية") are that side's loyalists: the codebook actor for forces fighting for it but not
its own (``data/loyalists.tsv``), not the side itself, nor the rebels a bare "مسلحين" names."""

from __future__ import annotations

from functools import lru_cache

from rasd.extract.doc import Doc
from rasd.extract.figures import FigureHit
from rasd.lang import pack
from rasd.text.lexicon import read_tsv

_AFTER_NOUN = 2  # words past the figure its "loyal" may stand ("مسلحين قرويين موالين لها")
_UNNAMED = "-"  # loyalists.tsv's key for "loyal" with no patron named


@lru_cache(maxsize=1)
def _loyalists() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("loyalists.tsv") if len(row) >= 2}


def loyal_side(doc: Doc, h: FigureHit) -> tuple[str, int] | None:
    """The loyalists' actor figure ``h`` counts and the token naming their patron, when an
    adjective of loyalty follows its counted noun within its clause."""
    loyal = pack(doc.lang).role_lexicon("victims", "loyal")
    # the counted noun may be the armed word a figure's "في صفوف" leads to ("17 شخصا في صفوف
    # المسلحين المحليين الموالين"), past the figure's own words
    noun_end = max(h.tok_end, h.victim_actor_tok + 1 if h.victim_actor_tok is not None else 0)
    end = min(len(doc.toks), noun_end + _AFTER_NOUN)
    quiet, words = loyal.quiet, doc.tok_words
    for t in range(h.qty_tok + 1, end):
        if doc.gap(t).strip():
            return None
        m = loyal.match_at(doc.toks, t) if words[t] not in quiet else None  # (most words start none)
        if m is None:
            continue
        named = doc.actors.at_token(t, doc.toks[t][0])
        if named is not None and named.value != "civilians":
            patron, tok = named.value, t  # the whole phrase is a name ("موالين للنظام": pro_gov)
        else:
            k = t + m[1]
            patron, tok = (None, k) if k >= len(doc.toks) or doc.gap(k).strip() else _patron(doc, h, k)
            if patron is None and m[0] == "loyal" and _bare(doc, k):  # the adjective alone, not "يقاتلون مع"
                # the span names the counted armed men ("المسلحين الموالين"), not the adjective alone
                patron, tok = _UNNAMED, h.victim_actor_tok if h.victim_actor_tok is not None else t
        side = _loyalists().get(patron or "")
        return (side, tok) if side is not None else None
    return None


def _bare(doc: Doc, k: int) -> bool:
    """The adjective of loyalty ending before token ``k`` stands alone, no "to" phrase after
    it naming a patron ("المسلحين الموالين مقابل ...", "... الموالين.")."""
    if k >= len(doc.toks) or doc.gap(k).strip():
        return True
    return not doc.toks[k][2].startswith(tuple(doc.words("of_lam")))


def _patron(doc: Doc, h: FigureHit, k: int) -> tuple[str | None, int]:
    """The side named at token ``k`` ("للنظام"), or, for "لها"/"له", the last side named
    before the figure in its sentence ("قوات النظام ... و17 مسلحا مواليا لها")."""
    if pack(doc.lang).role_lexicon("victims", "to_it").match_at(doc.toks, k) is not None:
        sent = doc.sents[doc.sentence_of(doc.toks[h.tok_start][0])]
        named = [a for a in doc.actors.between(sent.start, doc.toks[h.tok_start][0]) if a.value != "civilians"]
        return (named[-1].value, named[-1].tok) if named else (None, k)
    m = doc.actors.at_token(k, doc.toks[k][0])
    return (m.value, k) if m is not None else (None, k)
