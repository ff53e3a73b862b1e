"""Strings rasd cannot store or search: NUL characters and lone UTF-16 surrogates.

Both arrive through JSON escapes (``"\\u0000"``, ``"\\ud800"``) from broken exporters. A
lone surrogate is not a character: it cannot be written as UTF-8, so hashing, storing or
printing the article would fail half-way. A NUL ends strings in C libraries (PostgreSQL
refuses it in text) and never belongs in an article. Such an input is refused with one
line saying where the bad character is, the same for the command line and the API.
"""

from __future__ import annotations

import re

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable(value: str) -> str | None:
    """What is wrong with ``value`` ("a NUL character at position 5"), or None when it is
    fine. Positions count characters from 0, as evidence offsets do."""
    m = _UNSTORABLE.search(value)
    if m is None:
        return None
    ch = m.group()
    what = "a NUL character" if ch == "\x00" else f"a lone surrogate (U+{ord(ch):04X})"
    return f"{what} at position {m.start()}"
