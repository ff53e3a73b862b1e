"""Lexicon mentions in an article: claimants, attribution words, actors, event words, scope cues.

Each finder runs once over the whole normalised text; the assembler then looks mentions up
by position, so the cost stays linear in the article's length.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from rasd.text.lexicon import Lexicon, LexiconMatch, load_lexicon, read_tsv


@dataclass(slots=True)
class Mention:
    value: str
    start: int  # normalised offsets
    end: int
    tok: int  # index of the first token
    tok_end: int


class MentionIndex:
    """Mentions sorted by position, with range queries."""

    def __init__(self, mentions: list[Mention]):
        self.items = mentions
        self._starts = [m.start for m in mentions]

    def between(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self.items[lo:hi] if m.end <= end]

    def at_token(self, tok: int, start: int) -> Mention | None:
        """The mention beginning at token ``tok`` (which starts at offset ``start``; a clitic
        may put the mention itself a character or two later)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self.items) and self.items[i].tok <= tok:
            if self.items[i].tok == tok:
                return self.items[i]
            i += 1
        return None

    def __iter__(self):
        return iter(self.items)


@dataclass
class Lexicons:
    claimants: Lexicon
    attribution: Lexicon
    actors: Lexicon
    events: Lexicon
    scope: Lexicon
    claimant_stop: Lexicon


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    attribution: Lexicon = Lexicon()
    for role, phrase in read_tsv("lexicons/attribution.tsv"):
        attribution.add(phrase, role)
    scope: Lexicon = Lexicon()
    for role, phrase in read_tsv("lexicons/scope_cues.tsv"):
        scope.add(phrase, role)
    return Lexicons(
        claimants=load_lexicon("lexicons/claimants.tsv"),
        attribution=attribution,
        actors=load_lexicon("lexicons/actors.tsv"),
        events=load_lexicon("lexicons/event_types.tsv"),
        scope=scope,
        claimant_stop=_phrases("lexicons/claimant_stop.tsv"),
    )


@lru_cache(maxsize=1 << 17)
def may_start_mention(tok: str) -> bool:
    """Whether any claimant, attribution, actor, event or scope phrase can start at ``tok``."""
    lx = lexicons()
    return any(lex.may_start(tok) for lex in (lx.claimants, lx.attribution, lx.actors, lx.events, lx.scope))


def _phrases(name: str) -> Lexicon:
    lex: Lexicon = Lexicon()
    for row in read_tsv(name):
        lex.add(row[0], "stop")
    return lex


def index(lex: Lexicon, text: str, toks: list[tuple[int, int, str]], offset: int = 0,
          positions: list[int] | None = None, tok_starts: list[int] | None = None) -> MentionIndex:
    """Mentions of ``lex`` in ``toks`` (a slice of the article's tokens starting at ``offset``);
    ``positions``: the only slice indices a mention may start at (a shared pre-filter)."""
    if tok_starts is None:
        tok_starts = [t[0] for t in toks]
    return MentionIndex([_mention(m, tok_starts, offset) for m in lex.find(text, toks, positions=positions)])


def _mention(m: LexiconMatch, tok_starts: list[int], offset: int = 0) -> Mention:
    t0 = bisect.bisect_right(tok_starts, m.start) - 1
    t1 = bisect.bisect_left(tok_starts, m.end)
    return Mention(str(m.value), m.start, m.end, t0 + offset, t1 + offset)
