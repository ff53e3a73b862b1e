"""The event layer: attacks named in the text, with their arguments, read from the clause.

An event mention starts at a word of ``data/lang/*/events.tsv`` (an attack "غارة", an open
word "قصف"/"الهجوم", a weapon "برميل متفجر", a verb "قصفت") and reads its phrase up to the
clause's end: modifiers that decide its type ("قصف جوي", "هجوم انتحاري"), its agent (an
actor right after it, "غارات روسية", "قصف قوات النظام", "للتحالف", "من القوات النظامية";
after "نفذها"/"على أيدي"; the subject of its verb; the subject of a light verb before it,
"شن الطيران الحربي غارتين"), its target ("على مواقع داعش") and the sides of a fight
("اشتباكات بين الفصائل وقوات النظام"). A definite open word with nothing of its own
("الهجوم", "القصف") refers back to the attack already told and takes its frame.

Every figure then attaches to one event (``attach``): the event of its own clause, the one
its sentence continues ("ما أدى إلى", "جراء"), the one its paragraph is telling, or the
article's lead event; its claim takes that event's frame.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rasd.core.models import Provenance
from rasd.core.sides import allied, leader, rivals
from rasd.core.vocab import NON_ACTORS, UNKNOWN, VAGUE
from rasd.extract.doc import Doc, Draft
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.extract.mentions import _NISBA
from rasd.lang import pack
from rasd.text.lexicon import Lexicon, read_tsv

TRIGGERS = ("event", "open", "aim", "weapon", "verb", "agentive")
_PHRASE_TOKENS = 6  # how far a phrase reads after its head word
_MOD_TOKENS = 4  # how far a modifier still belongs to the head ("قصف عنيف من الطيران")
_AGENT_GAP = 4  # tokens between the head and its agent ("غارات جوية مكثفة روسية")
_CUE_REACH = 10  # tokens after the head where "نفذها"/"بين" may still open its argument
_ARG_TOKENS = 3  # tokens after a cue where its actor must start
_LIGHT_REACH = 10  # tokens between a light verb ("شن") and the attack it names; a time of day may come between
_LIGHT_APART = 25  # the same, with the subject right after the verb and a clause about it between
_NAME_TOKENS = 6  # the longest actor name, in tokens ("the U.S.-led coalition's")
_BLAME_REACH = 8  # tokens after "نسبته" where its "إلى" may be
_BLAME_APART = 24  # tokens from an attack to a verb blaming it later in its sentence
_ACCUSED_GAP = 3  # tokens between the accused and the attack ("بالوقوف وراء", "بالمسؤولية عن")
_SUBJECT_REACH = 10  # tokens before a verb where its subject may start  # tokens between a light verb ("شن") and the attack it names
_ANTECEDENT_SENTENCES = 4
_OBJECT_MIN_LETTERS = 3
_LEAD_SENTENCES = 3  # the opening sentences, a dateline and a title-like line among them
_RESULT_REACH = 4
_CLAIMED_REACH = 12  # tokens before a figure where "تبنى X" may still claim it  # tokens before a figure where "أسفرت عن" still ties it to the attack before
_UNTIED_AFTER = 20
_KILLS_REACH = 12  # tokens from a verb of killing to its object, its subject and an apposition between
_SHARED_REACH = 20  # tokens back from a joined verb to the verb whose subject it shares
_RELATIVE_GAP = 6  # tokens between an attack's phrase and "الذي أسفر" still about it ("في سروج قبل أسبوع")
_SAID_REACH = 6  # tokens from a verb of saying to its "that" (the speaker between: "وقال المرصد السوري إن")
_RELATIVE_CLAUSE = 12  # tokens of a relative clause, from its pronoun to the "والذي" joined to it
_SPAN_LENGTH = 3  # tokens of a length of time ("ساعات طويلة", "ثلاثة أيام") before "من" and an attack
_RESTATED_MIN = 10  # the least count told again that is taken for the same dead, not a coincidence
_LIST_GAP = 1  # words between two attacks joined in a list ("اشتباكات عنيفة وغارات")
_MIXED_KINDS = 3  # kinds of attack in one list that make its toll of no one kind
_JOINED_GAP = 2  # tokens between two counts joined by "و" ("مقتل 30 شخصا وإصابة 100")
_DEATH_IN_FIGURE = 2  # words of a figure before its verbal noun of death ("the deaths of three")
_PRIOR_WORDS = 3  # tokens of a word opening an adjunct on a death ("في أعقاب", "على خلفية")
_TIE_GAP = 8  # tokens between a total and the attack its clause blames ("قتلوا ... جراء الغارات")  # cost of an attack told after a figure with no word tying them  # how far back a definite open word looks for what it refers to
_FROM_AFAR = frozenset({"airstrike", "shelling", "bombing", "chemical", "shootdown"})  # attacks that take no one
SEIZED_KINDS = ("detained", "missing")  # figure kinds that count people taken or lost, not hurt
_CLAUSE_STOP = ",،;؛:()\"!?؟.\n"
_ARG_STOP = ",،;؛:!?؟.\n"  # an argument may sit in brackets or quotes
_ARG_STOP_NO_COMMA = ";؛:()\"!?؟.\n"
_PHRASE_STOP = ";؛:!?؟.\n"  # what a verb's arguments do not run across (commas, quotes and brackets they may)


@dataclass
class Event:
    index: int
    role: str  # event | open | weapon | verb
    type: str
    start: int  # the head word (normalised offsets)
    end: int
    tok: int
    tok_end: int
    sentence: int
    definite: bool
    typed_by: str = "word"  # word | modifier | agent | antecedent | default
    type_end: int = 0  # the type was read from [start, type_end)
    agent: str | None = None
    agent_span: tuple[int, int] | None = None
    target: str | None = None
    target_span: tuple[int, int] | None = None
    sides: list[tuple[str, int, int]] = field(default_factory=list)
    antecedent: "Event | None" = None
    weapon_end: int = 0  # token after an instrument read into the phrase ("بالبراميل المتفجرة")
    possessive: bool = False  # "ضرباته": whose attack a pronoun says
    donor: "Event | None" = None  # an attack of the same kind whose agent this one takes
    # what was hit, as a bare noun ("حافله" from "على حافلة عسكرية", "استهدفوا الحافلة"), and
    # whether it was named as something already told ("الحافلة")
    obj: str | None = None
    obj_definite: bool = False
    obj_tok: int | None = None  # the token where what was hit is named ("على حي شعبي": "حي")
    # the sides were named after "مع"/"with": the one named fought whoever the figures count
    # ("مقتل 20 مقاتلا خلال اشتباكات مع القوات النظامية")
    opponent: bool = False
    # the attack named right after a verb of attacking as its subject ("استهدفت الغارة مقرا"):
    # the verb says what that attack hit, and is that attack
    subject: "Event | None" = None

    def root(self) -> "Event":
        e = self
        while e.antecedent is not None:
            e = e.antecedent
        return e


@dataclass(frozen=True)
class _Lexicons:
    cues: Lexicon  # value: by | among | target
    mods: Lexicon  # value: event type
    means: dict[str, str]  # actor -> the attack its forces carry out from afar ("coalition": "airstrike")
    # an open word's default type -> the types of attack it may refer back to ("القصف": shelling
    # or an air raid, never a fight); a default not listed may refer back to any
    refers: dict[str, frozenset[str]] = field(default_factory=dict)
    # words of ground fire ("مدفعي", "هاون": shelling by anyone), of the dead an attack named
    # after them counts ("قتلى الاشتباكات"), of announcing ("أعلن": its subject claims an attack)
    marks: Lexicon | None = None
    # the words that tie a figure to an attack (result, resumes, cause) on their own: a verb
    # that is also one of killing ("أوقعت": kills and result) is read as both
    ties: Lexicon | None = None
    # words of time or motive that open an adjunct on a death before the main clause's event
    # ("ردا على مقتل", "بعد مقتل", "انتقاما لمقتل"): role "prior"
    prior: Lexicon | None = None


@lru_cache(maxsize=None)
def lexicons(lang: str = "ar") -> _Lexicons:
    """The event lexicons of one language pack."""
    P = pack(lang)
    cues: Lexicon = P.lexicon()
    mods: Lexicon = P.lexicon()
    marks: Lexicon = P.lexicon()
    ties: Lexicon = P.lexicon()
    prior: Lexicon = P.lexicon()
    for row in P.rows("events"):
        if len(row) < 3:
            continue
        role, typ, phrase = row[0], row[1], row[2]
        if role in ("result", "resumes", "cause"):
            ties.add(phrase, role)
        if role in ("by", "blame", "among", "target", "kills", "kills_own", "result", "resumes", "cause", "held",
                    "occupied"):
            cues.add(phrase, role)
        elif role in ("ground", "toll", "announce"):
            marks.add(phrase, role)
        elif role == "prior":
            prior.add(phrase, role)
        elif role == "mod":
            for form in P.phrase_forms(phrase, role):
                mods.add(form, typ)
    means = {row[0]: row[1] for row in read_tsv("actor_means.tsv") if len(row) >= 2}
    refers: dict[str, set[str]] = {}
    for row in read_tsv("open_refers.tsv"):
        if len(row) >= 2:
            refers.setdefault(row[0], set()).add(row[1])
    return _Lexicons(cues, mods, means, {k: frozenset(v) for k, v in refers.items()}, marks, ties, prior)


def trigger_rows(lang: str = "ar") -> list[tuple[str, tuple[str, ...]]]:
    """(phrase, (role, type)) of every event word of one language a mention index should find."""
    P = pack(lang)
    out: list[tuple[str, tuple[str, ...]]] = []
    for row in P.rows("events"):
        if len(row) < 3 or row[0] not in TRIGGERS + ("light", "accuse", "claim", "answers", "answers_for"):
            continue
        out.extend((form, (row[0], row[1])) for form in P.phrase_forms(row[2], row[0]))
        out.extend((form, (row[0], row[1], "possessive")) for form in P.possessive_forms(row[2], row[0]))
    return out


# -- reading events ---------------------------------------------------------------------------
def annotate(doc: Doc) -> None:
    """``doc.events``: the attacks named where claims can be; ``doc.lead``: the article's lead."""
    lx = lexicons(doc.lang)
    events = _read_events(doc, doc.event_words, lx)
    _relative_objects(doc, events)
    _accused_of_it(doc, events)
    doc.lead = _lead(doc, events)
    _same_objects(events)
    _answered_for(doc, events)  # before the attacks told later with "the" refer back to it
    _antecedents(doc, events)
    for ev in events:
        if ev.subject is not None and ev.subject.root() is not ev and not (
                ev.antecedent is not None and ev.antecedent.root().type == ev.subject.root().type):
            # (a verb already taken to refer back to an attack of its subject's kind keeps it:
            # "قتلوا في غارة على الغوطة. واستهدفت الغارة سوقا في كفربطنا" is the lead's strike)
            # the verb is the attack its subject names (or the one that attack refers back to)
            # (not the fight a bare "هجمات" is only by default: "استهدفت هجمات عديدة القاعدة")
            ev.antecedent = ev.subject
            root = ev.subject.root()
            if ev.typed_by == "default" and not (root.typed_by == "default" and root.type == "clashes"):
                ev.type, ev.typed_by = root.type, "antecedent"
    _relative_verbs(doc, events)
    _restated_headline(doc, events)
    if doc.pack.setting("story_restates_lead", "0") == "1":
        _restated_lead(doc, events)
    else:
        # (a lead told by a bombardment, "القصف الحكومي", keeps its kind: an air raid told
        # later, "القصف الجوي والمدفعي", is as often one part of it)
        _lead_kind_told_later(doc, events, open_only=True)
    _attack_of_no_kind(doc, events)
    _same_kind_agents(doc, events)
    doc.told_next, doc.told_next_agent = {}, {}
    if doc.pack.setting("definite_refers_back", "0") == "1":
        if doc.after_mentions is not None:
            _agents_told_after(doc, events, lx)
    elif goes_on_told(doc):
        _told_next(doc, events, lx)
    doc.events = events


def _actor_ends_at(doc: Doc, tok: int) -> bool:
    """An actor is named right before token ``tok`` ("rebel fire", "regime fire")."""
    if tok == 0 or doc.actors is None:
        return False
    near = doc.actors.between(doc.toks[max(0, tok - 4)][0], doc.toks[tok][0])
    return bool(near) and near[-1].tok_end == tok


def _read_events(doc: Doc, words, lx: _Lexicons) -> list[Event]:
    """The attacks the attack words ``words`` name, each with what its phrase says."""
    P = pack(doc.lang)
    events: list[Event] = []
    lights = []
    for m in words:
        role, typ = m.value[0], m.value[1]
        if role in ("light", "accuse", "claim", "answers"):
            lights.append(m)
            continue
        if role == "answers_for":
            continue  # read once the attacks it may refer back to are known (_answered_for)
        prev = events[-1] if events else None
        if prev is not None and role == "weapon" and ((0 <= m.tok - prev.tok_end <= 2 or _instrument_of(doc, prev, m))
                                                      and not _breaks(doc, prev.tok_end, m.tok, _ARG_STOP)
                                                      or _means_set_off(doc, prev, m)):
            # "قصف بقذائف الهاون", "هجوم بسيارة مفخخة": the weapon is the head's instrument
            # (in quotes too: 'هجوم "بالغازات السامة"' is one attack, told in the source's words)
            if typ == "chemical" and prev.typed_by == "modifier" and prev.weapon_end \
                    and doc.toks[prev.weapon_end][2] in doc.words("carrying") and m.tok == prev.weapon_end + 1:
                # "هجوم بصاروخ مزود بمواد كيميائية": the load of the weapon told, not what carried it
                prev.type, prev.typed_by, prev.type_end = "chemical", "modifier", max(prev.type_end, m.end)
            _refine(prev, typ, m.end, "modifier")
            prev.weapon_end = m.tok_end
            continue
        if prev is not None and role == "open" and m.tok == prev.tok_end and prev.type != "other" \
                and m.start == doc.toks[m.tok][0] and not _breaks(doc, prev.tok_end, m.tok):
            # "a toxic gas attack", "a car bomb attack": the attack the words before it name
            prev.end, prev.tok_end = m.end, m.tok_end
            continue
        if prev is not None and prev.role == "agentive" and role == "event" and m.tok == prev.tok_end \
                and not _breaks(doc, prev.tok_end, m.tok):
            # "برصاص قناص": the attack is the word after "by the bullets of" ("قناص", sniping),
            # which heads the phrase and reads its own agent ("قناصة النظام")
            events.pop()
            prev = events[-1] if events else None
        if role == "open" and doc.toks[m.tok][2] in doc.words("agent_noun") \
                and not _actor_ends_at(doc, m.tok):
            continue  # "militants fire rockets", "set fire to": no attack without its actor before
        if role == "weapon" and _not_lethal(doc, m.tok_end):
            continue  # "قنابل الغاز المسيل للدموع": tear gas is fired at crowds, not an attack
        if m.tok > 0 and (doc.toks[m.tok - 1][2] in doc.words("halted_before")
                          or doc.toks[m.tok - 1][2] in doc.words("front_before")) \
                and m.start == doc.toks[m.tok][0]:
            # "وقف إطلاق النار", "لوقف القصف": a truce, no attack; "على جبهة قتال أخرى": a front
            continue
        if role == "verb" and (_idiom_after(doc, m.tok_end) or m.tok_end < len(doc.toks)
                               and doc.toks[m.tok_end][2] in doc.words("speaker_title")):
            # "ألقت الشرطة القبض على", "ألقى المسؤولون باللوم": an idiom; "هاجم الرئيس
            # الأمريكي روسيا": an attack in words; neither is an attack
            continue
        before = [t[2] for t in doc.toks[max(0, m.tok - 3):m.tok]]
        definite = P.is_definite(before, doc.toks[m.tok][2], m.start - doc.toks[m.tok][0])
        # an open word, or any word that does not say what kind of attack ("استهدفت"), takes
        # its type from what its phrase, agent or antecedent says
        open_type = role in ("open", "aim", "verb") or typ == "other"
        events.append(Event(len(events), role, typ, m.start, m.end, m.tok, m.tok_end,
                            doc.sentence_of(m.start), definite, "default" if open_type else "word",
                            m.end, possessive=len(m.value) > 2))
        # (the weapon's end past a name of it read into it: "غاز الأعصاب السارين في هجوم")
        wend = max(prev.tok_end, prev.weapon_end) if prev is not None else 0
        if prev is not None and prev.role == "weapon" and role in ("open", "aim") and m.tok - wend == 1 \
                and doc.toks[wend][2] in doc.words("weapon_in") and not _breaks(doc, prev.tok_end, m.tok):
            # "استخدام السارين في هجوم", "باستخدام أسلحة كيماوية في الهجوم": the weapon used
            # in an attack that names no means says what kind it was (not "صاروخا في الضربات":
            # strikes are from afar, and a rocket may be fired from the air)
            if typ in ("clashes", "other"):
                _refine(events[-1], prev.type, m.end, "modifier")
    for ev, nxt in zip(events, events[1:]):
        if ev.role == "verb" and nxt.tok == ev.tok_end and nxt.role in ("open", "event", "weapon") \
                and not _breaks(doc, ev.tok_end, nxt.tok):
            # "واستهدف القصف عناصر من الحرس الثوري": the attack right after the verb is its
            # subject; the actor after it is what was hit, not who did it
            ev.subject = nxt
    # (a verb whose subject is an attack reads what it hit past that attack's phrase: last)
    for ev in sorted(events, key=lambda e: e.subject is not None):
        # "الطائرات الأمريكية قامت باستهداف قوات شعبية": the light verb's subject first,
        # then what the phrase itself says
        _light_verb_agent(doc, ev, lights, events)
        _read_phrase(doc, ev, lx)
        if ev.agent is None and ev.tok > 1:
            # "إثر اتهامها بقصف المدينة", "بعد اتهامه بشن هجوم" (a verbal noun of doing between)
            acc = doc.words("accused_pronoun")
            if doc.toks[ev.tok - 1][2] in acc:
                _accused_by_pronoun(doc, ev, ev.tok - 1)
            elif doc.toks[ev.tok - 2][2] in acc and doc.toks[ev.tok - 1][2][:1] in doc.words("instrument_clitic"):
                _accused_by_pronoun(doc, ev, ev.tok - 2)
        if ev.possessive and ev.agent is None:
            _owner(doc, ev, events)
        if ev.agent is None:
            _announced_own(doc, ev)
    _blamed_apart(doc, events)
    _resumed_agents(doc, events)
    for ev in events:
        _means(doc, ev, lx)
    return events


_IDIOM_REACH = 4  # tokens from a verb to the object that makes it an idiom (its subject between)
_IDIOM_APART = 12  # the same, with an aside set off by commas between


def _idiom_after(doc: Doc, t0: int) -> bool:
    """A word of ``idiom_object`` within a few tokens after a verb ending at ``t0``, in its clause."""
    idiom = doc.words("idiom_object")
    for t in range(t0, min(len(doc.toks), t0 + _IDIOM_REACH)):
        if t > t0 and _breaks(doc, t0, t):
            break
        if doc.toks[t][2] in idiom:
            return True
    # "وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل": an aside set off by
    # commas may come between the subject and the object
    for t in range(t0, min(len(doc.toks), t0 + _IDIOM_APART)):
        if t > t0 and _breaks(doc, t0, t, _PHRASE_STOP):
            return False
        if doc.toks[t][2] in idiom and _breaks(doc, t0, t):
            return True
    return False


_INSTRUMENT_REACH = 20  # tokens from a verb of attacking to the weapon it was done with, past its object


def _instrument_of(doc: Doc, prev: "Event", m) -> bool:
    """"ضربت طائرة أمريكية مقرا ... بصاروخين", "قصفت القوات البلدة بالبراميل المتفجرة": a weapon
    with the instrument's "ب" later in the clause of a verb of attacking is what it was done
    with, not another attack."""
    if prev.role != "verb" or not 0 <= m.tok - prev.tok_end <= _INSTRUMENT_REACH:
        return False
    clitics = doc.text[doc.toks[m.tok][0]:m.start]
    return clitics[-1:] in doc.words("instrument_clitic") and not _breaks(doc, prev.tok_end, m.tok, _ARG_STOP)


def _means_set_off(doc: Doc, prev: "Event", m) -> bool:
    """"استهدف تنظيم داعش تجمعا لقوات النظام في البادية، عبر سيارة مفخخة، مما أسفر عن مقتل":
    a weapon right after a word of means (grammar.tsv instrument_word), which a comma may set
    off from the clause of a verb of attacking, is what that verb's attack was done with."""
    if prev.role != "verb" or not 2 <= m.tok - prev.tok_end <= _INSTRUMENT_REACH \
            or doc.text[doc.toks[m.tok][0]:m.start] or doc.toks[m.tok - 1][2] not in doc.words("instrument_word"):
        return False
    return not _breaks(doc, prev.tok_end, m.tok - 2, _ARG_STOP) and not _breaks(doc, m.tok, m.tok, _ARG_STOP)


def _named_by_place(doc: Doc, t: int) -> bool:
    """"هجوم دوما", "مجزرة الحولة": an attack word in construct with the town right after it is
    definite, the attack of that town already known."""
    if t >= len(doc.toks):
        return False
    s = doc.toks[t][0]
    return any(p.start == s and p.level not in ("country", "governorate") for p in doc.places_in(s, s + 1))


def _named_by_day(doc: Doc, t: int) -> bool:
    """"هجوم السبت", "هجوم يوم الاثنين الماضي", "هجوم 7 نيسان": an attack word in construct with
    a day right after it is definite, as one named by its town: the attack of that day, already
    known (a day after a preposition, "هجوم في 7 نيسان", dates an attack, it does not name it)."""
    if t >= len(doc.toks) or doc.gap(t).strip():
        return False
    # the day's word in the genitive: a number, "يوم", or a word with the article that is not
    # an adverb of time ("مجزرة مساء أمس", "هجوم اليوم": when, not which)
    w = doc.toks[t][2]
    if not (w[:1].isdecimal() or w in doc.words("day_named") or w.startswith(tuple(doc.words("article")))
            and w not in doc.words("day_adverb")):
        return False
    s = doc.toks[t][0]
    return any(m.start == s for m in doc.dates_in(s, s + 1))


def _not_lethal(doc: Doc, t0: int) -> bool:
    """A word of the weapon's own phrase, in the three after it, makes it non-lethal."""
    words = doc.words("not_lethal")
    for t in range(t0, min(len(doc.toks), t0 + 3)):
        if doc.toks[t][2] in words:
            return True
        if _breaks(doc, t, t + 1):
            return False
    return False


def _refine(ev: Event, typ: str, end: int, how: str) -> None:
    if ev.typed_by in ("default", "agent") and typ != "other":
        ev.type, ev.typed_by, ev.type_end = typ, how, max(ev.type_end, end)


def _chemical_after(doc: Doc, ev: Event, lx: _Lexicons, t: int, stop: int) -> None:
    """A chemical modifier right at ``t`` (after a modifier of another kind), or after a word
    of carrying, makes the attack chemical."""
    carrying = doc.words("carrying")
    if t < stop and doc.toks[t][2] in carrying:
        t += 1
    m = lx.mods.match_at(doc.toks, t) if t < stop and doc.tok_words[t] not in lx.mods.quiet else None
    if m is not None and m[0] == "chemical":
        # a chemical load says more than what carried it: a gas attack is chemical however it
        # was delivered (codebook)
        ev.type, ev.typed_by, ev.type_end = "chemical", "modifier", max(ev.type_end, doc.toks[t + m[1] - 1][1])


def breaks(doc: Doc, t0: int, t1: int) -> bool:
    """A stop that ends a sentence's part (not a comma) between tokens ``t0`` and ``t1``."""
    return _breaks(doc, t0, t1, _PHRASE_STOP)


def _breaks(doc: Doc, t0: int, t1: int, stops: str = _CLAUSE_STOP) -> bool:
    """A clause boundary between tokens ``t0`` and ``t1`` (punctuation in a gap)."""
    # (asked ~50 times per article: no max/min calls, and the article's column straight from
    # its cache, without a call, once read)
    lo = t0 if t0 > 1 else 1
    hi = len(doc.toks) - 1
    if t1 < hi:
        hi = t1
    return lo <= hi and (doc.scratch.get(stops) or doc.clause_breaks(stops)).find(1, lo, hi + 1) >= 0  # (no copy)


