"""Measure rasd's place recognition on the dev set, its false positives and speed on the corpus.

Dev: for each gold claim, find its quote in the article, run ``gz.find`` on the quote's
sentence (then its paragraph, then the article's lead when the sentence names no place),
``gz.resolve`` the mentions, and compare name / governorate / precision with gold. This
measures the place stage alone; the claim assembler chooses windows its own way.

Corpus: which names fire most often on a sample (to spot ordinary words read as places),
and how fast ``gz.find`` runs.

    .venv/bin/python scripts/measure_places.py [--shared /work/shared] [-v] [--top 60]
"""

from __future__ import annotations

import argparse
import collections
import json
import time
from pathlib import Path

from rasd.extract.places import gazetteer
from rasd.text.lexicon import tokens
from rasd.text.normalize import norm, normalize
from rasd.text.segment import sentences

from gold_context import locate, windows

_PREFIXES = ("حي ", "مدينه ", "بلده ", "قريه ", "محافظه ")


def _read(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def _same_name(a: str | None, b: str | None) -> bool:
    """Names compare normalised; gold sometimes keeps a generic prefix the codebook drops."""
    if a is None or b is None:
        return a is b
    na, nb = norm(a), norm(b)
    for p in _PREFIXES:
        na, nb = na.removeprefix(p), nb.removeprefix(p)
    return na.replace(" ", "") == nb.replace(" ", "")


def dev(articles: dict[str, dict], gold: list[dict], verbose: bool) -> None:
    gz = gazetteer()
    n = name_ok = gov_ok = prec_ok = all_ok = missing = 0
    for g in gold:
        a = articles[g["article_id"]]
        nt = normalize(a["text"])
        toks = tokens(nt.text)
        sents = sentences(nt.text)
        for c in g["claims"]:
            pos = locate(nt, c["quote"])
            if pos is None:
                missing += 1
                continue
            n += 1
            place = gz.resolve([])
            for s, e in windows(sents, pos):
                found = gz.find(nt, toks, s, e)
                if found:
                    place = gz.resolve(found)
                    break
            want = c["place"]
            ok_n = _same_name(place.name, want.get("name"))
            ok_g = place.governorate == (want.get("governorate") or "unknown")
            ok_p = place.precision == (want.get("precision") or "unknown")
            name_ok += ok_n
            gov_ok += ok_g
            prec_ok += ok_p
            all_ok += ok_n and ok_g and ok_p
            if verbose and not (ok_n and ok_g and ok_p):
                print(f"  {a['id']} want {want.get('name')}/{want.get('governorate')}/{want.get('precision')}"
                      f"  got {place.name}/{place.governorate}/{place.precision}")
    pct = lambda k: f"{k}/{n} ({k / max(n, 1):.0%})"  # noqa: E731
    print(f"dev: {n} gold claims (quotes not found: {missing})")
    print(f"  governorate {pct(gov_ok)}, name {pct(name_ok)}, precision {pct(prec_ok)}, all three {pct(all_ok)}")


def corpus(rows: list[dict], top: int) -> None:
    gz = gazetteer()
    texts = [normalize(a["text"]) for a in rows]
    toks = [tokens(nt.text) for nt in texts]
    chars = sum(len(nt.text) for nt in texts)
    t0 = time.perf_counter()
    found = [gz.find(nt, tk) for nt, tk in zip(texts, toks)]
    dt = time.perf_counter() - t0
    print(f"speed: gz.find over {len(texts)} articles, {chars / 1000:.0f}k chars: "
          f"{dt * 1000 / (chars / 1000):.3f} ms per 1,000 chars")
    fired: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for ms in found:
        for m in ms:
            fired[(norm(m.place.name or ""), m.level, m.place.governorate)] += 1
    print(f"mentions: {sum(fired.values())}; most frequent names:")
    for (name, level, gov), k in fired.most_common(top):
        print(f"  {k:5d}  {name}  {level}  {gov}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--sample", type=int, default=1000, help="corpus articles to read")
    args = ap.parse_args()
    root = Path(args.shared) / "data"
    t0 = time.perf_counter()
    gazetteer()
    print(f"gazetteer loads in {time.perf_counter() - t0:.3f} s")
    dev({a["id"]: a for a in _read(root / "dev" / "articles.jsonl")}, _read(root / "dev" / "gold.jsonl"),
        args.verbose)
    corpus_path = root / "corpus" / "ar-conflict-news.jsonl"
    if corpus_path.exists():
        corpus(_read(corpus_path, args.sample), args.top)


if __name__ == "__main__":
    main()
