"""Token-based phrase lexicon.

Phrases (actor names, claimant names, place names, ...) are looked up token by token in a
dict, so cost grows with the text, not with the size of the lexicon. A text token may differ
from the phrase by its language's morphology (``rasd.lang``): an Arabic token may carry
proclitics the phrase does not (conjunction و/ف, preposition ب/ل/ك, ل + ال → لل: "للرقة"
matches "الرقة").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import Any, Callable, Generic, Iterable, Iterator, KeysView, Sequence, TypeVar

from rasd.lang.ar import token_forms as arabic_token_forms
from rasd.text.normalize import norm

T = TypeVar("T")

# Letters and digits are separate tokens: "و6" is و + 6, "بـ850" is ب + 850.
TOKEN = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
# The same tokens as ``TOKEN``, split out with the gaps between them (gap, token, gap, ...,
# gap): their offsets are then summed from the pieces' lengths in C, not read match by match.
# Letters first: most characters of a text are letters (the two classes never overlap).
_TOKEN_SPLIT = re.compile(r"([^\W\d_]+|\d+)", re.UNICODE)
# The blocks nearly every text is written in (ASCII, Latin to Arabic, general punctuation,
# Arabic presentation forms). Within them, the same split by explicit code point ranges: a
# range is a bit looked up, where a Unicode class asks the character database up to four
# times per character. The ranges are read off ``_TOKEN_SPLIT``'s own classes when the module
# loads (one ``findall`` per class), so the two splits give the same pieces for every text
# of these blocks; a text with any other character is split by ``_TOKEN_SPLIT``.
_COMMON_BLOCKS = ((0x0000, 0x07FF), (0x2000, 0x206F), (0xFB50, 0xFEFF))
_BEYOND_COMMON = ((0x0800, 0x1FFF), (0x2070, 0xFB4F), (0xFF00, 0x10FFFF))


def _ranges(runs: Iterable[tuple[int, int]]) -> str:
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in runs)


@lru_cache(maxsize=None)
def _class_ranges(cls: str) -> str:
    """``cls`` (a regex class) as the explicit ranges of its characters in ``_COMMON_BLOCKS``."""
    chars = "".join(chr(c) for lo, hi in _COMMON_BLOCKS for c in range(lo, hi + 1))
    runs: list[list[int]] = []
    for c in map(ord, re.findall(cls, chars)):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[" + _ranges(map(tuple, runs)) + "]"


def class_covering(cls: str) -> str:
    """A class of explicit ranges holding every character of ``cls`` (a regex class such as
    ``\\d``): those of ``_COMMON_BLOCKS`` exactly, and every character beyond them. A regex
    that opens on it, followed by a look-behind ``(?<=cls)``, finds what one opening on
    ``cls`` finds, but the engine skips ahead over the text's other characters by a bit
    lookup each, and asks the character database only at the few left."""
    return _class_ranges(cls)[:-1] + _ranges(_BEYOND_COMMON) + "]"


# The token opens on one class of both (letter or digit), and goes on in the class of its first
# character (told by a look-behind): a pattern that opens on a class lets the engine skip
# over the gaps between tokens in one C loop, where a pattern opening on a choice of two tries
# a whole match at every character of a gap (the same pieces as ``([L]+|[D]+)``).
_LETTER, _DIGIT = _class_ranges(r"[^\W\d_]"), _class_ranges(r"\d")
_COMMON_SPLIT = re.compile("([" + _LETTER[1:-1] + _DIGIT[1:-1] + "](?:(?<=" + _LETTER + ")" + _LETTER + "*|"
                           + _DIGIT + "*))")
_UNCOMMON = re.compile("[^" + _ranges(_COMMON_BLOCKS) + "]")


@dataclass(slots=True)
class LexiconMatch(Generic[T]):
    value: T
    start: int  # normalised offsets of the matched phrase, clitics excluded
    end: int
    prefix: str  # the clitics that were stripped ("و", "ب", "ول", ...)
    phrase: str  # the lexicon phrase (normalised) that matched
    tok: int = -1  # the tokens it spans, [tok, tok_end) of the tokens ``find`` was given
    tok_end: int = -1


_CANDIDATE_CACHE = 1 << 17  # tokens remembered per lexicon


# a token's start, end and word: keys of bisects and maps called in C (no Python call per step)
_start, _end, _word = itemgetter(0), itemgetter(1), itemgetter(2)


@lru_cache(maxsize=8)
def _split(text: str) -> tuple[tuple, tuple, tuple, tuple]:
    """(tokens, their starts, their words, the gaps around them): one split of the text."""
    parts = _COMMON_SPLIT.split(text)
    gaps = parts[0::2]
    # a character beyond the usual blocks is in no token of that split, so in a gap: only the
    # gaps (a fifth of the text) are searched for one; then the text is split the plain way
    if _UNCOMMON.search("".join(gaps)) is not None:
        parts = _TOKEN_SPLIT.split(text)
        gaps = parts[0::2]
    ends = list(accumulate(map(len, parts)))
    starts, words = tuple(ends[0:-1:2]), tuple(parts[1::2])
    return tuple(zip(starts, ends[1::2], words)), starts, words, tuple(gaps)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for every word and number; the last few texts are cached, since
    several stages tokenise the same article."""
    return list(_split(text)[0])


