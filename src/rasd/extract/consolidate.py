"""Claims read together: a claimant going on about its own total keeps totalling, periods and
days carry to the claimant's later claims, and a figure told twice is one claim (codebook
"Annotation conventions")."""

from __future__ import annotations

import copy

from rasd.core.models import Claim, DateSpan, Place, Provenance, Span
from rasd.core.sides import allied
from rasd.core.vocab import ABROAD, GROUPS, PRECISION_RANK, UNKNOWN
from rasd.extract.attribution import continues_previous
from rasd.extract.dating import (continued_report, only_spoken_days, opens_on_kana, own_month_or_year,
                                  own_undated_beginning, spoke_before, told_some_time_ago, too_short_for_a_war,
                                  turns_to_another)
from rasd.extract.doc import Doc
from rasd.extract.figures import lexicons
from rasd.extract.places import gazetteer
from rasd.extract.placing import share_place
from rasd.extract.scope import _TOWN_LEVELS, tied_to_one_attack, war_toll
from rasd.text.normalize import norm


def annotate(doc: Doc) -> None:
    _each_place_its_share(doc)
    _drop_superseded(doc)
    _restated_days_toll(doc)
    _continue_totals(doc)
    _shares_of_a_days_toll(doc)
    _why_the_toll_may_rise(doc)
    _one_blow_two_verbs(doc)
    _merge_follow_ups(doc)
    _share_victims(doc.claims)
    _share_perpetrators(doc.claims)
    _shares_of_a_total(doc)
    _share_periods(doc)
    _carry_dates(doc)
    _restated_incident_toll(doc)
    _headline_told_by_a_claimant(doc)
    lead = doc.headline
    heads = {id(c) for c in doc.claims if lead is not None and c.figures and lead[0] <= c.figures[0].span.start < lead[1]}
    doc.claims = _dedupe(doc.claims, heads)
    _country_toll_placed_by_its_retelling(doc)


def _country_toll_placed_by_its_retelling(doc: Doc) -> None:
    """"18 IS jihadists killed fighting Syria Kurds" (or "killed 85 civilians in northern
    Syria"), then the same toll of the same event told again at a town ("the 18 militants were
    killed near the town of Ain al-Arab", "put the toll at 85" of strikes near Manbij): a toll
    placed only in the country is placed where the claims that tell it again, of its own event,
    place it (one governorate among them; a total over time is placed by its own telling only).
    Read only in a language whose grammar sets
    ``retold_toll_places_country`` (wire copy names the country in its title and lead first)."""
    if doc.pack.setting("retold_toll_places_country", "0") != "1":
        return
    for c in doc.claims:
        if c.event is None or c.scope != "incident" or c.place.precision != "country" or c.place.governorate != UNKNOWN:
            continue
        tolls = {(f.kind, f.low) for f in c.figures if f.low is not None}
        donors = [o for o in doc.claims if o is not c and o.event == c.event and o.scope == "incident"
                  and o.place.governorate not in (UNKNOWN, ABROAD) and o.place.precision not in ("country", UNKNOWN)
                  and any((f.kind, f.low) in tolls for f in o.figures)]
        if not donors or len({o.place.governorate for o in donors}) != 1:
            continue
        prov = donors[0].provenance.get("place")
        c.place = donors[0].place
        c.provenance["place"] = Provenance("event", prov.span if prov else donors[0].place.span)


_SHARE_LEVELS = ("country", "governorate", "district", "town")
_EACH_REACH = 3  # tokens after "في" where "كل من" and the places it lists may start


def _each_place_its_share(doc: Doc) -> None:
    """"وثلاثة في كل من حماه ودرعا": a share of a toll told for each of several places is that
    count in every one of them (codebook: per-governorate breakdowns are claims of their own).
    The claim placed in the first place is told again for each further place, which its
    provenance points to."""
    if not doc.drafts:
        return
    each, in_place = doc.words("each_of"), doc.words("in_place")
    drafts, claims = [], []
    for d, c in zip(doc.drafts, doc.claims):
        drafts.append(d)
        claims.append(c)
        t = d.hits[-1].tok_end
        if c.scope != "cumulative" or t >= len(doc.toks) or doc.toks[t][2] not in in_place \
                or not any(doc.toks[j][2] in each for j in range(t + 1, min(t + 1 + _EACH_REACH, len(doc.toks)))):
            continue
        reach = doc.toks[min(len(doc.toks) - 1, t + _EACH_REACH + 1)][1]
        listed = next((p for p in doc.places_in(doc.toks[t][0], reach) if p.several), None)
        if listed is None:
            continue
        k, e = doc.tok_index(listed.start), doc.tok_index(listed.end - 1) + 1
        parts = [p for p in gazetteer().find(doc.nt, doc.toks[k:e], twins=False) if p.level in _SHARE_LEVELS]
        for p in parts[1:]:
            place = gazetteer().resolve([p])
            if place.name == c.place.name:
                continue
            other = copy.deepcopy(c)
            other.place = place
            other.provenance["place"] = Provenance("clause", doc.span(p.start, p.end))
            drafts.append(d)
            claims.append(other)
    doc.drafts, doc.claims = drafts, claims


