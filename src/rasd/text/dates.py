"""Absolute dates in text and metadata: month names, numeric dates, datelines.

Only what fixes a day is turned into a date; everything else stays unknown (None).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

from rasd.text.lexicon import Lexicon, read_tsv, tokens
from rasd.text.normalize import norm, normalize


@lru_cache(maxsize=1)
def months() -> Lexicon[int]:
    lex: Lexicon[int] = Lexicon()
    for month, name in read_tsv("lexicons/months.tsv"):
        lex.add(name, int(month))
    return lex


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)")


def parse_date_string(s: str | None) -> str | None:
    """ISO day from a metadata date string (ISO, ISO datetime, d/m/Y, "8 February 2018", RFC 2822)."""
    if not s or not str(s).strip():
        return None
    s = str(s).strip()
    m = _ISO.search(s)
    if m:
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat() if d else None
    m = _NUMERIC.search(s)
    if m:
        d = safe_date(int(m[3]), int(m[2]), int(m[1])) or safe_date(int(m[3]), int(m[1]), int(m[2]))
        return d.isoformat() if d else None
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = month_dates(s)
    return found[0] if found else None


def month_dates(text: str, default_year: int | None = None) -> list[str]:
    """Days written with a month name ("8 فبراير 2018", "Feb 8, 2018"), in order."""
    nt = normalize(text)
    toks = tokens(nt.text)
    out = []
    for i in range(len(toks)):
        m = months().match_at(toks, i)
        if not m:
            continue
        month, k, _ = m
        day = year = None
        if i > 0 and toks[i - 1][2].isdigit() and int(toks[i - 1][2]) <= 31:
            day = int(toks[i - 1][2])
        elif i + k < len(toks) and toks[i + k][2].isdigit() and int(toks[i + k][2]) <= 31:
            day = int(toks[i + k][2])
            k += 1
        for t in toks[i + k:i + k + 2]:
            if t[2].isdigit() and len(t[2]) == 4:
                year = int(t[2])
                break
        year = year or default_year
        if day and year:
            d = safe_date(year, month, day)
            if d:
                out.append(d.isoformat())
    return out


def publication_date_from_text(text: str) -> str | None:
    """ISO day from an article's dateline or date line ("دمشق 8 فبراير 2018", "24.10.2017 | 20:35").

    Looks at the first lines, then the last ones. Numeric dates are read day-first (the Arabic
    norm) unless another numeric date in the article shows month-first order.
    """
    head = text[:300]
    tail = text[-200:]
    for part in (head, tail):
        named = month_dates(part)
        if named:
            return named[0]
        m = _ISO.search(part)
        if m:
            d = safe_date(int(m[1]), int(m[2]), int(m[3]))
            if d:
                return d.isoformat()
        m = _NUMERIC.search(part)
        if m:
            a, b, y = int(m[1]), int(m[2]), int(m[3])
            month_first = any(int(x[2]) > 12 and int(x[1]) <= 12 for x in _NUMERIC.finditer(text))
            d = safe_date(y, a, b) if month_first else safe_date(y, b, a)
            if d:
                return d.isoformat()
    return None


def parse_iso(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return datetime.strptime(s[:10], "%Y-%m-%d").date()
    except ValueError:
        return None


__all__ = ["parse_date_string", "publication_date_from_text", "month_dates", "months", "norm", "parse_iso"]
