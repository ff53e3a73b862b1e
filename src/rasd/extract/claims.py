"""Claim assembly: figures grouped into claims, each with claimant, actors, place, date, scope.

Reading order follows the annotation conventions of the codebook:
- one claim = one claimant's statement about one event (or one cumulative total);
- a claimant repeating its own figure later is one claim;
- an unattributed sentence continuing a claimant's paragraph ("وأضاف ...") stays with it;
- casualties of the two sides of a battle are two claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.extract import mentions as M
from rasd.extract.dates import find_dates
from rasd.extract.figures import FigureHit, find_figures
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.extract.places import gazetteer
from rasd.core.models import Article, Claim, DateSpan, Figure, Place, Span
from rasd.text.lexicon import tokens
from rasd.text.normalize import Normalized, norm, normalize
from rasd.text.segment import Sentence, sentences

# Tokens of look-around for attribution: "وقال مدير المرصد السوري رامي عبد الرحمن" puts the
# claimant up to a few words after its verb.
_VERB_REACH = 6
_CLAIMANT_TEXT_MAX = 6  # tokens kept as claimant_text for a claimant outside the lexicon
_QUOTE_CHARS = '"'
_QUOTE_OPENERS = ('"', "«", "“", ":")
# "An unattributed sentence that continues a claimant's list in the same paragraph belongs to it."
_INHERIT_IN_PARAGRAPH = False
_FUNCTION_WORDS = frozenset({"ان", "عن", "في", "علي", "من", "الي", "انه", "لـ", "ل", "و", "ب"})
_THAT = frozenset({"ان", "إن", "أن", "بان", "بأن", "انه", "أنه", "إنه", "انها", "أنها", "إنها", "that"})
_CUMULATIVE_TOLL = 150
_NEAREST_PLACES = 3
_SETTING_SENTENCES = 3  # how far back a place still sets the scene for an unplaced claim
_OWN_DATE_SENTENCES = 2  # how far back a claimant's own earlier day still dates what it goes on to say
_OWN_PERIOD_SENTENCES = 3  # how far back a claimant's stated period still covers its totals
_STATEMENT_DATE_TOKENS = 2  # words between a claimant and a date that is still its statement's
_CUE_REACH = 120  # characters around the figure within which a scope cue applies
# Claimants that report rather than fight: named anywhere in a sentence, they are its source.
_REPORTERS = frozenset({"sohr", "snhr", "vdc", "sana", "state_media", "syria_mofa", "russia_mod",
                        "un", "white_helmets", "local_sources"})


@dataclass
class _Attribution:
    claimant: str
    text: str | None
    tok: int  # where the claimant is named


@dataclass
class _Draft:
    sentence: int
    paragraph: int
    attribution: _Attribution
    hits: list[FigureHit] = field(default_factory=list)
    victim: str | None = None
    start: int = 0  # normalised span of the evidence
    end: int = 0


class _Article:
    def __init__(self, article: Article):
        self.article = article
        self.nt: Normalized = normalize(article.text)
        self.text = self.nt.text
        self.toks = tokens(self.text)
        self.tok_starts = [t[0] for t in self.toks]
        self.sents: list[Sentence] = sentences(self.text)
        self.hits: list[FigureHit] = find_figures(self.nt, self.toks)
        # Mentions are only looked for where claims can be: sentences with figures, the two
        # before each (attribution, setting) and the lead. This keeps long articles cheap.
        windows = self._windows() if self.hits else []
        self._slices: list | None = None
        lx = M.lexicons()
        self.claimants = self._index(lx.claimants, windows)
        self.attrib = self._index(lx.attribution, windows)
        self.actors = self._index(lx.actors, windows)
        self.events = self._index(lx.events, windows)
        self.scope = self._index(lx.scope, windows)
        # "قوات سوريا الديمقراطية" names an actor, not a place
        taken = [(m.start, m.end) for m in list(self.actors) + list(self.claimants)]
        self.dates = find_dates(self.nt, article.published) if self.hits else []
        gz = gazetteer()
        found = [p for a, b in windows for p in gz.find(self.nt, self.toks[a:b])]
        # a reporter filing from abroad ("بيروت (ا ف ب) -") tells nothing of where things happened
        self.places = [p for p in found if not (p.country != "SY" and _dateline(self, p))
                       and not any(s <= p.start and p.end <= e and (s, e) != (p.start, p.end) for s, e in taken)
                       and not (p.level == "country" and any(s <= p.start and p.end <= e for s, e in taken))]
        self.voice: dict[int, str] = {}  # sentence -> the claimant speaking in it

    def _windows(self) -> list[tuple[int, int]]:
        """Token ranges [a, b) of the sentences worth reading, merged."""
        need = {0}
        for h in self.hits:
            si = self.sentence_of(self.toks[h.qty_tok][0])
            need.update((si - 2, si - 1, si))
        spans: list[tuple[int, int]] = []
        for si in sorted(x for x in need if 0 <= x < len(self.sents)):
            a = self.tok_index(self.sents[si].start)
            b = self.tok_index(self.sents[si].end - 1) + 1
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
            else:
                spans.append((a, b))
        return spans

    def _index(self, lex, windows: list[tuple[int, int]]) -> M.MentionIndex:
        if self._slices is None:
            # one pre-filter for every mention lexicon: most words start none of their phrases
            self._slices = []
            may = {t[2] for a, b in windows for t in self.toks[a:b]}
            may = {w for w in may if M.may_start_mention(w)}  # each distinct word asked once
            for a, b in windows:
                part = self.toks[a:b]
                self._slices.append((a, part, [t[0] for t in part],
                                     [i for i, t in enumerate(part) if t[2] in may]))
        items = []
        for a, part, starts, positions in self._slices:
            items.extend(M.index(lex, self.text, part, offset=a, positions=positions, tok_starts=starts).items)
        return M.MentionIndex(items)

    # -- helpers ----------------------------------------------------------------------
    def hits_in(self, sent: Sentence) -> list[FigureHit]:
        return [h for h in self.hits if sent.start <= self.toks[h.qty_tok][0] < sent.end]

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self.sents) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sents[mid].start <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def tok_text(self, t0: int, t1: int) -> str:
        s, e = self.nt.orig_span(self.toks[t0][0], self.toks[t1 - 1][1])
        return self.nt.original[s:e]

    def tok_index(self, pos: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self.tok_starts, pos) - 1)

    # -- attribution ------------------------------------------------------------------
    def attributions(self, sent: Sentence) -> list[_Attribution]:
        """Claimants named as the source of a statement in this sentence."""
        out: list[_Attribution] = []
        cues = [c for c in self.attrib.between(sent.start, sent.end) if c.value != "list"]
        names = self.claimants.between(sent.start, sent.end)
        used: set[int] = set()
        for v in cues:
            cm = self._subject_after(v, names)
            if cm is not None and cm.tok not in used:
                used.add(cm.tok)
                out.append(self._attribution(cm))
        verb_based = bool(out)
        for cm in names:
            if cm.tok in used:
                continue
            # "المرصد السوري ... قال"; failing any verb, a reporting body named in the sentence
            # (but not as an addressee: "رسالة إلى الأمم المتحدة")
            verb_after = any(v.value == "verb" and 0 <= v.tok - cm.tok_end <= 2 and self._reports(v)
                             for v in cues)
            addressee = cm.tok > 0 and self.toks[cm.tok - 1][2] in ("الى", "إلى", "لدى", "امام", "أمام")
            if verb_after or (not verb_based and cm.value in _REPORTERS and not addressee):
                used.add(cm.tok)
                out.append(self._attribution(cm))
        if not out:
            out.extend(self.unlisted_claimants(sent, [c for c in cues if c.value == "verb"]))
        out.sort(key=lambda x: x.tok)
        return out

    def _reports(self, v: M.Mention) -> bool:
        """A verb used for reporting: followed by إن/أن, a colon, a quotation or a toll ("وثقت مقتل")."""
        if v.tok_end < len(self.toks) and figure_lexicons().before.match_at(self.toks, v.tok_end):
            return True
        for t in range(v.tok_end, min(len(self.toks), v.tok_end + 3)):
            gap = self.text[self.toks[t - 1][1]:self.toks[t][0]]
            if ":" in gap or '"' in gap or self.toks[t][2] in _THAT:
                return True
        return False

    def _subject_after(self, v: M.Mention, names: list[M.Mention]) -> M.Mention | None:
        """The first claimant named after a reporting verb / preposition, before its clause ends."""
        reach = 1 if v.value == "prep" else _VERB_REACH
        for cm in names:
            if cm.tok < v.tok_end:
                continue
            if cm.tok - v.tok_end > reach:
                return None
            if self._break_between(v.tok_end, cm.tok + 1, commas=False) is not None and cm.tok > v.tok_end:
                return None
            return cm
        return None

    def _attribution(self, cm: M.Mention) -> _Attribution:
        t1 = cm.tok_end
        if cm.value == "other":
            # keep the name that follows a generic head: "وزارة الداخلية التونسية"
            t1 = min(len(self.toks), cm.tok_end + 2)
            while t1 > cm.tok_end and self.toks[t1 - 1][2] in _FUNCTION_WORDS:
                t1 -= 1
            stop = self._break_between(cm.tok_end, t1)
            t1 = stop if stop is not None else t1
        return _Attribution(cm.value, self.tok_text(cm.tok, t1), cm.tok)

    def _break_between(self, t0: int, t1: int, commas: bool = True) -> int | None:
        """First token in [t0, t1) that starts a new clause (punctuation or إن/أن)."""
        stops = ",،.:()\"" if commas else ".:()\""
        for t in range(t0, min(t1, len(self.toks))):
            gap = self.text[self.toks[t - 1][1]:self.toks[t][0]] if t > 0 else ""
            if any(ch in gap for ch in stops) or self.toks[t][2] in _THAT:
                return t
        return None

    def unlisted_claimants(self, sent: Sentence, verbs: list[M.Mention]) -> list[_Attribution]:
        """A reporting verb followed by a name not in the lexicon, then إن/أن: codebook "other"."""
        out = []
        stop_words = M.lexicons().claimant_stop
        for v in verbs:
            t = v.tok_end
            if t >= len(self.toks):
                continue
            stop = self._break_between(t, min(len(self.toks), t + _CLAIMANT_TEXT_MAX + 4), commas=False)
            if stop is None or stop <= t or self.toks[stop][2] not in _THAT:
                continue
            while t < stop and (stop_words.match_at(self.toks, t) or self.toks[t][2] in _FUNCTION_WORDS):
                m = stop_words.match_at(self.toks, t)
                t += m[1] if m else 1
            end = self._break_between(t, stop) or stop  # the name ends at its first comma
            if end <= t:
                continue
            out.append(_Attribution("other", self.tok_text(t, min(end, t + _CLAIMANT_TEXT_MAX)), t))
        return out

    def continues_previous(self, sent: Sentence, role: str = "continue") -> bool:
        cues = self.attrib.between(sent.start, min(sent.end, sent.start + 16))
        return any(c.value == role and c.start - sent.start <= 6 for c in cues)

    # -- claim attributes -------------------------------------------------------------
    def event_type(self, start: int, end: int, near: int) -> str | None:
        ev = self.events.between(start, end)
        if not ev:
            return None
        # prefer the nearest event word, but a specific word (airstrike, bombing) over a
        # generic one ("هجوم") when both are close
        ev.sort(key=lambda m: (abs(m.start - near) + (40 if m.value == "clashes" else 0)))
        return ev[0].value

    def actors_in(self, start: int, end: int) -> list[M.Mention]:
        return self.actors.between(start, end)


def extract_claims(article: Article) -> list[Claim]:
    a = _Article(article)
    hits = a.hits
    if not hits:
        return []
    drafts = _drafts(a, hits)
    claims: list[Claim] = []
    for d in drafts:
        c = _finish(a, d)
        prev = claims[-1] if claims else None
        sent = a.sents[d.sentence]
        # a claimant going on about its own total, with no new place named or adding to its
        # list ("كما لقي 115 مسلحا ... في ريف حلب"), is still totalling
        if (prev is not None and prev.scope == "cumulative" and prev.claimant == c.claimant
                and c.claimant != "outlet"
                and (not _places_in(a, sent) or a.continues_previous(sent, "list"))):
            c.scope = "cumulative"
            if prev.date is not None and prev.date.start != prev.date.end:
                c.date = prev.date  # the same period goes on
        claims.append(c)
    _share_periods(claims)
    _carry_dates(claims)
    return _dedupe(claims)


def _drafts(a: _Article, hits: list[FigureHit]) -> list[_Draft]:
    by_sentence: dict[int, list[FigureHit]] = {}
    for h in hits:
        by_sentence.setdefault(a.sentence_of(a.toks[h.qty_tok][0]), []).append(h)

    drafts: list[_Draft] = []
    last: dict[int, _Attribution] = {}  # paragraph -> claimant speaking in it
    quote_owner: _Attribution | None = None
    prev_attr: _Attribution | None = None
    outlet = _Attribution("outlet", None, -1)
    named: list[_Attribution] = []  # claimants named so far, for anaphora
    for si, sent in enumerate(a.sents):
        raw = a.attributions(sent)
        pairs = [(_resolve_anaphor(x, named), x) for x in raw]
        attrs = [x for x, _ in pairs if x is not None]
        named.extend(x for x, r in pairs if x is not None and r.claimant not in ("outlet", "anaphor"))
        sent_text = a.text[sent.start:sent.end]
        in_quote = quote_owner is not None
        if attrs:
            current = attrs
        elif a.continues_previous(sent) and prev_attr is not None:
            current = [prev_attr]
        elif (prev_attr is not None and a.voice.get(si - 1) == prev_attr.claimant != "outlet"
              and a.continues_previous(sent, "list")):
            current = [prev_attr]
        elif in_quote:
            current = [quote_owner]
        elif _INHERIT_IN_PARAGRAPH and sent.paragraph in last:
            current = [last[sent.paragraph]]
        else:
            current = [outlet]
        # a quotation opened and not closed in this sentence runs on into the next ones
        if sent_text.count(_QUOTE_CHARS) % 2 == 1:
            quote_owner = None if in_quote else current[-1]
        if attrs:
            last[sent.paragraph] = attrs[-1]
            prev_attr = attrs[-1]
        elif current[0].claimant != "outlet":
            prev_attr = current[0]
        a.voice[si] = current[-1].claimant
        for h in by_sentence.get(si, []):
            attr = _nearest(current, h.tok_start)
            victim = _victim_of(a, h)
            d = _attach(drafts, si, sent, attr, h, victim)
            d.hits.append(h)
    return [d for d in drafts if d.hits and not all(h.subcount for h in d.hits)]


def _resolve_anaphor(x: _Attribution, named: list[_Attribution]) -> _Attribution | None:
    """"المسؤول" is the last claimant named with that noun ("مسؤول أمريكي"), else the last named."""
    if x.claimant != "anaphor":
        return x
    if not named:
        return None
    head = norm(x.text or "").removeprefix("ال")
    for prev in reversed(named):
        if head and head in norm(prev.text or ""):
            return _Attribution(prev.claimant, x.text, x.tok)
    return _Attribution(named[-1].claimant, x.text, x.tok)


def _nearest(attrs: list[_Attribution], tok: int) -> _Attribution:
    if len(attrs) == 1:
        return attrs[0]
    before = [x for x in attrs if x.tok <= tok]
    if before:
        return max(before, key=lambda x: x.tok)
    return min(attrs, key=lambda x: x.tok)


def _victim_of(a: _Article, h: FigureHit) -> str | None:
    if h.figure.group in ("civilians", "children", "women"):
        return "civilians"
    if h.victim_actor_tok is not None:
        pos = a.toks[h.victim_actor_tok][0]
        for m in a.actors.between(max(0, pos - 12), pos + 60):
            if m.value != "civilians":
                return m.value
    # the counted noun phrase itself may name the side: "تسعة جنود عراقيين", "عنصرين من حزب الله"
    s, e = a.toks[h.tok_start][0], a.toks[h.tok_end - 1][1]
    for m in a.actors.between(s, e + 1):
        if m.value != "civilians":
            return m.value
    return None


def _attach(drafts: list[_Draft], si: int, sent: Sentence, attr: _Attribution, h: FigureHit,
            victim: str | None) -> _Draft:
    for d in reversed(drafts):
        if d.sentence != si:
            break
        if d.attribution.claimant != attr.claimant or d.attribution.text != attr.text:
            continue
        kinds = {(x.figure.kind, x.figure.group) for x in d.hits if not x.subcount}
        same_side = d.victim is None or victim is None or d.victim == victim or h.subcount
        if same_side and ((h.figure.kind, h.figure.group) not in kinds or h.subcount):
            if victim and not d.victim and not h.subcount:
                d.victim = victim
            return d
    d = _Draft(si, sent.paragraph, attr, victim=victim if not h.subcount else None,
               start=sent.start, end=sent.end)
    drafts.append(d)
    return d


def _carry_dates(claims: list[Claim]) -> None:
    """A claimant going on about the same event keeps the day it gave for it."""
    last: dict[str, Claim] = {}
    for c in claims:
        prev = last.get(c.claimant)
        if (c.date is None and c.scope == "incident" and prev is not None and prev.date is not None
                and (prev.scope == "incident" or prev.date.start == prev.date.end)  # a day's total
                and c.claimant != "outlet"
                and (c.place.name is None or prev.place.name is None or c.place.name == prev.place.name
                     or c.place.governorate == prev.place.governorate)):
            c.date = prev.date
        last[c.claimant] = c


def _share_periods(claims: list[Claim]) -> None:
    """A total with no dates of its own covers the period its claimant states elsewhere in the
    article ("منذ 23 سبتمبر 2014"); failing that, the one period the article states."""
    periods: dict[str, DateSpan] = {}
    every: list[DateSpan] = []
    for c in claims:
        if c.scope == "cumulative" and c.date is not None and c.date.start != c.date.end:
            periods.setdefault(c.claimant, c.date)
            if c.date not in every:
                every.append(c.date)
    for c in claims:
        if c.scope == "cumulative" and c.date is None:
            c.date = periods.get(c.claimant) or (every[0] if len(every) == 1 else None)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """A claimant repeating its own figure later is one claim: drop the repeated figures.

    A figure repeats when the claimant, kind, group and values are the same and the places
    do not differ (a second "5 killed" in another town is another event).
    """
    seen: dict[tuple, dict[str | None, Claim]] = {}
    out = []
    for c in claims:
        keep = []
        for f in c.figures:
            key = (c.claimant, c.scope, f.kind, f.group, f.low, f.high)
            places = seen.setdefault(key, {})
            name = c.place.name
            if places and (name is None or name in places or None in places):
                first = places.get(name) or places.get(None) or next(iter(places.values()))
                if first.date is None:
                    first.date = c.date  # a headline's figure told again in the body, with its day
                if first.place.name is None:
                    first.place = c.place
                continue
            places[name] = c
            keep.append(f)
        if keep:
            c.figures = keep
            out.append(c)
    return out


def _finish(a: _Article, d: _Draft) -> Claim:
    sent = a.sents[d.sentence]
    near = a.toks[d.hits[0].qty_tok][0]
    para_start = _paragraph_start(a, d.paragraph)
    figures: list[Figure] = [h.figure for h in d.hits]

    event = a.event_type(sent.start, sent.end, near) or a.event_type(para_start, sent.start, near)
    victims = d.victim or "unknown"
    perpetrator = _perpetrator(a, sent, d, victims)
    place = _place(a, sent, para_start, near, d)
    scope = _scope(a, sent, figures, place, near)
    in_sent = _places_in(a, sent)
    if scope == "cumulative" and not in_sent:
        # a total with no place named beside it is not the paragraph's town, but may be the
        # region the story is about ("الغوطة الشرقية")
        place = _region_setting(a, sent) or Place()
    syria = next((p.place for p in in_sent if p.level == "country" and p.country == "SY"), None)
    if scope == "cumulative" and syria is not None:
        place = Place(syria.name, "unknown", syria.lat, syria.lon, "country", None, syria.span)
    if scope == "cumulative" and gazetteer().spans_governorates(in_sent):
        # a total over several governorates has no one place below the country
        country = next((p.place for p in in_sent if p.level == "country"), None)
        place = Place(country.name if country else None, "unknown", None, None,
                      "country" if country else "unknown", None, country.span if country else None)
    date = _date(a, sent, near, scope, d=d)
    if date is None and d.attribution.claimant != "outlet":
        date = _own_earlier_date(a, d) if scope == "incident" else _own_earlier_period(a, d)
    s, e = a.nt.orig_span(sent.start, sent.end)
    return Claim(
        claimant=d.attribution.claimant,
        claimant_text=d.attribution.text,
        event_type=event or "other",
        perpetrator=perpetrator,
        victims=victims,
        place=place,
        date=date,
        scope=scope,
        figures=figures,
        evidence=Span(s, e, a.nt.original[s:e]),
    )


def _heading_date(a: _Article, sent: Sentence):
    """A chronology line opens with its date: "3 و5 مايو: إسرائيل تشن غارتين ... وقتل 42 جنديا
    في هذا القصف." — the date heads every sentence of its line."""
    line = a.text.rfind("\n", 0, sent.start + 1) + 1
    for dm in a.dates:
        if dm.start > line + 1:
            break
        if dm.start >= line and dm.span is not None and a.text[dm.end:dm.end + 2].lstrip()[:1] in (":", "-", "–"):
            return dm
    return None