def _headline_told_by_a_claimant(doc: Doc) -> None:
    """"مقتل 15 مدنيا في قصف على ريف درعا" over "أعلن المرصد ... عن مقتل 15 مدنيا": a figure
    a heading (the title, or a short line of its own with no full stop) gives in the outlet's
    voice, which a claimant gives again after it, is that claimant's, one claim with the
    body's (the heading only sums the story up)."""
    heads = [_is_heading(doc, d.sentence) and c.claimant == "outlet" for d, c in zip(doc.drafts, doc.claims)]
    if not any(heads):
        return
    keep_d, keep_c = [], []
    apart = doc.pack.setting("heading_apart_past_other_tolls", "0") == "1"
    for i, (d, c) in enumerate(zip(doc.drafts, doc.claims)):
        if heads[i]:
            later = [c2 for d2, c2 in zip(doc.drafts, doc.claims) if c2.claimant != "outlet" and d2.sentence > d.sentence
                     and not (apart and _other_toll_between(doc, d, d2, c))]
            told = {(f.kind, f.group, f.low, f.high): c2 for c2 in reversed(later) for f in c2.figures}
            body = [told[k] for f in c.figures if (k := (f.kind, f.group, f.low, f.high)) in told]
            c.figures = [f for f in c.figures if (f.kind, f.group, f.low, f.high) not in told]
            if body:
                _complete_from_heading(body[0], c)
            if not c.figures:
                continue
        keep_d.append(d)
        keep_c.append(c)
    doc.drafts, doc.claims = keep_d, keep_c


def _other_toll_between(doc: Doc, head, body, c: Claim) -> bool:
    """Between heading ``head`` and the claim ``body`` that tells its toll again, the story tells
    another toll ("Army Kills over 50 Terrorists in Hama" ... air strikes in Homs "leaving many
    terrorists dead" ... "the death of at least 50 terrorists" in Hama): the heading sums up a
    story of several attacks, whose main one it names first, and stays a claim of its own.
    (Claims in sentence order, as the drafts are.)"""
    tolls = {(f.kind, f.low) for f in c.figures}
    for d, o in zip(doc.drafts, doc.claims):
        if head.sentence < d.sentence < body.sentence:
            # the first claim after the heading says which: its toll told again (with another
            # group: "killed 270" over "270 soldiers") is the story the heading sums up
            return not {(f.kind, f.low) for f in o.figures} & tolls
    return False


def _complete_from_heading(body: Claim, head: Claim) -> None:
    """One claim told by a heading and again in the body: what the body leaves unknown (who
    did it, what kind of attack) the heading's reading may give, with where it read it."""
    for attribute, none in (("perpetrator", UNKNOWN), ("event_type", "other")):
        if getattr(body, attribute) == none and getattr(head, attribute) != none and attribute in head.provenance:
            setattr(body, attribute, getattr(head, attribute))
            body.provenance[attribute] = head.provenance[attribute]


_HEADING_WORDS = 12  # a line of its own no longer than this, with no full stop, heads what follows


def _is_heading(doc: Doc, si: int) -> bool:
    sent = doc.sents[si]
    if doc.headline is not None and doc.headline[0] <= sent.start < doc.headline[1]:
        return True
    # (the sentences on either side read by their index, not found in a pass over all of them)
    sents = doc.sents
    alone = all(sents[k].paragraph != sent.paragraph for k in (si - 1, si + 1) if 0 <= k < len(sents))
    if not alone:
        return False
    first, end = doc.sent_toks(sent)
    return end - 1 - first < _HEADING_WORDS \
        and doc.text[sent.start:sent.end].rstrip()[-1:] not in ".!?؟:"


def _earlier_report(doc: Doc, d, h) -> bool:
    """Whether figure ``h`` is told as a report the claimant made before: after "حصيلة سابقة"
    / "بعدما أفاد" in its sentence, or after the pluperfect of a verb of
    reporting opening its clause ("وكان المرصد (قد) أفاد ... بأن عدد الضحايا وصل إلى 54")."""
    L = lexicons(doc.lang)
    first = doc.tok_index(doc.sents[d.sentence].start)
    quiet, words = L.earlier.quiet, doc.tok_words
    for t in range(first, h.tok_start):
        if words[t] in quiet:
            continue  # (most words are known to start no phrase: no call)
        m = L.earlier.match_at(doc.toks, t)
        if m is not None and t + m[1] <= h.tok_start:
            return True
    kana = doc.words("kana")
    opened = next((t for t in range(h.tok_start - 1, first - 1, -1) if doc.toks[t][2] in kana
                   and (t == first or doc.gap(t).strip())), None)
    if opened is None:
        return False
    # the pluperfect report of a toll ("عدد الضحايا", "حصيلة"): an earlier count of it, not
    # the report of another attack ("وكان المرصد أفاد عن مقتل تسعة في قرية أخرى")
    return any(L.report_verb.match_at(doc.toks, t) is not None
               for t in range(opened + 1, min(opened + 1 + _KANA_REACH, h.tok_start))) \
        and any(L.toll_lead.match_at(doc.toks, t) is not None or _toll_word(doc, L, doc.tok_words[t])
                for t in range(opened, h.qty_tok))


_KANA_REACH = 5  # "وكان المرصد السوري لحقوق الإنسان قد أفاد": the verb of reporting a few words on


def _drop_superseded(doc: Doc) -> None:
    """A toll the claimant reported earlier and has since raised ("بعد حصيلة سابقة أفادت عن
    مقتل 12", "وكان المرصد أفاد ... بأن العدد وصل إلى 54"): only the final figure is kept
    (codebook "Annotation conventions"). An earlier toll goes, with its sub-counts, when the
    same speaker states a larger one of the same kind (tolls only rise: the largest is never
    the earlier)."""
    most: dict[tuple[str, str], int] = {}
    for d, c in zip(doc.drafts, doc.claims):
        for h in d.hits:
            if h.recorded and not h.subcount and h.figure.low is not None:
                for key in ((speaker(c), h.figure.kind), ("", h.figure.kind)):
                    most[key] = max(most.get(key, 0), h.figure.low)
    L = lexicons(doc.lang)
    dropped = False
    for d, c in zip(doc.drafts, doc.claims):
        total_gone = False
        # "وكانت حصيلة أولى أشارت إلى مقتل 14": an earlier toll told as the subject names no
        # one; any larger toll of its kind in the article supersedes it
        who = "" if c.claimant == "other" and c.claimant_text and _a_toll(doc, L, c.claimant_text) else speaker(c)
        for h in d.hits:
            f = h.figure
            if not h.subcount:
                total_gone = f.low is not None and most.get((who, f.kind), 0) > (f.high or f.low) \
                    and _earlier_report(doc, d, h)
            if total_gone and h.recorded and f in c.figures:
                c.figures.remove(f)
                dropped = True
    if dropped:
        kept = [(d, c) for d, c in zip(doc.drafts, doc.claims) if c.figures]
        doc.drafts, doc.claims = [d for d, _ in kept], [c for _, c in kept]


