"""Who was hit, for one claim: the side its figures count ("14 مدنيا", "عناصر من قوات
النظام"), else the target of its attack ("غارات على مواقع داعش"), else civilians when its
clause says the dead were ("بينهم أطفال", "على حي سكني"; ``data/lang/*/victims.tsv``)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import compress
from operator import and_, not_
from typing import NamedTuple

from rasd.core.models import Provenance, Span
from rasd.core.sides import allied
from rasd.core.vocab import NON_ACTORS
from rasd.extract.attribution import demonyms, victim_of
from rasd.extract.doc import Doc, Draft
from rasd.extract.events import Attachment, breaks as events_breaks
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.extract.placing import after_saying
from rasd.lang import pack
from rasd.extract.scope import war_toll
from rasd.extract.state import body_at, forces_lexicon, state_forces, state_of_place
from rasd.text.lexicon import Lexicon, clitic_form_set
from rasd.text.normalize import norm

_BEFORE = 15  # tokens before the figure where a clause may say its dead were civilians
_AFTER = 12
_MOST_REACH = 3  # tokens after "معظمهم من" where the side starts ("من رجال الميليشيات")
_CIVILIAN_GROUPS = ("children", "women")  # codebook figure groups only civilians fall in
_HARMED = ("killed", "injured", "casualties")  # figure kinds an attack's blow itself causes
_OTHERS_AFTER = 2  # words past a count its "others" may stand ("سبعة أشخاص آخرين")
_NEARLY_ALL = 0.75  # share of a total its civilians must make up to be called its people
_HELD_WORDS = 3  # words of "held by" before the side named as a place's holder ("الخاضعة لسيطرة")
_PLACE_CHARS = 40  # how far back a place's name ending right before a word may start
_LOST_REACH = 4  # tokens from "lost" to the count of the fighters lost ("فقدت حتى الآن 125 ألف جندي")
_LOST_SUBJECT = 6  # tokens before "lost" its subject may be named in ("تركيا وحلفاؤها فقدوا")
_NOUN_PHRASE_AFTER = 4  # tokens past a figure its counted noun phrase may run on ("تسعة من أفراد الطواقم الطبية")


@lru_cache(maxsize=None)
def _phrases(lang: str, role: str) -> Lexicon:
    """The phrases of one role in victims.tsv ("civilian", "most"): asked at most words a
    figure's phrase is read at, remembered (a pack is built once per language)."""
    return pack(lang).role_lexicon("victims", role)


@lru_cache(maxsize=None)
def _object_phrases(lang: str, roles: tuple[str, ...], value: str) -> Lexicon:
    """The victims.tsv phrases of ``roles`` as noun phrases in every form an object or a counted
    noun takes ("حي" is read in "الحي", "أحياء"), all valued ``value``."""
    P = pack(lang)
    lex: Lexicon = P.lexicon()
    for row in P.rows("victims"):
        if len(row) >= 2 and row[0] in roles:
            for form in P.phrase_forms(row[1], "object"):
                lex.add(form, value)
    return lex


@lru_cache(maxsize=None)
def _most_or_among_bare(lang: str) -> Lexicon:
    """"Most of them" or "among them", bare, before a demonym (victims.tsv most_bare,
    among_bare): read after a count of fighters only."""
    P = pack(lang)
    lex: Lexicon = P.lexicon()
    for row in P.rows("victims"):
        if len(row) >= 2 and row[0] in ("most_bare", "among_bare"):
            lex.add(row[-1], row[0])
    return lex


def _civilian_sites(lang: str) -> Lexicon:
    """What an attack may hit that says its dead were civilians: a civilian word ("منازل
    المدنيين") or a place people live or gather in ("حي", "مسجد")."""
    return _object_phrases(lang, ("civilian", "site"), "civilian")


def _dwellings(lang: str) -> Lexicon:
    """A town or quarter as what an air raid or a bombing struck (victims.tsv dwelling), named
    ("على بلدة كفرنبل") or told before ("غارة على البلدة")."""
    return _object_phrases(lang, ("dwelling",), "dwelling")


def _civilian_people(lang: str) -> Lexicon:
    """Who the counted people are by what they do, when only non-combatants do it ("ثلاثة
    صحافيين", "تسعة من أفراد الطواقم الطبية")."""
    return _object_phrases(lang, ("person",), "person")


def claim_victims(doc: Doc, d: Draft, att: Attachment, scope: str = "incident") -> tuple[str, Provenance | None]:
    h = next((x for x in d.hits if not x.subcount), d.hits[0])
    if d.victim is not None and not _citizens_with_fighters(d) and not _them_elsewhere(doc, d, h) \
            and not (d.victim == "civilians" and d.victim_tok is None
                     and (_seized_civilians(d) or _fighting_children(doc, d))):
        vs = None
        if d.victim_tok is not None:
            vs = doc.actors.at_token(d.victim_tok, doc.toks[d.victim_tok][0])
        ev = att.event
        if vs is not None and d.victim == "opposition" and ev is not None and ev.type in _FROM_AFAR \
                and ev.target not in (None, "opposition") \
                and ev.target not in NON_ACTORS and ev.target_span is not None and not _intended(doc, ev) \
                and _phrases(doc.lang, "generic_armed").match_at(doc.toks, vs.tok) is not None \
                and vs.tok_end - vs.tok == 1:
            # "الغارات التركية على مواقع لتنظيم داعش أدت إلى مقتل تسعة مسلحين": gunmen counted
            # by no side of their own are of the side whose positions a strike from afar hit
            # (not a fight's or an assault's: those who attacked die in it too)
            return ev.target, Provenance(att.source, doc.span(*ev.target_span))
        if vs is not None:
            span = doc.span(vs.start, vs.end)
        elif d.victim_tok is not None:  # a word naming the side, not an actor's name ("أتراك")
            span = doc.span(doc.toks[d.victim_tok][0], doc.toks[d.victim_tok][1])
        elif d.victim == "civilians" and (person := _civilian_person(doc, d)) is not None:
            span = doc.span(*person)  # "ستة من أفراد الطواقم الطبية": the calling says so
        else:
            span = h.figure.span
        return d.victim, Provenance("figure", span)
    own = _own_people(doc, d) or _side_that_lost(doc, d) or _them_of(doc, d)
    if own is not None:
        _counted(doc, d, own.value)
    else:
        own = _whose_people(doc, d, att.event) or _toll_side(doc, d)
    if own is not None:
        return own.value, Provenance("sentence", doc.span(own.start, own.end))
    person = _civilian_person(doc, d)
    if person is not None:
        _counted(doc, d, "civilians")
        return "civilians", Provenance("figure", doc.span(*person))
    member = _member_in(doc, d) or _head_named_before(doc, d)
    if member is not None:
        _counted(doc, d, member.value)
        return member.value, Provenance("figure", doc.span(member.start, member.end))
    most = _side_of_most(doc, d)
    if most is not None:
        return most.value, Provenance("clause", doc.span(most.start, most.end))
    more = _more_of(doc, d)
    if more is not None:
        return more
    ev = att.event
    among = _side_among(doc, d, ev)
    if among is not None:
        return among[0], Provenance("figure", among[1])
    foe = _fight_foe(doc, d, ev)
    if foe is not None:
        return foe[0], Provenance(att.source, doc.span(foe[1], foe[2]))
    if ev is not None and ev.target is not None and ev.target_span is not None and not _intended(doc, ev) \
            and not _ground_of(doc, ev) and att.typed:
        return ev.target, Provenance(att.source, doc.span(*ev.target_span))
    forces = _state_forces(doc, d)
    if forces is not None:
        _counted(doc, d, forces[0])
        return forces[0], Provenance("figure", doc.span(*forces[1]))
    if ev is not None:
        # "31 شخصا، بينهم 14 طفلا": children or women counted among an attack's dead say
        # whom it hit, unless fighters are counted beside them
        sub = _civilian_subcount(d)
        if sub is not None:
            return "civilians", Provenance("figure", sub.figure.span)
    cue = _civilian_cue(doc, d, h, scope) if not _seized_civilians(d) else None
    if cue is not None:
        return "civilians", Provenance("clause", doc.span(*cue))
    if scope != "cumulative":
        # "150 شخصا، بينهم أكثر من مئة مدني": civilians numbered among one attack's or fight's
        # dead by a noun no cue lists (the singular a hundred or more takes) say whom it hit,
        # as "بينهم 20 مدنيا" does
        sub = _civilian_subcount(d, ("civilians",))
        if sub is not None and not _with_fighters(doc, sub.tok_end - 1, sub.tok_end):
            return "civilians", Provenance("figure", sub.figure.span)  # (not "28 مدنيا ومقاتلون")
    site = _civilian_site(doc, d, ev)
    if site is not None:
        return "civilians", Provenance(att.source, doc.span(*site))
    base = _military_base(doc, d, ev)
    if base is not None:
        return base[0], Provenance(att.source, doc.span(*base[1]))
    return "unknown", None


