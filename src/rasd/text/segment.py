"""Sentences and paragraphs, as spans of the (normalised) text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at . ! ? ؟ ; or a newline (the marks the date reader's "in one sentence" reads
# too); a dot between digits (2.5, 24.10.2017) does not end one.
END_MARKS = ".!?؟;؛\n"
CLAUSE_MARKS = ",،;؛.:"  # marks that end a clause, for readers asking whether two words share one
# What ends a line that closes its sentence; a line ending otherwise may be wrapped text.
_CLOSERS = ".!?؟;؛:\"”»)'"
# What opens a line that only goes on with the sentence before it ("لجان التنسيق⏎، كبرى ...").
_CONTINUERS = ",،"
# What opens a line that starts an item of its own (a numbered or bulleted list).
_ITEM_OPENERS = "-–—•*·"
# A line indented this many spaces or more, after a line with no closing mark, goes on with it:
# text hard-wrapped at a fixed width, every line after a paragraph's first set in by the
# markup ("وذكرت⏎            قناة ..."); a subheading or a list is never set in this deep.
_WRAP_INDENT = 4


@dataclass(slots=True)
class Sentence:
    start: int  # normalised offsets
    end: int
    paragraph: int  # index of the newline-separated paragraph holding it


def sentences(text: str, headline: tuple[int, int] | None = None) -> list[Sentence]:
    """Split normalised text into sentences; blank stretches are skipped. ``headline``: where
    the article's title stands in the text ([start, end)), a paragraph of its own though the
    text runs on after it with no stop (a title pasted before the body)."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    wraps = _wrapped_breaks(text)  # (the cached set itself: only asked, never changed)
    if headline is not None and 0 <= headline[0] < headline[1] <= len(text):
        a, b = headline
        _push(out, text, 0, a, para)  # a date or dateline before the title
        _push(out, text, a, b, para)
        para, pos = 1, b
    for start, end in _boundaries(text, pos):
        mark = text[start]
        if mark == "." and _abbreviation(text, start):
            continue
        if start in wraps:
            continue
        if mark == "\n":  # (a run of line breaks, or one mark)
            _push(out, text, pos, start, para)
            para += 1
        else:
            _push(out, text, pos, end, para)
        pos = end
    _push(out, text, pos, len(text), para)
    return out


def _boundaries(text: str, pos: int) -> list[tuple[int, int]]:
    """[start, end) of each place a sentence may end in ``text[pos:]``, in order: a run of line
    breaks, or another end mark with no digit right before or after it (a dot between digits,
    2.5 or 24.10.2017, ends none). The marks are found by ``str.find``, mark by mark: a scan in
    C that skips over the text, where a regex opening on the class of marks tests every
    character against it (this scan of every article was most of the cost of splitting it)."""
    at = sorted(i for c in END_MARKS for i in find_all(text, c, pos))
    out = []
    end = pos
    for i in at:
        if i < end:
            continue  # a line break of a run already read
        if text[i] == "\n":
            end = i + 1
            while text.startswith("\n", end):
                end += 1
        elif (i > 0 and text[i - 1].isdecimal()) or text[i + 1:i + 2].isdecimal():  # a dot between digits (2.5)
            continue
        else:
            end = i + 1
        out.append((i, end))
    return out


def find_all(text: str, sub: str, start: int = 0) -> Iterator[int]:
    """Every offset of ``sub`` in ``text`` from ``start`` on, by ``str.find`` (a scan in C)."""
    i = text.find(sub, start)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


def _push(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, para))


def wrapped_breaks(text: str) -> set[int]:
    """Offsets of the line breaks that only wrap a sentence (``_wrapped``): no sentence or
    clause ends there."""
    return set(_wrapped_breaks(text))


@lru_cache(maxsize=4)  # sentence splitting and figure reading both ask, of the same text
def _wrapped_breaks(text: str) -> frozenset[int]:
    out: set[int] = set()
    soft = -1  # the last line break read as a wrap
    nl = text.find("\n")
    while nl != -1:
        if text[nl + 1:nl + 2] != "\n" and text[nl - 1:nl] != "\n" and _wrapped(text, nl, soft):
            out.add(nl)
            soft = nl
        nl = text.find("\n", nl + 1)
    return frozenset(out)


