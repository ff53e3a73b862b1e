"""Independent sources: syndicated copies of one agency text count once.

Two articles are one source when they share a content hash, or when the character
shingles of their texts overlap by at least ``SYNDICATION_JACCARD``. Incidents hold a
handful of articles, so the pairwise comparison costs nothing worth a MinHash index.
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from typing import Iterable, Mapping
from zlib import crc32

from rasd.text.normalize import norm

SYNDICATION_JACCARD = 0.6  # reprints with a changed lede/byline stay well above; distinct reports of one event sit below 0.3
SHINGLE = 5  # characters; long enough that shared Arabic function words do not count


# Linking reconciles every incident an article's claims joined, each time with that
# article's text: a long article in hundreds of incidents was shingled hundreds of times.
# A few recent texts are kept (a set holds about one hash per character of its text).
@lru_cache(maxsize=16)
def shingles(text: str, k: int = SHINGLE) -> frozenset[int]:
    t = " ".join(norm(text).split())
    if len(t) <= k:
        return frozenset({hash(t)}) if t else frozenset()
    return frozenset(hash(t[i:i + k]) for i in range(len(t) - k + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def stable_shingles(text: str, k: int) -> set[int]:
    """Character ``k``-gram hashes that are the same in every process (CRC-32 of the
    UTF-32 code units). ``hash()`` of a str changes with each interpreter's hash seed, and
    a bottom-k sketch keeps the smallest values: it would keep different shingles, and so
    give different similarities, from one run to the next."""
    t = " ".join(norm(text).split())
    if not t:
        return set()
    data = t.encode("utf-32-le")
    if len(t) <= k:
        return {crc32(data)}
    w = 4 * k
    return set(map(crc32, [data[i:i + w] for i in range(0, len(data) - w + 4, 4)]))


def sketch(text: str, k: int = 64, size: int = 4) -> array:
    """Bottom-k MinHash sketch: the ``k`` smallest shingle hashes (all of a short text),
    sorted, as 32-bit integers: a few hundred bytes per text, whatever its length."""
    sh = sorted(stable_shingles(text, size))
    return array("I", sh[:k])


def sketch_jaccard(a: array, b: array, k: int = 64, sa: set[int] | None = None) -> float:
    """Jaccard estimate from two bottom-k sketches (exact when neither text was cut).
    ``sa``: ``a`` as a set, when the caller keeps one."""
    if not a or not b:
        return 0.0
    if sa is None:
        sa = set(a)
    both = sa.intersection(b)
    if not both:
        return 0.0
    if len(a) < k and len(b) < k:
        return len(both) / (len(a) + len(b) - len(both))
    union = sorted(sa.union(b))
    n = min(k, len(union))
    kth = union[n - 1]
    return sum(1 for h in both if h <= kth) / n


def syndication_groups(article_ids: Iterable[str], hashes: Mapping[str, str | None],
                       texts: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each article id -> the representative (smallest id) of its group of copies."""
    ids = sorted(set(article_ids))
    parent = {a: a for a in ids}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_hash: dict[str, str] = {}
    for a in ids:
        h = hashes.get(a)
        if h:
            if h in by_hash:
                union(by_hash[h], a)
            else:
                by_hash[h] = a
    # One text per group of identical copies; nothing to compare when one group is left.
    distinct: dict[str, str] = {}
    for a in ids:
        if texts and texts.get(a):
            distinct.setdefault(find(a), a)
    if len(distinct) > 1:
        sh = {a: shingles(texts[a]) for a in distinct.values()}
        have = sorted(sh)
        for i, a in enumerate(have):
            for b in have[i + 1:]:
                if find(a) != find(b) and jaccard(sh[a], sh[b]) >= SYNDICATION_JACCARD:
                    union(a, b)
    return {a: find(a) for a in ids}