def _past_quotes(doc: Doc, a) -> int:
    """The token after an actor's name, past the quote that closes it when the name itself is
    quoted ('«جبهة النصرة» قد شنت', 'عناصر "داعش" قد أطلقوا'): the quotes set off a name, not
    a clause, and its verb after them still has it for subject."""
    t = a.tok_end
    if 0 < a.tok and t < len(doc.toks) and doc.gap(t).strip() == '"' and doc.gap(a.tok).strip().endswith('"'):
        return t + 1
    return t


def _clause_end(doc: Doc, tok: int, limit: int, stops: str = _CLAUSE_STOP) -> int:
    """The first token after ``tok`` that starts another clause (at most ``limit``)."""
    end = min(limit, len(doc.toks))
    found = doc.clause_breaks(stops).find(1, tok + 1, end)
    return end if found < 0 else found


def _actors_from(doc: Doc, t0: int, t1: int) -> list:
    if t0 >= t1 or t0 >= len(doc.toks):
        return []
    held = doc.words("held_after")
    return [a for a in doc.actors.between(doc.toks[t0][0], doc.toks[min(t1, len(doc.toks)) - 1][1])
            if a.value != "civilians"
            and not (a.tok_end < len(doc.toks) and doc.toks[a.tok_end][2] in held)]


def _read_phrase(doc: Doc, ev: Event, lx: _Lexicons) -> None:
    """Modifiers, agent, target and sides from the words after the head, in its clause."""
    stop = _clause_end(doc, ev.tok_end - 1, ev.tok_end + _CUE_REACH)
    if ev.type != "chemical" and ev.tok > 0 and doc.toks[ev.tok - 1][2] in doc.words("chemical_before") \
            and not _breaks(doc, ev.tok - 1, ev.tok):
        # "chlorine barrel bombs", "chemical rockets": what a weapon carries, told before it
        # where the language puts its modifiers first, makes the attack chemical
        ev.type, ev.typed_by = "chemical", "modifier"
    # modifiers: "قصف جوي", "قصف بالطيران الحربي", "هجوم بالغاز" (or quoted from a source:
    # 'هجوم "كيماوي"', which is still the head's adjective)
    mod_stop = _clause_end(doc, ev.tok_end - 1, ev.tok_end + _MOD_TOKENS, _ARG_STOP)
    for t in range(ev.tok_end, mod_stop):
        m = lx.mods.match_at(doc.toks, t) if doc.tok_words[t] not in lx.mods.quiet else None
        if m is not None and m[0] == "-":
            continue  # a site named after a weapon's word ("a gas field"): no modifier
        if m is not None:
            if m[0] == "chemical" and ev.role == "weapon" and (
                    t == ev.tok_end or any(doc.toks[x][2] in doc.words("carrying") for x in range(ev.tok_end, t))):
                # "صواريخ كيماوية", "صاروخ يحمل رأسا كيميائيا": what a weapon carries, not how it
                # flies, makes the attack chemical (not what it hit: "صواريخ على مخازن الأسلحة
                # الكيماوية")
                ev.type, ev.typed_by, ev.type_end = "chemical", "modifier", doc.toks[t + m[1] - 1][1]
            _refine(ev, m[0], doc.toks[t + m[1] - 1][1], "modifier")
            if m[0] != "chemical":
                # "قصف جوي كيماوي", "قذائف محملة بغازات سامة": a chemical word right after the
                # modifier, or after a word of carrying, still tells what the attack was
                _chemical_after(doc, ev, lx, t + m[1], mod_stop)
            break
    # names in brackets or quotes stay in the clause: "شنته (جبهة النصرة)"
    reach = _clause_end(doc, ev.tok_end - 1, ev.tok_end + _CUE_REACH, _ARG_STOP)
    actors = _actors_from(doc, ev.tok_end, reach)
    # (a word known to start no cue is passed over without a call: most words of a clause)
    quiet, words = lx.cues.quiet, doc.tok_words
    cues = [(t, m) for t in range(ev.tok_end, stop) if words[t] not in quiet and (m := _cue_at(doc, t)) is not None]
    if ev.subject is not None:
        # "استهدفت الغارة مقرا لجبهة النصرة": the verb's subject is an attack; the name after it
        # is what it hit
        sub = ev.subject
        past = max(sub.tok_end, sub.weapon_end)
        if sub.agent_span is not None and sub.agent_span[0] >= sub.end:
            # "استهدفت غارات تركية مواقع": the subject's own agent is no target
            past = max(past, doc.tok_index(sub.agent_span[1] - 1) + 1)
        hit = [a for a in actors if a.tok >= past]
        if hit and hit[0].tok - past <= _ARG_TOKENS:
            a = _specific(hit, 0)
            ev.target, ev.target_span = a.value, (a.start, a.end)
        if past < stop:
            _set_object(doc, ev, past)
        return
    if ev.role == "verb":
        # "إن قوات التحالف ... استهدفت قوات شعبية": a subject told before its verb is the
        # agent, and the actor after the verb is what it attacked
        subject = _subject_before(doc, ev) if ev.agent is None else None
        if subject is not None:
            _set_agent(ev, subject)
    elif ev.agent is None and (ev.role in ("open", "event") or ev.role == "weapon" and not after_head_agents(doc)):
        # "إن التحالف قصف مواقع": a word that is a noun or a verb ("قصف") right after an
        # actor is that actor's verb
        # the actor may be a long name ending right there ("the regime's air strikes")
        before = [a for a in _actors_from(doc, max(0, ev.tok - _NAME_TOKENS), ev.tok)
                  if a.tok_end == ev.tok and not _breaks(doc, a.tok_end, ev.tok) and a.tok >= _article(doc, ev)]
        if not before and ev.tok >= 3 and doc.toks[ev.tok - 2][2] in doc.words("conj") \
                and not _breaks(doc, ev.tok - 3, ev.tok):
            # "Russian and Syrian strikes": the first of two joined words before the attack
            before = [a for a in _actors_from(doc, max(0, ev.tok - 2 - _NAME_TOKENS), ev.tok - 2)
                      if a.tok_end == ev.tok - 2 and a.tok >= _article(doc, ev)]
        if before:
            _set_agent(ev, before[-1])
    if ev.role == "aim" and ev.agent is None and actors and actors[0].tok == ev.tok_end \
            and _object_after(doc, _specific(actors, 0, doc)):
        # "استهداف قوات النظام الغوطة", "استهداف التحالف لمقارهم": a verbal noun of attacking
        # with a name right after it and an object after that names its agent there
        a = _specific(actors, 0, doc)
        _set_agent(ev, a)
        actors = [b for b in actors if b.tok >= a.tok_end]
    if (ev.role == "verb" and ev.agent is not None or ev.role == "aim") and actors \
            and actors[0].tok - ev.tok_end <= _ARG_TOKENS and ev.target is None:
        a = _specific(actors, 0)
        ev.target, ev.target_span = a.value, (a.start, a.end)
        actors = actors[1:]  # "استهداف قوات شعبية": what was hit is no agent
    # the agent written into the phrase: "غارات روسية", "قصف قوات النظام", "قصف من القوات النظامية"
    # (not where the language puts an attack's agent before it: "rebels shell Assad's rally")
    after_head = doc.pack.setting("agent_after_head", "1") == "1"
    obj_at = ev.tok_end  # where what a verb hit is named: right after it, or past its subject
    for i, a in enumerate(actors if ev.agent is None and after_head else ()):
        # a name in quotes or brackets right after the head is still its genitive: 'تفجير
        # "جيش الفتح" مقرا له'
        # a name in quotes right after a head without the article is its genitive: 'تفجير
        # "جيش الفتح" مقرا له' (after "الضربة" it is what is said of it: 'أن الضربة "إسرائيلية"')
        if a.tok - ev.tok_end > _AGENT_GAP or a.tok >= stop and (a.tok != ev.tok_end or ev.definite):
            break
        # the genitive or adjective that names the agent stays inside the head's noun phrase:
        # a preposition or a site noun anywhere between ends it, and a name after that is
        # where, or whose site, the attack hit ("تفجير انتحاري الاثنين في بلدة تركية",
        # "استهدفت صواريخ مستودعات للجيش")
        # ("انتحاري يشتبه في أنه ينتمي لتنظيم داعش": one said to belong to it, unless a site
        # does, is still the attacker's side)
        not_agent = doc.words("not_agent_before")
        before = doc.toks[a.tok - 1][2] if a.tok > 0 else ""
        if before in not_agent or before not in doc.words("belongs_to") \
                and any(doc.toks[t][2] in not_agent for t in range(ev.tok_end, a.tok)) \
                or any(t < a.tok for t, _ in cues) or _site_of(doc, a):
            break
        if any(m.value == "verb" and m.tok >= ev.tok_end
               for m in doc.attrib.between(doc.toks[ev.tok_end - 1][1], a.start)):
            break  # "مواجهات يقول المعارضون إنها": the subject of a verb of saying is a speaker
        agent = _specific(actors, i, doc)
        _set_agent(ev, agent)
        if ev.role == "verb":
            obj_at = _past_subject(doc, ev, agent, actors, stop)
        break
    if ev.role in ("verb", "aim") and obj_at < stop:
        _set_object(doc, ev, obj_at)
    # what was hit may come after a name in quotes: "هجوم شنه مسلحون من "داعش" على حافلة"
    for t in range(ev.tok_end, reach if ev.obj is None else ev.tok_end):
        m = lx.cues.match_at(doc.toks, t) if words[t] not in quiet else None
        if m is not None and m[0] == "target" and t + m[1] < reach:
            _set_object(doc, ev, t + m[1])
            break
    if ev.agent is None and stop < len(doc.toks) and not _breaks(doc, stop, stop, _ARG_STOP_NO_COMMA) \
            and doc.toks[stop][2] in doc.words("relative"):
        # "حملة القصف العنيف، التي تشنها قوات النظام": a relative clause set off by a comma
        # still tells who carried the attack out
        _relative_agent(doc, ev, stop + 1)
    if ev.agent is None and stop < len(doc.toks) and doc.pack.setting("agent_clause_after_comma", "0") == "1" \
            and not _breaks(doc, stop, stop, _ARG_STOP_NO_COMMA):
        # "the strike, carried out by coalition jets, killed 11", "the raid, which was blamed
        # on the regime, ...": a participle or a passive relative set off by a comma still
        # tells who carried the attack out
        t = stop + (doc.toks[stop][2] in doc.words("relative"))
        t += t < len(doc.toks) and doc.toks[t][2] in doc.words("passive_aux")
        _relative_agent(doc, ev, t)
    if ev.agent is None and ev.role != "verb":
        _passive_agent(doc, ev)
    if ev.agent is None and ev.role != "verb":
        # "براميل متفجرة", "صواريخ سكود": a weapon only one side uses names its user
        own = doc.actors.at_token(ev.tok, doc.toks[ev.tok][0])
        if own is not None and own.value not in NON_ACTORS:
            _set_agent(ev, own)
    for t, (role, k, _p) in cues:
        after = [i for i, a in enumerate(actors) if t + k <= a.tok <= t + k + _ARG_TOKENS]
        if role == "by" and ev.agent is None and after:
            if t + k < len(doc.toks) and doc.toks[t + k][2] in doc.words("alternative_before"):
                continue  # "carried out by either Russian or Syrian jets": not one agent
            _set_agent(ev, _specific(actors, after[0], doc))
        elif role == "blame" and ev.agent is None:
            _blamed(doc, ev, t + k, actors)
        elif role == "target" and ev.target is None and after and not backer(doc, actors[after[0]]):
            # ("هجوم على قوات تدعمها الولايات المتحدة": who backs the force hit was not hit)
            a = _specific(actors, after[0])
            ev.target, ev.target_span = a.value, (a.start, a.end)
        elif role == "among" and not ev.sides:
            ev.sides = [(a.value, a.start, a.end) for a in actors if a.tok >= t + k][:3]
            ev.opponent = doc.toks[t][2] in doc.words("opponent_before")


_ANSWER_AHEAD = 3  # tokens from "تقف وراء" to the attack it says its subject carried out ("عن تلك الضربات")
_ANSWER_REACH = 16  # tokens back from "المسؤولة عنه" to the verb of being whose subject it is said of
_ANSWER_SENTENCES = 1  # sentences back from it where the attack its pronoun stands for may be told


def _answered_for(doc: Doc, events: list[Event]) -> None:
    """"أشار إلى تزامنه مع تفجير عربة مفخخة. ورجح أن تكون هيئة تحرير الشام ... المسؤولة عنه",
    "يعتقد أن إسرائيل تقف وراءها": a predicate of being behind an attack whose pronoun stands
    for the attack told last before it (in its sentence or the one before) says who carried
    that attack out: its subject. Only an attack no one was named for yet."""
    answers = [m for m in doc.event_words if m.value[0] == "answers_for"]
    for m in answers:
        si = doc.sentence_of(m.start)
        told = next((e for e in reversed(events) if e.tok_end <= m.tok), None)
        if told is None or told.sentence < si - _ANSWER_SENTENCES:
            continue
        if told.agent is not None:
            continue
        subject = _answering(doc, m, si)
        if subject is not None and subject.value not in NON_ACTORS:
            _set_agent(told, subject)


def _answering(doc: Doc, m, si: int):
    """The subject of a predicate at mention ``m``: the actor right before it, a word of being
    ("هو") between them, else the actor right after the word of being that opens its clause
    ("أن تكون الهيئة (جبهة النصرة سابقا) التي تتواجد في القنيطرة المسؤولة عنه")."""
    being = doc.words("being")
    k = m.tok
    while k > 0 and doc.toks[k - 1][2] in being:
        k -= 1
    before = [a for a in _actors_from(doc, max(0, k - _NAME_TOKENS), k)
              if a.tok_end == k and not _governed(doc, a) and not _breaks(doc, a.tok_end, m.tok)]
    if before:
        return before[-1]
    lo = max(doc.tok_index(doc.sents[si].start), m.tok - _ANSWER_REACH)
    for v in range(m.tok - 1, lo - 1, -1):
        if _breaks(doc, v + 1, m.tok, _PHRASE_STOP):
            return None
        if doc.toks[v][2] in being:
            after = [a for a in _actors_from(doc, v + 1, v + 1 + _NAME_TOKENS) if a.tok == v + 1]
            return _specific(after, 0, doc) if after else None
    return None


def _object_after(doc: Doc, a) -> bool:
    """An object of a verbal noun right after the name ``a`` (its subject): a place named there
    ("الغوطة"), or a noun with the object's "ل" ("لبلدة", "لمقارهم") that is no side's name."""
    t = a.tok_end
    if t >= len(doc.toks) or _breaks(doc, t, t):
        return False
    s = doc.toks[t][0]
    if any(p.start == s and p.level != "country" for p in doc.places_in(s, s + 1)):
        return True
    w = doc.toks[t][2]
    return w[:1] in doc.words("dative_clitic") and not w.startswith(("لل", "لا", "لم", "لن", "لي", "لك")) \
        and doc.actors.at_token(t, s) is None and len(w) > 3


def _resumed_agents(doc: Doc, events: list[Event]) -> None:
    """"ارتكب تنظيم الدولة مذبحة ... خلال هجوم شنه على مدينة كوباني": a "by" verb whose
    agent is only its pronoun ("شنه", "نفذها", no actor after it) refers back to the agent of
    the attack told last before it in the sentence."""
    ends = tuple(doc.words("resumptive_suffix"))
    if not ends:
        return
    quiet, words = lexicons(doc.lang).cues.quiet, doc.tok_words
    for i, ev in enumerate(events):
        if ev.agent is not None:
            continue
        stop = _clause_end(doc, ev.tok_end - 1, ev.tok_end + _CUE_REACH)
        for t in range(ev.tok_end, stop):
            c = _cue_at(doc, t) if words[t] not in quiet else None  # (most words start no cue: no call)
            if c is None:
                continue
            if c[0] == "by" and doc.toks[t + c[1] - 1][2].endswith(ends) \
                    and not _actors_from(doc, t + c[1], t + c[1] + _ARG_TOKENS + 1):
                told = next((e for e in reversed(events[:i]) if e.sentence == ev.sentence
                             and e.agent is not None and e.agent_span is not None), None)
                if told is not None:
                    ev.agent, ev.agent_span = told.agent, told.agent_span
            break


def _passive_agent(doc: Doc, ev: Event) -> None:
    """"the strike on the village of Urum al-Joz was suspected to have been carried out by
    Russian planes": an attack word heading a subject, however long, whose passive predicate
    (after a word of ``passive_aux``) names the agent after "carried out by", "blamed on" and the
    like (``by`` cues of more than one word), within ``passive_agent_reach``
    tokens of the head, in its clause and with no other attack word between."""
    reach = int(doc.pack.setting("passive_agent_reach", "0"))
    if not reach:
        return
    aux = doc.words("passive_aux")
    key = ("attack_heads", id(doc.event_words))  # the sentences after a figure's have an index of their own
    heads = doc.scratch.get(key)
    if heads is None:
        heads = doc.scratch[key] = frozenset(m.tok for m in doc.event_words.items if m.value[0] in TRIGGERS)
    seen = False
    t, end = ev.tok_end, _clause_end(doc, ev.tok_end - 1, ev.tok_end + reach, _ARG_STOP)
    while t < end:
        if t in heads:
            return  # another attack's phrase
        c = _cue_at(doc, t)
        if c is not None and c[0] == "by" and c[1] > 1 and seen:
            # a verb of doing or blaming before "by" ("carried out by", "blamed on"); a bare
            # "by" may be anyone's passive ("the raids were condemned by Washington")
            if t + c[1] < len(doc.toks) and doc.toks[t + c[1]][2] in doc.words("alternative_before"):
                return
            lo = doc.tok_index(doc.sents[ev.sentence].start)
            if any(doc.toks[x][2] in doc.words("doubt_before") for x in range(lo, ev.tok)):
                return  # "it was not clear whether the strikes had been carried out by ..."
            _relative_agent(doc, ev, t)
            if ev.agent_span is not None:
                after = doc.tok_index(ev.agent_span[1] - 1) + 1
                if after < len(doc.toks) and doc.toks[after][2] in doc.words("range_or"):
                    ev.agent = ev.agent_span = None  # "by Syrian warplanes or Russian ones"
            return
        seen = seen or doc.toks[t][2] in aux
        t += c[1] if c is not None else 1


def _relative_agent(doc: Doc, ev: Event, t: int) -> None:
    """The actor right after a "by" cue ("تشنها", "نفذه") that opens the relative clause at
    token ``t``."""
    c = _cue_at(doc, t) if t < len(doc.toks) else None
    if c is None or c[0] != "by":
        return
    after = [a for a in _actors_from(doc, t + c[1], t + c[1] + _NAME_TOKENS) if a.tok - (t + c[1]) <= _ARG_TOKENS]
    if after and not _breaks(doc, t + 1, after[0].tok, _ARG_STOP):
        _set_agent(ev, _specific(after, 0, doc))


def _blamed(doc: Doc, ev: Event, t: int, actors: list) -> None:
    """"نسبته الحكومة التركية إلى تنظيم داعش": the actor after the "إلى" that follows a verb
    of blaming (ending at token ``t``) is the attack's agent."""
    to = next((x for x in range(t, min(len(doc.toks), t + _BLAME_REACH))
               if doc.toks[x][2] in doc.words("blame_to")), None)
    named = [i for i, a in enumerate(actors) if to is not None and to < a.tok <= to + _ARG_TOKENS]
    if to is None:
        # "تفجير انتحاري نسب للتنظيم": "إلى" may be the clitic ل on the name itself
        named = [i for i, a in enumerate(actors) if a.tok == t and _dative(doc, a)]
    if named:
        _set_agent(ev, _specific(actors, named[0], doc))


def _blamed_apart(doc: Doc, events: list[Event]) -> None:
    """"هجوما انتحاريا أوقع 30 قتيلا في المدينة، نسبته الحكومة إلى تنظيم داعش": a verb of
    blaming later in the sentence, across commas, lays at someone's door the last attack
    named before it (its pronoun's antecedent), when no other attack comes between."""
    quiet, words = lexicons(doc.lang).cues.quiet, doc.tok_words
    for ev, nx in zip(events, events[1:] + [None]):
        if ev.agent is not None:
            continue
        sent = doc.sents[ev.sentence]
        end = min(doc.sent_toks(sent)[1], ev.tok_end + _BLAME_APART)
        if nx is not None and nx.sentence == ev.sentence:
            end = min(end, nx.tok)
        for t in range(ev.tok_end, end):
            c = _cue_at(doc, t) if words[t] not in quiet else None  # (most words start no cue)
            if c is None or c[0] != "blame":
                continue
            if not _breaks(doc, ev.tok_end, t, _PHRASE_STOP):
                _blamed(doc, ev, t + c[1], _actors_from(doc, t + c[1], t + c[1] + _BLAME_REACH + _ARG_TOKENS + 1))
            break


def _past_subject(doc: Doc, ev: Event, agent, actors: list, stop: int) -> int:
    """"قصفت الطائرات الحربية حيا سكنيا", "قصفت قوات النظام مواقع للمعارضة": a verb whose
    subject follows it (verb, subject, object) hit what is named past its subject, not the
    subject itself. Returns the token where its object starts; the actor named there, or
    right after its noun ("مواقع للمعارضة"), is its target."""
    t = agent.tok_end
    if t >= stop or _breaks(doc, t - 1, t):
        return ev.tok_end
    if ev.target is None:
        i = next((i for i, a in enumerate(actors) if a.tok >= t), None)
        after = actors[i] if i is not None else None
        if after is not None and after.tok - t <= _ARG_TOKENS and after.tok < stop and after.value != ev.agent:
            a = _specific(actors, i)
            ev.target, ev.target_span = a.value, (a.start, a.end)
    return t


def _set_object(doc: Doc, ev: Event, t: int) -> None:
    word = doc.toks[t][2]
    if ev.obj_tok is None:
        ev.obj_tok = t + 1 if word in doc.words("definite") and t + 1 < len(doc.toks) else t
    if word in doc.words("definite") and t + 1 < len(doc.toks):
        definite, stem = True, doc.toks[t + 1][2]  # "the bus"
    else:
        for clitic in ("و", "ب", "ل"):  # "بالحافلة": a clitic before the Arabic article
            if word.startswith(clitic + "ال"):
                word = word[1:]
        definite = word.startswith("ال")
        stem = word[2:] if definite else word
    if len(stem) >= _OBJECT_MIN_LETTERS and not stem.isdecimal():
        ev.obj, ev.obj_definite = stem, definite


def _article(doc: Doc, ev: Event) -> int:
    """The token where a definite attack's noun phrase starts: its article, where the language
    writes it as a word ("the regime's air strikes": an actor after it is inside the phrase),
    else the attack word itself (an Arabic article is glued to it: an actor before "القصف" is
    outside its phrase)."""
    if ev.definite:
        for t in range(ev.tok - 1, max(-1, ev.tok - 4), -1):
            if doc.toks[t][2] in doc.words("definite"):
                return t
    return ev.tok if ev.definite else 0


def _governed(doc: Doc, a) -> bool:
    """Whether the words before an actor make it something else than a subject: where or
    whom ("on the regime"), who holds a place ("a district controlled by Syria's rebels"), or
    the second of two such ("clashes between rebels and regime forces")."""
    if a.tok and doc.toks[a.tok - 1][2] in doc.words("not_agent_before"):
        return True
    if a.tok > 1 and doc.toks[a.tok - 1][2] in doc.words("conj"):
        first = [b for b in _actors_from(doc, max(0, a.tok - 1 - _NAME_TOKENS), a.tok - 1) if b.tok_end == a.tok - 1]
        if first and _governed(doc, first[-1]):
            return True
    for t in range(max(0, a.tok - 4), a.tok):
        c = _cue_at(doc, t)
        if c is not None and c[0] in ("held", "occupied", "target") and a.tok - (t + c[1]) <= 1:
            return True
    return False


