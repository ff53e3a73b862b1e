"""Scope of one claim: a toll for one attack or place (``incident``), or a total over places
or a period (``cumulative``, codebook "Scope")."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from itertools import compress
from typing import Callable

from rasd.core.models import Figure
from rasd.core.vocab import HOME_COUNTRY
from rasd.text.normalize import norm
from rasd.extract.doc import Doc, Draft
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.extract.places import PlaceMention, gazetteer
from rasd.extract.events import _CLAUSE_STOP, _breaks, _clause_end, attach, tied_as_subject, tied_event
from rasd.text.segment import Sentence

_CUE_REACH = 120  # characters around the figure within which a scope cue applies
# Tolls of single strikes or battles in this war are rarely in the hundreds; a death toll
# that large is almost always a total over days or places, unless its clause ties it to one
# attack ("لقي 200 جندي مصرعهم في المعركة التي ...").
_CUMULATIVE_TOLL = 150
# No one attack in this war killed tens of thousands: a toll that large is the war's, whatever
# its clause names ("الصراع الذي أسفر عن سقوط 70 ألف قتيل").
_WAR_TOLL = 10000
_GOVERNORATES_OF_A_TOTAL = 3  # "معظمهم في حلب ودير الزور وحمص"
# A fight or siege in one town may run a night and a day or two ("اشتباكات مستمرة منذ ليل
# أمس في المدينة", "خطفت بين الاثنين واليوم ... في قرية قاح"): a toll over so short a window
# in one town is that one event's, not a total over days.
_BRIEF_DAYS = 2
_ONE_ACT_KINDS = ("detained", "missing")
_VAGUE_MANY = ("dozens", "hundreds", "thousands")
_RAID_TYPES = ("airstrike", "shelling")  # raids that come in many strikes over days
_TOWN_LEVELS = ("town", "subdistrict", "neighbourhood", "landmark", "unlisted")


def war_toll(figures: list[Figure]) -> bool:
    """Thousands dead: a war's toll, never one town's day."""
    for f in figures:  # (asked several times per claim: a loop, no generator)
        if f.qualifier == "thousands" or f.kind == "killed" and (f.low or 0) >= _WAR_TOLL:
            return True
    return False


def draft_scope(doc: Doc, d: Draft) -> tuple[str, str]:
    """The scope of a draft's claim and the rule that decided it, read once per draft (the
    claim's frame and a later sentence asking back whether this one is a total share it)."""
    memo: dict[int, tuple[str, str]] = doc.scratch.setdefault("scope.drafts", {})
    got = memo.get(id(d))
    if got is None:
        memo[id(d)] = ("incident", "")  # (while it is read: no loop back to it)
        got = memo[id(d)] = scope_reason(doc, doc.sents[d.sentence], [h.figure for h in d.hits if h.recorded],
                                         doc.hit_pos(d.hits[0]), d)
        if got[1] == "default" and (x := _joined_to(doc, d)) is not None and (
                xs := draft_scope(doc, x))[0] == "cumulative" and xs[1] not in _BY_SIZE:
            got = memo[id(d)] = ("cumulative", "joined")
    return got


# rules that read a total from the size of its own count, which says nothing of a smaller count
# joined to it ("مقتل نحو 250 شخصا من السكان و63 مسلحا من التنظيم")
_BY_SIZE = ("large", "thousands")


def _joined_to(doc: Doc, d: Draft) -> Draft | None:
    """The draft of the same sentence and claimant whose figures this one's are joined to by
    "و" with nothing of their own between ("قتل 234 من عناصر التنظيم، و116 من قوات النظام",
    "عن استشهاد 30 من الجبهة ... ومقتل 100 من عناصر الجيش", "أسفرت عن مقتل 4844 ... إضافة إلى
    26 ألف جريح"): no place, day or count between them, and no town of their own after (a
    share placed in its town is that town's: "و5 في بلدة ..."); they are counted over the
    same span: the counts joined to a total told by its words (a window, a period, a cue) are
    totals too, where no rule of their own told otherwise."""
    h = d.hits[0]
    prev = [x for x in doc.drafts if x.sentence == d.sentence and x is not d and x.hits
            and x.hits[-1].tok_end <= h.tok_start and x.attribution.claimant == d.attribution.claimant]
    if not prev:
        return None
    x = max(prev, key=lambda y: y.hits[-1].tok_end)
    a = x.hits[-1].tok_end
    if any(a <= y.tok_start < h.tok_start for y in doc.hits_in(d.sentence)):
        return None
    # joined by "و" on the count or the word right before it ("و116", "ومقتل 100"), or by
    # "besides" ending right before it ("إضافة إلى 26 ألف جريح")
    besides = figure_lexicons(doc.lang).besides
    if not (doc.conj_glued(h.tok_start) or a < h.tok_start and doc.conj_glued(h.tok_start - 1)
            or any((m := besides.match_at(doc.toks, t)) is not None and t + m[1] == h.tok_start
                   for t in range(max(a, h.tok_start - 3), h.tok_start))):
        return None
    lo, hi = doc.toks[a - 1][1], doc.toks[h.tok_start][0]
    if doc.places_in(lo, hi) or doc.dates_in(lo, hi):
        return None
    end = _clause_end(doc, h.tok_end - 1, len(doc.toks))
    if any(p.level in _TOWN_LEVELS for p in doc.places_in(doc.toks[h.tok_start][0], doc.toks[end - 1][1])):
        return None
    return x


