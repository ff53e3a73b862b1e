"""The one shared article document that every extraction stage reads and annotates.

A ``Doc`` holds the article, its normalised text (offsets map back to the original), tokens
and sentences; each stage of ``pipeline.STAGES`` adds its layer: figures, lexicon mentions,
dates, places, events, claim drafts, claims. Positions inside a ``Doc`` are offsets into the
normalised text; whatever leaves the extractor is cut from the original through
``Doc.span``.
"""

from __future__ import annotations

import bisect
from bisect import bisect_right as _bisect_right
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, repeat
from operator import ne
from typing import TYPE_CHECKING, Any, Callable, Sequence

from rasd.core.models import Article, Claim, Span
from rasd.lang import pack
from rasd.text.lexicon import clitic_form_words, token_columns, tokens
from rasd.text.normalize import Normalized, norm, normalize
from rasd.text.segment import Sentence, sentences, wrapped_breaks

if TYPE_CHECKING:
    from rasd.extract.dates import DateMention
    from rasd.extract.events import Event
    from rasd.extract.figures import FigureHit
    from rasd.extract.mentions import MentionIndex
    from rasd.extract.places import PlaceMention

Tok = tuple[int, int, str]


@dataclass
class Attribution:
    """A claimant named as the source of what a sentence tells."""

    claimant: str
    text: str | None
    tok: int  # where the claimant is named (-1: the outlet's own voice)
    # a second claimant joined to it by "و" as the subject of one verb ("وأعلن المقاتلون
    # الأكراد والمرصد أن ..."): it tells the same figures, as a claim of its own
    partner: "Attribution | None" = None


@dataclass
class Draft:
    """Figures of one sentence told by one claimant, before the claim's frame is read."""

    sentence: int
    paragraph: int
    attribution: Attribution
    hits: list["FigureHit"] = field(default_factory=list)
    victim: str | None = None  # the side the figures count, read from the figures
    victim_tok: int | None = None  # where that side is named
    event: Any = None  # the attack of its sentence its figures report (``events.Event``)
    adjunct: int | None = None  # where the adjunct on a prior death its figures are in opens ("ردا على مقتل")


_NO_WORDS: frozenset[str] = frozenset()


class _Roles(dict):
    """Function words by role; a role the language lists no word for has none."""

    def __missing__(self, role: str) -> frozenset[str]:
        # kept: the next ask is the dict's own lookup, no Python call (the stages ask the same
        # few unlisted roles ~90,000 times a pass); the roles are a fixed few names
        self[role] = _NO_WORDS
        return _NO_WORDS


_ROLES: dict[int, tuple[Any, _Roles]] = {}  # id(pack) -> (pack, its words by role)


def _roles(p: Any) -> _Roles:
    got = _ROLES.get(id(p))
    if got is None or got[0] is not p:
        got = _ROLES[id(p)] = (p, _Roles(p.words))
    return got[1]
# marks between tokens: anything but a word character or a plain space
_MARKS = re.compile(r"[^\w ]*")
_HEADLINE_AFTER = 80  # characters before a title pasted into the text (a date, an outlet)
_HEADLINE_WORDS = 3  # a shorter title ("الأتارب") is a name the text may well use anywhere
_HEADLINE_PREFIX_WORDS = 6  # words a date or outlet line before the title may hold


def _headline(text: str, title: str | None) -> tuple[int, int] | None:
    """Where the article's title stands at the head of its (normalised) text, if it does."""
    t = norm(title or "").strip()
    if len(tokens(t)) < _HEADLINE_WORDS:
        return None
    a = text.find(t, 0, len(t) + _HEADLINE_AFTER)
    b = a + len(t)
    if a < 0 or b < len(text) and text[b].isalnum() or a > 0 and text[a - 1].isalnum():
        return None
    if len(tokens(text[:a])) > _HEADLINE_PREFIX_WORDS:
        return None
    return a, b


_FORM_TESTS: dict[tuple[str, tuple[str, ...]], Callable[[str], bool]] = {}  # (language, roles) -> test


