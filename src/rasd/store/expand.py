"""English words of a search query said in Arabic, so that an English query finds Arabic
articles: place names (the gazetteer's English names and aliases), the codebook's vocabulary
(``names.tsv``) and the English phrases of the event, actor and casualty lexicons, each
standing for the Arabic phrases of the same id. Queries in Arabic are left as they are."""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.display.places import arabic_names
from rasd.text.lexicon import read_tsv
from rasd.text.normalize import norm

_ARABIC = re.compile(r"[\u0600-\u06ff]")
MAX_WORDS = 4  # the longest English name looked up ("Deir ez Zor", "Syrian Democratic Forces")
MAX_ALTERNATIVES = 24  # an English word stands for at most this many Arabic phrases

# (vocabulary, lexicon file, column of the id, column of the phrase, role column and roles or
# None): English and Arabic phrases of one id in one vocabulary stand for each other.
_LEXICONS = (("events", "lang/en/events.tsv", 1, 2, (0, ("event", "weapon"))),
             ("events", "lang/ar/events.tsv", 1, 2, (0, ("event", "weapon"))),
             ("actors", "lang/en/actors.tsv", 0, 1, None),
             ("actors", "lang/ar/actors.tsv", 0, 1, None),
             ("kinds", "lang/en/casualty_words.tsv", 1, 2, (0, ("noun", "before"))),
             ("kinds", "lang/ar/casualty_words.tsv", 1, 2, (0, ("noun", "before"))))


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", norm(text)))


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, list[str]]:
    """Normalised English phrase -> Arabic phrases."""
    out: dict[str, list[str]] = {}

    def add(english: str, arabic: list[str]) -> None:
        slot = out.setdefault(_key(english), [])
        for a in arabic:
            if a not in slot and len(slot) < MAX_ALTERNATIVES:
                slot.append(a)

    for vocab, _id, en, ar in read_tsv("names.tsv"):
        if vocab in ("event_types", "actors", "claimants", "governorates", "figure_kinds"):
            add(en, [ar])
    arabic: dict[tuple[str, str], list[str]] = {}
    english: list[tuple[tuple[str, str], str]] = []
    for vocab, file, ic, pc, roles in _LEXICONS:
        for row in read_tsv(file):
            if len(row) <= max(ic, pc) or (roles and row[roles[0]] not in roles[1]):
                continue
            key, phrase = (vocab, row[ic]), row[pc]
            if _ARABIC.search(phrase):
                arabic.setdefault(key, []).append(phrase)
            else:
                english.append((key, phrase))
    for key, phrase in english:
        add(phrase, arabic.get(key, []))
    return {k: v for k, v in out.items() if k and v}


def alternatives(words: list[str]) -> list[tuple[str, list[str]]]:
    """The query's words grouped into terms, each with its Arabic alternatives: the longest
    run of words (up to ``MAX_WORDS``) that names a place or a vocabulary entry is one term."""
    vocab = vocabulary()
    out: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            if _ARABIC.search(phrase):
                continue
            arabic = [a for a in arabic_names(phrase) + vocab.get(_key(phrase), [])]
            if arabic:
                out.append((phrase, list(dict.fromkeys(arabic))[:MAX_ALTERNATIVES]))
                i += n
                break
        else:
            out.append((words[i], []))
            i += 1
    return out
