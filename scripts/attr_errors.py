"""List the aligned claims whose attribute differs from gold, with the text around them.

    .venv/bin/python scripts/attr_errors.py perpetrator [--ids 'corpus-*'] [--shared ../shared] [-n 40]
    .venv/bin/python scripts/attr_errors.py figures [--ids ...]   # missed and false figures

For reading errors by eye while writing rules; prints gold value, predicted value, the gold
quote and the predicted claim's evidence (and its provenance for the attribute). "figures"
lists the gold figures no predicted one matched (with the gold quote) and the predicted ones
no gold figure matched (with the text around them).
"""

from __future__ import annotations

import argparse
import random

from rasd.eval import id_filter, load_gold
from rasd.eval.score import CLAIM_ATTRIBUTES, score_extraction
from rasd.extract import extract


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("attribute", choices=sorted(CLAIM_ATTRIBUTES) + ["figures"])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--ids", action="append", default=[])
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gold-value", help="only errors where gold is this value")
    ap.add_argument("--pred-value", help="only errors where the prediction is this value")
    args = ap.parse_args()
    gs = load_gold(f"{args.shared}/data/dev")
    if args.ids:
        gs = gs.subset(id_filter(args.ids))
    pred = {aid: extract(a) for aid, a in gs.articles.items()}
    score = score_extraction(gs.claims, pred)
    if args.attribute == "figures":
        _figure_errors(score, args.n)
        return
    key, show = CLAIM_ATTRIBUTES[args.attribute]
    rows = []
    for aid, m in score.matches.items():
        for pi, gi in m.alignment.items():
            g, p = gs.claims[aid][gi], pred[aid][pi]
            if key(g) == key(p):
                continue
            if args.gold_value and str(show(g)) != args.gold_value:
                continue
            if args.pred_value and str(show(p)) != args.pred_value:
                continue
            rows.append((aid, gi, pi, g, p))
    random.Random(args.seed).shuffle(rows)
    print(f"{len(rows)} errors")
    for aid, gi, pi, g, p in rows[:args.n]:
        prov = p.provenance.get(args.attribute)
        print(f"\n{aid} gold#{gi} pred#{pi}: gold={show(g)} pred={show(p)}"
              + (f"  [{prov.source}: {prov.span.text if prov.span else ''}]" if prov else ""))
        print(f"  quote:    {(g.quote or '')[:200]}")
        ev = p.evidence.text if p.evidence else ""
        print(f"  evidence: {ev[:300]}")


def _figure_errors(score, n: int) -> None:
    def shown(r: dict) -> str:
        span = r["low"] if r["low"] == r["high"] else f"{r['low']}-{r['high']}"
        return f"{r['article_id']} #{r['claim_index']}: {r['kind']} {r['group']} {span} «{r['text']}»"

    print(f"{len(score.missed)} gold figures missed")
    for r in score.missed[:n]:
        print(f"  {shown(r)}\n    quote: {(r.get('quote') or '')[:200]}")
    print(f"\n{len(score.false_positives)} predicted figures with no gold one")
    for r in score.false_positives[:n]:
        print(f"  {shown(r)}\n    evidence: {r.get('evidence', '')[:300]}")


if __name__ == "__main__":
    main()
