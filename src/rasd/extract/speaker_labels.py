"""Sides named by a label whose meaning depends on who speaks ("المجموعات الإرهابية المسلحة"
in the Syrian state's words is the armed opposition): the label is read as an actor while a
claim is assembled, and turned into the side its claimant means, or unknown, at the end
(phrases: ``data/lang/*/speaker_labels.tsv``; meanings: ``data/speaker_labels.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from rasd.core.vocab import UNKNOWN
from rasd.text.lexicon import read_tsv


@lru_cache(maxsize=1)
def _meanings() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in read_tsv("speaker_labels.tsv"):
        if len(row) >= 3:
            for claimant in row[1].split(","):
                out.setdefault(row[0], {})[claimant.strip()] = row[2]
    return out


def is_label(value: str) -> bool:
    return value.startswith("@")


def as_said_by(value: str, claimant: str, lang: str) -> str:
    """The actor ``value`` names in ``claimant``'s words (a plain actor id names itself)."""
    if not is_label(value):
        return value
    return _meanings().get(value, {}).get(claimant, UNKNOWN)