def _nearer_other_figure(a: _Article, sent: Sentence, d: _Draft | None, pos: int) -> bool:
    """"قتل ثلاثة في حي ركن الدين، وفي ريف دمشق مقتل شخصين ليلة أمس": a date told beside
    another claim's figures in a long sentence belongs to that claim."""
    if d is None or pos <= sent.start + 1:
        return False  # "21 أغسطس: ..." heads the whole line
    ours = {id(h) for h in d.hits}
    def dist(h: FigureHit) -> int:
        return abs(a.toks[h.qty_tok][0] - pos)
    others = [dist(h) for h in a.hits_in(sent) if id(h) not in ours]
    return bool(others) and min(others) < min(dist(h) for h in d.hits)


def _on_reporting_verb(a: _Article, attr: _Attribution | None, pos: int, near: int) -> bool:
    """"وأورد المرصد، اليوم، عن مقتل ...", "قتل 48 جنديا، وفقا لبيان نشر اليوم": a date right
    after a reporting verb and its subject, before anything happened is told or after it all,
    is the day of the statement."""
    if attr is None or attr.tok < 0:
        return False
    cm = a.claimants.at_token(attr.tok, a.toks[attr.tok][0])
    if cm is None or pos < a.toks[cm.tok][1] or (pos >= near and a.toks[cm.tok][0] < near):
        return False
    gap = a.tok_index(pos) - cm.tok_end
    # set off by commas the date may follow a longer subject: "مصدر في قيادة العمليات، أمس، عن"
    if gap > _STATEMENT_DATE_TOKENS and not (gap <= _VERB_REACH and a.text[:pos].rstrip()[-1:] in ",،"):
        return False
    verb = any(v.value in ("verb", "continue", "prep") and 0 <= cm.tok - v.tok_end <= _VERB_REACH
               for v in a.attrib.between(a.toks[max(0, cm.tok - _VERB_REACH - 1)][0], a.toks[cm.tok][0]))
    return verb and not a.events.between(a.toks[cm.tok][1], pos)


