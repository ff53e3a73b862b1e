"""Arabic-aware normalisation for matching, keeping a map back to original offsets.

Matching happens on the normalised copy; everything rasd outputs (evidence, figure text)
is cut from the original text through ``Normalized.orig_span``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    """A normalised copy of ``original`` and, per normalised character, its original index."""

    original: str
    text: str
    _index: list[int] | None  # None when no character was dropped (identity map)

    def orig(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``i`` may equal ``len(text)``)."""
        if self._index is None:
            return i
        if i >= len(self._index):
            return len(self.original)
        return self._index[i]

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
        if self._index is None:
            return orig_offset
        import bisect

        return bisect.bisect_left(self._index, orig_offset)


def normalize(text: str) -> Normalized:
    mapped = _mapped(text).lower()
    if len(mapped) != len(text):  # lower() can expand a few non-Arabic letters
        mapped = "".join(ch.translate(_TABLE).lower()[:1] or " " for ch in text)
    drops = [m.start() for m in _DROP.finditer(mapped)]
    if not drops:
        return Normalized(text, mapped, None)
    keep: list[int] = []
    prev = 0
    for d in drops:
        keep.extend(range(prev, d))
        prev = d + 1
    keep.extend(range(prev, len(mapped)))
    return Normalized(text, _DROP.sub("", mapped), keep)


def norm(text: str) -> str:
    """Normalised form of a short string (lexicon entries, queries)."""
    return _DROP.sub("", text.translate(_TABLE).lower())