def scope_reason(doc: Doc, sent: Sentence, figures: list[Figure], near: int,
                 d: Draft | None = None) -> tuple[str, str]:
    """The scope and the rule that decided it (for reading errors)."""
    # a cue counts near the figures it qualifies, not anywhere in a long sentence
    lo, hi = max(sent.start, near - _CUE_REACH), min(sent.end, near + _CUE_REACH)
    in_sent = doc.places_in(sent.start, sent.end)
    towns = [p for p in in_sent if p.level not in ("country", "governorate")]
    # (a monitor's count names its town near it: "وثقت مقتل 90 ... وأشارت إلى أن المقاتلين أسقطوا
    # طائرة في حمص" puts no town to the count a clause or two later)
    near_towns = [p for p in towns if lo <= p.start < hi]
    # "وتزايدت الهجمات منذ مطلع العام، وكان أبرزها الهجوم على المتحف الذي أدى إلى مقتل 22":
    # a toll its clause ties to one attack is that attack's, whatever wider story the
    # sentence tells around it (its periods, its other places)
    one: list[bool] = []  # read only when such a story is told

    def tied_to_one() -> bool:
        if not one:
            one.append(d is not None and tied_to_one_attack(doc, d))
        return one[0]

    named: list[bool] = []  # whether the sentence names a town of its own: asked by several rules, read once

    def town_named() -> bool:
        if not named:
            named.append(_town_named(doc, towns))
        return named[0]

    cue = next((c for c in doc.scope_cues.between(lo, hi)
                # "وثقت الشبكة مقتل 8 أطفال": a monitor's count is a total unless it names its
                # town; so is a toll of raids on "several villages" ("places") of a region
                # ("عدة قرى في ريف حماة") unless one village is named
                if (c.value not in ("ongoing", "so_far") and (
                    c.value in ("cumulative", "nationwide") or not near_towns
                    or c.value == "places" and not any(p.level in _TOWN_LEVELS for p in near_towns))
                # "قتل 400 شخص في القصف المتواصل على الغوطة": a toll of fighting that goes on
                # is the campaign's so far, unless "since" says since when (a window of days
                # or a night, read by the rules after) or the sentence names its one town
                or c.value == "ongoing" and not _since_after(doc, c.tok_end)
                and not any(p.level in _TOWN_LEVELS for p in towns)
                # "معارك في وسط المدينة أوقعت حتى الآن 25 قتيلا": so far, of one fight
                or c.value == "so_far" and not (d is not None and _so_far_of_one(doc, d)))
                # ("الحصيلة الأعلى منذ بدء الحملة": a ranking, no window)
                and not _ranked_since(doc, c.tok) and not _singled_out(doc, c.tok, d)
                # "وثق المرصد استشهاد 35 مقاتلا خلال تلك الاشتباكات": a monitor's count of
                # the one fight told before
                and not (c.value == "documents" and d is not None and _of_the_attack_told(doc, d))), None)
    if cue is not None and not tied_to_one():
        return "cumulative", "cue:" + cue.value
    if _long_window(doc, lo, hi) and not tied_to_one():
        return "cumulative", "window"
    # "قتل 500 مدني بعد أسبوع من القصف على الغوطة": a toll of days of fighting over a region,
    # unless the sentence names its one town (a siege or a battle for one town is that
    # town's: "سيطروا على البلدة بعد أيام من القتال قتل فيها 150 جنديا")
    if not town_named() and _span_of_fighting(doc, lo, hi) and not tied_to_one():
        return "cumulative", "window"
    periods = [dm for dm in doc.dates_in(lo, hi) if dm.cumulative and not _ranked_since(doc, doc.tok_index(dm.start))
               and not _singled_out(doc, doc.tok_index(dm.start), d)
               and not _period_of_other_clause(doc, d, doc.tok_index(dm.start))]
    if periods and not (all(_brief(dm) for dm in periods) and _one_town(in_sent)) and not tied_to_one():
        return "cumulative", "period"
    if war_toll(figures):
        return "cumulative", "thousands"
    if d is not None and not town_named() and _total_told_before(doc, d) and not tied_to_one():
        return "cumulative", "before"
    if d is not None and not town_named() and _listed_after_total(doc, d) and not tied_to_one():
        return "cumulative", "listed"
    if _governorates(in_sent) >= _GOVERNORATES_OF_A_TOTAL and not tied_to_one() and not (
            d is not None and _own_attack_and_town(doc, d)) and not (
            # a long roundup sentence tells many places' events, each with its own toll: one
            # that names its own town near it (not a city that stands for its governorate in
            # a roundup: "و19 في حمص"), and fewer governorates there, is that town's
            _town_named(doc, _not_seats(near_towns))
            and _governorates(p for p in in_sent if lo <= p.start < hi) < _GOVERNORATES_OF_A_TOTAL):
        return "cumulative", "governorates"
    if d is not None and governorate_total(doc, sent, d) is not None:
        return "cumulative", "governorate"
    if d is not None and _shared_out(doc, d):
        return "cumulative", "shared"
    if d is not None and _share_placed(doc, d) and not tied_to_one():
        return "cumulative", "shared"
    # "قتل 40 شخصا في سوريا": a toll placed nowhere finer than the country is the country's
    # (not in English wire copy, which places every story in its country first: "an air
    # strike in northwestern Syria killed 10")
    # ... unless its sentence tells the attack that caused it: "أسفرت الغارات التركية على
    # مواقع في سوريا عن مقتل 9" is one raid placed only by its country
    # A kidnapping or a disappearance is done to one group at one time ("خطفت جبهة النصرة،
    # ذراع القاعدة في سوريا، خمسة مقاتلين"): the country names no area it adds up over
    # ("عشرات المعتقلين" is rather a count of those held).
    # Nor is a handful counted exactly ("مقتل ثلاثة من جنودها في سوريا", "توفي مراسل عمل في
    # سوريا"): a country's toll runs to tens; nor a toll whose sentence names another country
    # beside it ("امتد النزاع في سوريا إلى العراق حيث قتل 30 جنديا"): it may be that country's.
    if in_sent and doc.pack.setting("country_place_is_total", "1") == "1" and all(p.level == "country" for p in in_sent) and any(
            p.country == HOME_COUNTRY and lo <= p.start < hi for p in in_sent) and not (
            d is not None and _attack_told(doc, d)) and not all(
            f.kind in _ONE_ACT_KINDS and f.qualifier not in _VAGUE_MANY for f in figures) and not _handful(
            figures) and not any(p.level == "country" and p.country != HOME_COUNTRY for p in in_sent):
        return "cumulative", "country"
    # ... and one a clause ties to raids told in the plural, over an area no town of it named
    # ("أسفرت الغارات الجوية على مناطق الغوطة الشرقية عن مقتل 976"), adds them up
    if any(f.kind == "killed" and (f.low or 0) >= _CUMULATIVE_TOLL for f in figures) and not (
            d is not None and _one_attack_of_large(doc, d) and (
                town_named() or not _tied_to_many(doc, d))) and not (
            d is not None and _one_gas_attack(doc, d)) and not (
            d is not None and _gas_attack_told_before(doc, d)) and not (
            d is not None and _one_day_told(doc, sent, d)):
        return "cumulative", "large"
    return "incident", "default"


