"""Latin-script spellings of Arabic names: one spelling key per word, and the forms a name's
article takes, so that "Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr" and "Deir Ezzor" meet.

The rules are data (``rasd/data/lang/en/transliteration.tsv``). Text and names go through the
same ``spelling_key``: a name is matched by any spelling that has the same key word by word.

    name_variants("Deir ez-Zor")  # {("dar", "az", "zur"), ("dar", "al", "zur"), ("dar", "azur"), ...}
    spelling_key("Ezzour")        # "azur"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasd.lang import rows
from rasd.text.lexicon import TOKEN

# letters that stand for the ayn and hamza, and quote marks, written in Latin names
_APOSTROPHES = str.maketrans({c: "'" for c in "‘’ʿʾ`´ʻʼ′"})
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")


@dataclass(frozen=True, slots=True)
class _Rules:
    articles: frozenset[str]
    sun: tuple[str, ...]  # longest first: "sh" before "s"
    min_rest: int
    spell: tuple[tuple[re.Pattern[str], str], ...]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    articles: set[str] = set()
    sun: list[str] = []
    spell: list[tuple[re.Pattern[str], str]] = []
    min_rest = 4
    for row in rows("en", "transliteration"):
        kind, value = row[0], row[1] if len(row) > 1 else ""
        if kind == "article":
            articles.add(value)
        elif kind == "sun":
            sun.append(value)
        elif kind == "min_rest":
            min_rest = int(value)
        elif kind == "spell":
            spell.append((re.compile(value), row[2] if len(row) > 2 else ""))
    return _Rules(frozenset(articles), tuple(sorted(sun, key=len, reverse=True)), min_rest, tuple(spell))


def strip_accents(text: str) -> str:
    """Accents stripped ("Ţarţūs" -> "Tartus"), ayn/hamza marks written as "'"."""
    if text.isascii():
        return text.replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def fold(text: str) -> str:
    """Lower-cased, accents stripped, ayn/hamza marks as "'"."""
    return strip_accents(text).lower()


def is_latin(word: str) -> bool:
    return word.isascii() and word.isalpha()


@lru_cache(maxsize=1 << 16)
def spelling_key(word: str) -> str:
    """The spelling key of one lower-case Latin word; other words are returned unchanged."""
    if not is_latin(word):
        return word
    w = word.lower()
    for pattern, repl in _rules().spell:
        w = pattern.sub(repl, w)
    return w or word


def _sun_of(word: str) -> str | None:
    return next((c for c in _rules().sun if word.startswith(c)), None)


def _article_at(words: list[str], i: int) -> str | None:
    """The consonant the article at ``words[i]`` is written with ("" for "al"/"el"), or None
    when ``words[i]`` is no article."""
    w = words[i]
    if i + 1 >= len(words):
        return None
    if w in _rules().articles:
        return ""
    sun = _sun_of(words[i + 1])
    if sun is not None and len(w) == 1 + len(sun) and w[0] in "ae" and w[1:] == sun:
        return sun
    return None


def _article_forms(words: list[str]) -> list[tuple[list[str], bool]]:
    """The name's words with each article in every written form: "al", assimilated ("ar"),
    fused with the next word ("arraqqa"), or left out (the bool: some article was left out)."""
    rules = _rules()
    out: list[tuple[list[str], bool]] = [([], False)]
    i = 0
    while i < len(words):
        if _article_at(words, i) is None:
            out = [(o + [words[i]], d) for o, d in out]
            i += 1
            continue
        nxt = words[i + 1]
        sun = _sun_of(nxt)
        forms: list[tuple[list[str], bool]] = [(["al", nxt], False)]
        if sun is not None:
            forms += [(["a" + sun, nxt], False), (["a" + sun + nxt], False)]
        if sum(len(spelling_key(w)) for j, w in enumerate(words) if j != i) >= rules.min_rest:
            forms.append(([nxt], True))
        out = [(o + f, d or fd) for o, d in out for f, fd in forms]
        i += 2
    return out


@lru_cache(maxsize=1 << 14)
def name_keys(name: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The key-word sequences that write the Latin-script name ``name``: those that keep each
    article in some form, and those that leave one out ("Hama" for "al-Hamah"). An apostrophe
    inside a word is dropped, as ``joined_words`` reads text: "Dara'a" is "Daraa"."""
    full: set[tuple[str, ...]] = set()
    bare: set[tuple[str, ...]] = set()
    for s in (_INNER_APOSTROPHE.sub("", fold(name)),):
        words = TOKEN.findall(s)
        if not words or not all(is_latin(w) or w.isdigit() for w in words) or not any(map(is_latin, words)):
            continue
        for form, dropped in _article_forms(words):
            (bare if dropped else full).add(tuple(spelling_key(w) for w in form))
    return frozenset(full), frozenset(bare - full)


def name_variants(name: str, drop_articles: bool = True) -> set[tuple[str, ...]]:
    """Every key-word sequence that writes ``name`` (``name_keys``); without ``drop_articles``
    only those that keep each article."""
    full, bare = name_keys(name)
    return set(full | bare) if drop_articles else set(full)


def phrase_key(text: str) -> str:
    """The spelling key of a written Latin-script phrase, as a name's variants are keyed:
    "Deir Ezzor" -> "dar azur", "Dara'a" -> "dara"."""
    return " ".join(spelling_key(w) for w in TOKEN.findall(_INNER_APOSTROPHE.sub("", fold(text))))


def joined_words(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Tokens of normalised ``text`` with Latin words joined across an apostrophe inside them
    ("dara'a" is one word "daraa", "a'zaz" "azaz"), as names are keyed."""
    out: list[tuple[int, int, str]] = []
    for t in toks:
        if out and t[0] == out[-1][1] + 1 and text[out[-1][1]] == "'" and is_latin(t[2]) and is_latin(out[-1][2]):
            s, _, w = out[-1]
            out[-1] = (s, t[1], w + t[2])
        else:
            out.append(t)
    return out


def is_article(word: str, following: str | None) -> bool:
    """Whether text word ``word`` (lower case, as written) is the article of the word after it."""
    if following is None:
        return False
    return _article_at([word, following], 0) is not None