def _wrapped(text: str, nl: int, soft: int) -> bool:
    """A single line break inside a sentence (no closing mark before it) that the source's
    markup made: the line ends with a space ("قتيلا في ⏎"), or the next one starts with one
    after a line that was itself wrapped (a link on a line of its own: "في ⏎دمشق⏎ وريفها"),
    or the next one opens with a comma ("وقالت ⏎لجان التنسيق⏎، كبرى جماعات ...").
    A short line with no closing mark before a line starting with a space is mostly a
    subheading; a digit or a dash opens a list item."""
    begin = text.rfind("\n", 0, nl)
    if begin == -1:
        return False  # the first line is a title or a dateline, set apart whatever its end
    line = text[begin + 1:nl].rstrip()
    ahead = text[nl + 1:nl + 40]
    rest = ahead.lstrip(" ")
    if not line or not rest or rest[0] == "\n" or rest[0].isdigit() or rest[0] in _ITEM_OPENERS:
        return False
    deep = len(ahead) - len(rest) >= _WRAP_INDENT
    if line[-1] in _CLOSERS:  # (a dot after a one-letter word, "د.", closes nothing)
        return deep and line[-1] == "." and _abbreviation(text, begin + len(line))
    if deep:
        return True
    if text[nl - 1] == " " or rest[0] in _CONTINUERS:
        return True  # (a line opening with a comma goes on with the sentence before it)
    return text[nl + 1:nl + 2] == " " and begin == soft


def _abbreviation(text: str, dot: int) -> bool:
    """A dot after a one-letter word ("أ.ف.ب", "U.S.") or inside parentheses does not end a sentence."""
    if dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalnum()):
        return True
    opened = text.rfind("(", max(0, dot - 40), dot)
    return opened != -1 and text.find(")", opened, dot) == -1 and text.find(")", dot, dot + 40) != -1


# A line of a related-links list is a headline: short, no closing mark. Written this many
# words or fewer; a list item of the body opens with a number and a dash or a bullet.
_HEADLINE_WORDS = 20
_HEADLINE_MIN = 3  # fewer words make a subheading ("الإسكندرية") or a marker ("اقرأ أيضا")
_LIST_ITEM = re.compile(r"\s*(?:\d+\s*[-–.)]|[-–—•*·])")


def related_headlines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans ([start, end)) of the lines of other stories' headlines a web page set in or after
    the article (related links, most-read lists): in a text whose own sentences close with a
    mark, two or more short lines in a row with none, not the first line (the title or a
    dateline) and no line the markup only wrapped."""
    return _related_headlines(text)


@lru_cache(maxsize=4)
def _related_headlines(text: str) -> tuple[tuple[int, int], ...]:
    if text.count("\n") < 3:
        return ()
    wraps = _wrapped_breaks(text)
    lines: list[tuple[int, int, bool]] = []  # non-blank lines after the first: start, end, headline-like
    closed = 0
    pos = text.find("\n")
    while pos != -1:
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end].rstrip()
        if line.strip():
            ends = line[-1] in _CLOSERS
            closed += ends
            like = not ends and _HEADLINE_MIN <= len(line.split()) <= _HEADLINE_WORDS and not _LIST_ITEM.match(line) \
                and pos not in wraps and end not in wraps and not line[0].isspace()
            if lines and lines[-1][2] and line[0].isspace():  # the line before is hard-wrapped text
                lines[-1] = (lines[-1][0], lines[-1][1], False)
            lines.append((start, start + len(line), like))
        pos = end if end < len(text) else -1
    if closed < 2:
        return ()
    out = []
    for n, (s, e, like) in enumerate(lines):
        if like and (n > 0 and lines[n - 1][2] or n + 1 < len(lines) and lines[n + 1][2]):
            out.append((s, e))
    return tuple(out)
