"""Arabic-aware normalisation for matching, keeping a map back to original offsets.

Matching happens on the normalised copy; everything rasd outputs (evidence, figure text)
is cut from the original text through ``Normalized.orig_span``.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, count
from operator import add
from dataclasses import dataclass
from functools import lru_cache

# One-to-one replacements: the normalised text keeps its length through these.
_MAP = {
    # hamza / madda seats on alef, alef wasla -> bare alef
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    # hamza on waw / ya, ta marbuta, alef maqsura, Persian letters seen in Arabic web text
    "ؤ": "و", "ئ": "ي", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك",
    # spaces: NBSP, narrow NBSP, en/em spaces, thin space, ideographic space, tab
    "\u00a0": " ", "\u202f": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u3000": " ", "\t": " ", "\r": " ",
    # typographic quotes and dashes
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
    # Arabic punctuation that has an ASCII twin used by patterns
    "٪": "%", "٫": ".", "٬": ",",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)
_TABLE = str.maketrans(_MAP)
# The same map as (char, replacement) pairs: on Arabic text ``str.translate`` looks every
# character up in a dict, while a handful of ``str.replace`` calls (only for the characters
# present) scan in C and are about ten times faster. No replacement is itself a key, so the
# order of the calls does not matter.
_PAIRS = tuple(_MAP.items())


def _mapped(text: str) -> str:
    for ch, to in _PAIRS:
        if ch in text:
            text = text.replace(ch, to)
    return text

# Dropped entirely: harakat and Quranic marks, superscript alef, tatweel, bidi controls,
# zero-width characters, soft hyphen, BOM.
_DROP = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u00ad\ufeff]"
)


@dataclass(slots=True)
class Normalized:
    """A normalised copy of ``original`` and the way back from its offsets to the original's."""

    original: str
    text: str
    # The original offsets of the dropped characters, in order (None when none was dropped:
    # the identity map), and for each, how many characters were kept before it. An offset is
    # mapped back by a bisect in these: a list of every kept character's offset cost more to
    # build, for every article with a haraka or a tatweel, than all the lookups made in it.
    _drops: list[int] | None
    _kept: list[int] | None = None

    def orig(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``i`` may equal ``len(text)``)."""
        if self._drops is None:
            return i
        n = len(self.text)
        if i < 0:  # (counted from the end, as an index into a list of offsets would be)
            i += n
            if i < 0:
                raise IndexError("normalised offset out of range")
        if i >= n:
            return len(self.original)
        # the i-th kept character comes after every dropped one with at most i kept before it
        return i + bisect.bisect_right(self._kept, i)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised half-open span ``[start, end)``."""
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1

    def orig_text(self, start: int, end: int) -> str:
        s, e = self.orig_span(start, end)
        return self.original[s:e]

    def norm_pos(self, orig_offset: int) -> int:
        """Normalised offset of the first kept character at or after ``orig_offset``."""
        if self._drops is None:
            return orig_offset
        if orig_offset <= 0:
            return 0
        if orig_offset >= len(self.original):
            return len(self.text)
        return orig_offset - bisect.bisect_left(self._drops, orig_offset)


def normalize(text: str) -> Normalized:
    mapped = _mapped(text).lower()
    if len(mapped) != len(text):  # lower() can expand a few non-Arabic letters
        mapped = "".join(ch.translate(_TABLE).lower()[:1] or " " for ch in text)
    # one pass of the regex: the kept pieces between the dropped characters (each drop is one
    # character), whose lengths summed give how many characters are kept before each drop
    pieces = _DROP.split(mapped)
    if len(pieces) == 1:
        return Normalized(text, mapped, None)
    kept = list(accumulate(map(len, pieces[:-1])))
    return Normalized(text, "".join(pieces), list(map(add, kept, count())), kept)


def norm(text: str) -> str:
    """Normalised form of a short string (lexicon entries, queries)."""
    if len(text) <= _SHORT:
        return _norm_short(text)
    return _DROP.sub("", text.translate(_TABLE).lower())


_SHORT = 80  # characters of a string whose normal form is remembered (names, titles, phrases)


@lru_cache(maxsize=1 << 13)
def _norm_short(text: str) -> str:
    """``norm`` of a short string, remembered: the stages ask it of the same names again and
    again (a speaker's name per pair of claims), and ``translate`` reads a dict per character."""
    return _DROP.sub("", text.translate(_TABLE).lower())
