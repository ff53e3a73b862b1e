"""Linker benchmark: synthetic claims -> link_claims, growth curve, and quality.

    .venv/bin/python bench/bench_link.py                    # 10k, 50k, 200k claims
    .venv/bin/python bench/bench_link.py --sizes 10000 --seed 7
    .venv/bin/python bench/bench_link.py --gold ../shared/data/dev   # pairwise P/R/F1 on gold claims

Each size runs in a fresh child process so its peak RSS is its own. Synthetic data: ~3
years of days, 14 governorates with weighted activity and 40 towns each (coordinates),
events told by 1-6 claimants across 1-3 articles, with noise: a tenth told one day off
(night events), a fifth undated, place told at governorate level or as a street, unknown
perpetrators, figures that disagree, cumulative totals. Pairwise precision/recall
against the synthetic truth is printed too (truth is exact, so this is a sanity check of
the rules under load, not a quality claim).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from rasd.core.models import Claim, DateSpan, Figure, Place, Span, StoredClaim

GOVS = [("aleppo", 36.2, 37.2, 6), ("idlib", 35.9, 36.6, 6), ("rif_dimashq", 33.5, 36.5, 5),
        ("deir_ez_zor", 35.3, 40.1, 3), ("hama", 35.1, 36.7, 3), ("homs", 34.7, 36.7, 3),
        ("daraa", 32.6, 36.1, 2), ("raqqa", 35.9, 39.0, 2), ("hasakah", 36.5, 40.7, 1),
        ("damascus", 33.5, 36.3, 2), ("latakia", 35.5, 35.8, 1), ("quneitra", 33.1, 35.8, 1),
        ("suwayda", 32.7, 36.6, 1), ("tartus", 34.9, 35.9, 1)]
ACTORS = ["syrian_gov", "russia", "coalition", "opposition", "isis", "hts", "sdf", "turkey"]
VICTIMS = ["civilians", "civilians", "civilians", "opposition", "pro_gov", "isis", "sdf"]
EVENTS = ["airstrike", "airstrike", "shelling", "shelling", "clashes", "bombing"]
CLAIMANTS = ["sohr", "sana", "white_helmets", "local_sources", "unnamed", "outlet", "snhr", "russia_mod"]
START = date(2016, 1, 1)


def synth(n_claims: int, seed: int) -> tuple[list[StoredClaim], dict[tuple[str, int], int]]:
    rnd = random.Random(seed)
    towns = {g: [(f"town{g[:3]}{k}", la + rnd.uniform(-0.6, 0.6), lo + rnd.uniform(-0.6, 0.6))
                 for k in range(40)] for g, la, lo, _ in GOVS}
    weights = [w for *_, w in GOVS]
    claims: list[StoredClaim] = []
    truth: dict[tuple[str, int], int] = {}
    ev = 0
    art = 0
    while len(claims) < n_claims:
        ev += 1
        g = rnd.choices(GOVS, weights)[0][0]
        name, lat, lon = rnd.choice(towns[g])
        day = START + timedelta(days=rnd.randrange(3 * 365))
        perp, vict, etype = rnd.choice(ACTORS), rnd.choice(VICTIMS), rnd.choice(EVENTS)
        killed = max(1, int(rnd.lognormvariate(1.6, 1.0)))
        n_art = rnd.choice([1, 1, 2, 2, 3])
        arts = []
        for _ in range(n_art):
            art += 1
            arts.append((f"a{art}", (day + timedelta(days=rnd.choice([0, 0, 1, 1, 2]))).isoformat()))
        counters = {a: 0 for a, _ in arts}
        for who in rnd.sample(CLAIMANTS, rnd.randint(1, 6)):
            aid, pub = rnd.choice(arts)
            r = rnd.random()
            d = None if r < 0.2 else day + timedelta(days=rnd.choice([-1, 1])) if r < 0.3 else day
            pr = rnd.random()
            place = (Place(name, g, lat, lon, "town") if pr < 0.7 else
                     Place(g, g, None, None, "governorate") if pr < 0.9 else
                     Place(f"street{rnd.randrange(5)}", g, lat + 0.005, lon + 0.005, "exact"))
            k = max(1, killed + rnd.choice([0, 0, 0, -1, 2, killed // 3]))
            q = rnd.choice(["exact", "exact", "at_least", "more_than", "about"])
            fig = Figure("killed", "civilians" if vict == "civilians" else "combatants", k,
                         k if q in ("exact", "about") else None, q, str(k))
            c = Claim(who, None, etype, perp if rnd.random() > 0.3 else "unknown", vict, place,
                      DateSpan(d.isoformat(), d.isoformat()) if d else None, "incident", [fig],
                      Span(0, 40, f"{who} said {k} were killed in {name} by {perp}"))
            idx = counters[aid]
            counters[aid] += 1
            claims.append(StoredClaim(aid, idx, c, source=f"outlet{int(aid[1:]) % 50}", published=pub,
                                      title=f"{k} killed in {name}"))
            truth[(aid, idx)] = ev
            if rnd.random() < 0.05:  # a cumulative total in the same article
                cum = Claim(who, None, "other", "unknown", "unknown", Place(g, g, None, None, "governorate"),
                            None, "cumulative", [Figure("killed", "unspecified", 100, 100, "exact", "100")])
                claims.append(StoredClaim(aid, counters[aid], cum, published=pub))
                counters[aid] += 1
    return claims[:n_claims], truth


def pairwise(groups: list[list[tuple[str, int]]], truth_groups: list[list[tuple[str, int]]]) -> tuple[float, float, float]:
    universe = {r for g in truth_groups for r in g}
    gold = {p for g in truth_groups for p in combinations(sorted(g), 2)}
    pred = {p for g in groups for p in combinations(sorted(r for r in g if r in universe), 2)}
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_one(n: int, seed: int) -> dict:
    from rasd.link import link_claims

    claims, truth = synth(n, seed)
    t0 = time.perf_counter()
    incidents = link_claims(claims)
    secs = time.perf_counter() - t0
    by_ev: dict[int, list] = {}
    for ref, e in truth.items():
        by_ev.setdefault(e, []).append(ref)
    p, r, f = pairwise([[(c.article_id, c.claim_index) for c in i.claims] for i in incidents],
                       list(by_ev.values()))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "seconds": round(secs, 2), "peak_rss_mb": round(rss), "incidents": len(incidents),
            "events": len(by_ev), "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}


def gold(dirname: str) -> None:
    from rasd.link import link_claims

    d = Path(dirname)
    arts = {a["id"]: a for a in map(json.loads, (d / "articles.jsonl").open(encoding="utf-8"))}
    claims = []
    for line in (d / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        a = arts.get(g["article_id"], {})
        claims += [StoredClaim(g["article_id"], i, Claim.from_dict(c), source=a.get("source"),
                               published=a.get("published"), title=a.get("title"))
                   for i, c in enumerate(g["claims"])]
    truth = [[tuple(x) for x in inc["claims"]] for inc in json.loads((d / "incidents.json").read_text("utf-8"))]
    incidents = link_claims(claims)
    p, r, f = pairwise([[(c.article_id, c.claim_index) for c in i.claims] for i in incidents], truth)
    print(f"gold claims {len(claims)}, incidents {len(incidents)} (gold {len(truth)}): "
          f"pairwise P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,50000,200000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--gold", metavar="DIR", help="pairwise scores on a gold directory instead")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child mode
    a = ap.parse_args()
    if a.gold:
        if not (Path(a.gold) / "incidents.json").exists():
            print(f"no incidents.json in {a.gold}", file=sys.stderr)
            return 2
        gold(a.gold)
        return 0
    if a.one:
        print(json.dumps(run_one(a.one, a.seed)))
        return 0
    print(f"{'n':>8} {'seconds':>8} {'peak RSS MB':>12} {'incidents':>10} {'events':>8}  P / R / F1")
    for n in (int(x) for x in a.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(a.seed)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:>8} {r['seconds']:>8} {r['peak_rss_mb']:>12} {r['incidents']:>10} {r['events']:>8}"
              f"  {r['P']} / {r['R']} / {r['F1']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
