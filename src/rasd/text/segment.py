"""Sentences and paragraphs, as spans of the (normalised) text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? ؟ ; or a newline; a dot between digits (2.5, 24.10.2017) does not end one.
_BOUNDARY = re.compile(r"(?<!\d)[.!?؟;؛](?!\d)|\n+")


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
    if headline is not None and 0 <= headline[0] < headline[1] <= len(text):
        a, b = headline
        _push(out, text, 0, a, para)  # a date or dateline before the title
        _push(out, text, a, b, para)
        para, pos = 1, b
    for m in _BOUNDARY.finditer(text, pos):
        if m.group() == "." and _abbreviation(text, m.start()):
            continue
        _push(out, text, pos, m.end() if not m.group().startswith("\n") else m.start(), para)
        if "\n" in m.group():
            para += 1
        pos = m.end()
    _push(out, text, pos, len(text), para)
    return out


def _push(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, para))


def _abbreviation(text: str, dot: int) -> bool:
    """A dot after a one-letter word ("أ.ف.ب", "U.S.") or inside parentheses does not end a sentence."""
    if dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalnum()):
        return True
    opened = text.rfind("(", max(0, dot - 40), dot)
    return opened != -1 and text.find(")", opened, dot) == -1 and text.find(")", dot, dot + 40) != -1
