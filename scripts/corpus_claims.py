"""Dump or compare the claim frames rasd reads from the corpus, to check a rule on real text.

    .venv/bin/python scripts/corpus_claims.py dump OUT.jsonl [--corpus PATH]
    .venv/bin/python scripts/corpus_claims.py diff OLD.jsonl NEW.jsonl [--attr victims] [-n 30]

A claim is keyed by its article and the offset of its first figure. ``diff`` prints, per
attribute, how many claims changed value (how often a rule fires), then a sample of the
changes with the evidence around them, for reading by eye.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter

from rasd.core.models import Article
from rasd.extract import extract

ATTRS = ("claimant", "event_type", "perpetrator", "victims", "place", "governorate", "date", "scope",
         "figures")


def _row(a: Article, c) -> dict:
    first = c.figures[0].span.start if c.figures and c.figures[0].span else 0
    return {"article": a.id, "at": first,
            "claimant": c.claimant, "event_type": c.event_type, "perpetrator": c.perpetrator,
            "victims": c.victims, "place": c.place.name, "governorate": c.place.governorate,
            "date": c.date.start if c.date else None, "scope": c.scope,
            "figures": " ".join(f"{f.kind}:{f.group}:{f.as_stated()}" for f in c.figures),
            "provenance": {k: [p.source, p.span.text if p.span else None] for k, p in c.provenance.items()},
            "context": a.text[max(0, first - 120):first + 120].replace("\n", " ")}


def dump(out: str, corpus: str) -> None:
    with open(out, "w", encoding="utf-8") as f:
        for line in open(corpus, encoding="utf-8"):
            a = Article.from_dict(json.loads(line))
            for c in extract(a):
                f.write(json.dumps(_row(a, c), ensure_ascii=False) + "\n")


def _load(path: str) -> dict[tuple[str, int], dict]:
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        out[(r["article"], r["at"])] = r
    return out


def diff(old_path: str, new_path: str, attrs: list[str], n: int) -> None:
    old, new = _load(old_path), _load(new_path)
    print(f"claims: {len(old)} -> {len(new)}; only old {len(old.keys() - new.keys())}, "
          f"only new {len(new.keys() - old.keys())}")
    both = sorted(old.keys() & new.keys())
    rng = random.Random(0)
    for attr in attrs:
        changed = [k for k in both if old[k][attr] != new[k][attr]]
        moves = Counter((old[k][attr], new[k][attr]) for k in changed)
        print(f"\n== {attr}: {len(changed)} changed; commonest: "
              + ", ".join(f"{a}->{b} {c}" for (a, b), c in moves.most_common(6)))
        for k in rng.sample(changed, min(n, len(changed))):
            o, w = old[k], new[k]
            print(f"  {k[0]}@{k[1]}: {o[attr]} -> {w[attr]}  [{w['provenance'].get(attr)}]")
            print(f"      {w['context']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--corpus", default="../shared/data/corpus/ar-conflict-news.jsonl")
    x = sub.add_parser("diff")
    x.add_argument("old")
    x.add_argument("new")
    x.add_argument("--attr", action="append", choices=ATTRS)
    x.add_argument("-n", type=int, default=12)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.corpus)
    else:
        diff(args.old, args.new, args.attr or list(ATTRS), args.n)


if __name__ == "__main__":
    main()
