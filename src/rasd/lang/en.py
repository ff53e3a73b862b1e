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
    stabbing). Irregular past and participle forms are given by the lexicon row ("shoot",
    "shot")."""
    forms = [stem, _third(stem), past or _past(stem), participle or past or _past(stem), _ing(stem)]
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
    """English phrases are written in every form they are matched in."""
    return [phrase]


def possessive_forms(phrase: str, role: str) -> list[str]:
    """English says whose attack with a word of its own ("its strikes"): no glued forms."""
    return []


def is_definite(prev: str, tok: str, clitic_chars: int) -> bool:
    """The article is a word of its own in English: "the attack"."""
    return prev == "the"