def _own_earlier_date(a: _Article, d: _Draft) -> DateSpan | None:
    """The day the same claimant gave in the sentences just before, going on about one event
    ("وأضافت الخارجية إن ... فجر اليوم" then "وأكدت أن ... عشرات الشهداء")."""
    for k in range(d.sentence - 1, max(-1, d.sentence - 1 - _OWN_DATE_SENTENCES), -1):
        if a.voice.get(k) != d.attribution.claimant:
            return None
        prev = a.sents[k]
        found = _date(a, prev, prev.end, "incident", reported=True)
        if found is not None:
            return found
    return None


def _own_earlier_period(a: _Article, d: _Draft) -> DateSpan | None:
    """A total with no period of its own counts over the one its claimant just stated ("وثق
    المرصد ... منذ 20 أكتوبر وحتى أمس" then "وتمكن المرصد من توثيق مقتل 4844")."""
    for k in range(d.sentence - 1, max(-1, d.sentence - 1 - _OWN_PERIOD_SENTENCES), -1):
        if a.voice.get(k) != d.attribution.claimant:
            return None
        prev = a.sents[k]
        periods = [dm for dm in a.dates if prev.start <= dm.start < prev.end and dm.span is not None
                   and dm.kind in ("since", "period") and dm.span.start != dm.span.end]
        if periods:
            return periods[0].span
    return None


