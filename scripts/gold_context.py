"""Finding a gold claim's quote in its article, for the measuring scripts in this folder."""

from __future__ import annotations

from rasd.text.normalize import Normalized, norm
from rasd.text.segment import Sentence


def locate(nt: Normalized, quote: str) -> int | None:
    """Normalised offset of ``quote``: verbatim in the original first, else normalised."""
    i = nt.original.find(quote)
    if i >= 0:
        return nt.norm_pos(i)
    j = nt.text.find(norm(quote))
    return j if j >= 0 else None


def windows(sents: list[Sentence], pos: int) -> list[tuple[int, int]]:
    """Where to look around ``pos``, narrowest first: its sentence, its paragraph, the lead."""
    sent = next((s for s in sents if s.start <= pos < s.end + 1), None)
    if sent is None:
        return [(0, 300)]
    para = [s for s in sents if s.paragraph == sent.paragraph]
    return [(sent.start, sent.end), (para[0].start, para[-1].end), (0, 300)]
