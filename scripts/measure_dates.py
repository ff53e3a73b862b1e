"""Measure rasd's dates on the dev set (and publication dates on the corpus).

Event dates: for each gold claim with a date, find its quote in the article, run
``find_dates`` on the quote's sentence, then its paragraph, then the article start, take the
mention with a span nearest the quote, and compare with gold's start/end.
Publication dates: ``publication_date_from_text`` against the "published" metadata.

    .venv/bin/python scripts/measure_dates.py [--shared /work/shared] [-v]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rasd.extract.dates import DateMention, find_dates
from rasd.text.dates import publication_date_from_text
from rasd.text.normalize import Normalized, norm, normalize
from rasd.text.segment import sentences

from gold_context import locate, windows


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _nearest(nt: Normalized, published: str | None, pos: int, qend: int,
             windows: list[tuple[int, int]]) -> DateMention | None:
    """The dated mention nearest the quote (inside it counts as nearest)."""
    def distance(m: DateMention) -> int:
        return max(0, pos - m.end, m.start - qend)

    for s, e in windows:
        found = [m for m in find_dates(nt, published, s, e) if m.span is not None]
        if found:
            return min(found, key=distance)
    return None


def event_dates(articles: dict[str, dict], gold: list[dict], verbose: bool) -> None:
    dated = exact = start_ok = missed = not_found = 0
    null_gold = null_ok = 0
    for g in gold:
        a = articles[g["article_id"]]
        nt = normalize(a["text"])
        sents = sentences(nt.text)
        for c in g["claims"]:
            pos = locate(nt, c["quote"])
            if pos is None:
                not_found += 1
                continue
            qend = pos + len(norm(c["quote"]))
            m = _nearest(nt, a.get("published"), pos, qend, windows(sents, pos)[:1 if not c["date"] else 3])
            if not c["date"]:
                null_gold += 1
                # gold null: rasd's own assembler may still date it; here: nothing in the sentence
                null_ok += m is None
                continue
            dated += 1
            got = m.span.to_dict() if m and m.span else None
            want = {"start": c["date"]["start"], "end": c["date"]["end"]}
            if got is None:
                missed += 1
            elif got == want:
                exact += 1
            if got and got["start"] == want["start"]:
                start_ok += 1
            if verbose and got != want:
                txt = nt.text[m.start:m.end] if m else "-"
                print(f"  {a['id']} pub={a.get('published')} want={want['start']}..{want['end']} "
                      f"got={got and got['start']}..{got and got['end']} [{txt}]  «{c['quote'][:50]}»")
    print(f"event dates: {dated} gold claims with a date; exact start+end {exact} ({exact / dated:.0%}), "
          f"start right {start_ok} ({start_ok / dated:.0%}), no date found {missed}; quotes not found {not_found}")
    print(f"gold null dates: {null_gold}; no dated mention in the quote's sentence {null_ok} ({null_ok / max(null_gold, 1):.0%})")


def publication(name: str, rows: list[dict], verbose: bool) -> None:
    found = agree = 0
    for a in rows:
        got = publication_date_from_text(a["text"])
        if got is None:
            continue
        found += 1
        if got == a.get("published"):
            agree += 1
        elif verbose:
            print(f"  {a['id']} published={a.get('published')} text={got}  {a['text'][:70]!r}")
    with_pub = sum(1 for a in rows if a.get("published"))
    print(f"publication ({name}): {len(rows)} articles ({with_pub} with metadata), a date in the text "
          f"for {found}; agrees with metadata {agree}/{found}")


def speed(rows: list[dict]) -> None:
    texts = [(normalize(a["text"]), a.get("published")) for a in rows]
    chars = sum(len(nt.text) for nt, _ in texts)
    t0 = time.perf_counter()
    for nt, pub in texts:
        find_dates(nt, pub)
    dt = time.perf_counter() - t0
    print(f"speed: find_dates over {len(texts)} articles, {chars / 1000:.0f}k chars: "
          f"{dt * 1000 / (chars / 1000):.3f} ms per 1,000 chars, {len(texts) / dt:.0f} articles/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    root = Path(args.shared) / "data"
    dev = _read(root / "dev" / "articles.jsonl")
    gold = _read(root / "dev" / "gold.jsonl")
    event_dates({a["id"]: a for a in dev}, gold, args.verbose)
    publication("dev", dev, args.verbose)
    corpus_path = root / "corpus" / "ar-conflict-news.jsonl"
    if corpus_path.exists():
        corpus = _read(corpus_path)
        publication("corpus", corpus, args.verbose)
        speed(corpus)


if __name__ == "__main__":
    main()
