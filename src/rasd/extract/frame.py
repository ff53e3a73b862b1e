"""Frame assembly: each draft (one claimant's figures in one sentence) becomes a claim with
what happened, by whom, to whom, where, when and its scope."""

from __future__ import annotations

from rasd.core.models import Claim, Figure, Place, Provenance, Span
from rasd.core.vocab import ABROAD, HOME_COUNTRY, NON_ACTORS, PRECISION_RANK, UNKNOWN
from rasd.extract import events as E
from rasd.extract.attribution import coded_claimant
from rasd.extract.dating import (after_publication, began_period, claim_date, day_told_just_before, event_date, own_date,
                                 own_earlier_period, own_event_day, next_told_day,
                                 reported_day, roundup_day, statement_window, told_date, told_over_a_span,
                                 too_short_for_a_war)
from rasd.extract.doc import Doc, Draft
from rasd.extract.placing import (SETTING_SENTENCES, across_clause, claim_place, home_total, nationwide_place, places_in,
                                  region_setting, setting_abroad, share_place, shared_out_next, story_country, story_town, town_told_of,
                                  told_later,
                                  told_nowhere, town_named_later)
from rasd.extract.places import gazetteer
from rasd.extract.scope import draft_scope, governorate_total, war_toll
from rasd.extract.speaker_labels import as_said_by
from rasd.extract.state import state_named
from rasd.extract.victims import claim_victims


def annotate(doc: Doc) -> None:
    """``doc.claims``: one claim per draft, in reading order."""
    done: dict[int, Claim] = doc.scratch.setdefault("frame.claims", {})  # a draft's claim, once finished
    claims = []
    for d in doc.drafts:
        c = done[id(d)] = finish(doc, d)
        claims.append(c)
    doc.claims = claims


_HARMED = ("killed", "injured", "casualties")


_UNIT_HARMED = 3  # soldiers or fighters hit together, at the least, that make a unit attacked, not a man killed


def _fighters_only(d: Draft) -> bool:
    """The draft counts people killed or wounded, every one of its counts of them is of
    soldiers or fighters (figure group "combatants"), and they are a few at the least (one or
    two policemen shot, an officer murdered, are as often killed outside any fight)."""
    harmed = [x.figure for x in d.hits if x.recorded and x.figure.kind in _HARMED]
    return bool(harmed) and all(f.group == "combatants" for f in harmed) \
        and sum((f.low or f.high or 1) for f in harmed) >= _UNIT_HARMED