_BASE_ADJECTIVE_REACH = 3  # words of a base's name between its noun and "العسكري" ("مطار التيفور العسكري")


def _base_in(doc: Doc, d: Draft, t0: int, t1: int) -> _Named | None:
    """The state whose military base (victims.tsv base, base_adjective) is named first in
    tokens ``t0``..``t1``, as a side with the base's span."""
    base = _phrases(doc.lang, "base")
    at = next((t for t in range(t0, t1) if base.match_at(doc.toks, t) is not None), None)
    end = _base_end(doc, at) if at is not None else None
    if end is None:
        return None
    state = _base_owner(doc, d, at, end)
    return _Named(state, doc.toks[at][0], doc.toks[end - 1][1]) if state not in (None, *NON_ACTORS) else None


def _base_owner(doc: Doc, d: Draft, at: int, end: int) -> str | None:
    """Whose forces hold the base named in tokens ``at``..``end``: those of a base known by its
    name to be a foreign army's ("قاعدة حميميم الجوية": victims.tsv base_of), else the state's
    it stands in."""
    named = _phrases(doc.lang, "base_of")
    owner = next((m[0] for k in range(at + 1, end) if (m := named.match_at(doc.toks, k)) is not None), None)
    return owner or state_of_place(doc, d, doc.toks[at][0])


def _base_end(doc: Doc, at: int) -> int | None:
    """The token past the adjective that makes the noun of a base at ``at`` a military one
    ("مطار التيفور العسكري"), a few words on in its clause."""
    adjective = _phrases(doc.lang, "base_adjective")
    return next((k + 1 for k in range(at + 1, min(at + 1 + _BASE_ADJECTIVE_REACH, len(doc.toks)))
                 if adjective.match_at(doc.toks, k) is not None and not events_breaks(doc, at + 1, k)), None)


def _military_base(doc: Doc, d: Draft, ev) -> tuple[str, tuple[int, int]] | None:
    """"قتل 14 شخصا في القصف الذي استهدف مطار التيفور العسكري": the dead of an attack on a
    military airport or air base its phrase names no owner of (victims.tsv base, base_adjective)
    were of the forces of the state it stands in (or of the foreign army known to hold it), when
    the attacker is not of that camp."""
    if ev is None or ev.target is not None \
            or any(x.figure.group not in ("combatants", "unspecified") or x.figure.kind not in _HARMED for x in d.hits):
        return None
    at = ev.obj_tok if ev.obj_tok is not None else _struck_site(doc, ev)
    day = doc.dates_in(doc.toks[at][0], doc.toks[at][1]) if at is not None else None
    if day and day[-1].end < len(doc.text):
        at = doc.tok_index(day[-1].end) + 1  # "استهدف الاثنين قاعدة تياس الجوية": the day before it
    if at is None or at >= len(doc.toks) or _phrases(doc.lang, "base").match_at(doc.toks, at) is None:
        return None
    end = _base_end(doc, at)
    if end is None:
        return None
    state = _base_owner(doc, d, at, end)
    if state is None or state in NON_ACTORS or ev.agent is not None and (ev.agent == state or allied(ev.agent, state)):
        return None  # (an army does not strike its own base, nor its allies')
    return state, (doc.toks[at][0], doc.toks[end - 1][1])


_FROM_AFAR = ("airstrike", "shelling")  # attacks whose dead are the ones hit, not those who attacked


_RANKS_AFTER = 2  # words past a figure its "in its ranks" may come (a nationality: "أجانب")
_INFLICTED_REACH = 3  # words between a verb of inflicting and the count it governs ("أوقعت عددا من")