def token_columns(text: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[int, ...], tuple[str, ...],
                                      tuple[str, ...]]:
    """``tokens(text)``, their starts, their words, and the gaps: before each token (the text
    between it and the token before) and after the last one (``len(tokens) + 1`` gaps). As
    tuples, shared with the cache and not copied: they are read, never changed."""
    return _split(text)


def positions_of(words: list[str], wanted: set[str]) -> list[int]:
    """The indices of ``words`` that are in ``wanted``: the same as ``[i for i, w in
    enumerate(words) if w in wanted]``, in C-level loops (readers ask it of every token)."""
    return list(compress(count(), map(wanted.__contains__, words)))


# Arabic clitics are the default morphology: rasd's first language, and the gazetteer's names
# and the search index are matched with them whatever the article's language.
clitic_forms = arabic_token_forms


Forms = Callable[[str], tuple[tuple[str, int], ...]]


# one per morphology (a language pack's ``token_forms``), shared by its lexicons
_FORM_WORDS: dict[Forms, Callable[[str], tuple[str, ...]]] = {}


def _form_words(forms: Forms) -> Callable[[str], tuple[str, ...]]:
    """``forms`` of a token as a tuple of the forms alone, remembered per token, shared by every
    lexicon of that morphology: a word new to a corpus is asked of by dozens of lexicons, and
    each then tells it starts none of its phrases by one disjointness test in C. Tuples of
    strings, which the garbage collector stops walking, not one new set per word; and a pure
    function of the word, so a lexicon filled later (a language's role lexicons are loaded on
    their first use) leaves it valid."""
    got = _FORM_WORDS.get(forms)
    if got is None:
        got = _FORM_WORDS[forms] = lru_cache(maxsize=_CANDIDATE_CACHE)(
            lambda tok: tuple([f for f, _ in forms(tok)]))
    return got


# The forms of a token with its clitics stripped or not (default morphology), as a tuple.
clitic_form_words = _form_words(clitic_forms)


@lru_cache(maxsize=1 << 16)
def clitic_form_set(tok: str) -> frozenset[str]:
    """The forms of ``tok`` with its clitics stripped or not, as a set (asked of every word of
    a sentence by readers that test a word against a word list)."""
    return frozenset(clitic_form_words(tok))