def finish(doc: Doc, d: Draft) -> Claim:
    sent = doc.sents[d.sentence]
    near = doc.hit_pos(d.hits[0])
    para_start = doc.paragraph_start(d.paragraph)
    figures: list[Figure] = [h.figure for h in d.hits if h.recorded]

    scope, reason = draft_scope(doc, d)
    att = E.attach(doc, d, scope)
    prov: dict[str, Provenance] = {}
    victims, vprov = claim_victims(doc, d, att, scope)
    if vprov is not None:
        prov["victims"] = vprov
    victims = _whose_forces(doc, d, victims, "victims", prov)
    event, perpetrator, eprov = E.frame(doc, d, att, victims)
    prov.update(eprov)
    if event == "other" and att.event is None and scope == "incident" and d.adjunct is None and _fighters_only(d):
        # "قتل مسلحون 48 جنديا سوريا", "مقتل عسكريين اثنين على أيدي مسلحين", "اربعة جنود
        # سوريين نقلوا للعلاج": soldiers or fighters killed or wounded with no attack named fell
        # in a fight (an execution, a bombing or a raid is told by its own word)
        event = "clashes"
        h = next(x for x in d.hits if x.recorded and x.figure.kind in _HARMED)
        prov["event_type"] = Provenance("figure", doc.span(doc.toks[h.tok_start][0], doc.toks[h.tok_end - 1][1]))
    if scope == "cumulative" and war_toll([f for f in figures if f.qualifier != "thousands"]):
        # "نزاع دام أدى إلى مقتل أكثر من 60 ألف شخص": tens of thousands counted are a war's dead,
        # of no one kind of attack, whatever attack the sentence also names ("آلاف المدنيين"
        # in a campaign of raids may be the raids')
        event = "other"
        prov.pop("event_type", None)
        tied = E.tied_event(doc, d)
        if perpetrator != UNKNOWN and not _told_with(doc, d, prov.get("perpetrator")) \
                and (tied is None or tied.tok < d.hits[0].tok_end):
            # nor of the attack's side ("الغارة هي الاولى تنفذها اسرائيل ... منذ 2011 والتي
            # تطورت الى نزاع دام ادى الى مقتل 60 الف"), unless told as who killed them ("العمليات
            # التي تقودها قوات النظام في مصرع 70 ألف", "مجزرة ارتكبتها القوات، وقتل فيها") or
            # as the attacks that killed them ("قتلوا نتيجة هجمات شنتها القوات")
            perpetrator = UNKNOWN
            prov.pop("perpetrator", None)
    perpetrator = _whose_forces(doc, d, perpetrator, "perpetrator", prov)
    victims = _as_said(doc, d, victims, "victims", prov)
    perpetrator = _as_said(doc, d, perpetrator, "perpetrator", prov)
    place, psource = claim_place(doc, sent, para_start, near, d)
    if scope == "incident" and att.event is not None and att.source != "lead" and psource in _UNPLACED:
        place, psource = _told_event_place(doc, d, att.event, place, psource)
    if scope == "incident" and att.event is not None and att.event.sentence != d.sentence:
        place, psource = _event_place(doc, att.event, place, psource)
    if scope == "incident":
        later = told_later(doc, sent, att.event, place) or town_named_later(doc, sent, place)
        if later is not None:
            place, psource = later, "event"
    if psource in _UNPLACED and (shared := shared_out_next(doc, sent)) is not None:
        # "ارتفع عدد القتلى إلى 100." — "ففي محافظة ريف دمشق قتل 24، وفي محافظة دمشق ...": the
        # total the next sentence shares out over several governorates is the country's
        place, psource = shared, "lead"
    in_sent = places_in(doc, sent)
    if scope == "cumulative" and not in_sent:
        # a total with no place named beside it is not the paragraph's town, but may be the
        # region the story is about ("الغوطة الشرقية")
        # (not a war's toll of thousands: "وخلفت الانتفاضة منذ 2011 نحو 70 ألف قتيل" is the
        # country's, whatever region the story is about)
        # (or the one town it is about, when the total is told of an attack or a battle already
        # told, by a definite word in its own clause: "اشتباكات في مدينة البوكمال" ... "وأسفرت
        # المعارك عن مقتل 30")
        told_of = att.event is not None and att.source in ("clause", "sentence") and att.event.definite
        place, psource = (None if war_toll(figures) else region_setting(doc, sent)
                          or (story_town(doc, sent) if told_of else None)) or Place(), "lead"
        if place.name is None and not war_toll(figures) and (town := town_told_of(doc, sent)) is not None:
            # "وتدور معارك في وسط المدينة أوقعت حتى الآن 25 قتيلا": the town its words point back to
            place, psource = town, "previous"
    # "قتلوا في المحافظة الواقعة جنوبي سوريا": Syria after a word of direction only says where
    # the place meant lies
    syria = next((p.place for p in in_sent if p.level == "country" and p.country == HOME_COUNTRY
                  and not _near_landmark(doc, p) and not _locates_place(doc, p, in_sent)), None)
    if syria is not None and not war_toll(figures) and any(
            p.level != "country" and p.country == HOME_COUNTRY and p.place.governorate != "unknown"
            and abs(p.start - near) < abs(syria.span.start - near) and not across_clause(doc, p.start, near)
            for p in in_sent):
        # "وبلغت حصيلة اعمال العنف في دمشق وريفها 64 قتيلا ... في كل سوريا", "تصعيد النظام في
        # الغوطة الشرقية أسفر عن 500 قتيل ... هدنة في سوريا": a total told with a place of Syria
        # nearer it in its own clause is that place's (not a war's toll of thousands: "الحرب في
        # سوريا التي تسببت في مقتل 70 الف شخص الى مرتفعات الجولان" is the country's)
        syria = None
    if scope == "cumulative" and syria is not None:
        place, psource = Place(syria.name, "unknown", syria.lat, syria.lon, "country", None, syria.span), "sentence"
    wide = nationwide_place(doc, sent, d, near) if scope == "cumulative" else None
    share = share_place(doc, d) if scope == "cumulative" and wide is None else None
    gov = governorate_total(doc, sent, d) if scope == "cumulative" and share is None and wide is None else None
    if wide is not None:
        # "في مختلف أنحاء البلاد": counted throughout the country, whatever else is named
        place, psource = wide, "sentence"
    elif share is not None:
        place, psource = share, "sentence"
    elif gov is not None:
        # "وفي محافظة حلب، قتل 9": a governorate's total is placed at the governorate
        place, psource = gazetteer().resolve([gov]), "sentence"
    elif scope == "cumulative" and gazetteer().spans_governorates([p for p in in_sent if p.level != "country"
                                                                   and not _locating(doc, p, in_sent)]):
        # a total over several governorates has no one place below the country (a country
        # named beside them, "الزبداني ... المنطقة الحدودية مع لبنان", adds no governorate, and a
        # total over Syrian governorates is not a neighbour's)
        country = next((p.place for p in in_sent if p.level == "country" and p.country == HOME_COUNTRY), None)
        place = Place(country.name if country else None, "unknown", None, None,
                      "country" if country else "unknown", None, country.span if country else None)
        psource = "sentence"
    if scope == "cumulative" and place.span is not None and place.precision != "country" \
            and war_toll([f for f in figures if f.qualifier != "thousands"]) \
            and not (near <= place.span.start and not across_clause(doc, near, place.span.start)):
        # "وظلت العاصمة دمشق بعيدة عن الصراع ... والذي أسفر عن مقتل 70 ألفا", "وفي برلين واجه
        # صالحي أسئلة ... في الصراع الذي يقدر عدد القتلى فيه بنحو 60 ألفا": tens of thousands
        # counted are a war's dead, not the dead of a town the sentence names outside the count's
        # own clause (only a place told after it, "قتلوا ... في الغوطة", holds them); read as
        # a war's toll placed nowhere, below
        place, psource = Place(), "lead"
    if scope == "cumulative" and place.name is None:
        # a total over places in several governorates ("معظمهم في حلب ودير الزور وحمص"), or
        # placed nowhere while the story has just named no place but its country, or a war's
        # toll of thousands placed nowhere whatever town was told of before ("وأسفر النزاع عن
        # مقتل 60 ألف شخص"), is the story's country's: read where the article names it
        country = story_country(doc, sent.start)
        syrian = {p.place.governorate for p in in_sent if p.country == HOME_COUNTRY and p.level != "country"
                  and p.place.governorate != "unknown" and not _near_landmark(doc, p)}
        # (a war's toll is the country's though its sentence names a town for something else:
        # "وبعد سنتين على سقوط القتيل الاول في درعا ... النزاع الذي قتل فيه قرابة 59 الف شخص")
        if country is not None and (war_toll(figures) or (len(syrian) > 1 if in_sent
                                                          else told_nowhere(doc, sent, country))) \
                and not (syrian and country.governorate != "unknown"):
            # (a total over Syrian places is no foreign country's, however often the story
            # names that country: "اتهامات من أمريكا" ... "305 قتلى في الغوطة ودمشق")
            place, psource = country, "lead"
        elif country is None and len(syrian) > 1:
            place, psource = home_total(doc, in_sent, near) or place, "sentence"
        elif country is None and war_toll(figures):
            # "وادى النزاع السوري الى مقتل اكثر من 60 الف شخص" in a story naming no country (or
            # two as often) but only Syrian towns: the war is Syria's, the country of those towns
            told = [p for p in doc.places if p.level != "country" and p.place.governorate != "unknown"]
            if told and all(p.country == HOME_COUNTRY for p in told):
                home = home_total(doc, [p for p in told if p.start < near] or told, near)
                if home is not None:
                    place, psource = home, "lead"
        if place.name is None and not in_sent and not war_toll(figures):
            # nor any country named most: a total told after an opening set abroad is there
            abroad = setting_abroad(doc, sent)
            if abroad is not None:
                place, psource = abroad, "lead"
    elif scope == "cumulative" and _after(doc, next((p for p in in_sent if p.level != "country"), None),
                                          "most_of"):
        # "قتل 99 شخصا معظمهم في دمشق وريفها": the places the sentence names hold only most
        # of a total counted over the story's country
        country = story_country(doc, sent.start)
        if country is not None:
            place, psource = country, "lead"
        elif (home := home_total(doc, in_sent, near)) is not None:
            place, psource = home, "sentence"
    # "قصف الجيش الخميس مواقع التنظيم ردا على مقتل جندي": the day of the response is not the
    # day of the death it answers; only a day told in the adjunct itself dates it
    a0 = E.adjunct_at(doc, next((x for x in d.hits if not x.subcount), d.hits[0]))
    dm = claim_date(doc, sent, near, scope, d=d, vague=True,  # "قبل أيام" stops the search: no day
                    since=doc.toks[a0][0] if a0 is not None else None)
    if dm is not None and scope == "cumulative" and dm.span is not None and dm.span.start == dm.span.end \
            and told_over_a_span(doc, near):
        dm = None  # "قتل 915 شخصا خلال 18 يوما، بينهم 91 يوم الأربعاء": no day's total
    if dm is not None and d.attribution.claimant != "outlet":
        dm = statement_window(doc, d, dm)  # "خلال الـ48 ساعة" counted back from the day it was said
    if dm is not None and (scope == "cumulative" or any(
            c.value == "so_far" for c in doc.scope_cues.between(sent.start, sent.end))):
        # "القصف الذي بدأ في 18 شباط": a total counted from that day; so is one fight's toll
        # "so far" ("الاشتباكات التي اندلعت قبل 3 أيام أدت حتى الآن إلى مقتل 7")
        dm = began_period(doc, dm)
    dsource = "clause"
    if dm is None and d.attribution.claimant != "outlet":
        dm = own_date(doc, d, place, psource in ("figure", "clause", "sentence")) if scope == "incident" \
            else own_earlier_period(doc, d)
        dsource = "claimant"
    if dm is None and scope == "incident" and att.event is not None and att.source == "previous":
        # the day the attack it reports is told to have happened
        dm = event_date(doc, att.event.root())
        dsource = "event" if att.source in ("clause", "sentence") else att.source
    if dm is None and a0 is None and scope == "incident" and att.event is not None \
            and att.source in ("clause", "sentence"):
        # the day the same claimant gives the same attack in another sentence
        dm = own_event_day(doc, d, att.event, place, psource in ("figure", "clause", "sentence"))
        dsource = "event"
    if dm is None and a0 is None and scope == "incident" and att.event is not None \
            and d.attribution.claimant == "outlet" \
            and doc.pack.setting("outlet_dates_its_story", "0") == "1":
        # the outlet's title or later sentence about the attack its own lead dates ("Air raids
        # kill 10" — "A barrage of air strikes on Saturday ... killed at least 10")
        dm = told_date(doc, att.event.root())
        dsource = "event"
    if dm is None and a0 is None and scope == "incident" and att.event is not None \
            and att.source in ("clause", "sentence"):
        # the day the next sentence tells the same attack, named again, happened
        dm = next_told_day(doc, d, att.event, place)
        dsource = "event"
    if dm is None and scope == "incident" and d.attribution.claimant != "outlet":
        # the day the same claimant gives the event in another sentence of the paragraph
        dm = reported_day(doc, d, place, psource in ("figure", "clause", "sentence"))
        dsource = "claimant"
    if dm is None and a0 is None and scope == "incident" and att.event is not None \
            and att.source in ("clause", "sentence"):
        # the day the sentence just before dated the attack this one names again ("... في انفجار
        # في مسجد أمس الخميس. وذكرت وسائل إعلام رسمية أن عدد قتلى الانفجار بلغ 42")
        dm = day_told_just_before(doc, d, att.event, place, psource in ("figure", "clause", "sentence"))
        dsource = "previous"
    if dm is None and not war_toll(figures):
        # a day's toll just told, broken down ("لقي 82 شخصا مصرعهم الجمعة ... حيث سقط 30 قتيلا في دمشق")
        dm = roundup_day(doc, d, place, figures)
        dsource = "previous"
    if place.span is not None:
        prov["place"] = Provenance(psource, place.span)
    if reason == "before":
        event, perpetrator, place = _continued_total(doc, d, att, event, perpetrator, place, prov)
    date = None
    if dm is not None and dm.span is not None and not after_publication(doc, dm.span) \
            and not too_short_for_a_war(figures, dm.span):
        date = dm.span
        prov["date"] = Provenance(dsource, doc.span(dm.start, dm.end))
    return Claim(
        claimant=coded_claimant(doc, d.attribution, victims),
        claimant_text=d.attribution.text,
        event_type=event or "other",
        perpetrator=perpetrator,
        victims=victims,
        place=place,
        date=date,
        scope=scope,
        figures=figures,
        evidence=doc.span(sent.start, sent.end) if sent.end > sent.start else Span(0, 0, ""),
        provenance=prov,
        event=att.event.root().index if att.event is not None else None,
    )


