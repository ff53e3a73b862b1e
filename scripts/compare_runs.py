"""Compare one attribute between a saved run of rasd and the current code, over aligned
claims: where the old run was right and the new is wrong, and the reverse.

    .venv/bin/python scripts/compare_runs.py OLD.json perpetrator [--shared ../shared]

OLD.json: {article_id: [claim dicts]} as saved from an earlier checkout (see --help).
"""

from __future__ import annotations

import argparse
import json

from rasd.core.models import Claim
from rasd.eval import load_gold
from rasd.eval.score import CLAIM_ATTRIBUTES, score_extraction
from rasd.extract import extract


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("attribute", choices=sorted(CLAIM_ATTRIBUTES))
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("-n", type=int, default=30)
    args = ap.parse_args()
    gs = load_gold(f"{args.shared}/data/dev")
    old = {aid: [Claim.from_dict(c) for c in cs] for aid, cs in json.load(open(args.old)).items()}
    new = {aid: extract(a) for aid, a in gs.articles.items()}
    key, show = CLAIM_ATTRIBUTES[args.attribute]
    so, sn = score_extraction(gs.claims, old), score_extraction(gs.claims, new)
    verdict: dict[tuple[str, int], list] = {}
    for tag, score, pred in (("old", so, old), ("new", sn, new)):
        for aid, m in score.matches.items():
            for pi, gi in m.alignment.items():
                g, p = gs.claims[aid][gi], pred[aid][pi]
                verdict.setdefault((aid, gi), [None, None, g, None, None])
                slot = 0 if tag == "old" else 1
                verdict[(aid, gi)][slot] = key(g) == key(p)
                verdict[(aid, gi)][3 + slot] = p
    lost = [(k, v) for k, v in verdict.items() if v[0] and v[1] is False]
    won = [(k, v) for k, v in verdict.items() if v[0] is False and v[1]]
    print(f"old right, new wrong: {len(lost)}; old wrong, new right: {len(won)}")
    for (aid, gi), (_, _, g, po, pn) in lost[:args.n]:
        print(f"\n{aid} gold#{gi}: gold={show(g)} new={show(pn)}")
        print(f"  quote: {(g.quote or '')[:160]}")
        print(f"  new evidence: {(pn.evidence.text if pn.evidence else '')[:240]}")
        for k, p in pn.provenance.items():
            print(f"    {k}: {p.source} «{p.span.text if p.span else ''}»")


if __name__ == "__main__":
    main()
