"""English morphology for matching: tokens match as written (lower-cased); a verb is written
once in the lexicons and read in its inflected forms ("kill" → kills, killed, killing)."""

from __future__ import annotations

CODE = "en"
_VOWELS = "aeiou"


def token_forms(tok: str) -> tuple[tuple[str, int], ...]:
    """English words carry no clitics: a token is only itself."""
    return ((tok, 0),)


def verb_forms(stem: str, past: str | None = None, participle: str | None = None) -> list[str]:
    """A verb's forms news uses: base, third person, past, past participle and -ing form
    ("kill" → kill, kills, killed, killing; "die" → dies, died, dying; "stab" → stabbed,
    stabbing). Irregular past and participle forms are given by the lexicon row ("shoot dead",
    "shot dead"); a phrasal verb inflects its first word."""
    head, _, rest = stem.partition(" ")
    tail = " " + rest if rest else ""
    # a phrasal verb inflects its first word: "shoot dead" → "shooting dead"
    forms = [stem, _third(head) + tail, past or _past(head) + tail,
             participle or past or _past(head) + tail, _ing(head) + tail]
    return list(dict.fromkeys(forms))


def _third(v: str) -> str:
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        return v + "es"
    if v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        return v[:-1] + "ies"
    return v + "s"


def _doubles(v: str) -> bool:
    """A short verb ending consonant-vowel-consonant doubles its last letter: stab → stabbed."""
    return (len(v) <= 4 and len(v) >= 3 and v[-1] not in _VOWELS + "wxy"
            and v[-2] in _VOWELS and v[-3] not in _VOWELS)


def _past(v: str) -> str:
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        return v[:-1] + "ied"
    return v + v[-1] + "ed" if _doubles(v) else v + "ed"


def _ing(v: str) -> str:
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    return v + v[-1] + "ing" if _doubles(v) else v + "ing"


def phrase_forms(phrase: str, role: str) -> list[str]:
    """A name ("name" role: actors, claimants) is also read with a possessive or plural "s",
    written with an apostrophe ("the regime's": a word "s" of its own) or, in copy that lost
    it, without ("Assads forces"); other phrases are written in every form they are matched in."""
    if role not in ("name", "actor"):
        return [phrase]
    # "Russia's defence ministry" is "Russias defence ministry" in copy that lost the apostrophe
    bare = [phrase.replace("'s ", "s ")] if "'s " in phrase else []
    if phrase.endswith("s"):
        return [phrase, *bare]
    return [phrase, phrase + "s", phrase + " s", *bare]


def possessive_forms(phrase: str, role: str) -> list[str]:
    """English says whose attack with a word of its own ("its strikes"): no glued forms."""
    return []


def possessed_people(phrase: str) -> list[tuple[str, str]]:
    """English says whose people with a word of its own ("its soldiers"): no glued forms."""
    return []


_MODIFIERS_BEFORE_NOUN = 3


def is_definite(before: list[str], tok: str, clitic_chars: int, articles: frozenset[str],
                stops: frozenset[str]) -> bool:
    """The article is a word of its own in English, a few modifiers before its noun: "the
    attack", "the alleged chemical attacks" (``articles``: "the" and its like; ``stops``:
    words no noun phrase runs across)."""
    for w in reversed(before[-_MODIFIERS_BEFORE_NOUN:]):
        if w in articles:
            return True
        if w in stops or w.isdecimal():
            return False
    return False


def name_key(tok: str) -> str:
    return tok


def spelling_key(tok: str) -> str:
    return tok
