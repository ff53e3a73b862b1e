"""Extraction scores from gold and predicted claims (pure: no extractor, no files).

``score_extraction(gold, pred)`` takes two ``{article_id: [Claim, ...]}`` maps and gives an
``ExtractionScore``: figure precision / recall / F1, strict F1, claim counts, per-attribute
accuracy over aligned claims, group and qualifier accuracy over matched figures, the top
confusions of each attribute, and the misses. The matching rules are in ``rasd.eval.match``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from rasd.eval.match import ArticleMatch, claim_text, match_article
from rasd.core.models import Claim, Figure
from rasd.text.normalize import norm

# Generic nouns the codebook drops from place names ("بلدة خشام" is "خشام"); stripped on
# both sides so an extractor keeping them is not marked wrong for it.
_PLACE_PREFIXES = tuple(norm(w) + " " for w in ("حي", "مدينة", "بلدة", "قرية", "محافظة"))
_TOP_CONFUSIONS = 5
_EXCERPT_REACH = 80  # characters of evidence shown on each side of a false-positive figure


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall, F1 with their counts. An undefined ratio (nothing predicted, or
    nothing in gold) is None rather than a misleading 0 or 1."""
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    if p is None and r is None:
        f1 = None
    elif not p or not r:
        f1 = 0.0
    else:
        f1 = 2 * p * r / (p + r)
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def place_key(name: str | None) -> str | None:
    if not name:
        return None
    key = " ".join(norm(name).split())
    for prefix in _PLACE_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix):]
            break
    return key or None


def _date(c: Claim) -> str | None:
    return None if c.date is None else f"{c.date.start}/{c.date.end}"


def _date_shown(c: Claim) -> str | None:
    if c.date is None or c.date.start == c.date.end:
        return None if c.date is None else c.date.start
    return f"{c.date.start}/{c.date.end}"


# attribute -> (comparison key, displayed value)
CLAIM_ATTRIBUTES: dict[str, tuple[Callable[[Claim], Any], Callable[[Claim], Any]]] = {
    "claimant": (lambda c: c.claimant, lambda c: c.claimant),
    "perpetrator": (lambda c: c.perpetrator, lambda c: c.perpetrator),
    "victims": (lambda c: c.victims, lambda c: c.victims),
    "event_type": (lambda c: c.event_type, lambda c: c.event_type),
    "scope": (lambda c: c.scope, lambda c: c.scope),
    "governorate": (lambda c: c.place.governorate, lambda c: c.place.governorate),
    "date": (_date, _date_shown),
    "place": (lambda c: place_key(c.place.name), lambda c: c.place.name),
}
FIGURE_ATTRIBUTES: dict[str, Callable[[Figure], Any]] = {
    "group": lambda f: f.group,
    "qualifier": lambda f: f.qualifier,
}


@dataclass
class _Tally:
    correct: int = 0
    n: int = 0
    confusions: Counter = field(default_factory=Counter)

    def add(self, ok: bool, gold: Any, pred: Any) -> None:
        self.n += 1
        if ok:
            self.correct += 1
        else:
            self.confusions[(_show(gold), _show(pred))] += 1

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.correct / self.n if self.n else None, "correct": self.correct,
                "n": self.n,
                "confusions": [{"gold": g, "pred": p, "count": k}
                               for (g, p), k in self.confusions.most_common(_TOP_CONFUSIONS)]}


def _show(v: Any) -> str:
    return "null" if v is None else str(v)


@dataclass
class ExtractionScore:
    figures: dict[str, Any]
    strict: dict[str, Any]
    claims: dict[str, Any]
    attributes: dict[str, dict[str, Any]]
    figure_attributes: dict[str, dict[str, Any]]
    missed: list[dict[str, Any]]  # unmatched gold figures (all of them)
    false_positives: list[dict[str, Any]]  # unmatched predicted figures (all of them)
    matches: dict[str, ArticleMatch]  # per article, for linking and tests

    def to_dict(self, misses: int | None = None) -> dict[str, Any]:
        return {
            "figures": self.figures, "strict": self.strict, "claims": self.claims,
            "attributes": self.attributes, "figure_attributes": self.figure_attributes,
            "missed_total": len(self.missed), "false_positives_total": len(self.false_positives),
            "missed": self.missed[:misses], "false_positives": self.false_positives[:misses],
        }


