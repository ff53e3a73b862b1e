"""rasd's article consistency score against the FA-KES labels, beside an outlet-only
baseline and within each political camp (docs/assess.md).

    .venv/bin/python bench/assess_fakes.py                       # ../shared/data/fakes-en/fakes-dev.csv
    .venv/bin/python bench/assess_fakes.py --data fakes.csv --examples 12 --json

Ingests the CSV with ``rasd ingest`` (extraction, linking, assessment: the user's path) into
a fresh database, then compares each article's score with its label. FA-KES labels came
from matching crowd-coded casualty facts against the VDC database and track the outlet's
camp closely (see the data's SOURCE.md): they are a reference to compare with, not a
ground truth of whether the figures are right. The FA-KES ``date`` column is month/day/year;
it is rewritten as an ISO day before ingest so the reader cannot take it day-first.

Camps (bench/data/fakes_camps.tsv) are used only here, to measure; rasd's score never sees
the outlet. Baselines are leave-one-out (an article's outlet rate excludes the article), so
they do not know the label they predict. AUC intervals: 95 % bootstrap over articles.
Exit 0; 2 when the data is missing.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fakes-en" / "fakes-dev.csv"
CAMPS = Path(__file__).resolve().parent / "data" / "fakes_camps.tsv"
BOOTSTRAP = 1000


def camps() -> dict[str, str]:
    out = {}
    for line in CAMPS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            outlet, camp = line.split("\t")
            out[outlet.strip()] = camp.strip()
    return out


def iso(mdy: str) -> str:
    m, d, y = (int(x) for x in mdy.strip().split("/"))
    return date(2000 + y if y < 100 else y, m, d).isoformat()


def prepared_csv(src: Path, dest: Path) -> list[dict[str, str]]:
    with src.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with dest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow({**r, "date": iso(r["date"]) if r["date"].strip() else ""})
    return rows


def ingest(csv_path: Path, db: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", "from rasd.cli import main; main()", "ingest",
                        str(csv_path), "--db", str(db)], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"rasd ingest failed:\n{p.stderr}")
    return time.perf_counter() - t0, p.stderr.strip()


def auc(scores: list[float], labels: list[int]) -> float | None:
    """P(a credible article scores above a fake one), ties counting half."""
    pos = [s for s, y in zip(scores, labels) if y == 1]
    neg = [s for s, y in zip(scores, labels) if y == 0]
    if not pos or not neg:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def auc_ci(scores: list[float], labels: list[int], seed: int = 7) -> tuple[float | None, float | None]:
    rnd = random.Random(seed)
    n = len(scores)
    vals = []
    for _ in range(BOOTSTRAP):
        idx = [rnd.randrange(n) for _ in range(n)]
        a = auc([scores[i] for i in idx], [labels[i] for i in idx])
        if a is not None:
            vals.append(a)
    if len(vals) < BOOTSTRAP // 2:
        return None, None
    vals.sort()
    return vals[int(0.025 * len(vals))], vals[int(0.975 * len(vals)) - 1]


def loo_rate(rows: list[dict[str, Any]], key: str) -> dict[str, float]:
    """Each article: the credible rate of its group (outlet or camp) without itself."""
    tot: Counter = Counter()
    pos: Counter = Counter()
    for r in rows:
        tot[r[key]] += 1
        pos[r[key]] += r["label"]
    prior = sum(pos.values()) / max(1, sum(tot.values()))
    out = {}
    for r in rows:
        n, k = tot[r[key]] - 1, pos[r[key]] - r["label"]
        out[r["id"]] = k / n if n else prior
    return out


def fmt(x: float | None, nd: int = 2) -> str:
    return "–" if x is None else f"{x:.{nd}f}"


def auc_cell(scores: list[float], labels: list[int]) -> str:
    a = auc(scores, labels)
    if a is None:
        return "– (one label only)"
    lo, hi = auc_ci(scores, labels)
    return f"{a:.2f} [{fmt(lo)}, {fmt(hi)}]"


def measure(data: Path, db: Path) -> dict[str, Any]:
    from rasd.store import ClaimFilter, open_store

    with tempfile.TemporaryDirectory() as tmp:
        src_rows = prepared_csv(data, Path(tmp) / "fakes-iso.csv")
        seconds, log = ingest(Path(tmp) / "fakes-iso.csv", db)
    camp_of = camps()
    store = open_store(str(db))
    try:
        assessed = store.article_assessments()
        rows = []
        seen: set[str] = set()
        for r in src_rows:
            aid = r["unit_id"]
            a = assessed.get(aid)
            if a is None or aid in seen:  # a row given twice (same text) is stored once
                continue
            seen.add(aid)
            claims = store.claims(ClaimFilter(article_id=aid, limit=None))
            incidents = {i for sc in claims if (i := store.incident_of_claim(sc.article_id, sc.claim_index))}
            shared = any(len({ref.article_id for ref in store.get_incident(i).claims}) > 1 for i in incidents)
            killed = sorted({f.low for sc in claims for f in sc.claim.figures
                             if f.kind == "killed" and f.low is not None})
            crowd = sum(int(r[k] or 0) for k in ("nb_civilians", "nb_noncivilians"))
            # the camps of the outlets its checked figures were compared with (measurement only)
            against = {camp_of.get(c.source or "", "other") for f in store.figure_standings(article_id=aid)
                       if f.checked for c in f.compared}
            rows.append({"id": aid, "source": r["source"], "camp": camp_of.get(r["source"], "other"),
                         "label": int(r["label"]), "score": a.score, "figures": a.figures,
                         "checked": a.checked, "counts": a.counts, "explanation": a.explanation,
                         "shares_incident": shared, "killed": killed, "crowd_killed": crowd,
                         "compared_camps": sorted(against)})
        standing_totals = Counter(f.standing for f in store.figure_standings() if f.checked)
    finally:
        store.close()
    outlet_rate = loo_rate(rows, "source")
    camp_rate = loo_rate(rows, "camp")
    for r in rows:
        r["outlet_rate"], r["camp_rate"] = outlet_rate[r["id"]], camp_rate[r["id"]]
    return {"seconds": seconds, "log": log, "rows": rows, "standings": dict(standing_totals)}


def report(res: dict[str, Any], examples: int) -> str:
    rows = res["rows"]
    scored = [r for r in rows if r["score"] is not None]
    out: list[str] = []
    add = out.append
    add(f"ingest + extraction + linking + assessment: {res['seconds']:.1f} s (one run)")
    add(f"rasd ingest said: {' | '.join(res['log'].splitlines())}\n")
    add("## Coverage\n")
    add("| articles | with figures | in an incident with another report | with a score (≥ 1 figure checked) |")
    add("| --- | --- | --- | --- |")
    add(f"| {len(rows)} | {sum(1 for r in rows if r['figures'])} | "
        f"{sum(1 for r in rows if r['shares_incident'])} | {len(scored)} |\n")
    add(f"Checked figures by standing: {json.dumps(res['standings'])}\n")

    add("## Score against the labels\n")
    add("AUC = probability that a credible-labelled article gets a higher value than a fake-"
        "labelled one (0.5: no relation); [95 % bootstrap interval].\n")
    add("| predictor | articles | credible / fake | AUC |")
    add("| --- | --- | --- | --- |")

    def line(name: str, subset: list[dict], key: str) -> None:
        ys = [r["label"] for r in subset]
        add(f"| {name} | {len(subset)} | {sum(ys)} / {len(ys) - sum(ys)} | "
            f"{auc_cell([r[key] for r in subset], ys)} |")

    line("rasd article score (scored articles)", scored, "score")
    line("outlet-only baseline, same articles", scored, "outlet_rate")
    line("camp-only baseline, same articles", scored, "camp_rate")
    line("outlet-only baseline, all articles", rows, "outlet_rate")
    line("camp-only baseline, all articles", rows, "camp_rate")
    add("")
    add("## Within each camp (scored articles)\n")
    add("| camp | scored | credible / fake | mean score credible / fake | AUC of the score | AUC of the outlet baseline |")
    add("| --- | --- | --- | --- | --- | --- |")
    for camp in ("pro_government", "opposition", "other"):
        sub = [r for r in scored if r["camp"] == camp]
        ys = [r["label"] for r in sub]
        mean = {y: [r["score"] for r in sub if r["label"] == y] for y in (1, 0)}
        means = " / ".join(fmt(sum(v) / len(v)) if v else "–" for v in (mean[1], mean[0]))
        add(f"| {camp} | {len(sub)} | {sum(ys)} / {len(ys) - sum(ys)} | {means} | "
            f"{auc_cell([r['score'] for r in sub], ys)} | {auc_cell([r['outlet_rate'] for r in sub], ys)} |")
    add("")
    agree = sum(1 for r in scored if (r["score"] >= 0.5) == (r["outlet_rate"] >= 0.5))
    add(f"Score ≥ 0.5 and outlet rate ≥ 0.5 call the same side for {agree} of {len(scored)} scored articles.\n")
    add("Whom the scored articles were compared with (the camps of the outlets that reported the "
        "independent figures):\n")
    add("| camp | scored | only with its own camp | only with other camps | both |")
    add("| --- | --- | --- | --- | --- |")
    for camp in ("pro_government", "opposition", "other"):
        sub = [r for r in scored if r["camp"] == camp]
        own = sum(1 for r in sub if r["compared_camps"] == [camp])
        others = sum(1 for r in sub if camp not in r["compared_camps"])
        add(f"| {camp} | {len(sub)} | {own} | {others} | {len(sub) - own - others} |")
    add("")
    crowd_match = sum(1 for r in scored if r["crowd_killed"] and r["crowd_killed"] in r["killed"])
    crowd_any = sum(1 for r in scored if r["crowd_killed"])
    add(f"Extraction check: of {crowd_any} scored articles with a crowd-coded death toll "
        f"(nb_civilians + nb_noncivilians > 0), {crowd_match} have that number among rasd's "
        "killed figures for the article.\n")
    add("## Where the score and the label (or the outlet baseline) disagree\n")
    cases = [("score high (≥ 0.6), labelled fake", [r for r in scored if r["score"] >= 0.6 and r["label"] == 0]),
             ("score low (≤ 0.4), labelled credible", [r for r in scored if r["score"] <= 0.4 and r["label"] == 1]),
             ("score and outlet baseline on opposite sides of 0.5",
              [r for r in scored if (r["score"] >= 0.5) != (r["outlet_rate"] >= 0.5)])]
    for title, sub in cases:
        add(f"### {title}: {len(sub)}\n")
        for r in sub[:examples]:
            add(f"- `{r['id']}` {r['source']} ({r['camp']}), label {r['label']}, score {r['score']:.2f}, "
                f"outlet rate {r['outlet_rate']:.2f}; crowd killed {r['crowd_killed'] or '–'}, "
                f"rasd killed {r['killed'] or '–'} — {r['explanation']}")
        add("")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FA-KES CSV (default: %(default)s)")
    ap.add_argument("--db", type=Path, help="keep the database here (default: a temporary file)")
    ap.add_argument("--examples", type=int, default=8, help="disagreements listed per kind")
    ap.add_argument("--json", action="store_true", help="per-article rows as JSON Lines instead")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "fakes.db"
        if db.exists():
            sys.exit(f"{db} exists; give a new path (the measurement starts from an empty store)")
        res = measure(args.data, db)
    if args.json:
        for r in res["rows"]:
            print(json.dumps(r, ensure_ascii=False))
    else:
        print(report(res, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
