"""Articles as a reader sees them in lists and headers: a title even when the article has
none (its first words), and its outlet by name."""

from __future__ import annotations

from rasd.text.segment import sentences

TITLE_CHARS = 90


def display_title(title: str | None, text: str | None) -> str:
    """The title, or the article's first sentence cut at a word to about ``TITLE_CHARS``."""
    if title and title.strip():
        return " ".join(title.split())
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    spans = sentences(line)  # the first line's boundaries: punctuation is the same normalised
    first = " ".join((line[spans[0].start:spans[0].end] if spans else line).split())
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[:TITLE_CHARS].rsplit(" ", 1)[0]
    return cut + "…"
