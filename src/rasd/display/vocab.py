"""Display names of codebook ids, in English and Arabic (``rasd/data/names.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from rasd.text.lexicon import read_tsv

LANGS = ("en", "ar")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, dict[str, str]]]:
    out: dict[str, dict[str, dict[str, str]]] = {}
    for vocabulary, id_, en, ar in read_tsv("names.tsv"):
        out.setdefault(vocabulary, {})[id_] = {"en": en, "ar": ar}
    return out


def name(vocabulary: str, id_: str | None, lang: str = "en") -> str:
    """``id_`` as a reader says it ("syrian_gov" -> "Syrian government forces"); the id
    itself when the file has no name for it, "" for None."""
    if id_ is None:
        return ""
    entry = _table().get(vocabulary, {}).get(id_)
    return (entry.get(lang) or entry["en"]) if entry else id_


def vocabulary_names(lang: str) -> dict[str, dict[str, str]]:
    """Every vocabulary's names in one language: ``{"actors": {"russia": "...", ...}, ...}``."""
    return {v: {i: (n.get(lang) or n["en"]) for i, n in ids.items()} for v, ids in _table().items()}