def _paragraph_start(a: _Article, paragraph: int) -> int:
    for s in a.sents:
        if s.paragraph == paragraph:
            return s.start
    return 0


def _perpetrator(a: _Article, sent: Sentence, d: _Draft, victims: str) -> str:
    claimant_toks = {d.attribution.tok}
    cands = [m for m in a.actors_in(sent.start, sent.end)
             if m.value not in ("civilians", victims) and m.tok not in claimant_toks]
    victim_toks = {h.victim_actor_tok for h in d.hits if h.victim_actor_tok is not None}
    cands = [m for m in cands if not any(m.tok <= t < m.tok_end or abs(m.tok - t) <= 1 for t in victim_toks)]
    if not cands:
        return "unknown"
    ev = a.events.between(sent.start, sent.end)
    if ev:
        anchor = ev[0].start
        cands.sort(key=lambda m: abs(m.start - anchor))
    return cands[0].value


def _place(a: _Article, sent: Sentence, para_start: int, near: int, d: _Draft | None = None) -> Place:
    """The place nearest the figures in their sentence; else the paragraph's; else the lead's."""
    gz = gazetteer()
    in_sent = _places_in(a, sent)
    # "قتل ثلاثة في حي ركن الدين، وفي ريف دمشق مقتل شخصين": each claim keeps its own clause's places
    own = [p for p in in_sent if not _nearer_other_figure(a, sent, d, p.start)]
    in_sent = own or in_sent
    # a Syrian dateline places the story only when the sentence names nowhere else
    in_sent = [p for p in in_sent if not _dateline(a, p)] or in_sent
    if in_sent:
        # places far from the figure are usually about something else ("المرصد الذي يتخذ من
        # بريطانيا مقرا"): resolve among the few nearest
        nearest = sorted(in_sent, key=lambda p: abs(p.start - near))[:_NEAREST_PLACES]
        place = gz.resolve(nearest)
        if any(m.several and m.place.name == place.name for m in nearest):
            return place  # twin areas in two governorates: no one governorate is right
        if place.governorate == "unknown" and place.precision != "country" or (
                place.precision == "country" and place.governorate == "unknown" and place.name):
            # "منطقة البانوراما", "في سورية": the governorate comes from the story's setting
            setting = _setting(a, sent.start, para_start)
            if setting is not None:
                if place.precision == "country":
                    return setting
                place.governorate = setting.governorate
                if place.lat is None:
                    place.lat, place.lon = setting.lat, setting.lon
        return place
    before = [p for p in a.places if para_start <= p.start < sent.start]
    if not before:
        # "وتسببت الاشتباكات ... بمقتل": a new paragraph going on about the events just placed
        recent = a.sents[max(0, a.sentence_of(sent.start) - _SETTING_SENTENCES)].start
        before = [p for p in a.places if recent <= p.start < sent.start and p.level != "country"]
    if before:
        return gz.resolve(before[-2:])
    lead_end = a.sents[0].end if a.sents else 0
    lead = [p for p in a.places if p.start < lead_end and p.level != "country"]
    if lead:
        return gz.resolve(lead)
    return Place()


