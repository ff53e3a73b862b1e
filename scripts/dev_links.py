"""End-to-end linking of the dev set, for the scripts that read its errors (link_misses.py,
link_causes.py): the dev articles extracted, their claims aligned to gold and linked, and the
gold pairs lost or made up."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Iterator

from rasd.core.models import StoredClaim
from rasd.eval import load_gold
from rasd.eval.linking import _stored
from rasd.eval.score import score_extraction
from rasd.extract import extract
from rasd.link import link_claims

Ref = tuple[str, int]


@dataclass
class DevLinks:
    to_gold: dict[Ref, Ref]  # predicted claim -> the gold claim it aligns with
    to_pred: dict[Ref, Ref]
    by_ref: dict[Ref, StoredClaim]
    inc_of: dict[Ref, str]  # predicted claim -> the incident rasd put it in
    gold_inc: dict[Ref, int]  # gold claim -> its gold incident
    gold_incidents: list
    incidents: list

    def lost(self) -> Iterator[tuple[Ref, Ref, StoredClaim | None, StoredClaim | None]]:
        """Gold pairs rasd did not link (a side None: that claim was not extracted)."""
        for inc in self.gold_incidents:
            for a, b in combinations(sorted(set(map(tuple, inc))), 2):
                pa, pb = self.to_pred.get(a), self.to_pred.get(b)
                if pa is None or pb is None:
                    yield a, b, None, None
                elif self.inc_of.get(pa) is None or self.inc_of.get(pa) != self.inc_of.get(pb):
                    yield a, b, self.by_ref[pa], self.by_ref[pb]

    def false(self) -> Iterator[tuple[Ref, Ref, StoredClaim, StoredClaim]]:
        """Pairs rasd linked that gold puts in different incidents."""
        for inc in self.incidents:
            refs = [(r.article_id, r.claim_index) for r in inc.claims]
            for pa, pb in combinations(refs, 2):
                ga, gb = self.to_gold.get(pa), self.to_gold.get(pb)
                if ga in self.gold_inc and gb in self.gold_inc and self.gold_inc[ga] != self.gold_inc[gb]:
                    yield ga, gb, self.by_ref[pa], self.by_ref[pb]


def dev_links(dev: str, gold_claims: bool = False) -> DevLinks:
    gs = load_gold(dev)
    pred = gs.claims if gold_claims else {aid: extract(a) for aid, a in gs.articles.items()}
    score = score_extraction(gs.claims, pred)
    to_gold = {(aid, pc): (aid, gc) for aid, m in score.matches.items() for pc, gc in m.alignment.items()}
    stored = _stored(gs, {a: pred.get(a, []) for a in gs.claims})
    incidents = link_claims(stored)
    return DevLinks(
        to_gold=to_gold, to_pred={g: p for p, g in to_gold.items()},
        by_ref={(s.article_id, s.claim_index): s for s in stored},
        inc_of={(r.article_id, r.claim_index): inc.id for inc in incidents for r in inc.claims},
        gold_inc={tuple(r): n for n, inc in enumerate(gs.incidents) for r in inc},
        gold_incidents=gs.incidents, incidents=incidents)
