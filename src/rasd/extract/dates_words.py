"""Is a token a month name? (Figures must not read "8 شباط" as a count of eight.)"""

from __future__ import annotations

from functools import lru_cache

from rasd.lang import pack
from rasd.text.normalize import norm


@lru_cache(maxsize=None)
def _months(lang: str) -> frozenset[str]:
    words: set[str] = set()
    for row in pack(lang).rows("months"):
        for cell in row[1:]:
            for w in norm(cell).split():
                if not w.isdigit() and len(w) > 1:
                    words.add(w)
    return frozenset(words)


@lru_cache(maxsize=1 << 16)
def is_month_token(tok: str, lang: str = "ar") -> bool:
    months = _months(lang)
    if tok in months:
        return True
    return any(f in months for f, p in pack(lang).token_forms(tok) if p)
