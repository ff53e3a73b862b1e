"""Lexicon mentions in an article: claimants, attribution words, actors, event words, scope cues.

Each finder runs once over the whole normalised text; the assembler then looks mentions up
by position, so the cost stays linear in the article's length.
"""

from __future__ import annotations

import bisect
from itertools import compress
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from rasd.lang import pack
from rasd.lang.base import Cased, Pack
from rasd.text.lexicon import Lexicon, LexiconMatch, WordTest, any_start, positions_of

if TYPE_CHECKING:
    from rasd.extract.doc import Doc


@dataclass(slots=True)
class Mention:
    value: Any  # the lexicon's value: an id, or (role, type) for event words
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
        if lo == hi:
            return []  # most sentences asked about hold none
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


@lru_cache(maxsize=None)
def lexicons(lang: str = "ar") -> Lexicons:
    """The mention lexicons of one language pack."""
    P = pack(lang)
    attribution: Lexicon = P.lexicon()
    for role, phrase in P.rows("attribution"):
        attribution.add(phrase, role)
    scope: Lexicon = P.lexicon()
    for role, phrase in P.rows("scope_cues"):
        scope.add(phrase, role)
    from rasd.extract.events import trigger_rows

    events: Lexicon = P.lexicon()
    for phrase, value in trigger_rows(lang):
        events.add(phrase, value)
    claimant_stop: Lexicon = P.lexicon()
    for row in P.rows("claimant_stop"):
        claimant_stop.add(row[0], "stop")
    actors = P.load("actors", "actor")
    for row in P.rows("speaker_labels"):
        if len(row) >= 3 and row[0] == "label":
            for form in P.phrase_forms(row[2], "name"):
                actors.add(form, row[1])
    _state_forces(P, actors)
    return Lexicons(
        claimants=P.load("claimants"),
        attribution=attribution,
        actors=actors,
        events=events,
        scope=scope,
        claimant_stop=claimant_stop,
    )


def _state_forces(P: Pack, actors: Lexicon) -> None:
    """"the Myanmar army", "Turkish warplanes": every state named with every noun for its forces
    is that state's actor, or no actor rasd names ("-"), never what the noun alone would be. The
    state is read in the forms a name takes ("Assad's air force", "Assads troops")."""
    states = [(r[1], r[2]) for r in P.rows("state_forces") if len(r) >= 3 and r[0] == "state"]
    forces = [r[2] for r in P.rows("state_forces") if len(r) >= 3 and r[0] == "force"]
    for actor, state in states:
        for form in P.phrase_forms(state, "name"):
            for force in forces:
                actors.add(f"{form} {force}", actor)


def may_start_mention(tok: str, lang: str = "ar") -> bool:
    """Whether any claimant, attribution, actor, event or scope phrase can start at ``tok``."""
    return _mention_starter(lang)(tok)


@lru_cache(maxsize=None)
def _mention_starter(lang: str) -> Callable[[str], bool]:
    """``may_start_mention`` of one language, remembered per word: a one-argument cached
    function, which ``filter`` calls on every distinct word of an article at C speed."""
    lx = lexicons(lang)
    lexes = (lx.claimants, lx.attribution, lx.actors, lx.events, lx.scope)
    return any_start(*lexes)


@lru_cache(maxsize=None)
def _mention_starts(lang: str) -> WordTest:
    """``may_start_mention`` asked of a set of words at once (set operations, in C)."""
    return WordTest(_mention_starter(lang))


def index(lex: Lexicon, text: str, toks: list[tuple[int, int, str]], offset: int = 0,
          positions: list[int] | None = None, tok_starts: list[int] | None = None) -> MentionIndex:
    """Mentions of ``lex`` in ``toks`` (a slice of the article's tokens starting at ``offset``);
    ``positions``: the only slice indices a mention may start at (a shared pre-filter)."""
    if tok_starts is None:
        tok_starts = [t[0] for t in toks]
    return MentionIndex([_mention(m, tok_starts, offset) for m in lex.find(text, toks, positions=positions)])


def _mention(m: LexiconMatch, tok_starts: list[int], offset: int = 0) -> Mention:
    if m.tok >= 0:  # the tokens ``find`` matched (a clitic is inside the first one)
        return Mention(m.value, m.start, m.end, m.tok + offset, m.tok_end + offset)
    t0 = bisect.bisect_right(tok_starts, m.start) - 1
    t1 = bisect.bisect_left(tok_starts, m.end)
    return Mention(m.value, m.start, m.end, t0 + offset, t1 + offset)