def _occupier(doc: Doc, a) -> bool:
    """"قرية جملة الواقعة على الحدود مع الجولان المحتل من اسرائيل": the actor is named as the
    occupier of a land that locates the place (an ``occupied`` cue right before it), not as a
    side fighting there (unlike the holder of a place fought over, "للسيطرة على منطقة يسيطر
    عليها التنظيم", who is)."""
    for t in range(max(0, a.tok - 4), a.tok):
        c = _cue_at(doc, t)
        if c is not None and c[0] == "occupied" and a.tok - (t + c[1]) <= 1:
            return True
    return False


def _site_of(doc: Doc, a) -> bool:
    """"مقرات تابعة لفصائل معارضة": an actor a place is said to belong to holds it; it is what
    was hit, not who hit it."""
    return a.tok > 1 and doc.toks[a.tok - 1][2] in doc.words("belongs_to") \
        and doc.toks[a.tok - 2][2] in doc.words("not_agent_before")


_BACKED_BY_WORDS = 4  # words of "backed by" before the backer's name ("المدعومة من قبل")


def backer(doc: Doc, a) -> bool:
    """"قوات تدعمها الولايات المتحدة", "فصائل مدعومة من تركيا": an actor named right after
    "backed by" (victims.tsv backed_by) backs the force named before it; it is not that
    force, neither whose dead nor what was hit."""
    lex = pack(doc.lang).role_lexicon("victims", "backed_by")
    for k in range(max(0, a.tok - _BACKED_BY_WORDS), a.tok):
        b = lex.match_at(doc.toks, k)
        if b is not None and k + b[1] == a.tok:
            return True
    return False


def _cue_at(doc: Doc, t: int) -> tuple | None:
    """The cue starting at token ``t``, unless ``t`` is inside a longer one ("by" in
    "controlled by" is no agent's)."""
    cues = _cues(doc)  # (asked of every cue word of every phrase: the memo's lookups, no call each)
    here = cues[t]
    if here is None:
        return None  # most tokens start no cue: the tokens before need not be asked
    for back in (1, 2):
        m = cues[t - back] if t >= back else None
        if m is not None and m[1] > back:
            return None
    return here


class _CueMemo(dict):
    """The longest cue starting at each token of an article (token -> match or None), read
    off the lexicon the first time a token is asked."""

    def __init__(self, lexicon: Lexicon, toks) -> None:
        super().__init__()
        self.lexicon, self.toks = lexicon, toks

    def __missing__(self, t: int) -> tuple | None:
        m = self[t] = self.lexicon.match_at(self.toks, t)
        return m


def _cues(doc: Doc) -> _CueMemo:
    """The article's cue memo (``_CueMemo``), made once per article."""
    memo = doc.scratch.get("cue_at")
    if memo is None:
        memo = doc.scratch["cue_at"] = _CueMemo(lexicons(doc.lang).cues, doc.toks)
    return memo


def after_head_agents(doc: Doc) -> bool:
    """Whether the language writes an attack's agent after its head ("غارات روسية"); where it
    writes it before ("Russian strikes", "regime bombs", "rebel shells"), a weapon's too."""
    return doc.pack.setting("agent_after_head", "1") == "1"


def _subject_before(doc: Doc, ev: Event):
    """The last actor before a verb in its clause, up to a few words back ("قوات النظام قد
    قصفت", "إن قوات التحالف الدولي بقيادة الولايات المتحدة استهدفت")."""
    sent = doc.sents[ev.sentence]
    t0 = max(doc.tok_index(sent.start), ev.tok - _SUBJECT_REACH)
    # "أعلن المقاتلون الأكراد أن الدبابات التركية قصفت": a subject named after the "أن" that
    # opens what was said is the reported verb's; the speaker before it is not ("قال التنظيم
    # إن مقاتليه هاجموا": with none named after it, the speaker may be whom it speaks of)
    that = doc.words("that")
    opened = next((t + 1 for t in range(ev.tok - 1, t0 - 1, -1) if doc.toks[t][2] in that), None)
    if opened is not None and _actors_from(doc, opened, ev.tok):
        t0 = opened
    # "30 government fighters were killed when rebels set off a bomb", "قتل 30 جنديا عندما فجر
    # مسلحون": a verb after a word opening a clause of time has its subject after that word
    when = doc.words("subordinator")
    opened = next((t + 1 for t in range(ev.tok - 1, t0 - 1, -1) if doc.toks[t][2] in when), None)
    if opened is not None and _actors_from(doc, opened, ev.tok):
        t0 = opened
    # a comma may set the subject off from its verb ("إن قوات التحالف بقيادة ...، استهدفت")
    before = [a for a in _actors_from(doc, t0, ev.tok) if not _breaks(doc, _past_quotes(doc, a), ev.tok, _ARG_STOP_NO_COMMA)]
    if not before:
        return None
    # "قوات التحالف الدولي بقيادة الولايات المتحدة": the head of the subject, not its complement
    first = before[0]
    return _specific(before, 0, doc) if all(not _breaks(doc, first.tok_end, a.tok, _ARG_STOP_NO_COMMA) for a in before) else before[-1]


def _set_agent(ev: Event, a) -> None:
    ev.agent, ev.agent_span = a.value, (a.start, a.end)


def _specific(actors: list, i: int, doc: Doc | None = None):
    """An actor followed right away by another names it more closely: "الطائرات الحربية
    الروسية" is Russian whatever "الطائرات الحربية" alone would be. With ``doc``, an
    indefinite one followed by a word of membership and a group ("مسلحون من داعش",
    "مسلحين في التنظيم") is some of that group's men."""
    a = actors[i]
    while i + 1 < len(actors) and actors[i + 1].tok == actors[i].tok_end and not _dative(doc, actors[i + 1]) \
            and not _unmarked_head(doc, actors[i + 1]):
        i += 1
        a = actors[i]
    if doc is not None and i + 1 < len(actors) and actors[i + 1].tok == a.tok_end + 1 \
            and doc.toks[a.tok_end][2] in doc.words("member_of"):
        before = [t[2] for t in doc.toks[max(0, a.tok - 3):a.tok]]
        if not doc.pack.is_definite(before, doc.toks[a.tok][2], a.start - doc.toks[a.tok][0]):
            return _specific(actors, i + 1)
    return a


def _unmarked_head(doc: Doc | None, a) -> bool:
    """A word for aircraft or troops that names no side ("jets", "warplanes"), after the name
    of a side that modifies it ("US-led coalition jets": the coalition's; ``unmarked_force``)."""
    return doc is not None and " ".join(t[2] for t in doc.toks[a.tok:a.tok_end]) in doc.words("unmarked_force")


def _dative(doc: Doc | None, a) -> bool:
    """An actor written with the preposition ل ("للنظام", "لنظام الأسد") after another says whom
    the first opposes or serves ("مقاتلين معارضين للنظام"), not a closer name of it."""
    if doc is None or a.start == doc.toks[a.tok][0]:
        return False
    clitics = doc.text[doc.toks[a.tok][0]:a.start]
    return clitics[-1:] in doc.words("dative_clitic")


def _light_verb_agent(doc: Doc, ev: Event, lights: list, events: list | None = None) -> None:
    """"شن الطيران الحربي غارتين", "الطائرات الروسية شنت غارات": the subject of the light
    verb before the attack it names is the attack's agent; a light verb joined by "و" with no
    subject of its own shares the subject of the verb of attacking just before it ("ارهابيين
    اقتحموا معهدا ... واطلقوا النار على المهندس")."""
    if ev.agent is not None:
        return
    phrase = ev.tok  # where the words naming the attack start
    for lv in reversed(lights):
        if lv.tok >= ev.tok:
            continue
        if ev.tok - lv.tok_end > (_ANSWER_AHEAD if lv.value[0] == "answers" else _LIGHT_REACH) \
                or _breaks(doc, lv.tok_end, ev.tok):
            # "إن الحكومة مسؤولة عن تأخر وصول المفتشين إلى مواقع الهجوم": being behind
            # something is being behind the attack only when it is named right after
            _light_subject_apart(doc, ev, lv)
            return
        between = _actors_from(doc, lv.tok_end, ev.tok)
        if lv.value[0] == "light" and events and (opener := _adjunct_opener(doc, ev, events)) is not None \
                and lv.tok < opener:
            # "شنت الطائرات غارات ردا على هجوم كيماوي", "العملية التي نفذها الجيش ... ردا على
            # اعتداءاتهم": the light verb is the main clause's; the attack answered is another's deed
            return
        if lv.value[0] == "claim":
            # "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم": the subject of the verb of
            # announcing before the claim, right after that verb, owns the attack named next
            if phrase - lv.tok_end <= 1:
                a = _announcer(doc, lv.tok)
                if a is not None:
                    _set_agent(ev, a)
                elif any(x.value[:2] == ("accuse", "responsible") and 0 <= lv.tok - x.tok_end <= _LIGHT_REACH
                         for x in lights if x.tok < lv.tok):
                    continue  # "حمّلت الحكومة التنظيم المسؤولية عن الهجوم": no one announces; the one held answers
            return
        if lv.value[0] == "accuse":
            # "اتهمت دمشق المعارضة بقصف": the accused, right before what it is accused of
            # ("بالوقوف وراء" may come between); the accuser is no agent
            a = between[-1] if between and phrase - between[-1].tok_end <= _ACCUSED_GAP else None
            if a is not None and lv.value[1] == "responsible" and (
                    a.tok_end >= len(doc.toks) or doc.toks[a.tok_end][2] not in doc.words("held_responsible")):
                a = None  # "حمّلت دمشق المعارضة مسؤولية القصف": the one held responsible, not "carried"
            if a is not None:
                _set_agent(ev, a)
            return
        # where the subject stands before its verb, it ends at most three words before it,
        # however long its name ("the Islamic State group claimed responsibility for")
        reach = 3 + (_NAME_TOKENS if doc.pack.setting("subject_before_verb", "0") == "1" else 0)
        before = [a for a in _actors_from(doc, max(0, lv.tok - reach), lv.tok)
                  if a.tok_end >= lv.tok - 3 and not _breaks(doc, _past_quotes(doc, a), lv.tok)]
        a = _specific(between, 0, doc) if between else (before[-1] if before else None)
        if a is not None:
            ev.agent, ev.agent_span = a.value, (a.start, a.end)
        elif events and (joined := _joined_verb_agent(doc, ev, lv, events)) is not None:
            ev.agent, ev.agent_span = joined.agent, joined.agent_span
        elif lv.tok > 0 and doc.toks[lv.tok - 1][2] in doc.words("accused_of"):
            phrase = lv.tok - 1
            continue  # "accused regime forces of launching a gas attack": the accusation says who
        elif lv.tok > 0 and doc.toks[lv.tok - 1][2] in doc.words("accused_pronoun"):
            _accused_by_pronoun(doc, ev, lv.tok - 1)  # "بعد اتهامه بشن هجوم"
        return


def _adjunct_opener(doc: Doc, ev: Event, events: list[Event]) -> int | None:
    """Where an adjunct of time or motive opens right before the attack ``ev`` ("ردا على هجوم",
    "انتقاما لهجوم", "بعد ساعات من انفجار"; events.tsv ``prior``, a length of time and "من"
    between), past an attack the sentence told before it: ``ev`` is the deed answered or
    followed, not the main clause's own attack."""
    prior = lexicons(doc.lang).prior
    if prior is None or ev.tok < 2:
        return None
    of = doc.words("span_of")
    for t in range(max(0, ev.tok - 3 - _SPAN_LENGTH), ev.tok):
        m = prior.match_at(doc.toks, t)
        if m is None or m[0] != "prior":
            continue
        end = t + m[1]
        if end == ev.tok or (end < ev.tok - 1 and ev.tok - 1 - end <= _SPAN_LENGTH
                             and doc.toks[ev.tok - 1][2] in of):
            if not _breaks(doc, t + 1, ev.tok) and any(
                    e.sentence == ev.sentence and e.tok_end <= t for e in events):
                return t
    return None


def _answered_by(doc: Doc, ev: Event, t: int, events: list[Event] | None = None) -> bool:
    """The attack ``ev`` is told in an adjunct of retaliation (grammar ``response``: "ردا على",
    "انتقاما لـ") opened after token ``t``: what stands before is the response's."""
    opener = _adjunct_opener(doc, ev, doc.events_in(ev.sentence) if events is None else events)
    return opener is not None and t < opener and doc.toks[opener][2] in doc.words("response")


def _accused_by_pronoun(doc: Doc, ev: Event, t: int) -> None:
    """"توعد ترامب النظام السوري بضربة بعد اتهامه بشن هجوم كيماوي": the accusation at token
    ``t`` names its accused by a pronoun; the side the sentence named last before it is that."""
    if _breaks(doc, t, ev.tok, _PHRASE_STOP):
        return
    sent = doc.sents[ev.sentence]
    # (not an adjective of origin qualifying something else: "اتفاق روسي أمريكي" names no side
    # the pronoun may stand for; such an adjective, without the article, ends in "ي"/"ية")
    before = [a for a in _actors_from(doc, doc.tok_index(sent.start), t)
              if not (a.tok_end - a.tok == 1 and doc.toks[a.tok][2].endswith(_NISBA)
                      and not doc.pack.is_definite([x[2] for x in doc.toks[max(0, a.tok - 3):a.tok]],
                                                   doc.toks[a.tok][2], a.start - doc.toks[a.tok][0]))]
    if before:
        _set_agent(ev, before[-1])


def _joined_verb_agent(doc: Doc, ev: Event, lv, events: list[Event]) -> Event | None:
    """The verb of attacking told just before a light verb joined to it by "و" ("اقتحموا ...
    واطلقوا"), in the same clause, whose subject that light verb shares."""
    if doc.text[doc.toks[lv.tok][0]:lv.start] not in doc.words("conj"):
        return None
    prev = next((e for e in reversed(events) if e.tok < lv.tok and e is not ev), None)
    if prev is None or prev.role != "verb" or prev.agent is None or prev.sentence != ev.sentence \
            or lv.tok - prev.tok_end > _SHARED_REACH or _breaks(doc, prev.tok_end, lv.tok, _PHRASE_STOP):
        return None
    return prev


def _accused_of_it(doc: Doc, events: list[Event]) -> None:
    """"هجوم كيميائي ... واتهمت القوى الغربية دمشق بتنفيذه", "الهجوم الذي اتهم الغربيون النظام
    بتنفيذه", "هجوم دوما الذي ... واتهمت به دمشق": an accusation whose object is a pronoun for
    the attack told before it (grammar.tsv accused_of_it, after the accused; accused_passive,
    right after the verb, before the accused) lays that attack on the accused, not the accuser:
    the attack told last before the verb, in its sentence, gets the accused for agent when it
    names none."""
    of_it, passive = doc.words("accused_of_it"), doc.words("accused_passive")
    if not of_it:
        return
    for m in doc.event_words:
        if m.value[0] != "accuse":
            continue
        a = None
        if m.tok_end < len(doc.toks) and doc.toks[m.tok_end][2] in passive:
            # "واتهمت به دمشق": the accused right after "of it"
            after = [x for x in _actors_from(doc, m.tok_end + 1, m.tok_end + 1 + _NAME_TOKENS)
                     if x.tok == m.tok_end + 1 and not _breaks(doc, m.tok_end, x.tok)]
            a = _specific(after, 0, doc) if after else _capital_government(doc, m.tok_end + 1)
        else:
            for t in range(m.tok_end + 1, min(len(doc.toks), m.tok_end + _LIGHT_REACH)):
                if _breaks(doc, m.tok_end, t):
                    break
                if doc.toks[t][2] in of_it:
                    between = _actors_from(doc, m.tok_end, t)
                    if between and t - between[-1].tok_end <= 1:
                        a = between[-1]  # the accused, after the accuser
                    else:
                        a = _capital_government(doc, t - 1)
                    break
        if a is None or a.value in NON_ACTORS:
            continue
        si = doc.sentence_of(m.start)
        told = [e for e in events if e.sentence == si and e.tok < m.tok and e.role != "weapon"]
        if told and told[-1].agent is None:
            _set_agent(told[-1], a)


def _capital_government(doc: Doc, t: int):
    """A capital named bare at token ``t`` as the one accused ("واتهمت القوى الغربية دمشق
    بتنفيذه"): its state's government (``data/country_states.tsv``), as an actor mention."""
    from types import SimpleNamespace

    from rasd.extract.placing import _capital_named, _capitals  # (placing reads events)
    from rasd.extract.state import _state_of_country

    if not 0 <= t < len(doc.toks):
        return None
    s, e = doc.toks[t][0], doc.toks[t][1]
    caps = _capitals(doc.words("apposed_place_noun"))
    for p in doc.places_in(s, s + 1):
        if p.start == s and p.end == e and _capital_named(p, caps):
            state = _state_of_country().get(p.country)
            if state and state not in NON_ACTORS and state != "-":
                return SimpleNamespace(value=state, start=s, end=e, tok=t, tok_end=t + 1)
    return None


def _announcer(doc: Doc, t: int):
    """The actor right after the verb of announcing a few words before token ``t``, in its
    clause ("أعلن تنظيم داعش مسؤوليته", "أعلنت جماعة على صلة بتنظيم القاعدة ... مسؤوليتها":
    the name's head, the first actor after the verb)."""
    marks = lexicons(doc.lang).marks
    if marks is None:
        return None
    # back to the last stop of the phrase before ``t`` (found once in the article's break
    # column: a stop at token k stands between tokens k - 1 and k), not a test per word
    stop = doc.clause_breaks(_PHRASE_STOP).rfind(1, 1, min(t, len(doc.toks) - 1) + 1)
    for v in range(t - 1, max(-1, t - _CUE_REACH, stop - 1), -1):
        m = marks.match_at(doc.toks, v)
        if m is not None and m[0] == "announce":
            after = _actors_from(doc, v + m[1], t)
            if after and after[0].tok - (v + m[1]) <= _ARG_TOKENS:
                return _specific(after, 0, doc)
            return None
    return None


def _announced_own(doc: Doc, ev: Event) -> None:
    """"أعلنت فصائل المعارضة قصف مطار حماة", "أعلنت إسرائيل عن استهداف مواقع": an attack named
    as the object of a verb of announcing, right after its subject, is the act the side
    announcing it tells of its own: that side is its agent (not an attack told with "the",
    which refers back to one told before)."""
    if ev.definite or ev.role not in ("open", "aim", "event"):
        return
    a = _announcer(doc, ev.tok)
    if a is None or a.value in NON_ACTORS:
        return
    gap = ev.tok - a.tok_end
    if gap == 0 or gap == 1 and doc.toks[a.tok_end][2] in doc.words("announced_about"):
        _set_agent(ev, a)


def _light_subject_apart(doc: Doc, ev: Event, lv) -> None:
    """"شن التنظيم، الذي خسر معظم مناطقه، هجمات منسقة": a light verb's subject named right
    after it keeps its attack across what is said of the subject in between, when that
    attack is the first one the sentence names after the verb."""
    if lv.value[0] != "light" or ev.tok - lv.tok_end > _LIGHT_APART or _breaks(doc, lv.tok_end, ev.tok, _PHRASE_STOP):
        return
    after = [a for a in _actors_from(doc, lv.tok_end, lv.tok_end + _NAME_TOKENS) if a.tok == lv.tok_end]
    if not after or any(lv.tok_end <= m.tok < ev.tok for m in doc.event_words.between(doc.toks[lv.tok_end][0], doc.toks[ev.tok][0])):
        return
    a = _specific(after, 0, doc)
    ev.agent, ev.agent_span = a.value, (a.start, a.end)


def _owner(doc: Doc, ev: Event, events: list[Event] | None = None) -> None:
    """"اعترف التحالف أن ... جراء ضرباته": the attack is of the actor the sentence named last
    before it, or of its claimant when the claimant is itself an armed actor; not of one named
    before a word of retaliation it follows ("قصف الجيش مواقعهم ردا على اعتداءاتهم": who
    answers an attack did not do it)."""
    sent = doc.sents[ev.sentence]
    before = [a for a in _actors_from(doc, doc.tok_index(sent.start), ev.tok)
              if (doc.toks[a.tok - 1][2] if a.tok else "") not in doc.words("not_agent_before")]
    if before and events is not None and _answered_by(doc, ev, before[-1].tok, events):
        return
    if before:
        _set_agent(ev, before[-1])
        return
    for c in doc.claimants.between(sent.start, ev.start):
        actor = claimant_actors().get(c.value)
        if actor is not None:
            ev.agent, ev.agent_span = actor, (c.start, c.end)


@lru_cache(maxsize=1)
def claimant_actors() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("claimant_actors.tsv") if len(row) >= 2}


def _means(doc: Doc, ev: Event, lx: _Lexicons) -> None:
    """An agent that attacks from the air makes an open word an airstrike: "قصف للتحالف",
    "ضربات صاروخية نفذها التحالف", "ارتكب الطيران الحربي مجازر"."""
    if ev.agent is None or ev.agent_span is None:
        return
    if ev.type == "bombing" and " ".join(t[2] for t in doc.toks[ev.tok:ev.tok_end]) in doc.words("dropped_bombs") \
            and ev.agent in doc.words("air_force"):
        # "regime bombing kills 16", "bombs dropped by the regime": a state's bombs fall from
        # its aircraft; a bomb set off by a man is told as a car bomb, a blast or explosives
        ev.type, ev.typed_by = "airstrike", "agent"
        return
    means = _means_of(doc, ev.agent, ev.agent_span)
    if means is None:
        return
    if ev.typed_by == "default" or (ev.typed_by == "modifier" and ev.type == "shelling" and ev.role == "open"):
        ev.type, ev.typed_by = means, "agent"


def _ground_fire(doc: Doc, ev: Event) -> bool:
    """A word of guns, mortars or tanks in the words that typed the attack ("قصف مدفعي"), or
    of a launch from the ground right after them ("صاروخ أرض أرض")."""
    last = max(ev.tok_end, doc.tok_index(max(ev.start, ev.type_end - 1)) + 1, ev.weapon_end)
    last = _clause_end(doc, last - 1, last + 2)
    marks = lexicons(doc.lang).marks
    return marks is not None and any((m := marks.match_at(doc.toks, t)) is not None and m[0] == "ground"
                                     for t in range(ev.tok, last))


def _means_of(doc: Doc, actor: str, span: tuple[int, int]) -> str | None:
    """The attack an agent carries out from afar: its forces' usual one (``actor_means.tsv``),
    or what its own words say ("الطيران الحربي", "طائرات حربية" are aircraft)."""
    lx = lexicons(doc.lang)
    means = lx.means.get(actor)
    if means is not None:
        return means
    s, e = span
    last = doc.tok_index(max(s, e - 1)) + 1
    for t in range(doc.tok_index(s), last):
        m = lx.mods.match_at(doc.toks, t)
        if m is not None and m[0] == "airstrike":
            return "airstrike"
    # "President Bashar al-Assads air force attacked ...": the longest name of the side ends
    # before the word for its aircraft (``unmarked_force``), which is the side's own
    m = lx.mods.match_at(doc.toks, last) if last < len(doc.toks) and doc.toks[last][0] - e <= 1 else None
    if m is not None and m[0] == "airstrike":
        forces = doc.words("unmarked_force")
        if any(" ".join(tk[2] for tk in doc.toks[last:last + k]) in forces for k in (1, 2)):
            return "airstrike"
    return None