def _own_people(doc: Doc, d: Draft):
    """"أعلنت تركيا مقتل 8 من جنودها", "175 عنصرا من مقاتليها": a count of "its soldiers"
    counts the people of the side the pronoun refers to: the first named in the figure's
    sentence before the figure (its subject, not an enemy named after it: "اتهم الحشد
    الشعبي التحالف بقصف موقع له، ما أدى إلى مقتل 22 من عناصره") that agrees with the
    pronoun in gender and is a name, not a relative adjective ("غارات أمريكية"). "Its ranks"
    closing the figure ("وتكبد 20 قتيلا في صفوفه") are read so too, but not of the side that
    struck ("وأوقعت 20 قتيلا في صفوفها": its foe's ranks)."""
    own = _own_nouns(doc.lang)
    of = figure_lexicons(doc.lang).of
    inflicted = _phrases(doc.lang, "inflicted")
    for h in d.hits:
        if h.subcount:
            continue
        # the counted noun itself ("أحد جنودها", "اثنين من عناصره": the figure ends after
        # it), else the word after the figure or after its "من"
        ranks = False
        for k in range(h.qty_tok + 1, h.tok_end):
            m = own.match_at(doc.toks, k)
            if m is not None and (m[1] == 1 or k + m[1] == h.tok_end):
                ranks = m[1] > 1
                break
        else:
            m = None
        t = h.tok_end
        for k in range(t, min(t + _RANKS_AFTER, len(doc.toks))):
            if m is not None or doc.gap(k).strip():
                break
            m = own.match_at(doc.toks, k)  # "مقتل ثلاثة مقاتلين أجانب في صفوفها": its ranks after
            m = m if m is not None and m[1] > 1 else None
        if m is None and t < len(doc.toks) and of.match_at(doc.toks, t) is not None and not doc.gap(t).strip():
            t += 1
        if m is None:
            m = own.match_at(doc.toks, t) if t < len(doc.toks) and not doc.gap(t).strip() else None
        if m is None:
            continue
        ranks = ranks or m[1] > 1
        sent = doc.sents[d.sentence]
        named = next((a for a in doc.actors.between(sent.start, doc.toks[h.tok_start][0])
                      if a.value != "civilians" and _refers(doc, a, m[0])), None)
        capital = _capital_before(doc, doc.tok_index(sent.start), h.tok_start, m[0])
        if capital is not None and (named is None or capital.start < named.start):
            return capital
        if ranks and any(inflicted.match_at(doc.toks, k) is not None
                         for k in range(max(doc.tok_index(sent.start), h.qty_tok - _INFLICTED_REACH), h.qty_tok)):
            continue  # "وأوقعت 20 قتيلا في صفوفها": the ranks of whom the subject struck
        if named is None:
            # "أن مطار الشعيرات العسكري أصبح خارج الخدمة ...، مؤكدا مقتل 6 من عناصره": a
            # military base as the sentence's subject counts its own men, the state's forces
            return _base_in(doc, d, doc.tok_index(sent.start), h.tok_start)
        return named
    return None


def _side_that_lost(doc: Doc, d: Draft):
    """"القوات التي فقدت حتى الآن 125 ألف جندي", "وفقدت القوات الحكومية 30 عنصرا": the
    fighters a side lost (killed: figures.py, grammar.tsv lost_agreeing) are that side's: the
    side named between "lost" and the count, else the one named last before "lost" in its
    clause, its subject."""
    h = next((x for x in d.hits if not x.subcount), None)
    if h is None or h.figure.group != "combatants" or h.figure.kind != "killed":
        return None
    agreeing, own = doc.words("lost_agreeing"), doc.words("lost_own")
    v = next((t for t in range(h.qty_tok - 1, max(-1, h.qty_tok - 1 - _LOST_REACH), -1)
              if doc.toks[t][2] in agreeing or doc.toks[t][2] in own), None)
    if v is None:
        return None
    sides = [a for a in doc.actors.between(doc.toks[v][1], doc.toks[h.qty_tok][0]) if a.value not in NON_ACTORS]
    if sides:
        return sides[0]
    t0 = max(doc.tok_index(doc.sents[doc.sentence_of(doc.toks[v][0])].start), v - _LOST_SUBJECT)
    sides = [a for a in doc.actors.between(doc.toks[t0][0], doc.toks[v][0]) if a.value not in NON_ACTORS]
    return sides[-1] if sides and not events_breaks(doc, sides[-1].tok_end, v) else None


class _Named(NamedTuple):
    value: str
    start: int
    end: int


def _capital_before(doc: Doc, t0: int, t1: int, gender: str) -> _Named | None:
    """"أعلنت أنقرة مقتل ثمانية من جنودها": a capital standing for its state (victims.tsv
    capital rows, valued by the state's side and the gender a pronoun takes for it) as the
    subject of a verb of saying, the first in tokens ``t0``..``t1``, when the pronoun agrees."""
    lex = _phrases(doc.lang, "capital")
    for t in range(t0, t1):
        if not lex.may_start(doc.toks[t][2]):
            continue
        m = lex.match_at(doc.toks, t)
        if m is None:
            continue
        if not after_saying(doc, doc.toks[t][0]):  # the subject of a verb of saying ("أعلنت أنقرة")
            continue  # "المعارك في محيط دمشق": the city as a place, not its government
        side, g = m[0].split(":")
        if g != gender:
            return None
        return _Named(side, doc.toks[t][0] + m[2], doc.toks[t + m[1] - 1][1])
    return None


def _whose_people(doc: Doc, d: Draft, ev):
    """"The YPG said three of its fighters were killed": people counted as some of "its" (a
    possessive word of its own, grammar.tsv kin_possessive) and told to have died, as the
    subject of their death, are the people of the side named last before them in their
    sentence, unless that side is the attack's own agent. The object of a killing ("the
    army struck the brigade, killing one of its commanders") may be anyone's: not read."""
    poss = doc.words("kin_possessive")
    if not poss:
        return None
    of = figure_lexicons(doc.lang).of
    h = next((x for x in d.hits if not x.subcount), None)
    if h is None or h.tok_start != h.qty_tok or not any(
            doc.toks[t][2] in poss and of.match_at(doc.toks, t - 1) is not None
            for t in range(h.qty_tok + 1, h.tok_end)):
        return None
    sent = doc.sents[d.sentence]
    named = [a for a in doc.actors.between(sent.start, doc.toks[h.tok_start][0]) if a.value != "civilians"]
    if not named:
        return None
    a = named[-1]
    struck = ev.agent_span if ev is not None else None
    if struck is not None and a.start < struck[1] and struck[0] < a.end:
        return None
    return a


_QUOTES = " \t\n\"'«»“”"  # marks around a name
_MEMBER_ADJECTIVES = 2  # words describing a fighter between him and "في" ("قائد ميداني في حزب الله")


def _member_in(doc: Doc, d: Draft):
    """"قتل عنصر في فيلق الشام", "قائد ميداني في حزب الله": fighters counted as "in" a named
    body (not a place: "ثلاثة جنود في تركيا" says where) are its men. Only fighters: "390 في
    تركيا", "مدنيين في حلب" say where they died."""
    h = next((x for x in d.hits if not x.subcount), None)
    if h is None or h.figure.group != "combatants":
        return None
    in_ = figure_lexicons(doc.lang).in_
    for t in range(h.tok_end, min(len(doc.toks) - 1, h.tok_end + 1 + _MEMBER_ADJECTIVES)):
        if doc.gap(t).strip() or doc.sentence_of(doc.toks[t][0]) != d.sentence:
            return None
        m = in_.match_at(doc.toks, t)
        if m is None:
            continue  # ("قائد ميداني", "قيادي بارز": words describing him)
        k = t + m[1]
        if k >= len(doc.toks) or doc.gap(k).strip(_QUOTES):
            return None  # (a name in quotes is still the body: 'أحد العناصر في «فيلق الشام»')
        a = doc.actors.at_token(k, doc.toks[k][0])
        if a is None or a.value in NON_ACTORS or a.value == "civilians" \
                or any(p.start < a.end and a.start < p.end for p in doc.places_in(a.start, a.end)):
            return None
        return a
    return None