def _governorates(places) -> int:
    """How many of the home country's governorates ``places`` name."""
    return len({p.place.governorate for p in places if p.country == HOME_COUNTRY and p.place.governorate != "unknown"})


def _not_seats(towns: list[PlaceMention]) -> list[PlaceMention]:
    """The towns but the cities named as their governorate is ("حلب", "حمص")."""
    govs = gazetteer().gov_entry
    return [p for p in towns if not (p.place.governorate in govs and p.place.name
                                     and norm(govs[p.place.governorate].name) == norm(p.place.name))]


_HANDFUL = 10  # an exact count below this is one event's, never a country's total


def _handful(figures: list[Figure]) -> bool:
    """Every figure is an exact count of fewer than ``_HANDFUL`` ("جنديين", "صحفي")."""
    return bool(figures) and all(f.qualifier == "exact" and f.low and (f.high or f.low) < _HANDFUL for f in figures)


def _one_attack_of_large(doc: Doc, d: Draft) -> bool:
    """A large toll tied to one attack in its clause. An attack that is the subject of the
    figure's verb ("the gas attack near the capital killed 1,400") is one only where its
    clause places it finer than the country: "US-led strikes kill over 900 in Syria" is a
    campaign's toll."""
    e = tied_event(doc, d)
    if e is None:
        return False
    if not tied_as_subject(doc, d, e):
        return True
    end = _clause_end(doc, max(x.tok_end for x in d.hits) - 1, len(doc.toks))
    return any(p.level != "country" for p in doc.places_in(doc.toks[e.tok][0], doc.toks[end - 1][1]))


_ONE_DAY_KINDS = ("weekday", "relative_day", "absolute")


def _one_day_told(doc: Doc, sent: Sentence, d: Draft) -> bool:
    """Where the language says so (``large_toll_one_day``): a large toll whose sentence, up to
    the end of the figures' clause, names the one day it fell on ("the army killed 175 ISIS
    terrorists on Sunday", "160 civilians were killed in a series of strikes around dawn
    Tuesday") is that day's fighting in one place, not a total over days (a period or a
    count since a day is read as such before this)."""
    if doc.pack.setting("large_toll_one_day", "0") != "1" or any(
            h.figure.qualifier in _VAGUE_MANY for h in d.hits if h.recorded):
        return False  # ("hundreds were killed as jets pounded the city on Monday": a campaign's)
    q = d.hits[0].tok_start
    rise = figure_lexicons(doc.lang).toll_rise
    if any((m := rise.match_at(doc.toks, t)) is not None and t + m[1] == q for t in range(max(0, q - 3), q)):
        return False  # "the death toll reached 330 overnight": a running total, whatever day it rose
    end = _clause_end(doc, max(h.tok_end for h in d.hits) - 1, len(doc.toks))
    hi = doc.toks[end - 1][1] if end > 0 else sent.end
    told = doc.dates_in(sent.start, min(hi, sent.end))
    # ... one day only ("from Friday March 27 to Friday April 10" names two: a period)
    return len({(dm.span.start, dm.span.end) if dm.span else None for dm in told}) == 1 and all(
        dm.kind in _ONE_DAY_KINDS and not dm.cumulative and dm.span is not None
        and dm.span.start == dm.span.end for dm in told)