def _antecedents(doc: Doc, events: list[Event]) -> None:
    """A definite attack word ("الهجوم أسفر عن ...", "القصف", "هذه الغارات") that says
    nothing of its own refers back to the last attack of its kind told in the sentences
    before, or to the lead; an open word takes that attack's type too. A word that names
    no kind of attack at all ("استهداف", "عملية") refers back whether definite or not.
    Where the language's article says "the one told before" (English "the raids were carried
    out by Russian jets"), a definite word refers back though it names its agent, and tells
    that agent of the attack it refers to."""
    told = doc.pack.setting("definite_refers_back", "0") == "1"
    own_open = doc.pack.setting("open_word_own_agent", "0") == "1"
    similar = doc.words("same_kind")
    refers = lexicons(doc.lang).refers
    for i, ev in enumerate(events):
        if ev.role == "agentive" and doc.toks[ev.tok][2] in doc.words("gunfire"):
            continue  # "برصاص القوات": a killing by gunfire is told there, not an attack told before
        if doc.toks[ev.tok][2] in doc.words("fire_opened"):
            continue  # "أطلقت القوات النار على": the fire opened there, not an attack told before
        if similar and ev.typed_by == "default" and ev.tok > 0 and doc.tok_words[ev.tok - 1] in similar:
            # "five more were killed in similar attacks on another village": another attack,
            # of the kind told last before it (its own place, day and agent)
            for prev in reversed(events[:i]):
                if ev.sentence - prev.sentence > _ANTECEDENT_SENTENCES:
                    break
                if prev.typed_by != "default" and prev.type != "other":
                    ev.type, ev.typed_by = prev.type, "antecedent"
                    break
            continue
        generic = ev.typed_by == "default" and ev.type == "other"
        if generic and _at_large(doc, ev):
            generic = False
        named = ev.agent is not None and ev.typed_by != "default"
        if not (ev.definite or generic or _demonstrative(doc, ev) or ev.role == "open" and (_named_by_place(doc, ev.tok_end)
                                                                                        or _named_by_day(doc, ev.tok_end))) \
                or named and not (told and ev.definite):
            continue
        window = []
        for prev in reversed(events[:i]):
            if ev.sentence - prev.sentence > _ANTECEDENT_SENTENCES:
                break
            window.append(prev)
        if doc.lead is not None and doc.lead.index < i and doc.lead not in window:
            window.append(doc.lead)
        if ev.typed_by == "default" and ev.type != "other":
            # a bare attack noun names its own kind ("الضربات"): it refers back to an attack of
            # that kind with an agent, or the lead told by the same noun ("الضربات التي نفذتها"),
            # before a nearer side event of another kind ("ردا على إطلاق صواريخ من سوريا")
            window.sort(key=lambda p: p.type != ev.type or p.agent is None)
        for prev in window:
            if prev.sentence == ev.sentence and prev.agent is None and not _same_noun(doc, prev, ev):
                continue
            if generic and ev.role != "verb" and prev.role == "weapon" and prev.type == "chemical":
                # "نفى استخدام أسلحة كيميائية في عمليتها العسكرية ... خلال العملية التركية": chemical
                # arms named by themselves are talk of arms (used, denied, held), not the attack an
                # operation of no kind goes on to tell
                continue
            if ev.typed_by == "default":
                ok = (prev.typed_by != "default" or prev is doc.lead and prev.type == ev.type) \
                    and prev.type != "other" and prev.type in refers.get(ev.type, (prev.type,))
                if ok and own_open and ev.agent is not None and prev.root().agent not in (None, ev.agent):
                    ok = False  # "in rebel fire" after the regime's barrel bombs: another attack
            else:
                # a fight is told by its sides, not an agent: "الاشتباكات" after "اشتباكات بين
                # قواته ومسلحين" is that fight
                ok = prev.type == ev.type and (prev.agent is not None or told and ev.definite
                                               or ev.type == "clashes" and bool(prev.sides) and not ev.sides)
                if named and prev.root().agent not in (None, ev.agent):
                    ok = False  # "the Russian strikes" after the coalition's: another attack
            if ok:
                ev.antecedent = prev
                if ev.typed_by == "default":
                    ev.type, ev.typed_by = prev.type, "antecedent"
                root = prev.root()
                if named and root.agent is None:
                    root.agent, root.agent_span = ev.agent, ev.agent_span
                break


# the kinds an attack of no kind may be told again as: a strike, a bombardment, a bomb or gas
# (a massacre told before "هجوم" is as often one part of a ground attack)
_TOLD_AGAIN_KINDS = _FROM_AFAR - {"shootdown"}
_NO_KIND_SENTENCES = 1  # sentences back where an attack of a kind told before "هجوم" may be


def _attack_of_no_kind(doc: Doc, events: list[Event]) -> None:
    """"قتل ... في تفجير استهدف أحد المساجد. وقتل مساء الخميس في هجوم استهدف مسجدا أسفر عن
    مقتل 49": a word for an attack that names no kind ("هجوم", "هجمات": a fight only by
    default), with no sides, is the attack of a kind told last in its sentence or the one
    before, or else the lead's, where both are told in one governorate of Syria, it names no
    agent but that attack's, hits no armed side's post and is no other account ("أو"); it
    takes that attack's kind (a fight told before keeps it a fight)."""
    refers = lexicons(doc.lang).refers
    lead = doc.lead
    fire = doc.words("fire_opened") | doc.words("gunfire")
    another = doc.words("another_attack")
    for i, ev in enumerate(events):
        if ev.role != "open" or ev.typed_by != "default" or ev.type in refers or ev.type == "other" \
                or ev.antecedent is not None or ev.sides or doc.toks[ev.tok][2] in fire \
                or ev.tok_end < len(doc.toks) and doc.toks[ev.tok_end][2] in another:
            # ("اطلاق النار على المتظاهرين": gunfire; "هجوم جديد", "هجوم آخر": another attack)
            continue
        prev = next((p for p in reversed(events[:i]) if p.type != "other"
                     and p.role != "agentive" and p.root() is not ev), None)
        if prev is None or ev.sentence - prev.sentence > _NO_KIND_SENTENCES:
            prev = lead if lead is not None and lead.index < i else None
        if prev is None:
            continue
        root = prev.root()
        if root.typed_by == "default" or root.type not in _TOLD_AGAIN_KINDS:
            continue
        if ev.agent is not None and root.agent != ev.agent:
            continue  # "هجوم لتنظيم داعش" after a raid by no one named: another attack
        # (told in the same governorate of Syria: a roundup of attacks abroad, or in another
        # province, tells another attack)
        # (a sentence that names no place goes on where the one before was)
        here, there = _governorates(doc, {ev.sentence}), _governorates(doc, {prev.sentence}) - {"other", "unknown"}
        if not (here & there if here else there):
            continue
        if ev.target not in (None, *NON_ACTORS) or ev.obj in doc.words("armed_post"):
            continue  # "هجوم على حاجز للقوات النظامية": an assault on an armed side's post, a fight
        if prev.sentence == ev.sentence and any(doc.toks[t][2] in doc.words("alternative")
                                                for t in range(prev.tok_end, ev.tok)):
            continue  # "قتل في غارة اسرائيلية ... او في هجوم على قافلة": another account, another attack
        ev.antecedent = prev
        ev.type, ev.typed_by = root.type, "antecedent"


def _same_noun(doc: Doc, prev: Event, ev: Event) -> bool:
    """"قالوا إن هجوما كيماويا استهدف البلدة، وإن الهجوم قتل العشرات": a definite attack noun
    that repeats the noun of an attack told earlier in its sentence (its article aside) is that
    attack told again, whoever did it."""
    if prev.role not in ("event", "open") or not ev.definite or prev.tok >= ev.tok:
        return False
    def noun(e: Event) -> str:  # the word without its clitics, article and accusative ending
        w = doc.toks[e.tok][2][e.start - doc.toks[e.tok][0]:]
        w = w[len(art):] if (art := next((a for a in doc.words("article") if w.startswith(a)), "")) else w
        return w[:-1] if w.endswith(tuple(doc.words("accusative_ending"))) else w
    return noun(prev) == noun(ev)


def _at_large(doc: Doc, ev: Event) -> bool:
    """"تطورت لتشهد عمليات عسكرية وأعمال عنف في معظم المناطق": a word naming no kind of
    attack, plural, without the article and with an indefinite adjective after it (not a
    genitive: "عمليات تطهير الرمادي" is that offensive), tells of such acts at large, not of
    the attack told before."""
    if ev.definite or ev.tok_end >= len(doc.toks):
        return False
    return doc.toks[ev.tok][2].endswith(tuple(doc.words("indefinite_plural_ending"))) \
        and doc.toks[ev.tok_end][2].endswith(tuple(doc.words("indefinite_adjective_ending")))


def _read_after(doc: Doc, lx: _Lexicons) -> list[Event]:
    """The attacks of the sentences read apart (``doc.after_mentions``: their own actors and
    attack words), the article's mentions left as they were."""
    actors, words = doc.actors, doc.event_words
    doc.actors, doc.event_words = doc.after_mentions
    try:
        return _read_events(doc, doc.event_words, lx)
    finally:
        doc.actors, doc.event_words = actors, words


_OPENING_SUBJECT = 3  # an attack opening a sentence: its head within its first words ("The Russian air strikes")


def _agents_told_after(doc: Doc, events: list[Event], lx: _Lexicons) -> None:
    """"Air strikes killed 12 ... The raids were carried out by Russian jets." / "The Islamic
    State group claimed responsibility for the attack.": a definite attack word in the sentence
    after a figure's, naming who did it, refers back to the last attack told before it of its
    kind (or any, when it names no kind) and tells that attack's agent, when nothing else did.
    Those sentences are read apart, with their own actors, and say nothing else.

    "Seven people were killed in Idlib on Tuesday. The strike hit a market in the town.": a
    toll whose sentence names no attack is of the definite attack the sentence right after it
    (in its paragraph, counting no dead of its own, in the same setting) opens on, where its
    words say what kind it was (``doc.told_next``, read by ``attach`` as in Arabic). The side
    such an attack names ("The raids were carried out by Russian jets") is the toll's when the
    toll names no attack nor killer (``doc.scratch["agent_next"]``: sentence of the toll ->
    (agent, span), read by ``frame``)."""
    after = _read_after(doc, lx)
    with_events = {e.sentence for e in events}
    agent_next: dict[int, tuple[str, tuple[int, int]]] = {}
    for i, ev in enumerate(after):
        ev.index = len(events) + i  # (one numbering with the article's other attacks)
        si = ev.sentence - 1
        if si < 0 or si in with_events or si in doc.told_next or si in agent_next or not doc.hits_in(si) \
                or doc.sents[si].paragraph != doc.sents[ev.sentence].paragraph \
                or not (ev.definite or _demonstrative(doc, ev)):
            continue
        t0 = doc.tok_index(doc.sents[ev.sentence].start)
        if ev.tok - t0 > _OPENING_SUBJECT or not _same_setting(doc, si, ev.sentence, t0):
            continue
        if ev.type != "other" and ev.typed_by in ("word", "modifier"):
            doc.told_next[si] = ev
        if ev.agent is not None and ev.agent_span is not None:
            agent_next[si] = (ev.agent, ev.agent_span)
    doc.scratch["agent_next"] = agent_next
    for ev in after:
        if ev.agent is None or not (ev.definite or _demonstrative(doc, ev)):
            continue
        for prev in reversed(events):
            if prev.tok > ev.tok or ev.sentence - prev.sentence > _ANTECEDENT_SENTENCES:
                continue
            if ev.typed_by != "default" and prev.type != ev.type or prev.type == "other":
                continue
            root = prev.root()
            if root.agent is None:
                root.agent, root.agent_span = ev.agent, ev.agent_span
            break


def _told_next(doc: Doc, events: list[Event], lx: _Lexicons) -> None:
    """"قتل أربعة عناصر في هجوم على حاجز. وتبنى تنظيم داعش الهجوم", "... في ضربات جوية.
    واتهمت دمشق التحالف بتنفيذها", "... وأعلن التنظيم مسؤوليته عنه": the sentence right after
    a toll's, in its paragraph, goes on about the attack the toll is of when it opens on a verb
    saying who did it (grammar.tsv ``goes_on_claim``, ``goes_on_accuse``, ``goes_on_blame``;
    ``goes_on_announce`` with a claim of responsibility in its phrase), not on a part of the
    attacks told ("غالبية هذه الهجمات"), or tells that verb in the pluperfect ("وكانت دمشق قد
    اتهمت ..."). Not when it counts dead of its own, or names a place
    in another governorate, or a day the toll's is not. (Not "وكان ... قد" alone: after a toll
    the pluperfect mostly tells the story's background, other events.)

    ``doc.told_next``: sentence of the toll -> the attack so told, where the verb's phrase
    names one (a toll naming no attack reports it: ``attach``). ``doc.told_next_agent``: the
    agent so told (the attack's, or the side the verb names where a pronoun stands for the
    attack: "بتنفيذها"), for the toll's own attack when it names none (``agent_told_next``)."""
    actors = doc.actors
    after = _read_after(doc, lx) if doc.after_mentions is not None else []
    for i, ev in enumerate(after):  # one numbering with the article's other attacks
        ev.index = len(events) + i
    by_sentence: dict[int, list[Event]] = {}
    for ev in events + after:
        by_sentence.setdefault(ev.sentence, []).append(ev)
    for si in sorted({doc.sentence_of(doc.hit_pos(h)) for h in doc.hits}):
        nx = si + 1
        if nx >= len(doc.sents) or doc.sents[nx].paragraph != doc.sents[si].paragraph or doc.hits_in(nx):
            continue
        cue = _going_on(doc, nx)
        if cue is None:
            continue
        t0, tv, t1, kind = cue
        ev = next((e for e in by_sentence.get(nx, ()) if tv < e.tok < t1), None)
        if ev is not None and _part_of(doc, ev):
            continue
        agent = (ev.agent, ev.agent_span) if ev is not None and ev.agent is not None else None
        if agent is None:
            # the attack a pronoun ("بتنفيذها", "المسؤولية عنها") or a word with no agent of its
            # own ("ونسبت الحكومة الهجوم إلى ..."): the side the verb names
            said = doc.after_mentions[0] if nx in doc.told_after and doc.after_mentions else actors
            named = [m for m in said.between(doc.toks[t0][0], doc.toks[t1 - 1][1]) if m.value not in NON_ACTORS]
            a = _named_by_verb(doc, named, kind, tv, t1)
            if a is not None:
                agent = (a.value, (a.start, a.end))
        if (ev is None and agent is None) or not _same_setting(doc, si, nx, min(t0 + 1, len(doc.toks) - 1)):
            continue
        if ev is not None:
            doc.told_next[si] = ev
        if agent is None:
            continue
        doc.told_next_agent[si] = (agent[0], agent[1], ev)


def agent_told_next(doc: Doc, d: Draft, own: Event, victims: str):
    """(agent, span) the sentence after a toll's tells for the attack of the toll's own
    sentence ``own`` (``_told_next``), when that attack names none and the one told next
    is of its kind, not the victims' own side."""
    told = doc.told_next_agent.get(d.sentence)
    if told is None or told[0] == victims or own.sentence != d.sentence and own is not told[2]:
        return None
    agent, span, ev = told
    if ev is not None and ev is not own:
        refers = lexicons(doc.lang).refers
        if not (ev.definite or _demonstrative(doc, ev)) and (own.type != ev.type or ev.type == "other"):
            return None  # "وتبنى التنظيم هجوما آخر": an attack told anew is another, unless of the same kind
        if not (own.type == ev.type or "other" in (own.type, ev.type)
                or ev.typed_by == "default" and own.type in refers.get(ev.type, (own.type,))
                or own.typed_by == "default" and ev.type in refers.get(own.type, (ev.type,))):
            return None
    return agent, span


def _part_of(doc: Doc, ev: Event) -> bool:
    """A word of part before the attack word or its demonstrative ("غالبية هذه الهجمات")."""
    t = ev.tok - 1 - _demonstrative(doc, ev)
    return t >= 0 and doc.toks[t][2] in doc.words("part_of")


_GOES_ON = ("claim", "accuse", "blame", "announce")  # grammar.tsv roles "goes_on_<kind>"


_PLUPERFECT_REACH = 6  # tokens from "وكان" to its "قد" ("وكانت وزارة الدفاع التركية قد")


def goes_on_told(doc: Doc) -> bool:
    """The language lists verbs opening a sentence that goes on about the attack before."""
    return any(doc.words("goes_on_" + k) for k in _GOES_ON)


def opening_verb(doc: Doc, nx: int) -> tuple[int, int, str] | None:
    """(first token, the verb's token, kind) where sentence ``nx`` opens on a verb of claiming,
    accusing, blaming or announcing (grammar.tsv ``goes_on_<kind>``: "وتبنى", "واتهمت"), or
    tells one in the pluperfect, the same verb without its "و" after "وكان ... قد" ("وكانت
    دمشق قد اتهمت", "وكان التنظيم قد تبنى")."""
    t0 = doc.tok_index(doc.sents[nx].start)
    w0 = doc.toks[t0][2]
    kind = next((k for k in _GOES_ON if w0 in doc.words("goes_on_" + k)), None)
    if kind is not None:
        return t0, t0, kind
    if w0 not in doc.words("kana"):
        return None
    particle, end = doc.words("perfect_particle"), min(len(doc.toks) - 1, t0 + _PLUPERFECT_REACH + 1)
    qad = next((t for t in range(t0 + 1, end) if doc.toks[t][2] in particle), None)
    if qad is None or _breaks(doc, t0 + 1, qad + 1, _PHRASE_STOP):
        return None
    verbs = {c + doc.toks[qad + 1][2] for c in doc.words("conj_clitic")}
    kind = next((k for k in _GOES_ON if verbs & doc.words("goes_on_" + k)), None)
    return (t0, qad + 1, kind) if kind is not None else None


def _going_on(doc: Doc, nx: int) -> tuple[int, int, int, str] | None:
    """(first token, the verb's token, end, kind) of the phrase of a verb of claiming, accusing or blaming
    that opens sentence ``nx`` (``opening_verb``; one of announcing only with a claim of
    responsibility in the phrase)."""
    opening = opening_verb(doc, nx)
    if opening is None:
        return None
    t0, tv, kind = opening
    t1 = _clause_end(doc, tv + 1, doc.sent_toks(doc.sents[nx])[1], _PHRASE_STOP)
    if t1 <= tv + 1:
        return None
    if kind == "announce" and not any(doc.toks[t][2] in doc.words("responsibility") for t in range(tv + 1, t1)):
        words = doc.after_mentions[1] if nx in doc.told_after and doc.after_mentions else doc.event_words
        if not any(m.value[0] == "claim" for m in words.between(doc.toks[t0][0], doc.toks[t1 - 1][1])):
            return None
    return t0, tv, t1, kind


def _named_by_verb(doc: Doc, named: list, kind: str, tv: int, t1: int):
    """The side a verb (at token ``tv``) opening a sentence says did the attack: the subject
    of a verb of claiming, the one accused right before "ب", the one blamed after "إلى"."""
    if kind == "accuse":
        named = [m for m in named if m.tok > tv]
        bi = next((t for t in range(tv + 2, t1) if doc.toks[t][2][:1] in doc.words("instrument_clitic")
                   and any(m.tok_end <= t for m in named)), None)
        found = [m for m in named if bi is not None and m.tok_end <= bi]
        return found[-1] if found else None
    if kind == "blame":
        to = doc.words("blame_to")
        return next((m for m in named if m.tok > 0 and doc.toks[m.tok - 1][2] in to
                     or doc.toks[m.tok][2][:1] in to and m.start > doc.toks[m.tok][0]), None)
    return named[0] if named else None


def _same_setting(doc: Doc, si: int, nx: int, subject: int) -> bool:
    """Sentence ``nx`` names no place in a governorate sentence ``si`` names none in (when
    both name one), and no day unless ``si`` names the same or none. (A capital right after
    its opening verb, at token ``subject``, is the government that speaks: "واتهمت دمشق".)"""
    from rasd.extract.dates import find_dates  # (read here only: few sentences need it)
    from rasd.extract.places import gazetteer
    a, b = doc.sent_toks(doc.sents[nx])
    if nx in doc.told_after:  # read apart: its places and days were not looked for
        theirs = {p.place.governorate for p in gazetteer().find(doc.nt, doc.toks[a:b])
                  if p.level != "country" and p.place.governorate != "unknown" and p.start >= doc.toks[subject][1]}
        days = find_dates(doc.nt, doc.article.published, doc.toks[a][0], doc.toks[b - 1][1],
                          doc.toks[a:b], doc.lang)
    else:
        s = doc.sents[nx]
        theirs = {p.place.governorate for p in doc.places_in(s.start, s.end)
                  if p.level != "country" and p.place.governorate != "unknown" and p.start >= doc.toks[subject][1]}
        days = doc.dates_in(s.start, s.end)
    s = doc.sents[si]
    ours = {p.place.governorate for p in doc.places_in(s.start, s.end)
            if p.level != "country" and p.place.governorate != "unknown"}
    if theirs and ours and not theirs & ours:
        return False
    if days:
        own = doc.dates_in(s.start, s.end)
        own = [x.span for x in own if x.span is not None]
        told = [y.span for y in days if y.span is not None]
        return not own or not told or any(not (x.end < y.start or y.end < x.start) for x in own for y in told)
    return True


def _relative_objects(doc: Doc, events: list[Event]) -> None:
    """"الانفجار، الذي استهدف مسجد الإيمان": a verb of attacking in a relative clause right
    after an attack noun tells that attack, so what the verb hit is what the noun's attack hit
    (its ``obj_tok``) when the noun's own phrase names nothing it hit."""
    relative = doc.words("relative")
    for ev, nx in zip(events, events[1:]):
        if ev.obj_tok is not None or nx.obj_tok is None or nx.role != "verb" or nx.sentence != ev.sentence:
            continue
        between = [doc.toks[t][2] for t in range(ev.tok_end, nx.tok)]
        if len(between) == 1 and between[0] in relative:
            ev.obj_tok = nx.obj_tok


def _relative_verbs(doc: Doc, events: list[Event]) -> None:
    """"الهجوم الكيماوي الذي استهدف دوما، وخلف مقتل العشرات": a verb of attacking that names no
    kind of attack, in a relative clause right after an attack noun that names one, is that
    attack told on, not an attack of another kind told before that it was taken to refer back to
    (one of the noun's kind it keeps: the noun is that attack told again)."""
    relative = doc.words("relative")
    for ev, nx in zip(events, events[1:]):
        if nx.role == "verb" and nx.typed_by in ("default", "antecedent") and nx.type != ev.type \
                and ev.typed_by in ("word", "modifier") and ev.type != "other" \
                and nx.sentence == ev.sentence and _relative_on(doc, ev, nx, relative):
            nx.antecedent, nx.type, nx.typed_by = ev, ev.type, "antecedent"


def _relative_on(doc: Doc, noun: Event, verb: Event, relative: frozenset | set) -> bool:
    """``verb`` opens a relative clause on ``noun``: right after its phrase and a relative
    pronoun ("الهجوم الانتحاري الذي استهدف"), or, the noun indefinite, right after its phrase
    with none (Arabic relative clauses on an indefinite noun take no pronoun: "هجوم انتحاري
    استهدف ناشطين"), where the noun's place may come between ("هجوم انتحاري في سروج (جنوب)
    استهدف", up to ``_RELATIVE_GAP`` tokens opened by a word of ``in_place``, within one
    phrase)."""
    end = _phrase_end(noun)
    gap = verb.tok - end
    if gap == 1:
        return doc.toks[verb.tok - 1][2] in relative
    if noun.definite:
        return False
    return gap == 0 or (0 < gap <= _RELATIVE_GAP and doc.toks[end][2] in doc.words("in_place")
                        and not _breaks(doc, end, verb.tok, _PHRASE_STOP))


def _phrase_end(ev: Event) -> int:
    """The token after an attack's phrase, its instrument read into it ("الهجوم بغاز الكلور")."""
    return max(ev.tok_end, ev.weapon_end)


def _same_objects(events: list[Event]) -> None:
    """"هجوم على حافلة عسكرية" then "استهدفوا الحافلة بعبوة ناسفة": an attack on something
    named as already told ("الحافلة") is the attack told on it before, in the sentences just
    before, whatever words each uses."""
    for i, ev in enumerate(events):
        if ev.antecedent is not None or not ev.obj_definite:
            continue
        for prev in reversed(events[:i]):
            if ev.sentence - prev.sentence > _ANTECEDENT_SENTENCES:
                break
            if prev.sentence < ev.sentence and prev.obj == ev.obj and prev.root() is not ev:
                ev.antecedent = prev
                break