def _toll_word(doc: Doc, L, w: str) -> bool:
    """A word of a toll, with or without its article ("حصيلة", "الحصيلة")."""
    return any(L.toll_lead.starts_alone(w[len(a):]) for a in ("", *doc.words("article")) if w.startswith(a))


def _a_toll(doc: Doc, L, text: str) -> bool:
    """A claimant's name that is a toll ("حصيلة أولى", "الحصيلة السابقة"), not a speaker."""
    return _toll_word(doc, L, norm(text).split()[0])


_RISE_AFTER = 2  # sentences back from "the toll may rise" where that toll may be told


def _why_the_toll_may_rise(doc: Doc) -> None:
    """"وعدد القتلى مرشح للارتفاع بسبب وجود جرحى بحالات خطرة", "قابل للازدياد لوجود معلومات عن
    قتلى آخرين": vague casualties told as why the toll may rise are of the toll the claimant
    has just told (in that sentence or the two before), not a claim of their own; a kind
    that toll does not count yet joins it."""
    L = lexicons(doc.lang)
    drafts, claims = [], []
    for d, c in zip(doc.drafts, doc.claims):
        # the claimant's own toll, or for words in no one's voice the one just told
        p = next((k for k in range(len(claims) - 1, -1, -1)
                  if (speaker(claims[k]) == speaker(c) or c.claimant == "outlet")
                  and d.sentence - drafts[k].sentence <= _RISE_AFTER), None)
        if p is not None and all(f.qualifier == "some" for f in c.figures) and _may_rise(doc, L, d.sentence):
            kinds = {f.kind for f in claims[p].figures}
            claims[p].figures.extend(f for f in c.figures if f.kind not in kinds)
            continue
        drafts.append(d)
        claims.append(c)
    doc.drafts, doc.claims = drafts, claims


def _may_rise(doc: Doc, L, si: int) -> bool:
    sent = doc.sents[si]
    first, end = doc.sent_toks(sent)
    return any(L.may_rise.match_at(doc.toks, t) is not None for t in range(first, end))


_JOINED_COUNTS = 6  # tokens between two counts of one statement ("مقتل 42، بالإضافة إلى 84 جريحا")


def _one_blow_two_verbs(doc: Doc) -> None:
    """"إن التفجير الذي استهدف المسجد أسفر عن مقتل 42 آخرين، بالإضافة إلى 84 جريحا": the
    dead and the wounded one claimant counts side by side in one sentence are one claim, though
    the sentence's events were read as two, when one of them is only a verb no word typed (the
    relative "الذي استهدف" of the blast): such a verb names no other attack. The claim of the
    typed event keeps the figures of both."""
    if len(doc.drafts) < 2:
        return
    kept_drafts, kept = [doc.drafts[0]], [doc.claims[0]]
    for d, c in zip(doc.drafts[1:], doc.claims[1:]):
        pd, p = kept_drafts[-1], kept[-1]
        if _counted_side_by_side(doc, pd, p, d, c):
            if _untyped(pd.event) and not _untyped(d.event):
                c.figures[:0] = p.figures  # the typed claim stands, in the first one's place
                kept_drafts[-1], kept[-1] = d, c
                p, c = c, p  # (the evidence below widens the claim that stands)
            else:
                p.figures.extend(c.figures)
            if p.evidence is not None and c.evidence is not None:
                s, e = min(p.evidence.start, c.evidence.start), max(p.evidence.end, c.evidence.end)
                p.evidence = Span(s, e, doc.nt.original[s:e])
            continue
        kept_drafts.append(d)
        kept.append(c)
    doc.drafts, doc.claims = kept_drafts, kept


def _untyped(ev) -> bool:
    return ev is None or getattr(ev, "typed_by", None) == "default"


def _counted_side_by_side(doc: Doc, pd, p: Claim, d, c: Claim) -> bool:
    if d.sentence != pd.sentence or d.event is pd.event or not (_untyped(d.event) or _untyped(pd.event)) \
            or d.attribution.claimant != pd.attribution.claimant or d.attribution.text != pd.attribution.text \
            or d.adjunct != pd.adjunct or c.scope != p.scope or c.place.name not in (None, p.place.name) \
            or not pd.hits or not d.hits:
        return False
    if {(f.kind, f.group) for f in c.figures} & {(f.kind, f.group) for f in p.figures}:
        return False
    gap = d.hits[0].tok_start - pd.hits[-1].tok_end
    return 0 <= gap <= _JOINED_COUNTS


def _merge_follow_ups(doc: Doc) -> None:
    """One claimant's statement about one event is one claim, though it takes two sentences
    ("قال المرصد إن 45 قتلوا في قصف ..." then "وأشار المرصد إلى ... عشرات الجرحى"): a claim
    of the next sentence by the same claimant, naming no attack and no place of its own and
    adding a kind of figure the first did not give, joins it."""
    kept_drafts, kept = [], []
    for d, c in zip(doc.drafts, doc.claims):
        if kept and _follows_up(kept_drafts[-1], kept[-1], d, c):
            p = kept[-1]
            p.figures.extend(c.figures)
            if p.evidence is not None and c.evidence is not None:
                s, e = p.evidence.start, max(p.evidence.end, c.evidence.end)
                p.evidence = Span(s, e, doc.nt.original[s:e])
            continue
        kept_drafts.append(d)
        kept.append(c)
    doc.drafts, doc.claims = kept_drafts, kept