def _so_far_of_one(doc: Doc, d: Draft) -> bool:
    """A toll "so far" its clause ties to one fight or blast ("الاشتباكات التي اندلعت قبل 3
    أيام أدت حتى الآن إلى مقتل 7"): that event's toll while it is counted, not a total; not
    one tied to an offensive ("تسبب الهجوم حتى الآن بمقتل")."""
    e = tied_event(doc, d)
    return e is not None and doc.words("offensive_noun").isdisjoint(
        form for form, _ in doc.pack.token_forms(doc.toks[e.tok][2]))


def _one_gas_attack(doc: Doc, d: Draft) -> bool:
    """The only attack the sentence tells is one gas attack ("هجوما كيماويا على دوما، السبت،
    أودى بحياة 150", "القصف الكيماوي الذي شهدته الغوطة عام 2013، وأدى إلى مقتل نحو 1400"): a
    gas attack is one barrage on one place, however many it killed and however far from its
    toll the sentence names it; not gas attacks in the plural ("الهجمات الكيمياوية")."""
    evs = [e for e in doc.events_in(d.sentence) if e.type != "other"]
    many = doc.words("many_attacks")
    # (told as gas in the sentence itself: "الهجوم على إدلب" that only takes its type from gas
    # named sentences before may be an offensive's)
    return any(e.typed_by in ("word", "modifier") for e in evs) and all(e.type == "chemical" for e in evs) \
        and not any(form in many for e in evs for form, _ in doc.pack.token_forms(doc.toks[e.tok][2]))


def _gas_attack_told_before(doc: Doc, d: Draft) -> bool:
    """A toll told in a sentence that names no attack, no place and no day of its own, in a
    story of one gas attack told before it (its lead or its paragraph's: "هجوم كيميائي على
    مدينة دوما" ... "أشارت إلى تجاوز عدد الضحايا 150 شخصا", "ترجح أعدادا قد تصل إلى 180
    ضحية"): that attack's toll told again, however large (as ``_one_gas_attack``)."""
    sent = doc.sents[d.sentence]
    if doc.events_in(d.sentence) or doc.places_in(sent.start, sent.end) or doc.dates_in(sent.start, sent.end):
        return False
    e = attach(doc, d).event
    return e is not None and e.type == "chemical" and e.typed_by in ("word", "modifier") \
        and doc.words("many_attacks").isdisjoint(form for form, _ in doc.pack.token_forms(doc.toks[e.tok][2]))


_SHARES = 2  # counts after a total that share it out place by place


def _shared_out(doc: Doc, d: Draft) -> bool:
    """A total its sentence goes on to share out place by place ("قتل 40 شخصا، 12 منهم في
    سرمين و10 في أريحا و18 في بنش"): at least two later counts of the same kind and group,
    adding up to no more than it, and at least two places named after it. The total adds up
    several places; each share is its own place's."""
    h = next((x for x in d.hits if not x.subcount and x.figure.low), None)
    if h is None:
        return False
    f = h.figure
    shares = [x for x in doc.hits_in(d.sentence) if x.tok_start >= h.tok_end and x.figure.kind == f.kind
              and x.figure.group == f.group and x.figure.low]
    if len(shares) < _SHARES or sum(x.figure.low for x in shares) > f.low:
        return False
    sent = doc.sents[d.sentence]
    # the total names no town of its own before its shares ("سقط 20 قتيلا في بلدة معرة مصرين،
    # كما سقط 6 في دارة عزة" is two towns' tolls)
    if any(p.level in _TOWN_LEVELS for p in doc.places_in(doc.toks[h.tok_end - 1][1], doc.toks[shares[0].tok_start][0])):
        return False
    after = doc.places_in(doc.toks[h.tok_end - 1][1], sent.end)
    return len({p.place.name for p in after if p.level != "country"}) >= _SHARES


_SHARE_TO_PLACE = 2  # words from a share to the place it is told of ("منهم 36 سقطوا في دمشق")


