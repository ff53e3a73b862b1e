#!/usr/bin/env python3
"""Extraction throughput on the real corpus, in one process on one core.

Ingest (reading and parsing the JSON Lines into Articles) is timed apart from extraction,
so a slow extractor is not hidden behind, or blamed for, JSON parsing. Peak RSS is the
whole process's (interpreter, lexicons and gazetteer included).

    python bench/bench_extract.py [--corpus FILE] [--repeat N] [--limit N]

Each pass extracts every article; "articles/s" is the best pass (steady state: the per-word
caches of lexicons and readers filled), and the first pass, when every word is new to them, is
printed on its own line: a stream of new articles runs between the two.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "../shared/data/corpus/ar-conflict-news.jsonl"


def pin_one_core() -> str:
    # A throughput figure is only comparable across runs and machines per core.
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    return "not pinned (no sched_setaffinity on this platform)"


def _interpreter() -> str:
    """The interpreter and how it was built, since a figure depends on it: the same code runs ~12 %
    fewer instructions on a CPython with libpython linked in (Debian's python3.11) than on one
    calling a shared libpython (pyenv's default build); docs/benchmarks.md."""
    import platform

    build = ""
    maps = Path("/proc/self/maps")  # (Linux) the libraries this process runs on
    if maps.is_file():
        shared = "libpython" in maps.read_text(errors="replace")
        build = "; libpython shared" if shared else "; libpython linked in"
    return f"{platform.python_implementation()} {platform.python_version()} ({sys.executable}{build})"


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _ingest(path: Path, limit: int | None) -> list:
    from rasd.core.models import Article

    articles = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                articles.append(Article.from_dict(json.loads(line)))
                if limit and len(articles) >= limit:
                    break
    return articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="JSON Lines of articles (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="extract the corpus N times (default: %(default)s); the first pass, with the "
                         "per-word caches still empty, is printed on its own line")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"error: no corpus at {args.corpus} (pass --corpus FILE)", file=sys.stderr)
        return 2
    if args.repeat < 1:
        print("error: --repeat must be at least 1", file=sys.stderr)
        return 2
    pinned = pin_one_core()

    t0 = time.perf_counter()
    from rasd.extract import extract

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    articles = _ingest(args.corpus, args.limit)
    t_ingest = time.perf_counter() - t0

    # Lexicons and the gazetteer load lazily on first use; warm them up outside the timing
    # so the number is steady-state throughput (the load time is printed on its own).
    t0 = time.perf_counter()
    extract(articles[0]) if articles else None
    t_warm = time.perf_counter() - t0

    claims = figures = 0
    runs: list[float] = []
    for _ in range(args.repeat):
        claims = figures = 0
        t0 = time.perf_counter()
        for a in articles:
            cs = extract(a)
            claims += len(cs)
            figures += sum(len(c.figures) for c in cs)
        runs.append(time.perf_counter() - t0)

    best, n = min(runs), len(articles)
    print(f"corpus      {args.corpus.resolve()}")
    print(f"process     pid {os.getpid()}, {pinned}")
    print(f"python      {_interpreter()}")
    print(f"articles    {n}")
    print(f"claims      {claims}")
    print(f"figures     {figures}")
    print(f"import      {t_import:.3f} s")
    print(f"ingest      {t_ingest:.3f} s (JSON parsing into Articles)")
    print(f"warm-up     {t_warm:.3f} s (first article: lexicons, gazetteer)")
    first = runs[0]
    print(f"first pass  {first:.3f} s, {n / first:.1f} articles/s (every word new to the caches: a new corpus)"
          if first > 0 else "first pass  n/a")
    print(f"extract     {best:.3f} s best of {args.repeat}"
          + (f" (all: {', '.join(f'{r:.3f}' for r in runs)})" if args.repeat > 1 else ""))
    print(f"articles/s  {n / best:.1f}" if best > 0 else "articles/s  n/a")
    print(f"peak RSS    {_peak_rss_mb():.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