# victims a claim read in its own words ("14 مدنيا", "بينهم أطفال", "على حي سكني")
_OWN_VICTIMS = ("figure", "clause", "sentence")
_HARMED = ("killed", "injured", "casualties")  # figure kinds an attack's blow itself causes


def _share_victims(claims: list[Claim]) -> None:
    """Claims of one attack hit the same people: a claim that counts its dead with no word of
    whom ("ارتفعت حصيلة القتلى في التفجير إلى 49") takes civilians from another claim of the
    same event mention that says so in its own words. Not in a fight, whose tolls count two
    sides, nor for a claim counting fighters or people seized ("القبض على 190": not the
    attack's victims). The same toll told again ("مقتل 15 شخصا" then "مقتل 15 شخصا، أغلبهم
    من المدنيين") counts the same dead: civilians there are civilians here (a side is not
    carried so: read from a demonym or an army's name it is too often another country's)."""
    told: dict[int, Claim] = {}
    tolls: dict[tuple[str, str], Claim] = {}
    for c in claims:
        prov = c.provenance.get("victims")
        if c.victims != "civilians" or prov is None or prov.source not in _OWN_VICTIMS:
            continue
        if c.event is not None:
            told.setdefault(c.event, c)
        for key in _toll_keys(c):
            tolls.setdefault(key, c)
    for c in claims:
        if c.victims != "unknown" or c.scope != "incident":
            continue
        src = next((s for key in _toll_keys(c) if (s := tolls.get(key)) is not None and s is not c), None)
        if src is None:
            src = told.get(c.event) if c.event is not None else None
            if src is None or c is src or c.event_type == "clashes" \
                    or any(f.group == "combatants" or f.kind not in _HARMED for f in c.figures):
                continue
        c.victims = "civilians"
        c.provenance["victims"] = Provenance("event", src.provenance["victims"].span)


def _toll_keys(c: Claim) -> list[tuple[str, str]]:
    """A claim's counts of the dead or wounded that are numbered and large enough to be one
    toll when told twice."""
    return [(f.kind, f.as_stated()) for f in c.figures if f.kind in _HARMED and f.qualifier in _COUNTED
            and (f.low or f.high or 0) >= _TOLD_AGAIN_MIN]


_UNSPECIFIED = "unspecified"
_GROUPS_SAID = tuple(g for g in GROUPS if g != _UNSPECIFIED)
_TOLD_AGAIN_MIN = 10  # a count this large told twice is one toll; small ones recur by chance
_HARMED_KINDS = ("killed", "injured", "casualties")
_FLOORS = ("at_least", "more_than")  # a number told as the least there were
_COUNTED = ("exact", "at_least", "more_than", "about")  # a number, not "dozens": those recur


def _share_perpetrators(claims: list[Claim]) -> None:
    """The same toll told again by another claimant ("سقوط 128 قتيلا برصاص جنود الأسد", then
    "قالت اللجان إنها وثقت مصرع 128 شخصا"): a claim with no perpetrator whose count of the dead
    or wounded, as stated and of at least ten, another claim of the article gives with a
    perpetrator read from its own words takes that perpetrator and its text."""
    told: dict[tuple[str, str], Claim] = {}
    for c in claims:
        prov = c.provenance.get("perpetrator")
        if c.perpetrator == "unknown" or prov is None or prov.source not in ("clause", "sentence"):
            continue
        for f in c.figures:
            if f.kind in _HARMED_KINDS and f.qualifier in _COUNTED and (f.low or f.high or 0) >= _TOLD_AGAIN_MIN:
                told.setdefault((f.kind, f.as_stated()), c)
    for c in claims:
        if c.perpetrator != "unknown":
            continue
        src = next((s for f in c.figures if (s := told.get((f.kind, f.as_stated()))) is not None), None)
        if src is None or src is c or src.perpetrator == c.victims \
                or "unknown" not in (src.victims, c.victims) and src.victims != c.victims:
            continue
        c.perpetrator = src.perpetrator
        c.provenance["perpetrator"] = Provenance("event", src.provenance["perpetrator"].span)


def _shares_of_a_total(doc: Doc) -> None:
    """"وثقت مصرع 128 شخصا برصاص قوات النظام ... توزعت: 46 في دمشق، و36 في حلب": the shares
    of a toll, each a bare count in a place, were killed by whoever killed the toll they break down
    (the nearest claim before them in their sentence, by the same claimant, with a killer),
    unless they count that side's own dead. The share says it took the total's."""
    for i, (d, c) in enumerate(zip(doc.drafts, doc.claims)):
        # a share is a bare count with its noun left out ("و24 في حلب"); a count with a verb
        # of its own ("25 قتلوا في حلب") tells something else
        if c.perpetrator != "unknown" or d.hits[0].tok_end - d.hits[0].tok_start > 1 \
                or share_place(doc, d) is None:
            continue
        total = next((k for k in range(i - 1, -1, -1) if doc.drafts[k].sentence == d.sentence
                      and doc.claims[k].claimant == c.claimant and doc.claims[k].perpetrator != "unknown"), None)
        if total is None:
            continue
        agent, prov = doc.claims[total].perpetrator, doc.claims[total].provenance.get("perpetrator")
        if prov is None or agent == c.victims or allied(agent, c.victims):
            continue
        # read in the sentence, or taken by the total from further away (and said so there)
        sent = doc.span(doc.sents[d.sentence].start, doc.sents[d.sentence].end)  # original offsets
        here = prov.span is not None and sent.start <= prov.span.start < sent.end
        c.perpetrator = agent
        c.provenance["perpetrator"] = Provenance("sentence" if here else prov.source, prov.span)