def annotate(doc: "Doc") -> None:
    """Claimant, attribution, actor, event-word and scope-cue mentions of ``doc``.

    Mentions are only looked for where claims can be: sentences with figures, the two before
    each (attribution, setting) and the lead. This keeps long articles cheap. Where a definite
    attack word refers back (English: "The raids were carried out by Russian jets."), actors and
    attack words are read in the sentence after a figure's too (``doc.told_after``): it may say
    who did the attack the figure reports. Where the language lists verbs of claiming or
    accusing that go on so (grammar.tsv ``goes_on_*``), only the sentence after a figure's that
    opens on one is so read (Arabic "وتبنى", "واتهمت")."""
    need = _needed(doc)
    doc.windows = _windows(doc, need)
    slices = _slices(doc, doc.windows)
    lx = lexicons(doc.lang)
    doc.claimants = _adjectives_dropped(doc, _index(doc, lx.claimants, slices))
    doc.attrib = _index(doc, lx.attribution, slices)
    doc.event_words = _index(doc, lx.events, slices)
    doc.actors = _lands_dropped(doc, _outlets_dropped(doc, _owned(doc, _index(doc, lx.actors, slices))))
    doc.scope_cues = _index(doc, lx.scope, slices)
    more: set[int] = set()
    if doc.pack.setting("definite_refers_back", "0") == "1":
        more = {si + 1 for si in need if si + 1 < len(doc.sents)} - need
    elif _goes_on_told(doc):
        # "قتل 4 عناصر في هجوم على حاجز. وتبنى تنظيم داعش الهجوم": the sentence after a
        # toll's, in its paragraph, may go on to tell who did its attack (events._told_next);
        # only one opening on a verb that says so is read (its first words tell)
        from rasd.extract.events import opening_verb
        sents = doc.sents
        more = {si + 1 for si in _figure_sentences(doc)
                if si + 1 < len(sents) and si + 1 not in need and sents[si + 1].paragraph == sents[si].paragraph
                and opening_verb(doc, si + 1) is not None}
    if more:
        # kept apart: these sentences say who did an attack, and nothing else is read in them
        after = _slices(doc, _windows(doc, more))
        doc.told_after = more
        doc.after_mentions = (_owned(doc, _index(doc, lx.actors, after)), _index(doc, lx.events, after))


def _goes_on_told(doc: "Doc") -> bool:
    from rasd.extract.events import goes_on_told  # (events reads these mentions)
    return goes_on_told(doc)


def _needed(doc: "Doc") -> set[int]:
    """The sentences worth reading: the first, and each figure's with the two before it."""
    need = {0}
    for si in _figure_sentences(doc):
        need.update((si - 2, si - 1, si))
    return {x for x in need if 0 <= x < len(doc.sents)}


def _figure_sentences(doc: "Doc") -> set[int]:
    """The sentences holding a figure."""
    return {doc.sentence_of(doc.hit_pos(h)) for h in doc.hits}


def _windows(doc: "Doc", need: set[int]) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the sentences ``need``, merged."""
    spans: list[tuple[int, int]] = []
    for si in sorted(need):
        a, b = doc.sent_toks(doc.sents[si])
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    return spans


def _slices(doc: "Doc", windows: list[tuple[int, int]]) -> tuple[set[str], list[tuple]]:
    """The words of the windows some mention lexicon may start at (one shared pre-filter: most
    words start none of their phrases), and per window: its first token, its tokens, their
    starts, the positions of those words, and the words at those positions."""
    words = doc.tok_words
    may = doc.window_words() if windows is doc.windows else set().union(*(words[a:b] for a, b in windows))
    may = _mention_starts(doc.lang).of(may)  # each distinct word asked once, ever
    out = []
    for a, b in windows:
        part = doc.toks[a:b]
        positions = positions_of(words[a:b], may)
        out.append((a, part, doc.tok_starts[a:b], positions, [words[a + i] for i in positions]))
    return may, out


def _index(doc: "Doc", lex: Lexicon, slices: tuple[set[str], list[tuple]]) -> MentionIndex:
    may, windows = slices
    # the few of those words this lexicon's phrases start at: its search then passes over no
    # position another lexicon wanted (set operations on a small set, and loops in C)
    mine = lex.starters(may)
    items: list[Mention] = []
    for a, part, starts, positions, at in windows:
        positions = list(compress(positions, map(mine.__contains__, at)))
        if positions:
            # (``index`` without its MentionIndex: only the mentions are kept)
            items.extend([_mention(m, starts, a) for m in lex.find(doc.text, part, positions=positions)])
    return MentionIndex([m for m in map(lambda m: _named(doc, m), items) if m is not None])


_OWNER_REACH = 1  # the word of belonging follows the actor at once ("التابع لـ"); "مواقع تابعة" is a target


def _owned(doc: "Doc", actors: MentionIndex) -> MentionIndex:
    """"الطيران الحربي التابع للتحالف الدولي", "مسلحين تابعين لتنظيم داعش": forces said to
    belong to another actor are that actor's (the nearer noun alone would name someone else)."""
    owner_words = doc.words("belongs_to")
    items = actors.items
    for i, m in enumerate(items[:-1]):
        for t in range(m.tok_end, min(m.tok_end + _OWNER_REACH, len(doc.toks))):
            if doc.toks[t][2] in owner_words:
                nxt = items[i + 1]
                if nxt.tok <= t + 2 and nxt.value != m.value:
                    # the evidence is the whole phrase, owner included
                    m.value, m.end, m.tok_end = nxt.value, nxt.end, nxt.tok_end
                break
    return actors