def _head_named_before(doc: Doc, d: Draft):
    """"إصابة 12 من أفراد الحشد" after "الحشد الشعبي" was named: fighters counted as of a bare
    definite noun that is the first word of a side's name the article gave in full before
    are that side's (the name shortened to its head, as "الحرس" for "الحرس الثوري"). Not a
    word that names a state's forces or people by itself ("الجيش", "القوات", "العناصر"),
    read as such elsewhere."""
    h = next((x for x in d.hits if not x.subcount), None)
    t = h.victim_actor_tok if h is not None and h.figure.group == "combatants" else None
    if t is None or t >= h.tok_end or doc.actors.at_token(t, doc.toks[t][0]) is not None:
        return None  # ("19 من قوات النظام السوري": the noun begins a side's name of its own)
    article = tuple(doc.words("article"))
    stop = min(len(doc.toks), h.tok_end + 1)
    for k in _named_with(doc, t, stop)[1:]:
        w = doc.toks[k][2]
        pos = doc.toks[k][0]
        if any(a.start <= pos < a.end for a in doc.actors.between(doc.toks[t][0], doc.toks[min(stop, len(doc.toks) - 1)][1])):
            return None  # inside a side's name read as such
        if not article or not w.startswith(article) or doc.actors.at_token(k, doc.toks[k][0]) is not None \
                or figure_lexicons(doc.lang).people.match_at(doc.toks, k) is not None \
                or any(lex.match_at(doc.toks, k) is not None for lex in _forces_words(doc.lang)):
            continue
        named = [a for a in doc.actors.between(0, doc.toks[k][0]) if a.tok_end - a.tok > 1
                 and doc.toks[a.tok][2] == w and a.value not in NON_ACTORS and a.value != "civilians"]
        if named:
            return _Named(named[-1].value, doc.toks[k][0], doc.toks[k][1])
    return None


def _forces_words(lang: str) -> tuple[Lexicon, ...]:
    """Words that name a state's forces by themselves (state_forces.tsv bare, soldier, body)."""
    return tuple(forces_lexicon(lang, role) for role in ("bare", "soldier", "body"))


_TOLL_BACK = 15  # tokens back from a count to the toll noun whose side it counts ("ارتفعت حصيلة قتلى قوات النظام ... إلى 209")


def _toll_side(doc: Doc, d: Draft):
    """"ارتفعت حصيلة قتلى قوات النظام جراء الهجمات إلى 209", "بلغ عدد القتلى في صفوف القوات
    الحكومية 12 قتيلا": a toll ("حصيلة"/"عدد" and a noun of the dead) told before the count in
    its clause, with a side right after its noun (its genitive, or after "في صفوف"/"من"/"بين"),
    counts that side's dead. Not a government's bare name (actors.tsv "regime"): "ارتفاع أعداد
    قتلى النظام إلى 123" is as often those it killed."""
    h = next((x for x in d.hits if not x.subcount), None)
    if h is None:
        return None
    L = figure_lexicons(doc.lang)
    sent = doc.sents[d.sentence]
    lo = max(doc.tok_index(sent.start), h.tok_start - _TOLL_BACK)
    if L.toll_lead.none_start(doc.tok_words, lo, h.tok_start):
        return None  # (asked per draft: no toll's word in reach, told in C, most often)
    mine = {id(x) for x in d.hits}
    last_other = max((x.tok_start for x in doc.hits_in(d.sentence) if x.tok_start < h.tok_start and id(x) not in mine),
                     default=-1)
    for t in range(h.tok_start - 1, lo - 1, -1):
        if doc.gap(t + 1).strip() or t <= last_other:
            return None  # another clause, or another count between: not this count's toll
        m = L.toll_lead.match_at(doc.toks, t) if L.toll_lead.may_start(doc.toks[t][2]) else None
        if m is None:
            continue
        k = t + m[1]
        n = L.noun_kind.match_at(doc.toks, k) if k < h.tok_start else None
        if n is None:
            return None
        k += n[1]
        if k < h.tok_start and (r := L.ranks.match_at(doc.toks, k) or L.of.match_at(doc.toks, k)
                                or _phrases(doc.lang, "among_toll").match_at(doc.toks, k)) is not None:
            k += r[1]
        a = doc.actors.at_token(k, doc.toks[k][0]) if k < h.tok_start else None
        if a is None and k < h.tok_start:
            a = _demonym_at(doc, k)  # "عدد القتلى الإيرانيين": the dead's nationality names their side
        if a is None or a.value in NON_ACTORS:  # (no mark between: every gap back to the count was read above)
            return None
        if norm(doc.text[a.start:a.end]) in _regime_names(doc.lang):
            return None
        return a
    return None


@lru_cache(maxsize=None)
def _regime_names(lang: str) -> frozenset[str]:
    return frozenset(norm(phrase) for phrase in pack(lang).marked("actors", "regime"))


@lru_cache(maxsize=None)
def _own_nouns(lang: str) -> Lexicon:
    """Nouns of a side's people possessed by "his" or "her" (value: that gender): the "own"
    rows of victims.tsv and every plural of combatants in people.tsv with the pronoun glued
    on ("جنودها", "عناصره", "مقاتليه")."""
    P = pack(lang)
    lex: Lexicon = P.lexicon()
    for row in P.rows("victims"):
        if len(row) >= 3 and row[0] == "own":
            lex.add(row[-1], row[1])
    for group, num, phrase in P.rows("people"):
        if group == "combatants" and num == "p":
            for form, person in P.possessed_people(norm(phrase)):
                if person in ("he", "she"):
                    lex.add(form, person)
    return lex


def _gendered(lang: str, role: str) -> Lexicon:
    """victims.tsv phrases of ``role`` ("own": value its gender; "he"/"she": the gender)."""
    return pack(lang).role_lexicon("victims", role)


def _gender(doc: Doc, a) -> str | None:
    """The gender of a side's name: of the noun governing it ("ميليشيا حزب الله"), else of
    its own head; None when neither is listed (a country may be either)."""
    heads = (_gendered(doc.lang, "he"), _gendered(doc.lang, "she"))
    for t in ((a.tok - 1, a.tok) if a.tok > 0 and not doc.gap(a.tok).strip() else (a.tok,)):
        for lex in heads:
            m = lex.match_at(doc.toks, t)
            if m is not None:
                return m[0]
    return None