def _follows_up(pd, p: Claim, d, c: Claim) -> bool:
    own = {k for k, v in c.provenance.items() if v.source in ("clause", "sentence")}
    return (speaker(c) == speaker(p) and c.claimant != "outlet" and c.scope == p.scope
            and d.sentence == pd.sentence + 1 and "event_type" not in own and "place" not in own
            and not {f.kind for f in c.figures} & {f.kind for f in p.figures})


def _inherit(dst: Claim, src: Claim, attribute: str) -> None:
    """``dst`` took ``attribute`` from the same claimant's other claim ``src``: say so, with
    the text ``src`` read it from."""
    prov = src.provenance.get(attribute)
    dst.provenance[attribute] = Provenance("claimant", prov.span if prov else None)


def speaker(c: Claim) -> str:
    """Who speaks: the claimant id, and for claimants outside the codebook's list ("other")
    their name too — two ministries are two speakers."""
    return c.claimant if c.claimant != "other" else "other:" + norm(c.claimant_text or "")


_GOES_ON = 3  # sentences on from a claimant's total where its going on about it may be told


def _continue_totals(doc: Doc) -> None:
    """A claimant going on about its own total, with no new place named or adding to its
    list ("كما لقي 115 مسلحا ... في ريف حلب"), is still totalling."""
    prev: Claim | None = None
    head: Claim | None = None
    prev_sentence = -1
    for d, c in zip(doc.drafts, doc.claims):
        sent = doc.sents[d.sentence]
        if (prev is not None and prev.scope == "cumulative" and speaker(prev) == speaker(c)
                and c.claimant != "outlet" and not tied_to_one_attack(doc, d)
                and (not doc.places_in(sent.start, sent.end) or continues_previous(doc, sent, "list"))
                and not _town_told_between(doc, prev_sentence, d.sentence)
                and d.sentence - prev_sentence <= _GOES_ON):
            c.scope = "cumulative"
            if prev.date is not None and prev.date.start != prev.date.end \
                    and not own_undated_beginning(doc, d.sentence):
                c.date = prev.date  # the same period goes on
                _inherit(c, prev, "date")
        elif (head is not None and c.scope == "cumulative" and c.date is None
                and d.sentence == prev_sentence and speaker(head) == speaker(c) and _within(c, head)):
            # a day's toll shared out place by place in its own sentence ("128 كحصيلة ليوم
            # الاثنين ...: 46 في دمشق، 36 في حلب"): every share is of that day
            c.date = head.date
            _inherit(c, head, "date")
        if d.sentence != prev_sentence:
            head = None
        if c.scope == "cumulative" and c.date is not None and (head is None or not _within(c, head)):
            head = c  # the toll later counts of the sentence may share out
        prev, prev_sentence = c, d.sentence


def _town_told_between(doc: Doc, a: int, b: int) -> bool:
    """A sentence between the total (sentence ``a``) and a later count (sentence ``b``) sets a
    scene in one town ("وكانت القوات شنت عملية في مدينة سجنان"): the count after it is of
    that scene, not the total going on."""
    return any(p.level in _TOWN_LEVELS for k in range(a + 1, b)
               for p in doc.places_in(doc.sents[k].start, doc.sents[k].end))


_RESTATED_AFTER = 2  # sentences back from a total where the same toll, dated, may be told


def _restated_days_toll(doc: Doc) -> None:
    """"قال معارضون سوريون إن 125 قتيلا سقطوا في سوريا الأحد" then "وقالت لجان التنسيق المحلية
    إنها تمكنت من توثيق مقتل 125 شخصا": a total with no day of its own that restates, count for
    count, a toll of one day told just before (the same kind and the same largest count, both
    totals) is that toll told again, by the source the first telling described, and of that
    day; not where the text turns to another matter between them."""
    tolls: list[tuple[int, Claim]] = []
    for d, c in zip(doc.drafts, doc.claims):
        if c.scope != "cumulative" or not c.figures:
            continue
        if c.date is None:
            key = _toll_count(c)
            donor = next((t for k, t in reversed(tolls) if d.sentence - _RESTATED_AFTER <= k < d.sentence
                          and _toll_count(t) == key and not turns_to_another(doc, k, d.sentence)), None)
            if donor is not None and key[1]:
                c.date = donor.date
                prov = donor.provenance.get("date")
                c.provenance["date"] = Provenance("claimant" if speaker(c) == speaker(donor) else "previous",
                                                  prov.span if prov else None)
        elif c.date.start == c.date.end:
            tolls.append((d.sentence, c))


def _toll_count(c: Claim) -> tuple[str, int]:
    """A toll's kind and largest count ("killed", 125)."""
    f = max(c.figures, key=lambda f: f.low or 0)
    return f.kind, f.low or 0


_SHARES_AFTER = 2  # sentences back from a breakdown where the toll it breaks down may be told