_OUTLET_REACH = 3  # tokens from a noun of the media to the adjective saying whose it is
_NISBA = ("ي", "يه", "ية")  # endings of an adjective of belonging ("الحكومية", "التركي"), normalised or not


def _adjectives_dropped(doc: "Doc", claimants: MentionIndex) -> MentionIndex:
    """"القمة العربية", "الدول العربية", "للنشرة العربية": a channel whose one-word name is a
    definite nisba adjective ("العربية") right after a definite noun is that noun's adjective,
    no one who speaks ("وقالت العربية" and "قناة العربية" stay claimants)."""
    if not claimants.items:
        return claimants
    articles = tuple(doc.words("article") | doc.words("article_clitic"))
    keep = []
    for m in claimants.items:
        t = m.tok
        w = doc.toks[t][2]
        if m.tok_end - t == 1 and t > 0 and w.startswith(articles) and w.endswith(_NISBA) \
                and not doc.gap(t).strip() and doc.toks[t - 1][2].startswith(articles):
            continue
        keep.append(m)
    if len(keep) == len(claimants.items):
        return claimants
    return MentionIndex(keep)


def _outlets_dropped(doc: "Doc", actors: MentionIndex) -> MentionIndex:
    """"وكالة أنباء الأناضول الحكومية", "التلفزيون السوري الحكومي", 'صحيفة "تشرين" الحكومية': an
    adjective of state or nation right after a noun of the media and its name says whose outlet
    it is, not whose forces (words of the media: grammar.tsv "media")."""
    media = doc.words("media")
    if not media:
        return actors
    keep = []
    for m in actors.items:
        t = m.tok
        w = doc.toks[t][2]
        if m.tok_end - t == 1 and w.startswith("ال") and w.endswith(_NISBA) and any(
                doc.toks[k][2] in media and all(not doc.gap(j).strip(' "«»“”()') for j in range(k + 1, t + 1))
                for k in range(max(0, t - _OUTLET_REACH), t)):
            continue
        keep.append(m)
    if len(keep) == len(actors.items):
        return actors
    return MentionIndex(keep)


_LAND_REACH = 3  # tokens from a noun of land to the adjective saying whose it is ("مدينة سوروتش الحدودية التركية")
_LAND_GAP = " -–"  # what may stand between them: spaces, the hyphen of "السورية - التركية"


def _lands_dropped(doc: "Doc", actors: MentionIndex) -> MentionIndex:
    """"الحدود السورية - التركية", "مدينة سوروتش التركية", "بلدة حدودية تركية": an adjective of
    state or nation after a noun of land or a town (grammar.tsv "land_of"), with only the town's
    name or other adjectives between, says where, not whose forces acted. The name is one word
    and no attack word ("مدينة عفرين غارات تركية" keeps the raids' agent)."""
    lands = doc.words("land_of")
    if not lands:
        return actors
    keep = []
    attack_at = None
    for m in actors.items:
        t = m.tok
        w = doc.toks[t][2]
        if m.tok_end - t == 1 and w.endswith(_NISBA) and t > 0:
            land = False
            for k in range(t - 1, max(-1, t - 1 - _LAND_REACH), -1):
                if doc.gap(k + 1).strip(_LAND_GAP):
                    break  # a comma or a stop ends the phrase
                wk = doc.toks[k][2]
                if wk in lands:
                    between = [j for j in range(k + 1, t) if not doc.toks[j][2].endswith(_NISBA)]
                    if attack_at is None:
                        attack_at = {e.tok for e in doc.event_words}
                    land = not between or (between == [k + 1] and k + 1 not in attack_at)
                    break
            if land:
                continue
        keep.append(m)
    if len(keep) == len(actors.items):
        return actors
    return MentionIndex(keep)


def _named(doc: "Doc", m: Mention) -> Mention | None:
    """A mention as its stage reads it: a phrase that counts only written so ("IS") is its id
    where the text writes it so, and nothing elsewhere; "-" (a state rasd names no actor for,
    "the Myanmar army") is nothing, though it keeps "army" from being read inside it."""
    if isinstance(m.value, Cased):
        if not m.value.holds(doc.span(m.start, m.end).text):
            return None
        m.value = m.value.id
    return None if m.value == "-" else m


def attack_words_in(doc: "Doc", si: int) -> MentionIndex:
    """The attack words of sentence ``si``, read on demand where it lies outside the windows
    (the sentence after a figure's, asked only for a claim left without a day)."""
    return _index(doc, lexicons(doc.lang).events, _slices(doc, _windows(doc, {si})))
