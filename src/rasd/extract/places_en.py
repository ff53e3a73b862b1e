"""Guards on place names read from English text: a Latin-script name is a proper noun, so it
must be capitalised where the article writes it ("in Hama", never "hama" inside a sentence),
must not take in a function word ("In Arab states" is not Ain al-Arab), and an English word
that spells like a place name ("hit" and the Iraqi town of Hit, "tell", "mare") is that place
only with a preposition or place noun beside it ("in Hit", "the town of Mare", "Hit district").

``Gazetteer.find`` matches on lower-cased normalised text; the capitals are read from the
original text through the offsets map.
"""

from __future__ import annotations

from typing import Callable

from rasd.core.vocab import HOME_COUNTRY
from rasd.extract.places_data import Entry, EnglishWords
from rasd.text.latin import is_article, is_latin
from rasd.text.normalize import Normalized

Tok = tuple[int, int, str]
_SENTENCE_BREAK = frozenset(".!?:;\n\"")


class EnglishGuard:
    def __init__(self, words: EnglishWords) -> None:
        self.w = words

    def accepts(self, nt: Normalized, toks: list[Tok], i: int, k: int, places: tuple[Entry, ...] = (),
                starts: Callable[[str], bool] = lambda w: False) -> bool:
        """Whether the name matched on tokens ``toks[i:i+k]`` (as written, lower case), which
        can be ``places``, is read as a place; ``starts(word)`` tells whether a place name may
        start at a word. Arabic-script mentions are not this guard's business."""
        if k <= 0 or not is_latin(toks[i][2]):
            return True
        end = min(i + k, len(toks))
        content = [j for j in range(i, end)
                   if not (j + 1 < end and is_article(toks[j][2], toks[j + 1][2]))]
        if any(toks[j][2] in self.w.function for j in content):
            return False
        if not any(_capitalised(nt, toks[j]) for j in content):
            return False
        if len(content) == 1 and not self._alone(nt, toks, i, content[0], end, places, starts):
            return False
        if len(content) > 1 and all(_capitalised(nt, toks[j]) for j in content):
            return True  # "United States", "Tell Abyad": a capitalised phrase is a proper name
        if all(toks[j][2] in self.w.homographs for j in content):
            return self._in_context(nt, toks, i, end)
        return True

    def _alone(self, nt: Normalized, toks: list[Tok], i: int, j: int, end: int,
               places: tuple[Entry, ...], starts: Callable[[str], bool]) -> bool:
        """A one-word name is no mention when the word is never a place alone ("al-Assad"), or
        when it names a minor place (or is a head word) and is glued to another capitalised
        word, so part of a longer name the gazetteer does not know: a person's ("Riad Hijab",
        "Maria Zakharova") or a place's ("Kafr Hamra", "Tal Halaf") - unless that word is a
        modifier ("eastern Aleppo") or a place noun, or the words around are a title-case
        headline, or the next word starts another place (a list written without commas).
        Governorates, districts and their seats are named so often next to other capitals
        ("Tags Syria Aleppo", "Aleppo Media Center") that they are spared."""
        word = toks[j][2]
        if word in self.w.never:
            return False
        if word not in self.w.head and any(_prominent(e) for e in places):
            return True
        prev = toks[i - 1] if i > 0 and not is_article(toks[i - 1][2], toks[i][2]) else None
        glued_before = prev is not None and _capitalised(nt, prev) and _joined(nt, prev, toks[i]) \
            and prev[2] not in self.w.modifier and prev[2] not in self.w.before \
            and prev[2] not in self.w.function and prev[2] not in self.w.calendar \
            and (prev[2] in self.w.head or not self._starts(prev[2], starts))
        nxt = _next_name_word(toks, end)
        glued_after = nxt is not None and _capitalised(nt, toks[nxt]) and _joined(nt, toks[nxt - 1], toks[nxt]) \
            and (nxt == end or _joined(nt, toks[end - 1], toks[end])) and toks[nxt][2] not in self.w.after \
            and toks[nxt][2] not in self.w.calendar \
            and (word in self.w.head or not self._starts(toks[nxt][2], starts))
        return not (glued_before or glued_after) or _title_case(nt, toks, i, end)

    def _starts(self, word: str, starts: Callable[[str], bool]) -> bool:
        return word not in self.w.never and starts(word)

    def _in_context(self, nt: Normalized, toks: list[Tok], i: int, end: int) -> bool:
        """A common word is a place after a preposition ("in Hit", "the town of Mare"), before a
        place noun ("Hit district"), or capitalised after a lower-case word of its sentence
        ("troops entered Mare"): not at a sentence start, not in a title-case headline."""
        before = i - 1
        if before >= 0 and toks[before][2] == "the":
            before -= 1
        if before >= 0 and toks[before][2] in self.w.before:
            return True
        if end < len(toks) and toks[end][2] in self.w.after:
            return True
        prev = toks[i - 1] if i > 0 else None
        return prev is not None and prev[2].isalpha() and not _capitalised(nt, prev) \
            and _capitalised(nt, toks[i]) and not any(c in _SENTENCE_BREAK for c in nt.text[prev[1]:toks[i][0]])


def _prominent(e: Entry) -> bool:
    """A country; a Syrian governorate, district or hand-written region, or a district's seat
    (OCHA p-code of the seat subdistrict: SYggdd00)."""
    return e.level == "country" or (e.country == HOME_COUNTRY and (e.level in ("governorate", "district") or (
        e.pcode is not None and len(e.pcode) == 8 and e.pcode.endswith("00"))))


def _title_case(nt: Normalized, toks: list[Tok], i: int, end: int, around: int = 5) -> bool:
    """Whether the words around ``toks[i:end]`` on its line are mostly capitalised, as in a
    title-case headline ("Syrian Army Retakes Kafr Hamra"), where capitals tell no names."""
    line_start = nt.text.rfind("\n", 0, toks[i][0]) + 1
    line_end = nt.text.find("\n", toks[end - 1][1])
    line_end = len(nt.text) if line_end < 0 else line_end
    words = [t for t in toks[max(0, i - around):i] + toks[end:end + around]
             if line_start <= t[0] and t[1] <= line_end and t[2].isalpha() and len(t[2]) > 3]
    return len(words) >= 3 and sum(_capitalised(nt, t) for t in words) >= 0.7 * len(words)


def _joined(nt: Normalized, a: Tok, b: Tok) -> bool:
    """Two words of one phrase: only spaces or a hyphen between them."""
    return nt.text[a[1]:b[0]].strip(" -") == ""


def _next_name_word(toks: list[Tok], end: int) -> int | None:
    """Index of the word after a match, past an article written before it ("Hassan al-Jundi")."""
    if end >= len(toks):
        return None
    if end + 1 < len(toks) and is_article(toks[end][2], toks[end + 1][2]):
        return end + 1
    return end


def _capitalised(nt: Normalized, tok: Tok) -> bool:
    return nt.original[nt.orig(tok[0])].isupper()