def _share_placed(doc: Doc, d: Draft) -> bool:
    """A total one share of which, "of whom" ("منهم", "بينهم"), is told in a place of its own
    ("قتل 20 شخصا الأربعاء، بينهم 11 في مدينة درعا", "133 قتيلا، منهم 36 سقطوا في دمشق"): the
    total adds up more places than that one, unless it names a place of its own before the
    share (its country aside: "قتل 31 في قصف على مدينة حلب بينهم 14 في حي ..." is one town's).
    The share is of the total's kind and of its group or none ("29 مدنيا، من بينهم 17 شخصا")."""
    h = next((x for x in d.hits if not x.subcount and x.figure.low), None)
    if h is None:
        return False
    f = h.figure
    sent = doc.sents[d.sentence]
    in_place = doc.words("in_place")
    for x in doc.hits_in(d.sentence):
        if x.tok_start < h.tok_end or not x.subcount or x.figure.kind != f.kind or not x.figure.low \
                or x.figure.low >= f.low or x.figure.group not in (f.group, "unspecified"):
            continue
        for p in doc.places_in(doc.toks[x.tok_end - 1][1], sent.end):
            t = doc.tok_index(p.start)
            if p.level == "country" or t - x.tok_end > _SHARE_TO_PLACE:
                break
            # (not the place of an attack told after the share: "بينهم ضابطان جراء استهدافهم في")
            if not any(doc.toks[k][2] in in_place for k in range(x.tok_end, t)) or any(
                    x.tok_end <= e.tok < t for e in doc.events_in(d.sentence)):
                break
            return not any(q.level != "country" for q in doc.places_in(sent.start, doc.toks[x.tok_start][0]))
        return False
    return False


def _attack_told(doc: Doc, d: Draft) -> bool:
    """The draft's sentence names a kind of attack ("غارة", "قصفت", "الهجوم الانتحاري"); a
    word naming none ("عمليات", "استهدف", "أعمال عنف") does not count."""
    return any(e.type != "other" for e in doc.events_in(d.sentence))


def governorate_total(doc: Doc, sent: Sentence, d: Draft) -> PlaceMention | None:
    """The toll is placed by a governorate named as one and nothing finer, either as the frame
    its sentence opens with ("وفي محافظة حلب، قتل تسعة رجال", as roundups share a day's toll
    out) or as what the attacks of its clause hit ("قتل 28 مدنيا في غارات على محافظة درعا").
    "في محافظة" after a target ("قاعدة عسكرية في محافظة حمص") only says where that lies, and
    one raid on a governorate ("غارة جوية على محافظة اللاذقية") is one attack. A region the
    gazetteer lists ("الغوطة الشرقية") is such a place too when plural raids hit it
    ("قتل 94 مدنيا في الغارات على الغوطة الشرقية")."""
    nouns = doc.words("governorate_noun")
    if not nouns:
        return None
    h = d.hits[0]
    f0, f1 = h.tok_start, h.tok_end
    areas = [p for p in doc.places_in(sent.start, sent.end) if doc.tok_index(p.start) > 0 and (
        p.level == "governorate" and doc.toks[doc.tok_index(p.start)][2] in nouns
        or p.level == "district" and p.country == HOME_COUNTRY and p.candidates)]
    govs = [p for p in areas if p.level == "governorate"]
    for p in areas:
        t = doc.tok_index(p.start)
        before = doc.toks[t - 1][2]
        if p.level == "district" and t < f1:
            continue  # a region frames a roundup only as a governorate does
        if t >= f1:  # after the figure: what the attacks of its clause hit
            if before not in doc.words("attack_on") or _breaks(doc, f1, t) or _attack_word(
                    doc, d, f1, t, "one_attack") or p.level == "district" and not _attack_word(doc, d, f1, t, "many_attacks"):
                continue
            stretch = doc.toks[f0][0], doc.toks[_clause_end(doc, f1 - 1, len(doc.toks)) - 1][1]
        elif p.level == "governorate" and before in doc.words("attack_on") and not _breaks(doc, t, f0) \
                and not any(t < x.tok_start < f0 for x in doc.hits_in(d.sentence)) \
                and not _attack_word(doc, d, doc.tok_index(sent.start), t, "one_attack"):
            # "أدى القصف على محافظة درعا إلى مقتل 25": what the attacks hit, told before the
            # toll they caused in the same clause (one raid on it is still one attack)
            stretch = sent.start, doc.toks[_clause_end(doc, f1 - 1, len(doc.toks)) - 1][1]
        else:  # before it: the frame its sentence (or a part of it) opens with, up to the next
            frame = doc.words("frame_in")
            opens = t - 1 == doc.tok_index(sent.start) or doc.clause_breaks(_CLAUSE_STOP)[t - 1]
            if (not (before in frame or before[:1] in "وف" and before[1:] in frame) or not opens
                    or any(t < x.tok_start < f0 for x in doc.hits_in(d.sentence))):
                continue
            nxt = next((q.start for q in govs if q.start > doc.toks[f1 - 1][1]), sent.end)
            stretch = sent.start, nxt
        if all(q is p or q.level in ("country", "governorate") for q in doc.places_in(*stretch)):
            return p
        return None
    return None


