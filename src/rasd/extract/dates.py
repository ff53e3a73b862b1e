"""Event dates in an article, resolved against its publication date (codebook "Dates").

The text is read as a stream of date items (lexicon words from the pack's ``date_words.tsv``
and ``months.tsv``, numbers, numeric dates); a small grammar joins adjacent items into
expressions. Relative words resolve against the article's day of writing: the publication
day, unless the text names today's weekday otherwise ("اليوم الاثنين" in an article dated
Tuesday: the weekday wins, and "أمس" is then the Sunday). Expressions that do not fix a day
("الشهر الماضي", a weekday with no publication date) give a mention with ``span=None``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import TYPE_CHECKING

from rasd.core.models import DateSpan
from rasd.text.dates import (MAX_YEAR, MIN_YEAR, NUMERIC_DMY, NUMERIC_YMD, DateLexicon,
                             day_first, lexicon, make_date, named_dates, numeric_date)
from rasd.text.lexicon import positions_of, tokens
from rasd.text.normalize import Normalized
from rasd.text.segment import CLAUSE_MARKS, END_MARKS

if TYPE_CHECKING:
    from rasd.extract.doc import Doc


_COMMA = re.compile("[,،]")


@lru_cache(maxsize=8)
def _begun_on_re(in_words: str) -> re.Pattern[str]:
    """What may stand between "منذ بدء" and the day it began: the thing begun, in a few words
    of one clause, then the language's "in" ("منذ اندلاع جولة العنف الجديدة في 20 تموز"),
    which may be glued to the number or to the article of "الـ12"."""
    words = r"(?:\s+[^\s,،.;؛:()\"]+){1,8}"
    return re.compile(rf"{words}\s+(?:{in_words})(?:\s*ال)?\s*|{words}\s+(?:{in_words})(?=\d)")


@dataclass(slots=True)
class DateMention:
    start: int  # normalised offsets
    end: int
    span: DateSpan | None
    kind: str  # relative_day | weekday | absolute | month | year | since | period | before
    cumulative: bool = False
    own_clause: bool = False  # the day of the event told right after it ("غداة مقتل 20"): it dates that clause only
    retold: bool = False  # "وقتها": the time just told, told again; on a verb of saying it is no day of the saying's own


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    cat: str  # a lexicon category, "num" or "date"
    val: str
    strict: bool = False  # an everyday word too: needs a date context


@dataclass(slots=True)
class _Core:
    """A parsed date expression: items [i, j), the days it covers, what it is."""

    i: int
    j: int
    kind: str
    first: date | None = None
    last: date | None = None
    month: int | None = None  # for year-less day-month forms, to settle the year later
    yearless: bool = False
    own_clause: bool = False
    retold: bool = False


def _span(a: date | None, b: date | None = None) -> DateSpan | None:
    if a is None:
        return None
    b = b or a
    return DateSpan(a.isoformat(), b.isoformat())


def _month_span(y: int | None, m: int) -> tuple[date | None, date | None]:
    first = make_date(y, m, 1) if y is not None else None
    if first is None:
        return None, None
    nxt = make_date(y + 1, 1, 1) if m == 12 else make_date(y, m + 1, 1)
    return first, (nxt - timedelta(days=1)) if nxt else None


def _year_span(y: int | None) -> tuple[date | None, date | None]:
    if y is None:
        return None, None
    return make_date(y, 1, 1), make_date(y, 12, 31)


def _unit_span(ref: date | None, unit: str, direction: str) -> tuple[date | None, date | None]:
    """"العام الماضي", "الشهر الجاري", "الأسبوع الماضي": the period named, relative to the
    day of writing (a current period runs up to that day)."""
    if ref is None or direction not in ("past", "current"):
        return None, None
    past = direction == "past"
    if unit == "year":
        return _year_span(ref.year - 1) if past else (make_date(ref.year, 1, 1), ref)
    if unit == "month":
        if not past:
            return ref.replace(day=1), ref
        y, m = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
        return _month_span(y, m)
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday())
        return (monday - timedelta(days=7), monday - timedelta(days=1)) if past else (monday, ref)
    return None, None


def _day_start(core: "_Core") -> date | None:
    """The first day of an expression that names a day ("منذ 23 أيلول"); a month or a year
    ("منذ آذار 2011") does not fix the day a total starts counting from."""
    return core.first if core.kind not in ("month", "year") else None


def _on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def _on_or_before(ref: date, weekday: int, strictly: bool = False) -> date:
    delta = (ref.weekday() - weekday) % 7
    if strictly and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


_YEAR_WRITTEN = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_YEAR_REACH = 1500  # characters back where the year "العام نفسه" takes up may be written


def _year_written_before(text: str, pos: int) -> int | None:
    """The last year written in digits before ``pos``, in reach: the one "العام نفسه" (the same
    year) takes up."""
    found = [int(m.group(1)) for m in _YEAR_WRITTEN.finditer(text, max(0, pos - _YEAR_REACH), pos)]
    found = [y for y in found if MIN_YEAR <= y <= MAX_YEAR]
    return found[-1] if found else None


def _parse_iso(s: str | None) -> date | None:
    """The publication day, or None when it is missing, malformed or outside the years
    rasd reads as dates ("0001-01-01" is a placeholder, and "أمس" before it no day)."""
    if not s:
        return None
    try:
        d = date.fromisoformat(s[:10])
    except ValueError:
        return None
    return d if MIN_YEAR <= d.year <= MAX_YEAR else None


# --- article-level context -----------------------------------------------------------------
class _Context:
    """Facts about the whole article that date reading needs; the costly ones (explicit
    years for chronologies, the numeric date order) are read on first use, as most articles
    never need them."""

    def __init__(self, text: str, pub: date | None, ref: date | None, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.pub = pub
        self.ref = ref  # the day of writing: publication, or the weekday "اليوم" names
        self._dayfirst: bool | None = None
        self._donors: list[tuple[int, int, int, bool]] | None = None
        self._donor_reach: list[int] | None = None

    @property
    def dayfirst(self) -> bool:
        if self._dayfirst is None:
            self._dayfirst = day_first(self.text)
        return self._dayfirst

    @property
    def donors(self) -> list[tuple[int, int, int, bool]]:
        """(start, end, year, starts a line) of every explicit year a chronology may lend."""
        if self._donors is None:
            text, lx = self.text, lexicon(self.lang)
            donors = []
            since_before = re.compile(rf"(?:{lx.glue['since_year']})\s*(?:{lx.glue['year_noun']})?\s*$")
            for s, e, d in named_dates(text, self.lang):
                if not since_before.search(text[max(0, s - 12):s]):
                    donors.append((s, e, d.year, _line_start(text, s)))
            for m in _month_year_re(self.lang).finditer(text):
                s = m.start()
                if not since_before.search(text[max(0, s - 12):s]):
                    donors.append((s, m.end(), int(m.group(1)), _line_start(text, s)))
            donors.sort()
            self._donors = donors
        return self._donors

    @property
    def donor_reach(self) -> list[int]:
        """The furthest end among ``donors[:i + 1]``: bisected by position, where a scan of
        the donors from the start for every date made long chronologies quadratic."""
        if self._donor_reach is None:
            self._donor_reach = list(accumulate((d[1] for d in self.donors), max))
        return self._donor_reach


_last: tuple[Normalized, str | None, _Context] | None = None


def _context(nt: Normalized, published: str | None, lang: str = "ar") -> _Context:
    """The article's context; kept for the last article, as callers ask about one article's
    sentences in turn."""
    global _last
    if _last is not None and _last[0] is nt and _last[1] == published and _last[2].lang == lang:
        return _last[2]
    lx = lexicon(lang)
    text = nt.text
    pub = _parse_iso(published)
    ref = pub
    if pub is not None:
        m = _today_search(text, lang)
        if m:
            wd = _word(lx, m.group(1))
            if wd is not None and wd.cat == "weekday":
                ref = _on_or_before(pub, int(wd.val))
        else:
            ref = _wire_day(text, pub, lx, lang) or pub
    ctx = _Context(text, pub, ref, lang)
    _last = (nt, published, ctx)
    return ctx


_WIRE_LEAD_WORDS = 10  # words of a wire's lead, after its dateline, where the day it was written is named


@lru_cache(maxsize=None)
def _wire_re(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A wire's dateline opening the text: a place, the agency in brackets, a dash ("دمشق (ا ف ب) -");
    and the words of its lead that open another time or clause (``wire_lead_stop``)."""
    glue = lexicon(lang).glue
    return (re.compile(rf"\s*[^\n(]{{0,60}}\(\s*(?:{glue['wire']})\s*\)\s*[-–]"),
            re.compile(rf"(?:{glue['wire_lead_stop']})"))


