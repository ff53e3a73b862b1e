"""The date of one claim: the day of the event its figures report, never the day its
claimant spoke (codebook "Dates").

Date expressions are found and resolved by ``dates``; here is which one dates a claim: the
nearest in the claimant's reported words, unless it heads a chronology line, sits on the
reporting verb (the statement's day), or belongs to another claim's figures in the same
sentence; failing those, the day the same claimant gave just before, or the one day it
gives the event in a sentence near (``reported_day``: never the day it spoke, a period's
start, or a day told of another place).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from rasd.core.models import Claim, DateSpan, Place
from rasd.core.vocab import ABROAD, HOME_COUNTRY, IRAQ, UNKNOWN
from rasd.extract.attribution import VERB_REACH, speaker_at
from rasd.extract.dates import DateMention, writing_day
from rasd.extract.doc import Attribution, Doc, Draft
from rasd.extract.figures import FigureHit
from rasd.extract.placing import motive_before
from rasd.text.normalize import norm
from rasd.text.segment import CLAUSE_MARKS, Sentence

if TYPE_CHECKING:
    from rasd.extract.events import Event

_QUOTE_OPENERS = ('"', "«", "“", ":")
_PERIODS = frozenset({"since", "period"})
_THAT_REACH = 80  # tokens back from a figure where the "أن" opening its claimant's words may be
_CLAUSE_STOPS = CLAUSE_MARKS
_LATELY_DAYS = 1  # the longest period (days after its first) that still dates one event
_MONTHS_YEARS = frozenset({"month", "year"})
_SOME_TIME_AGO = "before"  # "قبل أيام": earlier than the report, no day told
_ONE_DAY = frozenset({"relative_day", "weekday", "absolute"})  # kinds that may name a single day
_OWN_DATE_SENTENCES = 2  # how far back a claimant's own earlier day still dates what it goes on to say
_OWN_PERIOD_SENTENCES = 3  # how far back a claimant's stated period still covers its totals
_STATEMENT_DATE_TOKENS = 2  # words between a claimant and a date that is still its statement's
_SAID_REACH = 7  # words between a verb of saying and the day it names: its subject ("رفضت السلطات الروسية، الأربعاء،")
_PUBLISHED_REACH = 8  # words between a statement's coming out and its day: where it came out
_SAID_STOPS = ";؛:()!?؟.\n"  # commas may set the day off from its verb; quotes may close a name


def claim_date(doc: Doc, sent: Sentence, near: int, scope: str, reported: bool = False,
               d: Draft | None = None, vague: bool = False, since: int | None = None) -> DateMention | None:
    """The date nearest ``near`` in ``sent``; ``reported``: only within the claimant's reported
    words (after "أن"), never the day of the statement itself. ``vague``: an indefinite past
    ("قبل أيام") nearer than any day is the answer, a mention with no day (the claim is told
    as earlier than the report, and takes no day from elsewhere)."""
    # "أكدت الوزارة اليوم أن ...": a date on the reporting verb dates the statement, not the event
    last = doc.tok_index(near)
    that_words = doc.words("that")
    lo = max(doc.tok_index(sent.start), last - _THAT_REACH)
    # (the words "that" picked out in C: most of the reach's words are none)
    that = [t for t in compress(range(lo, last + 1), map(that_words.__contains__, doc.tok_words[lo:last + 1]))
            if sent.start <= doc.toks[t][0] < near]
    cut = doc.toks[that[-1]][0] if that else sent.start
    if since is not None:  # only dates told from there on (an adjunct's own: "ردا على مقتل ...")
        cut = max(cut, since)
    if reported and not that:
        # "وأضافت الدفاع في بيان: «... وفي 7 شباط ...»": a quotation is the claimant's own words
        opened = [doc.text.find(q, sent.start, near) for q in _QUOTE_OPENERS]
        opened = [i for i in opened if i >= 0]
        if not opened:
            return None
        cut = min(opened)
    heading = heading_date(doc, sent)
    if heading is not None and scope == "incident":
        return heading
    cands = [dm for dm in doc.dates_in(cut, sent.end) if (dm.span is not None or (vague and dm.kind == _SOME_TIME_AGO))
             and (scope == "cumulative" or dm.kind not in _PERIODS or _lately(doc, dm, near))  # periods date totals, days events
             # ("وأحصى المرصد حينها مقتل 23": a time told again on a verb of saying is the
             # time just told, not a day of the saying's own)
             and (dm.retold or not on_reporting_verb(doc, d.attribution if d else None, dm.start, near)
                  and not said_on(doc, dm.start) and not (d is not None and after_according(doc, dm.start))
                  and not (d is not None and dm.start < near and said_right_after(doc, dm.start)))
             and not (dm.own_clause and _clause_between(doc, dm.start, near))
             and not nearer_other_figure(doc, sent, d, dm.start)
             and not _answered_day(doc, dm, near)]
    if not cands:
        # no day in the reported words: the day told with their attack before the saying
        return _day_of_own_attack(doc, d, cut, near) if that and since is None else None
    if len(cands) > 1:
        cands = _in_death_clause(doc, sent, cut, near, cands, d)
    cands.sort(key=lambda dm: abs(dm.start - near))
    if cands[0].kind in _MONTHS_YEARS:
        # a claim is dated to days, not "في آذار": a month or year told nearer the figure than any
        # day belongs to the figure's own event ("الهجوم في مارس الماضي الذي أدى إلى مقتل 22"), so a
        # day or period told farther off, of another event, is not its date either
        return None
    if _outside_own_period(doc, cands, near):
        return None
    if d is not None and cands[0].kind == "weekday":
        return _week_before_telling(doc, sent, d, near, cands[0])
    return cands[0]


_OWN_ATTACK_ROLES = frozenset({"event", "open", "verb"})  # words telling an attack (not a weapon's name)


def _day_of_own_attack(doc: Doc, d: Draft | None, cut: int, near: int) -> DateMention | None:
    """"قالت المصادر إن التقييم جرى في هجوم السبت الذي قالت جماعات إغاثة إنه قتل عشرات": the
    attack the claim's figures report (the attack word told last before them), named before the
    words of saying its figures are told in (which tell no day of their own), with its day right
    after its word ("هجوم السبت", "الغارة التي وقعت الجمعة": a few words
    on, in its phrase, no figure between): that day is the attack's, though the saying's "that"
    comes after it. Not a day before the attack word (the day someone spoke: "قال الجيش السبت إن
    هجوما ..."), nor one set off by a clause mark, nor after a weapon's name ("منظمة حظر الأسلحة
    الكيميائية السبت"); nor where the figures are told in an adjunct of motive (the caller's
    ``since``: "ضربات السبت ردا على هجوم ... أسفر عن مقتل العشرات"), nor a day another claimant
    told ("ذكر معارض أن 90 قتلوا في تفجيرات الخميس، إلا أن مصادر حكومية قالت إن ..."): only the
    outlet's narration or the claimant's own words."""
    if d is None:
        return None
    # the attack word told last before the figures (a verb of attacking too: "قصفت فجر أمس")
    told = [e for e in doc.events_in(d.sentence) if e.start < near and e.role in _OWN_ATTACK_ROLES]
    ev = max(told, key=lambda e: e.start, default=None)
    if ev is not None and ev.start >= cut:
        # "قصفت الطائرات فجر أمس مركزا ...، مشيرا إلى أن الهجوم خلف قتيلين": named again in the
        # words of saying, the attack told before them
        first = max((e for e in told if e.start < cut), key=lambda e: e.start, default=None)
        # (a word for any attack, "الهجوم", takes up the one just told)
        ev = first if first is not None and _anaphoric(doc, ev) and (
            ev.root() is first.root() or ev.role == "open" or _refers_back(doc, ev, first.root())) else None
    if ev is None or not _names_a_kind(doc, ev):
        return None
    response = doc.form_in("response")
    if any(map(response, doc.tok_words[ev.tok:doc.tok_index(near)])):
        return None  # "ضربات السبت، ردا على هجوم ... أسفر عن مقتل العشرات": the answered deed's toll
    for dm in doc.dates_in(ev.start + 1, cut):
        if dm.span is None or dm.kind not in _ONE_DAY or not _one_day_or_two(dm) or dm.retold:
            continue
        if not _told_with(doc, ev, dm) or said_on(doc, dm.start) or _by_reporting_verb(doc, dm) \
                or after_according(doc, dm.start) or said_right_after(doc, dm.start):
            return None
        teller = speaker_at(doc, d.sentence, doc.tok_index(dm.start))
        if teller is not None and teller.claimant != "outlet" \
                and not _same_speaker(doc, d.sentence, d.attribution, doc.tok_index(dm.start)):
            return None  # another claimant's day is not this claimant's (codebook)
        return dm
    return None


def _week_before_telling(doc: Doc, sent: Sentence, d: Draft, near: int, dm: DateMention) -> DateMention:
    """A weekday later than the one day its sentence says the claim was told ("تبنت الجبهة
    تفجيرا الاثنين ...، بحسب ما أعلنت الأحد", read in an article of Monday): no one tells of a
    death before it happens, so the weekday is the one of the week before. (The day of the
    claimant's own report, or after "according to"; another speech act of the sentence may
    tell of another matter.)"""
    if dm.span is None or dm.span.start != dm.span.end:
        return dm
    spoke = {x.span.start for x in doc.dates_in(sent.start, sent.end)
             if x is not dm and x.span is not None and x.span.start == x.span.end and x.kind in _ONE_DAY
             and (on_reporting_verb(doc, d.attribution, x.start, near) or after_according(doc, x.start))}
    if len(spoke) != 1:
        return dm
    told = date.fromisoformat(spoke.pop())
    day = date.fromisoformat(dm.span.start)
    if day <= told:
        return dm
    week = (day - told).days // 7 + 1
    earlier = (day - timedelta(days=7 * week)).isoformat()
    return DateMention(dm.start, dm.end, DateSpan(earlier, earlier), dm.kind, dm.cumulative, dm.own_clause)


_OWN_PERIOD_REACH = 15  # tokens between a figure and the month or year its event is told in

def _outside_own_period(doc: Doc, cands: list[DateMention], near: int) -> bool:
    """The day nearest the figure falls outside a month or year told in the figure's own
    clause ("قدم نتانياهو الجمعة اعتذاره عن مقتل تسعة أتراك في هجوم على سفينة عام 2010"): the
    figure's event was in that month or year, so the day is another event's (the speaking's)."""
    day = cands[0]
    if day.span is None or day.kind in _MONTHS_YEARS:
        return False
    for dm in cands[1:]:
        if dm.kind in _MONTHS_YEARS and dm.span is not None and not _clause_between(doc, dm.start, near) \
                and abs(doc.tok_index(dm.start) - doc.tok_index(near)) <= _OWN_PERIOD_REACH \
                and not (dm.span.start <= day.span.start and day.span.end <= dm.span.end):
            return True
    return False


def _answered_day(doc: Doc, dm: DateMention, near: int) -> bool:
    """Day ``dm`` is told, after the figure at ``near``, inside an adjunct of motive ("قتل
    شرطيين ...، وذلك ردا على هجوم انتحاري وقع الاثنين", "انتقاما لهجوم شنه التنظيم السبت"):
    it is the day of the deed answered, which came before the killing the figure counts."""
    if dm.start <= near:
        return False
    o = motive_before(doc, doc.tok_index(dm.start))
    return o is not None and o > near


def _clause_between(doc: Doc, a: int, b: int) -> bool:
    """A clause stop lies between offsets ``a`` and ``b`` ("غداة تبادل لإطلاق النار على الحدود،
    وأسفر القصف عن مقتل تسعة": the day before is the exchange's, not the raid's)."""
    t0, t1 = sorted((doc.tok_index(a), doc.tok_index(b)))
    return doc.clause_breaks(_CLAUSE_STOPS).find(1, t0 + 1, t1 + 1) >= 0


_RELATIVE_REACH = 4  # tokens from a relative pronoun to the figure or day its clause tells


def _relative_before(doc: Doc, lo: int, hi: int) -> int | None:
    """The last token in ``[lo, hi]`` that is a relative pronoun opening a clause ("الذي",
    "الذين"), read back from ``hi``."""
    rel = doc.words("death_clause")
    return next((t for t in range(hi, lo - 1, -1) if doc.toks[t][2] in rel), None)


def _in_death_clause(doc: Doc, sent: Sentence, cut: int, near: int,
                     cands: list[DateMention], d: Draft | None) -> list[DateMention]:
    """"شيعت دمشق اليوم السبت الشيخ ...، الذي اغتيل في تفجير ... يوم الخميس الماضي": a figure
    told in a relative clause takes a day told in that clause over the main clause's (the day
    of a funeral, a visit, a reaction)."""
    rel = doc.words("death_clause")
    if not rel:
        return cands
    t1 = doc.tok_index(near)
    stops = doc.clause_breaks(_CLAUSE_STOPS)
    # the pronoun inside the figure ("X، الذي قتل") or just before it ("الذين قتل منهم 5")
    spans = [(h.tok_start, h.tok_end - 1) for h in d.hits] if d is not None else []
    spans.append((max(doc.tok_index(max(cut, sent.start)), t1 - _RELATIVE_REACH), t1))
    r = last = None
    for a, b in spans:
        r = _relative_before(doc, a, b)
        if r is not None and not any(stops[t] for t in range(r + 1, b + 1)):
            last = b
            break
        r = None
    if r is None:
        return cands
    end = next((t for t in range(last + 1, len(doc.toks)) if stops[t] or doc.toks[t][0] >= sent.end), len(doc.toks))
    end_pos = doc.toks[end][0] if end < len(doc.toks) else sent.end
    start_pos = doc.toks[r][1]
    inside = [dm for dm in cands if start_pos <= dm.start < end_pos]
    return inside if inside and len(inside) < len(cands) else cands


def _lately(doc: Doc, dm: DateMention, near: int) -> bool:
    """"قتلوا خلال اشتباكات مستمرة منذ ليل أمس", "خطفت بين يوم الاثنين واليوم": a period of a
    day or two told in the figure's own clause dates one fight or raid as well as a day does
    (told in another clause it is that clause's: "حيث يهاجمون منذ أمس، فيما قتل 13")."""
    if dm.span is None or (date.fromisoformat(dm.span.end) - date.fromisoformat(dm.span.start)).days > _LATELY_DAYS:
        return False
    pub = _published(doc)
    if pub is not None and date.fromisoformat(dm.span.end) < pub:
        # "هجوما استمر منذ ليل أول أمس وحتى صباح أمس": a fight told over, from its start to
        # its end, dates the sentence's tolls wherever its clause
        return True
    t0, t1 = sorted((doc.tok_index(dm.start), doc.tok_index(near)))
    stops = doc.clause_breaks(_CLAUSE_STOPS)
    return not any(stops[t] for t in range(t0 + 1, t1 + 1))


_BULLETS = " \t-–•*·"  # marks a chronology line may open with before its date
_BULLET_REACH = 4


def heading_date(doc: Doc, sent: Sentence) -> DateMention | None:
    """A chronology line opens with its date: "3 و5 مايو: إسرائيل تشن غارتين ... وقتل 42 جنديا
    في هذا القصف." — the date heads every sentence of its line."""
    line = doc.text.rfind("\n", 0, sent.start + 1) + 1
    # (behind a bullet or dash: "- 8 سبتمبر 2017: الجيش يعلن ...")
    head = len(doc.text[line:line + _BULLET_REACH]) - len(doc.text[line:line + _BULLET_REACH].lstrip(_BULLETS))
    line += head if head < _BULLET_REACH else 0
    for dm in doc.dates_in(line, line + 2):
        if dm.span is not None and doc.text[dm.end:dm.end + 2].lstrip()[:1] in (":", "-", "–"):
            return dm
    return None


def _other_figures(doc: Doc, sent: Sentence, d: Draft) -> list[FigureHit]:
    """The figures of ``sent`` that are not the claim's own (read once per claim: asked for
    every date and place of its sentence)."""
    key = (id(d), len(d.hits), sent.start)
    memo = doc.scratch.get("other_figures")
    if memo is None or memo[0] is not doc.drafts:  # (the drafts as the stages leave them)
        memo = doc.scratch["other_figures"] = (doc.drafts, {})
    memo = memo[1]
    got = memo.get(key)
    if got is not None and got[0] is d:  # (the draft kept with it: its id is never another's)
        return got[1]
    ours = {id(h) for h in d.hits}
    if d.event is not None:
        # both sides' dead of one clash ("قتل 7 من قوات النظام و5 من الهيئة في اشتباكات
        # اندلعت فجر الخميس في إحسم") are told with one day and one place
        ours.update(id(h) for o in doc.drafts if o.sentence == d.sentence and o.event is d.event
                    and o.victim is not None and d.victim is not None and o.victim != d.victim
                    for h in o.hits)
    hits = doc.hits_in(doc.sentence_of(sent.start))
    ours.update(_conjoined(doc, hits, ours))
    others = [h for h in hits if id(h) not in ours]
    memo[key] = (d, others)
    return others


def nearer_other_figure(doc: Doc, sent: Sentence, d: Draft | None, pos: int) -> bool:
    """"قتل ثلاثة في حي ركن الدين، وفي ريف دمشق مقتل شخصين ليلة أمس": a date or place told
    beside another claim's figures in a long sentence belongs to that claim."""
    if d is None or pos <= sent.start + 1:
        return False  # "21 أغسطس: ..." heads the whole line
    others = _other_figures(doc, sent, d)
    if not others:
        return False

    def dist(h: FigureHit) -> int:
        return abs(doc.hit_pos(h) - pos)

    # "قتل جندي في اشتباكات عبر الحدود اليوم، وذلك بعد تفجير قتل 32 شخصا": a date in one
    # figure's own clause, cut by a clause stop from the other's, is that figure's, whichever
    # is nearer; else the nearer figure's
    stops = doc.clause_breaks(_CLAUSE_STOPS)

    def cut(h: FigureHit) -> bool:
        t0, t1 = sorted((doc.tok_index(pos), doc.tok_index(doc.hit_pos(h))))
        return stops.find(1, t0 + 1, t1 + 1) >= 0  # (a stop in the gaps before tokens t0 + 1 .. t1)

    mine_cut = all(cut(h) for h in d.hits)
    others_cut = [cut(h) for h in others]
    if mine_cut != all(others_cut):
        return mine_cut
    return min(dist(h) for h in others) < min(dist(h) for h in d.hits)


# words between two counts joined by "and", "and" the last of them or on the second count
# ("و"، "وإصابة"، "وأكثر من"); the first count's noun may be one of them
_CONJOINED_GAP = 2


def _conjoined(doc: Doc, hits: list[FigureHit], ours: set[int]) -> set[int]:
    """The figures joined to ours by "and" in one phrase, with no clause stop between ("خلف
    القتال 16 قتيلا من المعارضة و12 من الجهاديين"، "خطف 170 سنيا وأكثر من ستين مسيحيا
    الخميس"، "أدى إلى مقتل 3 عسكريين وإصابة آخرين"): one telling of one event, whatever
    claims they were split into, so the day told with either is both's."""
    if len(hits) < 2:
        return set()
    conj = tuple(doc.words("conj_clitic"))
    stops = doc.clause_breaks(_CLAUSE_STOPS)
    order = sorted(hits, key=lambda h: h.tok_start)
    # runs of counts each joined to the one before ("5 و3 و2": all three), in one pass
    joined: set[int] = set()
    run = [order[0]]
    for a, b in zip(order, order[1:] + [None]):  # (None: the last run is closed like the others)
        if b is not None and 0 <= b.tok_start - a.tok_end <= _CONJOINED_GAP \
                and (doc.toks[b.tok_start][2].startswith(conj) or doc.toks[b.tok_start - 1][2].startswith(conj)) \
                and stops.find(1, a.tok_end, b.tok_start + 1) < 0:
            run.append(b)
            continue
        if len(run) > 1 and any(id(h) in ours for h in run):
            joined.update(id(h) for h in run)
        run = [b]
    return joined - ours


def on_reporting_verb(doc: Doc, attr: Attribution | None, pos: int, near: int) -> bool:
    """"وأورد المرصد، اليوم، عن مقتل ...", "قتل 48 جنديا، وفقا لبيان نشر اليوم": a date right
    after a reporting verb and its subject, before anything happened is told or after it all,
    is the day of the statement."""
    if attr is None or attr.tok < 0:
        return False
    cm = doc.claimants.at_token(attr.tok, doc.toks[attr.tok][0])
    if cm is not None:
        c_tok, c_end = cm.tok, cm.tok_end
    elif attr.text:
        # a claimant read from a generic name ("وأعلن الجيش الخميس مقتل خمسة"): its words in the text
        c_tok, c_end = attr.tok, _name_end(doc, attr.tok, attr.text)
        if c_end is None:
            return False
    else:
        return False
    if pos < doc.toks[c_tok][1] or (pos >= near and doc.toks[c_tok][0] < near):
        return False
    if doc.sentence_of(doc.toks[c_tok][0]) != doc.sentence_of(pos):
        return False  # a claimant carried over from the sentence before spoke there, not here
    t = doc.tok_index(pos)
    gap = t - c_end
    # set off by commas the date may follow a longer subject: "مصدر في قيادة العمليات، أمس، عن"
    if gap > _STATEMENT_DATE_TOKENS and not (gap <= VERB_REACH and doc.text[:pos].rstrip()[-1:] in ",،"):
        return False
    if not doc.words("that").isdisjoint(doc.tok_words[c_end:t]):
        return False  # "وقالت اللجان إنها استطاعت الثلاثاء توثيق 103": after "that", the reported words' day
    verb = any(v.value in ("verb", "continue", "prep") and 0 <= c_tok - v.tok_end <= VERB_REACH
               for v in doc.attrib.between(doc.toks[max(0, c_tok - VERB_REACH - 1)][0], doc.toks[c_tok][0]))
    # an attack told between them was on that day; a word for any act inside the subject's
    # name is not one ("مصدر في قيادة عمليات الأنبار، أمس، عن مقتل")
    return verb and not any(m.value[1] != "other" for m in doc.event_words.between(doc.toks[c_tok][1], pos))


def _name_end(doc: Doc, tok: int, name: str) -> int | None:
    """The token after a claimant's name written from token ``tok`` on, where the text there
    is that name (its words in order); None where it is not."""
    words = norm(name).split()
    end = tok + len(words)
    if not words or end > len(doc.toks) or [w for _, _, w in doc.toks[tok:end]] != words:
        return None
    return end


def said_on(doc: Doc, pos: int) -> bool:
    """"وأدانت الجامعة الخميس ما وصفته باعتداء ... أدى إلى سقوط قتلى", "اتهم النظام اليوم
    المتمردين بإطلاق صاروخ ... أسفر عن مقتل 15", "حسب بيان نشر الجمعة": a day right after a
    verb of a speech act (and its subject), with no attack and no count told
    between them, is the day someone spoke, whoever the claimant is."""
    t0 = doc.tok_index(pos)
    stops = doc.clause_breaks(_SAID_STOPS)
    speech, published = doc.words("speech_act"), doc.words("published")
    statement = doc.words("statement_noun")
    # (a verb of reporting is left to on_reporting_verb, which knows its claimant: after
    # "وثقت الشبكة" or "أفادوا بأن عدد قتلى" the day is that of the deaths)
    for t in range(t0 - 1, max(-1, t0 - _PUBLISHED_REACH - 2), -1):
        w = doc.toks[t][2]
        if stops[t + 1] or w in doc.words("that"):
            return False
        # a statement may come out somewhere first ("حسب بيان نشر على صفحة الحركة الجمعة")
        if (_is(doc, w, speech) and t0 - t <= _SAID_REACH + 1) \
                or (w in published and t > 0 and _is(doc, doc.toks[t - 1][2], statement)):
            between = doc.toks[t][1], pos
            return not doc.event_words.between(*between) and not any(
                between[0] <= doc.hit_pos(h) < between[1] for h in doc.hits_in(doc.sentence_of(pos)))
    return False


_ACCORDING_REACH = 8  # words between "according to (what ... said)" and the day its source spoke


def after_according(doc: Doc, pos: int) -> bool:
    """"بحسب ما ذكر مصدر في حزب الله اليوم الأحد", "بحسب ما أفادت الوكالة التابعة للتنظيم
    الثلاثاء", "بحسب ما أعلنت الأحد في حسابها": a day told after "according to" and its source,
    with nothing that happened told between (no attack word, no count, no "that"), is the
    day the source spoke, whoever it is."""
    t0 = doc.tok_index(pos)
    # (a comma closes the source's clause: "وفق الإعلام السوري، على مواقع في حلب، ليل الأحد")
    stops = doc.clause_breaks(_CLAUSE_STOPS)
    that = doc.words("that") | doc.words("that_after_according")
    for t in range(t0 - 1, max(-1, t0 - _ACCORDING_REACH - 2), -1):
        if stops[t + 1] or doc.toks[t][2] in that:
            return False
        v = doc.attrib.at_token(t, doc.toks[t][0])
        if v is not None and v.value == "prep" and doc.text[v.start:v.end] != _ABOUT:
            between = v.end, pos
            return not any(m.value[1] != "other" for m in doc.event_words.between(*between)) and not any(
                between[0] <= doc.hit_pos(h) < between[1] for h in doc.hits_in(doc.sentence_of(pos)))
    return False


_ABOUT = "عن"  # "نقلت عن": a preposition of relaying everywhere in news, not "according to"


def said_right_after(doc: Doc, pos: int) -> bool:
    """"وكانت الحكومة العراقية قد أعلنت يوم أمس الأحد عن مقتل جندي", "وقال أمس إن": a day
    right after a verb of announcing or saying (nothing but "يوم" between) is the day it was
    said, whether its subject came before the verb or after the day; so is one right after a
    participle of a report's coming out ("في تقريرها الشهري ... الصادر أمس، مقتل 58")."""
    t = doc.tok_index(pos) - 1
    stops = doc.clause_breaks(_SAID_STOPS)
    if t >= 0 and doc.toks[t][2] in doc.words("day_noun") and not stops[t + 1]:
        t -= 1
    return t >= 0 and not stops[t + 1] and (_is(doc, doc.toks[t][2], doc.words("statement_verb"))
                                            or doc.toks[t][2] in doc.words("issued"))


def _is(doc: Doc, tok: str, words: frozenset[str]) -> bool:
    """The token is one of ``words``, with or without its clitics ("وأدانت", "لبيان")."""
    return any(form in words for form, _ in doc.pack.token_forms(tok))


def own_date(doc: Doc, d: Draft, place: Place | None = None, own_place: bool = False) -> DateMention | None:
    """The day the same claimant gave in the sentences just before, going on about one event
    ("وأضافت الخارجية إن ... فجر اليوم" then "وأكدت أن ... عشرات الشهداء"); not where that
    sentence is about another place than the claim's ``place`` (``own_place``: read in its
    own sentence), nor for a toll over a span of days ("قتلوا في معارك استمرت 4 أيام")."""
    for k in range(d.sentence - 1, max(-1, d.sentence - 1 - _OWN_DATE_SENTENCES), -1):
        if not _same_speaker(doc, k, d.attribution) or turns_to_another(doc, k, d.sentence):
            return None
        if place is not None and _placed_elsewhere(doc, k, place, False) and not _shares_governorate(doc, k, d.sentence):
            return None  # (only another governorate: its report may go on to a spot in its town)
        prev = doc.sents[k]
        found = claim_date(doc, prev, prev.end, "incident", reported=True)
        if found is None or _other_act_clause(doc, k, found):
            continue  # (none, or "... من المقاتلين الذين سيطروا عليه الاربعاء": the seizing's day)
        if _counts_a_span(doc, doc.sents[d.sentence]) or spoke_before(doc, d, found.span):
            return None
        return found
    return None


def turns_to_another(doc: Doc, a: int, b: int) -> bool:
    """A sentence after ``a`` up to ``b`` (sentence indices, either order) opens on another
    matter ("من جهة ثانية، أعلن مسؤول تركي امس عن مقتل ضابطي شرطة"): what is told from there
    on is not the event told before, whatever day was given it."""
    lo, hi = sorted((a, b))
    if hi <= lo:
        return False
    openers = _another_openers(doc)
    k = bisect.bisect_right(openers, lo)
    return k < len(openers) and openers[k] <= hi


def _another_openers(doc: Doc) -> list[int]:
    """The sentences opening on another matter (behind "و" or not), read once per article."""
    got = doc.scratch.get(_OPENERS_KEY)
    if got is None:
        rx = _opener_re(doc.words("another_matter"), doc.words("conj_clitic"))
        got = [] if rx is None else [j for j, sent in enumerate(doc.sents) if rx.match(doc.text, sent.start)]
        doc.scratch[_OPENERS_KEY] = got
    return got


@lru_cache(maxsize=8)
def _opener_re(phrases: frozenset[str], conj: frozenset[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alt = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    clitic = "|".join(re.escape(c) for c in conj)
    # a few opening marks at most: from each sentence start inside a run of thousands of
    # them ("((((...") an unbounded skip read the run to its end
    skip = rf"[\s\"'«(\-–]{{0,{_HEAD_MARKS}}}+"
    return re.compile(rf"{skip}(?:{clitic})?(?:{alt})(?!\w)" if clitic else rf"{skip}(?:{alt})(?!\w)")


_OPENERS_KEY = "dating.another_matter"
_HEAD_MARKS = 8  # blanks, quotes, brackets or dashes before a sentence's first word


def opens_on_kana(doc: Doc, si: int) -> bool:
    """Sentence ``si`` opens on كان (grammar kana: "وكان", "وكانت"): told in the pluperfect, it
    goes back to the story's background, to events before the one the report goes on to."""
    return doc.toks[doc.tok_index(doc.sents[si].start)][2] in doc.words("kana")


def told_some_time_ago(doc: Doc, d: Draft) -> bool:
    """The claim's own words place it some time before the report with no day ("قتلوا في هجوم
    قبل أيام"): it takes no day its claimant gave another event."""
    near = doc.hit_pos(d.hits[0])
    dm = claim_date(doc, doc.sents[d.sentence], near, "incident", d=d, vague=True)
    return dm is not None and dm.kind == _SOME_TIME_AGO


def spoke_before(doc: Doc, d: Draft, span: DateSpan | None) -> bool:
    """The claim's own sentence says its claimant spoke on a day before ``span`` starts ("قتلوا
    ... أمس الجمعة" then "وقال نشطاء يوم الثلاثاء إن 20 قتلوا"): no one reports a death before
    it happens, so that statement tells another event, and the later day is not its own."""
    spoke = statement_day(doc, d)
    return spoke is not None and span is not None and date.fromisoformat(span.start) > spoke


def statement_day(doc: Doc, d: Draft) -> date | None:
    """The one day the claim's sentence says its claimant (or anyone) spoke: a single day on
    the reporting verb or right after a verb of speech ("وقال نشطاء يوم الثلاثاء")."""
    sent = doc.sents[d.sentence]
    near = doc.hit_pos(d.hits[0])
    days = {dm.span.start for dm in doc.dates_in(sent.start, sent.end)
            if dm.span is not None and dm.kind in _ONE_DAY and dm.span.start == dm.span.end
            and (on_reporting_verb(doc, d.attribution, dm.start, near) or said_on(doc, dm.start)
                 or _by_reporting_verb(doc, dm))}
    return date.fromisoformat(days.pop()) if len(days) == 1 else None


def only_spoken_days(doc: Doc, d: Draft) -> bool:
    """Every date the claim's sentence names is a day someone spoke ("وفقا لبيان نشر الاثنين",
    "قال المرصد الثلاثاء إن ..."): the sentence gives its event no time of its own."""
    sent = doc.sents[d.sentence]
    near = doc.hit_pos(d.hits[0])
    return all(dm.span is not None and dm.kind in _ONE_DAY
               and (on_reporting_verb(doc, d.attribution, dm.start, near) or said_on(doc, dm.start)
                    or after_according(doc, dm.start) or said_right_after(doc, dm.start)
                    or _by_reporting_verb(doc, dm))
               for dm in doc.dates_in(sent.start, sent.end))


def own_earlier_period(doc: Doc, d: Draft) -> DateMention | None:
    """A total with no period of its own counts over the one its claimant just stated ("وثق
    المرصد ... منذ 20 أكتوبر وحتى أمس" then "وتمكن المرصد من توثيق مقتل 4844")."""
    if own_undated_beginning(doc, d.sentence):
        return None
    for k in range(d.sentence - 1, max(-1, d.sentence - 1 - _OWN_PERIOD_SENTENCES), -1):
        if doc.voice.get(k) != d.attribution.claimant or turns_to_another(doc, k, d.sentence) \
                or d.attribution.claimant == "other" and not _same_speaker(doc, k, d.attribution):
            return None  # (two ministries are two speakers)
        prev = doc.sents[k]
        periods = [dm for dm in doc.dates_in(prev.start, prev.end) if dm.span is not None
                   and dm.kind in ("since", "period") and dm.span.start != dm.span.end]
        if periods:
            return periods[0]
    return None


def own_undated_beginning(doc: Doc, si: int) -> bool:
    """Sentence ``si`` counts "since" a beginning it names with no day ("منذ بدء الحرب",
    "منذ 2012"): its totals have a period of their own, which no other period dates."""
    sent = doc.sents[si]
    return any(dm.kind == "since" and dm.span is None for dm in doc.dates_in(sent.start, sent.end))


def own_month_or_year(doc: Doc, si: int) -> bool:
    """Sentence ``si`` names a month or a year ("الأكبر منذ القصف الكيماوي الذي شهدته الغوطة عام
    2013، وأدى إلى مقتل نحو 1400"): its totals are told of that time, read and left undated
    (a claim is dated to days), which no period stated elsewhere covers either."""
    sent = doc.sents[si]
    return any(dm.kind in _MONTHS_YEARS for dm in doc.dates_in(sent.start, sent.end))


_SPAN_REACH = 3  # words from "خلال" to the days, weeks or campaign it lasts over ("خلال 18 يوما")


def told_over_a_span(doc: Doc, near: int) -> bool:
    """The clause of the figure at ``near`` tells its total over a span of days, weeks or a
    campaign ("قتل 915 شخصا خلال 18 يوما، بينهم 91 يوم الأربعاء", "التي أدت إلى مقتل 630 مدنيا
    خلال ثلاثة أسابيع", "لقي 400 شخص مصرعهم خلال حملة التصعيد الأخيرة", "بعد أسابيع من القصف
    الذي تسبب بمقتل 1500"): the total is of that span, not of a day told in another clause."""
    over, told = doc.words("over_span"), doc.words("span_told")
    if not over or not told:
        return False
    t = doc.tok_index(near)
    stops = doc.clause_breaks(_CLAUSE_STOPS)
    a = stops.rfind(1, 0, t + 1)
    b = stops.find(1, t + 1)
    a = max(a, 0)
    b = len(doc.toks) if b < 0 else b
    sent = doc.sents[doc.sentence_of(near)]
    for i in range(a, b):
        if doc.toks[i][0] < sent.start or doc.toks[i][0] >= sent.end or not _is(doc, doc.toks[i][2], over):
            continue
        if any(doc.toks[j][2] in told for j in range(i + 1, min(b, i + 1 + _SPAN_REACH))):
            return True
    return False


_WAR_DAYS = 365  # the shortest period a war's toll (tens of thousands dead) may be counted over
_WAR_DEAD = 10000  # dead that make a war's toll (as scope.war_toll)


def too_short_for_a_war(figures: list, span: DateSpan) -> bool:
    """A war's dead (tens of thousands) and a day, a month or any period under a year: no war's
    toll is of it ("واليوم ... حرب أهلية قتلت أكثر من 70 ألف شخص" is not today's; "النزاع الذي
    أسفر عن أكثر من 70 ألف قتيل في عامين" is not this month's). ("آلاف القتلى والجرحى" may be
    a campaign's weeks.)"""
    return any(f.kind == "killed" and (f.low or 0) >= _WAR_DEAD for f in figures) \
        and (date.fromisoformat(span.end) - date.fromisoformat(span.start)).days < _WAR_DAYS


def event_date(doc: Doc, ev: "Event") -> DateMention | None:
    """The day an attack is told to have happened: the date nearest its name in its sentence
    (not the day someone spoke of it)."""
    return claim_date(doc, doc.sents[ev.sentence], ev.start, "incident")


def told_date(doc: Doc, root: "Event") -> DateMention | None:
    """The day the report gives an attack, in the first sentence telling it (its own name or
    a later mention referring to it) that dates it: for the outlet's title and retellings of
    the story its lead tells ("Air raids kill 10" — "air strikes on Saturday killed at least
    10, a monitor said")."""
    for ev in doc.events:
        if ev.root() is root:
            found = event_date(doc, ev)
            if found is not None:
                return found
    return None


def own_event_day(doc: Doc, d: Draft, ev: "Event", place: Place, own_place: bool) -> DateMention | None:
    """The day the same claimant gives, in another sentence, to the attack a claim reports,
    where one of the two tellings names it again as the attack already told (a definite
    word: "قتل ... الأربعاء" then "وأسفر التفجير عن مقتل 14"; "قنبلة ... أسفرت عن مقتل 11"
    then "وقالت الوكالة إن الانفجار وقع مساء الأحد"). The day must be told with that mention,
    a few words from it in its clause, not with other figures. Another claimant's day is not
    this claimant's (codebook: dates come from the claimant's own words); an indefinite
    attack word tells a new attack, whatever chain the event layer drew, and so does a
    mention placed elsewhere than the claim's ``place`` (``own_place``: read in its own sentence)."""
    sent = doc.sents[d.sentence]
    if not _names_a_kind(doc, ev):
        return None
    if any(dm.kind in _PERIODS and not _one_day_or_two(dm) for dm in doc.dates_in(sent.start, sent.end)):
        return None  # "القصف الذي تسبب منذ أسبوع بمقتل 28": a count over a period it states
    root = ev.root()
    claimant = d.attribution.claimant
    mentions = sorted((m for m in doc.events if m.sentence != d.sentence and m.role != "weapon"
                       and not turns_to_another(doc, m.sentence, d.sentence)
                       and (m.root() is root or _refers_back(doc, m, root) or _refers_back(doc, ev, m.root()))
                       and _anaphoric(doc, m if m.index > ev.index else ev)
                       and _same_speaker(doc, m.sentence, d.attribution, m.tok)
                       and not _placed_elsewhere(doc, m.sentence, place, own_place)),
                      key=lambda m: abs(m.sentence - d.sentence))
    for m in mentions:
        # a claimant other than the outlet dates an attack only in its reported words
        found = claim_date(doc, doc.sents[m.sentence], m.start, "incident", reported=claimant != "outlet")
        if found is not None and _told_with(doc, m, found):
            return found
    return None


_EVENT_DAY_REACH = 8  # words between an attack's name and the day told with it ("الكمين الذي تعرضت له إحدى دورياته الجمعة")
# a day set off by a comma may be the main verb's ("تبادلا الاتهامات باستخدام أسلحة كيماوية،
# نفسها على صدارة الصحف، الأربعاء"); one told inside the attack's phrase is its own
_EVENT_DAY_STOPS = ",،;؛:.!?؟\n"


def _anaphoric(doc: Doc, ev: "Event") -> bool:
    """The attack word names an attack already told: with the article or a demonstrative."""
    return ev.definite or (ev.tok > 0 and doc.toks[ev.tok - 1][2] in doc.words("demonstrative"))


def _names_a_kind(doc: Doc, ev: "Event | None") -> bool:
    """The word is one for a kind of attack ("انفجار", "غارة", "هجوم"), not for any act: a claim
    "قتل بإحدى العمليات الإرهابية" tells one of many, not an attack told elsewhere (though
    "العملية" may take up the one just told: "غارة أميركية" ... "العملية التي جرت في 11 يوليو")."""
    if ev is None:
        return False
    word = doc.event_words.at_token(ev.tok, doc.toks[ev.tok][0])
    return word is not None and word.value[1] != "other"


def _told_with(doc: Doc, ev: "Event", dm: DateMention) -> bool:
    """Day ``dm`` is told with attack ``ev``: a few words from it, in its phrase (no comma
    between), with no figure between ("بالهجوم في سروج ومقتل جندي ... الخميس": that day is
    the soldier's)."""
    a, b = sorted((ev.tok, doc.tok_index(dm.start)))
    if b - a > _EVENT_DAY_REACH:
        return False
    stops = doc.clause_breaks(_EVENT_DAY_STOPS)
    if any(stops[t] for t in range(a + 1, b + 1)):
        return False
    lo, hi = sorted((ev.start, dm.start))
    return not any(lo < doc.hit_pos(h) < hi for h in doc.hits_in(ev.sentence))


def _same_speaker(doc: Doc, si: int, attr: Attribution, tok: int | None = None) -> bool:
    """Sentence ``si`` (at token ``tok``, or its end) is told by the claimant ``attr`` names;
    for a claimant outside the codebook's list ("other") by the same name, since two
    ministries are two speakers."""
    other = speaker_at(doc, si, tok)
    if other is None or other.claimant != attr.claimant:
        return False
    return attr.claimant != "other" or _same_name(doc, other.text or "", attr.text or "")


def _same_name(doc: Doc, a: str, b: str) -> bool:
    """Two names of one speaker: the same words, or a lone definite noun taking up the name
    told before ("وزارة الداخلية" ... "وأضافت الوزارة")."""
    a, b = norm(a), norm(b)
    if a == b:
        return True
    article = tuple(doc.words("article"))

    def bare(w: str) -> str:
        return next((w[len(x):] for x in article if w.startswith(x) and len(w) - len(x) > 2), w)
    short, long_ = sorted((a, b), key=len)
    return " " not in short and short.startswith(article) and bare(short) in {bare(w) for w in long_.split()}


def _refers_back(doc: Doc, ev: "Event", root: "Event") -> bool:
    """"قنبلة ... أسفرت عن مقتل 11" then "إن الانفجار وقع مساء الأحد": a definite word for an
    attack of the same kind, told after it with no other attack of that kind between, is
    that attack, whether or not its agent was named."""
    if not ev.definite or ev.antecedent is not None or ev.index <= root.index or ev.type != root.type:
        return False
    between = doc.events[root.index + 1:ev.index]
    return all(e.type != root.type or e.root() is root for e in between)


def _one_day_or_two(dm: DateMention) -> bool:
    """A period short enough to date one event ("منذ ليل أمس"), not a count over it."""
    return dm.span is not None and (date.fromisoformat(dm.span.end)
                                    - date.fromisoformat(dm.span.start)).days <= _LATELY_DAYS


def _placed_elsewhere(doc: Doc, si: int, place: Place, own: bool) -> bool:
    """Sentence ``si`` tells an attack somewhere else than the claim's ``place``: it names
    Syrian places, none in the claim's governorate ("كما طاول القصف الأحياء الجنوبية
    للعاصمة" is not the shelling of a village near Homs), or, where the claim's own sentence
    (``own``) names a town, it names towns, none of them that one ("الهجوم الذي وقع في
    سوروتش" is not the bomb told in Silopi)."""
    sent = doc.sents[si]
    there = [p for p in doc.places_in(sent.start, sent.end) if p.level != "country"]
    govs = {p.place.governorate for p in there if p.country == HOME_COUNTRY} - {"unknown"}
    if place.governorate not in (UNKNOWN, ABROAD) and govs and place.governorate not in govs:
        return True
    if not own or place.name is None or place.precision == "country" or not there:
        return False
    return all(norm(p.place.name or "") != norm(place.name) for p in there)


_REPORTED_DAY_SENTENCES = 2  # how far (in sentences of one paragraph) a claimant's day of the event is looked for


def reported_day(doc: Doc, d: Draft, place: Place, own_place: bool) -> DateMention | None:
    """The day the same claimant gives the event in a sentence near, told by it all along, where
    the claim's own sentence names no day but, at most, the day it was said: "قتل 25 مقاتلا
    ... حسبما أفاد المرصد السبت" then "كما أفاد المرصد عن مقتل تسعة ... في الاشتباكات التي
    اندلعت ... يوم الجمعة"; "تقدمت الفصائل الأربعاء ... وفق ما أعلن المرصد" then "وأفاد
    المرصد عن مقتل 17". The day must be one day (not a period, a month or a year), not the day
    that sentence was said, the only such day there, no later than the claim's own statement,
    and told of the claim's place (a sentence naming places none in the claim's governorate,
    or where the claim names its own town none of that town, tells another event)."""
    sent = doc.sents[d.sentence]
    spoke: date | None = None
    for dm in doc.dates_in(sent.start, sent.end):
        if dm.span is None or not (dm.kind in ("relative_day", "weekday", "absolute")) \
                or dm.span.start != dm.span.end:
            if dm.kind in _PERIODS or dm.kind in _MONTHS_YEARS:
                return None  # a count over a period, a month or a year it names
            continue
        if not (on_reporting_verb(doc, d.attribution, dm.start, doc.hit_pos(d.hits[0]))
                or said_on(doc, dm.start)):
            return None  # a day of the sentence's own (another claim's, or left for a reason)
        spoke = date.fromisoformat(dm.span.start)
    limit = spoke or _published(doc)
    def told_by(k: int) -> bool:
        return any(_same_speaker(doc, k, d.attribution, a.tok) for a in doc.voices.get(k, []))

    order = sorted((k for k in range(d.sentence - _REPORTED_DAY_SENTENCES, d.sentence + _REPORTED_DAY_SENTENCES + 1)
                    if k != d.sentence and 0 <= k < len(doc.sents)),
                   key=lambda k: (abs(k - d.sentence), k))
    for k in order:
        other = doc.sents[k]
        lo, hi = sorted((k, d.sentence))
        if not all(told_by(j) for j in range(lo, hi + 1) if j != d.sentence) or turns_to_another(doc, lo, hi):
            continue  # the claimant's report is broken off by another's between them, or another matter
        if _placed_elsewhere(doc, k, place, own_place):
            continue
        if opens_on_kana(doc, k) and not opens_on_kana(doc, d.sentence):
            continue  # "وكانت ... خطفت ثمانية مساء الأربعاء" then "وقال المدير: ...": an earlier event's day
        if k > d.sentence and _counts_its_own(doc, k, d):
            continue  # "... قتل تسعة في الغارات. وأدت أعمال العنف الاثنين إلى مقتل 101": that day is the later toll's
        told = doc.dates_in(other.start, other.end)
        if any(dm.kind in _PERIODS and not _one_day_or_two(dm) for dm in told):
            continue  # "قتل 580 منذ بدأ القصف في 18 شباط": the day a count starts from
        # (a span of a day or two dates an attack as a day does: "شن التنظيم منذ فجر الأربعاء هجمات")
        days = [dm for dm in told
                if dm.span is not None and dm.kind in ("relative_day", "weekday", "absolute", *_PERIODS)
                and _one_day_or_two(dm)
                and not any(on_reporting_verb(doc, a, dm.start, other.end) for a in doc.voices.get(k, []))
                and not said_on(doc, dm.start) and not _by_reporting_verb(doc, dm)
                and not _other_act_clause(doc, k, dm)]
        spans = {(dm.span.start, dm.span.end) for dm in days}
        if len(spans) != 1:
            continue  # no day, or several: which one is the event's is not told
        dm = days[0]
        if limit is not None and date.fromisoformat(dm.span.start) > limit:
            continue
        # "اشتباكات استمرت 3 أيام": a toll over days, not of one of them
        return None if _counts_a_span(doc, sent) else dm
    return None


_OTHER_ACT_AFTER = 3  # words after that day where an attack it dates may be told
_OTHER_ACT_ANTECEDENT = 2  # words between an attack's name and a relative pronoun telling of it (its adjectives)


def _other_act_clause(doc: Doc, k: int, dm: DateMention) -> bool:
    """Day ``dm`` of sentence ``k`` is told in a relative clause about another act than an
    attack or a death ("من المقاتلين الذين سيطروا عليه الاربعاء", "المقاتلين المعارضين الذين
    دخلوا فجر الاحد الى هذا الحي"): a relative pronoun a few words before it in its clause,
    with no attack word, no count and no word of death or harm between them. That day is the
    seizing's or the entering's, not the day of an event a claimant reports near it."""
    t = doc.tok_index(dm.start)
    a, b = doc.sent_toks(doc.sents[k])
    stops = doc.clause_breaks(_EVENT_DAY_STOPS)
    r = _relative_before(doc, max(a, t - _RELATIVE_REACH), t - 1)
    if r is None or stops.find(1, r + 1, t + 1) >= 0:
        return False
    lo, hi = doc.toks[r][1], dm.start
    harm, before = doc.words("prior_death"), doc.words("cause_time")
    # (a clause on an attack named right before its pronoun tells that attack: "في المعارك التي
    # بدأت مساء الثلاثاء", "الهجوم الانتحاري الذي وقع أمس")
    if any(m.value[1] != "other" and r - _OTHER_ACT_ANTECEDENT <= m.tok_end <= r
           for m in doc.event_words.between(doc.toks[max(a, r - _OTHER_ACT_ANTECEDENT - 2)][0], doc.toks[r][0])) \
            or any(m.value[1] != "other" for m in doc.event_words.between(lo, hi)) \
            or any(lo <= doc.hit_pos(h) < hi for h in doc.hits_in(k)) \
            or any(_is(doc, doc.toks[j][2], harm) for j in range(r + 1, t)):
        return False
    # an attack told right after the day, in its clause, is that day's ("ارتكبت فجر اليوم مجزرة"),
    # unless told as what came before ("سيطروا عليه الاربعاء بعد اشتباكات")
    t_end = doc.tok_index(max(dm.start, dm.end - 1)) + 1
    cut = stops.find(1, t_end, min(b, t_end + _OTHER_ACT_AFTER) + 1)
    end = doc.toks[min(cut if cut >= 0 else t_end + _OTHER_ACT_AFTER, b) - 1][1]
    return not any(m.value[1] != "other" and not (m.tok > 0 and doc.toks[m.tok - 1][2] in before)
                   for m in doc.event_words.between(dm.end, end))


_TOTAL_CUES = frozenset({"cumulative", "nationwide"})  # scope cues of a total over places or days


def _counts_its_own(doc: Doc, k: int, d: Draft) -> bool:
    """Sentence ``k`` tells a total of its own (figures with a cue of a total: "في مناطق مختلفة
    من سوريا", "حصيلة"), none of them a count of claim ``d`` told again: its day is that
    total's, the day's toll, not the day of the attack the claim told before it. (A sentence
    telling the same attack again with more of it, "استهدف فجر الأحد ... ما أسفر عن", dates it.)"""
    theirs = [h for h in doc.hits_in(k) if not h.subcount]
    if not theirs:
        return False
    sent = doc.sents[k]
    if not any(c.value in _TOTAL_CUES for c in doc.scope_cues.between(sent.start, sent.end)):
        return False
    ours = {(h.figure.low, h.figure.high) for h in d.hits}
    return not any((h.figure.low, h.figure.high) in ours for h in theirs)


def _published(doc: Doc) -> date | None:
    try:
        return date.fromisoformat((doc.article.published or "")[:10])
    except ValueError:
        return None


def after_publication(doc: Doc, span: DateSpan) -> bool:
    """A day after the article was written ("ستتكشف غدا") is no day a casualty was counted on:
    a report tells what has happened."""
    pub = _published(doc)
    return pub is not None and span.start > pub.isoformat()


def _by_reporting_verb(doc: Doc, dm: DateMention) -> bool:
    """"ويوم الأحد قال المرصد إن", "ونقل راديو بي بي سي، مساء اليوم السبت، عن المنظمة": a day
    right before a reporting verb, or after one and its subject with nothing told between,
    is the day someone spoke, whoever spoke."""
    t0, t1 = doc.tok_index(dm.start), doc.tok_index(max(dm.start, dm.end - 1))
    if t1 + 1 < len(doc.toks) and any(v.value == "verb" for v in doc.attrib.between(
            doc.toks[t1 + 1][0], doc.toks[t1 + 1][1])):
        return True
    stops = doc.clause_breaks(_SAID_STOPS)
    for t in range(t0 - 1, max(-1, t0 - _SAID_REACH - 2), -1):
        if stops[t + 1] or doc.toks[t][2] in doc.words("that"):
            return False
        if any(v.value == "verb" for v in doc.attrib.between(doc.toks[t][0], doc.toks[t][1])):
            between = doc.toks[t][1], dm.start
            return not doc.event_words.between(*between) and not any(
                between[0] <= doc.hit_pos(h) < between[1] for h in doc.hits_in(doc.sentence_of(dm.start)))
    return False


_NUMBER_WORDS: dict[int, frozenset[str]] = {}


def _counts_a_span(doc: Doc, sent: Sentence) -> bool:
    """The sentence counts a span of time: "استمرت 3 أيام", "في خمسة أيام", "خلال اليومين
    الماضيين" (grammar roles duration_counted after a number, duration_dual alone)."""
    numbers = _NUMBER_WORDS.get(id(doc.pack))
    if numbers is None:
        numbers = _NUMBER_WORDS[id(doc.pack)] = frozenset(norm(r[2]) for r in doc.pack.rows("numbers") if len(r) >= 3)
    counted, dual = doc.words("duration_counted"), doc.words("duration_dual")
    a, end = doc.sent_toks(sent)
    for t in range(a, end):
        w = doc.toks[t][2]
        # the word bare or behind a clitic or two ("باليومين", "وخلال")
        if w in dual or w[1:] in dual or w[2:] in dual:
            return True
        if t > a and (w in counted or w[1:] in counted):
            prev = doc.toks[t - 1][2]
            if prev.isdecimal() or prev in numbers or prev[1:] in numbers:
                return True
    return False


def _governorates(doc: Doc, si: int) -> set[str]:
    sent = doc.sents[si]
    return {p.place.governorate for p in doc.places_in(sent.start, sent.end)
            if p.level != "country" and p.country == HOME_COUNTRY} - {"unknown"}


def _shares_governorate(doc: Doc, a: int, b: int) -> bool:
    """Sentences ``a`` and ``b`` name a Syrian governorate in common ("انفجار حافلة في ريف
    حماة" then "غالبية الضحايا من السلمية ... في محافظتي حمص وحماة")."""
    return bool(_governorates(doc, a) & _governorates(doc, b))


_BEGAN_REACH = 8  # words between a verb of beginning and the day it governs ("بدأت قوات النظام وحزب الله في الرابع من تموز هجوما")


def began_period(doc: Doc, dm: DateMention) -> DateMention:
    """A total's one day, governed in its clause by a verb of something beginning ("وأدى القصف،
    الذي بدأ في 18 شباط، إلى مقتل 1600 مدني", "الاشتباكات التي اندلعت قبل 3 أيام أدت حتى الآن
    إلى مقتل 7"), is where the total starts counting: the period from that day to the report."""
    began = doc.words("began")
    if dm.span is None or dm.span.start != dm.span.end or not began:
        return dm
    ref = writing_day(doc.nt, doc.article.published, doc.lang)
    if ref is None or date.fromisoformat(dm.span.start) >= ref:
        return dm
    t0 = doc.tok_index(dm.start)
    stops = doc.clause_breaks(_CLAUSE_STOPS)
    for t in range(t0 - 1, max(-1, t0 - _BEGAN_REACH - 2), -1):
        if stops[t + 1]:
            break
        if _is(doc, doc.toks[t][2], began):
            return DateMention(dm.start, dm.end, DateSpan(dm.span.start, ref.isoformat()), "since", True)
    return dm


_STATEMENT_SENTENCES = 1  # sentences either side where a claimant's statement day may be told


def statement_window(doc: Doc, d: Draft, dm: DateMention) -> DateMention:
    """A window counted back from now ("خلال الـ48 ساعة الماضية") is counted back from the
    day its claimant spoke when the article tells that day, earlier than the day of writing
    ("أفاد المرصد بمقتل 51 خلال الـ48 ساعة" then "وقال المرصد أمس الخميس إن ..."): the
    statement's day in the claim's sentence or one next to it told by the same claimant,
    the only such day there."""
    pub = _published(doc)
    if dm.kind != "period" or dm.span is None or pub is None or dm.span.end != pub.isoformat():
        return dm
    spoke: set[str] = set()
    for k in range(d.sentence - _STATEMENT_SENTENCES, d.sentence + _STATEMENT_SENTENCES + 1):
        if not 0 <= k < len(doc.sents) or (k != d.sentence and not any(
                _same_speaker(doc, k, d.attribution, a.tok) for a in doc.voices.get(k, []))):
            continue
        sent = doc.sents[k]
        for x in doc.dates_in(sent.start, sent.end):
            if x.span is None or x.span.start != x.span.end or x.kind not in ("relative_day", "weekday", "absolute"):
                continue
            if any(on_reporting_verb(doc, a, x.start, sent.end) for a in doc.voices.get(k, [])) \
                    or said_on(doc, x.start) or _by_reporting_verb(doc, x):
                spoke.add(x.span.start)
    if len(spoke) != 1:
        return dm
    day = date.fromisoformat(spoke.pop())
    if day >= pub:
        return dm
    shift = pub - day
    start = date.fromisoformat(dm.span.start) - shift
    return DateMention(dm.start, dm.end, DateSpan(start.isoformat(), day.isoformat()), dm.kind, dm.cumulative)


_NEXT_KEY = "dating.next_sentence"


def _read_next(doc: Doc, k: int) -> tuple[list, list[DateMention]]:
    """The attack words and dates of sentence ``k``: those already read where it lies in the
    windows, else read now (once per article and sentence)."""
    cache = doc.scratch.setdefault(_NEXT_KEY, {})
    got = cache.get(k)
    if got is None:
        sent = doc.sents[k]
        a, b = doc.sent_toks(sent)
        if any(x <= a < y for x, y in doc.windows):
            got = doc.event_words.between(sent.start, sent.end), doc.dates_in(sent.start, sent.end)
        else:
            from rasd.extract.dates import find_dates
            from rasd.extract.mentions import attack_words_in
            got = (list(attack_words_in(doc, k)),
                   find_dates(doc.nt, doc.article.published, doc.toks[a][0], doc.toks[b - 1][1],
                              doc.toks[a:b], doc.lang))
        cache[k] = got
    return got


def next_told_day(doc: Doc, d: Draft, ev: "Event", place: Place | None = None) -> DateMention | None:
    """"قتل 12 شخصا في انفجار سيارة مفخخة. وقالت الوكالة إن الانفجار وقع صباح الأحد": the
    sentence right after a claim's, in its paragraph, names the claim's attack again as the one
    told (its first attack word, definite, of the same kind or a word for any attack: "الهجوم",
    "القصف") and tells the day it happened right after that word, in its clause. That day is
    the claim's attack's, whoever tells it; not where that sentence gives a figure of its own
    (a new count, a new event), turns to another matter, or the claim's sentence goes on to
    another attack of that kind. An attack word without the article takes it up too where its
    clause names the claim's own town (``place``) a few words on: "قتل 12 مدنيا في قصف على
    مدينة نوى. وأوضح المرصد أن قصفا عنيفا استهدف مساء الثلاثاء مدينة نوى"."""
    k = d.sentence + 1
    if ev.sentence != d.sentence or k >= len(doc.sents) \
            or doc.hits_in(k) or turns_to_another(doc, d.sentence, k) or not _names_a_kind(doc, ev):
        return None
    others = [e for e in doc.events_in(d.sentence) if e.root() is not ev.root() and e.role in _REFERRING_ROLES]
    if any(e.index > ev.index and e.type == ev.type for e in others):
        return None
    words, dates = _read_next(doc, k)
    ref = next((m for m in words if m.value[0] in _REFERRING_ROLES), None)
    # a word for any attack ("الهجوم") takes up the claim's only where its sentence tells no other
    if ref is None or not (ref.value[1] == ev.type or ref.value[0] == "open" and ref.value[1] != "other" and not others):
        return None
    before = [t[2] for t in doc.toks[max(0, ref.tok - 3):ref.tok]]
    if not doc.pack.is_definite(before, doc.toks[ref.tok][2], ref.start - doc.toks[ref.tok][0]) \
            and not _retold_at(doc, k, ref, place):
        return None  # "انفجار" alone: another blast
    stops = doc.clause_breaks(_EVENT_DAY_STOPS)
    limit = _published(doc)
    for dm in dates:
        t = doc.tok_index(dm.start)
        if t < ref.tok_end or t - ref.tok > _EVENT_DAY_REACH:
            continue
        if stops.find(1, ref.tok + 1, t + 1) >= 0:
            break
        if dm.span is None or dm.kind not in _ONE_DAY or not _one_day_or_two(dm) \
                or limit is not None and date.fromisoformat(dm.span.start) > limit:
            return None
        return dm
    return None


_RETOLD_REACH = 12  # words from an attack word to the claim's town its clause names again


def _retold_at(doc: Doc, k: int, ref, place: Place | None) -> bool:
    """Sentence ``k``'s attack word ``ref`` is told, in its clause and a few words on, of the
    claim's own town: the attack the claim told, told again."""
    if place is None or place.name is None or place.precision not in ("exact", "town", "district") \
            or place.span is None:
        return False
    name = norm(place.span.text)
    sent = doc.sents[k]
    stops = doc.clause_breaks(_EVENT_DAY_STOPS)
    end = min(ref.tok + _RETOLD_REACH, doc.sent_toks(sent)[1])
    cut = stops.find(1, ref.tok + 1, end)
    end = end if cut < 0 else cut
    if end <= ref.tok:
        return False
    return bool(name) and name in doc.text[doc.toks[ref.tok][0]:doc.toks[end - 1][1]]


_REFERRING_ROLES = frozenset({"event", "open"})  # attack words that may name an attack told before (not a weapon: "خبراء الأسلحة الكيماوية")


def day_told_just_before(doc: Doc, d: Draft, ev: "Event", place: Place, own_place: bool) -> DateMention | None:
    """"قتل الشيخ مع عشرات المصلين في انفجار في مسجد بدمشق أمس الخميس. وذكرت وسائل إعلام
    رسمية أن عدد قتلى الانفجار بلغ 42": a claim naming its attack again as the one just told (a
    definite word for a kind of attack, of that attack's kind, with no other attack of it
    between) takes the day the sentence right before dated that attack with, in the outlet's own
    telling (a claim of the outlet's dated in its own clause): the story's narration fixes the
    attack's day for whoever tells of it next (a claimant's day is its own report). Not where a
    matter opens between them, the claim's sentence counts over a period, that sentence tells
    the attack elsewhere than the claim's ``place``, or its claims on that attack give
    different days. Failing that, the day a sentence a little further back told the attack
    with (``_antecedent_day``). A verb of attacking the event layer took as telling an attack
    already told names it again too ("في الانفجار الذي استهدف سوقا في المدينة")."""
    k = d.sentence - 1
    if ev.sentence != d.sentence or not _names_a_kind(doc, ev if _anaphoric(doc, ev) else _verb_told_of(ev)):
        return None
    sent = doc.sents[d.sentence]
    if any(dm.kind in _PERIODS and not _one_day_or_two(dm) for dm in doc.dates_in(sent.start, sent.end)):
        return None
    found = _outlet_day_in(doc, k, ev, place, own_place) if k >= 0 and not turns_to_another(doc, k, d.sentence) \
        else None
    return found or _antecedent_day(doc, d, ev, place, own_place)


def _verb_told_of(ev: "Event") -> "Event | None":
    """The attack already told that a verb of attacking tells again, as the event layer took
    it ("الانفجار الذي استهدف سوقا في المدينة", its relative clause): it names its kind."""
    return ev.root() if ev.role == "verb" and ev.antecedent is not None else None


def _outlet_day_in(doc: Doc, k: int, ev: "Event", place: Place, own_place: bool,
                   inside: bool = False) -> DateMention | None:
    """The one day the outlet's own claims of sentence ``k`` on attack ``ev`` (or the one it
    names again) were dated with in their clause (``inside``: a sentence naming the town the
    claim's spot lies in tells it there)."""
    done = doc.scratch.get("frame.claims", {})
    root = ev.root()
    told = [done[id(x)] for x in doc.drafts if x.sentence == k and id(x) in done]
    told = [c for c in told if c.claimant == "outlet" and c.scope == "incident" and c.event is not None
            and c.date is not None
            and c.provenance.get("date") is not None and c.provenance["date"].source == "clause"
            and c.provenance["date"].span is not None
            and (doc.events[c.event] is root or _refers_back(doc, ev, doc.events[c.event]))]
    if not told or len({(c.date.start, c.date.end) for c in told}) != 1 \
            or _placed_elsewhere(doc, k, place, own_place) and not (inside and _names_town_of(doc, k, place)):
        return None
    span = told[0].provenance["date"].span
    prev = doc.sents[k]
    return next((dm for dm in doc.dates_in(prev.start, prev.end)
                 if dm.span is not None and doc.span(dm.start, dm.end).start == span.start), None)


def _own_time(doc: Doc, d: Draft, root: "Event | None" = None) -> bool:
    """The claim's sentence tells a time of its own, other than the day it was said or the
    day told with the attack it names again (``root``, when told there): "وجاء بعد ثلاثة أيام
    على اشتباكات ... أسفرت عن", "ويأتي الهجوم غداة خطف خمسة"."""
    sent = doc.sents[d.sentence]
    near = doc.hit_pos(d.hits[0])
    return any(not (on_reporting_verb(doc, d.attribution, dm.start, near) or said_on(doc, dm.start)
                    or _by_reporting_verb(doc, dm)
                    or root is not None and root.sentence == d.sentence and _told_with(doc, root, dm))
               for dm in doc.dates_in(sent.start, sent.end))


def _names_town_of(doc: Doc, si: int, place: Place) -> bool:
    """Sentence ``si`` names the town the claim's spot lies in ("انفجار في دمشق" for a mosque
    or a quarter of the city): a gazetteer code the spot's code extends."""
    code = place.pcode or ""
    sent = doc.sents[si]
    return ":" in code and any(p.place.pcode and code.startswith(p.place.pcode + ":")
                               for p in doc.places_in(sent.start, sent.end))


_ANTECEDENT_SENTENCES = 3  # how far back the sentence first telling an attack named again may be
# fighting told to rage on a day ("دارت اشتباكات ليل أمس", "المعارك التي تجري") may run
# on over days: a toll of it told later is not bound to that day, as a blast's or a raid's is
_FIGHTING = frozenset({"clashes"})


def _antecedent_day(doc: Doc, d: Draft, ev: "Event", place: Place, own_place: bool) -> DateMention | None:
    """"انفجرت سيارة مفخخة أمس قرب معبر حدودي ... وقال الوزير إن عدد قتلى التفجير الذي وقع على
    الحدود بلغ 15": a claim naming again (a definite word for a kind of
    attack) the attack a sentence a little before first told, and that the event layer took
    as the same, takes the day that sentence told the attack with: a day a few words from
    its word, in its phrase (``_told_with``), or the day the outlet's own claims on it there
    were dated with: a day the outlet told (the story's narration fixes the attack's day for
    whoever tells of it next), the claim's own claimant, or a speaker telling no toll in that
    sentence (it tells the attack, not a claim of its own), not another claimant. A definite
    word the event layer left unchained takes the attack of its kind told last before it,
    with no other of that kind between (``_refers_back``). Not for fighting (``_FIGHTING``),
    nor for what was done after the attack ("اعتقل خمسة بعد الانفجار": the word before it
    says only what came first), nor where the claim's sentence tells a time of its own,
    another matter opens between them, that sentence tells the attack elsewhere than the
    claim's ``place`` or names no place of the Syrian governorate the claim's own sentence
    places it in, or the day is not one day on or before publication."""
    root = ev.root()
    if root is ev and _anaphoric(doc, ev):
        # a definite word the event layer left unchained: the attack of its kind told last before it
        root = next((m for m in reversed(doc.events[:ev.index]) if m.type == ev.type and m.role != "weapon"), ev)
        root = root.root() if root is not ev and _refers_back(doc, ev, root.root()) else ev
    # (in the claim's own sentence, the attack the outlet told before naming the claimant:
    # "يوم الثلاثاء قصفت الطائرات مركزا ...، وقالت الحكومة إن الغارة أسفرت عن مقتل شخصين")
    before_claimant = root.sentence == d.sentence and 0 <= root.tok < d.attribution.tok < ev.tok
    if root is ev or root.role == "weapon" or root.type in _FIGHTING \
            or root.sentence > d.sentence or root.sentence == d.sentence and not before_claimant \
            or d.sentence - root.sentence > _ANTECEDENT_SENTENCES or _own_time(doc, d, root) \
            or ev.tok > 0 and doc.toks[ev.tok - 1][2] in doc.words("cause_time") \
            or turns_to_another(doc, root.sentence, d.sentence) \
            or _placed_elsewhere(doc, root.sentence, place, own_place) and not _names_town_of(doc, root.sentence, place):
        return None
    if own_place and place.governorate not in (UNKNOWN, ABROAD, IRAQ) \
            and place.governorate not in _governorates(doc, root.sentence):
        return None  # "في ريف حمص، قتل أربعة ... في قرية تتعرض للقصف": not the shelling told elsewhere
    found = claim_date(doc, doc.sents[root.sentence], root.start, "incident")
    if found is None or not _told_with(doc, root, found):
        return _outlet_day_in(doc, root.sentence, ev, place, own_place, inside=True)
    if found.span is None or found.kind not in _ONE_DAY or not _one_day_or_two(found):
        return None
    teller = speaker_at(doc, root.sentence, doc.tok_index(found.start))
    # another claimant's day is not this claimant's (codebook); a speaker telling the attack
    # with no toll there ("قال مسؤول معارض إن التفجير الذي وقع على الحدود أمس استهدف قافلة")
    # makes no claim whose day could differ: it dates the attack for whoever counts its dead
    if teller is not None and teller.claimant != "outlet" and doc.hits_in(root.sentence) \
            and not _same_speaker(doc, root.sentence, d.attribution, doc.tok_index(found.start)):
        return None
    limit = _published(doc)
    return None if limit is not None and date.fromisoformat(found.span.start) > limit else found


_ROUNDUP_SENTENCES = 3  # how far back a day's toll still dates the counts that break it down


def roundup_day(doc: Doc, d: Draft, place: Place, d_figures: list) -> DateMention | None:
    """"لقي 82 شخصا مصرعهم في مختلف المناطق، الجمعة، بحسب لجان التنسيق. وكانت الحصيلة الأعلى
    بدمشق حيث سقط 30 قتيلا": the counts told right after a day's toll over the country (a total
    of one day, dated in its own clause, placed at no town or governorate), with no day or
    period of their own, are that day's, told by the same claimant or by the outlet going on
    with its report. Not where a matter opens between them or a sentence with counts of its
    own lies between (a region's toll of a day is a campaign's: "400 مدني في خمسة أيام")."""
    sent = doc.sents[d.sentence]
    if doc.dates_in(sent.start, sent.end):
        return None  # a day, period, month or year of its own, read or left for a reason
    done = doc.scratch.get("frame.claims", {})
    # sentences between whose every count is dated to one day, the same for all, break the toll
    # down too ("وقتل 30 في سلسلة تفجيرات أول من أمس. واستهدف أكثر الهجمات دموية ... حيث قتل
    # 19 ... كما انفجرت سيارة ... ما أدى إلى مقتل أربعة. وقتل ثلاثة ... في تفجير سيارة"): they
    # do not count against the reach, and the toll must be of their day
    parts: set[tuple[str, str]] = set()
    k, reach = d.sentence - 1, _ROUNDUP_SENTENCES
    while k >= 0 and reach > 0:
        if turns_to_another(doc, k, d.sentence):
            return None
        told = [done[id(x)] for x in doc.drafts if x.sentence == k and id(x) in done]
        totals = [c for c in told if c.scope == "cumulative" and c.date is not None
                  and c.date.start == c.date.end and c.provenance.get("date") is not None
                  and c.provenance["date"].source == "clause" and c.provenance["date"].span is not None
                  and c.place.precision in ("country", "unknown")
                  and (d.attribution.claimant == "outlet" or c.claimant == d.attribution.claimant
                       and (c.claimant != "other" or _same_name(doc, c.claimant_text or "", d.attribution.text or "")))]
        if not totals:
            if doc.hits_in(k):
                if not told or any(c.scope != "incident" or c.date is None or c.date.start != c.date.end
                                   for c in told):
                    return None  # counts of another report between
                parts |= {(c.date.start, c.date.end) for c in told}
            else:
                reach -= 1
            k -= 1
            continue
        total = totals[0]
        if parts and parts != {(total.date.start, total.date.end)}:
            return None
        if place.governorate in (ABROAD, IRAQ) and place.governorate != total.place.governorate:
            return None  # a count abroad, after a day's toll at home (a digest of stories)
        # the sentence's counts, together, are no more than the day's toll: more are no part of
        # it ("الإفراج عن 160 ألف معتقل"; "بواقع 80 في حلب و25 في إدلب" after 90 dead)
        told_here = sum(max((h.figure.low or 0 for h in x.hits if h.recorded), default=0)
                        for x in doc.drafts if x.sentence == d.sentence)
        if max(told_here, max((f.low or 0 for f in d_figures), default=0)) \
                > max((f.low or 0 for f in total.figures), default=0):
            return None
        span = total.provenance["date"].span
        prev = doc.sents[k]
        return next((dm for dm in doc.dates_in(prev.start, prev.end)
                     if dm.span is not None and doc.span(dm.start, dm.end).start == span.start), None)
    return None


def continued_report(doc: Doc, d: Draft, c: Claim, told: list[Claim]) -> Claim | None:
    """"ومنذ صباح الاثنين واصلت حصيلة القصف الارتفاع لتصل إلى 77 قتيلا، وفق ما قال مدير المرصد.
    وأوقع القصف أيضا أكثر من 300 جريح": an unattributed sentence going on, in the same paragraph,
    from a claimant's report told in the sentence right before belongs to that claimant (codebook:
    "an unattributed sentence that continues a claimant's list in the same paragraph belongs to
    that claimant"), and so does the day that report was dated with in its own clause, where the
    sentence names no attack but as one already told (a definite word: an indefinite one tells
    another), and after a total only where it names its attacks so ("وأوقع القصف أيضا"). Not where
    the claim's sentence names any time of its own (a day, a period, "قبل أيام", or a day someone
    spoke), opens another matter, is placed in another governorate, or the report before gives
    its claims different days or a span of more than a night's two. ``told``: the claims of the
    sentence right before. The report whose day it is (all of ``told`` share it), or None.
    (The caller asks only of an undated incident claim in the outlet's voice.)"""
    if not told:
        return None
    k = d.sentence - 1
    if k < 0 or doc.sents[k].paragraph != doc.sents[d.sentence].paragraph \
            or turns_to_another(doc, k, d.sentence):
        return None
    sent = doc.sents[d.sentence]
    if doc.dates_in(sent.start, sent.end):
        return None
    dated = [o for o in told if o.claimant != "outlet" and o.date is not None]
    if not dated or len(dated) != len(told) or len({(o.date.start, o.date.end) for o in dated}) != 1:
        return None
    o = dated[0]
    p = o.provenance.get("date")
    if p is None or p.source != "clause" or p.span is None \
            or (date.fromisoformat(o.date.end) - date.fromisoformat(o.date.start)).days > _LATELY_DAYS:
        return None
    if c.place.governorate not in (UNKNOWN, o.place.governorate) and o.place.governorate != UNKNOWN:
        return None
    evs = [ev for ev in doc.events_in(d.sentence) if ev.role in _REFERRING_ROLES and _names_a_kind(doc, ev)]
    if any(not _anaphoric(doc, ev) for ev in evs):
        return None  # "وقتل ثلاثة في تفجير سيارة": another attack
    if not evs and any(x.scope != "incident" for x in dated):
        return None  # after a day's total, only the attacks it counts named again ("وأوقع القصف أيضا")
    return o
