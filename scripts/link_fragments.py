"""How the linker splits the dev set's gold incidents, end to end: for each gold incident
with more than one claim, the predicted incident each of its claims landed in.

    .venv/bin/python scripts/link_fragments.py [--shared ../shared] [--min 3]
"""

from __future__ import annotations

import argparse
import json

from rasd.eval import load_gold
from rasd.eval.linking import _stored
from rasd.eval.score import score_extraction
from rasd.extract import extract
from rasd.link import link_claims


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--min", type=int, default=3, help="only gold incidents with this many claims")
    args = ap.parse_args()
    gs = load_gold(f"{args.shared}/data/dev")
    notes = {tuple(map(tuple, i["claims"][:1]))[0]: i["id"]
             for i in json.load(open(f"{args.shared}/data/dev/incidents.json"))}
    pred = {aid: extract(a) for aid, a in gs.articles.items()}
    score = score_extraction(gs.claims, pred)
    to_pred = {(aid, gc): (aid, pc) for aid, m in score.matches.items() for pc, gc in m.alignment.items()}
    stored = _stored(gs, {a: pred.get(a, []) for a in gs.claims})
    by_ref = {(s.article_id, s.claim_index): s for s in stored}
    inc_of = {(r.article_id, r.claim_index): n for n, inc in enumerate(link_claims(stored)) for r in inc.claims}
    for inc in gs.incidents:
        if len(inc) < args.min:
            continue
        print(f"\n== {notes.get(tuple(inc[0]), '?')} ({len(inc)} claims)")
        for ref in inc:
            p = to_pred.get(tuple(ref))
            if p is None:
                print(f"  {ref[0]}#{ref[1]}: not extracted")
                continue
            c = by_ref[p].claim
            d = f"{c.date.start}" if c.date else f"({by_ref[p].published})"
            print(f"  {ref[0]}#{ref[1]} -> inc {inc_of.get(p, '-')}: {c.claimant} {c.event_type} "
                  f"{c.perpetrator}->{c.victims} @{c.place.name}/{c.place.governorate} {d} {c.scope}")


if __name__ == "__main__":
    main()