def _region_setting(a: _Article, sent: Sentence) -> Place | None:
    lead_end = a.sents[0].end if a.sents else 0
    lead = [p for p in a.places if p.start < min(lead_end, sent.start)]
    # the story is about a region when the lead names it first
    if lead and lead[0].country == "SY" and lead[0].level in ("district", "governorate"):
        return gazetteer().resolve(lead[:1])
    return None


def _dateline(a: _Article, p) -> bool:
    """"بيروت (ا ف ب) -", "حلب 12 آذار 2024 -", "BEIRUT, March 12 (Reuters) -": where the
    reporter files from, which is not by itself where anything happened."""
    line = a.text.rfind("\n", 0, p.start) + 1
    if a.text[line:p.start].strip():
        return False  # a dateline opens its line (the title may come before it)
    rest = a.text[p.end:p.end + 40]
    if rest[:3].strip()[:1] in (",", "(", "-", "،", "/") or "(" in rest[:6]:
        return True
    dated = next((dm for dm in a.dates if p.end <= dm.start <= p.end + 2), None)
    return dated is not None and a.text[dated.end:dated.end + 4].strip()[:1] in ("-", "–", "(", ":")


def _setting(a: _Article, before: int, para_start: int) -> Place | None:
    """The nearest Syrian place with a governorate named before ``before``: paragraph first, then lead."""
    gz = gazetteer()
    prior = [p for p in a.places if p.start < before and p.country == "SY"
             and p.place.governorate != "unknown" and p.level != "country"]
    in_para = [p for p in prior if p.start >= para_start]
    recent = [p for p in prior if p.start >= a.sents[max(0, a.sentence_of(before) - _SETTING_SENTENCES)].start]
    pick = in_para[-1:] or recent[-1:] or prior[:1]
    return gz.resolve(pick) if pick else None