def _continued_total(doc: Doc, d: Draft, att: E.Attachment, event: str | None, perpetrator: str, place: Place,
                     prov: dict[str, Provenance]) -> tuple[str | None, str, Place]:
    """A count that goes on from a total the sentence before told ("منذ بدء القوات تصعيدها على
    المنطقة ... تسبب بمقتل 1160 مدنيا. وقتل تسعة من المسعفين"), or breaks it down, counts over
    that total's attacks, side and place: each it inherits (from the sentence before) unless its
    own sentence names it."""
    done: dict[int, Claim] = doc.scratch.get("frame.claims", {})
    total = next((done[id(x)] for x in reversed(doc.drafts) if x.sentence == d.sentence - 1
                  and id(x) in done and done[id(x)].scope == "cumulative"), None)
    if total is None:
        return event, perpetrator, place
    sent = doc.sents[d.sentence]

    def own(attribute: str, named: bool) -> bool:
        # a value read with no span of its own ("القصف التركي" read as the campaign's) is the
        # sentence's
        p = prov.get(attribute)
        if p is None or p.span is None:
            return named
        return sent.start <= doc.nt.norm_pos(p.span.start) < sent.end

    def inherit(attribute: str) -> None:
        p = total.provenance.get(attribute)
        if p is not None and p.span is not None:
            prov[attribute] = Provenance("previous", p.span)
        else:
            prov.pop(attribute, None)

    # (an attack named in the sentence, "جراء القصف", is its own, whatever earlier word of it
    # its type was read from)
    if att.source not in ("clause", "sentence") and not own("event_type", (event or "other") != "other") \
            and total.event_type != (event or "other"):
        event = total.event_type
        inherit("event_type")
    if not own("perpetrator", perpetrator != UNKNOWN) and total.perpetrator != perpetrator:
        perpetrator = total.perpetrator
        inherit("perpetrator")
    # (a sentence that names places of its own and is placed at none of them counts over
    # several: "في تركيا وشمال العراق")
    # (the same place read from the lead is the total's, told just before)
    lead = prov.get("place") is not None and prov["place"].source == "lead"
    if not own("place", place.name is not None or bool(places_in(doc, sent))) and total.place.name is not None \
            and (total.place != place or lead):
        place = total.place
        inherit("place")
    return event, perpetrator, place


