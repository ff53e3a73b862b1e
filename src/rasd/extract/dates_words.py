"""Is a token a month name? (Figures must not read "8 شباط" as a count of eight.)"""

from __future__ import annotations

from functools import lru_cache

from rasd.text.lexicon import read_tsv
from rasd.text.normalize import norm


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    words: set[str] = set()
    try:
        rows = list(read_tsv("lexicons/months.tsv"))
    except FileNotFoundError:
        rows = []
    for row in rows:
        for cell in row[1:]:
            for w in norm(cell).split():
                if not w.isdigit() and len(w) > 1:
                    words.add(w)
    return frozenset(words)


def is_month_token(tok: str) -> bool:
    months = _months()
    if tok in months:
        return True
    return len(tok) > 3 and tok[0] in "وبل" and tok[1:] in months