def _refers(doc: Doc, a, gender: str) -> bool:
    """A pronoun of ``gender`` may refer back to side ``a``: a name, not a one-word relative
    adjective, whose head noun agrees with it."""
    if a.tok_end - a.tok == 1 and doc.toks[a.tok][2].endswith(_nisba(doc.lang)):
        return False
    g = _gender(doc, a)
    return g is None or g == gender


@lru_cache(maxsize=None)
def _nisba(lang: str) -> tuple[str, ...]:
    return tuple(norm(row[-1]) for row in pack(lang).rows("victims") if len(row) >= 2 and row[0] == "nisba")


def _intended(doc: Doc, ev) -> bool:
    """"عنصر كانوا قد اجتازوا النهر لمهاجمة مقر قسد": an attack told with the lām of purpose
    is what the counted set out to do; its target is whom they meant to hit, not whose dead
    they are."""
    s = doc.toks[ev.tok][0]
    return ev.role == "aim" and ev.start > s and doc.text[s:ev.start] in doc.words("purpose")


def _ground_of(doc: Doc, ev) -> bool:
    """"قصف استهدف منطقة تسيطر عليها المعارضة", "الاعتداء الذي استهدف مدينة سوروتش التركية":
    a target named as the holder of the place hit, or by a relative adjective describing it,
    says whose ground it was, not whose dead."""
    if ev.agent_span is not None and ev.agent_span == ev.target_span:
        return True  # one name read as both who struck and what was hit says neither whose dead
    t = doc.tok_index(ev.target_span[0])
    if t + 1 == doc.tok_index(max(ev.target_span[0], ev.target_span[1] - 1)) + 1 \
            and doc.toks[t][2].endswith(_nisba(doc.lang)) and t > 0 and not doc.gap(t).strip() \
            and _ground_before(doc, t):
        return True  # one relative adjective right after a place describes it: no side
    if ev.type == "clashes" and t > 0 and _phrases(doc.lang, "against").match_at(doc.toks, t - 1) is not None:
        return True  # "قضى في المعارك ضد تنظيم الدولة": whom the dead fought, not whose they were
    end = doc.tok_index(max(ev.target_span[0], ev.target_span[1] - 1)) + 1
    if end < len(doc.toks) and not doc.gap(end).strip() \
            and _phrases(doc.lang, "held_after").match_at(doc.toks, end) is not None:
        return True  # "fire on regime areas": the side right before a ground noun holds it
    held = _phrases(doc.lang, "held")
    for k in range(max(0, t - _HELD_WORDS), t):
        m = held.match_at(doc.toks, k)
        if m is not None and k + m[1] == t:
            return True
    return False


def _ground_before(doc: Doc, t: int) -> bool:
    """Token ``t`` follows a place's name or a word for ground ("مدينة سوروتش التركية",
    "الحدود السورية التركية"), not a military post ("المواقع العسكرية التركية")."""
    s = doc.toks[t - 1][0]
    if any(p.end == doc.toks[t - 1][1] for p in doc.places_in(max(0, s - _PLACE_CHARS), s + 1)):
        return True
    ground = _phrases(doc.lang, "ground")
    return any(ground.match_at(doc.toks, k) is not None for k in range(max(0, t - 2), t))


def _citizens_with_fighters(d: Draft) -> bool:
    """"قتل 24 مواطنا بينهم ستة من أفراد المعارضة": the dead a civilian noun counts include
    fighters, so the noun says whose dead they are not; the claim counts no one side."""
    return d.victim == "civilians" and d.victim_tok is None \
        and any(x.subcount and x.figure.group == "combatants" for x in d.hits)


def _fighting_children(doc: Doc, d: Draft) -> bool:
    """"ثمانية من الأطفال المقاتلين", "خمسة أطفال مجندين": children (or women) counted by a
    noun a word for fighters right after it describes were fighters, not civilians: their
    group does not say whose dead they were."""
    return any(not x.subcount and x.figure.group in _CIVILIAN_GROUPS and _described_as_fighters(doc, x.tok_end)
               for x in d.hits)


def _described_as_fighters(doc: Doc, t: int) -> bool:
    """Token ``t`` is a plural word for fighters glued to the noun before it, no mark or "و"
    between: its adjective ("الأطفال المقاتلين", "مدنيين مسلحين")."""
    if t <= 0 or t >= len(doc.toks) or doc.gap(t).strip() or doc.conj_glued(t):
        return False
    m = figure_lexicons(doc.lang).people.match_at(doc.toks, t)
    return m is not None and m[0][0] == "combatants" and "p" in m[0][1]


def _seized_civilians(d: Draft) -> bool:
    """"مقتل عنصرين منه وجرح ثمانية جنود، في كمين ... وخطف سياح": civilians counted only as
    seized or missing beside fighters killed or wounded are not whom the blow hit: neither
    their noun nor a civilian word in the clause (theirs) says the claim's dead were civilians."""
    harmed = [x for x in d.hits if x.figure.kind in _HARMED]
    return bool(harmed) and all(x.figure.group == "combatants" for x in harmed) \
        and any(x.figure.group in _CIVILIAN_GROUPS + ("civilians",) for x in d.hits if x.figure.kind not in _HARMED)


_THEM_FOE_WORDS = 2  # words before a side that make it the foe fought ("يحاربون الآن القوات السورية")


def _them_elsewhere(doc: Doc, d: Draft, h) -> bool:
    """"350 أردنيا يحاربون القوات السورية، وقتل 25 منهم", "تحرير عشرات الأسرى، إلا أن ثلاثة
    منهم قتلوا": a count of "them" whose side was read off a side named before it that is the
    foe its people fought (a verb of fighting, victims.tsv fought, right before it or its "ضد")
    or that captives named since stand between (victims.tsv captive) counts those
    people, not that side's: the side they were of is not told there."""
    if d.victim_tok is None or d.victim_tok >= h.qty_tok:
        return False
    them = doc.words("of_them")
    if not any(doc.toks[t][2] in them for t in range(h.qty_tok + 1, min(len(doc.toks), h.tok_end + 1))):
        return False
    # (not a bare "ضد": "الهجوم ضد عناصر المخابرات ... مقتل 53 منهم")
    return _fought(doc, d.victim_tok) or _captives_between(doc, d.victim_tok + 1, h.qty_tok)


def _captives_between(doc: Doc, t0: int, t1: int) -> bool:
    """Captives (victims.tsv captive) named in tokens ``t0``..``t1``: whom a "them" after them counts."""
    captive = _phrases(doc.lang, "captive")
    return any(captive.match_at(doc.toks, t) is not None for t in range(t0, t1)
               if doc.tok_words[t] not in captive.quiet)


