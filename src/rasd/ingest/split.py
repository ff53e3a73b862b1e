"""The size limit per article: longer texts become several articles, split where a
paragraph (else a sentence, else a word) ends.

News reports are short (in the real corpus the median is 1,800 characters and one report
of 1,596 is longer than 50,000); far longer texts are page dumps or whole feeds pasted
into one field. The limit bounds what every later stage does for one article: extraction
of 100,000 characters of real reports takes about 0.1 s on one core, and the time of a
longer text then grows with its length, part by part (``bench/bench_scaling.py``).
Splitting instead of cutting keeps every claim: each part is an article of its own, with
its own offsets, id and content hash.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.core.models import Article
from rasd.ingest.cleanup import content_hash

MAX_ARTICLE_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?؟。]\s")


def split_text(text: str, limit: int = MAX_ARTICLE_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, each trimmed; one piece when it
    fits. A piece ends at the last line break in the second half of its window, else the
    last sentence end, else the last space, else at ``limit`` itself."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, start + limit)
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _cut(text: str, start: int, end: int) -> int:
    floor = start + (end - start) // 2  # never a piece shorter than half the limit
    nl = text.rfind("\n", floor, end)
    if nl != -1:
        return nl + 1
    last = None
    for last in _SENTENCE_END.finditer(text, floor, end):
        pass
    if last is not None:
        return last.start() + 1
    space = max(text.rfind(" ", floor, end), text.rfind("\t", floor, end))
    return space + 1 if space != -1 else end


def split_article(article: Article, limit: int = MAX_ARTICLE_CHARS) -> list[Article]:
    """``[article]`` when its text fits, else one article per piece: ids and origins say
    which part of which they are, metadata (date, language, title) is the whole's."""
    if len(article.text) <= limit:
        return [article]
    pieces = split_text(article.text, limit)
    n = len(pieces)
    origin = article.origin or article.id
    return [replace(article, id=f"{article.id}-part{k}", text=piece,
                    origin=f"{origin} (part {k} of {n})", content_hash=content_hash(piece))
            for k, piece in enumerate(pieces, 1)]