def _own_attack_and_town(doc: Doc, d: Draft) -> bool:
    """The figures' own clause ties them to an attack and names its town: a sentence that
    shares a toll out attack by attack ("مقتل 11 جراء استهداف مبنى في مدينة الميادين، بينما
    قتل 29 في استهداف معسكر قرب مدينة الطبقة") names many governorates, but each of its
    figures is one attack's."""
    e = tied_event(doc, d)
    # clashes "في اشتباكات" over many governorates are many fights, and hundreds dead many attacks
    if e is None or e.type == "clashes" or any((x.figure.low or 0) >= _CUMULATIVE_TOLL for x in d.hits):
        return False
    h = d.hits[0]
    a, b = min(h.tok_start, e.tok), max(h.tok_end, e.tok_end)
    breaks = doc.clause_breaks(_CLAUSE_STOP)
    start = breaks.rfind(1, 0, a + 1)
    end = _clause_end(doc, b - 1, len(doc.toks))
    lo = doc.toks[max(start, 0)][0]
    return any(p.level in _TOWN_LEVELS for p in doc.places_in(lo, doc.toks[end - 1][1]))


def _attack_word(doc: Doc, d: Draft, f1: int, t: int, role: str) -> bool:
    """The attack told between tokens ``f1`` and ``t`` (the figure and the place it hit, or the
    sentence's start and that place) is named by a word of ``role`` ("one_attack": "في غارة
    جوية على"; "many_attacks": "في الغارات على")."""
    words = doc.words(role)
    evs = [e for e in doc.events_in(d.sentence) if f1 <= e.tok < t]
    return bool(evs) and any(form in words for form, _ in doc.pack.token_forms(doc.toks[evs[-1].tok][2]))


_COUNTS: dict[int, dict[str, int]] = {}


def _counts(doc: Doc) -> dict[str, int]:
    """Number words written as one word ("ثلاثة", "عشرة") and their values."""
    counts = _COUNTS.get(id(doc.pack))
    if counts is None:
        counts = _COUNTS[id(doc.pack)] = {norm(r[2]): int(r[1]) for r in doc.pack.rows("numbers")
                                          if len(r) >= 3 and r[0] in ("unit", "ten") and " " not in r[2].strip()}
    return counts


def _town_named(doc: Doc, towns: list[PlaceMention]) -> bool:
    """A town the sentence places things in, not one that only says where a region lies
    ("الغوطة الشرقية قرب دمشق": a word of nearness or direction before it)."""
    near, toks = doc.words("landmark_before"), doc.toks
    for p in towns:
        if p.level in _TOWN_LEVELS:
            t = doc.tok_index(p.start)
            # (the two words before it, read inline: asked of every town of every claim's sentence)
            if not (t >= 1 and toks[t - 1][2] in near or t >= 2 and toks[t - 2][2] in near):
                return True
    return False


def _span_of_fighting(doc: Doc, lo: int, hi: int) -> bool:
    """A span longer than ``_BRIEF_DAYS`` "of" fighting told near the figures, whatever word
    leads it ("بعد أسبوع من القصف", "في خمسة أيام من الغارات", "بعد أيام من القتال"); a span
    "of" one attack only says how long ago it was ("بعد 3 أيام من هجوم")."""
    of, activity = doc.words("window_of"), doc.words("window_activity")
    if not of or not activity:
        return False
    hours, long_, days = doc.words("duration_hours"), doc.words("duration_long"), doc.words("duration_counted")
    a, b = doc.tok_index(lo), doc.tok_index(max(lo, hi - 1))
    for t in range(a, min(b + 1, len(doc.toks) - 2)):
        w = doc.toks[t][2]
        if (w in days or w in long_) and doc.toks[t + 1][2] in of and doc.toks[t + 2][2] in activity:
            # its count, if any, stands right before the unit; a plural unit alone ("أيام",
            # "أسابيع") counts more than two
            prev = doc.toks[t - 1][2] if t > 0 else ""
            n = int(prev) if prev.isdecimal() else _counts(doc).get(prev)
            if w in long_ or n is None and w not in hours or n is not None and (
                    n > 24 * _BRIEF_DAYS if w in hours else n > _BRIEF_DAYS):
                return True
    return False


_WINDOW_OPENERS: dict[str, Callable[[str], bool]] = {}  # language -> ``_window_opener``


def _window_opener(lang: str, lead: frozenset[str], since: frozenset[str]) -> Callable[[str], bool]:
    """Whether a word may open a counted span ("خلال", "وخلال", "منذ"), remembered per word."""
    got = _WINDOW_OPENERS.get(lang)
    if got is None:
        got = _WINDOW_OPENERS[lang] = lru_cache(maxsize=1 << 16)(
            lambda w: w in lead or w[1:] in lead or w in since)
    return got