_TOLD_WITH = 8  # tokens from a side to the count whose dead it is told to have made


def _told_with(doc: Doc, d: Draft, p: Provenance | None) -> bool:
    """The side read at ``p`` is named in the figure's sentence, a few words before it with no
    sentence-internal stop between ("التي تقودها قوات النظام في مصرع 70 ألف")."""
    if p is None or p.span is None:
        return False
    sent = doc.sents[d.sentence]
    if not sent.start <= doc.nt.norm_pos(p.span.start) < sent.end:
        return False
    end = doc.tok_index(doc.nt.norm_pos(p.span.end) - 1) + 1
    f0 = d.hits[0].tok_start
    return 0 <= f0 - end <= _TOLD_WITH and not E.breaks(doc, end, f0)


def _near_landmark(doc: Doc, p) -> bool:
    """"الغوطة الشرقية، قرب العاصمة دمشق": a place after a word of nearness says where the
    place before it lies, and adds no governorate of its own to a total."""
    return _after(doc, p, "landmark_before")


def _locates_place(doc: Doc, p, in_sent) -> bool:
    """"أوقع أكثر من 400 قتيل منذ الأحد في الغوطة الشرقية بسوريا": the country right after a
    place of its own, by "in" alone, only says where that place lies; a total told there is
    that place's, not the whole country's."""
    text, link = doc.nt.text, doc.words("in_place")
    return any(o.level != "country" and o.country == p.country and o.end <= p.start
               and text[o.end:p.start].strip() in link | {""} for o in in_sent)