def _shares_of_a_days_toll(doc: Doc) -> None:
    """"وثقت اللجان 141 قتيلا الأربعاء" then "وتوزعت الحصيلة بواقع 34 في دمشق، و30 في إدلب،
    ...": counts that break down, place by place or group by group, a toll dated to one day told
    just before (several of them in one sentence, each placed or grouped, together no more
    than the toll) are of that day. Told by the toll's claimant or in the outlet's voice
    (which retells the breakdown); the share says where it took the day."""
    by_sentence: dict[int, list[tuple[object, Claim]]] = {}
    for d, c in zip(doc.drafts, doc.claims):
        by_sentence.setdefault(d.sentence, []).append((d, c))
    for si, pairs in by_sentence.items():
        shares = [c for _, c in pairs if c.date is None and c.scope == "cumulative"]
        if len(shares) >= _SHARES_BEFORE and len(shares) == len(pairs) - 1 and pairs[-1][1].date is not None:
            _shares_before_their_toll(shares, pairs[-1][1])
            continue
        if len(shares) < 2 or len(shares) != len(pairs):
            continue
        tolls = [[c for _, c in by_sentence.get(k, []) if c.scope == "cumulative" and c.date is not None
                  and c.date.start == c.date.end] for k in range(si - 1, si - 1 - _SHARES_AFTER, -1)]
        donors = [c for told in tolls for c in told]
        if not donors or len({(c.date.start, c.date.end) for c in donors}) != 1:
            continue  # no toll of one day, or tolls of two days: which one is broken down is not told
        # the largest toll of the nearest sentence telling one (several claimants may tell it)
        total = max(next(told for told in tolls if told),
                    key=lambda c: max((f.low or 0 for f in c.figures), default=0))
        if any(c.claimant != "outlet" and speaker(c) != speaker(total) for c in shares):
            continue
        kinds = {f.kind for f in total.figures}
        most = max((f.low or 0 for f in total.figures), default=0)
        counts = [max((f.low or 0 for f in c.figures), default=0) for c in shares]
        if not all(f.kind in kinds for c in shares for f in c.figures) or sum(counts) > most \
                or not all(counts):
            continue
        for c in shares:
            c.date = total.date
            prov = total.provenance.get("date")
            c.provenance["date"] = Provenance("claimant" if speaker(c) == speaker(total) else "previous",
                                              prov.span if prov else None)


_SHARES_BEFORE = 2  # place-by-place counts a sentence tells before the day's toll they add up to


def _shares_before_their_toll(shares: list[Claim], total: Claim) -> None:
    """"قتلت 29 شخصا في ريف دمشق، و24 في حلب، ... ليرتفع العدد الإجمالي لقتلى الأمس إلى 106":
    counts a sentence lists first and then adds up, last, into a toll of one day (by the same
    claimant or retold by the outlet, together no more than it, each of a kind it counts) are
    shares of that day's toll, and of that day."""
    if total.scope != "cumulative" or total.date is None or total.date.start != total.date.end:
        return
    if any(c.claimant != "outlet" and speaker(c) != speaker(total) for c in shares):
        return
    kinds = {f.kind for f in total.figures}
    most = max((f.low or 0 for f in total.figures), default=0)
    counts = [max((f.low or 0 for f in c.figures), default=0) for c in shares]
    if not all(f.kind in kinds for c in shares for f in c.figures) or not all(counts) or sum(counts) > most:
        return
    prov = total.provenance.get("date")
    for c in shares:
        c.date = total.date
        c.provenance["date"] = Provenance("claimant" if speaker(c) == speaker(total) else "previous",
                                          prov.span if prov else None)


def _within(part: Claim, total: Claim) -> bool:
    """Every count of ``part`` is at most the largest of ``total``: it may be a share of it
    (a new, larger toll is not)."""
    most = max((f.low or 0 for f in total.figures), default=0)
    return bool(part.figures) and all((f.low or 0) <= most for f in part.figures)


def _share_periods(doc: Doc) -> None:
    """A total with no dates of its own covers the period its claimant states elsewhere in the
    article ("منذ 23 سبتمبر 2014"); failing that, in the outlet's voice, the one period the
    article states. A total
    since a beginning it names without a day ("منذ بدء التصعيد") is over that period, which
    no other is."""
    claims = doc.claims
    periods: dict[str, DateSpan] = {}
    every: list[DateSpan] = []
    counted: set[str] = set()  # what the article's periods count: harm done, or arrests, ...
    for c in claims:
        if c.scope == "cumulative" and c.date is not None and c.date.start != c.date.end:
            periods.setdefault(speaker(c), c.date)
            if c.date not in every:
                every.append(c.date)
            counted |= {_counts(f.kind) for f in c.figures}
    for d, c in zip(doc.drafts, claims):
        if c.scope == "cumulative" and c.date is None and not own_undated_beginning(doc, d.sentence) \
                and not own_month_or_year(doc, d.sentence):
            # (a war's toll of thousands counts from the war's start, not from the one recent
            # period another speaker states: "قتل 70 ألف شخص منذ بداية النزاع"; nor do deaths
            # take the period another speaker counted arrests over: "اعتقلت الشرطة منذ الجمعة
            # 590 شخصا" ... "بعد أسبوع من أعمال عنف سقط فيها قتلى")
            # (the one period the article states, told by another speaker, dates a total in
            # the outlet's voice, which retells others' tolls: "غارات التحالف تقتل أكثر من 3 آلاف"
            # after "المرصد ... منذ 23 أيلول"; a claimant's total is of its own words, not of
            # another's period: "ووفق الأمم المتحدة ... قتل تسعة من أفراد الطواقم الطبية" after
            # the outlet's "منذ بدء قوات النظام تصعيدها في 18 شباط")
            # (the outlet tells several stories: where the article states several periods,
            # the first it told is no more this total's than another: "بعد مقتل 18 يومي الخميس
            # والجمعة" ... "ومنذ بدء هجومها ... وقتل 252 من الفصائل")
            c.date = (periods.get(speaker(c)) if c.claimant != "outlet" else None) or (
                every[0] if len(every) == 1 and not war_toll(c.figures) and c.claimant == "outlet"
                and {_counts(f.kind) for f in c.figures} & counted else None)
            if c.date is not None and too_short_for_a_war(c.figures, c.date):
                c.date = None
            donor = next((o for o in claims if o.date is c.date and o is not c), None)
            if donor is not None and c.date is not None:  # no period found: nothing was taken
                _inherit(c, donor, "date")