def _wire_day(text: str, pub: date, lx: DateLexicon, lang: str) -> date | None:
    """"دمشق (ا ف ب) - سقطت قذيفتان الثلاثاء على ...", published on Wednesday: a wire's copy
    names the day it was written by the weekday on its lead's first words (the news of that
    day), and an outlet printing it the next day keeps the wire's words, so "اليوم", "أمس",
    "الليلة الماضية" count from that weekday, not from publication. Only the day before
    publication (a copy of the day before); not a weekday told after a word that opens another
    time ("الانفجار الذي استهدف المسجد الخميس", "بعد مقتل ... الخميس") or told as past or
    coming ("الخميس الماضي"), nor after a comma."""
    dateline, stop = _wire_re(lang)
    m = dateline.match(text)
    if m is None:
        return None
    words = _LEAD_WORD.findall(text, m.end(), m.end() + _WIRE_LEAD_CHARS)[:_WIRE_LEAD_WORDS + 1]
    for n, w in enumerate(words[:_WIRE_LEAD_WORDS]):
        if w in ",،." or stop.fullmatch(w):
            return None
        wd = _word(lx, w)
        if wd is not None and wd.cat == "weekday":
            nxt = _word(lx, words[n + 1]) if n + 1 < len(words) else None
            if nxt is not None and nxt.cat == "dir":
                return None  # "الخميس الماضي", "الأحد المقبل"
            day = _on_or_before(pub, int(wd.val))
            return day if (pub - day).days == 1 else None
    return None


_LEAD_WORD = re.compile(r"[^\s,،.]+|[,،.]")
_WIRE_LEAD_CHARS = 300


@lru_cache(maxsize=None)
def _today_re(lang: str) -> re.Pattern[str]:
    """"اليوم الاثنين", "today (Monday)": the weekday the text gives its day of writing."""
    lx = lexicon(lang)
    # possessive blank runs: "اليوم" before thousands of blank lines stays one pass
    return re.compile(rf"(?<!\w)(?:{lx.today_re})\s*+[(،,\-]?\s*+({lx.weekday_re})(?!\w)")


@lru_cache(maxsize=None)
def _today_word_re(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon(lang).today_re})")


def _today_search(text: str, lang: str) -> re.Match[str] | None:
    """``_today_re(lang).search(text)``, tried only where the word "today" stands: a regex
    opening with a look-behind is tried at every character of the article, one opening with
    the word skips to it."""
    rx, word = _today_re(lang), _today_word_re(lang)
    pos = 0
    while (c := word.search(text, pos)) is not None:
        m = rx.match(text, c.start())
        if m is not None:
            return m
        pos = c.start() + 1
    return None


@lru_cache(maxsize=None)
def _month_year_re(lang: str) -> re.Pattern[str]:
    """"مارس 2009:" at the head of a chronology line gives its year to the lines below.

    The indent before the month is read within its own line (``[^\\S\\n]``): a class holding
    a newline made every line start of a blank run scan the whole run (8,000 newlines: 6.7 s)."""
    lx = lexicon(lang)
    return re.compile(rf"(?m)^(?:[^\S\n]|[\-•*])*+(?:{lx.month_re})"
                      rf"(?:\s*+/\s*+(?:{lx.month_re}))?\s++(\d{{4}})(?!\d)")


def _word(lx: DateLexicon, phrase: str) -> object | None:
    toks = tokens(phrase)
    m = lx.words.match_at(toks, 0)
    return m[0] if m else None


def _line_start(text: str, pos: int) -> bool:
    k = text.rfind("\n", 0, pos) + 1
    return not text[k:pos].strip(" \t-•*")


# --- items ---------------------------------------------------------------------------------
def _items(text: str, start: int, end: int, ctx: _Context, lx: DateLexicon,
           toks: list[tuple[int, int, str]] | None = None,
           positions: list[int] | None = None) -> list[_Item]:
    part = text[start:end]
    items: list[_Item] = []
    taken: list[tuple[int, int]] = []
    if toks is None:
        toks = [(s + start, e + start, t) for s, e, t in tokens(part)]
    # the numbers among the tokens (picked out in C: most tokens are words); a digit of the text
    # is always inside a token of digits, so a window with none holds no numeric date either,
    # and is not searched for one (a search reads every character)
    numbers = list(compress(count(), map(str.isdecimal, map(itemgetter(2), toks))))
    for rx in (NUMERIC_YMD, NUMERIC_DMY) if numbers else ():
        for m in rx.finditer(part):
            d = (make_date(int(m.group(1)), int(m.group(3)), int(m.group(4))) if rx is NUMERIC_YMD
                 else numeric_date(m, ctx.dayfirst))
            if d is not None:
                items.append(_Item(start + m.start(), start + m.end(), "date", d.isoformat()))
                taken.append((start + m.start(), start + m.end()))
    in_date = _coverage(taken)
    for lm in lx.words.find(text, toks, start, end, positions=positions):
        if not in_date(lm.start):
            w = lm.value
            items.append(_Item(lm.start, lm.end, w.cat, w.val, w.strict))
    # isdecimal, not isdigit: "²" is a digit to Python but no number int() reads (the numbers
    # are picked out in C: most tokens are words)
    for k in numbers:
        s, e, t = toks[k]
        if len(t) <= 4 and not in_date(s):
            items.append(_Item(s, e, "num", t))
    items.sort(key=lambda it: it.start)
    return items