def _them_of(doc: Doc, d: Draft):
    """"الهجوم ضد عناصر المخابرات أدى إلى مقتل 53 منهم": a count of "them" whose people were
    read off fighters named before it (figures.py: their noun's token) is of the side named
    with that noun, as its genitive or after its "من" ("عناصر من الشرطة"), unless they are
    the foe people were told fighting (_them_elsewhere)."""
    h = next((x for x in d.hits if not x.subcount), None)
    t = h.victim_actor_tok if h is not None and h.figure.group == "combatants" else None
    if t is None or t >= h.tok_start:
        return None
    them = doc.words("of_them")
    if not any(doc.toks[k][2] in them for k in range(h.qty_tok + 1, min(len(doc.toks), h.tok_end + 1))):
        return None
    if _fought(doc, t) or _captives_between(doc, t + 1, h.qty_tok):
        return None
    for k in _named_with(doc, t, h.tok_start):
        a = doc.actors.at_token(k, doc.toks[k][0])
        if a is not None:
            return a if a.value not in NON_ACTORS and a.value != "civilians" else None
        body = body_at(doc, d, k)  # "عناصر المخابرات", "عناصر من الشرطة": a state's police
        if body is not None:
            return _Named(body[0], *body[1])
    return None


def _named_with(doc: Doc, t: int, stop: int) -> list[int]:
    """Where the side of people named at token ``t`` may be named: that token, its genitive
    right after it, or the word after its "من" ("عناصر من الشرطة"), short of ``stop``."""
    out, k = [t], t + 1
    if k < stop and not doc.gap(k).strip():
        if figure_lexicons(doc.lang).of.match_at(doc.toks, k) is not None:
            k += 1
        if k < stop and not doc.gap(k).strip():
            out.append(k)
    return out


def _fought(doc: Doc, t: int) -> bool:
    """The people or side at token ``t`` are named right after a verb of fighting (victims.tsv
    fought), or after its "ضد": the foe its subject fought."""
    fought = _phrases(doc.lang, "fought")
    return any(fought.match_at(doc.toks, k) is not None and not events_breaks(doc, k, t)
               for k in range(max(0, t - _THEM_FOE_WORDS), t))


def _civilian_person(doc: Doc, d: Draft) -> tuple[int, int] | None:
    """"مقتل ثلاثة صحافيين", "قتل تسعة من أفراد الطواقم الطبية", "خمسة أشخاص بينهم طبيب": a
    counted noun phrase naming people by a calling only non-combatants have says the dead
    were civilians, unless fighters are counted beside them. A figure read as fighters only
    for its "من أفراد" names them by the calling right after it."""
    found = None
    for x in d.hits:
        if x.figure.group == "combatants":
            t = x.victim_actor_tok
            # "تسعة من أفراد الطواقم الطبية": the calling right after the armed word; "خمسة من
            # عناصر الدفاع المدني": a calling the armed word itself begins
            m = (_calling_at(doc, t + 1) or _calling_at(doc, t)) if t is not None and x.tok_end == t + 1 else None
            if m is None:
                return None
        else:
            m = _person_in(doc, x)
        found = found or m
    return found


def _person_in(doc: Doc, x) -> tuple[int, int] | None:
    """A civilian calling in the noun phrase of figure ``x``: from its count to a few words
    past it, up to punctuation, a conjunct past the figure, a word of attribution ("بحسب مسعفين": who tells, not who
    died) or of attack ("في تفجيرين استهدفا زوارا": what follows is another phrase)."""
    conj = tuple(doc.words("conj_clitic"))
    # a noun counted by a number after it ("إصابة عاملين اثنين") is in the figure before its count
    if x.tok_start < x.qty_tok and (m := _calling_at(doc, x.qty_tok - 1)) is not None:
        return m
    end = min(len(doc.toks), x.tok_end + _NOUN_PHRASE_AFTER)
    if _civilian_people(doc.lang).none_start(doc.tok_words, x.qty_tok, end):
        return None  # (asked per figure: no calling starts in reach, told in C, most often)
    for t in range(x.qty_tok, end):
        pos = doc.toks[t][0]
        if t > x.qty_tok and (doc.gap(t).strip() or doc.attrib.at_token(t, pos) is not None
                              or doc.event_words.at_token(t, pos) is not None):
            break
        if t >= x.tok_end and conj and doc.toks[t][2].startswith(conj):
            break  # "70 ألف قتيل ومليون لاجئ": past the figure, "و" joins another count
        m = _calling_at(doc, t)
        if m is not None:
            return m
    return None


def _calling_at(doc: Doc, t: int) -> tuple[int, int] | None:
    """The civilian calling at token ``t``, unless it names a body after its noun ("حزب
    العمال", "نقابة الصحفيين": an organisation, not its members)."""
    if t >= len(doc.toks) or not _civilian_people(doc.lang).may_start(doc.toks[t][2]):
        return None
    m = _civilian_people(doc.lang).match_at(doc.toks, t)
    if m is None or t > 0 and _phrases(doc.lang, "body").match_at(doc.toks, t - 1) is not None:
        return None
    return doc.toks[t][0] + m[2], doc.toks[t + m[1] - 1][1]


def _side_among(doc: Doc, d: Draft, ev) -> tuple[str, Span] | None:
    """"مقتل 14 شخصا بينهم سبعة إيرانيين", "22 شخصا، بينهم 19 عنصرا من قوات النظام": a side
    numbered among dead whose figure names no side, making up at least half of them, is
    whose dead the figure counts (as "most of them were" says). Not when the figure's own
    noun says civilians ("24 مواطنا بينهم ستة من المعارضة": both), nor when civilians or
    an enemy side are numbered among them too."""
    mains = [x.figure for x in d.hits if not x.subcount]
    if not mains or any(f.group in _CIVILIAN_GROUPS + ("civilians",) or not f.low for f in mains):
        return None
    sides: dict[str, list[tuple[int | None, int]]] = {}
    for x in d.hits:
        if not x.subcount:
            continue
        if x.figure.group in _CIVILIAN_GROUPS + ("civilians",):
            return None
        side, tok = victim_of(doc, x, ev)
        if side is None or side == "civilians":
            return None
        sides.setdefault(side, []).append((tok, x.figure.low or 0))
    if not sides or any(not allied(a, b) for a in sides for b in sides if a != b):
        return None
    # "23 مقاتلا، بينهم 5 من قوات النظام و18 من القوات الموالية له": sides of one camp
    # numbered apart; the one most of the dead belong to is whose dead they are
    side, named = max(sides.items(), key=lambda kv: sum(n for _, n in kv[1]))
    tok = named[0][0]
    if tok is None or 2 * sum(n for _, n in named) < max(f.low for f in mains):
        return None
    m = doc.actors.at_token(tok, doc.toks[tok][0])
    return side, doc.span(m.start, m.end) if m is not None else doc.span(doc.toks[tok][0], doc.toks[tok][1])


