"""Assessment at scale: why results are stored, not computed on read (docs/assess.md).

    .venv/bin/python bench/bench_assess.py                       # 100,000 incidents
    .venv/bin/python bench/bench_assess.py --incidents 10000 --repeat 3

Fills a store with synthetic incidents (1–3 reports each, 1–4 claimants, figures that
mostly agree, some far off, some reports reprinted by a second outlet) through the real
store (articles, claims, incidents), then times:

- a full assessment (``rebuild``: every incident and article, what a first ``rasd assess``
  on an old store does);
- an incremental refresh after one new report links into a stored incident (what every
  ingest pays);
- reads of stored results: one article's score and standings, one incident's grade and
  standings, grades for a page of 50 incidents, the outlets' record;
- the same answers computed on read instead: one incident, a page of 50, and (by the full
  pass) anything that needs them all — the outlets' record, a graded export.

Timings are the best of ``--repeat`` runs (the machine is shared); exit 0.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from rasd.core.models import Article, Claim, DateSpan, Figure, Incident, Place, StoredClaim

CLAIMANTS = ["sohr", "sana", "white_helmets", "local_sources", "snhr", "russia_mod", "outlet", "unnamed"]
GOVS = ["aleppo", "idlib", "rif_dimashq", "deir_ez_zor", "hama", "homs", "daraa", "raqqa"]
OUTLETS = [f"outlet{k}" for k in range(40)]


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def fill(store, n: int, seed: int = 7) -> list[Incident]:
    """``n`` incidents of synthetic reports, stored the way ingest and linking store them."""
    from rasd.reconcile import reconcile

    rnd = random.Random(seed)
    day0 = date(2014, 1, 1)
    incidents: list[Incident] = []
    for i in range(n):
        day = (day0 + timedelta(days=rnd.randrange(3650))).isoformat()
        gov = rnd.choice(GOVS)
        base = max(1, int(rnd.lognormvariate(1.8, 1.0)))
        members: list[StoredClaim] = []
        for r in range(rnd.choice([1, 1, 2, 2, 3])):
            aid = f"b{i}-{r}"
            outlet = rnd.choice(OUTLETS)
            claims = []
            for who in rnd.sample(CLAIMANTS, rnd.randint(1, 2)):
                k = base if rnd.random() < 0.7 else max(1, base + rnd.choice([-2, 1, 3, base * 3]))
                claims.append(Claim(who, None, "airstrike", "russia", "civilians",
                                    Place(f"town{i % 500}", gov, precision="town"),
                                    DateSpan(day, day), "incident",
                                    [Figure("killed", "civilians", k, k, "exact", str(k))]))
            text = f"Report {i}/{r}: " + "; ".join(f"{c.claimant} said {c.figures[0].low} were killed"
                                                   for c in claims)
            copies = [(aid, outlet, text)]
            if rnd.random() < 0.1:  # a reprint by another outlet, with a line of its own
                copies.append((aid + "c", rnd.choice(OUTLETS), text + " (agency copy)"))
            for cid, src, body in copies:
                store.add_article(Article(cid, body, source=src, published=day, lang="en"))
                store.set_claims(cid, claims)
                members += [StoredClaim(cid, j, c, source=src, published=day) for j, c in enumerate(claims)]
        incidents.append(reconcile(f"inc-{i:06d}", members))
        if len(incidents) % 5000 == 0:
            store.save_incidents(incidents[-5000:])
    rest = len(incidents) % 5000
    if rest:
        store.save_incidents(incidents[-rest:])
    return incidents


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--db", type=Path, help="keep the filled store here")
    args = ap.parse_args()

    from rasd.api.assess_routes import article_assessment, incident_assessment
    from rasd.assess import assess_incident, rebuild, refresh
    from rasd.link import link_articles
    from rasd.store import ClaimFilter, open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "assess.db"
        store = open_store(str(db))
        t0 = time.perf_counter()
        incidents = fill(store, args.incidents)
        print(f"filled {len(incidents)} incidents, {store.count_articles()} articles, "
              f"{store.count_claims()} claims in {time.perf_counter() - t0:.0f} s")

        t0 = time.perf_counter()
        full = refresh(store)  # everything is queued by the store's triggers
        print(f"full assessment: {time.perf_counter() - t0:.1f} s ({full.incidents} incidents, "
              f"{full.articles} articles) — one run")

        target = incidents[len(incidents) // 2]
        ref = target.claims[0]
        first = store.claims(ClaimFilter(article_id=ref.article_id))[0]

        def one_more(k: list[int] = [0]) -> None:
            k[0] += 1
            aid = f"new-{k[0]}"
            store.add_article(Article(aid, f"A new report {k[0]} of the strike on {first.claim.place.name}",
                                      source="outlet-new", published=first.published, lang="en"))
            store.set_claims(aid, [first.claim])
            link_articles(store, [aid])
            refresh(store)

        print(f"one new report linked and re-assessed: {1000 * best(one_more, args.repeat):.0f} ms "
              f"(best of {args.repeat}; linking included)")
        new_iid = store.incident_of_claim("new-1", 0)
        assert new_iid == target.id, "the new report should link into its incident"

        page = [inc.id for inc in incidents[:50]]
        reads = {
            "article score + standings (stored)": lambda: article_assessment(store, ref.article_id),
            "incident grade + standings (stored)": lambda: incident_assessment(store, target.id),
            "grades of a page of 50 incidents (stored)": lambda: store.incident_assessments(page),
            "outlets' record, by year (stored)": lambda: store.outlet_record("year"),
        }
        for name, fn in reads.items():
            print(f"{name}: {1000 * best(fn, args.repeat):.1f} ms")

        def on_read(iid: str) -> None:
            inc = store.get_incident(iid)
            members, texts = [], {}
            for r in inc.claims:
                found = {c.claim_index: c for c in store.claims(ClaimFilter(article_id=r.article_id))}
                if r.claim_index in found:
                    members.append(found[r.claim_index])
                texts[r.article_id] = store.get_article(r.article_id).text
            assess_incident(iid, members, texts)

        one = best(lambda: on_read(target.id), args.repeat)
        fifty = best(lambda: [on_read(i) for i in page], args.repeat)
        print(f"computed on read: one incident {1000 * one:.1f} ms, a page of 50 {1000 * fifty:.0f} ms; "
              f"anything over all incidents ≈ {fifty / len(page) * len(incidents):.0f} s (from the page)")
        t0 = time.perf_counter()
        again = rebuild(store)
        print(f"rebuild (rasd assess --rebuild): {time.perf_counter() - t0:.1f} s "
              f"({again.incidents} incidents) — one run")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