def _locating(doc: Doc, p, in_sent) -> bool:
    """"الغوطة الشرقية المحاصرة قرب دمشق", "عند أطراف دمشق": a place after a word of nearness,
    with another place of its country named just before it, only says where that place lies:
    it is no second governorate of a total over the first."""
    return _near_landmark(doc, p) and any(o.end <= p.start and p.start - o.end <= _LOCATE_REACH and o.level != "country"
                                          and o.country == p.country for o in in_sent)


_LOCATE_REACH = 60  # characters between a place and the one after a word of nearness that locates it (an apposition between: "الغوطة الشرقية، معقل الفصائل الأخير قرب دمشق")


def _after(doc: Doc, p, role: str) -> bool:
    """A word of ``role`` one or two words before place ``p`` ("قرب دمشق", "معظمهم في حلب")."""
    if p is None:
        return False
    t = doc.tok_index(p.start)
    words = doc.words(role)
    return any(0 <= k < len(doc.toks) and doc.toks[k][2] in words for k in (t - 1, t - 2))


def _whose_forces(doc: Doc, d: Draft, value: str, attribute: str, prov: dict[str, Provenance]) -> str:
    """"إن الجيش قتل 11 مسلحا" in a Turkish province, "للجيش المصري": a force read from a
    name that says no state is the state's of the claim's country; unknown (its evidence
    dropped) where that state's forces are no codebook actor."""
    p = prov.get(attribute)
    if value in NON_ACTORS or p is None or p.span is None:
        return value
    nt = doc.nt
    out = state_named(doc, d, value, (nt.norm_pos(p.span.start), nt.norm_pos(p.span.end)))
    if out == UNKNOWN:
        prov.pop(attribute, None)
    return out


