"""End-to-end linking errors on the dev set counted by cause: for each gold pair lost, the
first reason (an unextracted claim, a cumulative scope, a veto by actors / date / place, a
capped or low score, no anchor, the clustering); for each false merge, how it was made.

    .venv/bin/python scripts/link_causes.py [CAUSE-SUBSTRING]   # with it: list those pairs
"""
import os, sys, collections
from itertools import combinations
from rasd.eval import load_gold
from rasd.eval.linking import _stored
from rasd.eval.score import score_extraction
from rasd.extract import extract
from rasd.link import link_claims
from rasd.link.features import features
from rasd.link.score import Scorer, _actor_part, _date_part, place_relation
from rasd.link.settings import DEFAULT as S
gs = load_gold(os.environ.get("RASD_DEV", "../shared/data/dev"))
pred = {aid: extract(a) for aid, a in gs.articles.items()}
score = score_extraction(gs.claims, pred)
to_gold = {(aid, pc): (aid, gc) for aid, m in score.matches.items() for pc, gc in m.alignment.items()}
to_pred = {g: p for p, g in to_gold.items()}
stored = _stored(gs, {a: pred.get(a, []) for a in gs.claims})
by_ref = {(s.article_id, s.claim_index): s for s in stored}
incs = link_claims(stored)
inc_of = {(r.article_id, r.claim_index): inc.id for inc in incs for r in inc.claims}
gold_inc = {tuple(r): n for n, inc in enumerate(gs.incidents) for r in inc}
sc = Scorer(S)
def why(sa, sb):
    if (sa.claim.scope or "incident") != "incident" or (sb.claim.scope or "incident") != "incident":
        return "scope: cumulative (not linked)"
    fa, fb = features(0, sa), features(1, sb)
    same = fa.article_id == fb.article_id
    if _actor_part(fa, fb, S) is None: return "veto: actors"
    if _date_part(fa, fb, same, S) is None: return "veto: date"
    if place_relation(fa, fb, S) is None: return "veto: place"
    s, d = sc.link_score(fa, fb)
    if s is None: return "veto: place (same-article diff site)"
    if s < S.threshold: return "low score" + (" (capped: undated/no strong place)" if s <= 0 and not d else "")
    if not d: return "no anchor"
    return "clustering (pair links, clusters do not)"
c = collections.Counter()
for inc in gs.incidents:
    for a, b in combinations(sorted(set(map(tuple, inc))), 2):
        pa, pb = to_pred.get(a), to_pred.get(b)
        if pa is None or pb is None: c["unextracted claim"] += 1; continue
        if inc_of.get(pa) is not None and inc_of.get(pa) == inc_of.get(pb): continue
        c[why(by_ref[pa], by_ref[pb])] += 1
print("MISSED", sum(c.values()), dict(c.most_common()))
f = collections.Counter()
for inc in incs:
    refs = [(r.article_id, r.claim_index) for r in inc.claims]
    for pa, pb in combinations(refs, 2):
        ga, gb = to_gold.get(pa), to_gold.get(pb)
        if ga in gold_inc and gb in gold_inc and gold_inc[ga] != gold_inc[gb]:
            sa, sb = by_ref[pa], by_ref[pb]
            if sa.article_id == sb.article_id and sa.claim.event is not None and sa.claim.event == sb.claim.event:
                f["same article, same event mention (grouped)"] += 1
            else:
                s, d = sc.link_score(features(0, sa), features(1, sb))
                f["direct link (score>=thr, anchored)" if s is not None and d and s >= S.threshold else "via cluster (pair itself below/unanchored)"] += 1
print("FALSE", sum(f.values()), dict(f.most_common()))
if len(sys.argv) > 1:
    for inc in gs.incidents:
        for a, b in combinations(sorted(set(map(tuple, inc))), 2):
            pa, pb = to_pred.get(a), to_pred.get(b)
            if pa is None or pb is None or (inc_of.get(pa) is not None and inc_of.get(pa) == inc_of.get(pb)): continue
            w = why(by_ref[pa], by_ref[pb])
            if sys.argv[1] in w:
                fa, fb = features(0, by_ref[pa]), features(1, by_ref[pb])
                print(pa, pb, w, place_relation(fa, fb, S), fa.place_strong, fb.place_strong, fa.d0, fb.d0, "pub", fa.pub, fb.pub, sc.link_score(fa, fb), fa.perp, fb.perp, fa.event_type, fb.event_type)