def _coverage(spans: list[tuple[int, int]]):
    """A test "is this offset inside one of ``spans``", in log time: a scan of every span
    per token made articles full of numeric dates quadratic."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos

    return covered


# --- the grammar ---------------------------------------------------------------------------
# Items that can date the event a "منذ" clause names, and the few words such a clause holds.
_EVENT_DAY = frozenset({"part", "adverb", "weekday", "rel", "date", "num", "ord", "night"})
_FUTURE_REACH = 60  # characters before a date where a future marker still governs it
_FUTURE_SLACK_DAYS = 31  # a scheduled date this far in the past is next year's
_MAX_WINDOW_DAYS = 31  # "خلال الأيام الـ7 الماضية" is a window; "خلال 400 يوم" is not worth one
_FEW_WORDS = re.compile(r"\s*(?:[^\W\d_]+\s+){1,3}")
_SEPARATORS = re.compile(r"[\s,،\-/()]*")
_NIGHT_PAIR_WORDS = 2  # words that may stand between a night's first day and its second ("ليل الجمعة على السبت")
# the marks that end a sentence are the segmenter's (a dot between digits is not told apart here)
_COMES_AFTER_CHARS = 50  # characters before "غداة" where the verb of coming framing it may be ("وتأتي هذه التطورات")
_THEN_DAYS = 1  # the longest time named (days after its first) that "وقتها" still tells as a day: a night's two
_ONE_SENTENCE = re.compile(f"[^{END_MARKS}]*")  # no sentence end
_SENTENCE_ENDS = re.compile(f"[^{END_MARKS}]*(?:[{END_MARKS}]+[^{END_MARKS}]*)?")  # at most one sentence end


class _Reader:
    def __init__(self, text: str, items: list[_Item], ctx: _Context, lx: DateLexicon,
                 story_day: date | None = None):
        self.text = text
        self.it = items
        self.ctx = ctx
        self.lx = lx
        self.n = len(items)
        self.starts = [x.start for x in items]
        self.anchor: date | None = None  # the last day the text named, for "اليوم التالي"
        self.anchor_end = 0  # where it was named
        self.month_named: tuple[int, int] | None = None  # (year, month) of the last calendar date written, for "الشهر نفسه"
        self.last_told: tuple[date, date, int] | None = None  # the last time the text named (first, last day, end), for "وقتها"
        self.story_day = story_day  # the first day the text named: its story's own, for "وتأتي هذه الأحداث غداة"

    # helpers
    def cat(self, k: int) -> str | None:
        return self.it[k].cat if 0 <= k < self.n else None

    def next_to(self, k: int, gap: bool = True) -> bool:
        """Whether item k+1 follows item k with only separators (and glue words) between."""
        if k + 1 >= self.n:
            return False
        between = self.text[self.it[k].end:self.it[k + 1].start]
        if not between or between.isspace():
            return True
        rx = self.lx.gap_re if gap else _SEPARATORS
        return rx.fullmatch(between) is not None

    def joined_by_to(self, k: int) -> bool:
        if k + 1 >= self.n:
            return False
        return self.lx.to_re.fullmatch(self.text[self.it[k].end:self.it[k + 1].start]) is not None

    def before(self, k: int, width: int = 14) -> str:
        s = self.it[k].start
        return self.text[max(0, s - width):s]

    def num(self, k: int) -> int | None:
        return int(self.it[k].val) if self.cat(k) == "num" else None

    def is_year(self, k: int) -> bool:
        v = self.num(k)
        return v is not None and len(self.it[k].val) == 4 and 1900 <= v <= 2100

    def is_day(self, k: int) -> bool:
        v = self.num(k)
        if v is not None:
            return 1 <= v <= 31 and len(self.it[k].val) <= 2
        return self.cat(k) == "ord"

    def day_val(self, k: int) -> int:
        return int(self.it[k].val)

    # reading
    def read(self) -> list[DateMention]:
        out: list[DateMention] = []
        k = 0
        while k < self.n:
            m, nxt = self.mention(k)
            if m is not None:
                out.append(m)
                if m.span is not None and m.span.start == m.span.end:
                    self.anchor, self.anchor_end = date.fromisoformat(m.span.start), m.end
                    if self.story_day is None:
                        self.story_day = self.anchor
                if m.span is not None:
                    self.last_told = date.fromisoformat(m.span.start), date.fromisoformat(m.span.end), m.end
                if m.span is not None and m.kind in ("absolute", "month") and m.span.start[:7] == m.span.end[:7]:
                    self.month_named = int(m.span.start[:4]), int(m.span.start[5:7])
            k = max(nxt, k + 1)
        return out

    def mention(self, k: int) -> tuple[DateMention | None, int]:
        c = self.cat(k)
        if c == "stop":
            return None, k + 1
        if c == "since":
            return self.since(k)
        if c == "within":
            return self.within(k)
        if c == "between":
            return self.between(k)
        core = self.core(k)
        if core is None:
            return None, k + 1
        # "من 20 أكتوبر 2014 الى 20 يوليو 2015": a period
        if core.first is not None and re.search(rf"(?:{self.lx.glue['range_from']})\s*$", self.before(k, 6)) and self.joined_by_to(core.j - 1):
            other = self.core(core.j)
            if other is not None and other.last is not None and other.last >= core.first:
                return self.make(k, other.j, "period", core.first, other.last, True), other.j
        cumulative = False
        if core.kind in ("period", "month", "year") and self.lx.in_re.search(self.before(k)):
            cumulative = core.kind == "period" or self._unit_dir(core)
        m = self.make(k, core.j, core.kind, core.first, core.last, cumulative)
        m.own_clause, m.retold = core.own_clause, core.retold
        return m, core.j

    def _unit_dir(self, core: _Core) -> bool:
        """"في الشهر الماضي" (a window), unlike "في آذار"."""
        return any(self.it[x].cat == "unit" for x in range(core.i, core.j)) and \
            any(self.it[x].cat == "dir" for x in range(core.i, core.j))

    def make(self, i: int, j: int, kind: str, first: date | None, last: date | None,
             cumulative: bool = False) -> DateMention:
        return DateMention(self.it[i].start, self.it[j - 1].end, _span(first, last), kind, cumulative)

    # "منذ ..."
    def since(self, k: int) -> tuple[DateMention | None, int]:
        ref = self.ctx.ref
        if not self.next_to(k):
            # "منذ تكثيف القصف ليل الأحد": the start is the day of a named event
            if k + 1 < self.n and self.cat(k + 1) in _EVENT_DAY and _FEW_WORDS.fullmatch(
                    self.text[self.it[k].end:self.it[k + 1].start]):
                core = self.core(k + 1)
                if core is not None and core.first is not None:
                    last = ref if ref is not None and ref >= core.first else None
                    return self.make(k, core.j, "since", core.first if last else None, last, True), core.j
            return None, k + 1
        c = self.cat(k + 1)
        if c == "begin":
            # "منذ بداية العام (الجاري)", "منذ مطلع الشهر": the start is fixed; "منذ بدء الحملة" is not
            j = k + 2
            unit = self.it[j].val if self.cat(j) == "unit" and self.next_to(k + 1) else None
            if unit in ("year", "month"):
                j += 1
                if self.cat(j) == "dir" and self.it[j].val == "current" and self.next_to(j - 1):
                    j += 1
                if self.is_year(j) and self.next_to(j - 1):
                    first = make_date(self.day_val(j), 1, 1)
                    return self.make(k, j + 1, "since", first, ref if first and ref and ref >= first else None, True), j + 1
                first = None
                if ref is not None:
                    first = ref.replace(month=1, day=1) if unit == "year" else ref.replace(day=1)
                return self.make(k, j, "since", first, ref, True), j
            core = self.core(k + 2) if self.next_to(k + 1) else None
            if core is not None:  # "منذ مطلع آذار"
                first = _day_start(core)  # a month with no day does not fix the start
                return self.make(k, core.j, "since", first, ref if first else None, True), core.j
            core = self._begun_on(k + 1)
            if core is not None:
                # "منذ اندلاع جولة العنف في 20 تموز": the beginning is dated
                return self.make(k, core.j, "since", core.first, ref if ref >= core.first else None, True), core.j
            return self.make(k, k + 2, "since", None, None, True), k + 2
        if c == "unit" or (c == "num" and self.cat(k + 2) == "unit" and not self.is_year(k + 1)
                           and self.next_to(k + 1, gap=False)):
            # "منذ أيام", "منذ 3 أشهر": ago / for a while, not a total from a fixed start (a
            # day of a month, "منذ 12 من الشهر الحالي", is read below as any day)
            j = k + 2 if c == "unit" else k + 3
            if c == "unit" and self.cat(k + 2) == "num" and self.is_year(k + 2):
                return self.make(k, k + 3, "since", None, None, True), k + 3  # "منذ عام 2014"
            return self.make(k, j, "period", None, None, False), j
        if self.is_year(k + 1) and not (self.next_to(k + 1) and self.cat(k + 2) == "month"):
            return self.make(k, k + 2, "since", None, None, True), k + 2
        core = self.core(k + 1)
        if core is None:
            return None, k + 1
        first = _day_start(core)  # a month with no day does not fix the start
        last = ref if first is not None and ref is not None and ref >= first else None
        j = core.j
        # "منذ ... وحتى فجر أمس": the period's end is written
        if self.joined_by_to(j - 1):
            end_core = self.core(j)
            if end_core is not None and end_core.last is not None:
                last, j = end_core.last, end_core.j
        return self.make(k, j, "since", first if last else None, last, True), j

    def _begun_on(self, b: int) -> _Core | None:
        """After "منذ بدء" (item ``b``), the day the beginning is dated to, told a few words on
        in its clause after "في" ("منذ بدء قوات النظام تصعيدها على الغوطة في 18 شباط")."""
        if b + 1 >= self.n or self.ctx.ref is None:
            return None
        gap = self.text[self.it[b].end:self.it[b + 1].start]
        if _begun_on_re(self.lx.glue["in"]).fullmatch(gap) is None:
            return None
        core = self.core(b + 1)
        if core is None or core.first is None or core.first != core.last or core.kind != "absolute":
            return None
        return core

    # "خلال ..."
    def within(self, k: int) -> tuple[DateMention | None, int]:
        if not self.next_to(k):
            return None, k + 1
        j = k + 1
        # "خلال الأيام الثلاثة الماضية", "خلال الـ24 ساعة الماضية", "خلال 10 أشهر", "خلال هذه الفترة"
        seen_unit = False
        while j < self.n and self.cat(j) in ("num", "unit", "dir", "month_ref") and (j == k + 1 or self.next_to(j - 1)):
            seen_unit = seen_unit or self.cat(j) in ("unit", "month_ref")
            if self.cat(j) == "num" and self.is_year(j):
                break
            j += 1
        if seen_unit:
            return self.make(k, j, "period", *self._window(k + 1, j), True), j
        core = self.core(k + 1)
        if core is None:
            return None, k + 1
        # "خلال شهر آذار", "خلال عام 2014": a window; "خلال 7 شباط", "خلال الليلة الماضية"
        # keep their day (or night), and a day is no total
        one_day = core.first is not None and core.last is not None and (core.last - core.first).days <= 1
        return self.make(k, core.j, core.kind if core.first else "period", core.first, core.last,
                         not one_day), core.j

    def _plural_unit(self, k: int) -> bool:
        """Item k is a unit in the plural ("الأسابيع", "السنوات"): counted by no number, some
        weeks or years, not one."""
        return re.fullmatch(self.lx.glue["plural_unit"], self.text[self.it[k].start:self.it[k].end]) is not None

    def _window(self, i: int, j: int) -> tuple[date | None, date | None]:
        """The days of "الـ48 ساعة الماضية", "7 أيام", "الأسبوع الماضي" (items [i, j)), up to
        the day of writing; None where the window is not fixed ("10 أشهر")."""
        ref = self.ctx.ref
        units = [self.it[x].val for x in range(i, j) if self.cat(x) == "unit"]
        nums = [self.num(x) for x in range(i, j) if self.cat(x) == "num"]
        dirs = [self.it[x].val for x in range(i, j) if self.cat(x) == "dir"]
        if ref is None or not units or (dirs and dirs[-1] != "past" and nums):
            return None, None
        if not nums:
            if not dirs or self._plural_unit(max(x for x in range(i, j) if self.cat(x) == "unit")):
                return None, None  # "خلال السنوات الماضية": some years, not last year
            return _unit_span(ref, units[-1], dirs[-1])
        n = nums[0] or 0
        # the days the window touches, the day it ends on included: 48 hours back from the
        # day of writing reach two days before it; "3 أيام" are that day and the two before
        # (weeks are round counts: "3 أسابيع من الحملة" is told of a campaign 21 or 22 days old)
        days = {"hour": -(-n // 24), "day": max(n - 1, 0), "week": 7 * n}.get(units[-1])
        if days is None or days > _MAX_WINDOW_DAYS:
            return None, None
        return ref - timedelta(days=days), ref

    # "بين 20 أكتوبر 2014 و20 يوليو 2015", "بين عامي 2014 و2015"
    def between(self, k: int) -> tuple[DateMention | None, int]:
        if not self.next_to(k):
            return None, k + 1
        a = self.core(k + 1)
        if a is None:
            if self.is_year(k + 1) or (self.cat(k + 1) == "unit" and self.is_year(k + 2)):
                y = k + 1 if self.is_year(k + 1) else k + 2
                if self.joined_by_to(y) and self.is_year(y + 1):
                    return self.make(k, y + 2, "period", None, None, True), y + 2
            return None, k + 1
        if a.kind == "weekday" and a.first is not None and a.last is not None and a.first != a.last \
                and self.cat(a.j - 1) == "weekday" and self.cat(a.j - 2) == "weekday":
            # "بين الاثنين والأربعاء": the two days were read as one pair
            return self.make(k, a.j, "period", a.first, a.last, True), a.j
        if not self.joined_by_to(a.j - 1):
            return None, k + 1
        b = self.core(a.j)
        if b is None:
            return None, k + 1
        first, last = a.first, b.last
        if a.yearless and a.month and b.last is not None and first is not None:
            # "بين 20 أكتوبر و20 يوليو 2015": the first end is in the year before the last
            y = b.last.year if a.month <= b.last.month else b.last.year - 1
            first = make_date(y, a.month, first.day)
        if first is not None and last is not None and last < first:
            first = last = None
        return self.make(k, b.j, "period", first, last, True), b.j

    # one date expression
    def core(self, k: int) -> _Core | None:
        c = self.cat(k)
        if c is None:
            return None
        if c in ("part", "adverb"):
            return self.part(k)
        if c == "night":
            return _Core(k, k + 1, *self._night(k))
        if c == "after":
            # "في اليوم التالي": the day after the one just named; with none named, unknown
            d = self.anchor + timedelta(days=int(self.it[k].val)) if self.anchor is not None else None
            return _Core(k, k + 1, "relative_day", d, d)
        if c == "after_event":
            return self.after_event(k)
        if c == "then":
            return self.then(k)
        if c == "on_day":
            return self.on_day(k)
        if c == "rel":
            return self.relative(k, k)
        if c == "ago":
            return self.ago(k)
        if c == "before":
            if self.it[k].val == "about" and not re.match(
                    rf"\s*(?:[\w]+\s+)?(?:{self.lx.glue['about_unit']})(?!\w)", self.text[self.it[k].end:self.it[k].end + 40]):
                return None  # "قبل نحو عامين": so many years back, no claim's time
            return self.some_time_ago(k)
        if c == "weekday":
            return self.weekday(k, k)
        if c == "date":
            d = date.fromisoformat(self.it[k].val)
            return _Core(k, k + 1, "absolute", d, d)
        if self.is_day(k):
            if c == "ord" and self._counts_a_unit(k):
                return None
            return self.day_month(k)
        if c == "month":
            return self.month_first(k)
        if c == "unit":
            return self.unit(k)
        if c == "dir" and self.next_to(k):
            # English "last week", "last Thursday", "next month"
            c2 = self.cat(k + 1)
            if c2 == "unit":
                u = self.it[k + 1].val
                kind = {"year": "year", "month": "month"}.get(u, "period")
                return _Core(k, k + 2, kind, *_unit_span(self.ctx.ref, u, self.it[k].val))
            if c2 == "weekday" and self.ctx.ref is not None:
                d = _on_or_before(self.ctx.ref, int(self.it[k + 1].val), True) if self.it[k].val == "past" else None
                return _Core(k, k + 2, "weekday", d, d)
        if c == "num" and self.is_year(k) and re.search(rf"(?:{self.lx.glue['year_in']})\s*$", self.before(k, 5)):
            return _Core(k, k + 1, "year", *_year_span(self.day_val(k)))
        return None

    def _counts_a_unit(self, k: int) -> bool:
        """Ordinal item k follows a unit noun right before it ("الأسبوع الثاني من شباط", "الشهر
        الأول من العام"): it numbers that week or month, it is no day of the month."""
        return self.cat(k - 1) == "unit" and k > 0 and self.text[self.it[k - 1].end:self.it[k].start].isspace()

    def on_day(self, k: int) -> _Core | None:
        """"في يوم قتل فيه عشرة", "في يوم دام": the day the sentence has just named; "في يوم
        الجمعة", "في يوم 15 آذار" name their own (read from the next item on)."""
        if self.anchor is None or (k + 1 < self.n and self.next_to(k, gap=False)) \
                or _ONE_SENTENCE.fullmatch(self.text, self.anchor_end, self.it[k].start) is None:
            return None
        return _Core(k, k + 1, "relative_day", self.anchor, self.anchor)

    def after_event(self, k: int) -> _Core:
        """"غداة الهجوم", "بعد يومين على الهجوم": what follows happened so many days before the
        day just named, in this sentence or the one before ("وقال الحاكم أمس ... وذلك بعد يومين
        على هجوم أوقع 32 قتيلا"); with no day named there, it has no day."""
        d = None
        if self.anchor is not None and _SENTENCE_ENDS.fullmatch(self.text, self.anchor_end, self.it[k].start):
            d = self.anchor - timedelta(days=int(self.it[k].val))
        elif self.story_day is not None and self._comes_after(k):
            d = self.story_day - timedelta(days=int(self.it[k].val))
        return _Core(k, k + 1, "relative_day", d, d, own_clause=True)

    def _comes_after(self, k: int) -> bool:
        """Item k ("غداة") follows a verb of coming that opens its sentence, and at most three
        words ("وتأتي هذه الأحداث غداة", "ويأتي ذلك غداة"): what it follows is the story told
        so far; not a subject of its own before the verb ("هذا الموقف جاء غداة"), nor where the
        sentence goes on to name a day of its own ("... غداة مقتل شاب ... مساء الثلاثاء")."""
        head = self.before(k, _COMES_AFTER_CHARS)
        cut = max(head.rfind(c) for c in END_MARKS)
        if cut < 0 and len(head) == _COMES_AFTER_CHARS:
            return False  # (the sentence opens further back: more than the verb's few words)
        if re.fullmatch(rf"\W*(?:{self.lx.glue['comes_after']})(?:\s+[^\W\d_]+){{0,3}}\s*", head[cut + 1:]) is None:
            return False
        ends = _ONE_SENTENCE.match(self.text, self.it[k].end).end()
        return not any(self.cat(j) in _EVENT_DAY and self.cat(j) not in ("num", "ord")
                       for j in range(k + 1, bisect.bisect_left(self.starts, ends)))

    def then(self, k: int) -> _Core:
        """"وأعلنت طهران وقتها مقتل سبعة", "وأحصى المرصد حينها مقتل 23": the time the text has
        just named, in this sentence or the one before, told again: a day (or a night's two) is
        that day; a month, a year or a longer period, or no time named there, fixes none."""
        d1 = d2 = None
        if self.last_told is not None and _SENTENCE_ENDS.fullmatch(self.text, self.last_told[2], self.it[k].start):
            first, last, _ = self.last_told
            if (last - first).days <= _THEN_DAYS:
                d1, d2 = first, last
        return _Core(k, k + 1, "relative_day", d1, d2, retold=True)

    def ago(self, k: int) -> _Core | None:
        """"قبل يومين", "قبل ثلاثة أيام", "قبل 3 أيام", "قبل أسبوع": so many days before the day
        of writing; not "قبل أيام" (how many is not told), nor days counted back from another
        event ("قبل يومين من الهجوم")."""
        j = k + 1
        if self.it[k].val:
            days = int(self.it[k].val)
        else:  # the bare word: a count in digits and a unit of days or weeks must follow
            if not (self.cat(j) == "num" and self.cat(j + 1) == "unit" and self.next_to(k, gap=False)
                    and self.next_to(j, gap=False)):
                return None
            per = {"day": 1, "week": 7}.get(self.it[j + 1].val)
            n = self.num(j) or 0
            if per is None or not 0 < n * per <= _MAX_WINDOW_DAYS:
                return None
            days, j = n * per, j + 2
        if re.match(rf"\s*(?:{self.lx.glue['ago_of']})(?!\w)", self.text[self.it[j - 1].end:self.it[j - 1].end + 12]):
            return None
        ref = self.ctx.ref
        d = ref - timedelta(days=days) if ref is not None else None
        return _Core(k, j, "relative_day", d, d)

    def some_time_ago(self, k: int) -> _Core:
        """"قبل أيام", "قبل بضعة أسابيع": some time before the day of writing, no day of its own
        (a mention all the same: it tells the event is not the day's). Counted back from another
        event ("قبل أيام من الهجوم") it gives no day either, so it is read alike."""
        return _Core(k, k + 1, "before")

    def part(self, k: int) -> _Core | None:
        """"فجر اليوم", "مساء الأربعاء", "ليل الثلاثاء الأربعاء", "ليلة السادس من أغسطس"; an
        adverb with no day after it ("ليلا", "فجرا"), the day named before it in its sentence."""
        if not self.next_to(k):
            return self._part_adverb(k)
        night = self.it[k].val == "night"
        c = self.cat(k + 1)
        if c == "rel":
            return self.relative(k, k + 1)
        if c == "weekday":
            core = self.weekday(k, k + 1, context=True)
            if core is not None and night and core.j < self.n and self.cat(core.j) == "weekday" \
                    and core.first is not None and (self.next_to(core.j - 1) or self.joined_by_to(core.j - 1)):
                second = int(self.it[core.j].val)
                first = core.first
                d2 = first + timedelta(days=(second - first.weekday()) % 7)
                if self.ctx.ref is not None and d2 > self.ctx.ref:
                    first, d2 = first - timedelta(days=7), d2 - timedelta(days=7)
                return _Core(k, core.j + 1, "weekday", first, d2)
            if core is not None and night and core.j < self.n and self.cat(core.j) == "weekday" \
                    and self._night_pair_gap(core.j - 1):
                # "ليل الجمعة على السبت": a night told across two days, which two not sure
                return _Core(k, core.j + 1, "weekday")
            return core
        if c in ("num", "ord", "date", "month"):
            core = self.core(k + 1)
            if core is not None:
                core.i = k
            return core
        if c == "night":
            return _Core(k, k + 2, *self._night(k + 1))
        return self._part_adverb(k)

    def _night_pair_gap(self, k: int) -> bool:
        """Item k+1, a weekday, may be the second day of the night told at item k: a few words
        on, in its phrase; not a day told in a clause after it ("ليلة الجمعة، بينما تحدثت
        منظمة ... عن مقتل آخرين السبت": that night is Friday's, Saturday another's)."""
        between = self.text[self.it[k].end:self.it[k + 1].start]
        return not any(c in CLAUSE_MARKS for c in between) and len(between.split()) <= _NIGHT_PAIR_WORDS

    def _part_adverb(self, k: int) -> _Core | None:
        """"أعلن الجيش الخميس أنه ضرب ليلا عشرات الأهداف": a part of the day said as an adverb
        is of the day its sentence has named just before (the night or dawn just past, when that
        day is the one the news is told on)."""
        if self.cat(k) != "adverb" or self.anchor is None \
                or _ONE_SENTENCE.fullmatch(self.text, self.anchor_end, self.it[k].start) is None:
            return None
        return _Core(k, k + 1, "relative_day", self.anchor, self.anchor)

    def _night(self, k: int) -> tuple[str, date | None, date | None]:
        """"الليلة الماضية": the night before the day of writing, its evening and its small
        hours; "الليلة قبل الماضية" the night before that."""
        ref = self.ctx.ref
        if ref is None:
            return "relative_day", None, None
        back = -int(self.it[k].val or -1)
        return "relative_day", ref - timedelta(days=back), ref - timedelta(days=back - 1)

    def relative(self, i: int, k: int) -> _Core:
        """"اليوم", "أمس", "اليوم (الخميس)", "أمس الجمعة": a named weekday wins."""
        ref = self.ctx.ref
        offset = int(self.it[k].val)
        j = k + 1
        if self.cat(j) == "weekday" and self.next_to(k, gap=False):
            wd = self.weekday(i, j, context=True)
            if wd is not None:
                if wd.kind == "weekday" and self.ctx.pub is not None:
                    named = int(self.it[j].val)
                    if offset == 0:
                        # "اليوم الاثنين" against a Tuesday date: the latest Monday on or before publication
                        d = _on_or_before(self.ctx.pub, named)
                    elif offset < 0:
                        # "أمس الخميس": a Thursday before the day of writing, never that day itself
                        d = _on_or_before(self.ctx.pub - timedelta(days=-offset), named)
                    else:
                        # "غدا الاثنين": the coming Monday
                        d = _on_or_after(self.ctx.pub + timedelta(days=offset), named)
                    wd.first = wd.last = d
                return wd
        if j < self.n and self.next_to(k) and (self.is_day(j) or self.cat(j) == "date"):
            # "أمس الـ20 من يوليو": the written date decides
            core = self.day_month(j) if self.cat(j) != "date" else self.core(j)
            if core is not None and core.first is not None:
                core.i = i
                return core
        if self.cat(j) == "epart" and self.next_to(k):
            j += 1
        d = ref + timedelta(days=offset) if ref else None
        return _Core(i, j, "relative_day", d, d)

    def weekday(self, i: int, k: int, context: bool = False) -> _Core | None:
        """"السبت", "يوم الجمعة الماضي", "الاثنين 11 مارس" (the date decides)."""
        it = self.it[k]
        if it.strict and not context and not self._weekday_context(k):
            return None
        j = k + 1
        strictly = False
        if self.cat(j) == "dir" and self.next_to(k):
            if self.it[j].val == "next":
                return _Core(i, j + 1, "weekday")  # ahead of publication: not an event day
            strictly = self.it[j].val == "past"
            j += 1
        if self.cat(j) == "epart" and self.next_to(j - 1):
            j += 1
        # a weekday followed by its date: the date decides
        if j < self.n and self.next_to(j - 1) and (self.is_day(j) or self.cat(j) == "date"):
            core = self.day_month(j) if self.cat(j) != "date" else self.core(j)
            if core is not None and core.first is not None:
                core.i = i
                return core
        ref = self.ctx.ref
        d = _on_or_before(ref, int(it.val), strictly) if ref else None
        if d is not None and self.cat(j) == "weekday" and self.joined_by_to(j - 1) \
                and not _COMMA.search(self.text, self.it[j - 1].end, self.it[j].start):
            # "يومي الاثنين والثلاثاء", "السبت والأحد": both days and those between, the
            # second the first's next such day, on or before the day of writing
            d2 = d + timedelta(days=(int(self.it[j].val) - d.weekday()) % 7)
            if d2 > ref:
                d, d2 = d - timedelta(days=7), d2 - timedelta(days=7)
            return _Core(i, j + 1, "weekday", d, d2)
        return _Core(i, j, "weekday", d, d)

    def _weekday_context(self, k: int) -> bool:
        """"الاثنين" is also "the two", "الأحد" "the one"; in news they are nearly always days
        (578 corpus uses outside "يوم الاثنين", read by eye: days), so they are days unless a
        number's context says otherwise ("كلا الاثنين", "الاثنين منهما", "الأحد عشر")."""
        if re.search(rf"(?:{self.lx.glue['not_day_before']})\s*$", self.before(k, 8)):
            return False
        after = self.text[self.it[k].end:self.it[k].end + 8]
        return re.match(rf"\s*(?:{self.lx.glue['not_day_after']})", after) is None

    def day_month(self, k: int) -> _Core | None:
        """"8 فبراير 2018", "3 و5 مايو", "الرابع من تموز", "8 يونيو الماضي", "12 الجاري"."""
        day2 = None
        j = k + 1
        if self.is_day(j) and self.joined_by_to(k):  # "3 و5 مايو", "3-5 مايو"
            day2, j = self.day_val(j), j + 1
        if not self.next_to(j - 1):
            return None
        c = self.cat(j)
        month = None
        explicit_current = False
        months_back = 0
        if c == "month":
            month = int(self.it[j].val)
            j += 1
            if self.cat(j) == "month" and self.next_to(j - 1):  # "شباط/فبراير"
                j += 1
        elif c == "unit" and self.it[j].val == "month" and self.cat(j + 1) == "dir" and self.next_to(j):
            # "الـ12 من الشهر الجاري", "في السادس من الشهر الحالي", "العاشر من الشهر الماضي":
            # a day of this month or the last (an ordinal too: "من الشهر" makes it a day)
            if self.it[j + 1].val not in ("current", "past"):
                return None
            months_back = 1 if self.it[j + 1].val == "past" else 0
            explicit_current, j = True, j + 2
        elif c == "month_ref":
            # "الثامن من هذا الشهر": this month; "في 4 من الشهر نفسه": the month just named
            explicit_current, j = True, j + 1
            if self.it[j - 1].val == "same":
                if self.month_named is None:
                    return _Core(k, j, "absolute")
                same = make_date(*self.month_named, self.day_val(k))
                return _Core(k, j, "absolute", same, same) if same is not None else None
        elif c == "dir" and self.it[j].val == "current":  # "12 الجاري"
            if self.it[k].cat == "ord":
                return None
            explicit_current, j = True, j + 1
        else:
            return None
        year = None
        if month is not None:
            y = j
            if self.cat(y) == "year_ref" and self.next_to(y - 1):
                # "في 22 شباط من العام نفسه": the year the text has just written; none written, no day
                year = _year_written_before(self.text, self.it[k].start)
                if year is None:
                    return _Core(k, y + 1, "absolute")
                first = make_date(year, month, self.day_val(k))
                last = make_date(year, month, day2) if day2 else first
                if first is None or last is None or last < first:
                    return None
                return _Core(k, y + 1, "absolute", first, last, month)
            if self.cat(y) == "unit" and self.it[y].val == "year" and self.next_to(y - 1):
                y += 1
            if self.is_year(y) and self.next_to(y - 1):
                year, j = self.day_val(y), y + 1
            elif y > j and self.cat(y) == "dir" and self.next_to(y - 1) and self.ctx.ref is not None:
                # "26 يونيو (من) العام الحالي", "في 3 آذار من العام الماضي": this year or the last
                year = {"current": self.ctx.ref.year, "past": self.ctx.ref.year - 1}.get(self.it[y].val)
                if year is not None:
                    j = y + 1
        direction = None
        if self.cat(j) == "dir" and self.next_to(j - 1) and month is not None:
            direction, j = self.it[j].val, j + 1
        d1 = self.day_val(k)
        ref = self.ctx.ref
        if explicit_current:
            if ref is None:
                return _Core(k, j, "absolute")
            y, m = (ref.year, ref.month) if not months_back else \
                ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
            first = make_date(y, m, d1)
            last = make_date(y, m, day2) if day2 else first
            if first is None or last is None or last < first:
                return None
            return _Core(k, j, "absolute", first, last)
        assert month is not None
        if year is None:
            year = self._year_for(k, month, d1, direction)
        if year is None:
            return _Core(k, j, "absolute", month=month, yearless=True)
        first = make_date(year, month, d1)
        last = make_date(year, month, day2) if day2 else first
        if first is None or last is None or last < first:
            return None
        return _Core(k, j, "absolute", first, last, month, yearless=False)

    def _year_for(self, k: int, month: int, day: int, direction: str | None) -> int | None:
        """The year of a date written without one."""
        ref = self.ctx.ref
        pos = self.it[k].start
        if direction is None:
            y = self._chronology_year(pos, month)
            if y is not None and (ref is None or (make_date(y, month, day) or ref) <= ref):
                return y
        if ref is None:
            return None
        y = ref.year
        if direction == "past":
            # "8 يونيو الماضي": the last June before this month; a day of this very month
            # already gone ("التاسع من نيسان الماضي" written on 30 April) is this month's
            return y - 1 if month > ref.month or (month == ref.month and day >= ref.day) else y
        if direction == "next":
            d = make_date(y, month, day)
            return y + 1 if d is None or d <= ref else y
        d = make_date(y, month, day)
        if d is not None and d > ref and self._future(k):
            return y  # "سيعقد الاجتماع في 15 آذار": a coming date, this year
        if d is not None and d <= ref and self._future(k) and (ref - d).days > _FUTURE_SLACK_DAYS:
            return y + 1  # "المقرر في 10 كانون الثاني" written in December
        return y - 1 if d is not None and d > ref else y

    def _future(self, k: int) -> bool:
        """The clause of item k speaks of what is to come ("سيعقد", "من المقرر", "المزمع")."""
        return self.lx.future_re.search(self.before(k, _FUTURE_REACH)) is not None

    def _chronology_year(self, pos: int, month: int) -> int | None:
        """In a chronology ("30 يناير 2013: ... / 3 و5 مايو: ...") or a paragraph that has
        just named a year, a day-month with no year belongs to that year."""
        # the last donor before the first one reaching past pos (bisected, not scanned)
        k = bisect.bisect_right(self.ctx.donor_reach, pos)
        if k == 0:
            return None
        s, e, y, at_line = self.ctx.donors[k - 1]
        same_para = "\n" not in self.text[e:pos]
        chronology = at_line and _line_start(self.text, pos)
        if not (same_para or chronology):
            return None
        donor_month = self._month_at(s, e)
        if donor_month is not None and month < donor_month:
            return None  # earlier in the year than the date before it: not the same year
        return y

    def _month_at(self, s: int, e: int) -> int | None:
        for x in self.it[bisect.bisect_left(self.starts, s):bisect.bisect_left(self.starts, e)]:
            if x.cat == "month":
                return int(x.val)
        # the donor may lie outside the searched range: read it from the lexicon
        for m in self.lx.words.find(self.text, tokens_in(self.text, s, e), s, e):
            if m.value.cat == "month":
                return int(m.value.val)
        return None

    def month_first(self, k: int) -> _Core | None:
        """"Feb 7, 2018", "آذار 2011", "شباط/فبراير الماضي", "في آذار"."""
        month = int(self.it[k].val)
        j = k + 1
        if self.cat(j) == "month" and self.next_to(k):
            j += 1
        if self.is_day(j) and self.cat(j) == "num" and self.next_to(j - 1) and self.text[self.it[k].start].isascii():
            d = self.day_val(j)
            y = None
            if self.is_year(j + 1) and self.next_to(j):
                y = self.day_val(j + 1)
                end = j + 2
            else:
                end = j + 1
                y = self._year_for(k, month, d, None)
            day = make_date(y, month, d) if y else None
            return _Core(k, end, "absolute", day, day, month, yearless=y is None)
        # a month with no day is still a value: the month's days ("آذار 2011", "نوفمبر الماضي")
        y = j
        if self.cat(y) == "unit" and self.it[y].val == "year" and self.next_to(y - 1):
            y += 1
        if self.is_year(y) and self.next_to(y - 1):
            return _Core(k, y + 1, "month", *_month_span(self.day_val(y), month), month)
        ref = self.ctx.ref
        if self.cat(j) == "dir" and self.next_to(j - 1):
            direction = self.it[j].val
            year = None
            if ref is not None:
                year = {"past": ref.year - (month >= ref.month), "next": ref.year + (month <= ref.month),
                        "current": ref.year}.get(direction)
            return _Core(k, j + 1, "month", *_month_span(year, month), month)
        if self.it[k].strict:
            return None
        if j > k + 1 or re.search(rf"(?:{self.lx.glue['month_lead']})\s*$", self.before(k, 8)):
            year = self._chronology_year(self.it[k].start, month)
            if year is None and ref is not None:
                year = ref.year - (month > ref.month)
            return _Core(k, j, "month", *_month_span(year, month), month)
        return None

    def unit(self, k: int) -> _Core | None:
        """"العام الماضي", "الشهر الجاري", "الأسبوع الماضي", "عام 2014"."""
        u = self.it[k].val
        if u in ("year",) and self.is_year(k + 1) and self.next_to(k):
            j = k + 2
            if self.joined_by_to(k + 1) and self.is_year(k + 2):  # "عامي 2014 و2015"
                return _Core(k, k + 3, "period", _year_span(self.day_val(k + 1))[0],
                             _year_span(self.day_val(k + 2))[1])
            return _Core(k, j, "year", *_year_span(self.day_val(k + 1)))
        if self.cat(k + 1) == "dir" and self.next_to(k):
            if self._plural_unit(k):
                # "الأسابيع الماضية", "السنوات الأخيرة": some weeks or years, not last week
                return _Core(k, k + 2, "period")
            kind = {"year": "year", "month": "month"}.get(u, "period")
            return _Core(k, k + 2, kind, *_unit_span(self.ctx.ref, u, self.it[k + 1].val))
        return None


def writing_day(nt: Normalized, published: str | None, lang: str = "ar") -> date | None:
    """The day the article was written: its publication day, or the weekday "اليوم" names."""
    return _context(nt, published, lang).ref


def tokens_in(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(a + s, b + s, t) for a, b, t in tokens(text[s:e])]


def find_dates(nt: Normalized, published: str | None, start: int = 0,
               end: int | None = None, toks: list[tuple[int, int, str]] | None = None,
               lang: str = "ar", positions: list[int] | None = None,
               story_day: date | None = None) -> list[DateMention]:
    """Date expressions in ``nt.text[start:end]`` (normalised offsets), resolved against the
    publication day where they fix a day. ``toks``: the text's tokens in that range, when
    the caller has them; ``positions``: with them, the only indices of ``toks`` a date
    word may start at (``Lexicon.find``); ``story_day``: the first day the text named before
    ``start``, if any (read in a window before)."""
    text = nt.text
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    lx = lexicon(lang)
    ctx = _context(nt, published, lang)
    items = _items(text, start, end, ctx, lx, toks, positions if toks is not None else None)
    if not items:
        return []
    return _Reader(text, items, ctx, lx, story_day).read()


def _first_day(found: list[DateMention]) -> date | None:
    """The first single day among ``found``."""
    return next((date.fromisoformat(m.span.start) for m in found
                 if m.span is not None and m.span.start == m.span.end), None)


def annotate(doc: "Doc") -> None:
    """``doc.dates``: the date expressions of the sentences worth reading (``doc.windows``),
    resolved against the publication day; the article's chronology years come from the
    whole text."""
    doc.dates = []
    # the words a date word may start at, sorted out once for all the windows (one set
    # operation per article, not one per window)
    starters = lexicon(doc.lang).words.starters(doc.window_words()) if doc.windows else set()
    words = doc.tok_words
    story: date | None = None
    for a, b in doc.windows:
        start, end = doc.toks[a][0], doc.toks[b - 1][1]
        found = find_dates(doc.nt, doc.article.published, start, end, doc.toks[a:b], doc.lang,
                           positions_of(words[a:b], starters), story)
        doc.dates.extend(found)
        if story is None:
            story = _first_day(found)