def _fight_foe(doc: Doc, d: Draft, ev) -> tuple[str, int, int] | None:
    """"اشتباكات بين القوات النظامية ومقاتلين معارضين أسفرت عن مقتل مقاتل وسبعة عناصر من
    القوات النظامية": in a fight between two sides, fighters counted with no side of their
    own beside a count of one side's men, in the same sentence, are the other side's. Only
    fighters ("مقاتل", "عنصر"): people counted beside soldiers may be anyone caught in it."""
    if ev is None or ev.type != "clashes" or any(x.figure.group != "combatants" for x in d.hits):
        return None
    sides = ev.sides or ev.root().sides
    camps = {s[0] for s in sides}
    if len(camps) != 2 or "civilians" in camps or any(allied(a, b) for a in camps for b in camps if a != b):
        return None
    mine = {id(x) for x in d.hits}
    counted = set()
    for x in doc.hits_in(d.sentence):
        if x.subcount or id(x) in mine:
            continue
        side, _ = victim_of(doc, x, ev)
        if side is None or side not in camps:
            return None  # a count of neither side, or of no side: the sentence tells more than one fight
        counted.add(side)
    if len(counted) != 1:
        return None
    return next(s for s in sides if s[0] not in counted)


def _more_of(doc: Doc, d: Draft) -> tuple[str, Provenance] | None:
    """"قتل 21 مدنيا ... وأوضح المرصد أن 7 آخرين قتلوا جراء قصف": a count of "others" with
    no noun of its own counts more of the people the figure just before it counted, in its
    sentence or the one before; their side, as that figure's own words name it ("مدنيا",
    "من قوات النظام", "من جنوده", "جنود أتراك"), is theirs. Only the nearest figure: past it, "others" may be anyone."""
    h = next((x for x in d.hits if not x.subcount), None)
    if h is None or not _others(doc, h):
        return None
    prev = None
    for p in doc.drafts:
        if p is d:
            break
        prev = p
    if prev is None or prev.sentence < d.sentence - 1 or _citizens_with_fighters(prev):
        return None
    side = prev.victim or doc.scratch.get(_COUNTED, {}).get(id(prev))
    if side is None:
        return None
    x = next((y for y in prev.hits if not y.subcount), prev.hits[0])
    return side, Provenance("sentence" if prev.sentence == d.sentence else "previous", x.figure.span)


_COUNTED = "victims.counted"  # doc.scratch: draft id -> the side its own counted words name


def _counted(doc: Doc, d: Draft, side: str) -> None:
    """Remember the side draft ``d``'s own counted words name beyond its noun ("ثلاثة من جنودها",
    "ثلاثة جنود أتراك", "صحافيين"), for a count of "others" after it (_more_of)."""
    doc.scratch.setdefault(_COUNTED, {})[id(d)] = side


def _others(doc: Doc, x) -> bool:
    """Figure ``x`` counts "others" and no people of its own ("وأصيب 7 آخرون"), or "others" is
    its count itself ("وجرحت آخرين": some more, numbered by no word)."""
    return x.figure.group == "unspecified" and not doc.words("others").isdisjoint(
        doc.tok_words[x.qty_tok:x.qty_tok + 1 + _OTHERS_AFTER])


def _state_forces(doc: Doc, d: Draft):
    """The state whose soldiers or police the draft counts, "others" counted after them
    being more of them ("قتل شرطي وأصيب آخر")."""
    hits = [x for x in d.hits if x.subcount or not _others(doc, x)]
    if len(hits) == len(d.hits) or not any(not x.subcount for x in hits):
        return state_forces(doc, d)
    return state_forces(doc, replace(d, hits=hits))


def _side_of_most(doc: Doc, d: Draft):
    """"مقتل ثلاثة أشخاص وإصابة تسعة، غالبيتهم من عناصر الأمن": the actor named right after
    "most of them" told after the figures (in their sentence) is whose dead they count."""
    sent = doc.sents[d.sentence]
    last = doc.sent_toks(sent)[1]
    lex, bare = _phrases(doc.lang, "most"), _phrases(doc.lang, "most_bare")
    if all(x.subcount or x.figure.group == "combatants" for x in d.hits):
        bare = _most_or_among_bare(doc.lang)  # "14 مقاتلا، بينهم إيرانيون"
    quiet, words = lex.quiet, doc.tok_words
    for h in d.hits:
        for t in range(h.tok_end, min(last, h.tok_end + _AFTER)):
            m = lex.match_at(doc.toks, t) if words[t] not in quiet else None  # (most words: no call)
            if m is None:
                b = bare.match_at(doc.toks, t) if words[t] not in bare.quiet else None
                if b is not None and t + b[1] < last:
                    # "قتل 26 شخصا، أغلبهم إيرانيون": most of them of a state whose men are its forces
                    return _demonym_at(doc, t + b[1])
                continue
            k = t + m[1]
            if k >= last:
                return None
            names = doc.actors.between(doc.toks[k][0], doc.toks[last - 1][1])
            side = next((a for a in names if a.value != "civilians" and a.tok - k < _MOST_REACH), None)
            return side if side is not None else _demonym_at(doc, k)  # "معظمهم من الإيرانيين"
    return None


def _demonym_at(doc: Doc, k: int) -> _Named | None:
    """The side a demonym at token ``k`` names by itself, of any counted people ("إيرانيون";
    demonyms.tsv "any"), as the token's span."""
    m = demonyms(doc.lang).match_at(doc.toks, k)
    if m is None or not m[0][1]:
        return None
    return _Named(m[0][0], doc.toks[k][0], doc.toks[k + m[1] - 1][1])


def _civilian_site(doc: Doc, d: Draft, ev) -> tuple[int, int] | None:
    """"قتل 18 شخصا في سقوط صاروخ ... على حي شعبي", "التفجير الذي استهدف مسجدا": the dead
    of an attack whose object is a civilian site were civilians, however far from the figure
    the site is told, unless the figures count fighters. Only the attack itself says so (not
    one it is taken to retell), and only of those it killed or wounded: people seized after
    it ("القبض على 190") are not its victims."""
    if ev is None or any(x.figure.group == "combatants" or x.figure.kind not in _HARMED for x in d.hits):
        return None
    at = ev.obj_tok if ev.obj_tok is not None else _struck_site(doc, ev)
    if at is None:
        return None
    if at == ev.obj_tok:
        # "واستهدف الهجوم سوقا شعبيا": the attack's own noun right after its verb is the verb's
        # subject; what it struck is named past it
        noun = next((e for e in doc.events_in(ev.sentence) if e is not ev and e.tok == at), None)
        if noun is not None and noun.tok_end < len(doc.toks) \
                and doc.sentence_of(doc.toks[noun.tok_end][0]) == ev.sentence and not doc.gap(noun.tok_end).strip():
            at = noun.tok_end
    if not clitic_form_set(doc.toks[at][2]).isdisjoint(doc.words("site_one_of")) and at + 1 < len(doc.toks) \
            and doc.sentence_of(doc.toks[at + 1][0]) == ev.sentence:
        at += 1  # "استهدف أحد المساجد": one of the kind of site its plural names
    m = _civilian_sites(doc.lang).match_at(doc.toks, at)
    if m is None and ev.type in ("airstrike", "bombing") and at == ev.obj_tok:  # a dwelling only as what it struck
        m = _dwellings(doc.lang).match_at(doc.toks, at)
    if m is None and at == ev.obj_tok:
        # "تفجيرين استهدفا زوارا شيعة", "هجوم استهدف طلابا": people of a civilian calling as
        # what the attack was aimed at (victims.tsv person) were whom it hit
        return _calling_at(doc, at)
    if m is None:
        return None
    return doc.toks[at][0] + m[2], doc.toks[at + m[1] - 1][1]