class Doc:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.pack = pack(article.lang)  # the article's language: its lexicons and morphology
        self.lang = self.pack.code
        # ``words(role)``: the article language's function words of ``role`` (``grammar.tsv``).
        # The dict's own lookup, a call in C: the stages ask it about half a million times a pass.
        self.words: Callable[[str], frozenset[str]] = _roles(self.pack).__getitem__
        self._conj_clitics = tuple(self.words("conj_clitic"))  # ("و"; none in English)
        self.nt: Normalized = normalize(article.text)
        self.text = self.nt.text
        self.toks: Sequence[Tok]  # tuples (read only), as are ``tok_starts`` and ``tok_words``
        self.toks, self.tok_starts, self.tok_words, self._gaps = token_columns(self.text)
        self.headline = _headline(self.text, article.title)  # where the title stands in the text
        self.sents: list[Sentence] = sentences(self.text, self.headline)
        self._sent_starts = [s.start for s in self.sents]
        self._sent_toks: dict[int, tuple[int, int]] = {}  # sentence start -> its tokens (``sent_toks``)
        self._para_starts: dict[int, int] = {}
        for s in self.sents:
            self._para_starts.setdefault(s.paragraph, s.start)
        # layers, filled by the stages in order
        self.hits: list[FigureHit] = []
        self.hits_by_sentence: dict[int, list[FigureHit]] = {}
        self.windows: list[tuple[int, int]] = []  # token ranges worth reading
        self.told_after: set[int] = set()  # sentences read only for who did an attack told before
        self.after_mentions: tuple[MentionIndex, MentionIndex] | None = None  # their actors, attack words
        self.claimants: MentionIndex | None = None
        self.attrib: MentionIndex | None = None
        self.actors: MentionIndex | None = None
        self.event_words: MentionIndex | None = None
        self.scope_cues: MentionIndex | None = None
        self.dates: list[DateMention] = []
        self.places: list[PlaceMention] = []
        self.events: list[Event] = []
        self.lead: Event | None = None  # the article's lead event
        self.told_next: dict[int, Event] = {}  # a toll's sentence -> the attack the next one goes on to tell
        self.told_next_agent: dict[int, tuple] = {}  # ... -> (agent, span, that attack or None) it tells
        self.voice: dict[int, str] = {}  # sentence -> the claimant speaking in it
        self.voices: dict[int, list[Attribution]] = {}  # sentence -> who speaks in it, as named, in order
        self.drafts: list[Draft] = []
        self.claims: list[Claim] = []
        self.scratch: dict[str, Any] = {}  # per-stage caches

    def conj_glued(self, t: int) -> bool:
        """Whether token ``t`` opens with the language's conjunction clitic ("ومدنيين", "و116"):
        what it names is joined to what was named before."""
        return self.toks[t][2].startswith(self._conj_clitics)

    def window_words(self) -> set[str]:
        """The distinct words of ``windows`` (the sentences worth reading): gathered once, so
        that each stage's lexicon or gazetteer sorts them out in one set operation per article
        rather than one per window. Not to be changed by the caller."""
        got = self.scratch.get("window_words")
        if got is None or got[0] is not self.windows:
            words = self.tok_words
            got = self.scratch["window_words"] = (self.windows, set().union(*(words[a:b] for a, b in self.windows)))
        return got[1]

    def form_in(self, *roles: str) -> Callable[[str], bool]:
        """A test whether a token, its clitics stripped or not, is a function word of one of
        ``roles``; remembered per word, so that ``any(map(test, words))`` asks it of a
        sentence's words in C, not in a Python loop over the tokens and their forms."""
        got = _FORM_TESTS.get((self.lang, roles))
        if got is None:
            words = frozenset().union(*map(self.words, roles))
            got = _FORM_TESTS[(self.lang, roles)] = lru_cache(maxsize=1 << 16)(
                lambda tok: not words.isdisjoint(clitic_form_words(tok)))
        return got

    def contrast_openers(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The words opening a contrasting clause ("بينما", "فيما", "في حين") that start among
        tokens ``lo``..``hi - 1``: (first token, last token) of each. Only the words an opener
        starts with are looked at (found in C: most words are none)."""
        openers = self.words("contrast_opener")
        if not openers:
            return []
        words, out = self.tok_words, []
        for k in compress(range(lo, hi), map(_first_words(openers).__contains__, words[lo:hi])):
            if words[k] in openers:
                out.append((k, k))
            elif k + 1 < len(words) and words[k] + " " + words[k + 1] in openers:
                out.append((k, k + 1))
        return out

    # -- positions -------------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return (_bisect_right(self._sent_starts, pos) or 1) - 1

    def tok_index(self, pos: int) -> int:
        """The token at or before normalised offset ``pos``."""
        # (asked ~100 times per article: ``or 1`` is ``max(0, ...)`` without a call)
        return (_bisect_right(self.tok_starts, pos) or 1) - 1

    def sent_toks(self, sent: Sentence) -> tuple[int, int]:
        """The tokens [first, end) of a sentence of ``sents`` (none is blank: it holds a token);
        remembered per sentence, as the stages ask of the same ones again and again."""
        got = self._sent_toks.get(sent.start)
        if got is None:
            got = self._sent_toks[sent.start] = (self.tok_index(sent.start), self.tok_index(sent.end - 1) + 1)
        return got

    def paragraph_start(self, paragraph: int) -> int:
        return self._para_starts.get(paragraph, 0)

    def hit_pos(self, h: "FigureHit") -> int:
        """Where a figure's quantity sits (normalised offset)."""
        return self.toks[h.qty_tok][0]

    def hits_in(self, si: int) -> list["FigureHit"]:
        return self.hits_by_sentence.get(si, [])

    # -- text out ----------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """The original text of normalised ``[start, end)``, with original offsets."""
        s, e = self.nt.orig_span(start, end)
        return Span(s, e, self.nt.original[s:e])

    def tok_span(self, t0: int, t1: int) -> Span:
        return self.span(self.toks[t0][0], self.toks[t1 - 1][1])

    def tok_text(self, t0: int, t1: int) -> str:
        return self.tok_span(t0, t1).text

    def gap(self, t: int) -> str:
        """Normalised text between token ``t - 1`` and token ``t``."""
        if t <= 0 or t >= len(self.toks):
            return ""
        return self._gaps[t]  # (split out with the tokens: no slice of the text)

    def clause_breaks(self, stops: str) -> bytearray:
        """Per token, 1 when the gap before it holds one of ``stops`` (punctuation that ends
        a clause); read once per article and set of stops."""
        got = self.scratch.get(stops)
        if got is None:
            got = bytearray(len(self.toks) + 1)
            # punctuation is never inside a token: each mark breaks before the next token
            if _MARKS.fullmatch(stops):
                # the tokens after each mark, by mark (read once): only the stops' own are set
                by_mark = self._marks_by()
                for c in set(stops):
                    for t in by_mark.get(c, ()):
                        got[t] = 1
            else:
                starts = self.tok_starts
                for m in re.finditer("[" + re.escape(stops) + "]", self.text):
                    got[bisect.bisect_left(starts, m.start())] = 1
            got[0] = 0
            self.scratch[stops] = got
        return got

    def marks(self) -> list[tuple[str, int]]:
        """(mark, the token after it) for every mark of the text (``_MARKS``): found once, as
        the figure reader and several stages ask about clause breaks, each with its own set
        of stops."""
        marks = self.scratch.get("marks")
        if marks is None:
            # read from the gaps between tokens (a mark is never inside a token), passing over
            # in C the gaps that are one space (``ne``, a plain builtin: a bound ``" ".__ne__`` is
            # a slot wrapper, called through a tuple of arguments per gap); "_" is the one word
            # character a gap may hold
            gaps = self._gaps
            marks = self.scratch["marks"] = [
                (c, t) for t in compress(count(), map(ne, gaps, repeat(" "))) for c in gaps[t] if c not in " _"]
            wraps = wrapped_breaks(self.text) if "\n" in self.text else None
            if wraps:  # a line break the source's markup only wrapped ("في ⏎دمشق") is a space
                toks, text = self.toks, self.text
                marks[:] = [(c, t) for c, t in marks
                            if c != "\n" or t == 0 or text.index("\n", toks[t - 1][1]) not in wraps]
        return marks

    def _marks_by(self) -> dict[str, list[int]]:
        """``marks()`` by mark: the tokens after each."""
        by = self.scratch.get("marks_by")
        if by is None:
            by = self.scratch["marks_by"] = {}
            for c, t in self.marks():
                got = by.get(c)
                if got is None:
                    by[c] = [t]
                else:
                    got.append(t)
        return by

    def places_in(self, start: int, end: int) -> list["PlaceMention"]:
        """Place mentions starting in ``[start, end)`` (``places`` is in text order)."""
        return _between(self.places, start, end, self.scratch, "starts:places")

    def dates_in(self, start: int, end: int) -> list["DateMention"]:
        """Date mentions starting in ``[start, end)``."""
        return _between(self.dates, start, end, self.scratch, "starts:dates")

    def events_in(self, si: int) -> list["Event"]:
        """The event mentions of sentence ``si``."""
        by = self.scratch.get("events_by_sentence")
        if by is None or self.scratch.get("events_seen") is not self.events:
            by = {}
            for e in self.events:
                by.setdefault(e.sentence, []).append(e)
            self.scratch["events_by_sentence"], self.scratch["events_seen"] = by, self.events
        return by.get(si, [])


def _between(items: list, start: int, end: int, cache: dict, key: str) -> list:
    """Items (with ``.start``, in text order) starting in ``[start, end)``; their starts are
    indexed once per layer (``cache[key]``)."""
    starts = cache.get(key)
    if starts is None or len(starts) != len(items):
        starts = cache[key] = [x.start for x in items]
    return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


@lru_cache(maxsize=None)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words some of ``phrases`` start with."""
    return frozenset(p.split(" ")[0] for p in phrases)
