"""Article text as rasd stores it: newlines and Unicode composition made uniform, web
boilerplate lines dropped, everything else (NBSP, tatweel, quotes, RTL marks) kept as written,
since evidence offsets point into this text and matching normalises a copy of it."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasd.lang import rows_all
from rasd.text.normalize import norm

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_RUN = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*){2,}")
# Everything but letters at the ends of a line, for boilerplate matching.
_EDGE = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_SPACES = re.compile(r"\s+")
_LONGEST_EXACT = 60  # lines longer than this (normalised) are never a bare boilerplate phrase


def tidy(text: str) -> str:
    """Newlines to ``\\n``, NFC composition, a leading BOM removed. Nothing else changes."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def content_hash(text: str) -> str:
    """Identity of an article's content: the same report re-saved with other line endings,
    spacing or composition hashes the same (and matches ``rasd.store``'s own hash)."""
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Boilerplate:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    tails: frozenset[str]


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    exact: set[str] = set()
    prefixes: list[str] = []
    tails: set[str] = set()
    # boilerplate is dropped before the article's language is known: every pack's lines
    for _lang, row in rows_all("boilerplate"):
        line = "\t".join(row).strip()
        if line.startswith(">"):
            tails.add(line_key(line[1:]))
        elif line.endswith("*"):
            prefixes.append(line_key(line[:-1]))
        else:
            exact.add(line_key(line))
    return Boilerplate(frozenset(exact), tuple(p for p in prefixes if p), frozenset(tails))


def line_key(line: str) -> str:
    return _SPACES.sub(" ", _EDGE.sub("", norm(line)))


def strip_boilerplate(text: str) -> str:
    """``text`` without boilerplate lines, the page tail cut, blank-line runs shortened and
    the ends trimmed."""
    bp = boilerplate()
    kept: list[str] = []
    pos = 0
    half = len(text) / 2
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        # Long lines are prose; lines without letters ("12/03/2024") are never boilerplate.
        key = line_key(line) if len(line) <= 400 else ""
        if key:
            if key in bp.tails:
                if start >= half:
                    break
                continue
            if (len(key) <= _LONGEST_EXACT and key in bp.exact) or key.startswith(bp.prefixes):
                continue
        kept.append(line)
    out = "\n".join(kept)
    return _BLANK_RUN.sub("\n\n", out).strip()
