"""Places of an article (``annotate``) and the place of one claim (``claim_place``).

Finding names is the gazetteer's job (``places``); here is what an article makes of them: a
reporter's dateline abroad tells nothing of where things happened, a name inside an actor
("قوات سوريا الديمقراطية") is no place, and a claim takes the place nearest its figures, else
its paragraph's setting, else the lead's.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter

from rasd.core.models import Place, Span
from rasd.core.vocab import ABROAD, HOME_COUNTRY, IRAQ, UNKNOWN
from rasd.extract.attribution import claimant_kinds
from rasd.extract.doc import Doc, Draft
from rasd.extract.mentions import MentionIndex
from rasd.extract.places import PlaceMention, _as_entry, gazetteer, in_gazetteer_script
from rasd.extract.places_en import _capitalised
from rasd.text.lexicon import clitic_form_set, clitic_forms, read_tsv
from rasd.text.normalize import norm
from rasd.text.segment import Sentence, find_all

# the codebook's governorates that are no governorate of Syria (a region there cannot be read from them)
_NOT_A_SYRIAN_GOVERNORATE = (UNKNOWN, ABROAD, IRAQ)

_NEAREST_PLACES = 3
_CAPITAL_DEG = 0.03  # degrees: a town this near a capital's centre is that capital
_AT_REACH = 3  # tokens before a capital where its "in" may stand ("في أحد مساجد دمشق")
_AROUND_REACH = 3  # tokens before a bare "العاصمة" where a word of the land around it counts
_CLAUSE_STOPS = "،,;؛"
_STOP_CHARS = frozenset(_CLAUSE_STOPS + ".:")  # a clause's stops and a sentence's, as one set (one test in C)
_SHARE_REACH = 3  # tokens after "في" where a share's place may start ("في كل من اللاذقية")
SETTING_SENTENCES = 3  # how far back a place still sets the scene for an unplaced claim
_DATELINE_REACH = 6  # characters after a dateline's place where its agency's "(" opens
_DATELINE_CITY_WORDS = 2
_DATELINE_PUNCT = (",", "(", "-", "–", "—", "_", "،", "/")  # "_": "القاهرة _أ ش أ"
_DATELINE_DASHES = "-–—"
_DATELINE_OUTLET_WORDS = 4  # "عين اليوم –": an outlet's name and its dash before a dateline's city
_NATIONWIDE_REACH = 80  # characters around a figure where "throughout the country" counts it
_NATIONWIDE_AFTER = 25  # characters after that cue where the country (or a finer place) is named
_VERB_REACH = 16  # characters before a name where its verb of saying may start
_LIST_GAP = 12  # characters between two places of one list ("، و22 في حلب")
_LOCATE_GAP = 20  # characters between a place and the wider place that locates it
_REGION_PRECISIONS = ("district", "governorate")  # a region an attack may be placed in before its town is told
_FINER_THAN_REGION = ("town", "exact")
_SETTING_HOME = (HOME_COUNTRY, "IQ")  # countries the codebook splits into governorates: no story there is "abroad"
_LOCATING_LEVELS = ("town", "subdistrict", "district")
_NO_STATE = "ZZ"  # the country of a place no state holds (a sea: lexicons/places_world.tsv)
_LOCATE_PUNCT = str.maketrans("،,()", "    ")
_RANK_OF = {"neighbourhood": 0, "landmark": 0, "town": 1, "subdistrict": 1, "unlisted": 1, "district": 2,
            "governorate": 3, "country": 4}
_first, _second = itemgetter(0), itemgetter(1)  # of (start, end) spans, read in C


def annotate(doc: Doc) -> None:
    """``doc.places``: place mentions in the windows worth reading, in text order."""
    gz = gazetteer()
    # the words a place may start at, sorted out once for all the windows
    may = gz.start_words(doc.window_words()) if doc.windows else None
    found = [p for a, b in doc.windows for p in gz.find(doc.nt, doc.toks[a:b], may=may)]
    taken = sorted([(m.start, m.end) for m in chain(doc.actors, doc.claimants)])
    starts = list(map(_first, taken))
    reach = list(accumulate(map(_second, taken), max))  # the farthest end of the names so far
    speakers = {(m.start, m.end) for m in doc.claimants if after_saying(doc, m.start)}
    # (a pack whose wire copy files home stories from the capital, "DAMASCUS, Syria (AP) —",
    # drops home datelines too: the attack its lead tells is as often elsewhere)
    home = doc.pack.setting("home_dateline_places", "1") == "1"
    doc.places = [p for p in found if not ((p.country != HOME_COUNTRY or not home) and is_dateline(doc, p))
                  and not (_inside_name(p, taken, starts, reach) and not _told_as_place(doc, p))
                  and (p.start, p.end) not in speakers and _kept(doc, p) and not _monitor_seat(doc, p)]
    # a side's land told as a place only by its region ("في جنوب شرق تركيا"): the place of its own
    # sentence, no scene set for the next ones (_claim_place)
    doc.scratch["place_regions_of_sides"] = {
        p.start for p in doc.places if p.level == "country" and _inside_name(p, taken, starts, reach)
        and _in_compass_region(doc, doc.tok_index(p.start))}
    doc.places = _with_capitals(doc, found, doc.places)
    _claimants_in_names(doc, found)
    origins = [p for p in doc.places if _fired_from(doc, p)]
    if origins:
        doc.places = [p for p in doc.places if p not in origins]
    doc.scratch["place_origins"] = origins
    bordering = doc.words("bordering")
    doc.scratch["place_neighbours"] = [
        p for p in found if p.level in _NEIGHBOUR_LEVELS and doc.tok_index(p.start) >= 1
        and _bordering(doc, p, doc.tok_index(p.start))] if not bordering.isdisjoint(doc.tok_words) else []
    if doc.places and doc.words("treated_at"):
        doc.places = [p for p in doc.places if not _taken_to_care(doc, p)]


@lru_cache(maxsize=1)
def _surrounds() -> dict[str, str]:
    """A governorate that is one city -> the governorate around it (gazetteer/surrounds.tsv)."""
    return {city: around for city, around, *_ in read_tsv("gazetteer/surrounds.tsv")}


def _outside_city(doc: Doc, place: Place) -> Place:
    """"قصف قرب دمشق", "بالقرب من دمشق", "اشتباكات في محيط دمشق", "على أطراف دمشق": a claim
    placed at a city that is a governorate of its own, named right after a word of nearness or
    of the land around it, happened outside the city: in the governorate around it (Rif
    Dimashq), named by the city still. Points of the compass are no such word ("في شمال دمشق"
    is a quarter of it)."""
    gov = _surrounds().get(place.governorate)
    if gov is None or place.precision != "town" or place.span is None:
        return place
    toks, text = doc.toks, doc.nt.text
    at = doc.nt.norm_pos(place.span.start)  # (a span is in the text as written)
    t = doc.tok_index(at)
    if toks[t][0] != at:
        return place
    k = t - 1
    for skip in (doc.words("apposed_place_noun"), doc.words("landmark_from")):  # "قرب العاصمة دمشق", "بالقرب من دمشق"
        if k > 0 and toks[k][2] in skip and not _gap_between(text, toks[k][1], toks[k + 1][0]):
            k -= 1
    if k < 0 or _gap_between(text, toks[k][1], toks[k + 1][0]) \
            or clitic_form_set(toks[k][2]).isdisjoint(doc.words("outskirts_of")):
        return place
    return replace(place, governorate=gov, precision="district", pcode=None)


@lru_cache(maxsize=4)
def _capitals(nouns: frozenset[str]) -> dict[str, tuple]:
    """The capitals the gazetteer names by "العاصمة" and an adjective ("العاصمة السورية"): their
    entries by country (a town is only measured against its own country's), a capital's own
    name ("دمشق") being a town within a few km of one."""
    gz = gazetteer()
    by_country: dict[str, list] = {}
    for e in {id(e): e for key, entries in gz.phrases.items() if key.split(" ", 1)[0] in nouns
              and " " in key for e in entries if e.level == "town"}.values():
        by_country.setdefault(e.country, []).append(e)
    return {country: tuple(entries) for country, entries in by_country.items()}


def _capital_named(p: PlaceMention, capitals: dict[str, tuple]) -> bool:
    return p.level == "town" and p.place.lat is not None and any(
        abs(e.lat - p.place.lat) < _CAPITAL_DEG and abs(e.lon - p.place.lon) < _CAPITAL_DEG
        for e in capitals.get(p.country, ()))


def _with_capitals(doc: Doc, found: list[PlaceMention], kept: list[PlaceMention]) -> list[PlaceMention]:
    """A bare "العاصمة" ("قصف على العاصمة", "تعرض العاصمة لهجوم") stands for the capital the
    story named before it (its dateline included: "دمشق (ا ف ب)") in the country the story's
    places are most in: that place, where the word is. Named by no such capital before it,
    followed by whose capital it is ("العاصمة اليابانية", an adjective), or after a word of the
    land around or beside it ("محيط العاصمة", "شرقي العاصمة"), it is no place. A name after it
    ("العاصمة دمشق") or a phrase of it ("ريف العاصمة") is the gazetteer's own mention."""
    nouns, article = doc.words("apposed_place_noun"), tuple(doc.words("article"))
    text = doc.nt.text
    # (the nouns without their article, which a clitic may change: "للعاصمة"; most stories name none)
    stems = [next((n[len(a):] for a in article if n.startswith(a)), n) for n in nouns]
    if not any(n in text for n in stems):
        return kept
    capitals = _capitals(nouns)
    ending = tuple(doc.words("indefinite_adjective_ending"))
    around = doc.words("capital_around") | doc.words("treated_at")
    beside = doc.words("capital_beside")
    toks, out, story = doc.toks, [], None
    for n in stems:
        for at in find_all(text, n):
            t = doc.tok_index(at)
            if clitic_form_set(toks[t][2]).isdisjoint(nouns) \
                    or any(m.start <= toks[t][0] < m.end or m.start < toks[t][1] <= m.end for m in found):
                continue
            if t + 1 < len(toks) and not _gap_between(text, toks[t][1], toks[t + 1][0]) and ending \
                    and toks[t + 1][2].startswith(article) and toks[t + 1][2].endswith(ending):
                continue  # "العاصمة اليابانية", "العاصمة الاقتصادية": whose capital, or which
            if any(not clitic_form_set(toks[k][2]).isdisjoint(around) for k in range(max(0, t - _AROUND_REACH), t)):
                continue  # "في محيط العاصمة", "مستشفيات العاصمة": around it or where the wounded went
            if _beside(doc, t, beside):
                continue  # "الجيب المحاصر شرقي العاصمة", "قرب العاصمة": outside it
            named = [m for m in found if m.end <= toks[t][0] and _capital_named(m, capitals)]
            if not named:
                continue
            if story is None:  # the country the story's places are most in
                story = Counter(m.country for m in found).most_common(1)[0][0]
            named = next((m for m in reversed(named) if m.country == story), None)
            if named is None:
                continue  # a capital abroad named in a story told elsewhere ("واشنطن (ا ف ب)")
            m = replace(named, start=toks[t][0], end=toks[t][1], several=False)
            if _kept(doc, m):
                out.append(m)
    return sorted(kept + out, key=lambda m: m.start) if out else kept


def _beside(doc: Doc, t: int, beside: frozenset[str]) -> bool:
    """Whether compass words or "near" ("شمال غرب", "قرب") right before token ``t`` put it
    beside, not in: no "في" before them and no "ب" on the first ("بشمال العاصمة" is in it)."""
    toks, k = doc.toks, t
    while k > 0 and toks[k - 1][2] in beside and not _gap_between(doc.nt.text, toks[k - 1][1], toks[k][0]):
        k -= 1
    if k == t:
        return False
    return k == 0 or toks[k - 1][2] not in doc.words("in_place")


def _kept(doc: Doc, p: PlaceMention) -> bool:
    """Not a name that is something else than a place of what happened (a side's ground, a
    date, an outlet's name, a person's office ...): the tests that need no claimant or actor.
    (Asked of every place found: the token the place starts in, ``t``, is found once for them.)"""
    t = doc.tok_index(p.start)
    return not _names_a_side(doc, p) and not _names_an_event(doc, p) \
        and not _country_adjective(doc, p, t) and not _town_adjective(doc, p, t) and not _city_speaks(doc, p, t) \
        and not _in_body_name(doc, p, t) and not _border_with(doc, p, t) \
        and not _in_date(doc, p) and not _moved_to(doc, p, t) and not _post_of(doc, p, t) \
        and not _allegiance(doc, p, t) and not _came_from(doc, p, t) and not _opposite_to(doc, p, t) \
        and not _partner(doc, p, t) and not _posted_in(doc, p, t)


_OPPOSITE_REACH = 5  # tokens from "opposite" to the landmark's name ("المقابلة للبوابة الحدودية السورية باب الهوى")


def _opposite_to(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"البوابة الحدودية التركية المقابلة للبوابة السورية باب الهوى", "المنطقة الحدودية في سوريا
    المقابلة لمدينة كيليس", "الضفة المقابلة لقرية السوسة": a place named after "opposite" and
    "ل" (on it or on a noun before it) is the landmark across the border or the river that
    says where the near side lies, not where what the sentence counts happened."""
    seen = doc.scratch.get("opposite_seen")
    if seen is None:  # (one set test per article: most name no "opposite" at all)
        seen = doc.scratch["opposite_seen"] = not doc.words("opposite").isdisjoint(doc.tok_words)
    if not seen:
        return False
    opposite = doc.words("opposite")
    toks, text = doc.toks, doc.nt.text
    if t < 1:
        return False
    for k in range(t - 1, max(-1, t - 1 - _OPPOSITE_REACH), -1):
        between = text[toks[k][1]:p.start]
        if not _STOP_CHARS.isdisjoint(between):
            return False
        if toks[k][2] in opposite:
            return toks[k + 1][2].startswith("ل")
    return False


def _claimants_in_names(doc: Doc, found: list[PlaceMention]) -> None:
    """"دبي، الإمارات العربية المتحدة (CNN)", "المملكة العربية السعودية": a claimant's word
    inside a longer place name (a channel's name that is an adjective too) is that name's word,
    no claimant."""
    if not found or not doc.claimants.items:
        return
    # the farthest end of the places starting at or before each place's start: a claimant no
    # place starting by its start reaches past is inside none (most), known at one bisect;
    # only the others are tested against every place
    spans = sorted([(p.start, p.end) for p in found])
    starts = list(map(_first, spans))
    reach = list(accumulate(map(_second, spans), max))
    kept = [c for c in doc.claimants
            if (i := bisect.bisect_right(starts, c.start)) == 0 or reach[i - 1] < c.end
            or not any(p.start <= c.start and c.end <= p.end and p.end - p.start > c.end - c.start for p in found)]
    if len(kept) < len(doc.claimants.items):
        doc.claimants = MentionIndex(kept)


_DATE_REACH = 40  # characters: how far before a name a date that may hold it starts


def _in_date(doc: Doc, p: PlaceMention) -> bool:
    """"في الخامس من تشرين الثاني": a month's name is no quarter of that name (several cities
    have a "تشرين" quarter): a name inside a date is no place."""
    # (only a bare quarter's name: a date may also take in the campaign it counts from, "منذ
    # بدء الحملة على الغوطة الشرقية", whose place is one)
    return p.level == "neighbourhood" and any(d.start <= p.start and p.end <= d.end
                                              for d in doc.dates_in(max(0, p.start - _DATE_REACH), p.end))


_REPORTER_REACH = 7  # tokens from "مراسل" to the "في" of the post ("لمراسل وكالة أنباء الشرق الأوسط في")


def _post_of(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"مفتي سوريا", "سفير روسيا", "وزير خارجية إيران", "لمراسل الوكالة في دمشق", "وحملت
    إسرائيل المسؤولية": a land after a person's title says whose office it is, a place after
    "in" following a reporter says where the reporter is posted, a land between "held" and
    "responsible" is the state blamed, a place after a word of talk and "in" ("تكهنات في
    إسرائيل") is where people talk: none is where what the sentence counts happened."""
    if t < 1 or doc.toks[t][0] != p.start:
        return False
    toks = doc.toks
    text = doc.nt.text

    def is_(k: int, role: str) -> bool:
        return k >= 0 and not clitic_form_set(toks[k][2]).isdisjoint(doc.words(role))

    if not _gap_between(text, toks[t - 1][1], p.start):
        before = clitic_form_set(toks[t - 1][2])  # (the word right before: its forms read once for three roles)
        if not before.isdisjoint(doc.words("post_title")) \
                or not before.isdisjoint(doc.words("post_portfolio")) and is_(t - 2, "post_title"):
            return True
        if not before.isdisjoint(doc.words("blame_verb")):
            u = doc.tok_index(p.end - 1) + 1
            if u < len(toks) and not _gap_between(text, p.end, toks[u][0]) and is_(u, "blame_object"):
                return True
    if toks[t - 1][2] not in doc.words("in_place"):
        return False
    if is_(t - 2, "talk_noun") and not _gap_between(text, toks[t - 2][1], toks[t - 1][0]):
        return True
    lo = max(0, t - 1 - _REPORTER_REACH)
    if not any(map(doc.form_in("reporter"), doc.tok_words[lo:t - 1])):
        return False  # no reporter within reach (most places): told in C, no walk
    return any(is_(k, "reporter") and not any(c in text[toks[k][1]:toks[t - 1][0]] for c in _CLAUSE_STOPS + ".:\"")
               for k in range(lo, t - 1))


_SEAT_REACH = 6  # tokens from a monitor's name to the "في" of its seat ("مدير المرصد السوري لحقوق الإنسان في")


@lru_cache(maxsize=1)
def _seated_abroad() -> frozenset[str]:
    """Claimants whose office abroad the news names after them (claimant_kinds.tsv: seated_abroad)."""
    return frozenset(c for c, kinds in claimant_kinds().items() if "seated_abroad" in kinds)


def _monitor_seat(doc: Doc, p: PlaceMention) -> bool:
    """"مدير المرصد السوري لحقوق الإنسان في لندن", "المتحدث باسم الأمم المتحدة في جنيف": a
    place abroad after "in" right after a monitor's name (or its head's) says where its office
    is, not where what it counts happened."""
    if p.country in _SETTING_HOME or not doc.claimants:
        return False
    t = doc.tok_index(p.start)
    toks, text = doc.toks, doc.nt.text
    if t < 2 or toks[t][0] != p.start or toks[t - 1][2] not in doc.words("in_place"):
        return False
    lo = toks[max(0, t - 1 - _SEAT_REACH)][0]
    seated = _seated_abroad()
    return any(m.value in seated and not any(c in text[m.end:toks[t - 1][0]] for c in _CLAUSE_STOPS + ".:\"")
               for m in doc.claimants.between(lo, toks[t - 1][0]))


def _allegiance(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"قتل عشرة مقاتلين موالين لدمشق", "القوات المؤيدة لطهران": a place glued to "ل" right
    after a word of allegiance is the government a side is loyal to, not where what the
    sentence counts happened."""
    if t < 1 or t >= len(doc.toks):
        return False
    s, _, w = doc.toks[t]
    glued = w[:p.start - s]
    if not glued.endswith("ل") or _gap_between(doc.nt.text, doc.toks[t - 1][1], s):
        return False
    return not clitic_form_set(doc.toks[t - 1][2]).isdisjoint(doc.words("loyal_to"))


_MOVED_REACH = 3  # tokens before a place where its word of movement may stand ("لعبور الحدود إلى")


def _moved_to(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"حضر شبان لعبور الحدود إلى كوباني", "تسلل مسلحين من وإلى سوريا": a place people were
    crossing or travelling to, after a word of a crossing or a journey and "to", or a route's
    end, is not where what the sentence counts happened (a war that "spread to Iraq" is no
    journey, and stays there)."""
    if t < 2 or doc.toks[t][0] != p.start or clitic_form_set(doc.toks[t - 1][2]).isdisjoint(doc.words("moved_to")):
        return False
    if doc.toks[t - 2][2] in doc.words("origin_from"):
        return True  # "من وإلى سوريا": a route's end
    moved = doc.words("moved")
    return any(not clitic_form_set(doc.toks[k][2]).isdisjoint(moved)
               for k in range(max(0, t - _MOVED_REACH), t - 1))


_CARE_REACH = 5  # tokens from a hospital's noun to a place named to say where it lies


def _taken_to_care(doc: Doc, p: PlaceMention) -> bool:
    """"ونقل الجرحى إلى مستشفى باب الهوى", "نقلوا إلى مستشفى ربيعة شمالي العراق", "إلى مشفى في
    مدينة الباب": a hospital after "to" is where the wounded or the dead were carried, not where
    they were hit; nor is the place named right after it, by "in" or a word of direction, to
    say where that hospital lies."""
    t = doc.tok_index(p.start)
    toks = doc.toks
    if t < 2 or toks[t][0] != p.start:
        return False
    care, to, text = doc.words("treated_at"), doc.words("moved_to"), doc.nt.text
    if not clitic_form_set(toks[t][2]).isdisjoint(care):
        return toks[t - 1][2] in to and not _gap_between(text, toks[t - 1][1], p.start)
    if toks[t - 1][2] in doc.words("in_place") and toks[t - 2][2] in doc.words("treated_in") \
            and not _gap_between(text, toks[t - 2][1], toks[t - 1][0]):
        return True  # "تلقوا العلاج في إسرائيل": where they were treated
    if toks[t - 1][2] not in doc.words("in_place") and toks[t - 1][2] not in doc.words("landmark_before"):
        return False
    for j in range(t - 2, max(0, t - _CARE_REACH) - 1, -1):
        if _gap_between(text, toks[j][1], toks[j + 1][0]):
            return False
        if not clitic_form_set(toks[j][2]).isdisjoint(care):
            return j > 0 and toks[j - 1][2] in to and not _gap_between(text, toks[j - 1][1], toks[j][0])
    return False


def _in_body_name(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"وفقا لمركز دمشق الإعلامي", "شبكة تدمر الإخبارية": a place between the head noun of an
    outlet or a body and the adjective that ends its name is part of that name (the claimant),
    not where anything happened."""
    u = doc.tok_index(p.end - 1) + 1
    if t < 1 or u >= len(doc.toks) or doc.toks[t][0] != p.start:
        return False
    text = doc.nt.text
    if text[doc.toks[t - 1][1]:p.start].strip(' "«»') or text[p.end:doc.toks[u][0]].strip(' "«»'):
        return False
    return doc.toks[u][2] in doc.words("org_tail") and \
        not clitic_form_set(doc.toks[t - 1][2]).isdisjoint(doc.words("org_head"))


_NEIGHBOUR_LEVELS = ("country", "district", "governorate")


def _border_with(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"شرقي البلاد قرب الحدود مع العراق", "على الحدود مع سوريا", "قرية جملة الواقعة على الحدود
    مع الجولان": a land or a region after "the border with" only says which border is meant;
    what happened there lies on the near side of it, so that land or region is no place of it."""
    if p.level not in _NEIGHBOUR_LEVELS:
        return False  # (a town after "the border with" is mostly a crossing on it)
    if t >= 1 and _bordering(doc, p, t):
        return True
    if t < 2 or doc.toks[t][0] != p.start or doc.toks[t - 1][2] not in doc.words("border_with"):
        return False
    return not clitic_form_set(doc.toks[t - 2][2]).isdisjoint(doc.words("border_noun"))


def _partner(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"فصيل معارض يقاتل مع دمشق", "بالتنسيق مع موسكو": a capital right after "with" (not "the
    border with") is the government acted with, not a place of what happened."""
    if t < 2 or doc.toks[t][0] != p.start or doc.toks[t - 1][2] not in doc.words("partner_with") \
            or _gap_between(doc.nt.text, doc.toks[t - 1][1], p.start):
        return False
    if not clitic_form_set(doc.toks[t - 2][2]).isdisjoint(doc.words("border_noun")):
        return False
    # (a land after "with" is as often the one a border or a war is shared with: "حدودا ... مع سوريا")
    return p.level == "town" and _capital_named(p, _capitals(doc.words("apposed_place_noun")))


def _bordering(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"an eastern province bordering Iraq", "محافظة دير الزور المحاذية للعراق", "المنطقة
    المتاخمة لمحافظة القنيطرة": a land or a region right after a word of bordering (glued to
    "ل" where the language glues it, or after a noun so glued) is the neighbour that says where
    the near side lies, no place of what happened there."""
    toks, text, bordering = doc.toks, doc.nt.text, doc.words("bordering")
    s, _e, w = toks[t]
    glued = w[:p.start - s]
    if glued and not glued.endswith("ل"):
        return False
    k = t - 1
    if not glued and k >= 1 and toks[k][2].startswith("ل") and toks[k][2] not in bordering \
            and not _gap_between(text, toks[k][1], p.start):
        k -= 1  # "المتاخمة لمحافظة القنيطرة": the noun glued to "ل" before the name
        glued = "ل"
    return toks[k][2] in bordering and not _gap_between(text, toks[k][1], toks[k + 1][0])


def _city_speaks(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"ونفت موسكو ... مؤكدة مصرع خمسة منهم", "واتهمت دمشق": a city right after a verb of
    saying or denying is its government speaking, no place of what it tells (a country may
    still be where its own dead fell: "أعلنت تركيا مقتل جنديين")."""
    if p.level not in ("town", "country"):
        return False
    if p.level == "town" and _city_says_after(doc, p, t):
        return True
    if t < 1 or doc.toks[t][0] != p.start or _gap_between(doc.nt.text, doc.toks[t - 1][1], p.start):
        return False
    if clitic_form_set(doc.toks[t - 1][2]).isdisjoint(doc.words("state_says")):
        return False
    return p.level == "town" or _states_joined(doc, p, t)


def _city_says_after(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"Damascus blamed it on rebels", "Moscow and Damascus say their pause ...": in a language
    whose subject comes before its verb (``state_says_after``), a city opening its clause (or
    joined to one by "and") right before a verb of saying or blaming is its government speaking."""
    says = doc.words("state_says_after")
    if not says or doc.toks[t][0] != p.start:
        return False
    text, toks = doc.nt.text, doc.toks
    u = doc.tok_index(p.end - 1) + 1
    if u >= len(toks) or toks[u][2] not in says or _gap_between(text, p.end, toks[u][0]):
        return False
    return t == 0 or _gap_between(text, toks[t - 1][1], p.start) or toks[t - 1][2] in doc.words("conj")


def _states_joined(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"واتهمت سوريا وروسيا القوات الإسرائيلية", "واتهمت فرنسا والولايات المتحدة روسيا": two
    states joined by "و" right after a verb of saying are two governments speaking together,
    no place (one state alone may still be where its own dead fell)."""
    conj = doc.words("conj")
    if p.several or any(w[:1] in conj and len(w) > 2 for _s, e, w in doc.toks[t + 1:t + 4] if e <= p.end):
        return True  # the pair named as one mention ("سوريا وروسيا", "فرنسا والولايات المتحدة")
    nxt = doc.places_in(p.end, p.end + 40)
    if not nxt or nxt[0].level != "country" or nxt[0].country == p.country:
        return False
    between = doc.nt.text[p.end:nxt[0].start].strip()
    return between in doc.words("conj") or between == "" and nxt[0].start > p.end


def _fired_from(doc: Doc, p: PlaceMention) -> bool:
    """"قذائف من سوريا في الجانب التركي", "قصف بقذائف الهاون انطلق من منطقة الغوطة الشرقية على
    مناطق ...": a place after "from" and a projectile or a verb of launching it is where the
    fire came from, not where it fell or killed."""
    t = doc.tok_index(p.start)
    if t < 2 or doc.toks[t][0] != p.start or doc.toks[t - 1][2] not in doc.words("origin_from"):
        return False
    return not clitic_form_set(doc.toks[t - 2][2]).isdisjoint(doc.words("fired"))


def _posted_in(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"terrorists positioned in Eastern Ghouta targeted ...", "troops stationed in X": a place
    right after "in" (and "the") after a word of a side's position is where the attackers
    stand, not where what the sentence counts befell. (A pack without such words reads none.)"""
    posted = doc.words("posted")
    if not posted or t < 2 or doc.toks[t][0] != p.start:
        return False
    k = t - 1
    if doc.toks[k][2] in doc.words("definite"):
        k -= 1
    if k < 1 or doc.toks[k][2] not in doc.words("in_place"):
        return False
    return doc.toks[k - 1][2] in posted


_CAME_FROM_REACH = 8  # tokens from people who came from a place to its name ("from the besieged towns of X and Y")


def _came_from(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"evacuees from the besieged towns of Fuaa and Kafraya", "displaced people from Idlib": a
    place after "from" and people who left it is where they came from, not where what the
    sentence counts befell them. (A language pack without such words reads none.)"""
    came = doc.words("came_from")
    if not came:
        return False
    if doc.toks[t][0] != p.start:
        return False
    origin = doc.words("origin_from")
    for k in range(t - 1, max(0, t - _CAME_FROM_REACH) - 1, -1):
        if doc.toks[k][2] in origin:
            return any(doc.toks[j][2] in came for j in range(max(0, k - 2), k)) \
                and not _gap_between(doc.nt.text, doc.toks[max(0, k - 1)][1], doc.toks[k][0])
        if _gap_between(doc.nt.text, doc.toks[k][1], doc.toks[k + 1][0]):
            return False
    return False


_MOTIVE_REACH = 12  # tokens from the word opening an adjunct of motive to a place it names


def _motive_at(doc: Doc, p: PlaceMention) -> int | None:
    """"ردا على إطلاق صواريخ على قواعد في مرتفعات الجولان", "انتقاما لهجوم في الأحواز": a place
    within an adjunct of motive (no punctuation between its opening word and the place) is where
    the deed answered happened, not where the response struck or killed. Returns where the
    adjunct opens, or None. (A language pack without such words reads none.)"""
    # (asked of the same places by every claim of the article: read once per place)
    known = doc.scratch.get("motive_at")
    if known is None:
        known = doc.scratch["motive_at"] = {}
    if p.start not in known:
        t = doc.tok_index(p.start)
        known[p.start] = _motive_before(doc, t) if doc.toks[t][0] == p.start else None
    return known[p.start]


def _answered_elsewhere(doc: Doc, p: PlaceMention, d: Draft | None) -> bool:
    """``p`` lies in an adjunct of motive that names an attack, and the claim ``d`` reports an
    attack of another kind outside that adjunct."""
    ev = d.event if d is not None else None
    if ev is None:
        return False
    o = _motive_at(doc, p)
    if o is None or o <= ev.start <= p.start:
        return False
    answered = [e for e in doc.events_in(doc.sentence_of(p.start)) if o <= e.start < p.start]
    return bool(answered) and all(e.type != ev.type for e in answered)


_CLAUSE_MARKS = frozenset(",.،؛;:!?؟")  # (quotes and brackets stay inside the adjunct)
_CLAUSE_MARKS_STR = "".join(sorted(_CLAUSE_MARKS))  # (``Doc.clause_breaks``'s key: one string for one set)


def _motive_before(doc: Doc, t: int) -> int | None:
    """Where an adjunct of motive opens that token ``t`` lies in, no clause mark between."""
    if not doc.words("response"):
        return None
    # the nearest word of motive within reach (a test remembered per word, asked of the
    # window's words in C: most windows hold none), then no clause mark in the gaps after it
    # up to ``t`` (the article's marks, read once: no slice of the text per token)
    lo = max(0, t - _MOTIVE_REACH)
    at = list(compress(range(lo, t), map(doc.form_in("response"), doc.tok_words[lo:t])))
    if not at or doc.clause_breaks(_CLAUSE_MARKS_STR).find(1, at[-1] + 1, t + 1) >= 0:
        return None
    return doc.toks[at[-1]][0]


motive_before = _motive_before  # (dating reads it too: a day inside a motive is the answered deed's)


def _country_adjective(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"غارات جوية سورية", "فصائل سورية": a one-word country name shaped like an indefinite
    nisba adjective, right after an indefinite word of the same ending, is that word's
    adjective ("Syrian"), not the country; after a preposition or a construct noun ("في
    سورية", "شمال سورية") it is still the country. Definite ones ("السلطات السعودية") stay
    places: a state's own institutions act on its ground. So is one joined by "و" to such an
    adjective ("غارات جوية روسية وسورية": Russian and Syrian raids)."""
    if p.level != "country":
        return False
    if t == 0 or doc.toks[t][1] != p.end:
        return False
    s, _, w = doc.toks[t]
    if s != p.start and w[:p.start - s] not in doc.words("conj"):
        return False
    endings = tuple(doc.words("agreeing_ending"))
    name, prev = w[p.start - s:], doc.toks[t - 1][2]
    if not endings or not name.endswith(endings) or not prev.endswith(endings):
        return False
    if any(f in doc.words("land_plural") for f, _ in clitic_forms(prev)):
        return False  # "محافظات سورية": Syria's governorates, still the country
    if _gap_between(doc.nt.text, doc.toks[t - 1][1], s):
        return False
    return not prev.startswith("ال") and not name.startswith("ال")


_ADJECTIVE_LEVELS = ("town", "subdistrict", "neighbourhood")


def _town_adjective(doc: Doc, p: PlaceMention, t: int) -> bool:
    """"خلال المعارك الليلية" (the nightly battles), "المعارضة السلمية" (the peaceful
    opposition): a one-word definite town name shaped like a nisba adjective, right after a
    definite word that is no place, agrees with that word as its adjective; it names no town
    (al-Lailiya, Salamiyah). After a preposition or a generic noun ("في السلمية", "مدينة
    السلمية") it is still the town; a country so placed is left to ``_country_adjective``."""
    if p.level not in _ADJECTIVE_LEVELS or p.country != HOME_COUNTRY:
        return False
    toks = doc.toks
    if t < 1 or toks[t][0] != p.start or toks[t][1] != p.end:
        return False
    endings = tuple(doc.words("agreeing_ending"))
    name, prev = toks[t][2], toks[t - 1][2]
    article = tuple(doc.words("article"))
    if not endings or not article or not name.startswith(article) or not name.endswith(endings):
        return False
    if _gap_between(doc.nt.text, toks[t - 1][1], p.start):
        return False
    forms = [f for f, _ in clitic_forms(prev)]
    if not any(f.startswith(article) for f in forms):
        return False
    # (a name with its compass word, "الغوطة الشرقية", "ريف حلب الشمالي", is one mention)
    return not any(f in doc.words("land_plural") or f in doc.words("in_place") for f in forms)


def _gap_between(text: str, a: int, b: int) -> bool:
    return text[a:b].strip() != ""


def _inside_name(p: PlaceMention, taken: list[tuple[int, int]], starts: list[int], reach: list[int]) -> bool:
    """Part of an actor's or claimant's name: "قوات سوريا الديمقراطية", "المرصد السوري"; a
    country, or a capital abroad, is no place even when it is the whole name ("نفت موسكو",
    "التي تدعمها واشنطن": the government, not the city)."""
    i = bisect.bisect_right(starts, p.start) - 1
    if i < 0 or reach[i] < p.end:
        return False  # no name starting before it reaches its end (most places): one bisect
    while i >= 0:
        s, e = taken[i]
        if s <= p.start and p.end <= e and ((s, e) != (p.start, p.end) or p.level == "country"
                                            or p.country != HOME_COUNTRY):
            return True
        if e < p.start and p.start - s > 200:
            break  # names are short: nothing further back can hold it
        i -= 1
    return False


def after_saying(doc: Doc, start: int) -> bool:
    """Right after a verb of saying: "أعلنت دمشق", "وقالت دمشق إن": a place named as the one
    who speaks is its government, no place of what it tells (victims: a capital so named is
    the side its soldiers' "its" refers to)."""
    for m in doc.attrib.between(max(0, start - _VERB_REACH), start):  # (asked of every claimant and place)
        if m.value == "verb" and not _gap_between(doc.nt.text, m.end, start):
            return True
    return False


def _told_as_place(doc: Doc, p: PlaceMention) -> bool:
    """A country or capital that is an actor's whole name ("تركيا", "موسكو") is still a place
    after "in" or a land noun: "قتل خمسة جنود في تركيا", "بتركيا", "في جميع أنحاء تركيا"
    (the state acts as a subject, "قصفت تركيا"; it lies where things happen)."""
    t = doc.tok_index(p.start)
    if t < 0 or t >= len(doc.toks):
        return False
    s, _, w = doc.toks[t]
    # (not after a word of direction: "سروج بجنوب شرق تركيا" only says where the town lies)
    place_words = doc.words("in_place") | doc.words("land_plural")
    if s < p.start:
        # a proclitic in the name's own token: "بتركيا"; "وتركيا" is only joined to another
        return any(w[:p.start - s].endswith(f) for f in doc.words("in_place") if len(f) == 1)
    if t == 0 or _gap_between(doc.nt.text, doc.toks[t - 1][1], s):
        return False
    if any(f in place_words for f, _ in clitic_forms(doc.toks[t - 1][2])):
        return True
    # "تمردا في جنوب شرق تركيا", "بجنوب شرقي تركيا": a region of the land after "in" is in it
    return _in_compass_region(doc, t)


def _in_compass_region(doc: Doc, t: int) -> bool:
    """Token ``t`` comes after "in" and one or two points of the compass ("في جنوب شرق",
    "بجنوب شرقي")."""
    k = t - 1
    while k >= 0 and t - k <= 2 and _compass_of(doc, doc.toks[k][2], clitics=False) is not None:
        k -= 1
    if k < 0:
        return False
    if k < t - 1 and doc.toks[k][2] in doc.words("in_place"):
        return True
    w = doc.toks[k][2]  # "بجنوب": the compass word glued to "in"
    return t - k <= 3 and any(n and w[:n].endswith(tuple(f for f in doc.words("in_place") if len(f) == 1))
                              and _compass_of(doc, f, clitics=False) is not None for f, n in clitic_forms(w))


def _names_an_event(doc: Doc, p: PlaceMention) -> bool:
    """"مناطق الاشتباك", "مكان الانفجار": a generic noun before a word of attack or fighting is
    where that event happened, not a place of that name (a definite noun, as a name after its
    noun is; "تعرض العاصمة لهجوم" is the capital attacked)."""
    article = doc.words("article")
    return p.level == "unlisted" and any(m.end == p.end and m.start > p.start and doc.text[m.start:m.end].startswith(tuple(article))
                                         for m in doc.event_words.between(p.start, p.end))


def _names_a_side(doc: Doc, p: PlaceMention) -> bool:
    """"مناطق النظام", "مواقع داعش": a generic noun before an actor's name is that side's
    ground, not a place of that name."""
    return p.level == "unlisted" and any(m.end == p.end for m in doc.actors.between(p.start, p.end))


def is_dateline(doc: Doc, p: PlaceMention) -> bool:
    """"بيروت (ا ف ب) -", "حلب 12 آذار 2024 -", "BEIRUT, March 12 (Reuters) -": where the
    reporter files from, which is not by itself where anything happened."""
    if p.dateline is None:  # (asked again by every claim: kept on the mention)
        p.dateline = _is_dateline(doc, p)
    return p.dateline


def _is_dateline(doc: Doc, p: PlaceMention) -> bool:
    text = doc.text
    if _capital_dateline(doc, p):
        return True
    line = text.rfind("\n", 0, p.start) + 1
    before = text[line:p.start].strip()
    # a dateline opens its line (the title may come before it), with its city before its
    # country: "دبي، الإمارات العربية المتحدة (CNN)", or after the outlet's name and a dash:
    # "عين اليوم – ديار بكر (تركيا)"
    if before and not (before[-1] in "،," and len(before.split()) <= _DATELINE_CITY_WORDS) \
            and not (before[-1] in _DATELINE_DASHES and len(before.split()) <= _DATELINE_OUTLET_WORDS):
        return False
    rest = text[p.end:p.end + 40]
    if rest[:3].strip()[:1] in _DATELINE_PUNCT or "(" in rest[:6]:
        return True
    dated = next(iter(doc.dates_in(p.end, p.end + 3)), None)
    return dated is not None and text[dated.end:dated.end + 4].strip()[:1] in ("-", "–", "(", ":")


def _capital_dateline(doc: Doc, p: PlaceMention) -> bool:
    """"BEIRUT At least 70 fighters ...": a script with capitals writes the dateline's city in
    them, so a city in capitals before words that are not is one though the page lost its
    punctuation and line breaks (a headline in capitals goes on in capitals)."""
    written = doc.nt.orig_text(p.start, p.end)
    if len(written) < 4 or not written.isupper():
        return False
    k = bisect.bisect_left(doc.tok_starts, p.end)
    if k >= len(doc.toks):
        return False
    nxt = doc.nt.orig_text(*doc.toks[k][:2])
    return nxt[:1].isupper() and not nxt.isupper()  # "BEIRUT At least", not "IN LEBANON" nor "Beirut"


def places_in(doc: Doc, sent: Sentence) -> list[PlaceMention]:
    return doc.places_in(sent.start, sent.end)


@lru_cache(maxsize=1)
def _compass() -> dict[str, tuple[str, str, float]]:
    """Each point of the compass: the axis, side and bound of its region of the home
    country (gazetteer/compass.tsv)."""
    return {role: (axis, op, float(bound))
            for role, axis, op, bound, *_ in read_tsv("gazetteer/compass.tsv")}


def _compass_region(doc: Doc, sent: Sentence) -> list[str]:
    """The points of the compass of a region of the home country the sentence names ("في شرق
    البلاد", "شمال غربي سوريا"), or none."""
    toks = doc.toks
    country = doc.words("country_word")
    if not country:
        return []
    lo, hi = doc.sent_toks(sent)
    # only the words that may be a point of the compass (one cached test per word, asked of
    # the sentence's words in C) are read: asked per claim, most sentences name none
    may_be = doc.form_in(*_compass())
    for k in compress(range(lo, hi), map(may_be, doc.tok_words[lo:hi])):
        first = _compass_of(doc, toks[k][2])
        if first is None:
            continue
        points, j = [first], k + 1
        if j < hi and (second := _compass_of(doc, toks[j][2], clitics=False)) is not None:
            points.append(second)
            j += 1
        if j < hi and toks[j][2] in country and not _gap_between(doc.nt.text, toks[j - 1][1], toks[j][0]):
            return points
    return []


def _compass_of(doc: Doc, w: str, clitics: bool = True) -> str | None:
    forms = clitic_form_set(w) if clitics else {w}
    return next((role for role in _compass() if not forms.isdisjoint(doc.words(role))), None)


def _against_compass(doc: Doc, sent: Sentence, place: Place) -> bool:
    """A place inherited from before lies outside the region of the country the claim's own
    sentence names ("وفي 17 يونيو استهدفت ضربات مواقع قرب الحدود العراقية في شرق البلاد"
    after a paragraph about the airport of Damascus): it is some other event's."""
    if place.lat is None or place.lon is None or place.governorate in _NOT_A_SYRIAN_GOVERNORATE:
        return False
    for point in _compass_region(doc, sent):
        axis, op, bound = _compass()[point]
        v = place.lat if axis == "lat" else place.lon
        if (v < bound) if op == ">=" else (v > bound):
            return True
    return False


def claim_place(doc: Doc, sent: Sentence, para_start: int, near: int,
                d: Draft | None = None) -> tuple[Place, str]:
    """The place nearest the figures in their sentence; else the paragraph's; else the lead's.
    Returns the place and where it was read (``vocab.PROVENANCE_SOURCES``). A place taken from
    before that lies outside the region of the country the sentence names is not taken."""
    place, source = _claim_place(doc, sent, para_start, near, d)
    place = _outside_city(doc, place)
    if source in ("paragraph", "previous", "lead") and _against_compass(doc, sent, place):
        country = next((p for p in places_in(doc, sent) if p.level == "country" and p.country == HOME_COUNTRY), None)
        return (gazetteer().resolve([country]), "sentence") if country is not None else (Place(), "default")
    return place, source


def _claim_place(doc: Doc, sent: Sentence, para_start: int, near: int,
                 d: Draft | None = None) -> tuple[Place, str]:
    from rasd.extract.dating import nearer_other_figure

    gz = gazetteer()
    in_sent = places_in(doc, sent)
    # "قتل ثلاثة في حي ركن الدين، وفي ريف دمشق مقتل شخصين": each claim keeps its own clause's places
    own = [p for p in in_sent if not nearer_other_figure(doc, sent, d, p.start)]
    in_sent = own or in_sent
    # "مقتل 72 في بلدة السفيرة بينما استمرت المواجهات في ريف العاصمة": a clause opened by
    # "while" tells something else, placed on its own
    in_sent = [p for p in in_sent if not _contrast_between(doc, p.start, near)] or in_sent
    # "قصفت المدفعية مواقع ... ردا على هجوم في الأحواز": a place in an adjunct of motive after the
    # figure is the answered deed's; the figure's own clause has none then
    in_sent = [p for p in in_sent if (o := _motive_at(doc, p)) is None or o <= near]
    # a Syrian dateline places the story only when the sentence names nowhere else
    in_sent = [p for p in in_sent if not is_dateline(doc, p)] or in_sent
    # "انفجار في سروج الواقعة على بعد 10 كلم من كوباني": a place a distance is measured from
    # is a reference point, the claim's place only when the sentence names no other
    in_sent = [p for p in in_sent if not _distance_from(doc, p)] or in_sent
    if len(in_sent) > 1:
        in_sent = _without_bare_capitals(doc, in_sent)
    if in_sent:
        # places far from the figure are usually about something else ("المرصد الذي يتخذ من
        # بريطانيا مقرا"): resolve among the few nearest
        # (of places as specific, those in the figure's own clause first: "أكدت فرنسا أنها سترد في حال تخطت دمشق الخط
        # الأحمر، بعدما تحدث مسعفون عن سقوط عشرات القتلى ... في مدينة دوما" is Douma's toll)
        nearest = sorted(in_sent, key=lambda p: abs(p.start - near))[:_NEAREST_PLACES]
        nearest.sort(key=lambda p: across_clause(doc, p.start, near))
        place = _resolve_located(doc, nearest)
        own = _attached_region(doc, d, in_sent)
        if own is not None and own.place.span != place.span:
            # "ومقتل 9 مقاتلين في سهل الغاب وريف جسر الشغور": the region the count is told in
            # is its place, not a town of it named elsewhere in the sentence
            place = gz.resolve([own])
        place = _story_reading(doc, sent, para_start, nearest, place)
        place = _quarter_of_the_sentence(in_sent, place)
        told = _anaphor_located(doc, sent, in_sent, place)
        if told is not None:
            return told, "previous"
        if any(m.several and m.place.name == place.name for m in nearest):
            return place, "sentence"  # twin areas in two governorates: no one governorate is right
        if place.governorate == UNKNOWN and place.precision != "country" or (
                place.precision == "country" and place.governorate == UNKNOWN and place.name):
            # "منطقة البانوراما", "في سورية": the governorate comes from the story's setting
            setting = _setting(doc, sent.start, para_start, d=d)
            if setting is None and place.precision == "country" and place.governorate == UNKNOWN:
                setting = _told_next(doc, sent, d)
            if setting is not None:
                if place.precision == "country":
                    return setting, "paragraph"
                place.governorate = setting.governorate
                if place.lat is None:
                    place.lat, place.lon = setting.lat, setting.lon
        return place, "sentence"
    if any(sent.start <= o.start < sent.end for o in doc.scratch.get("place_origins", ())):
        # the sentence tells only where the fire came from, not where it fell: the places told
        # before are no better guess (they are mostly that same origin)
        return Place(), "default"
    if any(sent.start <= o.start < sent.end for o in doc.scratch.get("place_neighbours", ())):
        # "in an eastern province bordering Iraq": the sentence tells its place only by the
        # neighbour of an unnamed region; the places told before are no better guess (the
        # next sentences may name it)
        return Place(), "default"
    # ("الانفجار في البلدة التي يغلب على سكانها الأكراد بجنوب شرق تركيا": a land told by its
    # region in a sentence before is told for what that sentence tells, no scene it sets)
    sides = doc.scratch.get("place_regions_of_sides")
    before = [p for p in doc.places_in(para_start, sent.start) if not sides or p.start not in sides]
    source = "paragraph"
    if not before:
        source = "previous"
        # "وتسببت الاشتباكات ... بمقتل": a new paragraph going on about the events just placed
        recent = doc.sents[max(0, doc.sentence_of(sent.start) - SETTING_SENTENCES)].start
        before = [p for p in doc.places_in(recent, sent.start) if p.level != "country"]
    # "ردا على إطلاق صواريخ ... في مرتفعات الجولان" then "الضربات أسفرت عن مقتل 23": a place
    # told in an adjunct of motive is the answered deed's, not that of a claim of another kind
    # of attack (the response); a claim of the answered deed's own kind ("التفجير الذي أوقع 32
    # قتيلا" after "ردا على هجوم انتحاري في سوروتش") is still told about it
    before = [p for p in before if not _answered_elsewhere(doc, p, d)]
    # ("البلدة التي تقع على بعد 10 كلم من عين العرب": the town meant was told before it)
    before = [p for p in before if not _distance_from(doc, p)] or before
    # (a Syrian dateline, "دمشق (ا ف ب) -", places what follows only when nowhere else is named)
    before = [p for p in before if not is_dateline(doc, p)] or before
    # "تحركت المدمرة في البحر المتوسط" ... "ضربت دوما" ... "تتراوح تقديرات عدد القتلى": a sea
    # told before is where ships sailed or planes flew as often; the land named with it is meant
    before = [p for p in before if p.country != _NO_STATE] or before
    if before and all(is_dateline(doc, p) for p in before) and _lead_lands(doc, sent) is not None:
        before = []  # the dateline of a lead set in lands named in it (below)
    same = _same_place(doc, sent, before)
    if same is not None:
        return same, source
    town = _town_anaphor(doc, sent, before or doc.places_in(
        doc.sents[max(0, doc.sentence_of(sent.start) - SETTING_SENTENCES)].start, sent.start))
    if town is not None:
        return town, source
    if _another_matter(doc, sent):
        # "من ناحية أخرى، قال المرصد إن عدد القتلى ارتفع إلى 100": a sentence turning to another
        # matter tells something else than the places just told, and does not point back to them
        return Place(), "default"
    if before:
        # the two places named last, unless they only say where the place before them lies:
        # "في جامع الإيمان بالمزرعة في شمال دمشق" is the mosque, "دوما ... قرب دمشق" is Douma
        told = doc.sentence_of(before[-1].start)
        last = [p for p in before if doc.sentence_of(p.start) == told][-_NEAREST_PLACES:]
        aside = [p for p in last if _landmark(doc, p, last) or _locates(doc, p, last)]
        if any(p.site for p in last) or aside and all(p in aside or p.place.name == aside[0].place.name
                                                     for p in before[-2:]):
            place = _resolve_located(doc, last)
            setting = _setting(doc, sent.start, para_start, recent_only=True) \
                if place.governorate == UNKNOWN else None
            if setting is not None and place.precision != "country":
                # "في جامع الإيمان": a site named without its town lies in the story's setting
                place.governorate = setting.governorate
                if place.lat is None:
                    place.lat, place.lon = setting.lat, setting.lon
            return place, source
        if len(before) > 1 and told - doc.sentence_of(before[-2].start) > 1:
            # "... in Idlib province." ... four sentences on ... "near the city of Deir al-Zor":
            # a place told sentences before the last one is no pair with it
            return gz.resolve(before[-1:]), source
        return gz.resolve(before[-2:]), source
    lead_end = doc.sents[0].end if doc.sents else 0
    lead = [p for p in doc.places_in(0, lead_end) if p.level != "country"]
    lands = _lead_lands(doc, sent)
    if lands is not None:
        return lands, "lead"
    lead = [p for p in lead if not is_dateline(doc, p)] or lead
    if lead:
        place = gz.resolve(lead)
        # "قتل مستوطنون رضيعا في قرية دوما" ... (other stories, in other places) ... "قتل بوبر 7
        # عمال فلسطينيين": a story that has since gone on to places of other governorates only,
        # never back to the lead's, no longer tells of the lead's place
        since = [p for p in doc.places_in(lead_end, sent.start) if p.level != "country" and not is_dateline(doc, p)
                 and p.country != _NO_STATE]  # (a sea where warships sail is no other story's place)
        if place.governorate != UNKNOWN and any(p.place.governorate not in (place.governorate, UNKNOWN) for p in since) \
                and not any(p.place.governorate == place.governorate for p in since):
            return Place(), "default"
        return place, "lead"
    told = _told_next(doc, sent, d)
    if told is not None:
        return told, "paragraph"
    land = _land_abroad(doc, sent)
    if land is not None:
        return land, "lead"
    return Place(), "default"


def _land_abroad(doc: Doc, sent: Sentence) -> Place | None:
    """"قتل قيادي في القاعدة في غارة أميركية في أفغانستان" ... "كان أحد ثلاثة متطرفين قتلوا في
    الغارة": a story whose opening (to its first toll) names one land abroad and no place else,
    and which names no place in Syria or Iraq before the claim, is set in that land."""
    first = min(doc.hits_by_sentence, default=None)
    if first is None:
        return None
    opening = doc.places_in(0, doc.sents[first].end)
    lands = {p.place.name for p in opening}
    if len(lands) != 1 or any(p.level != "country" or p.country in _SETTING_HOME or p.several
                              or p.place.governorate != ABROAD for p in opening):
        return None
    if any(p.country in _SETTING_HOME for p in doc.places_in(0, sent.start)):
        return None
    return gazetteer().resolve(opening[:1])


def _lead_lands(doc: Doc, sent: Sentence) -> Place | None:
    """"دمشق (ا ف ب) - ... في يوم قتل عشرة اشخاص في تفجير سيارة مفخخة في تركيا": a lead that
    names no place but its dateline and lands is set in those lands, not in the city it is
    filed from: their place, for a claim told before the story names any place below a land."""
    lead_end = doc.sents[0].end if doc.sents else 0
    lead = doc.places_in(0, lead_end)
    if not any(is_dateline(doc, p) for p in lead) \
            or any(p.level != "country" and not is_dateline(doc, p) for p in lead) \
            or any(p.level != "country" and not is_dateline(doc, p) for p in doc.places_in(lead_end, sent.start)):
        return None
    lands = [p for p in lead if p.level == "country" and not p.several]
    return gazetteer().resolve(lands) if lands else None


_ATTACHED_REACH = 4  # tokens from a count's end to the "in" of its place ("9 مقاتلين من المعارضة في")


def _attached_region(doc: Doc, d: Draft | None, in_sent: list[PlaceMention]) -> PlaceMention | None:
    """"ومقتل 9 مقاتلين من المعارضة في سهل الغاب وريف جسر الشغور": a region below the governorate
    (or two places named as one) after "in" right after the count, in its own clause, is where
    the count is told to have happened, though a town of it, finer, is named elsewhere in the
    sentence. (A governorate is not: "قتلوا في محافظة حلب ... عند الدوار في حي الأشرفية" goes on
    to the quarter the count fell in.)"""
    if d is None or not in_sent:
        return None
    t = d.hits[-1].tok_end
    toks, text = doc.toks, doc.nt.text
    for k in range(t, min(len(toks) - 1, t + _ATTACHED_REACH)):
        if not _STOP_CHARS.isdisjoint(text[toks[k - 1][1]:toks[k][0]]):
            return None
        if toks[k][2] in doc.words("in_place"):
            at = toks[k + 1][0]
            p = next((p for p in in_sent if p.start == at), None)
            if p is None or p.country != HOME_COUNTRY or not (p.several or p.level == "district"):
                return None
            return p
    return None


def shared_out_next(doc: Doc, sent: Sentence) -> Place | None:
    """"قال المرصد إن عدد قتلى الاشتباكات ارتفع إلى 100." — "ففي محافظة ريف دمشق قتل 24 ...،
    وفي محافظة دمشق قتل 15": a total whose sentence names no place, shared out governorate by
    governorate in the sentence right after it, is the story's country's, not the place told
    before it."""
    k = doc.sentence_of(sent.start)
    if k + 1 >= len(doc.sents):
        return None
    nxt = doc.sents[k + 1]
    a, _b = doc.sent_toks(nxt)
    if a >= len(doc.toks) or doc.toks[a][2] not in doc.words("share_out_opener"):
        return None
    there = doc.places_in(nxt.start, nxt.end)
    govs = {p.place.governorate for p in there
            if p.country == HOME_COUNTRY and p.level != "country" and p.place.governorate != UNKNOWN}
    if len(govs) < 2:
        return None
    # (an article that names no country: Syria, read from the governorates shared out)
    return story_country(doc, sent.start) or home_total(doc, there, nxt.start)


def _another_matter(doc: Doc, sent: Sentence) -> bool:
    """The sentence opens on another matter ("من جهة أخرى،", "على صعيد آخر،") and names no place
    of its own nor points back to one ("في هذه المنطقة", "في المدينة"): no place told before is
    its place."""
    from rasd.extract.dating import turns_to_another

    k = doc.sentence_of(sent.start)
    if k == 0 or not turns_to_another(doc, k - 1, k):
        return False
    a, b = doc.sent_toks(sent)
    back = doc.form_in("demonstrative", "town_anaphor", "governorate_anaphor")
    return not any(map(back, doc.tok_words[a:b]))


def _story_reading(doc: Doc, sent: Sentence, para_start: int, mentions: list[PlaceMention],
                   place: Place) -> Place:
    """"انفجار سيارة مفخخة في منطقة المزرعة" in a story about Damascus: a name several places
    share (a quarter of Damascus, a town of Suwayda) is read as the one in the governorate of
    the other places its sentence names (a land apart: it settles no Syrian reading), else of
    the place the story has just been in, when one of its readings lies there."""
    m = next((m for m in mentions if m.place.span == place.span and m.country == HOME_COUNTRY), None)
    if m is None or m.level in _REGION_PRECISIONS or len({e.governorate for e in m.candidates}) < 2:
        return place  # (most names: one reading; "محافظة القنيطرة" is the governorate)
    wanted = {o.place.governorate for o in mentions if o is not m and o.level != "country"
              and o.country == HOME_COUNTRY and o.place.governorate != UNKNOWN}
    if not wanted:
        setting = _setting(doc, sent.start, para_start)
        wanted = {setting.governorate} if setting is not None else set()
    if not wanted or place.governorate in wanted:
        return place
    alt = [e for e in m.candidates if e.governorate in wanted]
    if not alt:
        return place
    return gazetteer().resolve([_as_entry(m, min(alt, key=lambda e: e.level != m.level))])


def _quarter_of_the_sentence(in_sent: list[PlaceMention], place: Place) -> Place:
    """"وفي حمص قالت الحكومة إن قواتها تصدت لهجوم في الحولة، وطال القصف جوبر والسلطانية": a
    quarter's name the gazetteer knows only in another governorate (cities share quarter names:
    جوبر, الخالدية, القصور), in a sentence whose other places, one named before it, all lie in one
    governorate, is a quarter of that governorate's: the name stays, the governorate and the
    coordinates are those places'."""
    m = next((m for m in in_sent if m.place.span == place.span), None)
    if m is None or m.country != HOME_COUNTRY or m.level != "neighbourhood" or place.governorate == UNKNOWN:
        return place
    others = [o for o in in_sent if o is not m and o.country == HOME_COUNTRY and o.level != "country"
              and o.place.governorate != UNKNOWN]
    govs = {o.place.governorate for o in others}
    if len(govs) != 1 or place.governorate in govs or not any(o.start < m.start for o in others) \
            or any(e.governorate in govs for e in m.candidates):
        return place
    near = min(others, key=lambda o: abs(o.start - m.start))
    return replace(place, governorate=near.place.governorate, lat=near.place.lat, lon=near.place.lon, pcode=None)


def _without_bare_capitals(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """"تعرضت دوما لهجوم كيميائي أسفر عن مقتل 40 واتهمت القوى الغربية دمشق بتنفيذه": a capital
    named bare (no "in", "on", "near" nor noun before it) beside another place of the sentence is
    its government, not where the count happened: the other place is."""
    capitals = None
    bare = []
    for p in places:
        if p.level != "town":
            continue
        if capitals is None:
            capitals = _capitals(doc.words("apposed_place_noun"))
        if not _capital_named(p, capitals):
            continue
        t = doc.tok_index(p.start)
        if doc.toks[t][0] != p.start or t == 0 or doc.toks[t][2] in doc.words("apposed_place_noun"):
            continue  # "بدمشق", "العاصمة دمشق", "مباحث العاصمة": its preposition or noun is in the mention
        if any(o is not p and 0 <= p.start - o.end <= 1 for o in places):
            continue  # "العاصمة السورية دمشق": in apposition to a place named right before it
        # "في أحد مساجد دمشق": a preposition a few words before, the capital's nouns between
        j = next((j for j in range(t - 1, max(0, t - _AT_REACH) - 1, -1)
                  if not clitic_form_set(doc.toks[j][2]).isdisjoint(doc.words("at_place"))), None)
        if j is not None and not any(c in doc.nt.text[doc.toks[j][1]:p.start] for c in _CLAUSE_STOPS):
            continue
        bare.append(p)
    if not bare:
        return places
    rest = [p for p in places if p not in bare and p.level != "country"]
    return [p for p in places if p not in bare] if rest else places


def _contrast_between(doc: Doc, a: int, b: int) -> bool:
    """A word opening a contrasting clause ("بينما", "فيما", "في حين") stands between the words
    at ``a`` and ``b``, and does not go on about the same event ("بينما كان")."""
    ta, tb = sorted((doc.tok_index(a), doc.tok_index(b)))
    goes_on, toks = doc.words("contrast_goes_on"), doc.toks
    return any(ta < last <= tb and not (last + 1 < len(toks) and toks[last + 1][2] in goes_on)
               for _first, last in doc.contrast_openers(ta, tb + 1))


def across_clause(doc: Doc, a: int, b: int) -> bool:
    """A comma or semicolon stands between the words at ``a`` and ``b``."""
    ta, tb = sorted((doc.tok_index(a), doc.tok_index(b)))
    return doc.clause_breaks(_CLAUSE_STOPS).find(1, ta + 1, tb + 1) >= 0


def _told_next(doc: Doc, sent: Sentence, d: Draft | None) -> Place | None:
    """"خطفت جبهة النصرة في سورية خمسة مقاتلين ..." — "خطفت خمسة مقاتلين ... في قرية قاح": a
    story's opening names only the country (or nowhere) and the sentences after it tell the
    same count again with its place. With no place named before, the place nearest that count
    told again (same kind, same number) in the next sentences is the claim's."""
    if d is None or any(p.level != "country" for p in doc.places_in(0, sent.start)):
        return None
    f = d.hits[0].figure
    k = doc.sentence_of(sent.start)
    for j in range(k + 1, min(len(doc.sents), k + 1 + SETTING_SENTENCES)):
        for h in doc.hits_in(j):
            g = h.figure
            if (g.kind, g.low) != (f.kind, f.low) or g.low is None:  # "at least 5" told again as "5"
                continue
            nxt = doc.sents[j]
            at = doc.hit_pos(h)
            there = [p for p in doc.places_in(nxt.start, nxt.end) if p.country == HOME_COUNTRY and p.level != "country"]
            # "إن حصيلة القتلى ارتفعت إلى 85 ... بواقع 33 في دمشق وريفها و25 في حلب": a place
            # nearer another count of that sentence is that count's share, not the total's place
            others = [doc.hit_pos(o) for o in doc.hits_in(j) if o is not h and not o.subcount]
            shares = [p for p in there if any(abs(p.start - o) < abs(p.start - at) for o in others)]
            there = [p for p in there if p not in shares]
            if not there:
                # a total shared out over governorates is the country's
                if len({p.place.governorate for p in shares} - {UNKNOWN}) > 1:
                    return story_country(doc, sent.start) or home_total(doc, shares, at)
                return None
            place = _resolve_located(doc, sorted(there, key=lambda p: abs(p.start - at))[:_NEAREST_PLACES])
            return place if place.governorate != UNKNOWN else None
    return None


def _anaphor_located(doc: Doc, sent: Sentence, in_sent: list[PlaceMention], place: Place) -> Place | None:
    """"قتل 220 شخصا في المحافظة الواقعة جنوبي سوريا", "على البلدتين الواقعتين في محافظة حلب":
    the place named after "located in" only says where "the governorate" or "the towns" lie;
    the place meant is the one of that kind last named before, when it lies there."""
    toks = doc.toks
    a, b = doc.sent_toks(sent)
    towns, at = doc.words("town_anaphor"), doc.words("located_at")
    # (asked per claim: only the words that are "the governorate" or "the town", picked out in C
    # by a test remembered per word, are read; most sentences have none)
    anaphor = doc.form_in("town_anaphor", "governorate_anaphor")
    for t in compress(range(a, b - 1), map(anaphor, doc.tok_words[a:b - 1])):
        kind = "town" if not clitic_form_set(toks[t][2]).isdisjoint(towns) else "governorate"
        if not any(toks[k][2] in at for k in range(t + 1, min(b, t + 3))):
            continue
        locator = next((p for p in in_sent if toks[t][1] < p.start <= toks[min(b - 1, t + 5)][1]), None)
        if locator is None or locator.place.name != place.name:
            return None
        recent = doc.sents[max(0, doc.sentence_of(sent.start) - SETTING_SENTENCES)].start
        for p in reversed(doc.places_in(recent, sent.start)):
            fits = p.level in ("town", "subdistrict") if kind == "town" else p.level == "governorate"
            inside = p.country == locator.country and (locator.level == "country" or (
                p.place.governorate == locator.place.governorate != UNKNOWN))
            if fits and inside and p.place.name != locator.place.name:
                return gazetteer().resolve([p])
        return None
    return None


def _same_place(doc: Doc, sent: Sentence, before: list[PlaceMention]) -> Place | None:
    """"وهاجمت جبهة النصرة مقرا في المنطقة نفسها، ووقعت اشتباكات تسببت بمقتل 25": "the same
    area" names no place of its own but the one last named before it, not a resolution of the
    last two (a region told in the same breath as another: "في محافظة ادلب كما في ريف حلب")."""
    a, b = doc.sent_toks(sent)
    words = doc.tok_words
    same = doc.words("same_word")
    if not before or same.isdisjoint(words[a:b]):
        return None
    nouns = doc.words("same_place_noun")
    if not any(words[t] in same and not clitic_form_set(words[t - 1]).isdisjoint(nouns) for t in range(a + 1, b)):
        return None
    told = [p for p in before if p.level != "country"]
    # (a place named only to say where the one before it lies is not the one meant)
    last = next((p for p in reversed(told) if not _locates(doc, p, told) and not _landmark(doc, p, told)), None)
    return gazetteer().resolve([last]) if last is not None else None


def town_told_of(doc: Doc, sent: Sentence) -> Place | None:
    """"معارك في وسط المدينة أوقعت حتى الآن 25 قتيلا": the town a total's sentence points back
    to by "the town", when it names no place of its own: the town last named in the sentences
    just before."""
    if places_in(doc, sent):
        return None
    recent = doc.sents[max(0, doc.sentence_of(sent.start) - SETTING_SENTENCES)].start
    return _town_anaphor(doc, sent, doc.places_in(recent, sent.start))


def _town_anaphor(doc: Doc, sent: Sentence, before: list[PlaceMention]) -> Place | None:
    """"قتل 25 مقاتلا في هجوم على قاعدة في المدينة": "the town" names no place of its own but
    points back to the town last named, not to the quarter or region named after it."""
    a, b = doc.sent_toks(sent)
    if not any(map(doc.form_in("town_anaphor"), doc.tok_words[a:b])):
        return None
    det, of, w, nouns = doc.words("definite"), doc.words("settlement_of"), doc.tok_words, doc.words("town_anaphor")
    # English "the city" after its article, not "the town of Sarmin", "Hasakeh city"; a place told
    # as a town is not "the city" ("Atareb town" ... "in the east of the city")
    noun = next((w[t] for t in range(a + 1, b) if w[t] in nouns and w[t - 1] in det and (t + 1 == b or w[t + 1] not in of)),
                None) if det else ""
    if noun is None:
        return None
    other = nouns - {noun} if noun else frozenset()
    near = doc.words("landmark_before")

    def meant(p: PlaceMention) -> bool:
        if not (p.level in ("town", "subdistrict") and not p.several
                or p.level == "unlisted" and p.place.precision == "town"):
            return False
        s = doc.tok_index(p.start)
        if other and not other.isdisjoint(w[max(0, s - 1):doc.tok_index(p.end - 1) + 2]):
            return False
        # "دوما قرب دمشق": a town named only to locate another is not the one meant
        return not any(doc.toks[k][2] in near for k in range(max(0, s - 2), s))

    town = next((p for p in reversed(before) if meant(p)), None)
    return gazetteer().resolve([town]) if town is not None else None


def share_place(doc: Doc, d: Draft) -> Place | None:
    """"بواقع 20 في دمشق، و30 في إدلب", "and one in each of Latakia and Suwayda": a count
    followed by "in" and a place is that place's share of a toll, placed there."""
    t = d.hits[0].tok_end
    if t >= len(doc.toks):
        return None
    if doc.toks[t][2] not in doc.words("in_place"):
        return _glued_share(doc, t)
    reach = doc.toks[min(len(doc.toks) - 1, t + _SHARE_REACH)][1]
    shares = ("country", "governorate", "district", "town")
    p = next((p for p in doc.places_in(doc.toks[t][0], reach) if p.level in shares), None)
    if p is not None and p.several:
        # "وثلاثة في كل من حماة ودرعا": each place's share is the count, the first told first;
        # without "each" ("20 في حلب وإدلب") the two places share it and neither is its place
        k = doc.tok_index(p.start)
        if not any(doc.toks[j][2] in doc.words("each_of") for j in range(t + 1, k)):
            return None
        p = next((q for q in gazetteer().find(doc.nt, doc.toks[k:doc.tok_index(p.end - 1) + 1], twins=False)
                  if q.level in shares), None)
    return gazetteer().resolve([p]) if p is not None else None


def _glued_share(doc: Doc, t: int) -> Place | None:
    """"سقط 22 قتيلا بحلب و13 قتيلا بحمص", "الأعلى بالعاصمة دمشق حيث سقط 30": "in" written as a
    clitic (ب) glued to the place, or to "the capital" before it, right after the count."""
    s, e, w = doc.toks[t]
    glued = [f for f in doc.words("in_place") if len(f) == 1 and w.startswith(f) and len(w) > 2]
    if not glued:
        return None
    at = s + 1
    if w[1:] in doc.words("apposed_place_noun") and t + 1 < len(doc.toks):
        at = doc.toks[t + 1][0]  # "بالعاصمة دمشق": the name after "the capital"
    shares = ("country", "governorate", "district", "town")
    p = next((p for p in doc.places_in(at, at + 1) if p.start == at and p.level in shares and not p.several), None)
    return gazetteer().resolve([p]) if p is not None else None


def story_country(doc: Doc, before: int) -> Place | None:
    """The country the story is told in: the country the article names most, as written at
    its mention nearest before ``before`` (else its first). A total that names no place of
    its own ("وثقت الشبكة مقتل 128 شخصا", "معظمهم في حلب ودير الزور وحمص") counts that
    country's dead. No country named most, or two named most as often: None."""
    # "دبي، الإمارات العربية المتحدة (CNN) --": the country of a dateline is where the
    # reporter files from
    named = [p for p in doc.places if p.level == "country" and not p.several and p.place.name
             and "(" not in doc.nt.text[p.end:p.end + _DATELINE_REACH]]
    counts = Counter(p.country for p in named).most_common(2)
    if not counts or len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    mine = [p for p in named if p.country == counts[0][0]]
    prior = [p for p in mine if p.start < before]
    return gazetteer().resolve([prior[-1] if prior else mine[0]])


def home_total(doc: Doc, mentions: list[PlaceMention], near: int) -> Place | None:
    """"قتل أكثر من 120 شخصا معظمهم في حلب ودير الزور وحمص": a total whose places are towns or
    regions of Syria, in an article that names no country most, lies in Syria, the country those
    places are in (the span is theirs: the country is read from them, not guessed)."""
    home = [p for p in mentions if p.country == HOME_COUNTRY and p.level != "country" and p.place.span]
    e = gazetteer().countries.get(HOME_COUNTRY)
    if not home or e is None:
        return None
    # the list nearest the count is what it is counted over: "حلب ودير الزور وحمص"
    k = min(range(len(home)), key=lambda i: abs(home[i].start - near))
    i = j = k
    while i > 0 and home[i].place.span.start - home[i - 1].place.span.end <= _LIST_GAP:
        i -= 1
    while j + 1 < len(home) and home[j + 1].place.span.start - home[j].place.span.end <= _LIST_GAP:
        j += 1
    a, b = home[i].place.span.start, home[j].place.span.end
    name = e.name
    if not in_gazetteer_script(doc.nt.original[a:b]):
        # an English story names the country as it writes it, or the total stays unplaced
        name = next((p.place.name for p in doc.places if p.country == HOME_COUNTRY and p.level == "country"
                     and not p.several), None)
        if name is None:
            return None
    return Place(name, UNKNOWN, e.lat, e.lon, "country", None, Span(a, b, doc.nt.original[a:b]))


def nationwide_place(doc: Doc, sent: Sentence, d: Draft, near: int) -> Place | None:
    """"سقوط 128 قتيلا في مختلف أنحاء البلاد", "مقتل 50 في مختلف المناطق السورية": a total
    its own clause counts throughout the country lies in the country, whatever town the
    sentence names for something else ("أسقطت طائرة في إدلب، بالتزامن مع سقوط 128 قتيلا في
    مختلف أنحاء البلاد"). The country is the one named right after the cue, else the story's;
    a place finer than a country after it ("في عموم محافظة حلب") bounds the total there."""
    from rasd.extract.dating import nearer_other_figure

    lo, hi = max(sent.start, near - _NATIONWIDE_REACH), min(sent.end, near + _NATIONWIDE_REACH)
    cue = next((c for c in doc.scope_cues.between(lo, hi) if c.value == "nationwide"
                and not nearer_other_figure(doc, sent, d, c.start)), None)
    if cue is None:
        return None
    after = doc.places_in(cue.end, min(sent.end, cue.end + _NATIONWIDE_AFTER))
    if any(p.level != "country" for p in after):
        return None
    named = next((p for p in after if not p.several), None)
    if named is not None:
        return gazetteer().resolve([named])
    return story_country(doc, sent.start)


def told_nowhere(doc: Doc, sent: Sentence, country: Place) -> bool:
    """No place but ``country`` named in the sentences just before ``sent``: a total there is
    not the total of a town or region the story has just told of ("معارك الزبداني ...
    وتسببت المعارك المتواصلة بمقتل 80 مقاتلا")."""
    recent = doc.sents[max(0, doc.sentence_of(sent.start) - SETTING_SENTENCES)].start
    return all(p.level == "country" and p.place.name == country.name
               for p in doc.places_in(recent, sent.start))


def _landmark(doc: Doc, p: PlaceMention, others: list[PlaceMention]) -> bool:
    """"دوما قرب دمشق", "near the town of Safira, southeast of Aleppo": a governorate's seat
    after a word of nearness or direction, with another Syrian town named before it, says
    where that town is, not where things happened."""
    if p.level != "town" or p.country != HOME_COUNTRY or not _is_seat(p):
        return False
    t = doc.tok_index(p.start)
    near = doc.words("landmark_before")
    if not any(0 <= k < len(doc.toks) and doc.toks[k][2] in near for k in (t - 1, t - 2)):
        return False
    # (a region named before it is located so too: "الغوطة الشرقية قرب دمشق")
    return any(o is not p and o.country == HOME_COUNTRY and o.level in ("town", "neighbourhood", "unlisted", "district")
               and o.start < p.start and not _is_seat(o) for o in others)


_DISTANCE_REACH = 7  # tokens before a place where "على بعد" or "تبعد" may stand ("على بعد نحو عشرة كيلومترات من")


def _distance_from(doc: Doc, p: PlaceMention) -> bool:
    """"سروج الواقعة على بعد عشرة كيلومترات من بلدة عين العرب", "النقطة التي تبعد 20 كلم عن
    التنف": a place a distance is measured from is a reference point, not where the thing
    measured lies or what happened there."""
    t = doc.tok_index(p.start)
    toks = doc.toks
    if t < 2 or t >= len(toks) or toks[t][0] != p.start or toks[t - 1][2] not in doc.words("distance_from"):
        return False
    word, on, verb = doc.words("distance_word"), doc.words("distance_on"), doc.words("distance_verb")
    text = doc.nt.text
    for k in range(t - 2, max(0, t - 1 - _DISTANCE_REACH), -1):
        if not _STOP_CHARS.isdisjoint(text[toks[k][1]:toks[k + 1][0]]):
            return False
        w = toks[k][2]
        if w in word and k > 0 and not clitic_form_set(toks[k - 1][2]).isdisjoint(on) \
                or not clitic_form_set(w).isdisjoint(verb):
            return True
    return False


def _resolve_located(doc: Doc, mentions: list[PlaceMention]) -> Place:
    """The place of ``mentions`` once the places that only say where another lies are set
    aside (``_landmark``, ``_locates``): they still settle which reading a name has and lend
    an unlisted name its governorate ("منطقة الحماميات بقضاء التاجي")."""
    aside = [p for p in mentions if _landmark(doc, p, mentions) or _locates(doc, p, mentions)]
    place = gazetteer().resolve(mentions, aside)
    govs = {p.place.governorate for p in aside}
    if aside and place.governorate == UNKNOWN and place.precision != "country" and len(govs) == 1:
        # "بلدة دير حافر وقرية عيشة بريفي حلب": twins of unsure governorate lie in their locator's
        place.governorate = govs.pop()
    elif aside:
        _move_into_locator(doc, place, mentions, aside)
    return place


def _move_into_locator(doc: Doc, place: Place, mentions: list[PlaceMention], aside: list[PlaceMention]) -> None:
    """"حي الحاضر بمدينة حماة", "منطقة الحسينية، شمالي بغداد": the place a locator says it
    lies in is there, though the gazetteer knows its name only from another governorate (a
    village of the same name elsewhere) — when the locator says "in" ("ب", "في"), or the name
    is only a quarter's or a square's (cities share them). A town merely near or north of
    another ("دوما قرب دمشق", "الحجر الأسود جنوبي دمشق") keeps its own governorate. The name
    stays; the governorate and the coordinates are the locator's."""
    chosen = next((m for m in mentions if m.place.span == place.span and m not in aside), None)
    if chosen is None or place.governorate == UNKNOWN:
        return
    loc = min((p for p in mentions if p.start >= chosen.end), key=lambda p: p.start, default=None)
    if loc is None or loc not in aside or loc.start - chosen.end > _LOCATE_GAP \
            or loc.level not in _LOCATING_LEVELS + ("neighbourhood",) \
            or loc.place.governorate in (UNKNOWN, place.governorate):
        return
    if any(e.governorate == loc.place.governorate for e in chosen.candidates):
        return  # the locator's own reading of the name is the gazetteer's business (_consistent)
    words = doc.nt.text[chosen.end:loc.start].replace("،", " ").replace(",", " ").split()
    quarter = bool(chosen.candidates) and all(e.level in ("neighbourhood", "landmark") for e in chosen.candidates)
    if not quarter and not (words and all(w in doc.words("in_place") for w in words)):
        return
    place.governorate = loc.place.governorate
    place.lat, place.lon, place.pcode = loc.place.lat, loc.place.lon, None


def _locates(doc: Doc, p: PlaceMention, others: list[PlaceMention]) -> bool:
    """"منطقة الحبيبية بمدينة الصدر", "قضاء الطارمية، شمالي بغداد", "حي نزال وسط الفلوجة": a
    place named right after another, joined to it only by "في/ب" or a word of nearness or
    direction, says where that place lies: the place before it, no wider, is where things
    happened (news name a place before what locates it)."""
    # (a quarter or a camp locates only a place named "in" it: "حي التقدم في مخيم اليرموك")
    quarter = p.level == "neighbourhood"
    if p.level not in _LOCATING_LEVELS and not quarter:
        return False
    link = doc.words("in_place") if quarter else \
        doc.words("in_place") | doc.words("landmark_before") | doc.words("landmark_from")
    text = doc.nt.text
    for o in others:
        if o is p or o.end > p.start or p.start - o.end > _LOCATE_GAP or o.level == "country" \
                or _RANK_OF.get(o.level, 5) > _RANK_OF.get(p.level, 5):
            continue
        if o.level == "unlisted" and o.place.precision == "exact" and not norm(o.place.name or "").startswith("ال"):
            continue  # "سوق مزدحم في أريحا": an indefinite word after "سوق" or "حي" is mostly an adjective
        if o.start > 1 and text[o.start - 1] in doc.words("conj") and text[o.start - 2] == " ":
            continue  # "اللجاة والحراك والشيخ مسكين في درعا": the last of a list, all of it in درعا
        # (a locator may stand in brackets: "قرية الشيخ حديد (غرب عفرين)", "حي القدم (جنوب دمشق)")
        words = doc.nt.text[o.end:p.start].translate(_LOCATE_PUNCT).split()
        # (a quarter near another quarter locates it too: "حي جبل بدرو قرب طريق الباب")
        near = link | doc.words("landmark_before") | doc.words("landmark_from") \
            if quarter and o.level == "neighbourhood" else link
        if words and all(w in near for w in words) and words[0] not in doc.words("landmark_from"):
            return True
    return False


_SEAT_NEAR = 0.02  # degrees: a listed description of a seat ("العاصمة السورية") stands where it does


def _is_seat(p: PlaceMention) -> bool:
    """A town named like its governorate ("حلب", "Aleppo"), or a listed description of that town
    ("العاصمة السورية")."""
    g = gazetteer().gov_entry.get(p.place.governorate)
    return g is not None and any(e.level == "town" and e.governorate == g.governorate and (
        e.name == g.name or e.handmade and None not in (e.lat, e.lon, g.lat, g.lon)
        and abs(e.lat - g.lat) <= _SEAT_NEAR and abs(e.lon - g.lon) <= _SEAT_NEAR) for e in p.candidates)


def region_setting(doc: Doc, sent: Sentence) -> Place | None:
    """The region the story is about, when the lead names it first ("الغوطة الشرقية")."""
    lead_end = doc.sents[0].end if doc.sents else 0
    # (the country named before it only says where the region lies: "هدنة فورية في سوريا ...
    # خاصة في الغوطة الشرقية")
    lead = [p for p in doc.places_in(0, min(lead_end, sent.start)) if p.level != "country"]
    if lead and lead[0].country == HOME_COUNTRY and lead[0].level in ("district", "governorate"):
        return gazetteer().resolve(lead[:1])
    return None


def story_town(doc: Doc, sent: Sentence) -> Place | None:
    """The one Syrian town the story is about, when every Syrian place named before ``sent`` is
    that town or a wider place of its governorate that locates it ("اشتباكات تدور في مدينة
    البوكمال بمحافظة دير الزور" ... "وأسفرت المعارك المتواصلة منذ فجر الجمعة عن مقتل 30"): a
    total told with no place of its own is that town's battle's. None when the story names
    another place."""
    a, b = doc.tok_index(sent.start), doc.tok_index(max(sent.start, sent.end - 1)) + 1
    if any(map(doc.form_in("country_word"), doc.tok_words[a:b])):
        return None  # "في كل انحاء البلاد": a total over the country, not the town's
    before = [p for p in doc.places_in(0, sent.start) if p.country == HOME_COUNTRY and p.level != "country"
              and not is_dateline(doc, p)]
    if not before or before[0].level not in ("town", "subdistrict") or before[0].several:
        return None
    town = before[0]
    k = doc.sentence_of(town.start)
    if not any(e.sentence == k for e in doc.events):
        return None  # named for something else than an attack or a battle ("وصل المبعوث الى دمشق")
    name = norm(town.place.name or "")
    if any(not (norm(p.place.name or "") == name or p.level in _REGION_PRECISIONS
                and p.place.governorate == town.place.governorate) for p in before[1:]):
        return None
    return gazetteer().resolve([town])


def setting_abroad(doc: Doc, sent: Sentence) -> Place | None:
    """The land outside Syria and Iraq a story is set in, when its opening (to its first toll:
    a caption or a title line may come before) names places there and none in Syria or Iraq:
    "قتل شرطيان في منطقة اضنه" ... "ومنذ اندلاع جولة العنف قتل 13 جنديا". The first such
    place, whose governorate is "other"; None if the opening names none."""
    first = min(doc.hits_by_sentence, default=None)
    if first is None:
        return None
    opening = doc.places_in(0, min(doc.sents[first].end, sent.start))
    abroad = [p for p in opening if p.level != "country" and not p.several]
    if not abroad or any(p.country in _SETTING_HOME for p in opening):
        return None
    place = gazetteer().resolve(abroad[:1])
    return place if place.governorate == ABROAD else None


def _setting(doc: Doc, before: int, para_start: int, recent_only: bool = False,
             d: Draft | None = None) -> Place | None:
    """The nearest Syrian place with a governorate named before ``before``: paragraph first, then
    lead (not the lead when ``recent_only``); for the claim ``d``, none the answered deed's."""
    def settles(p: PlaceMention) -> bool:
        return p.country == HOME_COUNTRY and p.place.governorate != UNKNOWN and p.level != "country" \
            and not _answered_elsewhere(doc, p, d)

    prior = doc.places_in(0, before)
    i = next((i for i in range(len(prior) - 1, -1, -1) if settles(prior[i])), None)
    last = prior[i] if i is not None else None
    recent = doc.sents[max(0, doc.sentence_of(before) - SETTING_SENTENCES)].start
    if last is not None and last.start >= min(para_start, recent):
        # "قرب بلدة اعزاز شمالي مدينة حلب", "جامع الإيمان وسط دمشق": a place named only to say
        # where the one right before it lies is not where the story has just been; that one is
        k = doc.sentence_of(last.start)
        told = [o for o in prior[max(0, i - _NEAREST_PLACES):i + 1] if doc.sentence_of(o.start) == k]
        if len(told) > 1 and (_landmark(doc, last, told) or _locates(doc, last, told)):
            located = _resolve_located(doc, told)
            if located.governorate != UNKNOWN and located.span != last.place.span:
                return located
        return gazetteer().resolve([last])
    if recent_only:
        return None
    first = next((p for p in prior if settles(p)), None)
    return gazetteer().resolve([first]) if first is not None else None


def told_later(doc: Doc, sent: Sentence, ev, place: Place) -> Place | None:
    """"نفذ ضربة جوية في منطقة شرق سوريا" ... "واستهدفت الضربة الأمريكية تجمعا في قرية
    السوسة": an attack placed only in its country (or nowhere) is told again in the next
    sentences by a definite word of its kind, with its place in Syria (a foreign country told
    first has its own governorate and is left alone). Another attack of that kind told between
    ends the reach: the word may be about that one."""
    # (so is an attack placed only in a region or a governorate, when the town told later lies
    # in it: "قتل 15 طفلا في غارة على الغوطة الشرقية" ... "وأورد المرصد أن الغارة استهدفت
    # بلدة عربين في الغوطة الشرقية")
    region = place.governorate not in _NOT_A_SYRIAN_GOVERNORATE and place.precision in _REGION_PRECISIONS
    if ev is None or not region and (place.governorate != UNKNOWN or place.precision not in ("country", UNKNOWN)):
        return None
    root = ev.root()
    k = doc.sentence_of(sent.start)
    if root is ev and ev.sentence == k + 1 and root.type != "other" \
            and not any(p.country != HOME_COUNTRY for p in places_in(doc, sent)):
        # "Twelve civilians were killed in Syria" — "The bombs were dropped on a camp in
        # Idlib": the attack the toll is told of, named first in the next sentence, is placed
        # there
        # (read on demand: the sentence may lie outside the windows read for places)
        a, b = doc.sent_toks(doc.sents[k + 1])
        there = sorted((p for p in gazetteer().find(doc.nt, doc.toks[a:b]) if p.country == HOME_COUNTRY
                        and p.level != "country" and not p.several and _kept(doc, p)),
                       key=lambda p: abs(p.start - ev.start))
        if not there:
            return None
        return _told_there(doc, there, place, region)
    if root.type == "other" or ev.sentence != k or any(p.country != HOME_COUNTRY for p in places_in(doc, sent)):
        # a word of no kind of attack ("الحادث") may take up any event, an attack the claim
        # takes from the lead is not told in its own words, and a sentence naming a land
        # abroad ("نزحوا الى العراق") may tell of something there
        return None
    reach = min(len(doc.sents), k + 1 + SETTING_SENTENCES)
    there = _targeted_next(doc, k)
    if there:
        # "غارات للتحالف استهدفت مواقع عسكرية شرقي سوريا" — "وذكر المرصد أن المنطقة المستهدفة
        # كانت في جنوب مدينة البوكمال": the targeted site told in the next sentence
        return _told_there(doc, there, place, region)
    if region and k + 1 < len(doc.sents) and not _read(doc, k + 1):
        # the next sentence, read for nothing else (no figure near it), may go on about the
        # attack ("وأورد المرصد أن الغارة استهدفت بلدة عربين"): read it for that here
        there = _told_on(doc, k + 1, root.type)
        if there:
            return _finer_in(doc, there, place)
    for later in doc.events[root.index + 1:]:
        if later.sentence <= k:
            continue
        if later.sentence >= reach:
            return None
        if later.type != root.type:
            continue
        if later.root() is not root and not (later.definite and later.antecedent is None):
            return None  # another attack of that kind: what follows may be told of it
        nxt = doc.sents[later.sentence]
        there = [p for p in doc.places_in(nxt.start, nxt.end) if p.country == HOME_COUNTRY and p.level != "country"]
        if not there:
            continue
        if region:
            return _finer_in(doc, sorted(there, key=lambda p: abs(p.start - later.start)), place)
        found = _resolve_located(doc, sorted(there, key=lambda p: abs(p.start - later.start))[:_NEAREST_PLACES])
        if found.governorate == UNKNOWN:
            # "في بلدة سالمية": a town the gazetteer lacks lies where the story has just been
            setting = _setting(doc, nxt.start, nxt.start, recent_only=True)
            if setting is None:
                return None
            found.governorate = setting.governorate
            if found.lat is None:
                found.lat, found.lon = setting.lat, setting.lon
        return found
    return None


def _told_there(doc: Doc, there: list[PlaceMention], place: Place, region: bool) -> Place | None:
    """The place of an attack told again at ``there`` (its places, nearest first): a town in
    the claim's region, or the nearest places located, where the gazetteer places them."""
    if region:
        return _finer_in(doc, there, place)
    found = _resolve_located(doc, there[:_NEAREST_PLACES])
    return found if found.governorate != UNKNOWN else None


def _targeted_next(doc: Doc, k: int) -> list[PlaceMention]:
    """The Syrian places (below the country) of sentence ``k + 1``, nearest first, when it
    points back to the attack by its target ("المنطقة المستهدفة", "الموقع المستهدف") before
    telling any figure of its own; else none."""
    if k + 1 >= len(doc.sents):
        return []
    s = doc.sents[k + 1]
    a, b = doc.sent_toks(s)
    targeted = doc.words("targeted_site")
    if targeted.isdisjoint(doc.tok_words[a + 1:b]):
        return []  # (one set test: most sentences name no target)
    t = next(t for t in range(a + 1, b) if doc.tok_words[t] in targeted)
    if t is None or doc.hits_in(k + 1):
        return []
    at = doc.toks[t][0]
    found = [p for p in gazetteer().find(doc.nt, doc.toks[a:b])
             if p.country == HOME_COUNTRY and p.level != "country" and not p.several and p.start > at
             and _kept(doc, p)]
    return sorted(found, key=lambda p: p.start - at)


def _finer_in(doc: Doc, there: list[PlaceMention], place: Place) -> Place | None:
    """The place ``there`` (nearest first) tells, when it is a town of the region ``place``,
    told more finely than it, and not its governorate's seat (a city named like the
    governorate, "ريف حماة" ... "حماة", may be either)."""
    found = _resolve_located(doc, there[:_NEAREST_PLACES])
    seat = gazetteer().gov_entry.get(found.governorate)
    ok = found.governorate == place.governorate and found.precision in _FINER_THAN_REGION \
        and not (seat is not None and norm(found.name or "") == norm(seat.name))
    return found if ok else None


def _read(doc: Doc, j: int) -> bool:
    """Whether sentence ``j`` lies in the windows read for places and attacks."""
    t = doc.tok_index(doc.sents[j].start)
    return any(a <= t < b for a, b in doc.windows)


def _told_on(doc: Doc, j: int, typ: str) -> list[PlaceMention]:
    """The Syrian places (below the country) of sentence ``j``, nearest its word first, when it
    tells of an attack of kind ``typ`` by a definite word ("الغارة", "القصف") before any
    indefinite one of that kind (a new attack); else none. Read on demand: ``j`` lies outside
    the windows read for everything (no figure near it)."""
    from rasd.extract.events import lexicons as event_lexicons
    from rasd.extract.mentions import index, lexicons as mention_lexicons
    from rasd.lang import pack

    s = doc.sents[j]
    a, b = doc.sent_toks(s)
    refers = event_lexicons(doc.lang).refers
    P = pack(doc.lang)
    word = None
    for m in index(mention_lexicons(doc.lang).events, doc.text, doc.toks[a:b], offset=a):
        role, kind = m.value[0], m.value[1]
        if role not in ("event", "open") or not (kind == typ or typ in refers.get(kind, ())):
            continue
        before = [t[2] for t in doc.toks[max(0, m.tok - 3):m.tok]]
        if P.is_definite(before, doc.toks[m.tok][2], m.start - doc.toks[m.tok][0]):
            word = m
        break  # an indefinite one is a new attack of that kind
    if word is None:
        return []
    found = [p for p in gazetteer().find(doc.nt, doc.toks[a:b])
             if p.country == HOME_COUNTRY and p.level != "country" and not p.several and _kept(doc, p)]
    return sorted(found, key=lambda p: abs(p.start - word.start))


_UNNAMED_REACH = 4  # tokens from "a" to its settlement noun ("a predominantly Kurdish town")


def _country_part(doc: Doc, in_sent: list[PlaceMention]) -> bool:
    """The sentence names Syria only by a part of it ("in northeast Syria", "eastern Syria":
    grammar role country_part right before the country's name), a region the story names
    more closely as it goes on."""
    part = doc.words("country_part")
    return bool(part) and any(
        p.level == "country" and p.country == HOME_COUNTRY and (t := doc.tok_index(p.start)) > 0
        and doc.toks[t - 1][2] in part for p in in_sent)


def town_named_later(doc: Doc, sent: Sentence, place: Place) -> Place | None:
    """"a car bomb in a predominantly Kurdish town in northern Syria" ... "the car blew up on the
    western edge of the town of Qamishli": a claim placed only in its country (or nowhere) whose
    sentence tells of a town without its name, or names the country only by a part of it
    ("killed 30 men in eastern Syria" ... "near the town of Mayadeen"), is placed at the first
    Syrian town the next sentences name as "<noun> of <name>". Read only in a language whose
    grammar lists the words (``unnamed_settlement``, ``indefinite_article``, ``settlement_of``;
    ``country_part``)."""
    nouns, articles, of = doc.words("unnamed_settlement"), doc.words("indefinite_article"), doc.words("settlement_of")
    if not (nouns and articles and of) or place.governorate != UNKNOWN \
            or place.precision not in ("country", UNKNOWN):
        return None
    a, b = doc.sent_toks(sent)
    words = [doc.toks[t][2] for t in range(a, b)]
    in_sent = places_in(doc, sent)
    part = not any(w in articles and any(x in nouns for x in words[i + 1:i + 1 + _UNNAMED_REACH])
                   for i, w in enumerate(words))
    if part and not _country_part(doc, in_sent):
        return None
    if any(p.level not in ("country", "governorate") for p in in_sent):
        return None
    k = doc.sentence_of(sent.start)
    gz = gazetteer()
    for j in range(k + 1, min(len(doc.sents), k + 1 + SETTING_SENTENCES)):
        s = doc.sents[j]
        a, b = doc.sent_toks(s)
        found_here = gz.find(doc.nt, doc.toks[a:b])
        for p in found_here:
            t = doc.tok_index(p.start)
            if p.country != HOME_COUNTRY or p.level in ("country", "governorate") or p.several or t < 2 \
                    or doc.toks[t - 1][2] not in of or doc.toks[t - 2][2] not in nouns or not _kept(doc, p):
                continue
            found = gz.resolve([p])
            if part and len({q.place.governorate for q in doc.places_in(s.start, s.end) if q.country == HOME_COUNTRY
                             and q.level != "country" and q.place.governorate != UNKNOWN}) > 1:
                # "in northern and northeastern Syria" ... "30 near the town of Shadadi in Hasakeh
                # and five outside Kobane in Aleppo province": the part of the country told is
                # several places, none of them the claim's alone
                return None
            return found if found.governorate != UNKNOWN else None
        gov = _unlisted_town_in(doc, a, b, found_here, nouns, of)
        if gov is not None:
            # "the village of Tall Tawil in Hasakeh province": a town the gazetteer lacks, told
            # with the one governorate it lies in, places the claim in that governorate
            return gov
    return None


def _unlisted_town_in(doc: Doc, a: int, b: int, found: list[PlaceMention], nouns: frozenset[str],
                      of: frozenset[str]) -> Place | None:
    """The governorate of tokens ``a``..``b`` when they name a town as "<noun> of <Name>" that
    the gazetteer lacks and no Syrian place but that one governorate (``found``: their places)."""
    home = [p for p in found if p.country == HOME_COUNTRY and p.level != "country" and not p.several]
    if not home or len({p.place.governorate for p in home}) != 1:
        return None
    nt, toks = doc.nt, doc.toks
    province = doc.words("province_after")
    ends = [doc.tok_index(p.end - 1) + 1 for p in home]
    if not province or not all(e < len(toks) and toks[e][2] in province for e in ends):
        return None  # ("in Hasakeh province": the governorate, not its city)
    particles = doc.words("name_particle")
    if not any(toks[t][2] in nouns and toks[t + 1][2] in of
               and (_capitalised(nt, toks[t + 2]) or toks[t + 2][2] in particles)
               and not any(p.start == toks[t + 2][0] for p in home) for t in range(a, b - 2)):
        return None
    place = gazetteer().resolve(home[:1])
    return place if place.governorate != UNKNOWN else None