def _restated_headline(doc: Doc, events: list[Event]) -> None:
    """A report's first sentence tells again the attack its title names ("Air raids kill 10
    near Syria hospital" — "A barrage of air strikes on Saturday ... killed at least 10
    civilians"): the lead's first attack of the title's kind is the title's, and what the lead
    says of it (who) is said of the title's too."""
    if doc.headline is None:
        return
    title = next((i for i, s in enumerate(doc.sents) if s.start >= doc.headline[0]), None)
    head = next((e for e in events if e.sentence == title and e.type != "other"), None)
    if head is None:
        return
    if head.typed_by == "default" and doc.pack.setting("story_restates_lead", "0") == "1":
        # "Terrorist attacks kill 10 in Aleppo" — "terrorists fired rocket shells at ...": a
        # title's word that names no kind of attack is the attack the lead tells first, when
        # that one names its kind
        lead = next((k for k in range(title + 1, len(doc.sents))
                     if any(ch.isalpha() for ch in doc.text[doc.sents[k].start:doc.sents[k].end])), None)
        told = next((e for e in events if e.sentence == lead and e.type != "other"), None)
        if told is not None and told.typed_by in ("word", "modifier"):
            head.type, head.typed_by, head.type_end = told.type, "antecedent", head.end
    root = head.root()
    for ev in events:
        if ev.sentence <= title or ev.antecedent is not None \
                or ev.role == "agentive" and doc.toks[ev.tok][2] in doc.words("gunfire"):
            continue
        if ev.sentence > title + 1:
            break
        if ev.type != head.type and ev.typed_by != "default" or ev.agent is not None and root.agent not in (None, ev.agent):
            continue
        ev.antecedent = head
        if ev.typed_by == "default":
            ev.type, ev.typed_by = head.type, "antecedent"
        if root.agent is None and ev.agent is not None:
            root.agent, root.agent_span = ev.agent, ev.agent_span
        return


def _restated_lead(doc: Doc, events: list[Event]) -> None:
    """Where a report tells its one attack again in new words ("Airstrikes hit a school ...";
    "warplanes carried out six strikes in the village ..."; English wire copy does), an attack
    of the lead's kind told with no antecedent is the lead's, unless its sentence puts it in
    another governorate or its agent is another; the agent it names is the lead's too."""
    lead = doc.lead
    if lead is None:
        return
    govs = _governorates(doc, {e.sentence for e in events if e.root() is lead.root()})
    root = _lead_kind_told_later(doc, events)
    other_time = doc.words("other_time_before")
    for ev in events:
        if ev.index <= lead.index or ev is root or ev.antecedent is not None or ev.type != root.type:
            continue
        if other_time and (t := doc.tok_index(ev.start)) > 0 and doc.toks[t - 1][2] in other_time:
            continue  # "Daesh has claimed previous bombings in the region": other attacks, not the lead's
        if ev.agent is not None and root.agent not in (None, ev.agent):
            continue
        here = _governorates(doc, {ev.sentence})
        if here and govs and not here & govs:
            continue
        ev.antecedent = lead
        if root.agent is None and ev.agent is not None:
            root.agent, root.agent_span = ev.agent, ev.agent_span


def _lead_kind_told_later(doc: Doc, events: list[Event], open_only: bool = False) -> Event | None:
    """The attack the lead tells, and of what kind: a lead naming its attack by a word of no
    kind, as one the reader knows, may have its kind told later in the story (with
    ``open_only``, only a word that may refer to an attack of any kind: "الهجوم")."""
    lead = doc.lead
    if lead is None:
        return None
    root = lead.root()
    govs = _governorates(doc, {e.sentence for e in events if e.root() is root})
    if root.typed_by == "default" and root.definite:
        # "The attack in Idlib province claimed the lives of 27 children ... 80 people were
        # killed in a chemical weapon attack in Idlib province": a lead that names its attack
        # as one the reader knows, by a word of no kind, is the attack of a kind it may be
        # that the story tells later in the same governorate; where the lead names none
        # ("الهجوم البشع على الأبرياء" ... "الهجوم الكيميائي في سوريا"), the first attack of
        # a kind the story names as one the reader knows, or a weapon told in the lead's own
        # sentence ("الهجوم ... على الأبرياء بأسلحة كيميائية"), in no governorate of its own
        allowed = lexicons(doc.lang).refers.get(root.type)
        if open_only and allowed is not None:
            return root
        told = next((e for e in events if e.index > lead.index and e.antecedent is None
                     and e.typed_by in ("word", "modifier") and e.type not in ("other", root.type)
                     and (allowed is None or e.type in allowed)
                     and (_governorates(doc, {e.sentence}) & govs if govs
                          else open_only and (e.definite or e.role == "weapon" and e.sentence == lead.sentence)
                          and not _governorates(doc, {e.sentence}))), None)
        if told is not None:
            root.type, root.typed_by, root.antecedent = told.type, "antecedent", told
            root = told
            if root.agent is None and lead.agent is not None:
                root.agent, root.agent_span = lead.agent, lead.agent_span
    return root


def _governorates(doc: Doc, sentences: set[int]) -> set[str]:
    """The governorates the places named in these sentences are in ("other" abroad)."""
    out: set[str] = set()
    for si in sentences:
        s = doc.sents[si]
        out.update(p.place.governorate for p in doc.places_in(s.start, s.end)
                   if p.place.governorate != "unknown")
    return out


def _same_kind_agents(doc: Doc, events: list[Event]) -> None:
    """An attack told with no agent anywhere near it is by whoever the article says carries
    out attacks of that kind, where few forces do (``kind_agents.tsv``: "غارة جوية على قرية
    ..." in a report whose lead is "غارات للطيران الحربي الروسي"); of a kind every side uses
    (shells, bombs), only where the other attack was at the same town or its agent fights only
    from afar. The donor is the nearest such attack told before it in its paragraph, else the
    lead, else the nearest before it anywhere, else the nearest after."""
    kinds = kind_agents()
    donors: dict[str, list[Event]] = {}
    for e in events:
        if e.agent is not None and e.antecedent is None:
            donors.setdefault(e.type, []).append(e)  # in text order
    for ev in events:
        root = ev.root()
        if root.agent is not None or ev.type in ("other", "clashes") or ev.type not in donors:
            continue
        same = donors[ev.type]
        opener = _adjunct_opener(doc, ev, events)
        if opener is not None:
            # "قصف الجيش مواقعهم ردا على قصفهم دمشق", "بعد ساعات من غارة": the attack answered
            # or followed is not the main clause's told again; answered, it is the other side's
            if doc.toks[opener][2] in doc.words("response"):
                continue
            same = [e for e in same if e.sentence != ev.sentence]
            if not same:
                continue
        if ev.type not in kinds:
            # shells and bombs are every side's: only an attack of the kind told at the same
            # town or quarter is this one told again, or one by a force that fights only from
            # afar ("actor_means.tsv": "قصف صاروخي" by Israel's jets)
            means = lexicons(doc.lang).means
            same = [e for e in same if e.agent in means
                    or _same_town(doc, e.sentence, ev.sentence) and not _counted_apart(doc, e, ev)]
            if not same:
                continue
        k = bisect.bisect_left([e.tok for e in same], ev.tok)  # the donors told before it: same[:k]
        before = same[k - 1] if k else None
        para = doc.sents[ev.sentence].paragraph
        if before is not None and doc.sents[before.sentence].paragraph == para:
            root.donor = before
        elif doc.lead is not None and doc.lead.type == ev.type and doc.lead.agent is not None \
                and doc.lead.antecedent is None and doc.lead is not ev:
            root.donor = doc.lead
        else:
            root.donor = before if before is not None else next((e for e in same[k:] if e is not ev), None)


def _counted_apart(doc: Doc, a: Event, b: Event) -> bool:
    """Two attacks in one sentence with a count of their own between them are two ("مقتل خمسة
    في قصف على بلدة عين ترما، ومقتل سبعة نتيجة قصف القوات النظامية على بلدة كفربطنا")."""
    if a.sentence != b.sentence:
        return False
    lo, hi = min(a.tok, b.tok), max(a.tok, b.tok)
    return any(lo < h.tok_start < hi for h in doc.hits_in(a.sentence) if not h.subcount)


def _same_town(doc: Doc, a: int, b: int) -> bool:
    """Sentences ``a`` and ``b`` name a place below the governorate in common."""
    def towns(si: int) -> set[str]:
        sent = doc.sents[si]
        return {p.place.name for p in doc.places_in(sent.start, sent.end)
                if p.level not in ("country", "governorate") and p.place.name}
    return bool(towns(a) & towns(b))


@lru_cache(maxsize=1)
def kind_agents() -> frozenset[str]:
    """The kinds of attack an article tells one agent for (``kind_agents.tsv``)."""
    return frozenset(row[0] for row in read_tsv("kind_agents.tsv") if row)


def _demonstrative(doc: Doc, ev: Event) -> bool:
    return ev.tok > 0 and doc.toks[ev.tok - 1][2] in doc.words("demonstrative")


def _lead(doc: Doc, events: list[Event]) -> Event | None:
    """The attack the article leads with: the first one of a known type in its opening
    sentences (a dateline line before them tells nothing)."""
    for ev in events:
        if ev.sentence >= _LEAD_SENTENCES:
            break
        if ev.type != "other":
            return ev
    return None


# -- attaching figures ------------------------------------------------------------------------
@dataclass
class Attachment:
    event: Event | None
    source: str  # clause | sentence | previous | lead | event (the count of the sentence before) | default
    typed: bool = True  # the claim takes the event's type (a total told beside it does not)


def attach(doc: Doc, d: Draft, scope: str = "incident") -> Attachment:
    """The event a draft's figures report. A total (``scope`` cumulative) reports only an
    attack named in its own sentence ("جراء الغارات"), never the article's lead."""
    sent = doc.sents[d.sentence]
    h = next((x for x in d.hits if not x.subcount), d.hits[0])
    in_sent = doc.events_in(d.sentence)
    if in_sent and adjunct_at(doc, h) is not None:
        # "قصف الجيش مواقع التنظيم ردا على مقتل جندي بإطلاق نار": the death is an earlier
        # event, not the response the main clause tells; only an attack its own phrase names
        own = _adjunct_events(doc, h, in_sent, max(x.tok_end for x in d.hits))
        if not own and any(e.tok < h.tok_start for e in in_sent):
            return Attachment(None, "adjunct")
        in_sent = own
    if in_sent and _claimed_killing(doc, h, in_sent):
        # "تبنى حزب ... الأربعاء قتل شرطيين": a killing claimed is told as a deed of its own, not
        # as the toll of an attack the sentence named before; only one tied after it is its own
        in_sent = _adjunct_events(doc, h, in_sent, max(x.tok_end for x in d.hits))
        if not in_sent:
            return Attachment(None, "adjunct")
    # "قتل شرطيين ...، ردا على هجوم انتحاري": the attack answered is not what killed them; "19
    # were killed on Tuesday, hours after a chemical attack left dozens dead": the attack told as
    # how long before the deaths came is an earlier one, not their cause
    for cue, not_cause in (("response", _motive_after), ("elapsed_unit", _elapsed_since)):
        if in_sent and doc.words(cue):
            others = [e for e in in_sent if not_cause(doc, h, e)]
            if others:
                in_sent = [e for e in in_sent if e not in others]
                if not in_sent:
                    return Attachment(None, "adjunct")
    if in_sent:
        best = _nearest_event(doc, h, in_sent)
        hi = max(best.tok, h.tok_start)
        clause = not _breaks(doc, min(best.tok_end, h.tok_end), _quoted_from(doc, hi) if hi == h.tok_start else hi)
        # a total reports the attacks its clause blames ("جراء الغارات"); told beside other
        # attacks it still says who did them, not what they were
        # ("قتل 2927، غالبيتهم من ...، جراء الغارات": a word of cause ties it across commas)
        typed = scope == "incident" or _typed_total(
            doc, h, best, clause or best.tok >= h.tok_end and _same_clause_after(doc, h, best))
        if not typed:
            # "قتل ثلاثة أشخاص وأصيب 14 آخرون في سلسلة غارات": the count of the wounded joined
            # to the dead's stands between them and the attack; the claim's last count before
            # the attack, in the same clause as the first, is as much its toll (not one set off
            # by commas: "مقتل مئة، بينهم ...، فضلا عن إصابة 70 بحالات اختناق")
            last = max((x for x in d.hits if not x.subcount and x.tok_end <= best.tok), key=lambda x: x.tok_end,
                       default=None)
            if last is not None and last is not h and not _breaks(doc, h.tok_end, last.tok_start):
                typed = _typed_total(doc, last, best, _same_clause_after(doc, last, best))
        if typed and len(_kinds_listed(doc, best, in_sent)) >= _MIXED_KINDS:
            # "اشتباكات عنيفة وغارات جوية وعمليات قصف ... أوقعت 25 قتيلا": a toll told of
            # several kinds of attack at once is of no one kind
            typed = False
        return Attachment(best, "clause" if clause else "sentence", typed)
    told = _dead_told_before(doc, d) or (_count_told_before(doc, d) if scope == "incident" else None)
    if told is not None:
        # "والقتلى هم 21 من حزب الله و62 من مقاتلي المعارضة": the dead just counted, shared out
        # by side, were killed in what that count was
        att = attach(doc, told, scope)
        return Attachment(att.event, "event", att.typed) if att.event is not None else att
    if scope != "incident":
        return Attachment(None, "default")
    # "وأسفرت عن ...": a sentence naming no attack goes on about the one its paragraph tells
    prior = _last_event_before(doc, d.sentence, sent.paragraph)
    told = doc.told_next.get(d.sentence)
    if told is not None and told.root().type != "other" and told.root().typed_by in ("word", "modifier"):
        # "قتل 12 شخصا في منبج. وتبنى تنظيم داعش التفجير الانتحاري": or the one the sentence
        # after it goes on to tell, where its words say what kind it was (_told_next)
        return Attachment(told, "event")
    if prior is not None:
        return Attachment(prior, "previous") if not _another_day(doc, d, prior) else Attachment(None, "default")
    if doc.lead is not None and doc.lead.sentence < d.sentence and not _another_day(doc, d, doc.lead):
        return Attachment(doc.lead, "lead")
    return Attachment(None, "default")


def _same_clause_after(doc: Doc, h, best: Event) -> bool:
    """Whether the attack ``best``, told after the figure ``h``, is in its clause: a comma
    right after the count, before the word that ties it to the attack ("وإصابة 14 آخرين، في
    سلسلة غارات", "، جراء القصف"), does not set the attack apart."""
    if not _breaks(doc, h.tok_end, best.tok):
        return True
    t = h.tok_end
    return t < best.tok and doc.gap(t).strip() in _COMMAS and not _breaks(doc, t + 1, best.tok) \
        and doc.toks[t][2] in doc.words("cause_before_event")


_COMMAS = ("،", ",")


def _typed_total(doc: Doc, h, best: Event, clause: bool) -> bool:
    """Whether a total's figure ``h`` reports the attack ``best`` of its sentence (its clause's
    or one a word ties it to), so that the total takes the attack's type."""
    return _toll_of(doc, h, best) or (
        clause or _caused_by(doc, h, best) or _result_subject(doc, h, best)
        or _participle_of(doc, h, best) or _relative_of(doc, h, best)
        or _subject_head(doc, h, best)) and _tied(doc, h, best)


def _claimed_killing(doc: Doc, h, events: list[Event]) -> bool:
    """The figure is the object of a verb (or verbal noun) of claiming ("تبنى تنظيم ... قتل 48
    جنديا", "بعد تبني الحزب الأربعاء قتل شرطيين"; grammar ``claims``): its first word or the word
    before it is a noun of death, and no attack is named between the claim and it ("تبنى التنظيم
    الهجوم الذي أسفر عن مقتل" claims the attack, not the killing)."""
    deaths = doc.words("prior_death")
    if doc.toks[h.tok_start][2] not in deaths and not (h.tok_start > 0 and doc.toks[h.tok_start - 1][2] in deaths):
        return False
    claims = doc.words("claims")
    for t in range(h.tok_start - 1, max(-1, h.tok_start - _CLAIMED_REACH), -1):
        if doc.toks[t][2] in claims:
            return not _breaks(doc, t + 1, h.tok_start, _PHRASE_STOP) \
                and not any(t < e.tok < h.tok_start for e in events)
    return False


def _elapsed_since(doc: Doc, h, ev: Event) -> bool:
    """The first attack told after the figure past a span of time and "after" ("hours after",
    "a day after"; grammar ``elapsed_unit``, ``elapsed_after``), in its clause: the deaths
    came that long after it, so it is an earlier attack. (Not "in the days after": the time
    that followed it, in which the deaths fell.)"""
    if ev.tok < h.tok_end:
        return False
    units, afters, words = doc.words("elapsed_unit"), doc.words("elapsed_after"), doc.tok_words
    if units.isdisjoint(words[h.tok_end:ev.tok]):
        return False
    for t in range(ev.tok - 1, h.tok_end, -1):
        if words[t] in afters and words[t - 1] in units:
            return words[t - 2] not in doc.words("definite") \
                and not any(t < e.tok < ev.tok for e in doc.events_in(ev.sentence)) \
                and not _breaks(doc, t, ev.tok, _PHRASE_STOP)
    return False


def _motive_after(doc: Doc, h, ev: Event) -> bool:
    """An attack told after the figure right after a word of retaliation ("ردا على هجوم",
    "انتقاما لهجوم"; grammar ``response``): the killing the figure counts answered it."""
    if ev.tok < h.tok_end:
        return False
    response = doc.words("response")
    return any(doc.toks[t][2] in response for t in range(max(h.tok_end, ev.tok - 2), ev.tok))


def _participle_of(doc: Doc, h, ev: Event) -> bool:
    """"تكثف القصف الجوي ... على الغوطة، موقعا أكثر من 400 قتيل", "الغارات ...، مخلفة خسائر
    بشرية": a participle of result opening the clause of the figure after a comma has the
    main clause's attack, named before it in the sentence, as its subject; so has "ما" with
    a verb of result ("...، ما أدى إلى مقتل")."""
    if ev.tok >= h.tok_start:
        return False
    parts, summary = doc.words("result_participle"), doc.words("result_summary")
    ties = lexicons(doc.lang).ties
    for t in range(max(ev.tok_end, h.tok_start - _RESULT_REACH), h.tok_start):
        if doc.gap(t).strip()[-1:] not in ("،", ",") or _breaks(doc, t + 1, h.tok_start):
            continue
        if doc.toks[t][2] in parts:
            return True
        # "شن التنظيم سلسلة هجمات على المدينة، ما تسبب بمقتل 265": "ما" and a verb of
        # result stand for the clause before, the attack it tells
        # (the attack told last before it: "اشتباكات ...، فيما ... انفجار عبوة ...، ما أدى إلى"
        # is the blast's toll, not the fight's)
        m = ties.match_at(doc.toks, t + 1) if doc.toks[t][2] in summary else None
        if m is not None and m[0] == "result" and not any(
                ev.tok < e.tok < t and not (e.role == "verb" and e.typed_by in ("default", "antecedent"))
                for e in doc.events_in(ev.sentence)):
            return True
    return False


def _another_day(doc: Doc, d: Draft, ev: Event) -> bool:
    """"قصفت الطائرات البلدة أمس ... وقتل ثلاثة آخرون الأسبوع الماضي": a count the figure's own
    sentence dates to days the attack told before was not on is of another event."""
    from rasd.extract.dating import claim_date, event_date  # dating reads attribution, which reads events
    own = claim_date(doc, doc.sents[d.sentence], doc.hit_pos(d.hits[0]), "incident", d=d)
    if own is None:
        return False
    told = event_date(doc, ev.root())
    return told is not None and (own.span.end < told.span.start or told.span.end < own.span.start)


def _dead_told_before(doc: Doc, d: Draft) -> Draft | None:
    """The draft of the sentence before, where this sentence opens on the dead it counted
    ("والقتلى هم ...", "ومن بين القتلى ...": a definite noun of the dead, after "among" or
    not) and names no attack of its own."""
    if d.sentence == 0 or doc.events_in(d.sentence - 1) == []:
        return None
    dead, among = doc.words("dead_told_before"), doc.words("among_dead")
    joined = doc.words("conj_clitic")
    t = doc.tok_index(doc.sents[d.sentence].start)
    for k in range(t, min(t + 3, len(doc.toks))):
        w = doc.toks[k][2]
        w = w[1:] if w[:1] in joined and w[1:] in dead | among else w
        if w in dead:
            break
        if w not in among:
            return None
    else:
        return None
    return next((x for x in reversed(doc.drafts) if x.sentence == d.sentence - 1), None)


def _count_told_before(doc: Doc, d: Draft) -> Draft | None:
    """"يدفع ثمنا غاليا لمقتل 32 شخصا" after "الهجوم ... الذي أدى إلى سقوط 32 قتيلا": a
    sentence naming no attack that gives again a count told earlier in the article (the same
    number of the same fate) speaks of the dead already counted, in the attack they fell in."""
    h = next((x for x in d.hits if not x.subcount), d.hits[0])
    f = h.figure
    if f.low is None or f.low < _RESTATED_MIN or f.qualifier in VAGUE:
        return None
    for x in doc.drafts:
        if x.sentence >= d.sentence:
            break
        if doc.events_in(x.sentence) and any(
                y.figure.kind == f.kind and y.figure.low == f.low and y.figure.high == f.high for y in x.hits):
            # only an attack of a known kind: one naming none tells less than the lead
            att = attach(doc, x, "incident")
            return x if att.event is not None and att.typed and att.event.type != "other" else None
    return None


def _kinds_listed(doc: Doc, ev: Event, events: list[Event]) -> set[str]:
    """The kinds of attack named in the list of attacks joined by "and" that ``ev`` is in
    ("اشتباكات عنيفة وغارات جوية وعمليات قصف واسعة")."""
    joined = doc.words("conj_clitic")
    i = events.index(ev)
    lo = hi = i
    def linked(a: Event, b: Event) -> bool:  # b is joined to a: right after it, or after "و" and a word
        gap = b.tok - a.tok_end
        return 0 <= gap <= _LIST_GAP and not _breaks(doc, a.tok_end, b.tok) \
            and (gap == 0 or doc.toks[b.tok][2][:1] in joined)
    while lo > 0 and linked(events[lo - 1], events[lo]):
        lo -= 1
    while hi + 1 < len(events) and linked(events[hi], events[hi + 1]):
        hi += 1
    return {e.type for e in events[lo:hi + 1] if e.type != "other"}


def sentence_event(doc: Doc, si: int, h) -> Event | None:
    """The attack of its own sentence a figure reports, if the sentence names any."""
    in_sent = doc.events_in(si)
    if in_sent and adjunct_at(doc, h) is not None:
        # (past the sub-counts told right after it: "مقتل 20 مدنيا، بينهم 16 طفلا، في غارة")
        f1 = h.tok_end
        for x in doc.hits_in(si):
            if x.subcount and f1 <= x.tok_start <= f1 + _JOINED_GAP:
                f1 = x.tok_end
        in_sent = _adjunct_events(doc, h, in_sent, f1)
    if not in_sent:
        return None
    own = _nearest_event(doc, h, in_sent)
    if own.tok < h.tok_end or not _tied(doc, h, own):
        # "ما أدى إلى مقتل 53 شخصا وإصابة 235 آخرين": a count joined by "و" to the one just
        # before it, with no attack of its own tied after it, is of that count's attack
        prev = joined_count_before(doc, si, h)
        if prev is not None:
            return sentence_event(doc, si, prev)
    return own.root()


def joined_count_before(doc: Doc, si: int, h):
    """The count right before ``h`` in its sentence that ``h`` is joined to by "و" ("مقتل 30
    شخصا وإصابة 100", "53 قتيلا و235 جريحا"), if any."""
    joined = doc.words("conj_clitic")
    w = doc.toks[h.tok_start][2]
    # ("أوقع أكثر من 53 قتيلا، بالإضافة إلى مئات الجرحى": "besides" joins the next count too)
    besides = figure_lexicons(doc.lang).besides
    added = any((m := besides.match_at(doc.toks, t)) is not None and t + m[1] == h.tok_start
                for t in range(max(0, h.tok_start - 3), h.tok_start))
    if not added and w[:1] not in joined and not (h.tok_start > 0 and doc.toks[h.tok_start - 1][2] in doc.words("conj")):
        return None
    prev = None
    for x in doc.hits_in(si):
        if x.tok_end > h.tok_start:
            break
        if not x.subcount:
            prev = x
    if prev is None or h.tok_start - prev.tok_end > _JOINED_GAP \
            or _breaks(doc, prev.tok_end, h.tok_start, _PHRASE_STOP):
        return None
    # "و13 في درعا وعشرة في حلب": counts told place by place are shares, not one attack's
    a, b = doc.toks[prev.tok_start][0], doc.toks[h.tok_start][0]
    if any(a <= p.start < b for p in doc.places) \
            or any(doc.toks[t][2] in doc.words("in_place") for t in range(prev.tok_end, h.tok_start)):
        return None
    return prev