_HARM = frozenset({"killed", "injured", "casualties"})


def _counts(kind: str) -> str:
    """What a figure of this kind counts: harm done to people (dead, wounded or both), or
    people taken or missing."""
    return "harm" if kind in _HARM else kind


def _carry_dates(doc: Doc) -> None:
    """A claimant going on about the same event keeps the day it gave for it, unless its new
    statement is dated before that day or its words place the event some time ago ("قبل
    أيام"): it then tells of something earlier."""
    last: dict[str, tuple[Claim, int]] = {}
    for d, c in zip(doc.drafts, doc.claims):
        prev, at = last.get(speaker(c), (None, d.sentence))
        if (c.date is None and c.scope == "incident" and prev is not None and prev.date is not None
                and not turns_to_another(doc, at, d.sentence)
                and (prev.scope == "incident" or prev.date.start == prev.date.end)  # a day's total
                and c.claimant != "outlet"
                and (c.place.name is None or prev.place.name is None or c.place.name == prev.place.name
                     or c.place.governorate == prev.place.governorate)
                and not spoke_before(doc, d, prev.date) and not told_some_time_ago(doc, d)
                # "وكانت النصرة خطفت ثمانية مساء الأربعاء" then "وقال المدير: «شوهد اختطاف
                # خمسة»": the day of an earlier event, told in the pluperfect, is not the new one's
                and not (opens_on_kana(doc, at) and not opens_on_kana(doc, d.sentence))):
            c.date = prev.date
            _inherit(c, prev, "date")
        elif c.date is None and c.claimant == "outlet" and c.scope == "incident":
            # (the claims of the sentence right before: an unattributed sentence going on from
            # a claimant's report dated there is that claimant's, and of its day)
            told = [o for e, o in zip(doc.drafts, doc.claims) if e.sentence == d.sentence - 1]
            donor = continued_report(doc, d, c, told)
            if donor is not None and not told_some_time_ago(doc, d):
                c.date = donor.date
                c.provenance["date"] = Provenance("previous", donor.provenance["date"].span)
        last[speaker(c)] = (c, d.sentence)


_RESTATED_MIN = 2  # the smallest count that, told again, is recognisably the same toll


def _restated_incident_toll(doc: Doc) -> None:
    """"تبنى التنظيم قتل 48 جنديا سوريا في الانبار" then "وقتل الاثنين الماضي 48 جنديا سوريا
    ... في كمين": a toll of one attack told with no day, which the same claimant tells again
    elsewhere in the article, count for count (the same kind and the same largest count, of
    the same kind of attack, in the same governorate or placed nowhere), dated to one day, is
    that attack's toll and of that day (codebook: a claimant's own other statements date its
    claims). Not where the claim's sentence names a date other than a day someone spoke
    ("وفقا لبيان نشر الاثنين"), or one before the other telling's day, tells it some time ago
    ("قبل أيام"), or the toll is told with different days."""
    pairs = list(zip(doc.drafts, doc.claims))
    for d, c in pairs:
        if c.date is not None or c.scope != "incident" or not c.figures:
            continue
        key = _toll_count(c)
        if key[1] < _RESTATED_MIN:
            continue
        donors = [o for _, o in pairs if o is not c and o.date is not None and o.scope == "incident"
                  and _toll_count(o) == key and speaker(o) == speaker(c)
                  and (o.event_type == c.event_type or "other" in (o.event_type, c.event_type))
                  and (o.place.governorate == c.place.governorate
                       or "unknown" in (o.place.governorate, c.place.governorate))]
        if not donors or len({(o.date.start, o.date.end) for o in donors}) != 1 \
                or not only_spoken_days(doc, d) or told_some_time_ago(doc, d) \
                or spoke_before(doc, d, donors[0].date):
            continue  # (told before that day: another attack)
        c.date = donors[0].date
        _inherit(c, donors[0], "date")