class Lexicon(Generic[T]):
    """Phrases looked up token by token. ``forms`` is the morphology of text tokens: the
    forms a token may match a phrase in, each with the number of leading characters it drops
    (a language pack's ``token_forms``; Arabic clitics by default)."""

    def __init__(self, forms: Forms = clitic_forms) -> None:
        self._forms = forms
        self._index: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        # the index's first tokens as a set, and the shared cache of a token's forms as a tuple:
        # a token seen for the first time is told to start no phrase by one disjointness test
        # in C, not a loop over its forms per lexicon; it is the cost of every new word in an
        # article, and a new corpus is mostly new words
        self._firsts: set[str] = set()
        self._form_words = _form_words(forms)
        self.size = 0
        # token -> ((clitic chars, by next token, one-token phrases), ...): most tokens start no
        # phrase, and one dict lookup says so instead of one per clitic form
        self._starts: dict[str, tuple] = {}
        self._starts_bare: dict[str, tuple] = {}
        self._starters: set[str] = set()  # the keys of ``_starts`` whose tuple is not empty
        # ... and those whose tuple is empty: a set, as membership in a set is cheaper to ask
        # than in a dict (one memory access less), and most words asked of are in it
        self._quiet: set[str] = set()
        # read-only views for readers that ask ``match_at`` of nearly every token: ``tok in
        # quiet`` (or ``() == known.get(tok)``) says, without a call, that no phrase starts there
        self.known = self._starts
        self.quiet = self._quiet
        self._clears = 0
        self._follows: dict[str, frozenset[str] | None] = {}  # ``_follow``'s answers
        # ... as one shared set per distinct answer (a few dozen over a corpus's ~40,000 words):
        # every set is an object the garbage collector walks, and a new corpus would otherwise
        # add one per word, each a reason for another full collection
        self._follow_sets: dict[frozenset[str], frozenset[str]] = {}
        self._groups: dict[str, tuple] = {}  # ``_by_next``'s answers, by first token

    def _candidates(self, tok: str, clitics: bool = True) -> tuple:
        """(clitic chars, phrases by their second token, one-token phrases) per form of
        ``tok`` that starts a phrase."""
        cache = self._starts if clitics else self._starts_bare
        found = cache.get(tok)
        if found is None:
            if len(cache) > _CANDIDATE_CACHE:
                cache.clear()
                if clitics:
                    self._starters.clear()
                    self._quiet.clear()
                    self._clears += 1
            if clitics and self._firsts.isdisjoint(self._form_words(tok)):
                found = ()
            else:
                forms = self._forms(tok) if clitics else ((tok, 0),)
                found = tuple((p, *self._by_next(form)) for form, p in forms if form in self._index)
            cache[tok] = found
            if clitics:
                (self._starters if found else self._quiet).add(tok)
        return found

    def _by_next(self, first: str) -> tuple[dict[str, list], list]:
        """The phrases starting with ``first``, longest first, grouped by their second token
        (each group ending with the one-token phrases): a word that starts many phrases ("the")
        is then tried against the few its next word allows."""
        got = self._groups.get(first)
        if got is not None:
            return got  # "قصف", "وقصف", "بالقصف": one first token reached from many words
        bucket = self._index[first]
        singles = [e for e in bucket if len(e[0]) == 1]
        nexts: dict[str, list] = {}
        for e in bucket:
            if len(e[0]) > 1:
                nexts.setdefault(e[0][1], []).append(e)
        got = self._groups[first] = ({k: v + singles for k, v in nexts.items()}, singles)
        return got

    def add(self, phrase: str, value: T) -> None:
        toks = tuple(t for _, _, t in tokens(norm(phrase)))
        if not toks:
            return
        bucket = self._index.setdefault(toks[0], [])
        self._firsts.add(toks[0])
        bucket.append((toks, value))
        bucket.sort(key=lambda e: -len(e[0]))
        self.size += 1
        self._follows.clear()
        self._follow_sets.clear()
        self._groups.clear()
        self._starts.clear()
        self._starts_bare.clear()
        self._starters.clear()
        self._quiet.clear()

    def __len__(self) -> int:
        return self.size

    def may_start(self, tok: str) -> bool:
        """Whether some phrase can start at a token ``tok`` (its clitics stripped or not)."""
        cands = self._starts.get(tok)
        if cands is None:
            cands = self._candidates(tok)
        return bool(cands)

    def starters(self, words: set[str]) -> set[str]:
        """Those of ``words`` some phrase can start at: ``may_start`` asked of a whole
        article's distinct words in one loop (it is asked of every word of every article)."""
        words = words if isinstance(words, (set, frozenset)) else set(words)
        clears = self._clears
        # set operations, in C, and one pass over all the words: most are known to start no
        # phrase; the few left are starters or words not seen before
        rest = words.difference(self._quiet)
        new = rest.difference(self._starters)
        if new and len(self._starts) + len(new) <= _CANDIDATE_CACHE:
            # the new words none of whose forms is a first token start nothing: told for all of
            # them in C (the cached forms, one disjointness test each), not per word
            new = list(new)
            quiet = set(compress(new, map(self._firsts.isdisjoint, map(self._form_words, new))))
            self._quiet |= quiet
            self._starts.update(dict.fromkeys(quiet, ()))
            new = quiet.symmetric_difference(new)
        for w in new:
            self._candidates(w)
        if self._clears != clears:  # the cache was cleared on the way: ask word by word
            return {w for w in words if self._candidates(w)}
        return rest & self._starters

    def starts_alone(self, tok: str) -> bool:
        """Whether a one-token phrase is ``tok`` (its clitics stripped or not): ``match_at``
        then finds a phrase at it whatever follows."""
        cands = self._starts.get(tok)
        if cands is None:
            cands = self._candidates(tok)
        return any(singles for _p, _nexts, singles in cands)

    def none_start(self, words: Sequence[str], lo: int, hi: int) -> bool:
        """Whether no phrase starts at any token in ``[lo, hi)`` of ``words`` (a reader's
        window), told by each token's first two words: one subset test in C against the words
        known to start none; at the few others, whether a one-token phrase is there or the
        next word is one a phrase starting there goes on with (``_follow``). True only where
        ``match_at`` finds nothing at any of those tokens: a window with no start needs no
        walk."""
        quiet = self._quiet
        lo = max(lo, 0)
        if quiet.issuperset(words[lo:hi]):
            return True
        follows, n = self._follows, len(words)
        after = words[lo + 1:hi + 1]  # the words right after the window's tokens
        for w in set(words[lo:hi]).difference(quiet):  # (few: most words are quiet)
            f = follows.get(w, 0)
            if f == 0:
                f = self._follow(w)
            if f is None:
                return False
            if f.isdisjoint(after):
                continue  # no word a phrase of its goes on with stands in the window (in C)
            for t in range(lo, min(hi, n - 1)):
                if words[t] == w and words[t + 1] in f:
                    return False
        return True

    def goes_on_in(self, tok: str, words: set[str] | frozenset[str]) -> bool:
        """Whether a phrase starting at ``tok`` may be found in a text of ``words`` (a set):
        a one-token phrase is ``tok``, or a word some phrase starting there goes on with is
        among them."""
        f = self._follows.get(tok, 0)
        if f == 0:
            f = self._follow(tok)
        return f is None or not f.isdisjoint(words)

    def _follow(self, tok: str) -> frozenset[str] | None:
        """The words a phrase starting at ``tok`` may go on with; None when a one-token phrase
        is ``tok`` (a phrase is there whatever follows). Remembered per word."""
        follow: set[str] | None = set()
        for _p, nexts, singles in self._candidates(tok):
            if singles:
                follow = None
                break
            follow.update(nexts)
        if len(self._follows) > _CANDIDATE_CACHE:
            self._follows.clear()
        if follow is not None:
            follow = frozenset(follow)
            follow = self._follow_sets.setdefault(follow, follow)
        got = self._follows[tok] = follow
        return got

    def values_from(self, tok: str) -> list[T]:
        """The values of every phrase that may start at a token ``tok`` (its clitics stripped
        or not), whatever the tokens after it: a test of a word can then say, once per word,
        what no phrase starting there can be."""
        index = self._index
        return [value for form, _p in self._forms(tok) if form in index for _phrase, value in index[form]]

    def phrases(self) -> Iterator[str]:
        """Every phrase, normalised, tokens joined by spaces."""
        for bucket in self._index.values():
            for toks, _ in bucket:
                yield " ".join(toks)

    def first_tokens(self) -> "KeysView[str]":
        """Every token a phrase can start with (for cheap pre-filtering)."""
        return self._index.keys()

    def match_at(self, toks: list[tuple[int, int, str]], i: int,
                 clitics: bool = True) -> tuple[T, int, int] | None:
        """The longest phrase starting at token ``i``: (value, tokens used, clitic chars)."""
        try:  # asked of nearly every token by every reader: no len() call on the way
            tok = toks[i][2]
        except IndexError:
            return None
        cands = self._starts.get(tok) if clitics else self._starts_bare.get(tok)
        if not cands:
            if cands is not None:
                return None  # most tokens start no phrase: known at one dict lookup
            cands = self._candidates(tok, clitics)
            if not cands:
                return None
        n = len(toks)
        nt = toks[i + 1][2] if i + 1 < n else ""
        for p, nexts, singles in cands:
            for phrase, value in nexts.get(nt, singles):
                k = len(phrase)
                if k <= 2 or (i + k <= n and all(toks[i + j][2] == phrase[j] for j in range(2, k))):
                    return value, k, p
        return None

    def ending_at(self, toks: list[tuple[int, int, str]], end: int,
                  max_len: int = 4) -> list[tuple[T, int]]:
        """(value, start token) of each start within ``max_len`` tokens before ``end`` whose
        longest phrase (``match_at``) ends right before token ``end``, longest first. Readers
        ask this of nearly every token they look back from: the starts no phrase can begin at
        are skipped here, in one loop, rather than with a ``match_at`` call each."""
        quiet = self._quiet
        out: list[tuple[T, int]] = []
        for s in range(max(end - max_len, 0), min(end, len(toks))):  # the longest first
            if toks[s][2] in quiet:
                continue
            m = self.match_at(toks, s)
            if m is not None and m[1] == end - s:
                out.append((m[0], s))
        return out

    def find(self, text: str, toks: list[tuple[int, int, str]] | None = None,
             start: int = 0, end: int | None = None,
             positions: Iterable[int] | None = None) -> list[LexiconMatch[T]]:
        """Leftmost-longest, non-overlapping matches in normalised ``text[start:end]``.

        ``positions`` (ascending token indices), when given, are the only tokens a match may
        start at: several lexicons searched over one text can share one cheap pre-filter."""
        if toks is None:
            toks = tokens(text)
        if end is None:
            end = len(text)
        starts = self._starts
        out: list[LexiconMatch[T]] = []
        n = len(toks)
        # the tokens ending by ``end``: most tokens start no phrase, and are passed over
        # on one dict lookup, their offsets unread
        last = bisect.bisect_right(toks, end, key=_end) if n and toks[-1][1] > end else n
        if positions is None:
            # windows of a long article are searched often: start at the window, not at token 0;
            # and only at the words some phrase starts at, picked out in C-level loops
            first = bisect.bisect_left(toks, start, key=_start) if start else 0
            words = list(map(_word, toks[first:last]))
            positions = map(first.__add__, positions_of(words, self.starters(set(words))))
        nxt = 0
        for i in positions:
            if i < nxt:
                continue
            if i >= last:
                break
            tok = toks[i][2]
            cands = starts.get(tok)
            if cands is None:
                cands = self._candidates(tok)
            if not cands:
                continue
            s0 = toks[i][0]
            if s0 < start:
                continue
            best_k = 0
            best: LexiconMatch[T] | None = None
            nt = toks[i + 1][2] if i + 1 < n else ""
            for p, nexts, singles in cands:
                for phrase, value in nexts.get(nt, singles):
                    k = len(phrase)
                    if k <= best_k:
                        break
                    if i + k > n or toks[i + k - 1][1] > end:
                        continue
                    if k <= 2 or all(toks[i + j][2] == phrase[j] for j in range(2, k)):
                        best_k = k
                        best = LexiconMatch(value, s0 + p, toks[i + k - 1][1], tok[:p], " ".join(phrase), i, i + k)
                        break
            if best is not None:
                out.append(best)
                nxt = i + best_k
        return out


