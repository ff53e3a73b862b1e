"""Dump or compare the figures rasd reads from the corpus, to check a rule on real text.

    .venv/bin/python scripts/corpus_figures.py dump OUT.jsonl [--corpus PATH]
    .venv/bin/python scripts/corpus_figures.py diff OLD.jsonl NEW.jsonl [-n 40]

``diff`` prints how many figures each side has, then a sample of the figures only one side
reads, each with the text around it, for reading by eye.
"""

from __future__ import annotations

import argparse
import json
import random

from rasd.core.models import Article
from rasd.extract import extract


def dump(out: str, corpus: str) -> None:
    with open(out, "w", encoding="utf-8") as f:
        for line in open(corpus, encoding="utf-8"):
            a = Article.from_dict(json.loads(line))
            figs = []
            for c in extract(a):
                for fg in c.figures:
                    s = fg.span.start if fg.span else 0
                    figs.append({"kind": fg.kind, "group": fg.group, "stated": fg.as_stated(), "start": s,
                                 "text": fg.text, "scope": c.scope, "claimant": c.claimant,
                                 "context": a.text[max(0, s - 70):s + 70].replace("\n", " ")})
            f.write(json.dumps({"id": a.id, "figures": figs}, ensure_ascii=False) + "\n")


def diff(old: str, new: str, n: int) -> None:
    def load(p: str) -> dict[str, list[dict]]:
        return {d["id"]: d["figures"] for d in map(json.loads, open(p, encoding="utf-8"))}

    a, b = load(old), load(new)
    key = lambda f: (f["kind"], f["stated"], f["start"])  # noqa: E731
    only_old, only_new = [], []
    for aid in a:
        ka, kb = {key(f): f for f in a[aid]}, {key(f): f for f in b.get(aid, [])}
        only_old += [(aid, f) for k, f in ka.items() if k not in kb]
        only_new += [(aid, f) for k, f in kb.items() if k not in ka]
    print(f"figures: old {sum(map(len, a.values()))}, new {sum(map(len, b.values()))}; "
          f"only old {len(only_old)}, only new {len(only_new)}")
    rnd = random.Random(0)
    for title, rows in (("only new", only_new), ("only old", only_old)):
        print(f"\n== {title}")
        for aid, f in rnd.sample(rows, min(n, len(rows))):
            print(f"{aid}: {f['kind']} {f['group']} {f['stated']} «{f['text']}»\n    …{f['context']}…")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--corpus", default="../shared/data/corpus/ar-conflict-news.jsonl")
    c = sub.add_parser("diff")
    c.add_argument("old")
    c.add_argument("new")
    c.add_argument("-n", type=int, default=40)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.corpus)
    else:
        diff(args.old, args.new, args.n)


if __name__ == "__main__":
    main()
