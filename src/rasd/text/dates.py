"""Date words and date strings: the lexicons, publication dates, metadata date strings.

Event dates inside articles are found by ``rasd.extract.dates``; this module holds what both
need (month and date-word lexicons, numeric-date patterns) and the two pure parsers the
ingester uses: ``parse_date_string`` for metadata and ``publication_date_from_text`` for
datelines ("دمشق 8 فبراير 2018 /", "24.10.2017 | 20:35").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Iterator

from rasd.lang import pack, rows_all
from rasd.text.lexicon import Lexicon, class_covering, tokens
from rasd.text.normalize import norm

# Years rasd accepts as real dates; a four-digit number outside is a count, not a year.
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class Word:
    """One lexicon entry: category ("month", "weekday", "rel", ...), value, and whether the
    word is also an everyday word that needs a date context ("آب", "الاثنين")."""

    cat: str
    val: str
    strict: bool = False


@dataclass(slots=True)
class DateLexicon:
    words: Lexicon[Word]  # every date word, months included
    months: dict[str, int]  # normalised month phrase -> month
    month_re: str  # alternation of month phrases (normalised), longest first
    weekday_re: str  # alternation of weekday words
    to_re: re.Pattern[str]  # the whole gap between two ends of a range
    gap_re: re.Pattern[str]  # the whole gap between parts of one date
    in_re: re.Pattern[str]  # "في" / "in" ending the text before a period
    future_re: re.Pattern[str]  # a word saying the clause speaks of what is to come
    today_re: str  # alternation of the words for "today" that a weekday may follow
    glue: dict[str, str]  # every glue category's alternation (words joined by \s+ inside)


# Categories of date_words.tsv that are no date words themselves but join or introduce them.
_GLUE = ("to", "gap", "in", "future", "today", "since_year", "year_noun", "year_in", "month_lead",
         "pub_cue", "not_pub", "range_from", "not_day_before", "not_day_after", "ago_of", "plural_unit",
         "about_unit", "comes_after", "wire", "wire_lead_stop")


def _alt_words(phrases: list[str]) -> str:
    """An alternation of phrases whose words may be set apart by any blank run."""
    return _alt(phrases).replace("\\ ", r"\s+")


def _alt(phrases: list[str]) -> str:
    if not phrases:
        return "(?!)"  # a language without such words: nothing matches
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def _rows(lang: str | None, name: str) -> Iterator[list[str]]:
    if lang is None:
        return (row for _lang, row in rows_all(name))
    return pack(lang).rows(name)


@lru_cache(maxsize=None)
def lexicon(lang: str | None = None) -> DateLexicon:
    """The date words of one language pack; of every pack when ``lang`` is None (metadata
    strings and datelines, read before an article's language is known)."""
    words: Lexicon[Word] = Lexicon() if lang is None else pack(lang).lexicon()
    months: dict[str, int] = {}
    weekdays: list[str] = []
    glue: dict[str, list[str]] = {c: [] for c in _GLUE}
    for row in _rows(lang, "months"):
        if len(row) < 2 or not row[1]:
            continue
        strict = row[0].endswith("?")
        m = int(row[0].rstrip("?"))
        months[norm(row[1])] = m
        words.add(row[1], Word("month", str(m), strict))
    for row in _rows(lang, "date_words"):
        if len(row) < 2 or not row[1]:
            continue
        cat, _, val = row[0].partition(":")
        if cat in glue:
            glue[cat].append(norm(row[1]))
            continue
        strict = val.endswith("?")
        words.add(row[1], Word(cat, val.rstrip("?"), strict))
        if cat == "weekday":
            weekdays.append(norm(row[1]))
    sep = r"[\s,،\-/()]*+"
    # "ال" is glued to the number it introduces ("الـ12" normalises to "ال12").
    gap = _alt(glue["gap"])
    return DateLexicon(
        words=words,
        months=months,
        month_re=_alt(list(months)),
        weekday_re=_alt(weekdays),
        # used with fullmatch on the whole gap, so the words need no boundaries of their own;
        # possessive runs (*+): a long blank run would otherwise be retried at every split
        to_re=re.compile(rf"[\s,،]*+(?:-|–|و?(?:{_alt(glue['to'])}))\s*+(?:ال)?\s*+"),
        gap_re=re.compile(rf"(?:{sep}(?:{gap})(?=[\s\d]|$))*{sep}"),
        in_re=re.compile(rf"(?:^|[\s(\"'])(?:{_alt(glue['in'])})\s*$"),
        future_re=re.compile(rf"(?<!\w)(?:{_alt(glue['future'])})(?!\w)"),
        today_re=_alt(glue["today"]),
        glue={c: _alt_words(v) for c, v in glue.items()},
    )


def make_date(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def full_year(y: int) -> int:
    """Two-digit years in datelines ("24.10.17") are this century's."""
    return y + 2000 if y < 100 else y


# --- numeric dates ------------------------------------------------------------------------
# d/m/y with one separator kind throughout; the look-arounds keep it off version numbers,
# phone numbers and longer digit runs. The look-behind stands after the first digit, not before
# it ("(?<![\d/.\-])\d" as "\d(?<![\d/.\-]\d)"), so the regex engine only tries positions
# holding a digit: the same matches, several times faster over an article. The first digit is
# sought by a class of explicit ranges covering every digit (``class_covering``), then checked
# by ``(?<=\d)``: the engine skips the letters between by a bit lookup each, not by asking
# the character database whether each is a digit.
_DIGIT = class_covering(r"\d") + r"(?<=\d)"
_NON_WORD = class_covering(r"\W") + r"(?<=\W)"  # (the same, for a character no word has)
NUMERIC_DMY = re.compile(rf"({_DIGIT}(?<![\d/.\-]\d)\d?)\s?([/.\-])\s?(\d{{1,2}})\s?\2\s?(\d{{4}}|\d{{2}})(?!\d|[/\-]\d|\.\d)")
NUMERIC_YMD = re.compile(rf"({_DIGIT}(?<![\d/.\-]\d)\d{{3}})([/.\-])(\d{{1,2}})\2(\d{{1,2}})(?!\d|[/\-]\d|\.\d)")


def day_first(text: str) -> bool:
    """Whether ambiguous numeric dates in ``text`` are day/month (the Arabic norm) or
    month/day: a date whose first part cannot be a month (24.10.2017) settles day-first,
    one whose second part cannot be (10/24/2017) settles month-first."""
    for m in NUMERIC_DMY.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if 12 < a <= 31 and 1 <= b <= 12:
            return True
        if 12 < b <= 31 and 1 <= a <= 12:
            return False
    return True


def numeric_date(m: re.Match[str], dayfirst: bool) -> date | None:
    a, b, y = int(m.group(1)), int(m.group(3)), full_year(int(m.group(4)))
    if len(m.group(4)) == 2 and m.group(2) == ".":
        return None  # "2.5.17" is too often a version or a score
    if a > 12 or (dayfirst and b <= 12):
        return make_date(y, b, a)
    return make_date(y, a, b)


# --- month-name dates ----------------------------------------------------------------------
@lru_cache(maxsize=None)
def _named_patterns(lang: str | None = None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lx = lexicon(lang)
    mon = lx.month_re
    # 8 فبراير 2018 | 8 شباط/فبراير 2018 | 8 من شهر آذار عام 2018 | 8th February, 2018
    # Whitespace runs are possessive (*+, ++): none of what follows them starts with a space,
    # and backtracking into them made a month followed by a long blank run quadratic. The
    # look-behind follows the first digit (as in NUMERIC_DMY): only digits are tried.
    dmy = re.compile(
        rf"({_DIGIT}(?<![\d\w]\d)\d?)(?:st|nd|rd|th)?\s*+(?:من\s++)?(?:شهر\s++)?(?:of\s++)?({mon})\.?"
        rf"(?:\s*+/\s*+(?:{mon}))?\s*+[,،]?\s*+(?:عام\s++|سنه\s++)?(\d{{4}})(?!\d)")
    # February 8, 2018 | Feb. 8 2018
    mdy = re.compile(rf"(?<![\w])({mon})\.?\s++(\d{{1,2}})(?:st|nd|rd|th)?,?\s++(\d{{4}})(?!\d)")
    return dmy, mdy


@lru_cache(maxsize=None)
def _after_boundary(lang: str | None = None) -> re.Pattern[str]:
    """A character no word character is, then a month name: where a month-first date
    (``mdy``) may start, past the start of the text."""
    lx = lexicon(lang)
    # (the class of the months' first letters turns most places away before the alternation)
    first = "".join(sorted({m[0] for m in lx.months}))
    return re.compile(rf"{_NON_WORD}(?=[{re.escape(first)}])(?:{lx.month_re})")


def _month_first(text: str, lang: str | None) -> Iterator[re.Match[str]]:
    """``mdy.finditer(text)``, tried only where a month name follows a non-word character:
    a regex opening with a look-behind is tried at every character of the article, one
    opening with a character class skips ahead in C to the next character of its class."""
    mdy, cand = _named_patterns(lang)[1], _after_boundary(lang)
    pos = 0
    m = mdy.match(text)  # at the very start, where no character stands before the month
    if m is not None:
        yield m
        pos = m.end()
    while (c := cand.search(text, pos)) is not None:
        q = c.start() + 1
        m = mdy.match(text, q)  # (its look-behind sees the text before ``q``)
        if m is not None:
            yield m
            q = m.end()
        pos = q


def named_dates(text: str, lang: str | None = None) -> list[tuple[int, int, date]]:
    """(start, end, day) of every day-month-year written with a month name in ``text``
    (normalised), with the month names of ``lang`` (of every pack when None)."""
    dmy = _named_patterns(lang)[0]
    months = lexicon(lang).months
    out: list[tuple[int, int, date]] = []
    for m in dmy.finditer(text):
        d = make_date(int(m.group(3)), months[m.group(2)], int(m.group(1)))
        if d:
            out.append((m.start(), m.end(), d))
    for m in _month_first(text, lang):
        d = make_date(int(m.group(3)), months[m.group(1)], int(m.group(2)))
        if d:
            out.append((m.start(), m.end(), d))
    return sorted(out)


def all_dates(text: str) -> list[tuple[int, int, date]]:
    """Every complete date in normalised ``text``: numeric and with month names."""
    dayfirst = day_first(text)
    out = named_dates(text)
    for m in NUMERIC_DMY.finditer(text):
        d = numeric_date(m, dayfirst)
        if d:
            out.append((m.start(), m.end(), d))
    for m in NUMERIC_YMD.finditer(text):
        d = make_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            out.append((m.start(), m.end(), d))
    return sorted(out)


# --- metadata strings ----------------------------------------------------------------------
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$")


def parse_date_string(s: str) -> str | None:
    """ISO day of a metadata date string, or None. The day is the one written, in the
    string's own time zone ("2018-02-08T23:30:00-05:00" is 2018-02-08)."""
    if not s or not s.strip():
        return None
    s = s.strip()
    m = _ISO.match(s)
    if m:
        d = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d.isoformat() if d else None
    if re.search(r"[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}|^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", s):
        try:
            return parsedate_to_datetime(s).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    t = norm(s)
    m2 = NUMERIC_YMD.search(t)
    if m2:
        d = make_date(int(m2.group(1)), int(m2.group(3)), int(m2.group(4)))
        return d.isoformat() if d else None
    m3 = NUMERIC_DMY.search(t)
    if m3:
        d = numeric_date(m3, True)
        return d.isoformat() if d else None
    found = named_dates(t)
    return found[0][2].isoformat() if found else None


# --- publication dates from the text -------------------------------------------------------
_HEAD, _TAIL = 400, 300


@lru_cache(maxsize=1)
def _dateline_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words before a date that make it the report's own date ("published"), some other day
    ("منذ 8 فبراير 2018", "since"), or the lead's own day ("اليوم السبت 07 جانفي 2016"); of
    every language, as the article's is not known yet."""
    lx = lexicon()
    return (re.compile(rf"(?:{lx.glue['pub_cue']})\s*:?\s*$"),
            re.compile(rf"(?:{lx.glue['not_pub']})\s*$"),
            re.compile(rf"(?:{lx.today_re})\s*[,،(]?\s*(?:(?:{lx.weekday_re})\s*[,،(]?\s*)?$"))


def publication_date_from_text(text: str) -> str | None:
    """ISO day from a dateline or date line near the start of an article (or a date line at
    its end), or None when nothing clear is there."""
    if not text:
        return None
    t = norm(text)
    # Numeric order is settled by every numeric date of the article, not only the head's.
    dayfirst = day_first(t)
    head = t[:_HEAD]
    found = _clear_date(head, 0, dayfirst, at_head=True)
    if found is None and len(t) > _HEAD:
        off = max(_HEAD, len(t) - _TAIL)
        found = _clear_date(t[off:], off, dayfirst, at_head=False)
    return found.isoformat() if found else None


def _clear_date(part: str, off: int, dayfirst: bool, at_head: bool) -> date | None:
    cands: list[tuple[int, int, date]] = named_dates(part)
    for m in NUMERIC_DMY.finditer(part):
        d = numeric_date(m, dayfirst)
        if d:
            cands.append((m.start(), m.end(), d))
    for m in NUMERIC_YMD.finditer(part):
        d = make_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            cands.append((m.start(), m.end(), d))
    for s, e, d in sorted(cands):
        if _is_dateline(part, s, e, at_head):
            return d
    return None


def _is_dateline(part: str, s: int, e: int, at_head: bool) -> bool:
    pub_cue, not_pub, today = _dateline_cues()
    before = part[:s]
    if not_pub.search(before[-12:]):
        return False
    line_start = before.rfind("\n") + 1
    line_end = part.find("\n", e)
    line_end = len(part) if line_end == -1 else line_end
    lead = part[line_start:s]
    trail = part[e:line_end]
    # "7 أكتوبر 1981:" heads a chronology entry or a quoted document: not the page's date.
    if re.match(r"\s*:\s*$", trail) or (not _words(lead) and re.match(r"\s*:", trail)):
        return False
    # A line holding little but the date: "24.10.2017 | 20:35", "• 2/9/2018", "الخميس 8 شباط 2018".
    if len(_words(lead)) <= 2 and len(_words(trail)) <= 2:
        return True
    if pub_cue.search(lead):
        return True
    if not at_head:
        return False
    # A dateline: a place (and agency) then the date then a separator, "دمشق 8 فبراير 2018 /".
    if len(_words(lead)) <= 4 and re.match(r"\s*(?:[/|:\-]|\)|$)", trail):
        return True
    # The lead sentence's own day: "اليوم السبت 07 جانفي 2016" (a bare weekday is not
    # enough: "اعتبارا من السبت 14 ابريل" is some other day).
    if today.search(lead):
        return True
    return False


def _words(s: str) -> list[str]:
    return [t for _, _, t in tokens(s) if not t.isdigit()]
