"""End-to-end linking on the dev set: which gold pairs the linker lost, which it made up.

    .venv/bin/python scripts/link_misses.py [--shared ../shared] [-n 40] [--false]

For each pair: the two predicted claims (article, claimant, event, actors, place, date,
figures) and the pair's score (None: a veto).
"""

from __future__ import annotations

import argparse
import random

from dev_links import dev_links
from rasd.link.features import features
from rasd.link.score import Scorer, _actor_part, _date_part, _event_part, _figure_part, place_relation
from rasd.link.settings import DEFAULT


def show(sc) -> str:
    c = sc.claim
    d = f"{c.date.start}/{c.date.end}" if c.date else f"({sc.published})"
    figs = ",".join(f"{f.kind[:3]}{f.as_stated()}" for f in c.figures)
    # where each compared attribute was read (clause, figure, lead, dateline...): weak ones only count against
    prov = " ".join(f"{k[:4]}:{v.source}" for k, v in sorted(c.provenance.items())
                    if k in ("place", "date", "perpetrator", "victims", "event_type"))
    return (f"{sc.article_id}#{sc.claim_index} {c.claimant} {c.event_type} {c.perpetrator}->{c.victims} "
            f"@{c.place.name}/{c.place.governorate}/{c.place.precision} {d} {c.scope} ev={c.event} [{figs}] {{{prov}}}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--false", action="store_true", help="pairs linked that gold keeps apart")
    ap.add_argument("--gold-claims", action="store_true", help="link the gold claims themselves")
    args = ap.parse_args()
    dl = dev_links(f"{args.shared}/data/dev", args.gold_claims)
    scorer = Scorer(DEFAULT)
    if args.false:
        rows = [("false", ga, gb, sa, sb) for ga, gb, sa, sb in dl.false()]
    else:
        rows = [("unextracted" if sa is None else "lost", a, b, sa, sb) for a, b, sa, sb in dl.lost()]
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