class WordTest:
    """A test of single words (``test``: say, whether a phrase of some lexicons may start at a
    word), remembered, and asked of a text's distinct words at once: ``of(words)`` is
    ``set(filter(test, words))`` in set operations (loops in C) once the words were seen."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        self.test = test
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def of(self, words: set[str] | frozenset[str]) -> set[str]:
        rest = words.difference(self._no)  # most words fail, and were seen before
        new = rest.difference(self._yes)
        if new:
            if len(self._yes) + len(self._no) > _CANDIDATE_CACHE:
                self._yes.clear()
                self._no.clear()
                new = rest = set(words)
            yes = set(filter(self.test, new))
            self._yes |= yes
            self._no |= new - yes
        return rest & self._yes


def any_start(*lexicons: "Lexicon[Any]") -> Callable[[str], bool]:
    """Whether a phrase of any of ``lexicons`` may start at a token, remembered per token.
    Readers that ask several lexicons in turn at a word (is it a number? a person? a verb?)
    mostly hear "no" from each: one cached call says so at once. The lexicons must be complete
    when this is made (a phrase added later is not seen)."""
    forms = {lex._form_words for lex in lexicons}
    form_words = forms.pop() if len(forms) == 1 else None
    if form_words is None:
        return lru_cache(maxsize=_CANDIDATE_CACHE)(lambda tok: any(lex.may_start(tok) for lex in lexicons))
    # one set test says "no" for the words no form of which starts a phrase of any of them
    # (most words), before the lexicons are asked one by one
    firsts = frozenset().union(*(lex._firsts for lex in lexicons))
    return lru_cache(maxsize=_CANDIDATE_CACHE)(
        lambda tok: not firsts.isdisjoint(form_words(tok)) and any(lex.may_start(tok) for lex in lexicons))


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of a packaged data file ``rasd/data/<name>``; ``#`` comments and blanks skipped."""
    f = resources.files("rasd").joinpath("data").joinpath(name)
    for line in f.read_text("utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield [c.strip() for c in line.split("\t")]


def load_lexicon(name: str) -> Lexicon[str]:
    """A two-column ``id<TAB>phrase`` data file as a lexicon of ids."""
    lex: Lexicon[str] = Lexicon()
    for row in read_tsv(name):
        if len(row) >= 2 and row[1]:
            lex.add(row[1], row[0])
    return lex


def build(pairs: Iterable[tuple[str, Any]]) -> Lexicon[Any]:
    lex: Lexicon[Any] = Lexicon()
    for phrase, value in pairs:
        lex.add(phrase, value)
    return lex