def _dedupe(claims: list[Claim], heads: frozenset[int] | set[int] = frozenset()) -> list[Claim]:
    """A claimant repeating its own figure later is one claim: drop the repeated figures.

    A figure repeats when the claimant, kind, group and values are the same and the places
    do not differ (a second "5 killed" in another town is another event) or one lies inside
    the other (see ``_inside``). A claim that retells a toll of an earlier one
    ("قتل 18 شخصا وأصيب العشرات" then, quoting the same claimant, "ما تسبب بمقتل 18 شخصا
    بينهم طفل") retells that statement: what it adds (the child) is of the same toll and
    joins it, unless the earlier claim already counts that kind and group otherwise.
    ``heads``: the ids of the claims a headline tells (a headline keeps its toll, and takes
    the group its body says).
    """
    seen: dict[tuple, list[Claim]] = {}
    out = []
    for c in claims:
        keep = []
        retold: Claim | None = None
        for f in c.figures:
            key = (_voice(c), c.scope, f.kind, f.group, f.low, f.high)
            told = mine = seen.setdefault(key, [])
            if not told and f.low is not None:
                # "مقتل 62 مدنيا" then "بمقتل أكثر من 62 مدنيا": one number, told once as it
                # is and once as a floor, is one figure (the first telling kept)
                floor = f.qualifier in _FLOORS and f.high is None
                other = (f.low, f.low) if floor else (f.low, None) if f.high == f.low else None
                if other is not None:
                    told = [o for o in seen.get(key[:4] + other, [])
                            if floor or any(g.low == f.low and g.qualifier in _FLOORS and g.high is None
                                            for g in o.figures)]
            grouped = False
            if not told and (f.qualifier in _COUNTED and (f.low or f.high or 0) >= _TOLD_AGAIN_MIN
                             or _one_death(f)):
                # "ارتفع عدد القتلى إلى 60" then, quoting the same claimant, "60 عدد الشهداء
                # المدنيين": a toll this large told once with its people's group and once
                # without is one figure; the group said is kept
                for g in _GROUPS_SAID if f.group == _UNSPECIFIED else (_UNSPECIFIED,):
                    told = seen.get(key[:3] + (g,) + key[4:], [])
                    if _one_death(f):
                        # "مقتل زعيم مجموعة خراسان" then "وقال ... إن الفضلي قتل في 8 يوليو": one
                        # man's death told twice, close by, once with his side and once without
                        told = [o for o in told if _close_by(o, f)]
                    if told:
                        grouped = f.group != _UNSPECIFIED
                        break
            # the same count of two sides' dead ("39 من المعارضة و39 من الجيش") is two figures
            told = [o for o in told if o.victims == c.victims or UNKNOWN in (o.victims, c.victims)
                    or allied(o.victims, c.victims)]
            if f.low == f.high == 1 and told and f.span is not None and any(
                    g is not f and g.low == g.high == 1 and g.span is not None
                    and 0 <= f.span.start - g.span.end <= _LISTED_GAP for g in c.figures):
                # "a father, a mother and a son were killed": one person listed right after
                # another in the same claim is another person, not one told twice
                told = [o for o in told if o is not c]
            name = c.place.name
            # names read now, not when filed: a claim may have taken a finer place since
            first = next((o for o in told if o.place.name == name), None) \
                or next((o for o in told if o.place.name is None), None) \
                or next((o for o in told if _inside(c.place, o.place) or _inside(o.place, c.place)), None) \
                or (told[0] if told and name is None else None)
            if first is not None and grouped and id(first) in heads:
                # "Kurds kill 83", then "the 83 extremists died": the headline's claim keeps the
                # toll, as the figure the body tells (its group, and its own words as evidence)
                first.figures = [f if (g.kind, g.group, g.low, g.high) == (f.kind, _UNSPECIFIED, f.low, f.high)
                                 else g for g in first.figures]
                continue
            if first is not None and grouped:
                if not any((g.kind, g.group) == (h.kind, h.group) and (g.low, g.high) != (h.low, h.high)
                           for g in c.figures if g is not f for h in first.figures):
                    # the telling that says the group stands, in its own claim; the earlier one
                    # loses the figure (unless their breakdowns differ: "بينهم عشرات الأطفال" /
                    # "نحو عشرين طفلا" are two tellings)
                    first.figures = [g for g in first.figures if (g.kind, g.group, g.low, g.high)
                                     != (f.kind, _UNSPECIFIED, f.low, f.high)]
                first = None
            if first is not None:
                if _inside(c.place, first.place):
                    first.place = c.place  # "18 killed in Aleppo", then in a quarter of it: the finer place
                    _inherit(first, c, "place")
                if first.date is None and c.date is not None:
                    first.date = c.date  # a headline's figure told again in the body, with its day
                    _inherit(first, c, "date")
                if first.place.name is None and c.place.name is not None:
                    first.place = c.place
                    _inherit(first, c, "place")
                _complete_from_heading(first, c)  # what attack, by whom, if only the retelling says
                if retold is None and f.qualifier in _COUNTED and (f.low or f.high or 0) >= _TOLD_AGAIN_MIN:
                    retold = first  # a toll this large told again is the same statement
                continue
            mine.append(c)
            keep.append(f)
        if keep and retold is not None and retold is not c \
                and not {(f.kind, f.group) for f in keep} & {(f.kind, f.group) for f in retold.figures}:
            retold.figures.extend(keep)
            for f in keep:
                seen[(_voice(c), c.scope, f.kind, f.group, f.low, f.high)][-1] = retold
            continue
        if keep:
            c.figures = keep
            out.append(c)
    return [c for c in out if c.figures]


_LISTED_GAP = 16  # characters between two people of one list ("a mother and a son", "and younger brother")
_ONE_DEATH_REACH = 400  # characters between two tellings of one person's death


def _one_death(f) -> bool:
    return f.kind == "killed" and f.qualifier == "exact" and f.low == 1 and f.high in (1, None) and f.span is not None


def _close_by(c: Claim, f) -> bool:
    """``c`` tells one death within ``_ONE_DEATH_REACH`` characters of figure ``f``."""
    return any(_one_death(g) and abs(g.span.start - f.span.start) <= _ONE_DEATH_REACH for g in c.figures)


def _voice(c: Claim) -> str:
    """Who repeats a figure: the speaker, and for local sources the words naming them too
    ("ناشطون" and "مسعفون" are two sources telling "عشرات القتلى", not one telling it twice)."""
    if c.claimant == "local_sources" and c.claimant_text:
        return "local_sources:" + norm(c.claimant_text)
    return speaker(c)


def _inside(fine: Place, coarse: Place) -> bool:
    """Whether ``fine`` is a place within ``coarse`` ("حي المغاير" within "حلب"): the gazetteer
    files a quarter or a site under its town's p-code ("SY040100:X072" under "SY040100"), or
    gives one it knows only by the entry it lies in that entry's p-code, at a finer precision.
    Two places under one entry (two quarters of a city) are not inside each other, and a town
    is not taken to be inside the district or governorate whose p-code prefixes its own: on
    the dev set that reading merged tolls without a gain and cost incident linking."""
    if not fine.pcode or not coarse.pcode or fine.name == coarse.name:
        return False
    under = fine.pcode == coarse.pcode or fine.pcode.startswith(coarse.pcode + ":")
    return under and PRECISION_RANK[fine.precision] < PRECISION_RANK[coarse.precision]
