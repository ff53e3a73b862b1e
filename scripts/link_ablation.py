"""Which extracted attribute costs end-to-end linking most: for each attribute, link the
extracted claims with that one attribute taken from the aligned gold claim, and print the
pairwise F1 it would reach (a reading aid for choosing what to fix, not a score).

    .venv/bin/python scripts/link_ablation.py [--gold ../shared/data/dev] [--ids GLOB]
"""

from __future__ import annotations

import argparse
import copy

from rasd.eval.gold import id_filter, load_gold
from rasd.eval.linking import link_end_to_end
from rasd.eval.run import predict, default_extractor
from rasd.eval.score import score_extraction
from rasd.link import link_claims

ATTRS = ("event_type", "perpetrator", "victims", "place", "date", "scope", "claimant")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default="../shared/data/dev")
    ap.add_argument("--ids", action="append")
    a = ap.parse_args()
    gs = load_gold(a.gold)
    if a.ids:
        keep = id_filter(a.ids)
        gs.articles = {k: v for k, v in gs.articles.items() if keep(k)}
        gs.claims = {k: v for k, v in gs.claims.items() if keep(k)}
        gs.incidents = [[r for r in g if keep(r[0])] for g in gs.incidents]
    pred, _ = predict(gs.articles, default_extractor())
    alignment = {aid: m.alignment for aid, m in score_extraction(gs.claims, pred).matches.items()}

    def run(attrs: tuple[str, ...]) -> dict:
        swapped = {}
        for aid, cs in pred.items():
            out = []
            for i, c in enumerate(cs):
                g = alignment.get(aid, {}).get(i)
                c = copy.copy(c)
                if g is not None:
                    for at in attrs:
                        setattr(c, at, copy.copy(getattr(gs.claims[aid][g], at)))
                out.append(c)
            swapped[aid] = out
        return link_end_to_end(gs, swapped, alignment, link_claims)

    base = run(())
    print(f"{'as extracted':<22} P {base['precision']:.3f} R {base['recall']:.3f} F1 {base['f1']:.3f}")
    for at in ATTRS:
        r = run((at,))
        print(f"{'gold ' + at:<22} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}  ({r['f1'] - base['f1']:+.3f})")
    r = run(ATTRS)
    print(f"{'gold, all of them':<22} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}")


if __name__ == "__main__":
    main()