def adjunct_at(doc: Doc, h) -> int | None:
    """Where an adjunct of time or motive opens that holds the figure: a verbal noun of death
    governing the count ("مقتل جندي", "لمقتل خمسة") right after a word that puts that death
    before the main clause's event or makes it the event's motive ("ردا على", "بعد", "إثر",
    "انتقاما لـ", "على خلفية"), or a count joined to such a one by "و" ("بعد مقتل 30 وإصابة
    100"). The dead fell in an event of their own."""
    # asked of one figure by several stages (events, attribution, frame): read once
    seen = doc.scratch.setdefault("adjunct_at", {})
    key = (h.tok_start, h.tok_end)
    if key not in seen:
        seen[key] = _adjunct_at(doc, h)
    return seen[key]


def _adjunct_at(doc: Doc, h) -> int | None:
    t = _own_adjunct(doc, h)
    if t is not None or h.tok_start <= 0:
        return t
    w = doc.toks[h.tok_start - 1][2] if doc.toks[h.tok_start][2][:1] not in doc.words("conj_clitic") \
        else doc.toks[h.tok_start][2]
    if w[:1] not in doc.words("conj_clitic") and w not in doc.words("conj"):
        return None
    si = doc.sentence_of(doc.hit_pos(h))
    prev = [x for x in doc.hits_in(si) if x.tok_end <= h.tok_start and not x.subcount]
    if not prev or h.tok_start - prev[-1].tok_end > _JOINED_GAP \
            or _breaks(doc, prev[-1].tok_end, h.tok_start, _PHRASE_STOP):
        return None
    return _own_adjunct(doc, prev[-1])


def _own_adjunct(doc: Doc, h) -> int | None:
    prior = lexicons(doc.lang).prior
    if prior is None or h.tok_start <= 0:
        return None
    deaths, clitics = doc.words("prior_death"), doc.words("proclitic")
    # the noun right before the figure ("مقتل جندي") or its first word ("مقتل 12", "the deaths
    # of three"); the word opening the adjunct ends right before it, or before the figure's
    # determiner ("after the killing of four")
    for k in range(h.tok_start - 1, min(h.qty_tok, h.tok_start + _DEATH_IN_FIGURE) + 1):
        if k <= 0:
            continue
        w = doc.toks[k][2]
        if w not in deaths and not (w[:1] in clitics and w[1:] in deaths):
            continue
        end = min(k, h.tok_start)
        for t in range(max(0, end - _PRIOR_WORDS), end):
            m = prior.match_at(doc.toks, t)
            if m is not None and m[0] == "prior" and t + m[1] == end and not _breaks(doc, t, k):
                return t
        return None
    return _prior_clause(doc, h, prior)


def _prior_clause(doc: Doc, h, prior) -> int | None:
    """Where the subject stands before its verb (``subject_before_verb``): a whole clause
    opened by a word of ``prior`` whose active verb of killing governs the figure ("... after
    suspected militants killed a captured pilot"): that death is another event, told before the
    main clause's. Its subject runs from right after the word to the verb, with no break, count,
    attack, or relative/subordinate word between."""
    if doc.pack.setting("subject_before_verb", "0") != "1":
        return None
    cues = lexicons(doc.lang).cues
    # the verb opens the figure ("killed 31 people") or stands right before it ("killed a pilot")
    v = next((t for t in (h.tok_start, h.tok_start - 1) if 0 < t < h.qty_tok
              and (m := cues.match_at(doc.toks, t)) is not None and m[0] == "kills"
              and (t == h.tok_start or t + m[1] == h.tok_start)), None)
    if v is None:
        return None
    stop = doc.words("subordinator") | doc.words("relative")
    si = doc.sentence_of(doc.hit_pos(h))
    for t in range(v - 1, max(0, v - _NAME_TOKENS - _PRIOR_WORDS) - 1, -1):
        if _breaks(doc, t, v):
            return None
        m = prior.match_at(doc.toks, t)
        if m is not None and m[0] == "prior" and t + m[1] < v:
            # an attack named as the subject ("after a bombing killed 120") is the figure's own
            # event, read as any subject of killing is
            if any(t < x.tok_start < h.tok_start for x in doc.hits_in(si)) \
                    or any(t < e.tok < v for e in doc.events_in(si)):
                return None
            return t
        if doc.toks[t][2] in stop:
            return None  # "after", "following" are subordinators too: asked first
    return None


def _adjunct_events(doc: Doc, h, events: list[Event], f1: int | None = None) -> list[Event]:
    """The attacks an adjunct's death is told to have fallen in: named after the figure in its
    own phrase and tied to it ("مقتل جندي بإطلاق نار", "بعد مقتل ثلاثة، بينهم طفل، في هجوم",
    "على خلفية مقتل 32 ... جراء تفجير")."""
    f1 = h.tok_end if f1 is None else f1
    return [e for e in events if e.tok >= f1 and not _breaks(doc, f1, e.tok, _PHRASE_STOP)
            and (e.tok - f1 <= _TIE_GAP and _tie_after(doc, f1, e.tok) or _caused_by(doc, h, e))]


def _last_event_before(doc: Doc, si: int, paragraph: int) -> Event | None:
    """The last attack told in the sentences of this paragraph before sentence ``si``."""
    k = si - 1
    while k >= 0 and doc.sents[k].paragraph == paragraph:
        here = doc.events_in(k)
        if here:
            return here[-1]
        k -= 1
    return None


def _nearest_event(doc: Doc, h, events: list[Event]) -> Event:
    """``_read_nearest_event``, remembered per article: attribution and the frame ask it of
    the same figure among the same attacks (the events are final by then)."""
    seen = doc.scratch.setdefault("nearest_event", {})
    key = (h.tok_start, h.tok_end, h.qty_tok, *map(id, events))
    got = seen.get(key)
    if got is None:
        got = seen[key] = _read_nearest_event(doc, h, events)
    return got


def _read_nearest_event(doc: Doc, h, events: list[Event]) -> Event:
    """The attack a figure reports among those of its sentence.

    - "قتلوا في غارة", "جراء القصف": an attack right after the figure, tied to it by a
      preposition, is its cause;
    - "غارة ... أسفرت عن مقتل", "قصف ... ما أدى إلى": a figure told as a result reports the
      first attack of the sentence before it (the main one, not one in a relative clause:
      "استهدفت قوات كانت في حالة اشتباك مع ... ما تسبب بـ");
    - otherwise the nearest, dearer across clauses; an attack told after the figure with
      nothing tying them is another clause's.
    """
    f0, f1 = h.tok_start, h.tok_end
    # "air strikes kill 7 Nusra gunmen": fighters named as the counted people ("gunmen",
    # "snipers") say who died, not what killed them, unless the sentence names no other attack
    # ("18 suffocation cases" does say what killed them, and dead suicide bombers blew up)
    people = figure_lexicons(doc.lang).people
    events = [e for e in events if not (h.qty_tok < e.tok < f1 and e.type == "clashes"
                                        and people.match_at(doc.toks, e.tok))] or events
    before = [e for e in events if e.tok < f0]
    if before and doc.pack.setting("subject_before_verb", "0") == "1":
        own = _subject_of_verb(doc, h, before)
        if own is not None:
            return own
    # "وتسببت المعارك بمقتل", "أسفرت غارات الطائرات، ...، عن مقتل": an attack named right after
    # a verb of result is its subject, whose object is the figure
    subject = [e for e in before if _result_subject(doc, h, e)]
    if subject:
        return subject[-1]
    tie = _result_before(doc, f0)
    if before and tie == "result":
        # "شنت الطائرات غارات ردا على هجوم كيماوي أسفر عن مقتل 40", "بعد ساعات من انفجار عبوة في
        # منطقة ... أدى إلى جرح شخص": a result told in the adjunct's clause, with no comma
        # between, is of the attack answered or followed, not of the main clause's
        # (not a noun of aiming, whose next noun may be its agent or what it hit: "من مهاجمة
        # مقاتلي المعارضة وحدة صواريخ")
        adj = next((e for e in reversed(before) if e is not before[0] and e.role != "aim"
                    and _adjunct_opener(doc, e, before) is not None), None)
        if adj is not None and (not _breaks(doc, adj.tok_end, f0) or _agrees_with(doc, f0, adj, before[0])):
            return adj
        # "الهجوم الانتحاري ... الذي أدى إلى سقوط 32 قتيلا": a result told in a relative clause
        # is of the noun it follows, the nearest attack, not of the sentence's main one
        rel = _relative_result(doc, f0)
        if rel is not None:
            rel = _first_relative(doc, rel)
        elif (noun := _joined_to_relative(doc, f0, before)) is not None:
            return noun
        elif not before[-1].definite and before[-1].typed_by != "default":
            # "هجوم كيماوي مفترض أسفر عن", "قصفا استهدف حي المرجة أسفر عن": a verb right after
            # an indefinite noun (its words between) opens a relative clause on it with no
            # pronoun. (An open word that says no kind, "في هجوم أسفر عن", keeps to the
            # sentence's main attack, as often the chemical attack named before it.)
            rel = _result_verb_at(doc, f0)
        # a verb naming no kind ("استهدف حي المرجة") is the relative clause's own, not its noun
        last = next((e for e in reversed(before)
                     if not (e.role == "verb" and e.typed_by in ("default", "antecedent"))), before[-1])
        # (not across what someone is said to say: "في هجوم ... مضيفة أنه أسفر عن")
        said = doc.words("that") | doc.words("saying_adverb")
        near = rel is not None and rel - last.tok_end <= _RELATIVE_GAP \
            and not any(doc.toks[t][2] in said for t in range(last.tok_end, rel))
        return last if near else _reported_main(doc, f0, before) or before[0]
    if before and tie == "resumes":
        return before[-1]
    return min(events, key=lambda e: _distance(doc, f0, f1, e))


def _subject_of_verb(doc: Doc, h, before: list[Event]) -> Event | None:
    """"Air strikes on the town killed 12 people during an offensive by government forces",
    "Rebel shelling of western Aleppo has killed dozens as insurgents staged a counter-attack":
    where the subject stands before its verb (English), an attack word that says its kind,
    the last attack before an active verb of casualty opening the figure, in the verb's clause
    (no stop, no other count between), is what killed them, whatever attack is told after the
    count (the nearest otherwise)."""
    f0 = h.tok_start
    if figure_lexicons(doc.lang).verbs.match_at(doc.toks, f0) is None \
            or (f0 > 0 and doc.toks[f0 - 1][2] in doc.words("passive_aux")):
        return None
    ev = before[-1]
    if ev.typed_by not in ("word", "modifier") or ev.type == "other" or ev.role == "verb" \
            or _breaks(doc, ev.tok_end, f0, _PHRASE_STOP) \
            or any(ev.tok_end <= x.tok_start < f0 for x in doc.hits_in(ev.sentence)):
        return None
    if any(e.typed_by in ("word", "modifier") and e.type not in ("other", ev.type)
           and not _breaks(doc, e.tok_end, ev.tok, _PHRASE_STOP) for e in before[:-1]):
        return None  # "gassing hundreds by firing rockets that released fumes, killing": one attack told by another's means
    return ev


def _reported_main(doc: Doc, f0: int, before: list[Event]) -> Event | None:
    """"أفادت مصادر بأن حصيلة المواجهات ... بلغت 210، وقالت إن تفجيرا استهدف الجسر، أوقع أكثر
    من 53": a verb of saying and its "that", past the sentence's first attack, open another
    statement; the figure a verb of result governs in it is of that statement's first attack
    (not a verb naming no kind), not the sentence's."""
    that = doc.words("that")
    start = None
    for c in doc.attrib.between(before[0].end, doc.toks[f0][0]):
        if c.value not in ("verb", "continue") or c.tok < before[0].tok_end:
            continue
        t = next((t for t in range(c.tok_end, min(c.tok_end + _SAID_REACH, f0)) if doc.toks[t][2] in that), None)
        if t is not None and not _breaks(doc, c.tok_end, t, _PHRASE_STOP):
            start = t + 1
    if start is None:
        return None
    return next((e for e in before if e.tok >= start
                 and not (e.role == "verb" and e.typed_by in ("default", "antecedent"))), None)


def _agrees_with(doc: Doc, f0: int, ev: Event, main: Event) -> bool:
    """Across commas, in one sentence: the verb of result before the figure at ``f0`` is in
    the masculine (grammar ``result_masculine``: "أسفر", not "أسفرت" nor "ما أدى"), as the head
    of ``ev`` is ("هجوم"), and the main clause's attack is told by a noun that takes a feminine
    verb ("ضربات", "غارة"): the verb says it of ``ev``."""
    if _breaks(doc, ev.tok_end, f0, _PHRASE_STOP):
        return False
    ties = lexicons(doc.lang).ties
    fem = tuple(doc.words("feminine_ending"))
    masc, joined = doc.words("result_masculine"), doc.words("conj_clitic")
    for t in range(max(1, f0 - _RESULT_REACH), f0 + 1):
        m = ties.match_at(doc.toks, t)
        if m is None or m[0] != "result":
            continue
        w = doc.toks[t][2]
        w = w[1:] if w[:1] in joined and w[1:] in masc else w
        return w in masc and doc.toks[t - 1][2] not in doc.words("result_summary") \
            and not doc.toks[ev.tok][2].endswith(fem) and doc.toks[main.tok][2].endswith(fem)
    return False


def _joined_to_relative(doc: Doc, f0: int, before: list[Event]) -> Event | None:
    """"الهجوم الانتحاري الذي استهدف ناشطين ... وأسفر عن سقوط 32 قتيلا": a verb of result joined
    by "و" to the verb of a relative clause on an attack noun (``_relative_verbs``) goes on in
    that clause, so the figures it governs ("وخلف مقتل عشرات وجرح مئات") are of the noun's
    attack, however long the clause."""
    verb = before[-1]
    if verb.role != "verb":
        return None
    relative = doc.words("relative")
    noun = verb.antecedent
    if noun is None or not _relative_on(doc, noun, verb, relative):
        # the verb may have been taken to refer back to an earlier attack of the noun's kind
        # ("هجوم" told in the lead): the noun whose relative clause it opens is still its own
        noun = before[-2] if len(before) > 1 and before[-2].role != "verb" \
            and before[-2].sentence == verb.sentence else None
        if noun is None or not _relative_on(doc, noun, verb, relative):
            return None
    ties = lexicons(doc.lang).ties
    joined = doc.words("conj_clitic")
    for t in range(max(verb.tok_end, f0 - _RESULT_REACH), f0 + 1):
        m = ties.match_at(doc.toks, t)
        if m is not None and m[0] == "result":
            ok = doc.toks[t][2][:1] in joined and not _breaks(doc, verb.tok_end, t, _PHRASE_STOP) \
                and not any(verb.tok_end <= x.tok_start < t for x in doc.hits_in(verb.sentence))
            return noun if ok else None
    return None


def _result_before(doc: Doc, f0: int) -> str | None:
    """"result" or "resumes" when such a word ties the figure at ``f0`` to what came before."""
    cues = lexicons(doc.lang).ties
    quiet, words = cues.quiet, doc.tok_words
    # (past the last token no phrase starts; a word known to start none is passed over)
    for t in range(max(0, f0 - _RESULT_REACH), min(f0 + 1, len(words))):
        m = cues.match_at(doc.toks, t) if words[t] not in quiet else None
        if m is not None and m[0] in ("result", "resumes") and not _breaks(doc, t + m[1], _quoted_from(doc, f0)):
            return m[0]
    return None


def _quoted_from(doc: Doc, f0: int) -> int:
    """'معارك أوقعت حتى الآن "25 قتيلا"': a quotation opening on the figure at ``f0`` quotes
    the object of the verb before it, in its clause: the last gap to check for a clause
    boundary is the one before it."""
    return f0 - 1 if doc.gap(f0).strip() == '"' else f0


def _result_verb_at(doc: Doc, f0: int) -> int | None:
    """The verb of result before the figure at ``f0`` where it opens its clause itself ("أوقع"),
    not after a word standing for the clause before ("ما أدى", "مما أسفر")."""
    ties = lexicons(doc.lang).ties
    summary = doc.words("result_summary")
    quiet, words = ties.quiet, doc.tok_words
    for t in range(max(1, f0 - _RESULT_REACH), min(f0 + 1, len(words))):
        m = ties.match_at(doc.toks, t) if words[t] not in quiet else None
        if m is not None and m[0] == "result" and not _breaks(doc, t + m[1], f0, _PHRASE_STOP):
            before = doc.toks[t - 1][2]
            if doc.toks[t][2] in summary or before in summary or before in doc.words("relative") \
                    or _breaks(doc, t, t):
                return None  # "ما أدى", "الأمر الذي أدى", "...، أسفرت": of the clause, not the noun
            return t
    return None


def _relative_result(doc: Doc, f0: int) -> int | None:
    """The relative pronoun opening the clause of the word of result before the figure at
    ``f0`` ("الذي أسفر"), if it is on a noun, not on the clause before ("الأمر الذي أدى")."""
    cues = lexicons(doc.lang).ties
    relative = doc.words("relative")
    quiet, words = cues.quiet, doc.tok_words
    for t in range(max(2, f0 - _RESULT_REACH), min(f0 + 1, len(words))):
        m = cues.match_at(doc.toks, t) if words[t] not in quiet else None
        if m is not None and m[0] == "result" and not _breaks(doc, t + m[1], f0):
            w = doc.toks[t - 1][2]
            w = w[1:] if w[:1] in "وف" and w[1:] in relative else w  # "والذي أدى"
            if w in relative and doc.toks[t - 2][2] not in doc.words("clause_summary"):
                return t - 1
            return None
    return None


def _relative_of(doc: Doc, h, ev: Event) -> bool:
    """"جراء القصف المكثف خلال الأيام الماضية، والذي أودى بحياة مئات المدنيين": the figure is
    the object of a verb of result in a relative clause on the attack's noun (its adjuncts of
    time or place between, across a comma), so it counts that attack's dead."""
    rel = _relative_result(doc, h.tok_start)
    if rel is None:
        return False
    rel = _first_relative(doc, rel)
    end = _phrase_end(ev)
    return ev.role != "verb" and 0 <= rel - end <= _RELATIVE_GAP \
        and not _breaks(doc, end, rel, _PHRASE_STOP) \
        and not any(end <= e.tok < rel for e in doc.events_in(ev.sentence)) \
        and not any(end <= x.tok_start < rel for x in doc.hits_in(ev.sentence))


def _subject_head(doc: Doc, h, ev: Event) -> bool:
    """"إن الضربات الجوية المستمرة منذ أيام على مناطق المعارضة، أوقعت 93 قتيلا": an attack
    word that names its kind and opens its clause (the sentence, or what is said after "أن") is
    the head of the subject of the verb of result whose object is the figure, across its
    adjuncts and a comma, with no other attack or count between. (Not an attack inside the
    subject, "حملة ... قصف جوي وبري، أسفرت عن": a campaign's whole toll.)"""
    if ev.typed_by not in ("word", "modifier") or ev.type == "other" or ev.tok >= h.tok_start:
        return False
    sent = doc.sents[ev.sentence]
    first, opener = doc.tok_index(sent.start), ev.tok
    if opener > first and doc.toks[opener - 1][2] in doc.words("kana"):
        # "وكانت الاشتباكات التي اندلعت ...، أدت إلى مقتل": كان opening the clause puts
        # its subject, the attack, before the verb of result
        opener -= 1
    if opener > first and doc.toks[opener - 1][2] not in doc.words("that"):
        return False
    end = _phrase_end(ev)
    if _breaks(doc, end, h.tok_start, _PHRASE_STOP) \
            or any(end <= e.tok < h.tok_start for e in doc.events_in(ev.sentence)) \
            or any(end <= x.tok_start < h.tok_start for x in doc.hits_in(ev.sentence)):
        return False
    ties = lexicons(doc.lang).ties
    summary, relative = doc.words("result_summary"), doc.words("relative")
    for t in range(max(end, h.tok_start - _RESULT_REACH), h.tok_start + 1):
        m = ties.match_at(doc.toks, t)
        if m is not None and m[0] == "result":
            before = doc.toks[t - 1][2]
            return doc.toks[t][2] not in summary and before not in summary and before not in relative \
                and not _breaks(doc, t + m[1], h.tok_start)
    return False


def _first_relative(doc: Doc, rel: int) -> int:
    """"الهجوم ... الذي نسبته السلطات إلى التنظيم والذي أدى إلى": a relative clause joined by
    "and" to one before it is on the same noun, so the noun is the one before the first."""
    relative = doc.words("relative")
    joined = doc.words("conj_clitic")
    while True:
        w = doc.toks[rel][2]
        if not (w[:1] in joined and w[1:] in relative):
            return rel
        prior = next((t for t in range(rel - 1, max(-1, rel - _RELATIVE_CLAUSE), -1)
                      if doc.toks[t][2] in relative
                      or doc.toks[t][2][:1] in joined and doc.toks[t][2][1:] in relative), None)
        if prior is None or _breaks(doc, prior, rel, _PHRASE_STOP):
            return rel
        rel = prior


def tied_event(doc: Doc, d: Draft) -> Event | None:
    """The one attack a draft's figures are tied to in their own clause ("قتلوا في المعركة
    التي", "الانفجار أسفر عن مقتل"), if any; a word naming no kind of attack ("أعمال عنف")
    ties nothing."""
    h = next((x for x in d.hits if not x.subcount), d.hits[0])
    in_sent = [e for e in doc.events_in(d.sentence) if e.type != "other"]
    if not in_sent:
        return None
    best = _nearest_event(doc, h, in_sent)
    if _breaks(doc, min(best.tok_end, h.tok_end), max(best.tok, h.tok_start)):
        aside = _past_aside(doc, d, best)
        return best if aside is not None and _tied(doc, aside, best) else None
    return best if _tied(doc, h, best) else None


def _past_aside(doc: Doc, d: Draft, ev: Event):
    """Where the language sets a sub-count off by commas between a count and its verb ("150
    people, including 30 children, were killed in an air strike"; grammar setting
    ``aside_before_verb``), the count read as if it ended after the aside, when the attack
    follows it in one clause; else None."""
    if doc.pack.setting("aside_before_verb", "0") != "1" or not any(x.subcount for x in d.hits):
        return None
    h = next((x for x in d.hits if not x.subcount), d.hits[0])
    last = max(x.tok_end for x in d.hits)
    if ev.tok < last or not any(x.subcount and x.tok_start >= h.tok_end for x in d.hits) \
            or _breaks(doc, last + 1, ev.tok):
        return None
    return replace(h, tok_end=last)


def tied_as_subject(doc: Doc, d: Draft, ev: Event) -> bool:
    """The attack ``tied_event`` found is its figure's subject ("a car bomb killed 200")."""
    return _subject_of_killing(doc, next((x for x in d.hits if not x.subcount), d.hits[0]), ev)