def _struck_site(doc: Doc, ev) -> int | None:
    """"انفجار بمسجد", "تفجير داخل مسجد", "هجوم انتحاري في مسجد": with no object of its own,
    an attack told (not a fight: its sides shoot from the place named) has struck the site
    named right after its phrase, or after a preposition of place there (grammar.tsv site_in),
    or after a verb of taking place ("وقع بجامع", site_occurred)."""
    if ev.type == "clashes" or ev.tok_end >= len(doc.toks):
        return None
    at = ev.tok_end
    if doc.toks[at][2] in doc.words("site_occurred") and at + 1 < len(doc.toks):
        at += 1
        day = doc.dates_in(doc.toks[at][0], doc.toks[at][1])
        if day and day[0].end < len(doc.text):
            at = doc.tok_index(day[-1].end - 1) + 1  # "تفجير وقع أول من أمس في ...": the day between
            while at < len(doc.toks) and doc.dates_in(doc.toks[at][0], doc.toks[at][1]) \
                    and doc.sentence_of(doc.toks[at][0]) == ev.sentence:
                at = doc.tok_index(doc.dates_in(doc.toks[at][0], doc.toks[at][1])[-1].end - 1) + 1
    if at < len(doc.toks) and doc.toks[at][2] in doc.words("site_in"):
        at += 1
    if at + 1 < len(doc.toks) and doc.toks[at][2] in doc.words("site_part") and not doc.gap(at + 1).strip():
        at += 1  # "في حديقة مركز ثقافي", "في ساحة مسجد": the part of the site names the site after it
    return at if at < len(doc.toks) and doc.sentence_of(doc.toks[at][0]) == ev.sentence else None


def _civilian_subcount(d: Draft, groups: tuple[str, ...] = _CIVILIAN_GROUPS):
    if any(x.figure.group == "combatants" for x in d.hits):
        return None
    return next((x for x in d.hits if x.subcount and x.figure.group in groups), None)


def _civilian_cue(doc: Doc, d: Draft, h, scope: str) -> tuple[int, int] | None:
    """A civilian word in the figure's clause, unless a total counts fighters in the same
    breath ("150 شخصا، بينهم 96 مدنيا و44 من القوات النظامية" across the country: whom the
    day's violence hit is not one side; one attack's "11 شخصا، بينهم 7 مدنيين و4 مقاتلين" is
    told as whom it hit). Words
    before the claimant named ahead of the figure are someone else's ("مقتل خمسة مدنيين بحسب
    دمشق، في حين تحدث مصدر إسرائيلي عن مقتل خمسة مقاتلين"), and a word inside a place's name
    is that name ("مدينة منزل بورقيبة")."""
    total = scope == "cumulative"
    if total and (any(x.figure.group == "combatants" for x in d.hits)
                  or war_toll([x.figure for x in d.hits if not x.subcount])):
        return None  # "تزايد أعداد المدنيين القتلى في الحرب التي أسفرت عن 70 ألف قتيل": a war's dead are everyone's
    mixed = _part_civilian(d) if total else []
    sent = doc.sents[d.sentence]
    t0 = max(doc.tok_index(sent.start), h.tok_start - _BEFORE)
    if 0 <= d.attribution.tok < h.tok_start:
        t0 = max(t0, d.attribution.tok)
    t1 = min(doc.sent_toks(sent)[1], h.tok_end + _AFTER)
    lexes = [_phrases(doc.lang, "civilian")] + ([] if total else [_phrases(doc.lang, "among")])
    places = None
    # (a word each lexicon knows to start none of its phrases is passed over at set lookups,
    # picked out in C: most words of the window)
    ws = doc.tok_words[t0:t1]
    quiet = map(lexes[0].quiet.__contains__, ws)
    if len(lexes) > 1:
        quiet = map(and_, quiet, map(lexes[1].quiet.__contains__, ws))
    for t in compress(range(t0, t1), map(not_, quiet)):
        m = next((m for lex in lexes if lex.may_start(doc.toks[t][2])
                  and (m := lex.match_at(doc.toks, t)) is not None), None)
        if m is None or any(x.tok_start <= t < x.tok_end for x in mixed):
            continue
        start, end = doc.toks[t][0] + m[2], doc.toks[t + m[1] - 1][1]
        if places is None:
            places = doc.places_in(sent.start, sent.end)
        if any(p.start < start and end <= p.end for p in places):
            continue  # inside a name, past its generic noun ("مخيم اليرموك" starts with a cue)
        if _with_fighters(doc, t, t + m[1]):
            return None
        return start, end
    return None


def _part_civilian(d: Draft) -> list:
    """"مقتل 252 شخصا بينهم 139 مدنيا" over days or a country: civilians numbered as part of a
    total, short of nearly all of it, say the rest were not civilians (a total of civilians
    with a few others, "22 شخصا بينهم 21 سائحا", is still theirs)."""
    mains = [x.figure.low for x in d.hits if not x.subcount and x.figure.low]
    if not mains:
        return []
    return [x for x in d.hits if x.subcount and x.figure.group == "civilians"
            and (x.figure.low or 0) < _NEARLY_ALL * max(mains)]


def _with_fighters(doc: Doc, t0: int, t1: int) -> bool:
    """"مقتل أعداد كبيرة من المقاتلين والمدنيين", "سقوط قتلى مدنيين وعسكريين": a civilian
    word joined by "و" to a word for fighters counts both, not civilians."""
    people = figure_lexicons(doc.lang).people
    def fighters(t: int, joined: bool) -> bool:
        m = people.match_at(doc.toks, t) if 0 <= t < len(doc.toks) else None
        return m is not None and m[0][0] == "combatants" and (not joined or doc.conj_glued(t))
    before = t0 - 1 if doc.conj_glued(t0) else None
    return (before is not None and fighters(before, False)) or fighters(t1, True) or _described_as_fighters(doc, t1)

