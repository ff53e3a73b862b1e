"""`rasd ingest --workers N`: the corpus repeated to ~16,000 articles, ingested with 1 and 2
Dask workers (and, with --plain, without Dask); time, articles/s, speed-up, the split
between extraction+storing, linking and assessment, and CPU cost per article.

    .venv/bin/python bench/bench_workers.py [CORPUS] [--articles 16000] [--workers 1,2]
        [--repeat 3] [--plain] [--keep DIR]

CORPUS is a JSON Lines file of articles or a folder of them (default ../shared/data/corpus).
Each copy of an article gets its own id (``ID~copy-K``) and a marker line appended to its
text, ``[rasd bench copy K]`` with K in letters (no digits, so no figure is read from it):
the content hash differs, so deduplication keeps every copy; extraction finds the same
claims in each copy, so the copies of one report link into one incident (ten reports of
one event rather than ten events: linking and assessment see a denser, harder workload
than ten distinct corpora would give).

Each run is a fresh SQLite store and a real `rasd ingest` process; the best of --repeat
runs counts (the machine is shared: other jobs' load shows as the load average printed
beside each run). CPU is the ingest process's and its worker processes' user+system time.
Exit 0, or 2 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RASD = [sys.executable, "-c", "from rasd.cli import main; main()"]
STAGES = ("extract+store", "link", "assess")


def corpus_records(path: Path) -> list[dict]:
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    out = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            out += [json.loads(line) for line in fh if line.strip()]
    return out


def letters(k: int) -> str:
    """0 → a, 25 → z, 26 → ba: a copy number without digits."""
    s = ""
    while True:
        s = chr(ord("a") + k % 26) + s
        k //= 26
        if not k:
            return s


def repeat_corpus(records: list[dict], n: int, out: Path) -> int:
    """Write ``n`` articles (copies of ``records`` in turn) into the folder ``out``, one
    file per copy (rasd reads files of up to 20 MB); returns n."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("copy-*.jsonl"):
        old.unlink()
    for k in range(-(-n // len(records))):
        mark = letters(k)
        with (out / f"copy-{k:03d}.jsonl").open("w", encoding="utf-8") as fh:
            for rec in records[:n - k * len(records)]:
                copy = dict(rec, id=f"{rec.get('id', 'article')}~copy-{mark}",
                            text=f"{rec['text']}\n\n[rasd bench copy {mark}]")
                fh.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return n


def cpu_children() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_ingest(data: Path, db: Path, workers: int | None, no_link: bool = False) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [*RASD, "ingest", str(data), "--db", str(db)]
    if workers:
        cmd += ["--workers", str(workers)]
    if no_link:
        cmd.append("--no-link")
    load = os.getloadavg()[0]
    cpu0, t0 = cpu_children(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, cpu_children() - cpu0
    if proc.returncode != 0:
        sys.exit(f"ingest failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    m = re.search(r"^read (\d+), new (\d+)", proc.stderr, re.M)
    timing = _line(proc.stderr, "time:")
    stages = {k: float(v) for k, v in re.findall(r"([\w+]+) ([\d.]+) s", timing.split("(")[0])}
    own = re.search(r"this process ([\d.]+) s", timing)
    stages["client CPU"] = float(own[1]) if own else 0.0
    return {"wall": wall, "cpu": cpu, "read": int(m[1]), "new": int(m[2]), "load": load,
            "stages": stages, "summary": proc.stderr.strip().splitlines()[-4:]}


def _line(text: str, head: str) -> str:
    return next((ln for ln in text.splitlines() if ln.startswith(head)), "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "data" / "corpus"))
    ap.add_argument("--articles", type=int, default=16_000)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--repeat", type=int, default=3, help="runs per setting; the best counts")
    ap.add_argument("--plain", action="store_true", help="also ingest without Dask")
    ap.add_argument("--no-link", action="store_true",
                    help="extract and store only (the part workers parallelise); link and "
                         "assess are left pending")
    ap.add_argument("--keep", metavar="DIR", help="keep the repeated corpus and stores here")
    args = ap.parse_args()

    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    records = corpus_records(corpus)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / "repeated"
    n = repeat_corpus(records, args.articles, data)
    print(f"corpus: {len(records)} articles from {corpus}, repeated to {n} "
          f"({-(-n // len(records))} copies) in {data}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")

    settings = ([None] if args.plain else []) + [int(w) for w in args.workers.split(",")]
    best: dict = {}
    for w in settings:
        name = "plain" if w is None else f"--workers {w}"
        for r in range(args.repeat):
            res = run_ingest(data, work / "bench.db", w, args.no_link)
            st = "  ".join(f"{k} {res['stages'].get(k, 0):6.1f}" for k in (*STAGES, "client CPU"))
            print(f"{name:12} run {r + 1}: {res['wall']:7.1f} s wall  {res['cpu']:7.1f} s CPU  "
                  f"[{st}]  load {res['load']:.2f}  read {res['read']} new {res['new']}", flush=True)
            if name not in best or res["wall"] < best[name]["wall"]:
                best[name] = res
    print()
    print("| setting | wall (best) | articles/s | speed-up vs --workers 1 | extract+store | link | assess "
          "| CPU ms / article (all processes) | of it, the writer's | the workers' | wall ms / article "
          "| load at start |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    base = best.get("--workers 1")
    for name, res in best.items():
        up = f"{base['wall'] / res['wall']:.2f}x" if base else "-"
        ex_up = ""
        if base and base["stages"].get("extract+store") and res["stages"].get("extract+store"):
            ex_up = f" ({base['stages']['extract+store'] / res['stages']['extract+store']:.2f}x extract+store)"
        s = res["stages"]
        print(f"| {name} | {res['wall']:.1f} s | {n / res['wall']:.0f} | {up}{ex_up} | "
              f"{s.get('extract+store', 0):.1f} s | {s.get('link', 0):.1f} s | {s.get('assess', 0):.1f} s | "
              f"{res['cpu'] / n * 1000:.1f} ms | {s['client CPU'] / n * 1000:.2f} ms | "
              f"{(res['cpu'] - s['client CPU']) / n * 1000:.2f} ms | "
              f"{res['wall'] / n * 1000:.2f} | {res['load']:.2f} |")
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
