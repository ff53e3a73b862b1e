"""Which claims two linked stores group differently: the corpus effect of a linker change.

    rasd ingest CORPUS --db a.db --no-link && cp a.db b.db
    PYTHONPATH=<old checkout>/src rasd link --db a.db --rebuild
    rasd link --db b.db --rebuild
    .venv/bin/python scripts/link_corpus_diff.py a.db b.db [-n 20]

Prints the incident counts, then pairs of claims together in one store and apart in the
other (split / merged), each with its two claims, to read by eye.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
from itertools import combinations


def groups(db: str) -> dict[tuple[str, int], str]:
    con = sqlite3.connect(db)
    return {(a, i): inc for inc, a, i in con.execute("SELECT incident_id, article_id, claim_index FROM incident_claims")}


def together(g: dict) -> set[tuple]:
    by: dict[str, list] = {}
    for claim, inc in g.items():
        by.setdefault(inc, []).append(claim)
    return {tuple(sorted(p)) for ms in by.values() for p in combinations(sorted(ms), 2)}


def show(con, claim) -> str:
    r = con.execute("SELECT claimant, event_type, perpetrator, victims, governorate, place_name, day_start, "
                    "json_extract(json, '$.figures'), json_extract(json, '$.evidence.text') "
                    "FROM claims WHERE article_id=? AND claim_index=?", claim).fetchone()
    figs = " ".join(f"{f['kind']}:{f['low']}" for f in json.loads(r[7] or "[]"))
    return f"{claim[0]}#{claim[1]} {r[:7]} [{figs}]\n      {(r[8] or '')[:200]}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    ga, gb = groups(args.a), groups(args.b)
    print(f"incidents {len(set(ga.values()))} -> {len(set(gb.values()))}")
    ta, tb = together(ga), together(gb)
    con = sqlite3.connect(args.b)
    for name, rows in (("split", sorted(ta - tb)), ("merged", sorted(tb - ta))):
        print(f"\n{name}: {len(rows)} claim pairs")
        random.Random(0).shuffle(rows)
        for x, y in rows[:args.n]:
            print("  " + show(con, x) + "\n  ~ " + show(con, y) + "\n")


if __name__ == "__main__":
    main()
