"""End-to-end linking on the dev set: which gold pairs the linker lost, which it made up.

    .venv/bin/python scripts/link_misses.py [--shared ../shared] [-n 40] [--false]

For each pair: the two predicted claims (article, claimant, event, actors, place, date,
figures) and the pair's score (None: a veto).
"""

from __future__ import annotations

import argparse
import random
from itertools import combinations

from rasd.eval import load_gold
from rasd.eval.linking import _stored
from rasd.eval.score import score_extraction
from rasd.extract import extract
from rasd.link import link_claims
from rasd.link.features import features
from rasd.link.score import Scorer, _actor_part, _date_part, _event_part, _figure_part, place_relation
from rasd.link.settings import DEFAULT


def show(sc) -> str:
    c = sc.claim
    d = f"{c.date.start}/{c.date.end}" if c.date else f"({sc.published})"
    figs = ",".join(f"{f.kind[:3]}{f.as_stated()}" for f in c.figures)
    return (f"{sc.article_id}#{sc.claim_index} {c.claimant} {c.event_type} {c.perpetrator}->{c.victims} "
            f"@{c.place.name}/{c.place.governorate}/{c.place.precision} {d} {c.scope} ev={c.event} [{figs}]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--false", action="store_true", help="pairs linked that gold keeps apart")
    ap.add_argument("--gold-claims", action="store_true", help="link the gold claims themselves")
    args = ap.parse_args()
    gs = load_gold(f"{args.shared}/data/dev")
    pred = gs.claims if args.gold_claims else {aid: extract(a) for aid, a in gs.articles.items()}
    score = score_extraction(gs.claims, pred)
    to_gold = {(aid, pc): (aid, gc) for aid, m in score.matches.items() for pc, gc in m.alignment.items()}
    to_pred = {g: p for p, g in to_gold.items()}
    stored = _stored(gs, {a: pred.get(a, []) for a in gs.claims})
    by_ref = {(s.article_id, s.claim_index): s for s in stored}
    incidents = link_claims(stored)
    inc_of = {(r.article_id, r.claim_index): inc.id for inc in incidents for r in inc.claims}
    gold_inc = {tuple(r): n for n, inc in enumerate(gs.incidents) for r in inc}
    scorer = Scorer(DEFAULT)
    rows = []
    if not args.false:
        for inc in gs.incidents:
            for a, b in combinations(sorted(set(map(tuple, inc))), 2):
                pa, pb = to_pred.get(a), to_pred.get(b)
                if pa is None or pb is None:
                    rows.append(("unextracted", a, b, None, None))
                    continue
                if inc_of.get(pa) is not None and inc_of.get(pa) == inc_of.get(pb):
                    continue
                rows.append(("lost", a, b, by_ref[pa], by_ref[pb]))
    else:
        for inc in incidents:
            refs = [(r.article_id, r.claim_index) for r in inc.claims]
            for pa, pb in combinations(refs, 2):
                ga, gb = to_gold.get(pa), to_gold.get(pb)
                if ga in gold_inc and gb in gold_inc and gold_inc[ga] != gold_inc[gb]:
                    rows.append(("false", ga, gb, by_ref[pa], by_ref[pb]))
    kinds = {}
    for r in rows:
        kinds[r[0]] = kinds.get(r[0], 0) + 1
    print(kinds)
    random.Random(0).shuffle(rows)
    for kind, a, b, sa, sb in [r for r in rows if r[0] != "unextracted"][:args.n]:
        fa, fb = features(0, sa, DEFAULT), features(1, sb, DEFAULT)
        s = scorer.score(fa, fb)
        same = fa.article_id == fb.article_id
        why = (f"actors={_actor_part(fa, fb, DEFAULT)} date={_date_part(fa, fb, same, DEFAULT)} "
               f"place={place_relation(fa, fb, DEFAULT)} event={_event_part(fa, fb, DEFAULT)} "
               f"figures={_figure_part(fa, fb, DEFAULT)} text={round(scorer.text_similarity(fa, fb), 2)}")
        print(f"\n{kind} gold {a} ~ {b}  score={s if s is None else round(s, 2)}  {why}")
        print("  " + show(sa))
        print("  " + show(sb))


if __name__ == "__main__":
    main()
