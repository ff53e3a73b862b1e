"""End-to-end linking errors on the dev set counted by cause: for each gold pair lost, the
first reason (an unextracted claim, a cumulative scope, a veto by actors / date / place, a
capped or low score, no anchor, the clustering); for each false merge, how it was made.

    .venv/bin/python scripts/link_causes.py [CAUSE-SUBSTRING]   # with it: list those pairs
"""
import os, sys, collections
from dev_links import dev_links
from rasd.link.features import features
from rasd.link.score import Scorer, _actor_part, _date_part, place_relation
from rasd.link.settings import DEFAULT as S
dl = dev_links(os.environ.get("RASD_DEV", "../shared/data/dev"))
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
lost = list(dl.lost())
for a, b, sa, sb in lost:
    c["unextracted claim" if sa is None else why(sa, sb)] += 1
print("MISSED", sum(c.values()), dict(c.most_common()))
f = collections.Counter()
for ga, gb, sa, sb in dl.false():
    if sa.article_id == sb.article_id and sa.claim.event is not None and sa.claim.event == sb.claim.event:
        f["same article, same event mention (grouped)"] += 1
    else:
        s, d = sc.link_score(features(0, sa), features(1, sb))
        f["direct link (score>=thr, anchored)" if s is not None and d and s >= S.threshold else "via cluster (pair itself below/unanchored)"] += 1
print("FALSE", sum(f.values()), dict(f.most_common()))
if len(sys.argv) > 1:
    for a, b, sa, sb in lost:
        if sa is None:
            continue
        w = why(sa, sb)
        if sys.argv[1] in w:
            fa, fb = features(0, sa), features(1, sb)
            print(a, b, w, place_relation(fa, fb, S), fa.place_strong, fb.place_strong, fa.d0, fb.d0, "pub", fa.pub, fb.pub, sc.link_score(fa, fb), fa.perp, fb.perp, fa.event_type, fb.event_type)
