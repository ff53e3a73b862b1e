"""Event dates in an article, resolved against its publication date (codebook "Dates").

"اليوم" is the publication day, "أمس" the day before, a weekday the latest such day on or
before publication (and it wins over a contradicting "اليوم"), "ليل الثلاثاء الأربعاء" spans
two days, "7 شباط" takes the publication year (or the year before when that would be later
than publication). Expressions that do not fix a day give a mention with no span.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rasd.models import DateSpan
from rasd.text.dates import months, parse_iso, safe_date
from rasd.text.lexicon import Lexicon, read_tsv, tokens
from rasd.text.normalize import Normalized


@dataclass(slots=True)
class DateMention:
    start: int  # normalised offsets
    end: int
    span: DateSpan | None
    kind: str  # relative_day | weekday | absolute | month | year | since | period
    cumulative: bool = False


@lru_cache(maxsize=1)
def _words() -> Lexicon[tuple[str, str]]:
    lex: Lexicon[tuple[str, str]] = Lexicon()
    for role, value, phrase in read_tsv("lexicons/date_words.tsv"):
        lex.add(phrase, (role, value))
    return lex


def _day(d: date | None) -> DateSpan | None:
    return DateSpan(d.isoformat(), d.isoformat()) if d else None


def _weekday_on_or_before(pub: date, weekday: int, strictly_before: bool = False) -> date:
    delta = (pub.weekday() - weekday) % 7
    if strictly_before and delta == 0:
        delta = 7
    return pub - timedelta(days=delta)


class _Reader:
    def __init__(self, nt: Normalized, published: str | None):
        self.nt = nt
        self.toks = tokens(nt.text)
        self.pub = parse_iso(published)
        self.words = _words()

    def word(self, i: int) -> tuple[tuple[str, str], int] | None:
        if i < 0 or i >= len(self.toks):
            return None
        m = self.words.match_at(self.toks, i)
        return (m[0], m[1]) if m else None

    def month(self, i: int):
        if i < 0 or i >= len(self.toks):
            return None
        return months().match_at(self.toks, i)

    def num(self, i: int) -> int | None:
        if 0 <= i < len(self.toks) and self.toks[i][2].isdigit():
            return int(self.toks[i][2])
        return None

    def read(self, start: int, end: int) -> list[DateMention]:
        out: list[DateMention] = []
        i, n = 0, len(self.toks)
        while i < n:
            if self.toks[i][0] < start:
                i += 1
                continue
            if self.toks[i][1] > end:
                break
            m, j = self.at(i)
            if m is not None:
                out.append(m)
                i = max(j, i + 1)
            else:
                i += 1
        return out

    def at(self, i: int) -> tuple[DateMention | None, int]:
        w = self.word(i)
        s0 = self.toks[i][0]
        # "منذ ..." / "خلال الأسبوع الماضي": periods that make a toll cumulative
        if w and w[0][0] == "since":
            absolute, j = self.absolute(i + w[1])
            end_day = self.pub
            if absolute is not None:
                until = self._until(j)
                if until is not None:
                    end_day, j = until
                return DateMention(s0, self.toks[j - 1][1],
                                   DateSpan(absolute.start, end_day.isoformat()) if end_day else None,
                                   "since", True), j
            nxt = self.num(i + w[1])
            if nxt and 1900 < nxt < 2100:
                return DateMention(s0, self.toks[i + w[1]][1], None, "since", True), i + w[1] + 1
            if w[1] > 1 or self.toks[i][2] != "منذ":
                return DateMention(s0, self.toks[i + w[1] - 1][1], None, "since", True), i + w[1]
            return None, i + 1
        if w and w[0][0] == "window":
            return DateMention(s0, self.toks[i + w[1] - 1][1], None, "period", True), i + w[1]
        if w and w[0][0] == "vague":
            return DateMention(s0, self.toks[i + w[1] - 1][1], None, w[0][1], False), i + w[1]
        absolute, j = self.absolute(i)
        if absolute is not None:
            return DateMention(s0, self.toks[j - 1][1], absolute, "absolute"), j
        return self.relative(i)

    def absolute(self, i: int) -> tuple[DateSpan | None, int]:
        """"8 فبراير 2018", "7 شباط", "8 يونيو الماضي", "February 8, 2018"."""
        day = self.num(i)
        if day is not None and 1 <= day <= 31:
            m = self.month(i + 1)
            if m:
                j = i + 1 + m[1]
                # "شباط/فبراير" written twice
                m2 = self.month(j)
                if m2 and m2[0] == m[0]:
                    j += m2[1]
                year = self.num(j)
                if year and 1900 < year < 2100:
                    j += 1
                else:
                    year = None
                past = self.word(j)
                if past and past[0][0] == "past":
                    j += past[1]
                d = self.resolve_day(day, m[0], year, i)
                # "من 20 أكتوبر 2014 وحتى 20 يوليو 2015": a period
                if d is not None and i > 0 and self.toks[i - 1][2] in ("من", "بين"):
                    k = j
                    if k < len(self.toks) and self.toks[k][2] in ("حتي", "وحتي", "الي", "و"):
                        k += 1
                    elif k < len(self.toks) and self.toks[k][2] == "و" :
                        k += 1
                    end_span, k2 = self.absolute(k) if k != j else (None, j)
                    if end_span is not None:
                        return DateSpan(d.isoformat(), end_span.end), k2
                return _day(d), j
        m = self.month(i)
        if m and self.toks[i][2][0].isascii():
            day = self.num(i + m[1])
            if day and 1 <= day <= 31:
                j = i + m[1] + 1
                year = self.num(j)
                year = year if year and 1900 < year < 2100 else None
                return _day(self.resolve_day(day, m[0], year)), j + (1 if year else 0)
        return None, i

    def resolve_day(self, day: int, month: int, year: int | None, at: int | None = None) -> date | None:
        if year:
            return safe_date(year, month, day)
        context = self.context_year(at)
        if context is not None:
            return safe_date(context, month, day)
        if not self.pub:
            return None
        d = safe_date(self.pub.year, month, day)
        if d and d > self.pub:
            d = safe_date(self.pub.year - 1, month, day)
        return d

    def context_year(self, at: int | None) -> int | None:
        """A year written shortly before a day-and-month date ("في 2015 ... في 18 كانون الثاني")."""
        if at is None:
            return None
        lo = max(0, at - 40)
        for k in range(at - 1, lo - 1, -1):
            t = self.toks[k][2]
            if t.isdigit() and len(t) == 4 and 1990 < int(t) < 2100:
                y = int(t)
                return y if not self.pub or y <= self.pub.year else None
        return None

    def relative(self, i: int) -> tuple[DateMention | None, int]:
        s0 = self.toks[i][0]
        j = i
        part = None
        w = self.word(j)
        if w and w[0][0] == "part":
            part = w[0][1]
            j += w[1]
            w = self.word(j)
        if not w:
            return None, i + 1
        role, value = w[0]
        if role == "rel":
            j += w[1]
            # "اليوم (الخميس)" / "أمس الأربعاء": the weekday, when given, wins
            wd = self._weekday_after(j)
            if wd is not None and int(value) > 0:
                j = wd[1]  # "أمس السبت": the day before publication; the weekday only names it
                wd = None
            if wd is not None:
                weekday, j = wd
                d = _weekday_on_or_before(self.pub, weekday) if self.pub else None
                return DateMention(s0, self.toks[j - 1][1], _day(d), "weekday"), j
            d = self.pub - timedelta(days=int(value)) if self.pub else None
            return DateMention(s0, self.toks[j - 1][1], _day(d), "relative_day"), j
        if role in ("weekday", "weekday_ambiguous"):
            if role == "weekday_ambiguous" and part is None:
                prev = self.word(i - 1)
                if not (prev and prev[0][0] in ("part", "rel")):
                    return None, i + 1
            j += w[1]
            weekday = int(value)
            past = self.word(j)
            strictly = False
            if past and past[0][0] == "past":
                j += past[1]
                strictly = True
            # "ليل الثلاثاء الأربعاء": a night across two days
            second = self._weekday_after(j)
            d = _weekday_on_or_before(self.pub, weekday, strictly) if self.pub else None
            if second is not None and part == "night" and d is not None:
                wd2, j = second
                d2 = d + timedelta(days=(wd2 - weekday) % 7)
                if d2 > self.pub:
                    d, d2 = d - timedelta(days=7), d2 - timedelta(days=7)
                return DateMention(s0, self.toks[j - 1][1], DateSpan(d.isoformat(), d2.isoformat()), "weekday"), j
            # a weekday followed by its date: the date decides
            absolute, k = self.absolute(j)
            if absolute is not None:
                return DateMention(s0, self.toks[k - 1][1], absolute, "absolute"), k
            return DateMention(s0, self.toks[j - 1][1], _day(d), "weekday"), j
        return None, i + 1

    def _until(self, j: int) -> tuple[date, int] | None:
        """"... وحتى فجر أمس": the end of a period."""
        for k in range(j, min(j + 2, len(self.toks))):
            if self.toks[k][2] in ("حتي", "وحتي", "until"):
                m, e = self.at(k + 1)
                if m is not None and m.span is not None:
                    return parse_iso(m.span.end), e
        return None

    def _weekday_after(self, j: int) -> tuple[int, int] | None:
        w = self.word(j)
        if w and w[0][0] in ("weekday", "weekday_ambiguous"):
            return int(w[0][1]), j + w[1]
        return None


def find_dates(nt: Normalized, published: str | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in ``nt.text[start:end]`` (normalised offsets), resolved where they fix a day."""
    return _Reader(nt, published).read(start, len(nt.text) if end is None else end)
