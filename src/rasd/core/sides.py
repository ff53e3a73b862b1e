"""Which armed actors fight on one side (``data/alliances.tsv``), and which of those also fight
each other (``data/rivals.tsv``): extraction uses it to tell the other side of a fight, linking
to treat allied victims of one attack as one incident."""

from __future__ import annotations

from functools import lru_cache

from rasd.text.lexicon import read_tsv


@lru_cache(maxsize=1)
def _sides() -> dict[str, frozenset[str]]:
    sides: dict[str, set[str]] = {}
    for side, actor in read_tsv("alliances.tsv"):
        sides.setdefault(actor, set()).add(side)
    return {actor: frozenset(v) for actor, v in sides.items()}


@lru_cache(maxsize=1)
def _leaders() -> dict[str, str]:
    leaders: dict[str, str] = {}
    for side, actor in read_tsv("alliances.tsv"):
        leaders.setdefault(side, actor)
    return leaders


def leader(actors: set[str]) -> str | None:
    """The actor that leads the one side all ``actors`` fight on (listed first for its side),
    when it is among them: "حزب الله وقوات النظام مدعمة بمسلحين موالين" fight as the regime's."""
    sides = _sides()
    shared = frozenset.intersection(*(sides.get(a, frozenset()) for a in actors)) if actors else frozenset()
    for side in shared:
        head = _leaders().get(side)
        if head in actors:
            return head
    return None


def allied(x: str, y: str) -> bool:
    """Two actors fighting on one side."""
    sides = _sides()
    return bool(sides.get(x, frozenset()) & sides.get(y, frozenset()))


@lru_cache(maxsize=1)
def _rival_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(row[:2]) for row in read_tsv("rivals.tsv") if len(row) >= 2)


def rivals(x: str, y: str) -> bool:
    """Two actors of one side that also fight each other (``data/rivals.tsv``)."""
    return frozenset((x, y)) in _rival_pairs()