def _as_said(doc: Doc, d: Draft, value: str, attribute: str, prov: dict[str, Provenance]) -> str:
    """A label's side as the claimant means it; unknown (and no evidence) when it means none."""
    out = as_said_by(value, d.attribution.claimant, doc.lang)
    if out == UNKNOWN:
        prov.pop(attribute, None)
    return out


_UNPLACED = ("paragraph", "previous", "lead")  # the claim's own sentence named no place


def _told_event_place(doc: Doc, d: Draft, ev, place: Place, psource: str) -> tuple[Place, str]:
    """A claim whose sentence names no place is where the attack it reports was told to be
    ("قصفت الطائرات حي الشعار في حلب. ويتحصن المقاتلون في تلبيسة. وقتل 20 شخصا"), read
    from that attack's sentence nearest its word, not from whatever place was named last (a
    base of a side, a town of something told between)."""
    # a definite word in the claim's own sentence ("وأسفر التفجير") points back to its antecedent
    told = ev if ev.sentence != d.sentence else ev.root()
    if told.sentence >= d.sentence or d.sentence - told.sentence > SETTING_SENTENCES:
        return place, psource
    if told is doc.lead and told is not ev:
        return place, psource  # read back to the story's lead: its opening names places for other ends
    there = doc.sents[told.sentence]
    # a place across a comma from the attack's word is mostly of another clause ("حيث تجمع ...")
    if not any(p.level != "country" and not across_clause(doc, p.start, told.start) for p in places_in(doc, there)):
        return place, psource
    found, _ = claim_place(doc, there, doc.paragraph_start(there.paragraph), told.start)
    if found.span is None or found.governorate == "unknown":
        return place, psource
    if found.governorate == place.governorate and \
            PRECISION_RANK.get(place.precision, 5) <= PRECISION_RANK.get(found.precision, 5):
        return place, psource  # "العريش" told after "شمال سيناء": the finer name of the same ground
    return found, "event"


def _event_place(doc: Doc, ev, place: Place, psource: str) -> tuple[Place, str]:
    """A claim that goes on about an attack told in another sentence ("قصف على حي جبل بدرو
    في حلب" ... "وقتل 31 شخصا في حلب") is where that attack was, when its place lies within
    the claim's own and names it more finely."""
    told = places_in(doc, doc.sents[ev.sentence])
    if not told:
        return place, psource
    there = gazetteer().resolve(told)
    finer = PRECISION_RANK.get(there.precision, 5) < PRECISION_RANK.get(place.precision, 5)
    # a town's own p-code is a point ("SY020000:GN170063"): its neighbourhoods are within its
    # subdistrict
    outer = place.pcode.split(":")[0] if place.pcode and place.precision == "town" else place.pcode
    within = place.name is None or gazetteer().is_within(there.pcode, outer) or (
        place.precision == "governorate" and place.governorate not in (UNKNOWN, ABROAD)
        and there.governorate == place.governorate)
    if finer and within and there.span is not None:
        return there, "event"
    return place, psource