def _excerpt(claim: Claim, fig: Figure) -> str:
    """The evidence around a figure, so a reader sees why it was taken."""
    text = claim_text(claim)
    ev, sp = claim.evidence, fig.span
    if ev is None or sp is None or not ev.start <= sp.start <= ev.end:
        return text if len(text) <= 2 * _EXCERPT_REACH else text[:2 * _EXCERPT_REACH] + "…"
    lo = max(0, sp.start - ev.start - _EXCERPT_REACH)
    hi = min(len(text), sp.end - ev.start + _EXCERPT_REACH)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def _figure_row(aid: str, ci: int, f: Figure) -> dict[str, Any]:
    return {"article_id": aid, "claim_index": ci, "kind": f.kind, "group": f.group,
            "qualifier": f.qualifier, "low": f.low, "high": f.high, "text": f.text}


def score_extraction(gold: dict[str, list[Claim]],
                     pred: dict[str, list[Claim]]) -> ExtractionScore:
    """Scores over the articles of ``gold``; an article missing from ``pred`` predicted nothing."""
    tp = strict_tp = n_gold = n_pred = 0
    n_gold_claims = n_pred_claims = n_aligned = 0
    attrs = {a: _Tally() for a in CLAIM_ATTRIBUTES}
    fig_attrs = {a: _Tally() for a in FIGURE_ATTRIBUTES}
    missed: list[dict[str, Any]] = []
    false_pos: list[dict[str, Any]] = []
    matches: dict[str, ArticleMatch] = {}

    for aid, g_claims in gold.items():
        p_claims = pred.get(aid, [])
        m = match_article(g_claims, p_claims)
        matches[aid] = m
        n_gold += sum(len(c.figures) for c in g_claims)
        n_pred += sum(len(c.figures) for c in p_claims)
        n_gold_claims += len(g_claims)
        n_pred_claims += len(p_claims)
        n_aligned += len(m.alignment)
        tp += len(m.figure_pairs)

        for (pc, pf), (gc, gf) in m.figure_pairs:
            p, g = p_claims[pc], g_claims[gc]
            # Strict: the figure sits in the claim aligned to its gold claim, and that
            # claim has the right claimant and scope (who says it, and whether it is a total).
            if (m.alignment.get(pc) == gc and p.claimant == g.claimant
                    and p.scope == g.scope):
                strict_tp += 1
            for name, get in FIGURE_ATTRIBUTES.items():
                gv, pv = get(g.figures[gf]), get(p.figures[pf])
                fig_attrs[name].add(gv == pv, gv, pv)

        for pc, gc in m.alignment.items():
            p, g = p_claims[pc], g_claims[gc]
            for name, (key, show) in CLAIM_ATTRIBUTES.items():
                attrs[name].add(key(g) == key(p), show(g), show(p))

        for gc, gf in m.unmatched_gold:
            row = _figure_row(aid, gc, g_claims[gc].figures[gf])
            row["quote"] = g_claims[gc].quote
            missed.append(row)
        for pc, pf in m.unmatched_pred:
            f = p_claims[pc].figures[pf]
            row = _figure_row(aid, pc, f)
            row["evidence"] = _excerpt(p_claims[pc], f)
            false_pos.append(row)

    return ExtractionScore(
        figures=prf(tp, n_pred, n_gold),
        strict=prf(strict_tp, n_pred, n_gold),
        claims=prf(n_aligned, n_pred_claims, n_gold_claims),
        attributes={k: t.to_dict() for k, t in attrs.items()},
        figure_attributes={k: t.to_dict() for k, t in fig_attrs.items()},
        missed=missed, false_positives=false_pos, matches=matches,
    )
