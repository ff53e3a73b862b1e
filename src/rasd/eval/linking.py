"""Pairwise linking scores (pure functions, the linker passed in).

A pair is two claims the linker put in one incident. Only gold claims listed in some gold
incident take part: a claim left out of incidents.json (a cumulative total, say) has no
gold partner, so whatever the linker does with it is neither right nor wrong.

Two runs, reported separately:
- ``gold claims``: the gold claims themselves are linked; this scores the linker alone.
- ``end to end``: the predicted claims are linked; each is then replaced by the gold claim
  it was aligned to (``rasd.eval.match``), so extraction errors (missed or unaligned
  claims) show up as lost pairs.
"""

from __future__ import annotations

from itertools import combinations
from typing import Callable, Iterable

from rasd.eval.gold import GoldSet, Ref
from rasd.eval.score import prf
from rasd.core.models import Claim, Incident, StoredClaim

Linker = Callable[[list[StoredClaim]], list[Incident]]
Pair = tuple[Ref, Ref]


def pairs_of(groups: Iterable[Iterable[Ref]]) -> set[Pair]:
    out: set[Pair] = set()
    for g in groups:
        out.update(combinations(sorted(set(g)), 2))
    return out


def score_pairs(gold_groups: list[list[Ref]], pred_groups: list[list[Ref]]) -> dict:
    """Pairwise P/R/F1 of ``pred_groups`` against ``gold_groups``, over gold-listed claims."""
    universe = {r for g in gold_groups for r in g}
    gold = pairs_of(gold_groups)
    pred = pairs_of([[r for r in g if r in universe] for g in pred_groups])
    return prf(len(gold & pred), len(pred), len(gold))


def _stored(gs: GoldSet, claims: dict[str, list[Claim]]) -> list[StoredClaim]:
    out = []
    for aid, cs in claims.items():
        a = gs.articles[aid]
        out.extend(StoredClaim(aid, i, c, source=a.source, published=a.published, title=a.title,
                               content_hash=a.content_hash) for i, c in enumerate(cs))
    return out


def _groups(incidents: list[Incident], mapping: dict[Ref, Ref] | None = None) -> list[list[Ref]]:
    groups = []
    for inc in incidents:
        refs = [(r.article_id, r.claim_index) for r in inc.claims]
        if mapping is not None:
            refs = [mapping[r] for r in refs if r in mapping]
        groups.append(refs)
    return groups


def link_gold_claims(gs: GoldSet, linker: Linker) -> dict:
    """The linker on the gold claims."""
    assert gs.incidents is not None
    incidents = linker(_stored(gs, gs.claims))
    return score_pairs(gs.incidents, _groups(incidents)) | {"incidents": len(incidents)}


def link_end_to_end(gs: GoldSet, pred: dict[str, list[Claim]],
                    alignment: dict[str, dict[int, int]], linker: Linker) -> dict:
    """The linker on the predicted claims, each mapped to its aligned gold claim."""
    assert gs.incidents is not None
    incidents = linker(_stored(gs, {a: pred.get(a, []) for a in gs.claims}))
    mapping = {(aid, pc): (aid, gc) for aid, al in alignment.items() for pc, gc in al.items()}
    return score_pairs(gs.incidents, _groups(incidents, mapping)) | {"incidents": len(incidents)}