def _tied(doc: Doc, h, ev: Event) -> bool:
    """A word ties the figure to the attack: "قتلوا في الغارة", "قتلوا، ... جراء الغارات",
    "الغارات أسفرت عن مقتل", "أسفرت غارات الطائرات ... عن مقتل"; or the figure's own verb
    names how they were killed ("ISIS executed 300 people", "gassed hundreds")."""
    if ev.role == "event" and h.tok_start <= ev.tok and ev.tok_end <= h.qty_tok:
        return True
    if ev.tok >= h.tok_end:
        if ev.tok - h.tok_end <= _TIE_GAP and _tie_after(doc, h.tok_end, ev.tok):
            return True
        cues = lexicons(doc.lang).ties
        return any((m := cues.match_at(doc.toks, t)) is not None and m[0] == "cause" and t + m[1] >= ev.tok - 2
                   for t in range(h.tok_end, ev.tok)) or _span_of(doc, h.tok_end, ev)
    if _result_before(doc, h.tok_start) is not None:
        return True
    if _toll_of(doc, h, ev):
        return True
    if _subject_of_killing(doc, h, ev):
        return True
    cues = lexicons(doc.lang).ties
    return any((m := cues.match_at(doc.toks, t)) is not None and m[0] == "result" and t + m[1] == ev.tok
               for t in range(max(0, ev.tok - 3), ev.tok))


def _subject_of_killing(doc: Doc, h, ev: Event) -> bool:
    """Where the subject stands before its verb (grammar setting ``subject_before_verb``), the
    attack is the subject of the figure's own verb of killing ("a car bomb killed 200 people",
    "the chemical attack near the capital on Monday has killed 1,400"): its phrase and what
    places or dates it run on to the verb in one clause, with no other attack, count, relative
    or subordinate clause between. An open word names no kind of attack ("the offensive"),
    unless it refers back to one ("... a chemical attack on Ghouta. The attack killed 1,400")."""
    if ev.role not in ("event", "open") or ev.typed_by == "default" \
            or ev.typed_by == "antecedent" and not ev.definite or ev.tok_end > h.tok_start \
            or h.tok_start >= h.qty_tok or h.tok_start - ev.tok_end > _TIE_GAP \
            or doc.pack.setting("subject_before_verb", "0") != "1":
        return False
    m = lexicons(doc.lang).cues.match_at(doc.toks, h.tok_start)
    if m is None or m[0] != "kills" or _breaks(doc, ev.tok_end, h.tok_start):
        return False
    stop = doc.words("subordinator") | doc.words("relative")
    if any(doc.toks[t][2] in stop for t in range(ev.tok_end, h.tok_start)):
        return False
    return not any(ev.tok_end <= e.tok < h.tok_start for e in doc.events_in(ev.sentence)) \
        and not any(ev.tok_end <= x.tok_start < h.tok_start for x in doc.hits_in(ev.sentence))


def _toll_of(doc: Doc, h, ev: Event) -> bool:
    """"حصيلة قتلى اشتباكات أمس بين الجيش و"الحر" ارتفعت إلى 144": an attack named after a noun
    of the dead, before the figure in its sentence with no other count between, is whose dead
    the figure counts (across quotes and commas)."""
    words = lexicons(doc.lang).marks
    if words is None or ev.tok >= h.tok_start or _breaks(doc, ev.tok_end, h.tok_start, _PHRASE_STOP):
        return False
    if ev.typed_by == "default":
        return False  # "عدد قتلى الهجوم الذي تشنه القوات": an offensive names no kind of attack
    if ev.role == "agentive":
        return False  # "حصيلة القتلى على يد قوات النظام": who killed them, not in what
    if any(ev.tok < x.tok_start < h.tok_start for x in doc.hits_in(ev.sentence)):
        return False
    cues = lexicons(doc.lang).ties
    for t in range(max(0, ev.tok - 4), ev.tok):
        m = words.match_at(doc.toks, t)
        if m is None or m[0] != "toll":
            continue
        end = t + m[1]
        if end == ev.tok:
            return True
        # "حصيلة القتلى جراء الغارات": a word of cause between the dead and their attack
        c = cues.match_at(doc.toks, end) if end < ev.tok else None
        if c is not None and c[0] == "cause" and end + c[1] == ev.tok \
                and doc.toks[end][2] not in doc.words("cause_time"):
            return True
    return False


def _caused_by(doc: Doc, h, ev: Event) -> bool:
    """A word of cause right before an attack told after the figure, in its sentence ("...،
    جراء الغارات"): the attack is what the figure counts the dead of, across commas."""
    if ev.tok < h.tok_end or _breaks(doc, h.tok_end, ev.tok, _PHRASE_STOP):
        return False
    cues = lexicons(doc.lang).ties
    return any((m := cues.match_at(doc.toks, t)) is not None and m[0] == "cause" and t + m[1] == ev.tok
               and doc.toks[t][2] not in doc.words("cause_time")
               for t in range(max(h.tok_end, ev.tok - 2), ev.tok)) or _span_of(doc, h.tok_end, ev)


def _span_of(doc: Doc, f1: int, ev: Event) -> bool:
    """"قتلوا، بعد ساعات طويلة من الاشتباكات", "خلال ثلاثة أيام من القصف": the attack told as
    the stretch of time the dead fell in (a word of time, a length of it, "من") is what killed
    them, across commas."""
    if ev.tok - 2 < f1 or doc.toks[ev.tok - 1][2] not in doc.words("span_of"):
        return False
    during = doc.words("span_during")
    return any(doc.toks[t][2] in during and not _breaks(doc, t + 1, ev.tok)
               for t in range(max(f1, ev.tok - 2 - _SPAN_LENGTH), ev.tok - 2))


def _result_subject(doc: Doc, h, ev: Event) -> bool:
    """The attack is the subject of a verb of result whose object is the figure, in one
    sentence with no other count between ("أسفرت غارات الطائرات، والبراميل ...، عن مقتل 2076",
    "تسببت المعارك المتواصلة بمقتل سبعين"), across commas. (Not a subject before its verb:
    "حملة ... قصف جوي وبري، أسفرت عن مقتل" is as often a campaign's whole toll.)"""
    if ev.tok >= h.tok_start or _breaks(doc, ev.tok_end, h.tok_start, _PHRASE_STOP):
        return False
    if ev.typed_by == "antecedent":
        return False  # "عمليات عسكرية وأعمال عنف ... مما أسفر عن": no kind of attack of its own
    # the verb's objects may be several counts ("عن مقتل 28، وجرح 100"), but not one told with an
    # attack of its own, named after a count before it or tied to it after ("وقتل 3 في قصف")
    between = [x.tok_end for x in doc.hits_in(ev.sentence) if ev.tok < x.tok_start < h.tok_start]
    events = doc.events_in(ev.sentence)
    if between and any(max(between) <= e.tok < h.tok_start for e in events):
        return False
    if any(e.tok >= h.tok_end and _tie_after(doc, h.tok_end, e.tok) and not _breaks(doc, h.tok_end, e.tok)
           for e in events):
        return False
    return _result_verb_before(doc, ev)


def _result_verb_before(doc: Doc, ev: Event) -> bool:
    """A verb of result right before the attack, which is its subject ("أسفرت الغارات")."""
    cues = lexicons(doc.lang).ties
    return any((m := cues.match_at(doc.toks, t)) is not None and m[0] == "result" and t + m[1] == ev.tok
               for t in range(max(0, ev.tok - 3), ev.tok))


def _tie_after(doc: Doc, f1: int, at: int) -> bool:
    return any(doc.toks[t][2] in doc.words("cause_before_event") or doc.toks[t][2][:1] in "بف"
               for t in range(f1, min(at + 1, f1 + 3)))


def _distance(doc: Doc, f0: int, f1: int, ev: Event) -> float:
    """Tokens between a figure and an event, dearer across clauses and for an event told
    after the figure without a word tying them ("قتلوا في غارة" ties them)."""
    if ev.tok >= f1:
        gap = ev.tok - f1
        cost = gap + (0 if _tie_after(doc, f1, ev.tok) else _UNTIED_AFTER)
    else:
        cost = f0 - ev.tok_end
    if _breaks(doc, min(f1, ev.tok_end), max(f0, ev.tok)):
        cost += 8
    return cost


# -- the frame a claim takes from its event ------------------------------------------------------
def frame(doc: Doc, d: Draft, att: Attachment, victims: str) -> tuple[str, str, dict[str, Provenance]]:
    """(event_type, perpetrator, provenance) of a claim attached to ``att``."""
    prov: dict[str, Provenance] = {}
    ev = att.event
    if ev is None:
        killer = _killer(doc, d, victims)
        if killer is None:
            # (people lost, "فقدان أثر ثلاثة صحافيين", were not hit by the story's attacks: below)
            lost = all(h.figure.kind == "missing" for h in d.hits)
            nxt = doc.scratch.get("agent_next", {}).get(d.sentence)
            if nxt is not None and nxt[0] != victims and not lost:
                # "Seven people were killed. The raids were carried out by Russian jets": the side
                # the attack told next names (English: ``_agents_told_after``)
                prov["perpetrator"] = Provenance("event", doc.span(*nxt[1]))
                return "other", nxt[0], prov
            story = story_agent(doc, None, victims, d.sentence) if not lost else None
            if story is not None:
                prov["perpetrator"] = Provenance("lead", doc.span(*story.agent_span))
                return "other", story.agent, prov
            return "other", "unknown", prov
        span = doc.span(killer.start, killer.end)
        prov["perpetrator"] = Provenance("clause", span)
        # "طائرات التحالف قتلت 3042": who killed says how
        means = _means_of(doc, killer.value, (killer.start, killer.end))
        if means is not None:
            prov["event_type"] = Provenance("clause", span)
        return means or "other", killer.value, prov
    source = att.source
    typed = ev if ev.typed_by != "antecedent" else ev.root()
    event_type = ev.type if att.typed else "other"
    if att.typed:
        prov["event_type"] = Provenance(source if typed is ev else "event",
                                        doc.span(typed.start, max(typed.end, typed.type_end)))
    if event_type == "clashes" and typed.typed_by == "default" and victims in NON_ACTORS \
            and doc.toks[typed.tok][2] in doc.words("gunfire"):
        # "قتل الشيخ بإطلاق النار عليه": gunfire is a fight only where it hits an armed side
        event_type = "other"
        prov.pop("event_type", None)
    perpetrator, span, psource = "unknown", None, source
    root = ev.root()
    own = ev.agent is not None and ev.agent != victims
    # who killed, told with the figures ("ISIS kills 50"), says more than an agent the attack
    # was given sentences away
    killer = None if own else _killer(doc, d, victims)
    if killer is not None and killer.tok < ev.tok and _answered_by(doc, ev, killer.tok):
        # "نفذ الجيش عملية ... ردا على اعتداءاتهم بالقذائف ... وتسببت بمقتل": who answers an
        # attack did not do it; the main clause's subject is not the answered deed's agent
        killer = None
    if killer is not None:
        perpetrator, span, psource = killer.value, (killer.start, killer.end), "clause"
    opponent = _opponent_of_the_dead(doc, ev, victims, source) if killer is None else None
    if opponent is not None:
        # "21 rebels were killed in clashes with IS ..., where Turkish-backed groups launched an
        # operation": the one side the fight names after "with" is whom the dead fought, whatever
        # agent the fight was given from another clause
        perpetrator, span, psource = opponent[0], (opponent[1], opponent[2]), source
    agent_of = None  # the attack the agent was read from
    for e in (ev, root, root.donor) if killer is None and opponent is None else ():
        if e is not None and e.agent is not None and e.agent != victims and not _one_of_two(doc, e, victims):
            perpetrator, span = e.agent, e.agent_span
            psource = source if e is ev else "event"
            agent_of = e
            break
    claimed = None
    if perpetrator == "unknown" and killer is None and opponent is None and doc.told_next_agent:
        # "... في هجوم على حاجز. وتبنى تنظيم داعش الهجوم": who did it, told next
        claimed = agent_told_next(doc, d, ev, victims)
        if claimed is not None:
            perpetrator, span, psource = claimed[0], claimed[1], "event"
    if perpetrator == "unknown":
        story = story_agent(doc, ev, victims)
        if story is not None:
            perpetrator, span, psource = story.agent, story.agent_span, "lead"
            agent_of = story
    if perpetrator == "unknown" and victims not in NON_ACTORS:
        # "اشتباكات بين الفصائل وقوات النظام" with regime victims: the factions did it
        other = _other_side(doc, d, ev, victims)
        if other is not None:
            sent = doc.sents[d.sentence]
            # a side of the fight told before, which "الاشتباكات" refers to, is the event's
            here = sent.start <= other[1] < sent.end
            perpetrator, span, psource = other[0], (other[1], other[2]), "sentence" if here else "event"
    elif perpetrator == "unknown" and ev.opponent and ev.type == "clashes" and source == "clause" \
            and len({x[0] for x in ev.sides}) == 1 and ev.sides[0][0] not in NON_ACTORS \
            and not (ev.agent not in (None, victims) and _one_of_two(doc, ev, victims)):
        # "قتل ستة مواطنين خلال اشتباكات مع القوات النظامية": the one side named is the other one,
        # when the fight is the figure's own clause's (not a later item's of a list: "في ريف
        # دمشق قتل 24، وفي دمشق قتل 15 ... خلال اشتباكات مع القوات النظامية")
        perpetrator, span, psource = ev.sides[0][0], (ev.sides[0][1], ev.sides[0][2]), source
    if perpetrator == "unknown" and ev.type == "clashes" and victims not in NON_ACTORS:
        # "اشتباكات بين قوات النظام والفصائل" leads the story; a fight told later with no
        # sides of its own is that fight, and its dead were killed by the other side
        other = _lead_fight_side(doc, ev, victims)
        if other is not None:
            perpetrator, span, psource = other[0], (other[1], other[2]), "lead"
    if perpetrator == "unknown" and ev.type == "clashes" and victims not in NON_ACTORS:
        # "قتل 100 جندي في مواجهات مع مسلحي النصرة ... كما قتل في هذه المواجهات 30 من النصرة"
        other = _counted_foe(doc, d, ev, victims)
        if other is not None:
            perpetrator, span, psource = other[0], (other[1], other[2]), "event"
    if perpetrator == "unknown" and ev.type == "clashes" and victims not in NON_ACTORS and not _both_sides(doc, d):
        # the same fight's dead of a rival side, counted in the sentence next to it
        other = _foe_counted_next_door(doc, d, ev, victims)
        if other is not None:
            perpetrator, span, psource = other[0], (other[1], other[2]), "event"
    if event_type == "clashes" and victims == UNKNOWN and psource not in ("clause", "sentence") and claimed is None:
        # "قال المرصد إن عدد قتلى الاشتباكات ارتفع إلى 100": a fight's dead counted by no side
        # are of either side; the side that opened it, told sentences away, did not kill them all
        # (one said to have done the attack, "وتبنى التنظيم الهجوم", did)
        perpetrator = "unknown"
    if psource not in ("clause", "sentence") and all(h.figure.kind == "missing" for h in d.hits) \
            and tied_event(doc, d) is None:
        # "أن ثلاثة صحافيين فقدوا في سوريا منذ عشرة أيام": people lost were not hit by an
        # attack told elsewhere; only one their clause ties them to says who
        perpetrator = "unknown"
    if psource in ("event", "lead") and agent_of is not None and agent_of.type in _FROM_AFAR \
            and _seized_only(d) and tied_event(doc, d) is None \
            and not any(a.value == perpetrator for a in doc.actors.between(
                doc.sents[max(0, d.sentence - 1)].start, doc.sents[d.sentence].end)):
        # "شنت طائرات إسرائيلية غارة ... بشرط اطلاق 160 الف معتقل": people held or taken were
        # not seized by the agent of a strike, a shelling or a bombing told sentences away (no
        # one is taken from the air), unless that side is named in their sentence or the one
        # before ("شنت السلطات التركية حملة دهم ... تم توقيف 251 شخصا")
        perpetrator = "unknown"
    if _both_sides(doc, d) and not _seized_only(d):
        # "مقتل سبعين مقاتلا من الطرفين": the dead of both sides were not killed by one of them
        perpetrator = "unknown"
    if perpetrator != "unknown" and psource != "clause" and victims not in NON_ACTORS \
            and perpetrator != victims and allied(perpetrator, victims) and not rivals(perpetrator, victims):
        # "مجزرتين نفذهما طيران النظام ... سجل مقتل 34 عنصرا من حزب الله": an attack told
        # outside the figure's clause by one side did not kill that side's allies (unless the
        # two are rivals too: Nusra's attacks on other factions)
        perpetrator = "unknown"
    if perpetrator != "unknown" and span is not None:
        prov["perpetrator"] = Provenance(psource, doc.span(*span))
        if event_type == "shelling" and lexicons(doc.lang).means.get(perpetrator) == "airstrike" \
                and not _ground_fire(doc, typed):
            # "القصف الصاروخي الإسرائيلي", "صواريخ" told after Israel's raids: rockets and
            # missiles of a force that fights from afar are its strikes, not shelling
            event_type = "airstrike"
    if event_type == "shelling" and perpetrator == "unknown" and att.typed:
        strike = _lead_strike(doc, typed, victims)
        if strike is not None:
            # the strike's kind, not its agent: the story may tell who denies it before who did it
            event_type = "airstrike"
            prov["event_type"] = Provenance("lead", doc.span(strike.start, max(strike.end, strike.type_end)))
    if _seized_only(d) and tied_event(doc, d) is None:
        # "اعتقلت القوات نحو أربعين شابا", "فقد ثلاثة صحافيين": a count of people seized or
        # missing reports the seizing or the disappearance, an event of no attack type, not
        # an attack told beside it, unless its clause ties it to one ("أسر ... خلال المعارك")
        event_type = "other"
        prov.pop("event_type", None)
        fig = d.hits[0].figure
        if fig.span is not None:
            prov["event_type"] = Provenance("figure", fig.span)
    return event_type or "other", perpetrator, prov


def _lead_strike(doc: Doc, typed: Event, victims: str) -> Event | None:
    """"ضربات جوية أمريكية على مواقع للنظام ... واستهدفت صواريخ مستودعات للجيش": missiles told
    with no one firing them, in a report led by the strikes of a force that fights only from
    afar (``actor_means.tsv``), are that strike's missiles, an airstrike (not rockets: a word of
    ground fire keeps them another side's shelling)."""
    lead = doc.lead.root() if doc.lead is not None else None
    if lead is None or lead.agent is None or lead is typed.root() or lead.type != "airstrike" \
            or typed.type != "shelling" or typed.agent is not None \
            or not (typed.role == "weapon" or typed.role == "open" and typed.typed_by == "default"):
        return None
    if lexicons(doc.lang).means.get(lead.agent) != "airstrike" or lead.agent == victims \
            or allied(lead.agent, victims) or _ground_fire(doc, typed):
        return None
    return lead


def _opponent_of_the_dead(doc: Doc, ev: Event, victims: str, source: str):
    """The one side a fight of the figure's own clause names after a word of opposing ("clashes
    with IS"), when the dead are of a named side and the fight, or the fight it refers back to,
    was given another agent (``opponent_agent_first`` setting)."""
    if doc.pack.setting("opponent_agent_first", "0") != "1" or ev.type != "clashes" or not ev.opponent \
            or source != "clause" or victims in NON_ACTORS or len({x[0] for x in ev.sides}) != 1:
        return None
    side = ev.sides[0]
    given = ev.agent if ev.agent is not None else ev.root().agent
    if side[0] in NON_ACTORS or side[0] == victims or given in (None, side[0]):
        return None
    return side


def _one_of_two(doc: Doc, e: Event, victims: str) -> bool:
    """"اشتبك الجيش الحر مع جيش النظام ... حيث سقط قتلى بينهم أطفال": the subject of a verb
    of fighting each other is one of two sides, not who killed people of neither side."""
    return victims in NON_ACTORS and doc.toks[e.tok][2] in doc.words("reciprocal")


def _both_sides(doc: Doc, d: Draft) -> bool:
    """Every count is said to be of both sides ("من الطرفين", "من الجانبين" ending its phrase or right after it)."""
    both = doc.words("both_sides")
    return bool(both) and all(any(doc.toks[t][2] in both for t in range(max(h.qty_tok, h.tok_end - 2), min(len(doc.toks), h.tok_end + 2)))
                              for h in d.hits if not h.subcount)


def _seized_only(d: Draft) -> bool:
    """Every figure counts people detained, abducted or missing, none killed or hurt."""
    return all(h.figure.kind in SEIZED_KINDS for h in d.hits)


def story_agent(doc: Doc, ev: Event | None, victims: str, sentence: int | None = None) -> Event | None:
    """The lead attack whose agent an attack told with no agent of its own takes: where every
    attack the article names an agent for is by the lead's agent or its allies, an airstrike,
    shelling or execution it tells later without naming anyone ("القصف الجوي والمدفعي على
    بلدة المرج" after "القصف الحكومي على الغوطة") is by that side (``story_agent_kinds.tsv``),
    unless the victims are that side's. With no attack (``ev`` None), a total told in
    ``sentence`` ("عدد القتلى في الغوطة خلال يومين بلغ 260") counts that side's dead there."""
    lead = doc.lead.root() if doc.lead is not None else None
    if lead is None or lead.agent is None:
        return None
    if ev is not None and (ev.root() is lead or ev.type not in story_kinds()):
        return None
    if ev is None and (lead.type not in story_kinds() or sentence is None or sentence <= lead.sentence):
        return None
    if lead.agent == victims or allied(lead.agent, victims):
        return None
    named = [e for e in doc.events if e.agent is not None]
    if any(e.agent != lead.agent and not allied(e.agent, lead.agent) for e in named):
        return None
    # a side named as attacker once may be a word in passing ("رفض زيارة واشنطن ... قصفها",
    # "خطة روسية"): the story's one attacker is named as such again
    if sum(e.agent == lead.agent for e in named) < 2:
        return None
    # the same campaign: the attack's sentence names a place in a governorate the lead's does
    if not _governorates(doc, {ev.sentence if ev is not None else sentence}) & _governorates(doc, {lead.sentence}):
        return None
    return lead


@lru_cache(maxsize=1)
def story_kinds() -> frozenset[str]:
    """The kinds of attack told as the article's one attacker's (``story_agent_kinds.tsv``)."""
    return frozenset(row[0] for row in read_tsv("story_agent_kinds.tsv") if row)


def _lead_fight_side(doc: Doc, ev: Event, victims: str) -> tuple[str, int, int] | None:
    """The side of the article's lead fight that is not the victims', for a fight that names
    no other side of its own (none, or only the victims': "اشتباكات مع مقاتلين معارضين" where
    they died): the lead is a fight between two sides and the victims are one of them."""
    lead = doc.lead.root() if doc.lead is not None else None
    if lead is None or lead.type != "clashes" or ev.root() is lead:
        return None
    if any(s[0] != victims and not allied(s[0], victims) for s in ev.sides or ev.root().sides):
        return None
    sides = {s[0] for s in lead.sides}
    if len(sides) != 2 or not any(s == victims or allied(s, victims) for s in sides):
        return None
    others = [s for s in lead.sides if s[0] != victims and not allied(s[0], victims)]
    return others[0] if len({s[0] for s in others}) == 1 else None


def _counted_foe(doc: Doc, d: Draft, ev: Event, victims: str) -> tuple[str, int, int] | None:
    """A fight told before whose one named side, after "with" ("في مواجهات مع مسلحي النصرة"),
    is the victims' own: its other side is the one whose dead its own sentence counted there
    ("100 من جنود الجيش قتلوا في مواجهات مع ..."), when a later claim refers back to it ("كما
    قتل في هذه المواجهات 30 من عناصر النصرة")."""
    root = ev.root()
    if root is ev or root.sentence == d.sentence or not root.opponent or root.type != "clashes" \
            or len({s[0] for s in root.sides}) != 1:
        return None
    side = root.sides[0][0]
    if side != victims and not allied(side, victims):
        return None
    counted = {(x.victim, x.victim_tok) for x in doc.drafts
               if x.sentence == root.sentence and x.victim not in (None, *NON_ACTORS) and x.victim_tok is not None
               and x.victim != victims and not allied(x.victim, victims)}
    if len({v for v, _ in counted}) != 1:
        return None
    value, tok = next(iter(counted))
    return value, doc.toks[tok][0], doc.toks[tok][1]


