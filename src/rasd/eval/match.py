"""Matching one article's predicted claims to its gold claims (pure functions).

Figures first, then claims by the figures they share:

1. A predicted figure can match a gold figure of the same article when ``kind``, ``low``
   and ``high`` are equal. Matching is one-to-one. Among candidates, pairs are taken best
   first by (same group, word overlap of the two figure texts, gold claim's quote contains
   the predicted figure's text, how many candidate figures the two claims have in common),
   then in reading order. The last preference keeps a claim's figures together when the
   texts do not decide ("7 killed, 2 injured" should not borrow its 7 from another claim). Every candidate of one
   (kind, low, high) value can pair with every other, so this greedy order always finds as
   many matches as possible; the preferences only decide *which* gold figure is taken.
2. Each predicted claim is aligned one-to-one to the gold claim with which it shares the
   most matched figures; ties go to the larger overlap of the predicted evidence with the
   gold quote. A predicted claim sharing no figure is still aligned when its evidence
   covers at least half the words of a gold quote (the claim was found, its number was
   read wrong), so its attributes are scored too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.core.models import Claim, Figure
from rasd.text.normalize import norm

FigRef = tuple[int, int]  # (claim index, figure index) within one article
_MIN_QUOTE_COVER = 0.5


@dataclass
class ArticleMatch:
    figure_pairs: list[tuple[FigRef, FigRef]] = field(default_factory=list)  # (pred, gold)
    unmatched_gold: list[FigRef] = field(default_factory=list)
    unmatched_pred: list[FigRef] = field(default_factory=list)
    alignment: dict[int, int] = field(default_factory=dict)  # pred claim -> gold claim


def words(text: str | None) -> set[str]:
    return set(norm(text or "").split())


def overlap(a: str | None, b: str | None) -> float:
    """Share of the words of ``b`` found in ``a`` (0 when ``b`` is empty)."""
    wb = words(b)
    return len(words(a) & wb) / len(wb) if wb else 0.0


def claim_text(c: Claim) -> str:
    """What a claim was read from: the evidence of a prediction, the quote of a gold claim."""
    if c.evidence is not None and c.evidence.text:
        return c.evidence.text
    return c.quote or ""


def _figures(claims: list[Claim]) -> list[tuple[FigRef, Figure]]:
    return [((ci, fi), f) for ci, c in enumerate(claims) for fi, f in enumerate(c.figures)]


def _figure_preference(p: Figure, g: Figure, gold_claim: Claim) -> tuple[bool, float, bool]:
    pt, gt = words(p.text), words(g.text)
    text_overlap = len(pt & gt) / len(pt | gt) if pt | gt else 0.0
    in_quote = bool(p.text) and norm(p.text).strip() in norm(gold_claim.quote or "")
    return p.group == g.group, text_overlap, in_quote


def match_figures(gold: list[Claim], pred: list[Claim]) -> tuple[list[tuple[FigRef, FigRef]],
                                                                 list[FigRef], list[FigRef]]:
    """One-to-one figure pairs (pred, gold), unmatched gold, unmatched pred."""
    gold_figs, pred_figs = _figures(gold), _figures(pred)
    possible = [(pi, pref, p, gi, gref, g)
                for pi, (pref, p) in enumerate(pred_figs)
                for gi, (gref, g) in enumerate(gold_figs)
                if (p.kind, p.low, p.high) == (g.kind, g.low, g.high)]
    affinity: dict[tuple[int, int], int] = {}
    for _, pref, _, _, gref, _ in possible:
        affinity[(pref[0], gref[0])] = affinity.get((pref[0], gref[0]), 0) + 1
    candidates = []
    for pi, pref, p, gi, gref, g in possible:
        group, text, quote = _figure_preference(p, g, gold[gref[0]])
        # Negated so that sorting ascending puts the best first, reading order next.
        key = (-group, -text, -quote, -affinity[(pref[0], gref[0])], pi, gi)
        candidates.append((key, pref, gref))
    candidates.sort(key=lambda c: c[0])
    used_p: set[FigRef] = set()
    used_g: set[FigRef] = set()
    pairs: list[tuple[FigRef, FigRef]] = []
    for _, pref, gref in candidates:
        if pref not in used_p and gref not in used_g:
            used_p.add(pref)
            used_g.add(gref)
            pairs.append((pref, gref))
    pairs.sort()
    return (pairs, [r for r, _ in gold_figs if r not in used_g],
            [r for r, _ in pred_figs if r not in used_p])


def align_claims(gold: list[Claim], pred: list[Claim],
                 pairs: list[tuple[FigRef, FigRef]]) -> dict[int, int]:
    """Predicted claim index -> gold claim index, one-to-one."""
    shared: dict[tuple[int, int], int] = {}
    for (pc, _), (gc, _) in pairs:
        shared[(pc, gc)] = shared.get((pc, gc), 0) + 1
    candidates = []
    for pc, p in enumerate(pred):
        ptext = claim_text(p)
        for gc, g in enumerate(gold):
            n = shared.get((pc, gc), 0)
            cover = overlap(ptext, g.quote)
            if n or cover >= _MIN_QUOTE_COVER:
                candidates.append((-n, -cover, pc, gc))
    candidates.sort()
    alignment: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, pc, gc in candidates:
        if pc not in alignment and gc not in taken:
            alignment[pc] = gc
            taken.add(gc)
    return dict(sorted(alignment.items()))


def match_article(gold: list[Claim], pred: list[Claim]) -> ArticleMatch:
    pairs, ug, up = match_figures(gold, pred)
    return ArticleMatch(pairs, ug, up, align_claims(gold, pred, pairs))
