"""A multi-outlet check of the linker on a linked store (the unannotated corpus, say): what
rasd joins across outlets, and what it leaves apart that looks like one event.

    rasd ingest CORPUS --db c.db            # or: --no-link, then rasd link --db c.db --rebuild
    .venv/bin/python scripts/link_multioutlet.py c.db incidents [-n 30] [--seed 0]
    .venv/bin/python scripts/link_multioutlet.py c.db near [-n 30] [--seed 0] [--min-sim 0.15]

``incidents``: a sample of incidents holding claims of two or more outlets, each claim with its
evidence, to judge whether the merge is right.
``near``: pairs of claims from two outlets, incident scope, in different incidents, whose days
(claimed, else published) lie within 2, whose governorates agree (or one is unknown), whose
killed tolls agree (the same point >= 3, or within a quarter) and whose evidence texts share
character 4-grams (``--min-sim``): candidates for one event reported twice. Each is printed
with the linker's verdict on the pair (its score, whether it may link directly, and the first
cause that keeps it apart), to judge by reading which are one event.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections import defaultdict
from itertools import combinations

from rasd.link.features import day, features
from rasd.link.score import Scorer, _actor_part, _date_part, place_relation
from rasd.link.settings import DEFAULT as S
from rasd.reconcile.sources import sketch, sketch_jaccard
from rasd.store.url import open_store


def _killed(sc) -> int | None:
    pts = [f.low for f in sc.claim.figures if f.kind == "killed" and f.low is not None and f.low == f.high]
    return max(pts) if pts else None


def _day(sc) -> int | None:
    d = sc.claim.date.start if sc.claim.date else None
    return day(d) if d else day(sc.published)


def _line(sc, src: str) -> str:
    c = sc.claim
    figs = " ".join(f"{f.kind}:{f.as_stated()}" for f in c.figures)
    ev = (c.evidence.text if c.evidence else "")[:260].replace("\n", " ")
    date = c.date.start if c.date else "-"
    return (f"{sc.article_id}#{sc.claim_index} [{src}] pub {sc.published} date {date} {c.event_type}/"
            f"{c.perpetrator}->{c.victims} {c.place.governorate}:{c.place.name} [{figs}]\n      {ev}")


def why(fa, fb, scorer) -> str:
    same = fa.article_id == fb.article_id
    if _actor_part(fa, fb, S) is None:
        return "veto: actors"
    if _date_part(fa, fb, same, S) is None and not scorer._retold(fa, fb):
        return "veto: date"
    if place_relation(fa, fb, S) is None:
        return "veto: place"
    s, d = scorer.link_score(fa, fb)
    if s is None:
        return "veto: same-article place"
    if not d and s <= 0:
        return "capped"
    if s < S.threshold:
        return f"low {s:.2f}"
    if not d:
        return "no anchor"
    return f"links {s:.2f} (clustering keeps apart)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("mode", choices=("incidents", "near"))
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-sim", type=float, default=0.15)
    ap.add_argument("--cause", default="", help="near: only pairs whose cause starts with this")
    args = ap.parse_args()
    st = open_store(args.db)
    claims = [c for c in st.claims() if (c.claim.scope or "incident") == "incident"]
    src = {a.id: a.source or "?" for a in st.iter_articles()}
    ref = {(c.article_id, c.claim_index): c for c in claims}
    inc_of = {}
    members = defaultdict(list)
    con = sqlite3.connect(args.db)
    for iid, aid, ci in con.execute("SELECT incident_id, article_id, claim_index FROM incident_claims"):
        inc_of[(aid, ci)] = iid
        if (aid, ci) in ref:
            members[iid].append(ref[(aid, ci)])
    rng = random.Random(args.seed)
    if args.mode == "incidents":
        multi = [ms for ms in members.values() if len({src[m.article_id] for m in ms}) >= 2]
        print(f"incidents {len(members)}; with claims of 2+ outlets {len(multi)}")
        rng.shuffle(multi)
        for n, ms in enumerate(multi[:args.n]):
            print(f"\n== {n + 1}")
            for m in sorted(ms, key=lambda m: (m.article_id, m.claim_index)):
                print("  " + _line(m, src[m.article_id]))
        return
    by_gov_day = defaultdict(list)
    for c in claims:
        d, k = _day(c), _killed(c)
        if d is None or k is None or k < 3:
            continue
        by_gov_day[d].append(c)
    sk = {}
    seen, out = set(), []
    days = sorted(by_gov_day)
    for d in days:
        pool = by_gov_day[d] + by_gov_day.get(d + 1, []) + by_gov_day.get(d + 2, [])
        for a in by_gov_day[d]:
            for b in pool:
                ka, kb = (a.article_id, a.claim_index), (b.article_id, b.claim_index)
                if ka >= kb or (ka, kb) in seen or src[a.article_id] == src[b.article_id]:
                    continue
                seen.add((ka, kb))
                ga, gb = a.claim.place.governorate or "unknown", b.claim.place.governorate or "unknown"
                if ga != gb and "unknown" not in (ga, gb):
                    continue
                x, y = _killed(a), _killed(b)
                if x != y and abs(x - y) > 0.25 * max(x, y):
                    continue
                for c in (a, b):
                    if c.article_id + str(c.claim_index) not in sk:
                        sk[c.article_id + str(c.claim_index)] = sketch(c.claim.evidence.text if c.claim.evidence else "")
                sim = sketch_jaccard(sk[a.article_id + str(a.claim_index)], sk[b.article_id + str(b.claim_index)])
                if sim < args.min_sim:
                    continue
                out.append((sim, a, b, inc_of.get(ka) == inc_of.get(kb)))
    scorer = Scorer(S)
    joined = sum(1 for o in out if o[3])
    print(f"candidate pairs {len(out)}: linked {joined}, apart {len(out) - joined}")
    apart = [o for o in out if not o[3]]
    causes = defaultdict(int)
    expl = []
    for sim, a, b, _ in apart:
        w = why(features(0, a), features(1, b), scorer)
        causes[w.split(" ")[0] + (" " + w.split(" ")[1] if w.startswith("veto") else "")] += 1
        expl.append((sim, a, b, w))
    print("apart by cause:", dict(sorted(causes.items(), key=lambda kv: -kv[1])))
    expl = [e for e in expl if e[3].startswith(args.cause)]
    rng.shuffle(expl)
    for n, (sim, a, b, w) in enumerate(expl[:args.n]):
        print(f"\n-- {n + 1} sim {sim:.2f}: {w}")
        print("  " + _line(a, src[a.article_id]))
        print("  " + _line(b, src[b.article_id]))


if __name__ == "__main__":
    sys.exit(main())
