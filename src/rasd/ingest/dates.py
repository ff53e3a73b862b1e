"""Publication dates: a metadata date string to an ISO day, else the text's dateline."""

from __future__ import annotations

import re
from datetime import date

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:$|[\s,T])")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")  # 20180208
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\.?,?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)


def _day(y: int, m: int, d: int) -> str | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_metadata_date(value: object, day_first: bool = True) -> str | None:
    """ISO ``YYYY-MM-DD`` of a metadata date ("2018-02-08", "2018-02-08T10:00:00+03:00",
    "2018-02-08 10:00", "08/02/2018", "8 February 2018", "Feb 8, 2018", RFC 2822), or None.
    The day is the one written, in the string's own time zone. ``day_first=False`` reads
    numeric dates month first, as FA-KES and other US-made sheets write them ("4/5/17")."""
    if value is None or isinstance(value, bool):
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 and len(m.group(3)) == 2 else y
        # Day first, as Arabic and European sites write it; month first only when the
        # second number cannot be a month ("02/28/2018"), or when the caller knows the order.
        if not day_first:
            a, b = b, a
        return _day(y, b, a) if b <= 12 else _day(y, a, b)
    m = _COMPACT.match(s)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DAY_MONTH_YEAR.search(s)
    if m:
        return _day(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MONTH_DAY_YEAR.search(s)
    if m:
        return _day(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    return _shared_parser(s)  # Arabic month names and the rest


def _shared_parser(s: str) -> str | None:
    try:
        from rasd.text.dates import parse_date_string
    except ImportError:
        return None
    try:
        return parse_date_string(s)
    except Exception:  # a parser bug must not lose the article: the date is just unknown
        return None


def date_from_text(text: str) -> str | None:
    """The dateline / date line day of the text, or None (also while the shared date module
    is unavailable)."""
    try:
        from rasd.text.dates import publication_date_from_text
    except ImportError:
        return None
    try:
        return publication_date_from_text(text)
    except Exception:  # see _shared_parser
        return None