def _foe_counted_next_door(doc: Doc, d: Draft, ev: Event, victims: str) -> tuple[str, int, int] | None:
    """"قتل 25 مقاتلا من المعارضة خلال محاولة هجوم على قاعدة" — "كما أفاد المرصد عن مقتل تسعة
    من قوات النظام في الاشتباكات التي اندلعت", "معارك عنيفة أوقعت 25 قتيلا من قوات النظام" —
    "وأدت المعارك إلى مصرع 18 جهاديا": a fight whose dead of one side the sentence right after
    (or before) counts for one rival side, by a definite word of fighting that names no sides
    (the same fight told again), was fought between the two: that side killed these dead."""
    if ev.type != "clashes":
        return None
    found: dict[str, tuple[int, int]] = {}
    for x in doc.drafts:
        if x is d or abs(x.sentence - d.sentence) != 1:
            continue
        later = max(x.sentence, d.sentence)
        earlier = min(x.sentence, d.sentence)
        if not any(e.type == "clashes" and e.definite and not e.sides for e in doc.events_in(later)) \
                or not any(e.type == "clashes" for e in doc.events_in(earlier)):
            continue
        if x.victim in (None, *NON_ACTORS) or x.victim_tok is None or x.victim == victims \
                or allied(x.victim, victims) or _both_sides(doc, x) \
                or not any(h.recorded and h.figure.kind in ("killed", "injured", "casualties") for h in x.hits):
            continue
        found[x.victim] = (doc.toks[x.victim_tok][0], doc.toks[x.victim_tok][1])
    if len(found) != 1:
        return None
    (side, (s0, s1)), = found.items()
    m = doc.actors.at_token(doc.tok_index(s0), s0)
    return (side, m.start, m.end) if m is not None else (side, s0, s1)


def _other_side(doc: Doc, d: Draft, ev: Event, victims: str) -> tuple[str, int, int] | None:
    """In a fight, the side that is not the victims': named among the fight's sides, or the
    one other armed actor its sentence names ("مقتل تسعة من قوات النظام في الاشتباكات التي
    اندلعت بعد أن شنت جماعات مقاتلة هجومها")."""
    # "17 من قوات النظام والمسلحين الموالين لها": the victims' allies are not the other side
    sides = ev.sides or ev.root().sides  # "الاشتباكات" names the sides of the fight it refers to
    others = [s for s in sides if s[0] != victims and not allied(s[0], victims)]
    if len({s[0] for s in others}) == 1:
        return others[0]
    head = leader({s[0] for s in others}) if others and victims not in NON_ACTORS else None
    if head is not None:
        # "بين حزب الله وقوات النظام مدعمة بمسلحين موالين من جهة، والمعارضة من جهة أخرى":
        # allies named together are one side, told by the one that leads it
        return next(s for s in others if s[0] == head)
    if ev.type != "clashes" or ev.sentence != d.sentence:
        return None
    counted = _other_counted(doc, d, ev, victims)
    if counted is not None:
        return counted
    sent = doc.sents[d.sentence]
    claimant_tok = d.attribution.tok
    # "قتل ثمانية عناصر في هجوم على حاجز، بحسب ما ذكر المرصد الذي أشار أيضا إلى معارك بين
    # القوات النظامية والمقاتلين المعارضين": past its source, told after the figures, the
    # sentence goes on to another report
    told_after = claimant_tok if claimant_tok > max(h.tok_end for h in d.hits) else len(doc.toks)
    # (in an ambush, a side another count of the sentence numbers was ambushed too, not who
    # killed them: "قتل 48 جنديا سوريا وتسعة جنود عراقيين في كمين", as in _other_counted)
    counts = doc.hits_in(d.sentence) if doc.text[ev.start:ev.end] in doc.words("ambush") else d.hits
    named = [a for a in doc.actors.between(sent.start, sent.end)
             if a.value not in NON_ACTORS and a.value != victims and not allied(a.value, victims)
             and a.tok != claimant_tok and a.tok < told_after
             and not any(h.tok_start <= a.tok < h.tok_end + 3 for h in counts)
             and not _occupier(doc, a)]
    if len({a.value for a in named}) == 1:
        return named[0].value, named[0].start, named[0].end
    return None


def _other_counted(doc: Doc, d: Draft, ev: Event, victims: str) -> tuple[str, int, int] | None:
    """"مصرع 17 من قوات النظام مقابل 19 قتيلا في صفوف الفصائل خلال اشتباكات بين الطرفين":
    a fight in whose sentence the dead of two sides are counted, each apart, was between
    them; the side counted beside the victims is who killed them. Not when a count is of
    civilians or a third side is counted too."""
    from rasd.extract.attribution import victim_of  # attribution reads events

    if doc.text[ev.start:ev.end] in doc.words("ambush"):
        return None
    mine = {id(x) for x in d.hits}
    sides: dict[str, tuple[int, int]] = {}
    for x in doc.hits_in(d.sentence):
        if x.subcount or id(x) in mine:
            continue
        side, tok = victim_of(doc, x, ev)
        if side is None or side == "civilians" or tok is None:
            return None
        if side == victims or allied(side, victims):
            continue
        m = doc.actors.at_token(tok, doc.toks[tok][0])
        sides[side] = (m.start, m.end) if m is not None else (doc.toks[tok][0], doc.toks[tok][1])
    if len(sides) != 1:
        return None
    (side, (s, e)), = sides.items()
    return side, s, e


def _killer(doc: Doc, d: Draft, victims: str):
    """Who killed, told with the figures themselves: the subject of the verb of killing
    ("طائرات التحالف قتلت 30" before it, "قتل المعارضون 150 جنديا" between it and the count),
    the one claiming it ("تبنى تنظيم ... قتل 48 جنديا"), or the agent of a passive ("were
    killed by regime forces")."""
    cues = lexicons(doc.lang).cues
    quiet, words = cues.quiet, doc.tok_words
    for h in d.hits:
        for t in range(h.tok_start, max(-1, h.tok_start - 3), -1):
            if words[t] in quiet:
                continue  # (a word known to start no cue)
            m = cues.match_at(doc.toks, t)
            if m is not None and m[0] in ("kills", "resumes"):
                break
        else:
            m = None
        own = _own_verbal_noun(doc, d, h, victims) or _accused_of(doc, d, h, victims) \
            or _managed_to(doc, h, victims) or object_verb_subject(doc, h, victims)
        if own is not None:
            return own
        if m is not None and m[0] == "resumes":
            # "قتل فيها المعارضون 150 جنديا": a verb of killing that resumes the attack before
            # ("قتل فيها") has a subject of its own between it and its count; with none
            # ("قتل فيها 27 شخصا") it is passive
            inside = [a for a in _actors_from(doc, t + m[1], h.qty_tok) if a.value != victims]
            if inside and inside[0].tok == t + m[1]:
                return inside[0]
        elif m is not None:
            said = _speaker_said_it(doc, d, t, victims)
            if said is not None:
                return said
            # a quote may open between the subject of a reported clause and its verb ('أن
            # وحدة من القوات "أوقعت قتلى"'), not after a speaker's name ('بيان الجيش «قتل')
            # where the subject stands before its verb, a perfect's auxiliary and the name's
            # head noun may come between ("the Daesh group has killed 33")
            gap = 3 if t > 0 and doc.toks[t - 1][2] in doc.words("perfect_aux") \
                and doc.pack.setting("subject_before_verb", "0") == "1" else 1
            # (a long name may start well before its verb: "وحدات من القوات المسلحة السورية قضت على")
            before = [a for a in _actors_from(doc, max(0, t - _NAME_TOKENS - gap), t)
                      if a.tok_end >= t - gap and a.value != victims and not _governed(doc, a)
                      and (not _breaks(doc, _past_quotes(doc, a), t) or not _breaks(doc, a.tok_end, t, _ARG_STOP)
                           and _reported_subject(doc, a))]
            inside = [a for a in _actors_from(doc, t + m[1], h.qty_tok) if a.value != victims]
            # "قتل المعارضون 150 جنديا": the subject after the verb; but with a subject told
            # before it ("وحدة من الجيش أردت إرهابيين قتلى") the actor after it is its object
            if not before and not inside:
                # "the army said its troops killed 50": a side's own forces, named by a word of
                # possession and a word for forces that names no side, are the one side the
                # sentence names before them
                own = _own_forces(doc, d, t, victims)
                if own is not None:
                    return own
            if inside and not before:
                return inside[0]
            if before:
                if len(before) > 1 and before[-2].tok_end == before[-1].tok and _unmarked_head(doc, before[-1]):
                    return before[-2]  # "US-led coalition jets killed 17"
                return before[-1]
            if m[2] and doc.toks[t][2][:1] in doc.words("conj") \
                    or t > 0 and doc.toks[t - 1][2] in doc.words("shares_subject") | doc.words("means_gerund"):
                # "القوات النظامية نفذت حملة ...، وأوقعت قتلى": a verb joined by "و" with no
                # subject of its own shares the subject of the verb before it (English joins
                # with a word of its own or resumes with a pronoun: "stormed the village and
                # executed 15 men", "before the troops left, they executed 15 men")
                shared = _shared_subject(doc, d, t, victims) or _pronoun_antecedent(doc, d, t, victims) \
                    or (_reported_clause_subject(doc, d, t, victims) if m[2] else None)
                if shared is not None:
                    return shared
        else:
            far = _verb_subject(doc, d, h, victims)
            if far is not None:
                return far
        # back to the last stop of the phrase before the count (found once in the article's
        # break column: a stop at token k stands between tokens k - 1 and k)
        stop = doc.clause_breaks(_PHRASE_STOP).rfind(
            1, 1, min(h.tok_start, len(doc.toks) - 1) + 1)
        for t in range(h.tok_start - 1, max(-1, h.tok_start - _CLAIMED_REACH, stop - 1), -1):
            c = _cue_at(doc, t) if words[t] not in quiet else None  # (most words start no cue)
            # "تبنى تنظيم دولة العراق الإسلامية، الفرع العراقي للقاعدة، قتل 48 جنديا": who claims
            # a killing keeps its object across its own apposition; another verb's agent ("مجزرة
            # ارتكبها جيش النظام، و18 قتيلا في درعا") stays in its clause
            if c is not None and c[0] == "by" and (not _breaks(doc, t + 1, h.tok_start)
                                                   or doc.toks[t][2] in doc.words("claims")):
                after = [a for a in _actors_from(doc, t + c[1], h.tok_start) if a.value != victims]
                if after and after[0].tok - (t + c[1]) <= _ARG_TOKENS:
                    return after[0]
        # a passive told after the figure: "ten people were killed by regime forces"; where the
        # counted people's words run on before their verb ("12 residents of the town were
        # killed by government forces": the figure ends at its noun), right after that verb
        for start in (h.tok_end, _passive_verb_after(doc, h)):
            if start is None:
                continue
            for t in range(start, min(len(doc.toks), start + _ARG_TOKENS)):
                c = _cue_at(doc, t) if words[t] not in quiet else None
                if c is not None and c[0] == "by" and not _breaks(doc, h.tok_end, t + c[1]):
                    after = [a for a in _actors_from(doc, t + c[1], t + c[1] + _ARG_TOKENS + 1) if a.value != victims]
                    if after and after[0].tok - (t + c[1]) <= _ARG_TOKENS:
                        return after[0]
    return None


_VERB_AFTER_NOUN = 6  # tokens between counted people and their verb ("of the town", "in the village of X")


def _passive_verb_after(doc: Doc, h) -> int | None:
    """The token after a passive verb of casualty ("were killed") told a few words after the
    figure's counted noun, in its clause, where the figure does not take it in (English: the
    subject before its verb); None otherwise."""
    if doc.pack.setting("subject_before_verb", "0") != "1":
        return None
    aux, after = doc.words("passive_aux"), figure_lexicons(doc.lang).after
    end = min(len(doc.toks), h.tok_end + _VERB_AFTER_NOUN)
    for t in range(h.tok_end + 1, end):
        if doc.toks[t][2] in aux and (m := after.match_at(doc.toks, t)) is not None:
            return None if _breaks(doc, h.tok_end, t) else t + m[1]
    return None




def _speaker_said_it(doc: Doc, d: Draft, t: int, victims: str):
    """"أعلنت المعارضة المسلحة السبت أنها قتلت 15 جنديا", "أعلن فصيل جيش الإسلام أنه قتل":
    a verb of killing right after "that" with a subject pronoun (grammar.tsv that_pronoun) has
    for its subject the one who says so, when that speaker is an armed side: the claimant of
    the figures, named before the pronoun in the sentence."""
    if t == 0 or doc.toks[t - 1][2] not in doc.words("that_pronoun") or d.attribution.tok < 0 \
            or d.attribution.text is None or not d.attribution.tok < t - 1:
        return None
    span = d.attribution.tok + len(d.attribution.text.split())
    named = [a for a in _actors_from(doc, d.attribution.tok, min(span, t - 1)) if a.tok < span]
    if not named:
        return None
    a = _specific(named, 0, doc)
    return None if a.value == victims or a.value in NON_ACTORS else a


def object_verb_subject(doc: Doc, h, victims: str | None = None):
    """"عشرة مدنيين أعدمتهم قوات النظام", "15 جثة لأشخاص أحرقتهم القوات": a figure that ends
    on a verb taking the counted as its object by a suffixed pronoun (figures.py, grammar.tsv
    after_verb_object) has its subject right after that verb: who did it, not whom."""
    t = h.tok_end
    if t <= h.qty_tok or t >= len(doc.toks) or doc.toks[t - 1][2] not in figure_lexicons(doc.lang).after_object \
            or doc.gap(t).strip():
        return None
    a = doc.actors.at_token(t, doc.toks[t][0])
    if a is None or a.value in NON_ACTORS or a.value == victims:
        return None
    return a


def _verb_subject(doc: Doc, d: Draft, h, victims: str):
    """"خطفت جبهة النصرة، ذراع تنظيم القاعدة، من جديد خمسة مقاتلين": a verb of killing whose
    subject follows it at once governs the count a few words on, across the subject's
    apposition and adverbs, when no other count and no sentence end come between."""
    # the sentence's last stop before the count (a stop at token i stands before it)
    stop = doc.clause_breaks(_PHRASE_STOP).rfind(1, max(1, h.tok_start - _KILLS_REACH), h.tok_start + 1)
    lo = max(stop, h.tok_start - _KILLS_REACH + 1, 0)
    # only the words right before an actor can be its verb: look there, nearest the count first
    cues = _cues(doc)
    for a in reversed(_actors_from(doc, lo + 1, h.tok_start)):  # (a name may end right before the count)
        for t in (a.tok - 1, a.tok - 2):
            m = cues[t] if lo <= t <= h.tok_start - 3 else None
            if m is None or m[0] != "kills" or t + m[1] != a.tok:
                continue
            subject = _specific(_actors_from(doc, a.tok, h.tok_start), 0, doc)
            if subject.value == victims or subject.value in NON_ACTORS:
                return None
            if any(t < x.tok_start < h.tok_start for x in doc.hits_in(d.sentence)):
                return None  # the verb's object is the count before
            return subject
    return None


def _own_verbal_noun(doc: Doc, d: Draft, h, victims: str):
    """"بعد أيام من خطفها ثمانية مقاتلين": a verbal noun of killing or seizing whose pronoun is
    its subject, right before the count it governs, was done by the subject of a verb of
    attacking or killing told before it in the sentence."""
    cues = lexicons(doc.lang).cues
    for t in range(h.qty_tok - 1, max(-1, h.tok_start - 3, h.qty_tok - 3), -1):
        m = cues.match_at(doc.toks, t)
        if m is not None and m[0] == "kills_own" and t + m[1] == h.qty_tok:
            return _sentence_subject(doc, d, t, victims)
    return None


def _accused_of(doc: Doc, d: Draft, h, victims: str):
    """"اتهم الخطيب نظام الأسد باغتيال رجل دين", "اتهمت الجماعة جبهة النصرة بخطف زعيمها": the
    accused, right before the killing or seizing the figure names, did it (the accuser did not)."""
    t = h.tok_start
    lo = max(doc.tok_index(doc.sents[d.sentence].start), t - _LIGHT_REACH)
    accuse = [m for m in doc.event_words.between(doc.toks[lo][0], doc.toks[t][0])
              if m.value[0] == "accuse" and m.tok_end <= t]
    if not accuse or _breaks(doc, accuse[-1].tok_end, t, _PHRASE_STOP):
        return None
    between = _actors_from(doc, accuse[-1].tok_end, t)
    if not between or t - between[-1].tok_end > _ACCUSED_GAP:
        return None
    a = between[-1]
    if accuse[-1].value[1] == "responsible" and doc.toks[a.tok_end][2] not in doc.words("held_responsible"):
        return None  # "حمل مسلحون صواريخ": carrying, not holding responsible
    return None if a.value == victims or a.value in NON_ACTORS else a


def _managed_to(doc: Doc, h, victims: str):
    """"تمكنت قوات سوريا الديمقراطية من أسر آلاف الجهاديين": the subject of a verb of succeeding
    (right after it or right before it) did the killing or seizing its "من"/"في" opens."""
    prep, managed = doc.words("managed_prep"), doc.words("managed_to")
    at = next((t for t in (h.tok_start, h.tok_start - 1) if t > 0 and doc.toks[t - 1][2] in prep), None)
    if at is None:
        return None
    for v in range(at - 2, max(-1, at - 2 - _NAME_TOKENS), -1):
        if doc.toks[v][2] not in managed:
            continue
        if _breaks(doc, v + 1, at):
            return None
        # (a day may stand between the subject and its "على": "أقدم التنظيم في 5 أغسطس على قتل")
        after = [a for a in _actors_from(doc, v + 1, at - 1) if a.tok == v + 1 and (
            a.tok_end == at - 1 or a.tok_end < at - 1 and _day_fills(doc, a.tok_end, at - 1))]
        before = [a for a in _actors_from(doc, max(0, v - _NAME_TOKENS), v) if a.tok_end == v and not _governed(doc, a)]
        a = _specific(after, 0, doc) if after else (before[-1] if before and v == at - 2 else None)
        return None if a is None or a.value == victims or a.value in NON_ACTORS else a
    return None


def _day_fills(doc: Doc, t0: int, t1: int) -> bool:
    """Tokens ``[t0, t1)`` are one date expression ("في 5 أغسطس", "أمس"), with no clause break
    (at most one word before the date, a preposition, and none after it)."""
    if _breaks(doc, t0, t1):
        return False
    start, end = doc.toks[t0][0], doc.toks[t1 - 1][1]
    # (the date may open on a preposition the mention leaves out: "في 5 أغسطس")
    first = doc.toks[min(t0 + 1, t1 - 1)][0]
    return any(m.end >= end and m.start <= first for m in doc.dates_in(start, end))


def _sentence_subject(doc: Doc, d: Draft, t: int, victims: str):
    """The subject of the nearest verb of attacking or killing before token ``t`` in its
    sentence, whatever lies between (a pronoun at ``t`` refers back to it): the actor right
    after the verb ("خطفت جبهة النصرة") or right before it ("القوات قصفت")."""
    sent = doc.sents[d.sentence]
    lo = doc.tok_index(sent.start)
    verbs = [m.tok for m in doc.event_words.between(doc.toks[lo][0], doc.toks[t][0])
             if m.value[0] in ("light", "verb") and m.tok < t]
    cues = _cues(doc)
    verbs += [x for x in range(lo, t) if (c := cues[x]) is not None and c[0] == "kills"]
    for v in sorted(verbs, reverse=True):
        before = [a for a in _actors_from(doc, max(lo, v - _NAME_TOKENS), v)
                  if a.tok_end == v and not _governed(doc, a)]
        after = [a for a in _actors_from(doc, v + 1, v + 1 + _NAME_TOKENS) if a.tok == v + 1]
        a = before[-1] if before else (_specific(after, 0, doc) if after else None)
        if a is not None:
            return None if a.value == victims or a.value in NON_ACTORS else a
    return None


def _own_forces(doc: Doc, d: Draft, t: int, victims: str):
    """The side whose forces ("its troops", "their fighters": ``possessive_before`` and an
    ``unmarked_force`` word) stand right before the verb of killing at token ``t``."""
    owners, forces = doc.words("possessive_before"), doc.words("unmarked_force")
    if not owners or t < 2 or doc.toks[t - 1][2] not in forces or doc.toks[t - 2][2] not in owners:
        return None
    return _pronoun_antecedent(doc, d, t - 1, victims, owner=True)


def _pronoun_antecedent(doc: Doc, d: Draft, t: int, victims: str, owner: bool = False):
    """"Before government forces left the city, they executed 15 men": a subject pronoun
    right before the verb of killing at token ``t`` stands for the one side its sentence
    names before it as a subject (an actor after a preposition is where or whom, not who);
    so does the subject of a clause that says how it did something by killing ("the group
    retaliated by killing 17")."""
    if t == 0 or not owner and doc.toks[t - 1][2] not in doc.words("subject_pronoun") | doc.words("means_gerund"):
        return None
    lo = doc.tok_index(doc.sents[d.sentence].start)
    named = [a for a in _actors_from(doc, lo, t - 1) if not _governed(doc, a)]
    if not named or len({a.value for a in named}) > 1:
        return None
    a = named[-1]
    return None if a.value == victims or a.value in NON_ACTORS else a


def _reported_subject(doc: Doc, a) -> bool:
    """An actor a few words after "أن"/"إن" ("أن وحدات من الجيش"): the subject of what a
    claimant said."""
    return any(doc.toks[t][2] in doc.words("that") and not _breaks(doc, t + 1, a.tok)
               for t in range(max(0, a.tok - 3), a.tok))


def _reported_clause_subject(doc: Doc, d: Draft, t: int, victims: str):
    """"أن القوات التركية أحرقت أربعا منها وقتلت عنصرا": a verb joined by "و" with no subject
    of its own, in a reported clause whose subject opens it right after "أن"/"إن", shares
    that subject whatever verb (not one of attacking) comes between, when the clause runs on
    to it unbroken (no comma, no quote) and names no other side before it."""
    lo = max(doc.tok_index(doc.sents[d.sentence].start), t - _SHARED_REACH)
    that = doc.words("that")
    k = next((k for k in range(t - 2, lo - 1, -1) if doc.toks[k][2] in that), None)
    if k is None or _breaks(doc, k + 1, t):  # (nor across a comma or a quote)
        return None
    named = [a for a in _actors_from(doc, k + 1, t) if a.value != "civilians"]
    if not named or named[0].tok != k + 1 or len({a.value for a in named}) > 1:
        return None
    if doc.event_words.between(doc.toks[k + 1][0], doc.toks[t][0]):
        # "أن الفصائل تعرضت لقصف عنيف وقتل 12 مقاتلا": after an attack the subject suffered,
        # the verb is as often passive ("and 12 fighters were killed"): no agent of its own
        return None
    a = _specific(named, 0, doc)
    return None if a.value == victims or a.value in NON_ACTORS else a


def _shared_subject(doc: Doc, d: Draft, t: int, victims: str):
    """The subject of the verb before token ``t`` in its sentence (a light verb, "نفذت", or
    a verb of attacking or killing): the actor right before it ("القوات نفذت") or right after
    it ("نفذت القوات")."""
    sent = doc.sents[d.sentence]
    lo = max(doc.tok_index(sent.start), t - _SHARED_REACH)
    verbs = [m.tok for m in doc.event_words.between(doc.toks[lo][0], doc.toks[t][0])
             if m.value[0] in ("light", "verb") and m.tok < t]
    cues = _cues(doc)
    verbs += [x for x in range(lo, t) if (c := cues[x]) is not None and c[0] == "kills"]
    deeds = doc.words("deed_verb")
    if deeds and not deeds.isdisjoint(doc.tok_words[lo:t]):
        # "the air force destroyed a convoy and killed 100 militants", "IS captured army posts
        # and killed nine troops": a deed of war that is no attack shares its subject too
        verbs += [x for x in range(lo, t) if doc.tok_words[x] in deeds]
    if not verbs or _breaks(doc, max(verbs) + 1, t, _PHRASE_STOP):
        return None
    v = max(verbs)
    before = [a for a in _actors_from(doc, max(lo, v - _NAME_TOKENS), v)
              if a.tok_end == v and not _governed(doc, a)]
    after = [a for a in _actors_from(doc, v + 1, v + 1 + _NAME_TOKENS) if a.tok == v + 1]
    a = before[-1] if before else (_specific(after, 0, doc) if after else None)
    if a is None or a.value == victims or a.value in NON_ACTORS:
        return None
    return a
