#!/usr/bin/env python3
"""How extraction time grows with the size of one text: 100 kB, 1 MB and 5 MB of realistic
text (the corpus's articles, in order, joined by blank lines until the size is reached).

Two ways of feeding the text, printed side by side:

- ``as read`` (the default): what ``rasd extract`` / ``rasd ingest`` / the API do. The
  readers split a text over the per-article limit (``rasd.ingest.MAX_ARTICLE_CHARS``) into
  articles at paragraph ends, and each part is extracted. The time includes the split.
- ``unsplit`` (``--unsplit``): ``rasd.extract.extract`` on the whole text as one article,
  which no entrance of rasd does any more; it shows what the extractor itself costs on long
  inputs. Slow: minutes at 5 MB.

The bar (issue 10): each size at most 12x the time of the previous per 10x size (for the
5x step from 1 MB to 5 MB, 12 ** log10(5) = 5.7x). Time is the process's CPU time
(``time.process_time``), best of ``--repeat`` passes: on a machine shared with other jobs
wall time swings by 2-3x between passes while CPU time holds within a few per cent. Wall
time is printed beside it.

    python bench/bench_scaling.py [--corpus FILE] [--repeat N] [--unsplit] [--sizes 100000,1000000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

from bench_extract import DEFAULT_CORPUS, pin_one_core  # bench/ is the script's directory

SIZES = (100_000, 1_000_000, 5_000_000)
BAR_PER_10X = 12.0


def realistic_text(corpus: Path, size: int) -> str:
    """``size`` characters of real reports, whole articles joined by blank lines (the last
    one cut), the way a feed pasted into one field looks."""
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def run(text: str, unsplit: bool) -> tuple[float, float, int, int]:
    """(CPU seconds, wall seconds, articles, claims) for one pass."""
    from rasd.core.models import Article
    from rasd.extract import extract
    from rasd.ingest import split_article

    c0, w0 = time.process_time(), time.perf_counter()
    whole = Article(id="bench", text=text, published="2020-01-01", lang="ar")
    parts = [whole] if unsplit else split_article(whole)
    claims = sum(len(extract(a)) for a in parts)
    return time.process_time() - c0, time.perf_counter() - w0, len(parts), claims


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="JSON Lines of articles (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N passes per size (default 3)")
    ap.add_argument("--unsplit", action="store_true",
                    help="extract each size as one article, without the per-article limit")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)),
                    help="comma-separated sizes in characters (default: %(default)s)")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"error: no corpus at {args.corpus} (pass --corpus FILE)", file=sys.stderr)
        return 2
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        print(f"error: --sizes takes numbers, got {args.sizes!r}", file=sys.stderr)
        return 2
    if args.repeat < 1 or not sizes or min(sizes) < 1:
        print("error: --repeat and every size must be at least 1", file=sys.stderr)
        return 2
    pinned = pin_one_core()

    from rasd.core.models import Article
    from rasd.extract import extract
    from rasd.ingest import MAX_ARTICLE_CHARS

    extract(Article(id="warm", text=realistic_text(args.corpus, 5_000)))  # lexicons, gazetteer
    mode = "unsplit: one article per size" if args.unsplit else \
        f"as read: split at {MAX_ARTICLE_CHARS:,} characters per article"
    print(f"corpus   {args.corpus.resolve()}")
    print(f"process  pid {os.getpid()}, {pinned}")
    print(f"mode     {mode}; best of {args.repeat}")
    print(f"{'size':>10}  {'articles':>8}  {'claims':>6}  {'cpu s':>7}  {'x prev':>7}  {'bar':>6}  "
          f"{'wall s':>7}  cpu s of every pass")
    prev: tuple[int, float] | None = None
    met = True
    for size in sizes:
        text = realistic_text(args.corpus, size)
        passes = [run(text, args.unsplit) for _ in range(args.repeat)]
        best = min(p[0] for p in passes)
        wall = min(p[1] for p in passes)
        _, _, n_articles, claims = passes[0]
        ratio = bar = ""
        if prev is not None:
            r = best / prev[1]
            allowed = BAR_PER_10X ** math.log10(size / prev[0])
            met = met and r <= allowed
            ratio, bar = f"{r:.1f}x", f"{allowed:.1f}x"
        print(f"{size:>10,}  {n_articles:>8}  {claims:>6}  {best:>7.2f}  {ratio:>7}  {bar:>6}  "
              f"{wall:>7.2f}  " + ", ".join(f"{p[0]:.2f}" for p in passes), flush=True)
        prev = (size, best)
    print(f"bar      {'met' if met else 'NOT met'} (each size <= 12x the previous per 10x size)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