def _long_window(doc: Doc, lo: int, hi: int) -> bool:
    """A counted span longer than ``_BRIEF_DAYS`` told near the figures ("خلال 12 يوما من
    القصف", "على مدى ثلاثة أيام", "طيلة أسبوع", "المعارك المستمرة منذ عشرة أيام"): a toll
    over that many days adds them up."""
    lead, skip = doc.words("window_lead"), doc.words("window_skip")
    if not lead:
        return False
    counts = _counts(doc)
    hours, long_, days = doc.words("duration_hours"), doc.words("duration_long"), doc.words("duration_counted")
    since, ongoing = doc.words("window_since"), doc.words("window_ongoing")
    a, b = doc.tok_index(lo), doc.tok_index(max(lo, hi - 1))
    # only the words that may open a span are read (picked out in C, a test remembered per word)
    opens = _window_opener(doc.lang, lead, since)
    end = min(b + 1, len(doc.toks))
    for t in compress(range(a, end), map(opens, doc.tok_words[a:end])):
        w = doc.toks[t][2]
        if w not in lead and w[1:] not in lead and not (
                w in since and t > 0 and doc.toks[t - 1][2] in ongoing):
            continue
        j = t + 1
        while j < len(doc.toks) and j - t <= 3 and doc.toks[j][2] in skip:
            j += 1
        if j >= len(doc.toks):
            continue
        x = doc.toks[j][2]
        if x in long_ or x[:2] == "ال" and x[2:] in long_:
            # "خلال أسبوعين", "خلال الأسبوعين الأولين"
            return True
        n = int(x) if x.isdecimal() else counts.get(x)
        if n is None or j + 1 >= len(doc.toks):
            continue
        unit = doc.toks[j + 1][2]
        if unit in long_ or unit in hours and n > 24 * _BRIEF_DAYS or unit in days and unit not in hours and n > _BRIEF_DAYS:
            return True
    return False


_RANK_REACH = 4  # words from a superlative to the "منذ" it ranks over ("الأكثر دموية في المنطقة منذ")


def _of_the_attack_told(doc: Doc, d: Draft) -> bool:
    """The figures' clause ties them to an attack a demonstrative refers back to ("خلال تلك
    الاشتباكات", "جراء تلك الضربات"): the one told before."""
    e = tied_event(doc, d)
    return e is not None and e.tok > 0 and doc.toks[e.tok - 1][2] in doc.words("demonstrative")


def _singled_out(doc: Doc, t: int, d: Draft | None) -> bool:
    """Between the cue at token ``t`` and the draft's figures, a word picks one attack out of
    the many the cue's clause told ("وتزايدت الهجمات منذ مطلع العام وكان أبرزها الهجوم على
    المتحف الذي أدى إلى مقتل 22"): the figures are that one's, not the many's."""
    if d is None:
        return False
    end = d.hits[0].tok_start
    if end <= t:
        return False
    picks = doc.words("singles_out")
    return any(not picks.isdisjoint(form for form, _ in doc.pack.token_forms(doc.toks[k][2]))
               for k in range(t + 1, end))


def _ranked_since(doc: Doc, t: int) -> bool:
    """The cue at token ``t`` opens with "منذ" after a superlative a few words before it, in the
    same clause: "حصيلة هي الأعلى منذ بدء الحملة" ranks a toll among others since then, it
    adds up nothing over that window."""
    if not _since_after(doc, t):
        return False
    sup = doc.words("superlative")
    for k in range(t - 1, max(-1, t - _RANK_REACH - 1), -1):
        if any(ch in doc.gap(k + 1) for ch in ".,،:;\n"):
            return False
        if doc.toks[k][2] in sup:
            return True
    return False


_ANTECEDENT_REACH = 2  # words from an attack noun to the relative pronoun after it ("القصف المكثف الذي")


def _period_of_other_clause(doc: Doc, d: Draft | None, t: int) -> bool:
    """The period at token ``t`` is told in a relative clause on another noun than the toll's
    ("المنطقة التي تشهد تصعيدا منذ 3 آذار"; grammar.tsv other_clause), its clause holding none of
    the draft's figures: it says how long that noun has been so, not what the toll adds up.
    A clause on an attack ("القصف الذي تشنه القوات منذ أسبوع") tells the toll's own campaign."""
    rel = doc.words("other_clause")
    if d is None or not rel:
        return False
    start = max(doc.clause_breaks(_CLAUSE_STOP).rfind(1, 0, t + 1), 0)
    r = next((k for k in range(t - 1, start - 1, -1) if doc.toks[k][2] in rel), None)
    if r is None:
        return False
    end = _clause_end(doc, t, len(doc.toks))
    if any(h.tok_start < end and h.tok_end > r for h in d.hits):
        return False
    return not any(r - _ANTECEDENT_REACH <= e.tok_end <= r for e in doc.events_in(d.sentence))


def _since_after(doc: Doc, t: int) -> bool:
    """Token ``t`` is "منذ" (the start of the fighting told right after its name)."""
    return t < len(doc.toks) and doc.toks[t][2] in doc.words("window_since")


def _brief(dm) -> bool:
    """A window of at most ``_BRIEF_DAYS`` days ("منذ ليل أمس", "خلال 24 ساعة")."""
    if dm.span is None or not dm.span.start or not dm.span.end:
        return False
    return (date.fromisoformat(dm.span.end) - date.fromisoformat(dm.span.start)).days <= _BRIEF_DAYS


def _one_town(in_sent: list) -> bool:
    """The sentence places things in one town (twin towns named as one count once) and in
    no region wider than it but its own governorate or country."""
    towns = {p.place.name for p in in_sent if p.level in _TOWN_LEVELS}
    return len(towns) == 1 and all(p.level in _TOWN_LEVELS + ("country", "governorate") for p in in_sent)