def _places_in(a: _Article, sent: Sentence) -> list:
    return [p for p in a.places if sent.start <= p.start < sent.end]


def _scope(a: _Article, sent: Sentence, figures: list[Figure], place: Place, near: int) -> str:
    # a cue counts near the figures it qualifies, not anywhere in a long sentence
    lo, hi = max(sent.start, near - _CUE_REACH), min(sent.end, near + _CUE_REACH)
    if a.scope.between(lo, hi):
        return "cumulative"
    if any(dm.cumulative for dm in a.dates if lo <= dm.start < hi):
        return "cumulative"
    if any(f.qualifier == "thousands" for f in figures):
        return "cumulative"
    in_sent = _places_in(a, sent)
    if len({p.place.governorate for p in in_sent if p.country == "SY" and p.place.governorate != "unknown"}) >= 3:
        return "cumulative"  # "معظمهم في حلب ودير الزور وحمص": a toll over several governorates
    # Tolls of single strikes or battles in this war are rarely in the hundreds; a death
    # toll that large is almost always a total over days or places.
    if any(f.kind == "killed" and (f.low or 0) >= _CUMULATIVE_TOLL for f in figures):
        return "cumulative"
    return "incident"


def _date(a: _Article, sent: Sentence, near: int, scope: str, reported: bool = False,
          d: _Draft | None = None) -> DateSpan | None:
    """The date nearest ``near`` in ``sent``; ``reported``: only within the claimant's reported
    words (after "أن"), never the day of the statement itself."""
    # "أكدت الوزارة اليوم أن ...": a date on the reporting verb dates the statement, not the event
    that = [t for t in range(a.tok_index(sent.start), a.tok_index(near) + 1)
            if a.toks[t][2] in _THAT and sent.start <= a.toks[t][0] < near]
    cut = a.toks[that[-1]][0] if that else sent.start
    if reported and not that:
        # "وأضافت الدفاع في بيان: «... وفي 7 شباط ...»": a quotation is the claimant's own words
        opened = [a.text.find(q, sent.start, near) for q in _QUOTE_OPENERS]
        opened = [i for i in opened if i >= 0]
        if not opened:
            return None
        cut = min(opened)
    heading = _heading_date(a, sent)
    if heading is not None and scope == "incident":
        return heading.span
    cands = [dm for dm in a.dates if cut <= dm.start < sent.end and dm.span is not None
             and (scope == "cumulative" or dm.kind not in ("since", "period"))  # periods date totals
             and not _on_reporting_verb(a, d.attribution if d else None, dm.start, near)
             and not _nearer_other_figure(a, sent, d, dm.start)]
    if not cands:
        return None
    cands.sort(key=lambda dm: abs(dm.start - near))
    return cands[0].span
