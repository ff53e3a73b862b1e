"""Which English place names fire on a set of English articles, and which the guards turn away.

For every place mention ``gz.find`` returns on the articles' texts: the name as written, the
place it was read as, whether the spelling is listed in the gazetteer's data or derived by the
transliteration rules (rasd.text.latin), and a few contexts to read by eye. Then the names the
English guards rejected (rasd.extract.places_en), by reason, with contexts.

    .venv/bin/python scripts/measure_places_en.py ../shared/data/fakes-en/fakes-dev.csv [--top 80] [--show 3]
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

from rasd.extract.places import gazetteer
from rasd.extract.places_en import EnglishGuard
from rasd.ingest import read_paths
from rasd.text.latin import fold, is_latin
from rasd.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src/rasd/data"


def listed_spellings() -> set[str]:
    """Every English name as the data files write it, folded."""
    out: set[str] = set()
    for path, cols in ((DATA / "gazetteer/syria.tsv", (2, 4)), (DATA / "gazetteer/syria_extra.tsv", (6,)),
                       (DATA / "lexicons/places_world.tsv", (6,))):
        for line in path.read_text("utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#"):
                continue
            for c in cols:
                if c < len(cells):
                    out.update(" ".join(re.findall(r"[a-z0-9]+", fold(n))) for n in cells[c].split("|") if n)
    return out


class RecordingGuard(EnglishGuard):
    """The guard, noting each name it turns away and why."""

    def __init__(self, base: EnglishGuard) -> None:
        super().__init__(base.w)
        self.rejected: collections.Counter[tuple[str, str]] = collections.Counter()
        self.contexts: dict[tuple[str, str], list[str]] = collections.defaultdict(list)

    def accepts(self, nt, toks, i, k, *rest) -> bool:  # type: ignore[no-untyped-def]
        ok = super().accepts(nt, toks, i, k, *rest)
        if not ok:
            s, e = nt.orig_span(toks[i][0], toks[min(i + k, len(toks)) - 1][1])
            written = nt.original[s:e]
            key = (written.lower(), self._why(nt, toks, i, k))
            self.rejected[key] += 1
            self.contexts[key].append(_context(nt.original, s, e))
        return ok

    def _why(self, nt, toks, i, k) -> str:  # type: ignore[no-untyped-def]
        words = [t[2] for t in toks[i:i + k]]
        if len(words) == 1 and words[0] in self.w.never:
            return "never"
        if any(w in self.w.function for w in words):
            return "function word"
        if not any(nt.original[nt.orig(t[0])].isupper() for t in toks[i:i + k]):
            return "lower case"
        if all(w in self.w.homographs for w in words):
            return "common word without context"
        return "glued to another capitalised word"


def _context(text: str, s: int, e: int, width: int = 50) -> str:
    left = " ".join(text[max(0, s - width):s].split())
    right = " ".join(text[e:e + width].split())
    return f"…{left} [{text[s:e]}] {right}…"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--top", type=int, default=80, help="names listed (most frequent first)")
    ap.add_argument("--show", type=int, default=2, help="contexts shown per name")
    args = ap.parse_args()
    gz = gazetteer()
    guard = RecordingGuard(gz.english)
    gz.english = guard
    listed = listed_spellings()
    hits: collections.Counter[tuple[str, str, str, bool]] = collections.Counter()
    contexts: dict[tuple, list[str]] = collections.defaultdict(list)
    articles = 0
    for article in read_paths(args.paths):
        articles += 1
        nt = normalize(article.text)
        for m in gz.find(nt):
            if m.place.span is None or not any(is_latin(w) for w in re.findall(r"\w+", m.place.span.text)):
                continue
            written = m.place.span.text
            key = (written.lower(), m.place.governorate, m.level,
                   " ".join(re.findall(r"[a-z0-9]+", fold(written))) in listed)
            hits[key] += 1
            contexts[key].append(_context(article.text, m.place.span.start, m.place.span.end))
    total = sum(hits.values())
    derived = sum(n for k, n in hits.items() if not k[3])
    print(f"{articles} articles: {total} English place mentions, {derived} by derived spellings, "
          f"{len(hits)} distinct (name, place) readings; {sum(guard.rejected.values())} turned away")
    print("\nmentions (count, as written, governorate, level, listed|derived):")
    for (name, gov, level, is_listed), n in hits.most_common(args.top):
        print(f"  {n:4}  {name:<28} {gov:<12} {level:<13} {'listed' if is_listed else 'derived'}")
        for c in contexts[(name, gov, level, is_listed)][:args.show]:
            print(f"          {c}")
    print("\nturned away (count, as written, reason):")
    for (name, why), n in guard.rejected.most_common(args.top):
        print(f"  {n:4}  {name:<28} {why}")
        for c in guard.contexts[(name, why)][:args.show]:
            print(f"          {c}")


if __name__ == "__main__":
    main()