def _total_told_before(doc: Doc, d: Draft) -> bool:
    """The sentence right before names a toll and a window or campaign it adds up over, but
    gives it no number ("لترتفع حصيلة القتلى للهجوم المستمر منذ 3 أسابيع", "وثق مزيدا من
    الخسائر البشرية منذ بداية الحملة"): the count told next is that total. So is a count
    that goes on from a total the sentence before told with its window ("وثقت مقتل 210 خلال
    الشهر الماضي. والقتلى هم 150 مدنيا ..."), unless it tells an attack of its own ("بمقتل
    أربعة في قصف بقذائف الهاون") or is the same named voice going on (``consolidate`` reads
    that, keeping its place)."""
    si = d.sentence
    told = doc.words("toll_told")  # (a language that lists no toll words reads neither)
    if si == 0 or not told or not any(x.figure.kind == "killed" for x in d.hits):
        return False
    prev, sent = doc.sents[si - 1], doc.sents[si]
    # the cheap tests first: a window or campaign told there, no day of this count's own
    if not (any(c.value in ("cumulative", "ongoing", "so_far") and not _ranked_since(doc, c.tok)
                for c in doc.scope_cues.between(prev.start, prev.end)) or _long_window(doc, prev.start, prev.end)):
        return False
    if any(not dm.cumulative for dm in doc.dates_in(sent.start, sent.end)):
        return False  # "... الاثنين، ما أسفر عن مقتل طفل": a count of its own day
    a, end = doc.sent_toks(prev)
    forms = {form for t in range(a, end) for form, _ in doc.pack.token_forms(doc.toks[t][2])}
    # ("تعد هذه الحصيلة الأعلى ... منذ بدء النزاع": a ranking of a toll, no window)
    if not forms.isdisjoint(doc.words("superlative")):
        return False
    if not doc.hits_in(si - 1):
        return not forms.isdisjoint(told)
    return not (tied_event(doc, d) is not None or _cause_after(doc, d) or _same_voice_before(doc, d)
                or not _total_before(doc, si - 1))


def _listed_after_total(doc: Doc, d: Draft) -> bool:
    """A sentence that adds to the one before ("كما", "كذلك": "وقتل 252 من الفصائل مقابل 281
    من المقاتلين الأكراد منذ بدء الهجوم. كما قتل 149 مدنيا بحسب المرصد") goes on with a total
    told there: its count is of the same window, unless it tells its own day or the attack
    that caused it."""
    si = d.sentence
    if si == 0 or not doc.hits_in(si - 1):
        return False
    from rasd.extract.attribution import continues_previous  # (attribution reads no scope)
    sent = doc.sents[si]
    if not continues_previous(doc, sent, "list"):
        return False
    if any(not dm.cumulative for dm in doc.dates_in(sent.start, sent.end)):
        return False  # "كما قتل الاثنين ثلاثة": a count of its own day
    if tied_event(doc, d) is not None or _cause_after(doc, d):
        return False
    return _total_before(doc, si - 1)


def _total_before(doc: Doc, si: int) -> bool:
    """A draft of sentence ``si`` is itself a total (its scope read once per draft: a run of
    such sentences asks back along it)."""
    return any(x.sentence == si and draft_scope(doc, x)[0] == "cumulative" for x in doc.drafts)


def _same_voice_before(doc: Doc, d: Draft) -> bool:
    """A named claimant of the sentence before tells this one too: its going on with its own
    total is read with the claims' places (``consolidate``), not here."""
    a = d.attribution
    return a.claimant != "outlet" and any(
        x.sentence == d.sentence - 1 and x.attribution.claimant == a.claimant
        and (a.claimant != "other" or x.attribution.text == a.text) for x in doc.drafts)


def _cause_after(doc: Doc, d: Draft) -> bool:
    """An attack told after the figures in their clause, as their cause ("بمقتل ستة أشخاص في
    قصف بقذائف الهاون")."""
    h = d.hits[0]
    end = _clause_end(doc, h.tok_end - 1, len(doc.toks))
    return any(e.type != "other" and h.tok_end <= e.tok < end for e in doc.events_in(d.sentence))


def _tied_to_many(doc: Doc, d: Draft) -> bool:
    """The figures' clause ties them to raids or strikes named by a plural noun ("الغارات",
    "الضربات الجوية"); not to "attacks", as often one coordinated assault ("هجمات منسقة على
    محافظة السويداء أسفرت عن مقتل 250")."""
    e = _tied_named_by(doc, d, "many_attacks")
    return e is not None and e.type in _RAID_TYPES


def tied_to_one_attack(doc: Doc, d: Draft) -> bool:
    """The figures' clause ties them to one attack named by a singular noun ("الهجوم على
    المتحف الذي أدى إلى مقتل 22", "قتلوا في غارة على البلدة")."""
    return _tied_named_by(doc, d, "one_attack") is not None


def _tied_named_by(doc: Doc, d: Draft, role: str):
    """The attack the figures' clause ties them to, when its head word is one of ``role``'s
    words (a singular or a plural noun of attack); else None."""
    e = tied_event(doc, d)
    if e is None or not any(form in doc.words(role) for form, _ in doc.pack.token_forms(doc.toks[e.tok][2])):
        return None
    return e
