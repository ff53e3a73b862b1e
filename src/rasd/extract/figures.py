"""Casualty figures: counts of people killed, injured, detained or missing, with qualifiers.

The finder walks the tokens of the normalised text looking for a *quantity* (digits,
number words, duals, vague words like "عشرات", "عدد من", or a single person after a
casualty verb), then decides from the words around it whether that quantity counts
casualties and of which kind. Every word list lives in the article's language pack
(``rasd/data/lang/<lang>/``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from operator import itemgetter

from typing import TYPE_CHECKING, Callable, Sequence

from rasd.core.models import Figure, Span
from rasd.core.vocab import SUB_GROUPS, VAGUE_RANGES
from rasd.extract.dates_words import is_month_token
from rasd.lang import pack
from rasd.text.lexicon import Lexicon, WordTest, any_start, positions_of
from rasd.text.segment import related_headlines, wrapped_breaks
from rasd.text.normalize import Normalized, norm

if TYPE_CHECKING:
    from rasd.extract.doc import Doc

_DIGITS = re.compile(r"\d+")
# Punctuation between two tokens that ends a clause for the purpose of reading a figure.
_CLAUSE_BREAK = re.compile(r"[.،,;؛:!?؟()\n]")
_CLAUSE_MARKS = frozenset(".،,;؛:!?؟()\n")  # the characters ``_CLAUSE_BREAK`` finds
_SENTENCE_BREAK = ".;؛!?؟\n"  # of those marks, the ones that end a sentence
_CLAUSE_MARK_CHARS = "".join(sorted(_CLAUSE_MARKS))  # (``Doc.clause_breaks``'s key: one string for one set)
# No casualty count reaches a billion; longer digit runs are phone numbers, ids or noise,
# and int() of thousands of digits is slow and then refused by Python.
MAX_COUNT = 10**9
_MAX_DIGITS = len(str(MAX_COUNT))
_MULTIPLIERS = frozenset({"hundred", "thousand", "million", "dozen"})
_SHARE_REACH = 10
_SUBCOUNT_REACH = 16
_LONG_SUBJECT = 14  # tokens after "إن" a subject with titles and attachments may run before its verb
_NAME_WORDS = 5  # the longest name of one person read before "was killed"  # tokens from a figure to "بينهم"/"including" that opens its sub-count  # tokens back from a count where a share word still opens its list
_SIDES = ("civilians", "combatants")  # groups an adjective after a casualty noun may name
_THEM_REACH = 12  # tokens before a count's "منهم" the fighters it refers to may be named in
_MIXED_REACH = 8  # tokens after a side named after "among" where another side may be joined
_SIDE_TAIL = 3  # words of a side's name that may close a sub-count before the next one
_SIDE_NAME_TAIL = 5  # ... or a count of one side before the next side's ("والمسلحين الموالين لها")
_VERSUS_KINDS = frozenset({"killed", "injured", "casualties"})  # tolls one side's count may answer
_VERSUS_REACH = 8  # words of the first side's name between its count and "مقابل" ("من جنسيات غير سورية")
_OTHERS_REACH = 6  # tokens from a count to "و" and a count of others (its day or place between)
_HELD_VERB_REACH = 5  # from a noun of people held to the end of what befell them ("prisoners had been tortured to death")
_ALONG_REACH = 6  # tokens back from "و"/"مع" before a count of others where the one person may be
_AMONG_GROUPS = frozenset({"civilians", "combatants"})  # groups a plural person noun after "بين" may name
_ONE_OF_A_KIND = frozenset({"children", "women"})  # "طفل و3 آخرين": the others are no children
_SUBJECT_REACH = 6  # words of a subject between a negated verb of result and its link ("لم يسفر الهجوم عن")
_ONLY_REACH = 6  # words after a negated casualty phrase where "فحسب" makes it "not only"
_RELATIVE_REACH = 8  # tokens more a count's verb may stand after its people's relative clause ("who were ...")
_RISE_REACH = 30  # tokens back from "ارتفع إلى" where its toll noun may be
_AMONG_REACH = 3  # sentences back from "ومن بين القتلى" where the toll it shares out may be told
_TAMYIZ = 11  # from this count on, the counted noun is a singular ("36 سيدة"; "ثلاث نساء" is plural)


@dataclass(slots=True)
class FigureHit:
    """A figure and where it sits (token indices and normalised offsets)."""

    figure: Figure
    tok_start: int
    tok_end: int  # exclusive
    qty_tok: int  # token index of the quantity itself
    victim_actor_tok: int | None = None  # token index of "من <armed words>" after the noun
    subcount: bool = False
    # read for what it says of the people (their side, "بينهم ثمانية إيرانيين") but not a
    # figure of its own: a sub-count of the toll's own group (codebook "Sides")
    recorded: bool = True
    # a share of a toll told in an earlier sentence ("... مقتل 426 شخصا. ومن بين القتلى 98
    # طفلا"): that toll, whose claim the share goes in (attribution._attach)
    share_of: "FigureHit | None" = None


_HELD = "detained"  # the figure kind a noun of people held ("معتقلين", "detainees") says
_KILLED = "killed"  # the figure kind a bare death toll ("الحصيلة") says


@dataclass
class _Lexicons:
    numbers: Lexicon
    vague: Lexicon
    some_q: Lexicon
    qual_before: Lexicon
    qual_after: Lexicon
    noun_kind: Lexicon
    before: Lexicon
    after: Lexicon
    some_noun: Lexicon
    self_ref: Lexicon
    people: Lexicon  # value (group, number-class)
    subcount: Lexicon
    rank: Lexicon
    armed: Lexicon
    civil: Lexicon
    member_civil: Lexicon  # a civilian body after a word of membership ("من أفراد عائلته")
    member_noun: Lexicon  # a counted noun of membership, of the side of the body after it
    armed_filler: Lexicon  # a word of membership that itself names fighters ("من مسلحي")
    toll_lead: Lexicon
    update_to: Lexicon
    toll_rise: Lexicon
    toll_rise_verb: Lexicon
    share: Lexicon
    of: Lexicon
    ranks: Lexicon
    in_: Lexicon
    of_filler: Lexicon
    partitive: Lexicon
    single: Lexicon  # "was killed" after one named person ("Abu Omar was killed")
    verbs: Lexicon  # casualty verbs (not nouns): "خطفت", "قتل" as a verb; a name after one is its subject
    # every phrase a figure can start with: "في" starts "في المئة" only, and is everywhere
    opening: Lexicon = field(default_factory=Lexicon)
    negation: Lexicon = field(default_factory=Lexicon)  # "دون وقوع إصابات": no one was hurt
    negated_subject: Lexicon = field(default_factory=Lexicon)  # "لم يسفر الهجوم عن": value, the link words
    unit_name: Lexicon = field(default_factory=Lexicon)  # "لواء شهداء اليرموك": a name, not the dead
    earlier: Lexicon = field(default_factory=Lexicon)  # "حصيلة سابقة": a toll reported before
    report_verb: Lexicon = field(default_factory=Lexicon)  # "وكان المرصد أفاد": a report made before
    fall: Lexicon = field(default_factory=Lexicon)  # "سقوط عشرة مقاتلين": the kind only of people counted
    one: Lexicon = field(default_factory=Lexicon)  # "سقط جريح", "وقتيلا في حمص": a lone noun counting one
    topic: Lexicon = field(default_factory=Lexicon)  # "احتجاجا على قتل": a death protested, not the count's fate
    besides: Lexicon = field(default_factory=Lexicon)  # "إضافة إلى أربعة في اللاذقية": one more share
    may_rise: Lexicon = field(default_factory=Lexicon)  # "العدد مرشح للارتفاع": the toll just told may rise
    mourned: Lexicon = field(default_factory=Lexicon)  # "على أرواح شهداء سوريا": the dead mourned, no toll
    fell_as: Lexicon = field(default_factory=Lexicon)  # "44 شخصا سقطوا قتلى": what its subject fell as
    demonym_one: Lexicon = field(default_factory=Lexicon)  # "مقتل فلسطيني": a demonym as one person, value as people's
    one_died: Lexicon = field(default_factory=Lexicon)  # "إن محسن الفضلي قتل": one named person died
    among: Lexicon = field(default_factory=Lexicon)  # "من بين القتلى": a share of a toll follows
    among_toll: Lexicon = field(default_factory=Lexicon)  # "were among the": the toll right after says the kind
    among_side: Lexicon = field(default_factory=Lexicon)  # "قتلى بين السكان المدنيين": their side follows
    along_with: Lexicon = field(default_factory=Lexicon)  # "قتل القيادي مع 12 آخرين": he and the others
    ranges_or: set[str] = field(default_factory=set)  # "أربعة أو خمسة", "four or five"
    range_span: frozenset[str] = frozenset()  # "20 to 30 people": a range, unless "from" opens an update
    in_place: frozenset[str] = frozenset()  # "بواقع 34 في دمشق": a count placed by a preposition
    year_before: frozenset[str] = frozenset()  # words before a year ("عام 2014", "since 2014")
    conj: frozenset[str] = frozenset()  # "and" as a word of its own ("و" is mostly a clitic)
    versus: frozenset[str] = frozenset()  # "مقابل 68 من مقاتلي التنظيم": the other side's count
    share_aside: frozenset[str] = frozenset()  # "، نصفهم من الأطفال،": an aside on a share of the counted
    death_toll: frozenset[str] = frozenset()  # "ارتفعت الحصيلة إلى 246 شخصا": a toll noun meaning the dead
    toll_rise_filler: frozenset[str] = frozenset()  # "لترتفع بذلك حصيلة": between the verb and the toll
    clause_conj: frozenset[str] = frozenset()  # a verb before it is another clause's ("killed and 25 others")
    single_det: frozenset[str] = frozenset()  # "a soldier was killed": one person
    kin_possessive: frozenset[str] = frozenset()  # "a woman and her three children": whose people follow
    speaker_verb: frozenset[str] = frozenset()  # "one medic told AFP": the one person speaks
    age_before: frozenset[str] = frozenset()  # "aged 18", "aged from four to 10": an age, not a count
    age_link: frozenset[str] = frozenset()  # words between such a word and its ages ("between", "from", "to", "and")
    people_det: frozenset[str] = frozenset()  # "three of its fighters": a word of its own before people a count is some of
    person_pronoun: frozenset[str] = frozenset()  # "he was shot dead": one person
    perfect_aux: frozenset[str] = frozenset()  # "the group has killed 33": a subject before it is the killer
    passive_aux: frozenset[str] = frozenset()  # "was killed": a passive verb takes no object after it
    name_particle: frozenset[str] = frozenset()  # lower-case words inside a name ("al-Adnani")
    modifiers: frozenset[str] = frozenset()  # words before a counted noun ("30 regime soldiers")
    not_modifier: frozenset[str] = frozenset()  # never such a word, capitalised or not
    modifier_reach: int = 0  # how many words may stand between a count and its noun
    subject_first: bool = False  # a count right before a verb is its subject ("Five gunmen killed 12")
    unit_first: bool = False  # a unit stands before its ten ("خمسة وعشرون"), never after it ("twenty five")
    range_between: frozenset[str] = frozenset()  # "بين 20 و30", "between 20 and 30"
    update_from: frozenset[str] = frozenset()  # "من 8 إلى 31": an earlier toll, replaced
    taken_noun: frozenset[str] = frozenset()  # "lives": the dead only as what a verb of taking took
    taking_verb: frozenset[str] = frozenset()  # "claimed 20 lives", "has cost some 300000 lives"
    acc_subject: frozenset[str] = frozenset()  # "إن" and its sisters: an accusative subject follows
    relative_one: frozenset[str] = frozenset()  # "أبو محمد، الذي قتل في غارة": one person
    death_manner: frozenset[str] = frozenset()  # "في", "جراء", "برصاص" right after that verb
    relative_died: frozenset[str] = frozenset()  # "التي قتلت في": passive behind the pronoun
    not_only: frozenset[str] = frozenset()  # "لم تسفر عن مقتل مدنيين فحسب، بل": not only
    toll_relative: frozenset[str] = frozenset()  # "عدد السوريين الذين قضوا": the toll's people and their fate
    people_relative: frozenset[str] = frozenset()  # "nine medics who were working there were killed": a relative clause before the verb
    one_died_first: frozenset[str] = frozenset()  # the first words of one_died's phrases
    # "30 امرأة خطفهم": a verb after the counted noun with them as its object ("after" forms)
    after_object: frozenset[str] = frozenset()
    not_before_object: frozenset[str] = frozenset()  # "الرهائن الذين خطفهم": not after these
    not_governed: frozenset[str] = frozenset()  # never the noun a dual in construct governs
    one_adjective: frozenset[str] = frozenset()  # "واحدة" after a noun of a thing: its adjective ("غارة واحدة")
    # the nouns of things (people.tsv class x) with the article: what "one of" or a vague
    # quantity governs when it counts things ("أصابت إحدى الطائرات", "أصابت عشرات المنازل")
    things_def: frozenset[str] = frozenset()
    one_of: frozenset[str] = frozenset()  # "أحد", "إحدى" standing bare, before the noun they take one of
    # Morphology the rules read off a token's letters (grammar.tsv; empty where a language
    # writes none, and str.startswith(()) is False): the conjunction clitic ("و"), the article
    # ("ال"), the article behind a clitic ("وال", "لل"), any one-letter proclitic, the alif of
    # an indefinite accusative.
    wa: tuple[str, ...] = ()
    article: tuple[str, ...] = ()
    article_clitic: tuple[str, ...] = ()
    proclitic: tuple[str, ...] = ()
    accusative_ending: tuple[str, ...] = ()
    feminine_ending: tuple[str, ...] = ()  # "ة", as normalised: a noun whose case its spelling hides
    number_clitic: frozenset[str] = frozenset({""})  # clitics a count's first number word may carry
    number_clitic_next: frozenset[str] = frozenset({""})  # ... and its later words ("وعشرين")
    range_to: frozenset[str] = frozenset()  # "من 8 إلى 31": the word before a toll's new value
    vague_thousands: frozenset[str] = frozenset()  # "آلاف" alone is a vague quantity, no number
    occurrence: frozenset[str] = frozenset()  # "سقوط القتلى": a definite casualty noun told anew
    day_words: frozenset[str] = frozenset()  # "سقوط قتلى الأربعاء": a day after a bare plural is no noun it governs
    others: frozenset[str] = frozenset()  # "150 آخرين", "40 others": besides those counted before
    died_of: frozenset[str] = frozenset()  # "توفي متأثرا بإصابته": the wound he died of, no injured count
    nisba_plural: tuple[str, ...] = ()  # "عسكريين تركيين اثنين": an adjective's ending between noun and count
    nisba_single: tuple[str, ...] = ()  # "قائد عسكري": a singular adjective of relation's ending
    day_of: frozenset[str] = frozenset()  # "الـ8 من يوليو", "the 8th of July": a day, not a count
    plural_nominative: tuple[str, ...] = ()  # "مقاتلون": a sound plural a verb may take as subject
    of_lam: tuple[str, ...] = ()  # "جثث لمدنيين": the clitic that says whose the dead are
    copula: frozenset[str] = frozenset()  # "تسعة من القتلى هم من المدنيين": the pronoun that links them
    in_it: frozenset[str] = frozenset()  # "قتل فيها عناصر": a pronoun between a verb and its people
    of_them: frozenset[str] = frozenset()  # "29 منهم": of the people counted just before
    perfect_particle: frozenset[str] = frozenset()  # "أن عطا قد لقي مصرعه": "قد" before the verb
    touching_verb: frozenset[str] = frozenset()  # "فقد": a casualty verb only right before its count
    lost_with_object: frozenset[str] = frozenset()  # "فقدوا منازلهم": lost a thing, not gone missing
    owned_suffix: tuple[str, ...] = ()  # the pronouns that own that thing
    lost_own: frozenset[str] = frozenset()  # "فقد التنظيم 103 من عناصره": a side lost its own men, killed
    lost_agreeing: frozenset[str] = frozenset()  # "القوات التي فقدت 125 ألف جندي": a side lost them, killed
    duration_unit: frozenset[str] = frozenset()  # "خلال 24 ساعة": a unit a number before or after it counts time in
    plural_verb: tuple[str, ...] = ()  # "قتلوا": a verb ending so has more than one subject
    # whether a word may start a number, person, casualty noun or verb: a name's word starts none
    name_stops: Callable[[str], bool] = bool
    side_or_death: Callable[[str], bool] = bool  # ... an armed or civilian side, or one person's death
    # words at which every phrase that may open a figure is a plural person noun no count
    # stands before (``_opens_nothing``): ``figure_at`` finds no figure there, so the reader
    # passes them over (most nouns of people in a text are such: "المدنيين", "عناصر")
    plain_people: WordTest = field(default_factory=lambda: WordTest(bool))
    # words ``bare_people`` may read as an indefinite plural of people (``_bare_plural``)
    bare_plural: WordTest = field(default_factory=lambda: WordTest(bool))
    # words a one-token phrase of ``opening`` is: a figure's phrase surely opens there, no
    # ``match_at`` call needed to say so
    opening_alone: WordTest = field(default_factory=lambda: WordTest(bool))
    people_longest: int = 0  # tokens of the longest person noun phrase


def side_named_after(toks: list[tuple[int, int, str]], k: int, lang: str = "ar") -> int | None:
    """The token where "من <side>" after a counted noun names the side ("5 مقاتلين من هيئة
    تحرير الشام", "117 شخصا من أفراد قوات النظام", "45 members of the Army of Conquest"),
    reading past filler words; ``k`` is the token after the noun. "في" says where, not whose
    ("390 في تركيا"), so it does not count; "في صفوف" (in the ranks of) does: "قتلى وجرحى في
    صفوف مجموعات إرهابية مسلحة"."""
    L = lexicons(lang)
    of = (L.of.match_at(toks, k) or L.ranks.match_at(toks, k)) if k < len(toks) else None
    if of is None:
        return None
    k += of[1]
    for _ in range(2):
        filler = L.of_filler.match_at(toks, k) if k < len(toks) else None
        if filler is None:
            break
        k += filler[1]
    return k if k < len(toks) else None


@lru_cache(maxsize=None)
def lexicons(lang: str = "ar") -> _Lexicons:
    """The figure lexicons of one language pack."""
    P = pack(lang)
    L = _Lexicons(*(P.lexicon() for _ in range(30)), opening=P.lexicon(), negation=P.lexicon(),
                  negated_subject=P.lexicon(),
                  unit_name=P.lexicon(), earlier=P.lexicon(), report_verb=P.lexicon(), fall=P.lexicon(),
                  one=P.lexicon(), topic=P.lexicon(), along_with=P.lexicon(),
                  among=P.lexicon(), among_side=P.lexicon(), besides=P.lexicon(),
                  one_died=P.lexicon(), may_rise=P.lexicon(), mourned=P.lexicon(), fell_as=P.lexicon(),
                  demonym_one=P.lexicon())
    for kind, value, phrase in P.rows("numbers"):
        L.numbers.add(phrase, (kind, int(value)))
    for cat, value, phrase in P.rows("quantities"):
        {"vague": L.vague, "some": L.some_q, "before": L.qual_before, "after": L.qual_after}[cat].add(phrase, value)
    preps, suffixes = P.word_set("masdar_after"), P.word_set("masdar_suffix")
    for role, kind, phrase in P.rows("casualty_words"):
        if role == "masdar":
            for prep in preps:
                for suffix in suffixes:
                    L.before.add(f"{prep} {phrase}{suffix}", kind)
            continue
        {"noun": L.noun_kind, "before": L.before, "after": L.after, "some": L.some_noun,
         "self": L.self_ref, "single": L.single, "fall": L.fall,
         "one": L.one}[role].add(phrase, kind)
    # one phrase may be both a plural-after-a-count and a singular ("طفل"): keep every class
    people: dict[str, tuple[str, set[str]]] = {}
    rows = list(P.rows("people"))
    article = tuple(P.word_set("article"))
    # class "a", a demonym, is a person only right after a casualty word ("مقتل فلسطيني");
    # anywhere else it is an adjective ("جندي سوري واحد", "مقاتل باكستاني وأفغاني") and no
    # person noun: its own lexicon, read by ``figure_at`` there only. Class "n" is a singular
    # counted one as "s" with no dual derived: its sound plural is spelt as its oblique dual
    # ("موظف", "موظفين")
    # its dual there is two ("قتل لبنانيان"); the oblique one only with its "two" after it
    # ("مقتل لبنانيين اثنين"), as the same spelling is the plural ("مقتل سوريين")
    two = [norm(w) for kind, value, w in P.rows("numbers") if kind == "unit" and value == "2" and " " not in w]
    for group, num, phrase in rows:
        if num == "a":
            phrase = norm(phrase)
            L.demonym_one.add(phrase, (group, frozenset({"s"})))
            for ending in P.word_set("dual_nominative"):
                L.demonym_one.add(phrase + ending, (group, frozenset({"d"})))
            for ending in P.word_set("dual_oblique"):
                for w in two:
                    L.demonym_one.add(f"{phrase}{ending} {w}", (group, frozenset({"d"})))
    rows = [(group, "s" if num == "n" else num, phrase, num == "n") for group, num, phrase in rows if num != "a"]
    for group, num, phrase, _ in rows:
        people.setdefault(norm(phrase), (group, set()))[1].add(num)
    # A plural counted noun with the article is the same people, counted by a quantity noun
    # in construct ("آلاف الجهاديين", "عشرات المسلحين") or taken some of ("ثلاثة من
    # المتشددين"): one definite form per plural row, not for an accusative singular ("عنصرا")
    # nor a phrase of several words
    tanween = tuple(P.word_set("accusative_ending"))
    for group, num, phrase, _ in rows:
        phrase = norm(phrase)
        if num == "p" and article and " " not in phrase and not phrase.startswith(article) \
                and not (tanween and phrase.endswith(tanween)):
            people.setdefault(article[0] + phrase, (group, set()))[1].add(num)
    # A dual in construct drops its ن before the noun it governs. In a compound person noun
    # ("ضابط شرطة", "رجل أمن") the dual of its head is a dual of the compound: "قتل ضابطا
    # شرطة", "مقتل ضابطي الشرطة" (class d). Before any other noun only the ين form is read
    # as a dual ("مقتل ضابطي" + a noun, class "c"): the ان form "ضابطا" is as often the
    # accusative singular. Not the duals that are also plurals ("مقاتلين": "مقاتلي التنظيم"
    # are many) nor casualty nouns ("قتيلين").
    casualty_nouns = {norm(phrase) for role, _kind, phrase in P.rows("casualty_words") if role == "noun"}
    duals = {norm(phrase) for _g, num, phrase, _ in rows if num == "d"}
    # a dual's endings and their forms in construct (grammar.tsv); only the oblique one is read
    # as a dual before any noun
    dual_construct = [(e, c) for case in ("dual_nominative", "dual_oblique")
                      for e in P.word_set(case) for c in P.word_set(case + "_construct")]
    oblique = next(((e, c) for e in P.word_set("dual_oblique")
                    for c in P.word_set("dual_oblique_construct")), None)
    for group, num, phrase, _ in rows:
        phrase = norm(phrase)
        head, _, rest = phrase.partition(" ")
        if num in ("p", "s") and rest and " " not in rest:
            for ending, construct in dual_construct:
                if head + ending in duals:
                    for r in {rest, rest if rest.startswith(article) else article[0] + rest}:
                        people.setdefault(head + construct + " " + r, (group, set()))[1].add("d")
        elif num == "d" and not rest and oblique and phrase.endswith(oblique[0]) \
                and not people[phrase][1] & {"p", "s"} and phrase not in casualty_nouns:
            people.setdefault(phrase[:-len(oblique[0])] + oblique[1], (group, set()))[1].add("c")
    # The dual of every one-word singular person noun counts two ("شرطي" -> "شرطيان"; "طفلة"
    # -> "طفلتان"): the nominative ending always, the oblique one only where that spelling is
    # no listed plural too ("مدنيين" is as often many civilians)
    fem = tuple(norm(w) for w in P.word_set("feminine_ending"))
    fem_stem = next(iter(P.word_set("feminine_stem")), "")
    others = {norm(w) for w in P.word_set("others")}
    for group, num, phrase, no_dual in rows:
        phrase = norm(phrase)
        if num != "s" or no_dual or " " in phrase or phrase.startswith(article) \
                or (tanween and phrase.endswith(tanween)):
            continue
        stem = phrase[:-1] + fem_stem if fem and phrase.endswith(fem) else phrase
        for case in ("dual_nominative", "dual_oblique"):
            for ending in P.word_set(case):
                form = norm(stem + ending)
                if form not in people and form not in others:  # "آخران": others, read as such
                    people[form] = (group, {"d"})
    # A plural counted noun with a possessive pronoun is the same people, definite, of the
    # side the pronoun refers to ("اثنين من عناصره", "أحد جنودها", "ثلاثة من مقاتلينا"):
    # class "o", read where a definite plural is ("من" + the people, a count in construct)
    for group, num, phrase, _ in rows:
        if num == "p" and group != "none":
            for form, _person in P.possessed_people(norm(phrase)):
                people.setdefault(norm(form), (group, set()))[1].add("o")
    for phrase, (group, classes) in people.items():
        L.people.add(phrase, (group, frozenset(classes)))
    for role, phrase in P.rows("figure_context"):
        if role == "negated_subject":
            verb, _, link = phrase.partition("*")  # "لم يسفر * عن": the subject stands at "*"
            L.negated_subject.add(verb.strip(), tuple(norm(link).split()))
            continue
        {"subcount": L.subcount, "rank": L.rank, "armed": L.armed, "civil": L.civil, "of": L.of,
         "member_civil": L.member_civil, "member_noun": L.member_noun, "armed_filler": L.armed_filler,
         "ranks": L.ranks, "in": L.in_, "of_filler": L.of_filler,
         "toll_lead": L.toll_lead, "update_to": L.update_to, "toll_rise": L.toll_rise, "toll_rise_verb": L.toll_rise_verb,
         "share": L.share, "partitive": L.partitive, "partitive_killed": L.partitive,
         "negation": L.negation, "unreal": L.negation, "unit_name": L.unit_name, "earlier_report": L.earlier,
         "report_verb": L.report_verb, "topic": L.topic, "along_with": L.along_with,
         "among": L.among, "among_side": L.among_side, "besides": L.besides, "among_toll": L.among_toll,
         "one_died": L.one_died, "may_rise": L.may_rise, "mourned": L.mourned, "fell_as": L.fell_as}[role].add(phrase, role)
    for phrase in P.marked("actors", "armed"):  # named bodies of fighters ("من داعش")
        L.armed.add(phrase, "armed")
    object_endings, object_forms = P.word_set("after_verb_object"), set()
    for row in P.rows("casualty_verbs"):
        if len(row) >= 3:
            role, kind, stem, *irregular = row
            for form in P.verb_forms(stem, *irregular):
                {"before": L.before, "after": L.after}[role].add(form, kind)
                L.verbs.add(form, kind)
            if role == "after" and not irregular:
                for ending in object_endings:  # "30 امرأة خطفهم التنظيم"
                    L.after.add(stem + ending, kind)
                    object_forms.add(norm(stem + ending))
    L.after_object = frozenset(object_forms)
    L.not_before_object = P.word_set("not_before_object_verb")
    L.ranges_or = set(P.word_set("range_or"))
    L.range_span = P.word_set("range_span")
    L.in_place = P.word_set("in_place")
    L.year_before = P.word_set("year_before")
    L.conj, L.clause_conj = P.word_set("conj"), P.word_set("clause_conj")
    L.versus = P.word_set("versus")
    L.share_aside = P.word_set("share_aside")
    L.death_toll, L.toll_rise_filler = P.word_set("death_toll"), P.word_set("toll_rise_filler")
    L.single_det = P.word_set("single_det")
    L.kin_possessive = P.word_set("kin_possessive")
    L.speaker_verb = P.word_set("speaker_verb")
    L.people_det = P.word_set("people_det")
    L.age_before, L.age_link = P.word_set("age_before"), P.word_set("age_link")
    L.perfect_aux = P.word_set("perfect_aux")
    L.passive_aux = P.word_set("passive_aux")
    L.person_pronoun, L.name_particle = P.word_set("person_pronoun"), P.word_set("name_particle")
    L.range_between, L.update_from = P.word_set("range_between"), P.word_set("update_from")
    L.taken_noun, L.taking_verb = P.word_set("taken_noun"), P.word_set("taking_verb")
    L.acc_subject, L.not_governed = P.word_set("accusative_subject"), P.word_set("not_governed")
    L.one_adjective = P.word_set("one_adjective")
    L.things_def = frozenset(article[0] + norm(phrase) for _g, num, phrase, _ in rows
                             if num == "x" and article and " " not in phrase and not norm(phrase).startswith(article)
                             and not (tanween and norm(phrase).endswith(tanween)))
    L.one_of = frozenset(norm(w) for w in P.word_set("site_one_of"))
    L.relative_one, L.death_manner = P.word_set("relative_one"), P.word_set("death_manner")
    L.relative_died = P.word_set("relative_died")
    L.toll_relative, L.not_only = P.word_set("toll_relative"), P.word_set("not_only")
    L.people_relative = P.word_set("people_relative")
    L.one_died_first = frozenset(phrase.split()[0] for phrase in L.one_died.phrases())
    L.modifiers, L.not_modifier = P.word_set("noun_modifier"), P.word_set("not_modifier")
    L.modifier_reach = int(P.setting("modifiers_before_noun", "0"))
    L.subject_first = P.setting("subject_before_verb", "0") == "1"
    L.unit_first = P.setting("unit_before_ten", "1") == "1"
    L.wa, L.article = tuple(P.word_set("conj_clitic")), tuple(P.word_set("article"))
    L.article_clitic, L.proclitic = tuple(P.word_set("article_clitic")), tuple(P.word_set("proclitic"))
    L.accusative_ending = tuple(P.word_set("accusative_ending"))
    L.feminine_ending = tuple(norm(w) for w in P.word_set("feminine_ending"))
    L.number_clitic = frozenset({""}) | P.word_set("number_clitic")
    L.number_clitic_next = frozenset({""}) | P.word_set("number_clitic_next")
    L.range_to, L.vague_thousands = P.word_set("range_to"), P.word_set("vague_thousands")
    L.occurrence = P.word_set("occurrence_noun")
    L.day_words = frozenset(norm(phrase) for key, phrase in P.rows("date_words")
                            if key.startswith(("weekday:", "rel:")) and " " not in phrase.strip())
    L.others = P.word_set("others")
    L.nisba_plural = tuple(P.word_set("nisba_plural"))
    L.nisba_single = tuple(P.word_set("nisba_single"))
    L.died_of = P.word_set("died_of")
    L.day_of = P.word_set("day_of")
    L.of_them = P.word_set("of_them")
    L.in_it = P.word_set("in_it")
    L.copula = P.word_set("copula")
    L.of_lam = tuple(P.word_set("of_lam"))
    L.plural_nominative = tuple(P.word_set("plural_nominative"))
    L.plural_verb = tuple(P.word_set("plural_verb_suffix"))
    L.perfect_particle = P.word_set("perfect_particle")
    L.touching_verb = P.word_set("touching_verb")
    L.lost_with_object = P.word_set("lost_with_object")
    L.owned_suffix = tuple(P.word_set("owned_suffix"))
    L.lost_own = P.word_set("lost_own")
    L.lost_agreeing = P.word_set("lost_agreeing")
    L.duration_unit = frozenset().union(*(P.word_set(r) for r in ("duration_counted", "duration_hours", "duration_long")))
    L.name_stops = any_start(L.numbers, L.people, L.noun_kind, L.before, L.after, L.verbs)
    L.side_or_death = any_start(L.armed, L.civil, L.one_died)
    for lex in (L.numbers, L.vague, L.some_q, L.qual_before, L.people, L.self_ref, L.some_noun, L.one,
                L.demonym_one):
        for phrase in lex.phrases():
            L.opening.add(phrase, True)
    for word in L.single_det | L.kin_possessive:
        L.opening.add(word, True)
    L.plain_people = WordTest(partial(_opens_nothing, L))
    L.bare_plural = WordTest(partial(_bare_plural, L))
    L.opening_alone = WordTest(L.opening.starts_alone)
    L.people_longest = max((len(phrase.split()) for phrase in L.people.phrases()), default=0)
    return L


# the classes of a person noun ``figure_at`` counts with no number before it: a singular, a
# title before a name, a dual, a dual in construct
_COUNTED_ALONE = frozenset({"s", "t", "d", "c"})


def _bare_class(classes: frozenset[str]) -> bool:
    """A person noun of these classes is a plural that counts people of no number ("جنود",
    "مدنيين"): not a singular, nor a noun of things."""
    return "p" in classes and not classes & {"x", "s"}


def _bare_plural(L: _Lexicons, w: str) -> bool:
    """Whether ``bare_people`` may read a token ``w`` as an indefinite plural of people: not
    "others", not definite, not ending as an accusative ("قتل شخصا") or a nominative plural
    (a verb's subject, "قتل مسلحون شرطيا"), and some person noun that may start there is of
    such a class (``_bare_class``). Asked once per word, of a text's candidates at once."""
    if w in L.others or w.startswith(L.article) or w.endswith(L.accusative_ending + L.plural_nominative):
        return False
    return any(_bare_class(classes) for _group, classes in L.people.values_from(w))


def _opens_nothing(L: _Lexicons, w: str) -> bool:
    """Whether ``figure_at`` surely finds no figure at a token ``w``, whatever the tokens after
    it: no number, quantity word, determiner (also a kin possessive: "his wife"), pronoun of
    one or lone noun starts there, and
    every person noun that may start there is a plural (or possessed) one that counts no one
    by itself: no singular, title, dual, nor (an accusative ending) the object of a verb."""
    if w.isdecimal() or w in L.single_det or w in L.kin_possessive or any(lex.may_start(w) for lex in (
            L.numbers, L.vague, L.some_q, L.qual_before, L.self_ref, L.one, L.demonym_one)):
        return False
    accusative = w.endswith(L.accusative_ending)
    return all(not classes & _COUNTED_ALONE and not (accusative and "p" in classes)
               for _group, classes in L.people.values_from(w))


def _earlier_toll(hits, kind: str):
    """The last toll of ``kind`` recorded before (no sub-count): what a count "among the dead"
    told later shares out."""
    return next((x for x in reversed(hits) if not x.subcount and x.recorded and x.figure.kind == kind), None)


class _Reader:
    """Reads figures out of one normalised text."""

    def __init__(self, nt: Normalized, toks: Sequence[tuple[int, int, str]], lang: str = "ar",
                 words: Sequence[str] | None = None, starts: Sequence[int] | None = None,
                 marks: Sequence[tuple[str, int]] | None = None,
                 breaks: tuple[bytearray, bytearray] | None = None):
        self.nt = nt
        self.toks = toks
        self.lang = lang
        self.L = lexicons(lang)
        self.n = len(toks)
        # each distinct word is asked once whether a phrase starts there, lexicon by lexicon
        self.words = list(map(itemgetter(2), toks)) if words is None else words
        self._died_at: list[int] | None = None  # where a verb of one death (one_died) may start
        # the words the reader's scans look for over the whole article, and where they stand:
        # one pass over the article's words (``_scan``), not one per scan
        self._scanned: frozenset[str] | set[str] = frozenset()
        self._scan_at: list[int] = []
        self._scan_words: list[str] = []
        self.distinct = set(self.words)
        self._named: set[str] = set()  # people counted by title and name ("العقيد نديم الحسن")
        self._kinds_before: dict[tuple[int, int], tuple[str | None, int]] = {}  # ``kind_before``'s answers
        self._companion: FigureHit | None = None  # a sub-count ``figure_at`` read with its hit
        self._some_nouns: set[str] | None = None  # ``some_noun.starters`` of ``distinct``, once ``read`` asked
        # Punctuation between tokens, read once: figure reading asks about it constantly.
        if breaks is not None:
            # the document's own columns (``Doc.clause_breaks`` of the clause and the sentence
            # marks, read off its marks by mark): no pass over all of the article's marks here
            self._clause, self._sentence = breaks
            return
        text = nt.text
        self._clause = bytearray(self.n + 1)  # (as the document's columns: searched in C)
        self._sentence = bytearray(self.n + 1)
        wraps = wrapped_breaks(text) if "\n" in text else set()
        # read mark by mark, not gap by gap: most gaps are one space
        if marks is not None:
            # the document's marks between tokens, (mark, token after it), read once for every
            # stage from the gaps: no scan of the whole text here (the same marks as the regex's)
            found = ((i, c) for c, i in marks if 0 < i < self.n and c in _CLAUSE_MARKS)
        else:
            if starts is None:
                starts = list(map(itemgetter(0), toks))
            found = ((bisect.bisect_left(starts, m.start()), m.group())
                     for m in _CLAUSE_BREAK.finditer(text, toks[0][1] if toks else 0, toks[-1][0] if toks else 0))
        for i, c in found:
            if c == "\n" and wraps and text.index("\n", toks[i - 1][1]) in wraps:
                continue  # a line the source's markup wrapped ("في ⏎دمشق"): its gap's breaks are spaces
            self._clause[i] = 1
            if c in _SENTENCE_BREAK:  # (one character)
                self._sentence[i] = 1

    # -- token helpers --------------------------------------------------------------
    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        if i <= 0 or i >= self.n:
            return ""
        return self.nt.text[self.toks[i - 1][1]:self.toks[i][0]]

    def breaks_clause(self, i: int) -> bool:
        return 0 < i < self.n and self._clause[i]

    def breaks_sentence(self, i: int) -> bool:
        return 0 < i < self.n and self._sentence[i]

    def clause_break_in(self, lo: int, hi: int) -> bool:
        """Whether a clause breaks before some token in ``[lo, hi)`` (``breaks_clause`` of any):
        one search of the break column in C, not a test per token."""
        return self._clause.find(1, max(lo, 1), min(hi, self.n)) >= 0

    def sentence_break_in(self, lo: int, hi: int) -> bool:
        """Whether a sentence breaks before some token in ``[lo, hi)`` (``breaks_sentence`` of any)."""
        return self._sentence.find(1, max(lo, 1), min(hi, self.n)) >= 0

    def is_digit(self, i: int) -> bool:
        # isdecimal: the tokenizer's \d+; "²" and "①" pass isdigit() but int() refuses them
        return 0 <= i < self.n and self.toks[i][2].isdecimal()

    def _scan(self, *wanted: set[str] | frozenset[str]) -> None:
        """Find where the words of every set in ``wanted`` stand, in one pass over the
        article's words (``positions`` then reads a set's tokens off that pass)."""
        scanned = set().union(*wanted)
        self._scanned = scanned
        self._scan_at = at = positions_of(self.words, scanned)
        self._scan_words = list(map(self.words.__getitem__, at))

    def positions(self, wanted: set[str] | frozenset[str]) -> list[int]:
        """The tokens whose word is in ``wanted`` (``positions_of``): picked, in C, out of the
        tokens ``_scan`` found when it was asked for those words, else a pass of their own."""
        if not self._scanned.issuperset(wanted):
            return positions_of(self.words, wanted)
        return list(compress(self._scan_at, map(wanted.__contains__, self._scan_words)))

    def match(self, lex: Lexicon, i: int) -> tuple[object, int, int] | None:
        if i < 0 or i >= self.n or self.words[i] in lex.quiet:
            return None
        return lex.match_at(self.toks, i)

    def match_ending_at(self, lex: Lexicon, end: int, max_len: int = 4) -> tuple[object, int] | None:
        """A phrase of ``lex`` whose last token is ``end - 1``: (value, start token)."""
        if lex.quiet.issuperset(self.words[max(end - max_len, 0):end]):
            return None  # no phrase starts at any of those words (most often): known in C
        for value, s in lex.ending_at(self.toks, end, max_len):
            if not self.clause_break_in(s + 1, end):
                return value, s
        return None

    # -- quantities -----------------------------------------------------------------
    def number_at(self, i: int) -> tuple[int, int] | None:
        """(value, next token) for a number written in digits and/or words at token i."""
        if 0 <= i < self.n and self.toks[i][2].isdecimal():  # (``is_digit``, asked of every count: no call)
            if len(self.toks[i][2]) > _MAX_DIGITS:
                return None
            value, j = int(self.toks[i][2]), i + 1
            # 26,000 / 26.000 written with a thousands separator
            while self.is_digit(j) and len(self.toks[j][2]) == 3 and self.gap(j) in (",", ".", "٬") \
                    and value <= MAX_COUNT:
                value, j = value * 1000 + int(self.toks[j][2]), j + 1
            # (most words after a number start no number word: known from ``quiet``, no call)
            m = self.match(self.L.numbers, j) if j < self.n and self.words[j] not in self.L.numbers.quiet else None
            if m and m[0][0] in ("thousand", "million") and m[2] == 0 and not self.breaks_clause(j):
                # "70 ألفا": after a number every thousand word multiplies by a thousand (the
                # dual's construct "ألفا" is there ألف's accusative)
                value, j = value * (1000 if m[0][0] == "thousand" else m[0][1]), j + m[1]
                if m[0][0] == "thousand" and j + 1 < self.n and self.toks[j][2] in self.L.conj \
                        and self.is_digit(j + 1) and len(self.toks[j + 1][2]) <= 3 \
                        and not self.breaks_clause(j) and not self.match(self.L.numbers, j + 2):
                    value, j = value + int(self.toks[j + 1][2]), j + 2  # "71 ألفا و781 مدنيا"
            return (value, j) if value <= MAX_COUNT else None
        if i < 0 or i >= self.n or self.words[i] in self.L.numbers.quiet:
            return None  # no number word starts there (most often): no walk
        total, current, j, seen = 0, 0, i, False
        last_kind, joined = "", False  # the last word's kind; whether "and" stands before this one
        mark = None  # (total, next token, the kind of word read last) after the last multiplier ("ألف") read
        while j < self.n:
            if seen and self.breaks_clause(j):
                break
            m = self.match(self.L.numbers, j)
            if not m:
                break
            (kind, v), k, p = m
            prefix = self.toks[j][2][:p]
            if kind == "article":
                # "a dozen", "a hundred": one only before a multiplier
                nxt = self.match(self.L.numbers, j + k)
                if seen or nxt is None or nxt[0][0] not in _MULTIPLIERS:
                    break
                current, j, seen = 1, j + k, True
                continue
            if seen and prefix not in self.L.number_clitic_next:
                break
            if seen and (prefix or joined) and not _joins(last_kind, kind, v):
                break  # "بين عشرة وخمسة عشر", "بين مئة ومئتي": two numbers, not one
            if not seen and prefix not in self.L.number_clitic:
                break
            if kind == "fraction":
                # "نصف مليون": a part of the multiplier right after it, and nothing else
                nxt = self.match(self.L.numbers, j + k)
                if seen or nxt is None or nxt[0][0] not in ("thousand", "million") or nxt[2]:
                    break
                total, j, seen = nxt[0][1] // v, j + k + nxt[1], True
                break
            if kind == "unit":
                if seen and (current % 10 and current < 10 or last_kind == "ten" and self.L.unit_first) and prefix == "":
                    break  # "الاثنا عشر ثلاثة": a unit after a ten is the next number's
                current += v
            elif kind == "ten":
                if v == 10 and seen and 0 < current < 10 and prefix == "":
                    current += 10  # ثلاثة عشر
                elif v == 10 and not seen and prefix == "" and (unit := self._definite_unit_before(j)):
                    current += unit + 10  # "الخمسة عشر": the teen's unit carries the article
                else:
                    current += v
            elif kind == "hundred":
                current = current * 100 if (v == 100 and 0 < current < 10 and prefix == "") else current + v
            elif kind in ("thousand", "million") and mark is not None and mark[2] == kind:
                # "بين أربعة آلاف وسبعة آلاف": a second count of the same order is a second
                # number (a range's end), not more of the first
                return mark[0], mark[1]
            elif kind == "thousand":
                if not seen and v == 1000 and self.toks[j][2] in self.L.vague_thousands:
                    break  # "آلاف" alone is a vague quantity
                if v == 2000 and seen and current and self.toks[j][2].endswith(self.L.accusative_ending):
                    v = 1000  # "سبعين ألفا": after a number the dual's construct form is ألف's accusative
                total += (current or 1) * v if v == 1000 else v
                current = 0
            elif kind == "million":
                total += (current or 1) * v
                current = 0
            elif kind == "dozen":
                current = (current or 1) * v  # "two dozen"
            seen, last_kind, joined = True, kind, False
            j += k
            if kind in ("thousand", "million"):
                mark = (total, j, kind)
            if j + 1 < self.n and self.toks[j][2] in self.L.conj and not self.breaks_clause(j) \
                    and (nx := self.match(self.L.numbers, j + 1)) is not None and nx[0][0] in ("unit", "ten"):
                j, joined = j + 1, True  # "one hundred and fifty"
        if not seen or total + current > MAX_COUNT:
            return None
        return total + current, j

    def _definite_unit_before(self, j: int) -> int | None:
        """The unit with the article right before "عشر" at ``j`` ("الخمسة عشر", "الاثني
        عشر"): the definite teen is one number, its "عشر" alone no ten."""
        if j < 1 or self.breaks_clause(j):
            return None
        w = self.toks[j - 1][2]
        art = next((a for a in self.L.article if w.startswith(a)), None)
        if art is None:
            return None
        return next((int(v) for kind, v in self.L.numbers.values_from(w[len(art):]) if kind == "unit"), None)

    # -- context --------------------------------------------------------------------
    def noun_at(self, j: int) -> tuple[str | None, str | None, int, bool]:
        """(kind from a casualty noun, group, next token, excluded) for the counted noun at j,
        or after the words a language puts before its noun ("30 regime soldiers", "Over 100
        Syrian civilians"): those say the side, and an armed one makes the people combatants."""
        found = self._noun_here(j)
        if found[1] and not found[0] and self.L.modifier_reach and found[2] == j + 1 \
                and self.toks[j][2] in self.L.modifiers and found[2] < self.n:
            # "three terrorist explosions", "two terrorist attacks": a person noun that is also
            # an adjective, before a noun after which a number counts no people, counts attacks
            nxt = self._noun_here(found[2])
            if nxt[3]:
                return nxt
        if found[0] or found[1] or found[3] or not self.L.modifier_reach:
            return found
        t = j
        # ("40 al-Nusra Front members": a name's particle stands among the words of the side)
        while t < self.n and t - j < self.L.modifier_reach and (self.is_modifier(t) or self.name_particle_at(t)):
            t += 1
            if t == j or self.breaks_clause(t):
                break
            if t + 1 < self.n and self.toks[t][2] in self.L.conj and self.is_modifier(t + 1) \
                    and not self.breaks_clause(t + 1):
                t += 1  # "70 regime and rebel fighters": modifiers joined by "and" are one
            kind, group, k, excluded = self._noun_here(t)
            if kind or group or excluded:
                if group == "unspecified" and not kind and any(self.match(self.L.armed, m) for m in range(j, t)):
                    group = "combatants"  # "ISIL members", "regime elements"
                return kind, group, k, excluded
        if j < t < self.n - 1 and self.toks[t][2] in self.L.conj and not self.breaks_clause(t + 1):
            # "30 regime and 39 rebel fighters": a count and its side before "and" and another
            # count share the noun the last one names; the figure ends at "and"
            q = self.match(self.L.qual_before, t + 1)
            number = self.number_at(t + 1 + (q[1] if q else 0))
            if number is not None:
                kind, group, _k, excluded = self.noun_at(number[1])
                if group is not None and group != "unspecified" and not excluded:
                    return kind, group, t, False
        return found

    def is_modifier(self, t: int) -> bool:
        """A word that may stand between a count or "a" and the counted noun: an adjective of
        the language's list, a capitalised word ("Syrian", "IS"), or one joined to the word
        before by a hyphen ("pro-government", "five-year-old")."""
        if t >= self.n or self.is_digit(t) and not self.gap(t) == "-":
            return False
        w = self.toks[t][2]
        if w in self.L.not_modifier and len(w) > 1 and self._acronym(t):
            return True  # "9 IS fighters": a name written in capitals, not the function word "is"
        if w in self.L.not_modifier or self.match(self.L.numbers, t) and self.gap(t) != "-":
            return False  # "2016 Five medics": a count of its own, not a word of the noun's
        if w in self.L.modifiers or (t > 0 and self.gap(t) == "-"):
            return True
        return self._capitalised(t)

    def _rank_reach(self, j: int) -> int:
        """Past a side's name after "of" ("of al-Nusra", "of Nusra"): the token after its run of
        capitalised words and name particles, where a rank noun may stand; ``j`` when none."""
        if j >= self.n or not self.match(self.L.of, j):
            return j
        t = j + 1
        while t < self.n and t - j <= 4 and not self.breaks_clause(t) and (self.name_particle_at(t) or self._capitalised(t)):
            t += 1
        return t + 1 if t > j + 1 else j

    def name_particle_at(self, t: int) -> bool:
        """A name's lower-case particle before its hyphen ("al-Nusra", "el-Sham")."""
        return t + 1 < self.n and self.toks[t][2] in self.L.name_particle and self.gap(t + 1) == "-"

    def _noun_here(self, j: int) -> tuple[str | None, str | None, int, bool]:
        if j >= self.n or self.breaks_clause(j):
            return None, None, j, False
        # asked after every count: most words start no casualty noun (``quiet``: no call)
        w = self.words[j]
        ck = None if w in self.L.noun_kind.quiet else self.match(self.L.noun_kind, j)
        if ck and ck[2]:
            ck = None  # "194 والجرحى": a noun with a proclitic starts the next phrase
        pm = self.match(self.L.people, j)
        if pm and pm[2]:
            pm = None
        if pm and "x" in pm[0][1] and not ck:
            return None, None, j, True
        if ck and (not pm or ck[1] >= pm[1]):
            kind, k = str(ck[0]), j + ck[1]
            # "عشرات الشهداء والجرحى": two casualty nouns joined by و count both together
            nxt = self.match(self.L.noun_kind, k)
            if nxt and nxt[2] == 1 and self.toks[k][2].startswith(self.L.wa) and str(nxt[0]) != kind \
                    and {kind, str(nxt[0])} == {"killed", "injured"} and not self._governs_a_count(k + nxt[1]):
                return "casualties", "unspecified", k + nxt[1], False
            return kind, "unspecified", k, False
        if pm and pm[0][1] & {"p", "s", "o"}:
            return None, str(pm[0][0]), j + pm[1], False
        return None, None, j, False

    def group_from_of(self, j: int) -> tuple[str | None, int | None, int]:
        """A following "من <armed|civilian words>" phrase: (group, token of the actor, next).
        After "among" ("بين السكان المدنيين", "بين صفوف المقاتلين") a list joining the other
        side too ("بين القوات النظامية والمعارضين والمدنيين") names no one group."""
        L = self.L
        if 0 <= j < self.n and (w := self.words[j]) in L.of.quiet and w in L.in_.quiet \
                and w in L.ranks.quiet and w in L.among_side.quiet and not w.startswith(L.of_lam):
            # asked after nearly every count: a word that starts none of the phrases read below
            # (known from the lexicons' quiet words, as ``match`` asks them) names no side
            return None, None, j
        found = self._group_from_of(j)
        if found[0] is not None or j >= self.n or self.breaks_clause(j):
            return found
        among = self.match(self.L.among_side, j)
        if among is None:
            return found
        k = j + among[1]
        for t in range(k, min(k + 3, self.n)):  # "بين السكان المدنيين", "بين عناصر الأمن"
            if self.breaks_clause(t):
                break
            for lex, group in ((self.L.armed, "combatants"), (self.L.civil, "civilians")):
                if self.match(lex, t) is not None:
                    return (None, None, j) if self._other_side_joined(t + 1, group) else (group, None, t + 1)
            pm = self.match(self.L.people, t)
            if pm is not None and not pm[2] and "p" in pm[0][1] and "x" not in pm[0][1] \
                    and (group := str(pm[0][0])) in _AMONG_GROUPS \
                    and not (t + pm[1] < self.n and self.words[t + pm[1]].startswith(self.L.wa)
                             and self._people_after_wa(t + pm[1], plural=False) is not None):
                # (not a list of one of each, "بين ضابط ومجند ومتطوع")
                # "مئة قتيل على الأقل بين مقاتلين مؤيدين لدمشق": a plural person noun of no
                # article names the people as the armed or civil words do
                return (None, None, j) if self._other_side_joined(t + pm[1], group) else (group, None, t + pm[1])
            if not self.match(self.L.of_filler, t):
                break
        return found

    def _other_side_joined(self, k: int, group: str) -> bool:
        """Within a few words of its clause after ``k``, a word joined by "و" names the side
        other than ``group`` (armed words for civilians, civilian words for combatants)."""
        other = self.L.civil if group == "combatants" else self.L.armed
        for t in range(k, min(k + _MIXED_REACH, self.n)):
            if self.breaks_clause(t):
                return False
            w = self.toks[t][2]
            if w.startswith(self.L.wa) and (self.match(other, t) is not None or self._match_after_wa(other, t)
                                            or self._people_after_wa(t) in _AMONG_GROUPS - {group}):
                return True  # ... or a person noun of the other group ("ومدنيين")
        return False

    def _people_after_wa(self, t: int, plural: bool = True) -> str | None:
        """The group of a plural (or, not ``plural``, any) person noun at ``t`` once its "و" is
        dropped ("ومدنيين", "ومجند")."""
        m, _rest = self._people_past_wa(t, 3)
        if m is None or m[2] or plural and "p" not in m[0][1] or "x" in m[0][1]:
            return None
        return str(m[0][0])

    def _armed_owned(self, t: int) -> bool:
        """Token ``t`` is a word of fighters owned by a pronoun ("عناصره", "مقاتليها",
        "أفرادهم"): the side the pronoun refers to is whose fighters they are."""
        w = self.toks[t][2]
        for suffix in self.L.owned_suffix:
            if w.endswith(suffix) and len(w) - len(suffix) > 2:
                m = self.L.armed.match_at([(0, 0, w[:-len(suffix)])], 0)
                if m is not None and m[1] == 1 and not m[2]:
                    return True
        return False

    def _people_past_wa(self, t: int, more: int = 0) -> tuple[tuple | None, str]:
        """A person noun at token ``t`` once its "و" is dropped (with up to ``more`` tokens after
        it): the people lexicon's match there, and the token's word without the "و"."""
        tok = self.toks[t]
        wa = next(c for c in self.L.wa if tok[2].startswith(c))
        rest = tok[2][len(wa):]
        return self.L.people.match_at([(tok[0] + len(wa), tok[1], rest), *self.toks[t + 1:t + 1 + more]], 0), rest

    def _joined_tamyiz(self, k: int, group: str) -> tuple[int, str] | None:
        """After a count of eleven or more, whose noun is a singular ("36 سيدة", "6800 طفل"),
        a singular noun of people of another group joined to it by "و" with no count of its own
        ("36 سيدة وطفلا", "سبعين رجلا وامرأة", "6800 طفل وامرأة") is counted by the same
        number: the token after it; else None. Not a noun in another case than the count's
        ("12 رجلا وطفل": the accusative count, then "and a child" as a subject of its own).
        Returns the token after it and its group."""
        if k <= 0 or k >= self.n or self.breaks_clause(k) or not self.toks[k][2].startswith(self.L.wa):
            return None
        pm, rest = self._people_past_wa(k)
        if pm is None or pm[1] != 1 or "x" in pm[0][1] or str(pm[0][0]) == group:
            return None
        if k + 1 < self.n and not self.breaks_clause(k + 1) and (self.is_digit(k + 1) or self.match(self.L.numbers, k + 1)):
            return None
        acc = self.L.accusative_ending
        if self.toks[k - 1][2].endswith(acc) and not rest.endswith(acc) and not rest.endswith(self.L.feminine_ending):
            return None
        return k + 1, str(pm[0][0])

    def _match_after_wa(self, lex, t: int) -> bool:
        """The words at ``t`` name an entry of ``lex`` once the "و" before the first is dropped."""
        tok = self.toks[t]
        wa = next(c for c in self.L.wa if tok[2].startswith(c))
        rest = [(tok[0] + len(wa), tok[1], tok[2][len(wa):]), *self.toks[t + 1:t + 4]]
        return lex.match_at(rest, 0) is not None

    def _group_from_of(self, j: int) -> tuple[str | None, int | None, int]:
        k = j
        if k >= self.n or self.breaks_clause(k):
            return None, None, j
        ranks = self.match(self.L.ranks, k)
        if ranks is not None and k + ranks[1] < self.n and not self.breaks_clause(k + ranks[1]):
            nxt = k + ranks[1]
            return ("civilians" if self.match(self.L.civil, nxt) else "combatants"), nxt, nxt + 1
        of = self.match(self.L.of, k) or self.match(self.L.in_, k)
        if of is not None:
            k += of[1] - 1
            fighters = None  # a filler that itself names fighters ("من مسلحي جماعات منافسة")
            # words before the side's noun, where the language puts them ("of pro-government
            # militias"); a name may run one longer ("of the Kurdish-led Syrian Democratic Forces")
            mods, most = 0, self.L.modifier_reach + 1 if self.L.modifier_reach else 0
            for skip in range(1, 4 + most):  # "من صفوف مقاتلي تنظيم داعش": two fillers, then the side
                if skip > 3 + mods or k + skip >= self.n or self.breaks_clause(k + skip):
                    break
                body = self.match(self.L.of_filler, k + skip) and k + skip + 1 < self.n \
                    and not self.breaks_clause(k + skip + 1) \
                    and (self.match(self.L.civil, k + skip + 1) or self.match(self.L.member_civil, k + skip + 1))
                if body:
                    # "تسعة من أفراد الطواقم الطبية", "خمسة من أفراد عائلة واحدة": a word of
                    # membership ("أفراد") is of whatever body follows it, here a civilian one
                    return "civilians", k + skip + 1, k + skip + 1 + body[1]
                if self.match(self.L.armed, k + skip):
                    return "combatants", k + skip, k + skip + 1
                if skip == 1 and self._armed_owned(k + skip):
                    return "combatants", None, k + skip + 1  # "العشرات من عناصره": its own fighters
                civil = self.match(self.L.civil, k + skip)
                if civil:  # (a body's whole name: "من الدفاع المدني")
                    return "civilians", k + skip, k + skip + civil[1]
                if not self.match(self.L.of_filler, k + skip):
                    if mods < most and self.is_modifier(k + skip):
                        mods += 1
                        continue
                    break
                if fighters is None and self.match(self.L.armed_filler, k + skip):
                    fighters = k + skip
            if fighters is not None:
                # "37 من مسلحي جماعات منافسة": fighters of a body named by no side are still
                # fighters
                return "combatants", None, fighters + 1
        elif self.toks[k][2].startswith(self.L.of_lam):
            # "عشرات الجثث لمدنيين", "قتلى لقوات النظام": the dead of that side
            pm = self.match(self.L.people, k)
            if pm is not None and pm[2] and "p" in pm[0][1] and str(pm[0][0]) in _SIDES:
                return str(pm[0][0]), None, k + pm[1]
            for lex, group in ((self.L.armed, "combatants"), (self.L.civil, "civilians")):
                m = self.match(lex, k)
                if m is not None and m[2]:
                    return group, k, k + m[1]
        return None, None, j

    def kind_before(self, i: int, reach: int) -> tuple[str | None, int]:
        """Casualty verb/noun ending just before token i (within ``reach`` tokens)."""
        # a count asks it again at the same token (near, then far; a lone noun's verb): read once
        key = (i, reach)
        got = self._kinds_before.get(key)
        if got is None:
            got = self._kinds_before[key] = self._kind_before(i, reach)
        return got

    def _kind_before(self, i: int, reach: int) -> tuple[str | None, int]:
        # the walk below finds a kind only at a phrase of ``before`` ending within its reach:
        # none may start among the words it looks back over (one test in C), no walk (the
        # token returned with no kind is read by no caller)
        if self.L.before.none_start(self.words, i - reach - 4, i):
            return None, i
        j = i
        steps = 0
        while j > 0 and steps <= reach:
            if self.breaks_sentence(j):
                break
            if reach <= 2 and steps > 1 and self.breaks_clause(j):
                break
            m = self.match_ending_at(self.L.before, j)
            if m and not (j < i and j - m[1] == 1 and self.words[m[1]] in self.L.touching_verb):
                return str(m[0]), m[1]
            prev = j - 1
            tok = self.toks[prev][2]
            if tok in self.L.clause_conj:
                break  # "a woman was killed and 25 others were wounded": the first clause's verb
            if tok.isdecimal() or tok not in self.L.numbers.quiet and self.match(self.L.numbers, prev):
                # a toll update "من 8 إلى 31" reads through the earlier number
                if self.match(self.L.update_to, j) or (prev + 1 < self.n and self.toks[prev + 1][2] in self.L.range_to):
                    j, steps = prev, steps + 1
                    continue
                if self._counts_time(prev):
                    # "وقتل خلال 24 ساعة 16 مقاتلا", "قتل قبل عشرة أيام ثلاثة": a span of time
                    # between the verb and the count, no count of people
                    j, steps = prev, steps + 1
                    continue
                break
            j, steps = prev, steps + 1
        return None, j

    def _counts_time(self, t: int) -> bool:
        """The number at ``t`` counts units of time: one is right after it ("24 ساعة", "عشرة
        أيام") or right before it, the article between or not ("الساعات الـ24")."""
        units, article = self.L.duration_unit, self.L.article
        if not units:
            return False
        def unit(k: int) -> bool:
            w = self.toks[k][2]
            return w in units or w.startswith(article) and w[len(article[0]):] in units
        return (t + 1 < self.n and not self.breaks_clause(t + 1) and unit(t + 1)) \
            or (t > 0 and not self.breaks_clause(t) and unit(t - 1)) \
            or (t > 1 and not self.breaks_clause(t) and self.toks[t - 1][2] in article and unit(t - 2))

    def kind_after(self, j: int, reach: int = 6, counted: bool = False,
                   joined: bool = False) -> tuple[str | None, int]:
        """A casualty verb after the counted noun phrase: (kind, token after it).

        Reads through a sub-count aside: "23 مدنيا، بينهم 7 أطفال، قتلوا", and, after counted
        people (``counted``), one set off by no comma, which ends at the verb: "11 civilians
        including two children were killed" (the figure then does not run on over the aside).
        ``joined``: read through a list of counts as ``counted`` does, after one person ("a
        woman and her three children were killed").
        """
        k = j
        aside = by_share = False
        aside_at = j
        L, words = self.L, self.words
        # a kind is read only off a phrase of ``after``; the reach grows only past a sub-count
        # word or (counted, joined) an "and": with none of those among the words within reach,
        # no walk (one test in C per lexicon)
        if counted and L.people_relative and not L.people_relative.isdisjoint(words[j:j + reach + 1]):
            # "nine members of the staff who were working in the clinic were also killed": the
            # verb of the counted people stands past a relative clause of theirs
            reach += _RELATIVE_REACH
        if L.after.none_start(words, j, j + reach + 1) and L.subcount.none_start(words, j, j + reach + 1) \
                and not ((counted or joined) and not L.conj.isdisjoint(words[j:j + reach + 1])):
            return None, j
        # most words start none of the phrases asked of below: told by their lexicons' ``quiet``
        # sets (what ``match`` asks first), without a call each
        topic_q, subcount_q, after_q = L.topic.quiet, L.subcount.quiet, L.after.quiet
        while k < self.n and k - j <= reach:
            w = words[k]
            if k == j and self.breaks_sentence(k):
                break
            if joined and not aside and self.breaks_clause(k) and self.gap(k).strip() == "," \
                    and (nxt := self._det_single(k)) is not None:
                # "a father, a mother and a son were killed": a list of people one by one,
                # its verb after the last
                reach += nxt[1] + nxt[0][1] - k
                k = nxt[1] + nxt[0][1]
                continue
            # "ثلاثون شخصا، نصفهم من الأطفال، قتلوا": an aside on a share of them, set off by commas
            share = not aside and w in L.share_aside and self.breaks_clause(k)
            if k == j and self.breaks_clause(k) and not share and not self.match(self.L.subcount, k) \
                    and not (self.words[k].endswith(self.L.plural_verb) and self.gap(k).strip() in ("،", ",")
                             and (v := self.match(self.L.after, k)) is not None and not v[2]):
                # "بينهم طفل، كما جرح 25": the verb after the comma is another clause's; but a
                # plural verb right after it agrees with the count: "إن 15 مدنيا، قتلوا"
                break
            if k > j and w not in topic_q and self.match(L.topic, k):
                break  # "اعتصم ألف شخص احتجاجا على قتل ضابط": the death is what they protest
            by_share = by_share or share
            if share or w not in subcount_q and self.match(L.subcount, k) and (k == j or self.breaks_clause(k) or (
                    counted and k > j + 1 and self._of_phrase_to(j, k)) or (
                    (qa := self.match_ending_at(self.L.qual_after, k, 3)) is not None and qa[1] == j)):
                # "7 أشخاص على الأقل بينهم 6 مدنيين قتلوا": after the count's own qualifier too;
                # after counted people, past what the noun phrase says of them ("12 مدنيا من
                # عائلة واحدة بينهم 4 أطفال قتلوا")
                aside, reach, aside_at = True, reach + 8, k
            elif k > j and self.breaks_clause(k):
                if not aside:
                    break
                aside = False
            if aside and k > aside_at and self.match(self.L.besides, k):
                break  # "بينهم قياديان بالإضافة لإصابة 22": the verb after "besides" is the next count's
            m = None if w in after_q else self.match(L.after, k)
            if m and self.toks[k][2] in self.L.after_object:
                if k > 0 and self.toks[k - 1][2] in self.L.not_before_object:
                    break  # "أحد الرهائن الذين خطفهم": a definite antecedent told before
                for t in range(k + m[1], min(k + m[1] + 4, self.n)):
                    if self.breaks_clause(t):
                        break
                    w = self.toks[t][2]
                    if w.startswith(self.L.wa) and any(w[len(c):] in self.L.after_object for c in self.L.wa):
                        n2 = self.match(self.L.after, t)
                        if n2:  # "اعتقلتهم قوات الأمن وقتلتهم": their last fate
                            m = (n2[0], m[1], 0)
                        break
            if m and m[1] == 1 and self._lost_a_thing(k):
                m = None
            if m and self.match(self.L.among, k) and self._toll_told_at(k + m[1]):
                break  # "خمسة أشخاص بين القتلى الـ24": a share of the toll told there, no count of its own
            if m and not m[2] and not aside:  # "وأصيب" opens the next clause
                if by_share and not self.words[k].endswith(self.L.plural_verb):
                    break  # "20 ألف شخص، معظمهم مدنيون، قتل منهم العشرات": not the count's verb
                return str(m[0]), k + m[1]
            if m and not m[2] and counted and k > aside_at + 1:
                return str(m[0]), j
            if not aside and (counted or joined) and self.toks[k][2] in self.L.conj:
                # "30 regime soldiers and 39 rebel fighters had been killed": the verb after
                # a list of counts is every one's
                nxt = self._counted_after(k + 1)
                if nxt is not None:
                    reach += nxt - k
                    k = nxt
                    continue
            if not aside:
                if k > j and self.is_digit(k) and self.words[k - 1] in self.L.article and not self.breaks_clause(k):
                    k += 1  # "ثمانية من العناصر الـ54 خطفوا": the noun's own number, no new count
                    continue
                if k > j + 1 and self.words[k] in self.L.one_adjective and not self.breaks_clause(k) \
                        and not self.is_digit(k - 1) and not self.match(self.L.people, k - 1):
                    k += 1  # "12 مدنيا من عائلة واحدة قتلوا": "one" agreeing with a thing's noun counts no one
                    continue
                if (self.is_digit(k) or (k > j and self.match(self.L.numbers, k)
                                         and not (self.words[k] in self.L.single_det and not self._det_counts(k)))) \
                        and not (self.L.age_before and self._an_age(k)):
                    break  # ... another count ("a soldier", "a dozen"), not an article ("in a school") or an age
                if k > j and self.toks[k][2].startswith(self.L.wa) and (self.match(self.L.before, k) or self.match(self.L.vague, k)):
                    break  # "وأصيب العشرات": the next clause has its own figure
                if k > j and self.words[k] not in L.vague.quiet and self.match(L.vague, k):
                    break  # "20 people in addition to tens of others injured": a vague count, the verb its own
            k += 1
        return None, j

    def _own_clause_kind(self, qstart: int, end: int, before: str, before_at: int) -> str | None:
        """The kind of a verb of its own right after people set off from the verb before by a
        comma or by that verb's being passive (English: "one soldier was killed, a child was
        wounded", "... was killed a child was wounded" in copy without commas: a passive verb
        takes no object), if it differs from that verb's: a clause per fate."""
        if not self.L.subject_first:
            return None
        if self.gap(qstart).strip() != "," and not (before_at > 0 and self.words[before_at - 1] in self.L.passive_aux):
            return None
        m = self.match(self.L.after, end)  # the people's own verb, right after them
        if m is None or str(m[0]) in (before, "casualties"):
            return None  # (not one further on: "three were killed a woman among them and four others got injured")
        return str(m[0])

    def _of_phrase_to(self, j: int, k: int) -> bool:
        """Tokens j..k-1 are the counted people's "من" phrase, after their qualifier if any ("من
        عائلة واحدة", "على الأقل من قوات النظام"): what the noun phrase says of whom it counts."""
        qa = self.match(self.L.qual_after, j)
        t = j + qa[1] if qa else j
        return t < k and self.match(self.L.of, t) is not None \
            and not any(self.match(self.L.after, x) for x in range(t + 1, k))

    def _closing_multiplier(self, start: int, end: int) -> int:
        """The multiplier word ("آلاف", "مليون") closing a number read over tokens start..end, after
        a number of its own ("سبعة آلاف", "15 ألف"); 1 if none."""
        if end - start < 2:
            return 1
        m = self.match(self.L.numbers, end - 1)
        if m is None or m[1] != 1 or m[0][0] not in ("thousand", "million") or m[0][1] not in (1000, 1000000):
            return 1
        return m[0][1]

    def _toll_told_at(self, e: int) -> bool:
        """A toll's own number right after its definite noun ("القتلى الـ35", "القتلى الخمسة")."""
        if e < self.n and self.words[e] in self.L.article:
            e += 1
        return e < self.n and not self.breaks_clause(e) and (self.is_digit(e) or self.match(self.L.numbers, e) is not None)

    def _lost_a_thing(self, k: int) -> bool:
        """"12 مليون سوري فقدوا منازلهم": a verb of going missing with an owned noun right
        after it tells what its subject lost."""
        if self.words[k] not in self.L.lost_with_object or k + 1 >= self.n or self.breaks_clause(k + 1):
            return False
        nxt = self.words[k + 1]
        return len(nxt) > 3 and nxt.endswith(self.L.owned_suffix) and not self.is_digit(k + 1)

    def _counted_after(self, t: int) -> int | None:
        """The token after a count and its counted people starting at ``t`` ("39 rebel
        fighters"), or None when no such phrase starts there."""
        counted = self._people_counted_at(t)
        return counted[1] if counted is not None else None

    def _people_counted_at(self, t: int) -> tuple[str, int] | None:
        """The group and the end of a count of people starting at ``t`` ("20 fighters", "a
        child", "her three children", "nine of his comrades"), or None."""
        det = self._det_single(t)
        if det is not None:
            return str(det[0][0][0]), det[1] + det[0][1]  # "two women and a child were among the dead"
        bare = self._bare_single(t)
        if bare is not None:
            return str(bare[0][0][0]), bare[1] + bare[0][1]  # "a woman and child", "his father and younger brother"
        if t < self.n and self.toks[t][2] in self.L.kin_possessive:
            t += 1  # "and her three children"
        q = self.match(self.L.qual_before, t)
        if q is not None:
            t += q[1]
        number = self.number_at(t)
        if number is None and t < self.n and self.toks[t][2].startswith(self.L.wa):
            number = self._number_after_wa(t)  # "و100 من جنود القوات": "and" on the count itself
        if number is None:
            return None
        after = number[1]
        if after + 1 < self.n and self.toks[after][2] in self.L.range_span \
                and (upper := self.number_at(after + 1)) is not None:
            after = upper[1]  # "and 20 to 25 jihadists": a range counts them
        _kind, group, k, _excluded = self.noun_at(after)
        if group is None and (of := self._of_people(after)) is not None:
            return of[0], of[1]  # "and nine of his comrades"
        if group is None and k == after and (side := self.group_from_of(after))[0] is not None:
            return side[0], side[2]  # "و100 من جنود القوات": a count of one side's men
        return (group, k) if group is not None else None

    def _counted_after_conj(self, j: int, k: int, part_of: str | None = None) -> int | None:
        """The first token in ``j``..``k`` where "and", a word of its own, joins another count
        of people ("and 20 fighters", "and her three children"), or None. After a sub-count
        of a toll (``part_of``: its group), a count of people who may be part of that toll
        goes on listing its parts ("21 citizens: a woman, a child and 19 men were killed"),
        and only another side's count ("... and 16 fighters dead") stands on its own."""
        for t in range(j, k):
            if self.toks[t][2] not in self.L.conj:
                continue
            counted = self._people_counted_at(t + 1)
            group = counted[0] if counted is not None else None
            if group is not None and not (part_of is not None and _part_of(group, part_of)):
                return t
        return None

    def _in_aside(self, j: int, k: int) -> bool:
        """True when token k closes an aside that opened with a sub-count word after j."""
        return any(self.breaks_clause(t) and self.match(self.L.subcount, t) for t in range(j + 1, k))

    def qualifier_after(self, j: int, reach: int = 6) -> tuple[str | None, int]:
        if self.L.qual_after.none_start(self.words, j, j + reach + 1):
            return None, j  # a qualifier is read only off a phrase of ``qual_after`` within reach
        k = j
        while k < self.n and k - j <= reach:
            if k > j and self.breaks_clause(k):
                break
            m = self.match(self.L.qual_after, k)
            if m:
                e = k + m[1]
                if e < self.n and self.match(self.L.qual_before, k) and not self.breaks_clause(e) and (
                        self.is_digit(e) or (nm := self.match(self.L.numbers, e)) and not nm[2]):
                    # "killed in at least five air strikes": the next number's qualifier, right
                    # before it (not "16 على الأقل وعشرة", "13 على الأقل، ثلاثة منهم")
                    break
                return str(m[0]), e
            if self.is_digit(k) or (nm := self.match(self.L.numbers, k)) and nm[0][1] > 2:
                # "سقوط ضابط وأربعة قتلى على الأقل": the next count's qualifier ("جندي واحد على
                # الأقل": one and two follow their noun as adjectives)
                break
            k += 1
        return None, j

    # -- figures --------------------------------------------------------------------
    def read(self) -> list[FigureHit]:
        hits: list[FigureHit] = []
        opening, toks = self.L.opening, self.toks
        nxt = 0
        words = self.words
        L = self.L
        may = opening.starters(self.distinct)
        alone = L.opening_alone.of(may)
        # a word that starts only phrases of several words ("في" of "في المئة") opens none in
        # a text holding no word those phrases go on with: not looked at
        may.difference_update([w for w in may.difference(alone) if not opening.goes_on_in(w, self.distinct)])
        may |= set(filter(str.isdecimal, self.distinct))
        # the words every later scan of the whole article looks for, found with these in one pass
        # (the casualty plurals' starters are read again by ``vague_casualties``: kept, not asked twice)
        self._some_nouns = L.some_noun.starters(self.distinct)
        self._scan(may, self._some_nouns, L.single.starters(self.distinct) if L.single.size else (),
                   L.one_died_first, L.acc_subject, L.relative_one)
        dets = self.L.single_det | self.L.kin_possessive
        plain = self.L.plain_people.of(may)
        uncounted: list[int] = []
        for i in self.positions(may):
            if i < nxt or not (words[i] in alone or toks[i][2].isdecimal() or opening.match_at(toks, i)):
                continue
            if words[i] in plain:
                uncounted.append(i)  # a plural noun of people, no figure of its own (asked once per word)
                continue
            if words[i] in dets and not self._det_counts(i):
                continue  # most "a" and "the" count nobody: asked cheaply first
            hit = self.figure_at(i, hits)
            if hit is not None:
                hits.append(hit)
                nxt = hit.tok_end
                if self._companion is not None:
                    hits.append(self._companion)
                    self._companion = None
            else:
                uncounted.append(i)  # a word that opens no figure: maybe people no count counts
        hits.extend(self.vague_casualties(hits))
        hits.extend(self.bare_people(hits, uncounted))
        hits.extend(self.named_deaths(hits))
        hits.extend(self.named_after_that(hits))
        hits.extend(self.named_relative(hits))
        hits.sort(key=lambda h: h.tok_start)
        hits = self.one_and_others(hits)
        if len(hits) > 1:
            hits = self.two_ones(hits)
        if len(self.L.among_toll):
            self.among_toll(hits)
        kept, negated_end = [], -2
        for h in hits:
            if self._not_a_toll(h.tok_start, h.tok_end) or h.tok_start == negated_end + 1 \
                    and self.toks[negated_end][2] in self.L.ranges_or:
                negated_end = h.tok_end  # "دون معلومات عن قتلى أو جرحى": both are negated
                continue
            kept.append(h)
        return kept

    def among_toll(self, hits: list[FigureHit]) -> None:
        """"Two children were among the 12 people wounded": a count said to be among a toll told
        right after it is of that toll's kind; "were among the" alone reads as the dead."""
        for a, b in zip(hits, hits[1:]):
            if b.tok_start != a.tok_end or a.figure.kind == b.figure.kind \
                    or self.match_ending_at(self.L.among_toll, a.tok_end, 4) is None:
                continue
            a.figure.kind = b.figure.kind

    def one_and_others(self, hits: list[FigureHit]) -> list[FigureHit]:
        """"قياديا في التنظيم وخمسة متطرفين آخرين قتلوا", "قتل القيادي مع 12 عنصرا آخرين",
        "مقتل شاب وثلاثة آخرين": a count of others joined by "و" or "مع" to one person
        counts that person too (six, thirteen, four). The one person is a figure of one just
        before, a singular person noun a few words back in the clause, or the subject of a
        singular casualty verb right before "مع" ("العجلاني قتل مع ثلاثة عناصر آخرين").
        Not when the two name different groups ("مقتل طفل و3 آخرين": a child and three
        people, one figure per group)."""
        if not self.L.others & self.distinct:
            return hits
        gone: set[int] = set()  # the one person's own figures, now inside the count
        out: list[tuple[FigureHit, FigureHit]] = []  # (hit, what it becomes)
        for h in hits:
            f = h.figure
            joiner = self._joined_others(h)
            one = None if joiner is None else next(
                (a for a in reversed(hits) if a is not h and a.tok_end <= joiner and joiner - a.tok_end <= _ALONG_REACH
                 and a.figure.low == a.figure.high == 1 and a.figure.qualifier == "exact"
                 and a.figure.kind == f.kind and a.recorded and not a.subcount
                 and not self.clause_break_in(a.tok_end, joiner + 1)), None)
            if one is None and joiner is not None and self._one_of_other_kind(h, joiner, hits) is not None:
                # "a civilian was killed and two others wounded": he is no wounded (the others'
                # group stays unspecified, as in "مقتل 9 عناصر وإصابة 12 آخرين": dev gold)
                out.append((h, h))
                continue
            group = one.figure.group if one is not None else \
                self._one_person_before(joiner) if joiner is not None else None
            if group is None or group != f.group and "unspecified" not in (group, f.group) \
                    or {group, f.group} & _ONE_OF_A_KIND:
                out.append((h, h))  # no one person, or one of another group: a figure of its own
                continue
            start = h.tok_start
            if one is not None:
                gone.add(id(one))
                start = min(start, one.tok_start)
            merged = self._make(f.kind, f.group if f.group != "unspecified" else group,
                                None if f.low is None else f.low + 1, None if f.high is None else f.high + 1,
                                f.qualifier, start, h.tok_end)
            out.append((h, FigureHit(merged, start, h.tok_end, h.qty_tok, h.victim_actor_tok, h.subcount, h.recorded,
                                         h.share_of)))
        return sorted((new for old, new in out if id(old) not in gone), key=lambda h: h.tok_start)

    def _one_of_other_kind(self, h: FigureHit, joiner: int, hits: list[FigureHit]) -> FigureHit | None:
        """The one person before ``joiner`` is already a figure of one of another kind ("a
        rebel was killed and two others wounded", "استشهد شاب وأصيب ثلاثة آخرون"): the others
        are more people, not him counted again."""
        return next((a for a in reversed(hits) if a is not h and a.tok_end <= joiner and joiner - a.tok_end <= _ALONG_REACH
                     and a.figure.low == a.figure.high == 1 and a.figure.kind != h.figure.kind
                     and a.recorded and not a.subcount
                     and not self.clause_break_in(a.tok_end, joiner + 1)), None)

    def two_ones(self, hits: list[FigureHit]) -> list[FigureHit]:
        """"قتل جندي وضابط", "مقتل قائد عسكري وأحد العناصر": two figures of one person each,
        of one kind and group, the second joined by "و" right after the first (an adjective of
        the first between them or not), are one count of two, in a sub-count too ("بينهم طفل
        وطفلة": two children). Of two groups ("طفل وامرأة")
        each stays a figure of its own; nor when the first has an adjective of its own (not a
        noun of a role, "قائد عسكري") and the second a side ("جندي تركي وآخر من التنظيم": the
        adjective may name another side)."""
        out: list[FigureHit] = []
        merged = False
        for h in sorted(hits, key=lambda x: x.qty_tok):
            a = out[-1] if out else None
            if a is None or not self._one_more(a, h):
                out.append(h)
                continue
            f = h.figure
            start, end = min(a.tok_start, h.tok_start), max(a.tok_end, h.tok_end)
            two = self._make(f.kind, f.group, 2, 2, "exact", start, end)
            out[-1] = FigureHit(two, start, end, a.qty_tok, a.victim_actor_tok or h.victim_actor_tok,
                                a.subcount, a.recorded, a.share_of)
            merged = True
        if not merged:
            return hits
        out.sort(key=lambda x: x.tok_start)
        return out

    def _one_more(self, a: FigureHit, h: FigureHit) -> bool:
        """``h`` is one more person of the count ``a`` (``two_ones``)."""
        f, g = a.figure, h.figure
        if not (g.low == g.high == 1 and g.qualifier == "exact") \
                or (f.kind, f.group, f.low, f.high, f.qualifier) != (g.kind, g.group, 1, 1, "exact") \
                or (a.recorded, a.subcount) != (h.recorded, h.subcount):
            return False  # not one person each, of one kind and group
        if not a.qty_tok < a.tok_end <= h.qty_tok or h.qty_tok - a.tok_end > 2 or self.is_digit(h.qty_tok) \
                or not self.words[h.qty_tok].startswith(self.L.wa) \
                or self.clause_break_in(a.tok_end, h.qty_tok + 1):
            return False  # not joined by "و" right after the first, in its clause
        between = range(a.tok_end, h.qty_tok)
        if not all(self._adjective_after(t) for t in between):
            return False  # something other than the first's adjectives between them
        # the first's adjective of relation and a side of the second's: the adjective may name
        # another side ("جندي تركي وآخر من التنظيم"); a noun of a role does not ("قائد عسكري")
        return h.victim_actor_tok is None or all(self.match(self.L.people, t) is not None for t in between)

    def _adjective_after(self, t: int) -> bool:
        """A singular adjective of relation after a person noun ("قائد عسكري", "جندي سوري")."""
        w = self.toks[t][2]
        return len(w) > 3 and w.endswith(self.L.nisba_single) and not w.startswith(self.L.wa)

    def _joined_others(self, h: FigureHit) -> int | None:
        """For a numbered count of others ("وخمسة ... آخرين", "مع 12 ناشطا آخرين"): the token
        of the "و" or "مع" joining it to what is before."""
        f = h.figure
        if f.low is None or f.qualifier not in ("exact", "at_least", "more_than", "about") \
                or h.subcount or not h.recorded:
            return None
        q = h.qty_tok
        if not any(self.words[t] in self.L.others for t in range(q + 1, min(h.tok_end + 1, self.n))):
            return None
        if self.words[q].startswith(self.L.wa) and not self.is_digit(q):
            return q  # "وخمسة"
        # "و3", "مع 12 ناشطا", or before the noun a count follows ("مع مسلحين اثنين آخرين")
        for t in range(q - 1, max(-1, q - 4), -1):
            if self.breaks_clause(t + 1):
                return None
            if self.words[t] in self.L.conj or self.match(self.L.along_with, t):
                return t
            if t < q - 1 and self.match(self.L.people, t) is None:
                return None
        return None

    def _one_person_before(self, joiner: int) -> str | None:
        """The group of one person a few words before ``joiner`` in its clause: a singular
        person noun ("قياديا كبيرا في تنظيم القاعدة قتل مع"), or, right before "مع", the
        subject of a singular casualty verb ("العجلاني قتل مع"): "unspecified" then."""
        if self.match(self.L.along_with, joiner) and joiner > 0 and not self.breaks_clause(joiner):
            v = self.match_ending_at(self.L.verbs, joiner, 1)
            if v is not None and not self.words[joiner - 1].endswith(self.L.plural_verb):
                return "unspecified"
        for t in range(joiner - 1, max(-1, joiner - 1 - _ALONG_REACH), -1):
            if self.breaks_clause(t + 1) or self.is_digit(t) or self.match(self.L.numbers, t):
                return None
            pm = self.match(self.L.people, t)
            if pm is not None and not pm[2] and pm[0][1] & {"s", "t"} and t + pm[1] <= joiner:
                return str(pm[0][0])
        return None

    def _not_a_toll(self, start: int, end: int) -> bool:
        """A casualty phrase that counts nobody: one negated ("دون وقوع إصابات", "لم تسفر عن
        خسائر بشرية", "لم يسفر الهجوم عن سقوط قتلى": a zero report, not annotated) or denied
        ("نافيا مقتل عشرات"), and a casualty noun naming an armed unit ("لواء شهداء
        اليرموك"). Read in the words ending right before the figure, or before the occurrence
        noun ("وقوع", "سقوط") that opens it; "not only" after it ("فحسب، بل") affirms it."""
        if self.match_ending_at(self.L.unit_name, start, 2) is not None:
            return True
        if start > 0 and self.toks[start - 1][2] in self.L.occurrence and not self.breaks_clause(start):
            start -= 1
        if self.match_ending_at(self.L.negation, start, 5) is None and not self._negated_over_subject(start):
            return False
        for t in range(end, min(end + _ONLY_REACH, self.n)):
            if t > end and self.breaks_clause(t):
                break
            if self.words[t] in self.L.not_only:
                return False  # "لم تؤد الحرب إلى قتل الآلاف فحسب، بل ..."
        return True

    def _negated_over_subject(self, start: int) -> bool:
        """"لم يسفر الهجوم عن سقوط قتلى", "ولم تؤد الغارة التي استهدفت الحي إلى وقوع
        إصابات": a negated verb of result (``negated_subject``), its subject of a few words,
        then the word linking it to the casualty phrase at ``start``, in one clause."""
        if self.L.negated_subject.none_start(self.words, start - _SUBJECT_REACH - 3, start):
            return False  # the verb must stand within reach: no phrase of its starts there
        t = start - 1
        while t >= 0 and start - t <= _SUBJECT_REACH + 3:
            if self.breaks_clause(t + 1):
                return False
            m = self.match(self.L.negated_subject, t)
            if m is not None:
                link = m[0]
                at = start - len(link)
                return 0 < at - (t + m[1]) <= _SUBJECT_REACH and tuple(self.words[at:start]) == link
            t -= 1
        return False

    def parent_for(self, i: int, hits: list[FigureHit]) -> tuple[FigureHit | None, bool]:
        """The figure a quantity at token i hangs on: (parent, is a sub-count)."""
        if not hits:
            return None, False
        last = hits[-1]
        sub = self.match_ending_at(self.L.subcount, i, 4)
        # "killed at least 58 people in a town in Idlib including 11 children": the words of the
        # first figure's clause may stand between it and a sub-count of people
        gap = sub[1] - last.tok_end if sub else _SUBCOUNT_REACH + 1
        # (a comma right before the sub-count's "بينهم" is its own: "قتل 120 في قصف على البلدة
        # الخميس، بينهم 20 طفلا"; one inside the words between closes the first figure's clause)
        if (gap <= 4 or gap <= _SUBCOUNT_REACH and self._counted_after(i) is not None
                and not self.clause_break_in(last.tok_end + 1, sub[1])) \
                and not self.sentence_break_in(last.tok_end, i + 1):
            return last, True
        tok = self.toks[i][2]
        joiner = i if tok.startswith(self.L.wa) and not tok.isdecimal() else \
            i - 1 if i > 0 and self.toks[i - 1][2] in self.L.conj else None
        if last.subcount and joiner is not None and 0 < joiner - last.tok_end <= _SIDE_TAIL \
                and not self.clause_break_in(last.tok_end + 1, joiner) \
                and not self.breaks_sentence(joiner) and self._counted_after(i) is not None:
            # "بينهم 5 من قوات النظام السوري، و18 عنصرا من القوات الموالية": the rest of the
            # side's name stands between one sub-count and the next
            return last, True
        if not last.subcount and last.victim_actor_tok is not None and joiner is not None \
                and 0 < joiner - last.tok_end <= _SIDE_NAME_TAIL \
                and not self.clause_break_in(last.tok_end + 1, joiner) \
                and not self.breaks_sentence(joiner) and self._counted_after(i) is not None:
            # "مقتل 76 عنصرا من قوات النظام والمسلحين الموالين لها، و43 مقاتلا من جيش الإسلام":
            # so between a count of one side and the next side's count after "و"
            return last, False
        if not self.breaks_sentence(i) and (
                (tok.startswith(self.L.wa) and i - last.tok_end <= 1)
                or (i > 0 and self.toks[i - 1][2] in self.L.conj and i - 1 - last.tok_end <= 1)
                # "killed a woman and her two children": whose people they are after "and"
                or (i > 1 and self.toks[i - 1][2] in self.L.kin_possessive
                    and self.toks[i - 2][2] in self.L.conj and i - 2 - last.tok_end <= 1)
                or (last.subcount and i - last.tok_end <= 1 and self.gap(i).strip() in ("،", ","))
                or (i == last.tok_end and not self.gap(i).strip() and self._counted_after(i) is not None)):
            # "six women five children": a list with no commas
            return last, last.subcount
        if joiner is not None and not last.subcount and 1 < i - last.tok_end <= _OTHERS_REACH \
                and self._others_counted(i) and not self.breaks_sentence(i) \
                and not self.clause_break_in(last.tok_end + 1, joiner) \
                and not any(self.match(self.L.before, t) or self.match(self.L.after, t)
                            for t in range(last.tok_end, joiner)):
            # "قتلت 40 شخصا يوم الجمعة، و30 آخرين يوم السبت", "قتل 40 في دوما و30 آخرين في
            # حرستا": a count of "others" after "و" is more of what the count before counted,
            # past the day or place that count was told with
            return last, False
        if self._versus_count(i, last):
            return last, False
        return self.shared_out(i, hits), False

    def _versus_count(self, i: int, last: FigureHit) -> bool:
        """"قتل 79 عنصرا من قوات النظام مقابل 68 من مقاتلي التنظيم", "209، مقابل 110 جهاديا":
        a count of people after "مقابل" close behind a toll of deaths or wounds (the first
        side's name between) is the other side's toll, counted as the first was."""
        if last.subcount or last.figure.kind not in _VERSUS_KINDS or i < 1 \
                or self.toks[i - 1][2] not in self.L.versus:
            return False
        joiner = i - 1
        if not 0 <= joiner - last.tok_end <= _VERSUS_REACH or self.breaks_sentence(i) \
                or any(self.breaks_sentence(t) or self.breaks_clause(t) for t in range(last.tok_end + 1, joiner)):
            return False
        return self._counted_after(i) is not None

    def _others_counted(self, i: int) -> bool:
        """A number at ``i`` (after its "و") counts "others" ("و30 آخرين")."""
        n = self.number_at(i) or self._number_after_wa(i)
        return n is not None and n[1] < self.n and self.toks[n[1]][2] in self.L.others

    def shared_out(self, i: int, hits: list[FigureHit]) -> FigureHit | None:
        """"بواقع 34 قتيلا في دمشق، و30 في إدلب، و27 في حمص": a count followed by "في"
        and a place, in a toll shared out place by place, counts what the total counts. The
        list is opened by a share word or by the count before, told the same way."""
        n = self.number_at(i)
        if n is None or n[1] >= self.n or self.toks[n[1]][2] not in self.L.in_place:
            return None
        total = next((h for h in reversed(hits) if not h.subcount), None)
        if total is None:
            return None
        prev = self.toks[i - 1][2] if i > 0 else ""
        if not (self.toks[i][2].startswith(self.L.wa) or prev in self.L.conj or self.gap(i).strip() in ("،", ",", ":")
                or self.match_ending_at(self.L.share, i, 2) or self.match_ending_at(self.L.besides, i, 3)):
            return None  # "من أصل 250 في حصيلة": not an item of a list
        start = max(0, i - _SHARE_REACH)
        if self.sentence_break_in(max(start, total.tok_start), i + 1) \
                and not self.match_ending_at(self.L.share, i, 2):
            return None
        shared = any(self.match(self.L.share, j) for j in range(start, i))
        listed = hits[-1].tok_end < self.n and self.toks[hits[-1].tok_end][2] in self.L.in_place \
            and i - hits[-1].tok_end <= _SHARE_REACH
        return total if shared or listed else None

    def figure_at(self, i: int, hits: list[FigureHit]) -> FigureHit | None:
        L = self.L
        qstart = i
        # asked of every word that may open a figure: a lexicon none of whose phrases starts at
        # the word (its ``quiet`` words, what ``match`` asks first) is told so without a call
        qual_m = None if self.words[i] in L.qual_before.quiet else self.match(L.qual_before, i)
        qualifier = None
        if qual_m:
            qualifier = str(qual_m[0])
            i += qual_m[1]
        first = self.words[i] if i < self.n else ""  # the count's first word, past its qualifier
        low = high = None
        kind = group = None
        j = i
        number = self.number_at(i)
        vague = None if number or first in L.vague.quiet else self.match(L.vague, i)
        some = None if number or vague or first in L.some_q.quiet else self.match(L.some_q, i)
        dual = None
        single = None
        single_at = i  # where a singular noun is ("a soldier": after its determiner)
        accusative = None  # "subject" after "إن", or the kind of the verb whose object it is
        name_end = None  # after a title: the end of the person's name
        if number:
            low = high = number[0]
            j = number[1]
            # ranges: "أربعة أو خمسة", "بين 20 و30" / "بين 20 أو 30", "between 20 and 30"
            w = self.toks[j][2] if j < self.n else ""
            between = i > 0 and self.toks[i - 1][2] in L.range_between
            # "20 to 30 people" (not "from 8 to 31": an earlier toll, then the new one)
            to = w in L.range_span and not (i > 0 and self.toks[i - 1][2] in L.update_from)
            # "ما بين 200 إلى 300": after "between" the word of a toll's new value joins a range
            to = to or (between and w in L.range_to)
            if j < self.n and (w in L.ranges_or or to or w in L.conj or w.startswith(L.wa)):
                second = None
                if w in L.ranges_or or to:
                    second = self.number_at(j + 1)
                elif w in L.conj or (w.startswith(L.wa) and between):
                    second = self.number_at(j + 1) if w in L.conj else self._number_after_wa(j)
                if second and second[0] > low and (w in L.ranges_or or to or between):
                    high = second[0]
                    scale = self._closing_multiplier(j + 1, second[1])
                    if low < scale and low * scale < high:
                        low *= scale  # "بين أربعة إلى سبعة آلاف": the thousands are both ends'
                    j = second[1]
                    qualifier = "about"
        elif vague:
            qualifier = str(vague[0])
            low, high = VAGUE_RANGES[qualifier]
            j = i + vague[1]
        elif some:
            if self._others_after_count(i, hits):
                return None  # "جنديين سوريين آخرين": "others" qualifies the count before it
            qualifier = "some"
            low, high = 1, None
            j = i + some[1]
            if j < self.n and not self.breaks_clause(j) and (self.is_digit(j) or self.match(L.numbers, j)):
                return None  # "إصابة عسكريين آخرين اثنين": the number after them counts them
        else:
            pm = self.match(L.people, i)
            det = self._det_single(i)
            if det is not None:
                pm, single_at = det  # "a woman", "a regime first lieutenant"
            elif pm is None and L.demonym_one.size and self.kind_before(i, 0)[0] is not None:
                pm = self.match(L.demonym_one, i)  # "مقتل فلسطيني": a demonym as one person
            if pm and "c" in pm[0][1] and det is None and self._dual_governs(i + pm[1]):
                dual = pm  # "قتل ضابطا شرطة": two, the noun after is theirs
                low = high = 2
                group = str(pm[0][0])
                j = i + pm[1] + 1
            elif pm and "d" in pm[0][1]:
                dual = pm
                low = high = 2
                group = str(pm[0][0])
                j = i + pm[1]
                two = self.number_at(j) if j < self.n and not self.breaks_clause(j) and not self.is_digit(j) else None
                if two is not None and two[0] == 2:
                    j = two[1]  # "عنصران اثنان من الدفاع المدني": the dual's "two" stands after it
                kind_noun = self.match(L.noun_kind, i)
                if kind_noun:
                    kind = str(kind_noun[0])
            elif pm and "s" in pm[0][1]:
                single = pm
            elif pm and "t" in pm[0][1] and not pm[2]:
                name_end = self._named_after_title(i + pm[1])
                if name_end is None:
                    return None
                single = pm  # "مقتل العقيد نديم الحسن": one person, named
            if not dual and pm and not pm[2] and det is None:
                one = self._accusative_one(i, pm)
                if one is not None:
                    single, accusative = pm, one
            sr = None if first in L.self_ref.quiet else self.match(L.self_ref, i)
            if sr and (i > 0 and self.toks[i - 1][2] in L.ranges_or or i + sr[1] + 1 < self.n
                       and self.toks[i + sr[1]][2] in L.ranges_or and self.match(L.self_ref, i + sr[1] + 1)):
                return None  # "القبض عليه أو مقتله", "اعتقاله أو مقتله": one outcome of two, not told to have happened
            if sr and not qual_m and str(sr[0]) != "killed" and i > 0 and self.toks[i - 1][2] in L.died_of:
                return None  # "توفي أحدهما متأثرا بإصابته": the wound he died of, told after his death
            if sr and not qual_m:
                f = self._make(str(sr[0]), "unspecified", 1, 1, "exact", i, i + sr[1])
                return FigureHit(f, i, i + sr[1], i)
            lone = None if qual_m or pm else self._lone_noun(i, hits)
            if lone is not None:
                f = self._make(lone[0], "unspecified", 1, 1, "exact", lone[1], lone[2])
                return FigureHit(f, lone[1], lone[2], i)
            if not dual and not single:
                return None
        if j < self.n and self.words[j] in L.things_def and i == qstart and self.kind_before(i, 0)[0] is not None \
                and (vague or number and number[0] == 1 and j == i + 1 and self.words[i] in L.one_of) \
                and not self.words[i].startswith(L.article):
            # "أصابت إحدى الطائرات المهاجمة", "أصاب أحد المنازل", "أصابت عشرات المنازل": the
            # object of a casualty verb, "one of" or a vague quantity in construct (no article:
            # "مقتل العشرات الأسبوع الماضي" is no construct) with a noun of things, counts no people
            return None
        if number and self._looks_like_date(i, j, number[0]):
            return None
        if number and number[0] == 1 and not qual_m and self._one_as_adjective(i, j):
            return None  # "في غارة واحدة", "من عائلة واحدة": one strike, not one person
        if number and number[0] == 1 and not qual_m and j == i + 1 and self.words[i] in L.one_adjective \
                and hits and hits[-1].tok_end == i and hits[-1].figure.low == 1 and hits[-1].figure.high in (1, None):
            # "وقتل جندي واحد": the one person just counted, not another ("جندي واحد على
            # الأقل": the qualifier after the "one" is already that person's)
            return None
        if number and i > 0 and self.toks[i - 1][2] in L.update_from and self.match(self.L.update_to, j) \
                and (self.is_digit(j + 1) or self.match(self.L.numbers, j + 1)):
            return None  # "من 8 إلى 31": the toll was updated, only the final figure counts

        # the counted noun and what it says
        noun_kind, noun_group, k, excluded = (None, None, j, False)
        if not dual and not single:
            noun_kind, noun_group, k, excluded = self.noun_at(j)
            if excluded:
                return None
            if noun_kind and noun_group in (None, "unspecified") and k < self.n and not self.breaks_clause(k) \
                    and (self.is_digit(k) or self.match(L.numbers, k)) \
                    and self.kind_before(qstart, 2)[0] not in (None, noun_kind):
                # "Shelling killed 5 injured 12" (copy without its commas): a participle with a
                # count of its own after it is that count's verb, not the noun of the one before
                noun_kind, k = None, j
            if number and noun_kind is None and noun_group is None:
                after_toll = self._toll_named_after(qstart, j)
                if after_toll is not None:
                    noun_kind, noun_group, k, qual_toll = after_toll
                    qualifier = qualifier or qual_toll
            if some and noun_group == "unspecified" and noun_kind is None and self._armed_owned(j):
                # "عدد من أفرادها", "عدد كبير من أفرادهم": a body's own members, as after "من"
                # ("العشرات من أفرادها", ``_group_from_of``), are its fighters
                noun_group = "combatants"
            if vague and noun_kind is None and noun_group is None \
                    and (of_dead := self._of_casualty_noun(j)) is not None:
                noun_kind, noun_group, k = of_dead  # "عشرات الآلاف من القتلى", "العشرات من الجرحى"
            if (vague or some) and noun_kind is None and noun_group is None:
                # "عشرات" alone is not a figure unless a casualty verb frames it ("أصيب العشرات")
                # ... and not after a noun of things it counts ("أصابت الغارات أهدافا عدة")
                thing = self.match_ending_at(self.L.people, qstart, 2)
                if thing is not None and "x" in thing[0][1]:
                    return None
        if noun_kind and L.taken_noun and self.words[k - 1] in L.taken_noun \
                and (qstart == 0 or self.words[qstart - 1] not in L.taking_verb):
            return None  # "saved thousands of lives", "too many lives": no verb took them
        if number and not (noun_kind or noun_group) and _is_year(self.toks[i][2]):
            return None  # "in 2022 ... killed", "the 2015 offensive": a year, never a toll
        partitive = None
        them_actor = None
        qual_first = None  # a qualifier between a count and "من" and its people
        own_men = False  # "103 من عناصره": some of the subject's own people
        if number and not (noun_kind or noun_group):
            partitive = self._partitive(j)  # "seven of them children"
            if partitive is not None:
                noun_group, k, said = partitive
                noun_kind = said or noun_kind
            else:
                of_people = self._of_people(j)  # "ثلاثة من الصحافيين": three of the journalists
                qa_first = self.match(L.qual_after, j) if of_people is None else None
                if qa_first is not None and not qa_first[2]:
                    # "ثمانية على الأقل من الأطفال": the qualifier before the people it counts
                    of_people = self._of_people(j + qa_first[1])
                    qual_first = str(qa_first[0]) if of_people is not None else None
                of_dead = self._of_the_dead(j) if of_people is None else None
                if of_people is not None:
                    noun_group, k = of_people
                    own_men = not self.words[k - 1].startswith(L.article) \
                        and self.words[k - 1].endswith(L.owned_suffix)
                elif of_dead is not None:
                    noun_kind, noun_group, k = of_dead  # "تسعة من القتلى هم من المدنيين"
                elif (them := self._of_them(j, hits)) is not None:
                    # the people of the count before, and the side it named ("من داعش")
                    noun_group, k, them_actor = them
                elif (before := self._noun_before(qstart)) is not None:
                    if hits and hits[-1].tok_end == qstart - before[1]:
                        return None  # "طفلان اثنان": the dual counted them already
                    noun_group = before[0]  # "مقتل عسكريين اثنين": the count after its noun
        elif vague and not (noun_kind or noun_group) and (them := self._of_them(j, hits)) is not None:
            # "استهدفت عناصر التنظيم وقتلت العشرات منهم": of the people named before, as after a
            # number (their group only: whose side a vague count's antecedent names is left to
            # the claim)
            noun_group, k, _them = them
        if single:
            low = high = 1
            group = str(single[0][0])
            k = name_end or single_at + single[1]
        kind = kind or noun_kind
        group = group or noun_group
        joined_at = joined_group = None
        if number and low and low >= _TAMYIZ and group and not single and not partitive \
                and (joined := self._joined_tamyiz(k, group)) is not None:
            # "36 سيدة وطفلا", "سبعين رجلا وامرأة": both in the count, of the group holding both
            # (women and children are civilians; men or youths may be fighters)
            k, other = joined
            if {group, other} <= _CIVILIAN_PARTS:
                group = "civilians"
            else:
                joined_at, joined_group = k - 1, other if other != "unspecified" else group
                group = "unspecified"
        parent, is_sub = self.parent_for(qstart, hits)
        if partitive is not None and hits and not self.sentence_break_in(hits[-1].tok_end, i + 1):
            parent, is_sub = hits[-1], True  # a part of the toll its sentence told
        if is_sub and any(self.toks[t][2] in L.others for t in range(i, min(k + 1, self.n))):
            is_sub = False  # "بينهم 19 طفلا، و150 آخرين أصيبوا": others are no part of the toll
        if kind is None and is_sub and parent is not None:
            kind = parent.figure.kind  # "مقتل سبعة بينهم طفل": the child was killed too
        of_group, actor_tok, k2 = self.group_from_of(k)
        if of_group is None and noun_kind and group in (None, "unspecified"):
            of_group, k2 = self._side_adjective(k)
        qa = None if of_group is not None or k < self.n and self.words[k] in L.qual_after.quiet \
            else self.match(L.qual_after, k)
        qual_between = qual_first
        if qa is not None and not qa[2]:
            # "أربعة جرحى على الأقل في صفوف المقاتلين": the side is named after the qualifier
            of_group, actor_tok, k2 = self.group_from_of(k + qa[1])
            k2 = k2 if of_group else k
            qual_between = str(qa[0]) if of_group else None
        if of_group is None and k + 1 < self.n and self.toks[k][2] in L.others and not self.breaks_clause(k + 1):
            # "قتل ضابط وثلاثة عناصر آخرين من قوات النظام": the side is named after "others"
            of_group, actor_tok, k2 = self.group_from_of(k + 1)
            k2 = k2 if of_group else k
        if of_group and (group in (None, "unspecified")):
            group = of_group
        elif of_group == "civilians" and group == "combatants" \
                and any(self.match(L.member_noun, t) for t in range(i, k)):
            group = of_group  # "عنصران من الدفاع المدني": members of a civilian body
        if actor_tok is None:
            actor_tok = them_actor
        end = k2 if of_group else k

        if name_end is not None and (is_sub or parent is not None):
            return None  # "49 قتيلا بينهم العلامة X": a named person inside a toll is part of it
        if single and not is_sub and hits and qstart > 0 and self._among_the_dead(qstart - 1):
            # "... قتلت 45 مسلحا. وذكرت أن من بين القتلى نائب وزير الحرب", "من بين الجرحى
            # القيادي ...": one person of the toll's own group (or of none) singled out among
            # the dead or wounded of a toll told before is part of it, no count of his own
            said = str(self.match(L.noun_kind, qstart - 1)[0])
            toll = _earlier_toll(hits, said)
            if toll is not None and (toll.figure.low or 0) > 1 and group in (toll.figure.group, "unspecified") \
                    and self._sentences_between(toll.tok_end, qstart) <= _AMONG_REACH:
                return None
        if single and not is_sub and parent is None:
            # a lone singular noun is a figure only right after a casualty verb: "مقتل شخص"
            bk, bstart = self.kind_before(qstart, 0)
            if not bk and name_end is None and (fall := self._fall_before(qstart)) is not None:
                bk, bstart = fall  # "سقوط ضابط": one person fell
            if bk and single_at != i and (own := self._own_clause_kind(qstart, k, bk, bstart)) is not None:
                bk, bstart = own, qstart  # "a policeman was killed, a child was wounded"
            if not bk and name_end is None and qstart > 1 and self.toks[qstart - 1][2] in L.in_it \
                    and not self.breaks_clause(qstart - 1) and not self.breaks_clause(qstart):
                # "انفجرت عبوة بدورية قتل فيه ضابط صف": the pronoun of the attack between the
                # verb and the one person, as before people in the plural ("قتل فيها عناصر")
                bk, bstart = self.kind_before(qstart - 1, 0)
            if name_end is not None:
                # a title and name is a figure only right after a finite verb of casualty
                # ("قتل العقيد X", "استشهد القائد X"), once per person, and not as the subject
                # of an active verb with an object ("قتل العقيد X ثلاثة مسلحين"). After a
                # verbal noun the death is mostly presupposed, not told: "بعد مقتل العلامة X",
                # "ندين اغتيال الشيخ X", "تعزية في مقتل ..."
                name = " ".join(t[2] for t in self.toks[i + single[1]:name_end])
                if not bk or not self.match(self.L.verbs, bstart) or name in self._named \
                        or self._object_after(name_end):
                    return None
                self._named.add(name)
            elif not bk and single_at == i and accusative is None \
                    and (listed := self._listed_single(i, hits)) is not None:
                # "a woman and child were killed": the determiner before the list is this
                # person's too; the figure starts after "and", its verb follows the list
                qstart = listed
                bk, _verb_end = self.kind_after(k, 3, joined=True)
            elif not bk and (single_at != i or accusative == "subject"):
                bk, verb_end = self.kind_after(k, 3, joined=True)  # "a woman was killed", "إن طفلا قتل"
                if bk and verb_end >= 2 and self.toks[verb_end - 2][2] in self.L.perfect_aux:
                    return None  # "the group has killed 33 men": the subject killed, actively
                if bk and accusative == "subject" and (self._object_after(verb_end) or any(
                        self.toks[t][2].startswith(self.L.wa) for t in range(k, verb_end - 1))):
                    # "إن مسلحا قتل ثلاثة مدنيين": the one person is the killer; "إن امرأة
                    # وزوجها قتلوا": the subject is more than one person
                    return None
            elif not bk and accusative:
                bk = accusative  # "اختطف مجهولون عنصرا": the kidnapping verb's object
            if not bk:
                return None
            kind = kind or bk
        # kind, by strength of evidence: the counted noun ("قتيلا"), a casualty verb right
        # before the count ("مقتل 14"), one right after the noun phrase ("45 شخصا قتلوا"),
        # one further back in the clause ("وقتل، أمس، ... 125 شخصا")
        trigger_start = qstart
        counted = bool(noun_group or dual or single or of_group)
        after_kind, after_end = self.kind_after(end, 10 if counted else 2, counted)
        near_kind, near_start = self.kind_before(qstart, 2)
        if near_kind == "casualties" and hits and near_start < hits[-1].tok_end <= qstart:
            # "إن عسكريا قتل وجرح اثنان آخران": the first verb of "قتل وجرح" is the figure
            # before's; this count takes only the verb after it
            rest = self.match_ending_at(self.L.before, qstart, qstart - hits[-1].tok_end)
            near_kind, near_start = (str(rest[0]), rest[1]) if rest else (None, qstart)
        if near_kind and after_kind and near_kind != after_kind and after_kind != "casualties" \
                and (self.toks[qstart][2].startswith(L.wa) or qstart > 0 and self.toks[qstart - 1][2] in L.conj) \
                and self.match(L.verbs, near_start):
            # "19 طفلا قتلوا و150 آخرين أصيبوا": a verb, then "و" on the count opening a new
            # clause whose own verb follows its noun; that verb is the count's
            near_kind, near_start = None, qstart
        if near_kind and counted and (own := self._own_clause_kind(qstart, end, near_kind, near_start)) is not None:
            # "two soldiers were killed, three children were wounded": one clause per fate
            near_kind, near_start = own, qstart
        if kind is not None and kind == noun_kind == _HELD and near_kind not in (None, _HELD):
            # "أعدم التنظيم 15 معتقلا", "executed 15 detainees": a noun of people held says who
            # they were; a verb of another casualty right before the count, what befell them
            kind, trigger_start = near_kind, near_start
        elif kind is not None and kind == noun_kind == _HELD and after_kind not in (None, _HELD) \
                and after_end - end <= _HELD_VERB_REACH and not self.clause_break_in(end + 1, after_end):
            # "six detainees were tortured to death", "prisoners were killed": ... or a verb of
            # another casualty right after the people held
            kind = after_kind
        elif kind is not None:
            if after_kind == "casualties" or near_kind == "casualties":
                kind = "casualties"
        elif near_kind and after_kind and after_kind != near_kind and counted and after_end - end == 1 \
                and not self.breaks_clause(end) and not self._object_after(after_end) and self.toks[after_end - 1][2] not in L.after_object:
            # "Child killed 9 civilians injured in attacks": a participle right after the counted
            # noun, with no count of its own after it, is those people's; the verb before is
            # another clause's ("killed 10 people wounded 22" keeps "wounded" for the 22)
            kind = after_kind
        elif near_kind in ("killed", "injured") and after_kind == "casualties" and counted \
                and after_end - end <= 4 and not self.breaks_clause(end):
            # "راح ضحيتها 250 شخصا بين قتيل وجريح": the words right after the people say the
            # count holds both the dead and the wounded
            kind = "casualties"
            trigger_start = near_start
        elif near_kind:
            kind = near_kind
            trigger_start = near_start
        elif after_kind:
            kind = after_kind
        elif noun_group and (fall := self._fall_before(qstart)) is not None:
            kind, trigger_start = fall  # "سقوط عشرة مقاتلين", "سقط فيها 1401 مدني"
        else:
            far_kind, _ = self.kind_before(qstart, 9 if (group or dual) else 2)
            kind = far_kind
        if L.subject_first and after_kind and kind == after_kind and not noun_kind and not near_kind \
                and self._active_verb(end, after_end) \
                and self._object_after(after_end) and not self._told_of(after_end):
            # "Five gunmen killed 12 people", "the two forces have killed dozens": the count
            # before an active verb with an object did the killing
            return None
        noun_end = end  # "تسعة قتلى على الأقل سقطوا": a qualifier may stand before the verb
        if after_kind and after_end - end <= 4 and (after_kind == kind or after_kind == "casualties") \
                and not self.clause_break_in(end + 1, after_end) \
                and self._counted_after_conj(end, after_end, parent.figure.group if is_sub and parent else None) is None:
            # ... not over another count its verb is shared with ("12 civilians and 20
            # fighters dead": the second count is a figure of its own)
            end = max(end, after_end)
        if kind == "missing" and group == "combatants" and (own_men and self.words[trigger_start] in L.lost_own
                                                            or self.words[trigger_start] in L.lost_agreeing):
            # "فقد التنظيم 103 من عناصره", "القوات التي فقدت 125 ألف جندي": a side lost its own
            # fighters, not missing ones
            kind = "killed"
        if kind is None and parent is not None:
            kind = parent.figure.kind
        if number and (kind is None or group in (None, "unspecified")):
            risen_kind, risen_group = self.risen_toll(qstart)
            kind = kind or risen_kind
            if group in (None, "unspecified") and risen_group is not None:
                group = risen_group  # "وارتفع عدد القتلى المدنيين إلى 32"
        if number and kind is None and group is not None and self._bare_toll_rose(qstart):
            kind = _KILLED  # "ارتفعت الحصيلة إلى 246 شخصا": people the death toll rose to
        if kind is None:
            return None
        if group is None:
            group = "unspecified"
        if not (number or vague or some or dual or single):
            return None
        if (vague or some) and noun_group is None and noun_kind is None and kind is None:
            return None
        share_of = parent.share_of if is_sub and parent is not None else None
        if (number or single) and not is_sub and low is not None \
                and (self._among_the_dead(trigger_start) or single and qstart > 0 and self._among_the_dead(qstart - 1)):
            toll = _earlier_toll(hits, kind)
            if toll is not None and (toll.figure.low or 0) > low and group not in (toll.figure.group, "unspecified") \
                    and 0 < self._sentences_between(toll.tok_end, trigger_start) <= _AMONG_REACH:
                # "... عن مقتل 426 شخصا. ومن بين القتلى 98 طفلا": a count after "among the dead"
                # opening a later sentence is a share of the larger toll of its kind told
                # before, as after "بينهم"; a share of people of the toll's own group (or of
                # none) is no sub-count of another group: told with an attack of its own ("ومن
                # بين القتلى عشرون شخصا سقطوا في غارة على ..."), it is that attack's claim
                parent, is_sub, share_of = toll, True, toll
        same = is_sub and parent is not None and group == parent.figure.group
        reach = self._rank_reach(j) if same and not single else j
        if same and (self.match(self.L.rank, j if not single else i)
                     or (partitive or own_men or them_actor is not None or k - j > 1 or reach > j) and not single
                     and any(self.match(self.L.rank, t) for t in range(j + 1, min(max(k, reach), j + 5)))):
            # a same-group sub-count (officers among soldiers) is not recorded; so after "of
            # its" ("49 militants including seven of its field commanders"), and after a side's
            # name the noun was not read past ("28 terrorists including one of al-Nusra leaders")
            return None
        if number and self._among_the_dead(trigger_start) and self._rank_counted(j):
            return None  # "من بين قتلى المعارضة ثلاثة من قادة المجموعات": leaders among a toll's dead
        # a sub-count of the toll's own group (students among civilians, "سبعة إيرانيين" among
        # people), or of people of no group, is no figure of its own: only another group's is
        # ("بينهم 5 أطفال"); it is kept for what it says of the people. Fighters counted among
        # fighters are of another side ("هم 32 مقاتلا معارضا و31 جنديا نظاميا"), and a
        # sub-count naming its side ("بينهم 5 من قوات النظام") or place ("بينهم 6 في حمص")
        # shares the toll out: those are figures.
        if is_sub and parent is not None and parent.subcount and group == "civilians" \
                and parent.figure.group in SUB_GROUPS:
            # civilians listed after children or women ("بينهم 7 نساء وطفلتان، وعنصران من
            # الدفاع المدني") are a part of the toll the list breaks down, not of those before
            parent = next((x for x in reversed(hits) if not x.subcount), parent)
        recorded = not (
                is_sub and parent is not None
                and kind == parent.figure.kind and group in (parent.figure.group, "unspecified")
                and "combatants" not in (group, parent.figure.group)
                and (actor_tok is None or group == "civilians")  # (a civil body shares no side out)
                and not (end < self.n and self.toks[end][2] in self.L.in_place))
        q_after, q_end = self.qualifier_after(noun_end)
        if qual_between and not q_after:
            q_after, q_end = qual_between, end
        if q_after and qualifier in (None, "exact"):
            qualifier = q_after
            if q_end - end <= 2:
                end = q_end
        qualifier = qualifier or "exact"
        if qualifier in ("at_least", "more_than"):
            high = None
        elif qualifier == "up_to":
            high, low = low, None
        if low == high == 1 and self.L.speaker_verb and self._speaks_at(noun_end):
            return None  # "one medic told AFP", "a resident of the town said": a speaker, no one dead
        f = self._make(kind, group, low, high, qualifier, trigger_start, max(end, j))
        if joined_at is not None and recorded:
            # the noun joined into the count, kept for what it says of the people ("30 امرأة
            # وشابا": women among them), as a sub-count no figure records
            sub = self._make(kind, joined_group, 1, None, "some", joined_at, joined_at + 1)
            self._companion = FigureHit(sub, joined_at, joined_at + 1, joined_at, None, True, False)
        return FigureHit(f, trigger_start, max(end, j), i, actor_tok, is_sub, recorded, share_of)

    def _speaks_at(self, t: int) -> bool:
        """A verb of saying at ``t``, right after a noun phrase, or after an "of" phrase of a few
        words ("one resident of the town told"): the one person counted before it speaks."""
        if t < self.n and not self.breaks_clause(t) and self.toks[t][2] in self.L.speaker_verb:
            return True
        if t >= self.n or self.match(self.L.of, t) is None:
            return False
        for u in range(t + 1, min(t + 5, self.n)):
            if self.breaks_clause(u):
                return False
            if self.toks[u][2] in self.L.speaker_verb:
                return True
        return False

    def _sentences_between(self, a: int, b: int) -> int:
        """How many sentence breaks stand from token ``a`` to ``b`` (read for a share after
        "among the dead" only: a few sentences back, cut at the reach)."""
        n = 0
        for t in range(a, min(b + 1, self.n)):
            if self.breaks_sentence(t):
                n += 1
                if n > _AMONG_REACH:
                    break
        return n

    def _among_the_dead(self, t: int) -> bool:
        """Whether the casualty noun opening a figure at ``t`` follows "(من) بين": the count
        is a share of a toll told before ("من بين قتلى المعارضة ثلاثة")."""
        return 0 < t < self.n and self.words[t] not in self.L.noun_kind.quiet \
            and self.match(self.L.noun_kind, t) is not None and self.match_ending_at(self.L.among, t, 2) is not None

    def _rank_counted(self, j: int) -> bool:
        """Whether the people a count counts at ``j`` are named by rank, right after it or
        after "من" ("ثلاثة ضباط", "ثلاثة من قادة المجموعات")."""
        if j >= self.n or self.breaks_clause(j):
            return False
        of = self.match(self.L.of, j)
        return bool(self.match(self.L.rank, j) or of is not None and self.match(self.L.rank, j + of[1]))

    def _of_them(self, j: int, hits: list[FigureHit]) -> tuple[str, int, int | None] | None:
        """After a count, "منهم" with no noun: the people counted are of the group of the
        count told just before in the sentence ("مقتل 11 من داعش ...، بينما قتل 29 منهم"):
        (that group, the token after the pronoun, the token naming that count's side)."""
        if j >= self.n or self.toks[j][2] not in self.L.of_them or self.breaks_clause(j):
            return None
        if not hits or self.sentence_break_in(hits[-1].tok_end, j + 1):
            return self._fighters_before(j)
        last = hits[-1]
        if last.figure.group == "unspecified" or self.sentence_break_in(last.tok_end, j + 1):
            return None
        return last.figure.group, j + 1, last.victim_actor_tok

    def _fighters_before(self, j: int) -> tuple[str, int, int | None] | None:
        """"هجوم ضد عناصر المخابرات أدى إلى مقتل 53 منهم", "قصفت قرية يسيطر عليها مقاتلوها، ما
        أسفر عن إصابة أربعة منهم": with no count before it in the sentence, "منهم" refers to
        the people named last before it there; when those are fighters (a counted noun of
        combatants, or a word of armed men), so are the people counted: ("combatants", the
        token after the pronoun, the token naming them). Any other people named last (a
        town's people, a family, civilians) say nothing here."""
        L = self.L
        for t in range(j - 2, max(-1, j - 2 - _THEM_REACH), -1):
            if self.breaks_sentence(t + 1):
                return None
            pm = self.match(L.people, t)
            if pm is not None and not pm[2] and "p" in pm[0][1] and "x" not in pm[0][1]:
                return ("combatants", j + 1, t) if str(pm[0][0]) == "combatants" else None
            if self.match(L.armed, t) is not None:
                return "combatants", j + 1, t
            if self.match(L.civil, t) is not None or self.match(L.member_civil, t) is not None:
                return None
        return None

    def _governs_a_count(self, k: int) -> bool:
        """"21 شهيدا وإصابة العشرات": the second noun governs a count of its own (a verbal
        noun of wounding), so the first count is of the dead only."""
        if k >= self.n or self.breaks_clause(k):
            return False
        return self.is_digit(k) or any(self.match(lex, k) is not None for lex in (
            self.L.numbers, self.L.vague, self.L.some_q, self.L.qual_before))

    def _one_as_adjective(self, i: int, j: int) -> bool:
        """"One" written as a word right after a noun of a thing, in its clause, is that noun's
        adjective ("في غارة واحدة", "في يوم واحد", "من عائلة واحدة"), no count of people: not
        after a person or casualty word ("قتيل واحد", "قتل واحد منهم"), nor after a preposition
        or "besides" ("إلى جانب واحد في حمص")."""
        t, L = i - 1, self.L
        if j != i + 1 or t < 0 or self.words[i] not in L.one_adjective or self.breaks_clause(i) \
                or self.is_digit(t):
            return False
        if j < self.n and not self.breaks_clause(j) and (self.words[j] in L.of_them or self.match(L.of, j)):
            return False  # "واحدا من أفراد القوات", "واحد منهم": one of them, a count
        if t > 0 and not self.breaks_clause(t) and (self.match_ending_at(L.before, t, 3)
                                                    or self.match_ending_at(L.verbs, t, 2)):
            return False  # "بمقتل طيار واحد", "وقتل متمرد واحد": the one person a casualty word names
        w = self.words[t]
        if w in L.not_governed or w in L.conj or any(lex.may_start(w) for lex in (
                L.numbers, L.noun_kind, L.before, L.after, L.verbs, L.self_ref, L.one)):
            return False
        person = self.match_ending_at(L.people, i, 2)
        if person is not None and person[0][1] - {"x"}:
            return False
        return not (self.match_ending_at(L.besides, i, 3) or self.match_ending_at(L.subcount, i, 2))

    def _others_after_count(self, i: int, hits: list[FigureHit]) -> bool:
        """The word of "others" at ``i`` follows the figure read just before it, with at most
        a plural adjective of relation between them ("أصيب جنديين سوريين آخرين", "ثلاثة
        مدنيين آخرين"): an adjective of those people, not a vague count of its own."""
        if not hits or self.toks[i][2] not in self.L.others:
            return False
        end = hits[-1].tok_end
        if not end <= i <= end + 1 or self.clause_break_in(end, i + 1):
            return False
        if self.match_ending_at(self.L.people, end, 2) is None:
            return False  # "2 killed others injured": after a verb, others of their own
        return all(self.toks[t][2].endswith(self.L.nisba_plural) and self.match(self.L.people, t) is None
                   for t in range(end, i))

    def _noun_before(self, i: int) -> tuple[str, int] | None:
        """A count written as a word right after the plural or dual it counts, "others" between
        them or not ("عسكريين اثنين", "عسكريين آخرين اثنين"): (the group of that noun, how many
        tokens stand between its end and the count)."""
        if self.is_digit(i) or self.toks[i][2].startswith(self.L.proclitic) or self.breaks_clause(i):
            return None
        t = i - 1
        if t > 0 and self.toks[t][2] in self.L.others and not self.breaks_clause(t):
            t -= 1
        elif t > 0 and self.toks[t][2].endswith(self.L.nisba_plural) and not self.breaks_clause(t) \
                and self.match(self.L.people, t) is None:
            t -= 1  # "عسكريين تركيين اثنين": a plural adjective of relation between them
        if t < 0:
            return None
        m = self.match_ending_at(self.L.people, t + 1, 2)
        if m is None or not {"p", "d"} & m[0][1]:
            return None
        return str(m[0][0]), i - 1 - t

    def _side_adjective(self, k: int) -> tuple[str | None, int]:
        """A casualty noun followed by an adjective of side ("30 قتيلا مدنيا", "الشهداء
        المدنيين", "جرحى عسكريين"): (its group, the token after it)."""
        if k >= self.n or self.breaks_clause(k):
            return None, k
        pm = self.match(self.L.people, k)
        if pm is None or pm[2] or not pm[0][1] & {"p"} or str(pm[0][0]) not in _SIDES:
            return None, k
        return str(pm[0][0]), k + pm[1]

    def _lone_noun(self, i: int, hits: list[FigureHit]) -> tuple[str, int, int] | None:
        """A singular indefinite casualty noun that is itself the count, one person: (its kind,
        start, end). Framed by an occurrence word right before it ("سقط جريح", "وقوع قتيل"),
        or an item, joined by "و", of the list of counts just before ("و5 في درعا، وقتيلا في
        حمص"). Not in construct ("شهيد الإخوان": a definite word after it), nor before a
        number other than its own "one" ("أسفر عن قتيل واحد" counts one), nor in the pair "بين قتيل وجريح"."""
        m = self.match(self.L.one, i)
        if m is None:
            return None
        k = i + m[1]
        if i > 0 and (self.toks[i - 1][2] in self.L.range_between or self.match(self.L.one, i - 1)):
            return None  # "بين قتيل وجريح": a pair that says the kind of a count told before
        if k < self.n and not self.breaks_clause(k):
            one = self.number_at(k) if not self.is_digit(k) else None
            if one is not None and one[0] == 1:
                return str(m[0]), i, one[1]  # "قتيل واحد": the noun and its "one" count one person
            if self.toks[k][2].startswith(self.L.article) or self.is_digit(k) or self.match(self.L.numbers, k):
                return None
        if i > 0 and not self.breaks_clause(i) and (
                self.toks[i - 1][2] in self.L.occurrence or self.match_ending_at(self.L.fall, i, 1)):
            return str(m[0]), i - 1, k
        last = hits[-1] if hits else None
        # an item of a list of shares may follow a share's place of a few words ("وثلاثة في
        # كل من حماة ودرعا، وقتيل في القنيطرة")
        reach = _SHARE_REACH if last is not None and last.tok_end < self.n \
            and self.toks[last.tok_end][2] in self.L.in_place else 4
        if m[2] and self.toks[i][2].startswith(self.L.wa) and last is not None and i - last.tok_end <= reach \
                and not self.sentence_break_in(last.tok_end, i + 1):
            return str(m[0]), i, k
        return None

    def _of_people(self, j: int) -> tuple[str, int] | None:
        """After a count, "من" and a definite plural person noun: the people it counts are
        some of those ("ثلاثة من الصحافيين", "ثمانية من الأطفال"): (their group, the token after
        the noun)."""
        m = self.match(self.L.of, j) if j < self.n and not self.breaks_clause(j) else None
        t = j + m[1] if m is not None and not m[2] else None
        if t is None or t >= self.n or self.breaks_clause(t):
            return None
        w = self.toks[t][2]
        if w in self.L.people_det:
            # "three of its fighters", "12 of his field commanders", "five of the journalists"
            k = t + 1
            while k < self.n and k - t <= self.L.modifier_reach and not self.breaks_clause(k):
                pm = self.match(self.L.people, k)
                if pm is not None and not pm[2] and "p" in pm[0][1] and "x" not in pm[0][1]:
                    return str(pm[0][0]), k + pm[1]
                if not self.is_modifier(k):
                    return None
                k += 1
            return None
        if not self.L.article:
            # a language writing no article on the noun (English): a plural person noun with
            # no determiner after "of" is the people counted ("about a hundred of militants")
            pm = self.match(self.L.people, t)
            if pm is None or pm[2] or "p" not in pm[0][1] or "x" in pm[0][1]:
                return None
            return str(pm[0][0]), t + pm[1]
        art = next((a for a in self.L.article if w.startswith(a)), None)
        if art is None:
            # "اثنين من عناصره": a possessed plural is definite too
            pm = self.L.people.match_at([(0, 0, w)], 0)
            if pm is None or pm[2] or pm[1] != 1 or "o" not in pm[0][1]:
                return None
            return str(pm[0][0]), t + 1
        pm = self.L.people.match_at([(0, 0, w[len(art):])], 0)
        if pm is None or pm[2] or pm[1] != 1 or "p" not in pm[0][1] or "x" in pm[0][1]:
            return None
        return str(pm[0][0]), t + 1

    def _of_definite_casualty(self, j: int) -> tuple[tuple[object, int, int], int] | None:
        """"من" at ``j`` and a definite casualty noun after it, in one clause: (the noun's
        match, the token it starts at)."""
        m = self.match(self.L.of, j) if j < self.n and not self.breaks_clause(j) else None
        t = j + m[1] if m is not None and not m[2] else None
        if t is None or t >= self.n or self.breaks_clause(t) or not self.toks[t][2].startswith(self.L.article):
            return None
        ck = self.match(self.L.noun_kind, t)
        return None if ck is None or ck[2] else (ck, t)

    def _of_the_dead(self, j: int) -> tuple[str, str, int] | None:
        """After a count, "من" and a definite casualty noun, then the group those counted were
        ("تسعة من القتلى هم من المدنيين", "965 من القتلى مدنيين"): (the noun's kind, that
        group, the token after it). Without a group named it is a share of the same toll
        ("ثلاثة من الجرحى في حالة خطيرة"), no figure of its own."""
        found = self._of_definite_casualty(j)
        if found is None:
            return None
        ck, t = found
        k = t + ck[1]
        if k < self.n and self.toks[k][2] in self.L.copula and not self.breaks_clause(k):
            k += 1
        group, _actor, end = self.group_from_of(k)
        if group is None and (of := self._of_people(k)) is not None and of[0] != "unspecified":
            group, end = of  # "من الأطفال"
        if group is None and k < self.n and not self.breaks_clause(k):
            pm = self.match(self.L.people, k)
            if pm is not None and not pm[2] and "p" in pm[0][1] and str(pm[0][0]) != "unspecified":
                group, end = str(pm[0][0]), k + pm[1]
        return (str(ck[0]), group, end) if group is not None else None

    def _of_casualty_noun(self, j: int) -> tuple[str, str | None, int] | None:
        """After a vague count, "من" and a definite casualty noun ("عشرات الآلاف من القتلى",
        "سقوط العشرات من الجرحى"): (the noun's kind, the group named after it or None, the
        token after). The noun tells what the count counts, as "عشرات القتلى" would."""
        of_dead = self._of_the_dead(j)
        if of_dead is not None:
            return of_dead
        found = self._of_definite_casualty(j)
        if found is None:
            return None
        ck, t = found
        both = self.match(self.L.some_noun, t)  # "من القتلى والجرحى": both kinds, casualties
        if both is not None and not both[2] and both[1] > ck[1]:
            return str(both[0]), None, t + both[1]
        return str(ck[0]), None, t + ck[1]

    def _fall_before(self, q: int) -> tuple[str, int] | None:
        """A word that tells people fell ("سقوط", "سقط") ending right before the count at
        ``q``, or one word before it ("سقط فيها 1401 مدني"): (its kind, where it starts)."""
        for end in (q, q - 1):
            if end < q and self.breaks_clause(q):
                break
            m = self.match_ending_at(self.L.fall, end, 1)
            if m is not None:
                return str(m[0]), m[1]
        return None

    def _accusative_one(self, i: int, pm) -> str | None:
        """One person named by an indefinite noun in the accusative: "subject" when it is the
        subject of "إن" and its sisters ("إن طفلا قتل"), or the kind of the casualty verb a few
        words back whose object it is ("قتل المسلحون ضابطا", "اختطف مجهولون أمس عنصرا"). The
        accusative shows as a final alif; a singular noun after "إن" is its subject however it
        ends ("أن امرأة قتلت")."""
        if i == 0 or self.breaks_clause(i) or not pm[0][1] & {"p", "s"}:
            return None
        alif = self.toks[i][2].endswith(self.L.accusative_ending)
        if self.toks[i - 1][2] in self.L.acc_subject:
            return "subject" if alif or "s" in pm[0][1] else None
        if not alif:
            return None
        for t in range(i - 1, max(-1, i - 7), -1):
            if self.breaks_clause(t + 1) or self.toks[t][2].isdigit() or self.match(self.L.numbers, t) \
                    or self.match(self.L.people, t):
                # another count (even one written with a stray digit, "²") or person before
                # it: a list or a count's noun, not a verb's object
                return None
            v = self.match(self.L.verbs, t)
            if v is None and t == i - 1 and self.toks[t][2].endswith(self.L.accusative_ending):
                return None  # "استهدف رتلا عسكريا": an adjective of the accusative before it
            if v is not None:
                # "فقد" with an object is "lost (a relative)", or the particle "فـ + قد"
                return str(v[0]) if self.match(self.L.before, t) and v[0] != "missing" else None
        return None

    def _named_after_title(self, t: int) -> int | None:
        """The end of a person's name starting at token ``t``, after a title ("العقيد نديم
        الحسن", "العلامة الدكتور محمد سعيد"): further titles, then a first name that is no
        definite word (an adjective or a noun: "الجندي الأميركي", "الضابط المسؤول"), no
        preposition, number, person noun or casualty word; the name runs on for up to
        three more words in its clause."""
        while t < self.n and not self.breaks_clause(t) and (pm := self.match(self.L.people, t)) \
                and "t" in pm[0][1] and not pm[2]:
            t += pm[1]
        if not self._name_word(t) or self.toks[t][2].startswith(self.L.article):
            return None
        end = t + 1
        while end < self.n and end - t < _NAME_WORDS - 1 and self._name_word(end) \
                and not self.toks[end][2].startswith(self.L.wa):
            end += 1
        return end

    def _name_word(self, t: int) -> bool:
        if t >= self.n or self.breaks_clause(t) or self.is_digit(t):
            return False
        w = self.toks[t][2]
        if w in self.L.not_governed or w.startswith(self.L.article_clitic):
            return False
        # (asked of every word after "إن/أن" and after titles: most words start none of these
        # phrases, and one cached lookup says so)
        return not (self.L.name_stops(w) and any(self.match(lex, t) for lex in (
            self.L.numbers, self.L.people, self.L.noun_kind, self.L.before, self.L.after, self.L.verbs)))

    def _dual_governs(self, t: int) -> bool:
        """Whether token ``t`` can be the noun a dual in construct governs: a noun in the same
        clause, definite ("عنصرا الأمن"), or indefinite without the accusative alif that an
        adjective of an accusative singular would carry ("ضابطا كبيرا", "جنديا سوريا"), no
        preposition or adverb, no clitic ب/ل/و/ف ("ضابطا برتبة عقيد"), no number."""
        if t >= self.n or self.breaks_clause(t) or self.is_digit(t) or self.match(self.L.numbers, t):
            return False
        w = self.toks[t][2]
        if w in self.L.not_governed or w.startswith(self.L.proclitic):
            return False
        return w.startswith(self.L.article) or not w.endswith(self.L.accusative_ending)

    def _object_after(self, k: int) -> bool:
        """Whether people are counted right after token ``k`` (a verb's object)."""
        if k >= self.n or self.breaks_clause(k):
            return False
        return bool(self.is_digit(k) or self.match(self.L.numbers, k) or self.match(self.L.people, k)
                    or self.match(self.L.vague, k) or self.match(self.L.some_q, k))

    def _active_verb(self, j: int, k: int) -> bool:
        """Tokens ``j``..``k`` are one verb of casualty, perhaps after an auxiliary of the
        perfect ("killed", "shot dead", "have killed"), not a passive ("were killed")."""
        if j < self.n and self.toks[j][2] in self.L.perfect_aux:
            j += 1
        vp = self.match(self.L.verbs, j)
        return vp is not None and j + vp[1] == k

    def _told_of(self, t: int) -> bool:
        """The people counted from ``t`` on have their own word of casualty a few words on
        ("6 citizens killed 22 injured", "20 Civilians Killed Scores Injured", "2 killed
        others injured": a headline's list of tolls, not a verb and its object)."""
        for k in range(t, min(self.n, t + _TOLD_REACH)):
            if k > t and self.breaks_clause(k):
                return False
            if self.match(self.L.noun_kind, k) is not None or self.match(self.L.after, k) is not None:
                return True
        return False

    def _partitive(self, j: int) -> tuple[str, int, str | None] | None:
        """"22 people, seven of them children", "five of the dead were children": after a count,
        the people of a toll told before that it is part of: (their group, next token, "killed"
        when the words say the toll is of the dead)."""
        m = self.match(self.L.partitive, j)
        if m is None:
            return None
        _kind, group, k, _excluded = self.noun_at(j + m[1])
        if group is None:
            return None
        return group, k, "killed" if m[0] == "partitive_killed" else None

    def _det_counts(self, i: int) -> bool:
        """Whether a determiner at ``i`` may count people: "a dozen", "a soldier", "a number of"."""
        m = self.match(self.L.numbers, i + 1)
        return (m is not None and m[0][0] in _MULTIPLIERS or self._det_single(i) is not None
                or any(self.match(lex, i) for lex in (self.L.vague, self.L.some_q, self.L.qual_before)))

    def _det_single(self, i: int) -> tuple[tuple, int] | None:
        """"a soldier", "an eight-year-old boy", "a regime first lieutenant": a determiner
        saying one, then up to a few modifiers, then a singular person noun: (match, where)."""
        if i >= self.n or self.toks[i][2] not in self.L.single_det and self.toks[i][2] not in self.L.kin_possessive:
            return None  # ... or whose one person it is: "his son", "her husband"
        t = i + 1
        while t < self.n and t - i <= self.L.modifier_reach + 1 and not self.breaks_clause(t):
            pm = self.match(self.L.people, t)
            if pm and "s" in pm[0][1] and not pm[2]:
                return pm, t
            if not self.is_modifier(t) and not (t == i + 1 and self._age_word(t)):
                return None
            t += 1
        return None

    def _bare_single(self, t: int) -> tuple[tuple, int] | None:
        """Right after "and", a singular person noun with no determiner of its own, after up to
        a few modifiers ("a woman and child", "his father and younger brother"): the
        determiner of the person before it is its too, one person more (languages with an
        article of one only). (match, where) as ``_det_single``, or None."""
        if not self.L.single_det or t < 1 or t >= self.n or self.toks[t - 1][2] not in self.L.conj:
            return None
        u = t
        while u < self.n and u - t <= self.L.modifier_reach and not self.breaks_clause(u):
            pm = self.match(self.L.people, u)
            if pm and "s" in pm[0][1] and not pm[2] and not (
                    u + pm[1] < self.n and not self.breaks_clause(u + pm[1]) and self.match(self.L.people, u + pm[1])):
                return pm, u  # (the head noun: not "rebel" of "and rebel fighters")
            if not self.is_modifier(u) or self.is_digit(u):
                return None
            u += 1
        return None

    def _listed_single(self, i: int, hits: list[FigureHit]) -> int | None:
        """Where the phrase of the bare singular at ``i`` (``_bare_single``) starts, after
        "and", when it goes on a list the figure of one person with a determiner right before
        it opened ("a woman and child were killed", "his father and younger brother"); else
        None."""
        if not hits or i < 2:
            return None
        t = i
        while t > 0 and self.toks[t - 1][2] not in self.L.conj and i - t < self.L.modifier_reach:
            t -= 1
        b = self._bare_single(t)
        h = hits[-1]
        listed = b is not None and b[1] == i and h.tok_end == t - 1 and h.figure.low == h.figure.high == 1 \
            and self.toks[h.qty_tok][2] in self.L.single_det | self.L.kin_possessive
        return t if listed else None

    def _age_word(self, t: int) -> bool:
        """A number a hyphen joins to the word after it, right after "a": the one person's age
        ("a 10-year-old boy", "an eight-year-old girl"), not a count."""
        return t + 1 < self.n and self.gap(t + 1) == "-" and not self.is_digit(t + 1) and (
            self.is_digit(t) or self.match(self.L.numbers, t) is not None)

    def risen_toll(self, q: int) -> tuple[str | None, str | None]:
        """"عدد قتلى هجوم الجمعة، الذي تشنه القوات، ارتفع إلى 42 شخصا": a count a toll
        rose to counts what the toll noun before it says: (kind, the group an adjective of
        side right after that noun names, "عدد القتلى المدنيين")."""
        # "وارتفعت حصيلة القتلى في الانفجار، الذي ...، إلى 49": the verb opens the clause,
        # before its toll noun, and only "to" stands before the count
        verb_first = self.match_ending_at(self.L.toll_rise, q, 3) is None
        if verb_first and self.match_ending_at(self.L.update_to, q, 1) is None:
            return None, None

        if self.L.toll_lead.none_start(self.words, q - _RISE_REACH, q):
            return None, None  # the toll's words must stand within reach: none may start there

        def opened(k: int) -> bool:
            return not verb_first or self.match(self.L.toll_rise_verb, k) is not None

        for j in range(q - 1, max(-1, q - _RISE_REACH), -1):
            if self.breaks_sentence(j + 1):
                return None, None
            m = self.match(self.L.noun_kind, j)
            if m is not None and j > 0 and self.match(self.L.toll_lead, j - 1):
                o = j - 2
                if o > 0 and not opened(o) and self.match(self.L.toll_lead, o):
                    o -= 1  # "بارتفاع حصيلة أعداد القتلى": two toll words before the noun
                if opened(o):
                    return str(m[0]), self._side_adjective(j + m[1])[0]
            b = self.match(self.L.before, j)
            if b is not None and self.match(self.L.toll_lead, j) and opened(j - 1):
                return str(b[0]), self._side_adjective(j + b[1])[0]
        return None, None

    def _bare_toll_rose(self, q: int) -> bool:
        """"ارتفعت الحصيلة إلى 246 شخصا", "ارتفعت حصيلة الهجوم إلى 40 مدنيا": the count at ``q``
        is what a toll noun of no casualty noun rose to, its rising told as ``risen_toll`` reads it."""
        verb_first = self.match_ending_at(self.L.toll_rise, q, 3) is None
        if verb_first and self.match_ending_at(self.L.update_to, q, 1) is None:
            return False
        if self.L.death_toll.isdisjoint(self.words[max(0, q - _RISE_REACH + 1):q]):
            return False
        for j in range(q - 1, max(-1, q - _RISE_REACH), -1):
            if self.breaks_sentence(j + 1) or self.match(self.L.noun_kind, j) or self.match(self.L.before, j):
                return False  # another sentence's, or a toll of its own kind ("حصيلة الجرحى")
            if self.words[j] in self.L.death_toll:
                v = j - 2 if j > 1 and self.words[j - 1] in self.L.toll_rise_filler else j - 1
                return not verb_first or v >= 0 and self.match(self.L.toll_rise_verb, v) is not None
        return False

    def _toll_named_after(self, q: int, j: int) -> tuple[str | None, str | None, int, str | None] | None:
        """"ارتفع إلى 29 على الأقل عدد مقاتلي الفصائل", "ارتفع الى 60 عدد الشهداء المدنيين",
        "ارتفع إلى 72 عدد السوريين الذين قضوا": the verb of a rising toll and "to" open the
        clause, the count comes next, and the toll noun it counts is told after it: (kind,
        group, next token, qualifier between). So after a verb or noun of killing right before
        the count: "قتل 234 على الأقل عدد عناصر داعش", "بمقتل 51 عدد عناصر التنظيم"."""
        if q < 1 or j >= self.n or (self.match_ending_at(self.L.toll_rise, q, 3) is None
                                    and self.kind_before(q, 0)[0] is None):
            return None
        t = j
        qa = self.match(self.L.qual_after, t)
        qualifier = None
        if qa is not None and not qa[2]:
            t += qa[1]
            qualifier = str(qa[0])
        lead = self.match(self.L.toll_lead, t) if t < self.n and not self.breaks_clause(t) else None
        if lead is None:
            return None
        kind, group, k, excluded = self.noun_at(t + lead[1])
        if excluded:
            return None
        if kind is None and group is None:
            # "عدد مقاتلي الفصائل الذين قضوا", "عدد عناصر الأمن": a word of the armed or the
            # civil side names the people; the verb after them says what befell them
            side, k2 = self._side_word(k)
            if side is not None:
                return None, side, k2, qualifier
            if k + 2 < self.n and self.words[k + 1] in self.L.toll_relative \
                    and not self.breaks_clause(k + 1) and not self.breaks_clause(k + 2):
                # "عدد السوريين الذين قضوا": people of no listed noun, a relative clause their fate
                verb = self.match(self.L.after, k + 2)
                if verb is not None and not verb[2]:
                    return str(verb[0]), "unspecified", k + 2 + verb[1], qualifier
            return None
        if kind is not None and group in (None, "unspecified"):
            # "عدد القتلى المدنيين"; "عدد قتلى عناصر قوات النظام": the dead of a side
            side, k2 = self._side_adjective(k)
            if side is None:
                side, k2 = self._side_word(k)
            if side is not None:
                group, k = side, k2
        return kind, group, k, qualifier

    def _side_word(self, k: int) -> tuple[str | None, int]:
        """A word of the armed or the civil side at ``k`` ("عناصر", "القوات", "الدفاع المدني"):
        (the group it makes the people, the token after it)."""
        for lex, side in ((self.L.armed, "combatants"), (self.L.civil, "civilians")):
            m = self.match(lex, k)
            if m is not None and not m[2]:
                return side, k + m[1]
        return None, k

    def _number_after_wa(self, j: int) -> tuple[int, int] | None:
        tok = self.toks[j][2]
        rest = tok[1:]
        if rest.isdecimal() and len(rest) <= _MAX_DIGITS:
            return int(rest), j + 1
        return self.number_at(j)  # "بين عشرة وخمسة عشر": a number in words, "و" its clitic

    def _looks_like_date(self, i: int, j: int, value: int) -> bool:
        if j < self.n and is_month_token(self.toks[j][2], self.lang):
            return True
        if i > 0 and is_month_token(self.toks[i - 1][2], self.lang):
            return True
        if value <= 31 and j + 1 < self.n and self.toks[j][2] in self.L.day_of \
                and is_month_token(self.toks[j + 1][2], self.lang):
            return True  # "قتل في الـ8 من يوليو": the day of a month
        if 1900 <= value <= 2100 and i > 0 and self.toks[i - 1][2] in self.L.year_before:
            return True
        if self.L.age_before and self._an_age(i):
            return True
        if 1900 <= value <= 2100 and i > 1 and self.is_digit(i - 1) and int(self.toks[i - 1][2]) <= 31 \
                and is_month_token(self.toks[i - 2][2], self.lang):
            return True  # "Jul 30 2015": the year of a date written month first
        # (a digit first, a cheaper test than the gap's text: most counts have none beside them)
        if j < self.n and self.toks[j][2].isdecimal() and self.gap(j) in ("/", "-", ":", "."):
            return True  # 2/9/2018, 20:35
        if i > 0 and self.toks[i - 1][2].isdecimal() and self.gap(i) in ("/", "-", ":"):
            return True
        return False

    def _an_age(self, i: int) -> bool:
        """"aged 18", "aged between 18 and 25", "aged from four to 10": a number after a word
        of age, with only other ages and the words linking them between, is an age."""
        t = i - 1
        while t >= 0 and i - t <= _AGE_REACH and not self.breaks_clause(t + 1):
            w = self.toks[t][2]
            if w in self.L.age_before:
                return True
            if not (w in self.L.age_link or self.is_digit(t) or self.match(self.L.numbers, t)):
                return False
            t -= 1
        return False

    def vague_casualties(self, hits: list[FigureHit]) -> list[FigureHit]:
        """Bare casualty plurals with no number: "سقوط قتلى وجرحى" → casualties, some."""
        taken = _covered(hits)
        out: list[FigureHit] = []
        k = 0
        may = self._some_nouns if self._some_nouns is not None else self.L.some_noun.starters(self.distinct)
        for i in self.positions(may):
            if i < k or i in taken:
                continue
            m = self.match(self.L.some_noun, i)
            if not m:
                continue
            k = i + m[1]
            if any(t in taken for t in range(i, k)):
                continue
            if self.match_ending_at(self.L.mourned, i, 1) is not None:
                continue  # "على أرواح شهداء سوريا", "تعازيه لأسر ضحايا الهجوم": the dead mourned
            state = self.match(self.L.after, i) is not None  # "بين قتيل وجريح": a state fallen in
            if not state and self.match_ending_at(self.L.fell_as, i, 1) is not None:
                continue  # "44 شخصا سقطوا قتلى": what the verb's subject, told before it, fell as
            if state and any(
                    h.tok_end <= i and not self.clause_break_in(h.tok_end + 1, i + 1)
                    for h in hits):
                # "سقط نحو 1000 مقاتل من الحزب بين قتيل وجريح", "آلاف الضحايا، بين قتيل وجريح": a
                # state the people counted before it in its clause fell in, no figure of its own
                continue
            prev_lead = self.match_ending_at(self.L.toll_lead, i, 2)
            follows_number = i > 0 and (self.is_digit(i - 1) or self.match(self.L.vague, i - 1))
            next_number = any(self.is_digit(t) or self.match(self.L.numbers, t)
                              for t in range(k, min(k + 4, self.n)))
            if prev_lead or follows_number or next_number or self._is_definite_subject(i) or self._governs(k):
                continue
            # "قتلى وجرحى من المدنيين", "قتلى في صفوف المسلحين": the side named after them
            group, actor, end = self.group_from_of(k)
            if group is None and i > 0 and not self.breaks_clause(i) and self._armed_owned(i - 1) \
                    and self.match(self.L.after, i) is not None:
                # "وأوقعت أفرادها بين قتيل ومصاب": the state a body's own members fell in
                group, end = "combatants", k
            kind = str(m[0])
            if kind == "injured" and (death := self.match_ending_at(self.L.before, i)) is not None \
                    and death[0] == "killed":
                kind = "killed"  # "وفاة مصابين متأثرين بجراحهم": the wounded died
            f = self._make(kind, group or "unspecified", 1, None, "some", i, end if group else k)
            out.append(FigureHit(f, i, end if group else k, i, actor))
        return out

    def bare_people(self, hits: list[FigureHit], cands: list[int]) -> list[FigureHit]:
        """A casualty verb or noun right before an indefinite plural of people with no count
        ("وقتل جنود في الهجوم", "أدى إلى مقتل مدنيين", "قتل فيها عناصر من القوات"): some of
        them (codebook "some"), of the noun's group or the side named after it. Not a definite
        plural ("يدين قتل المدنيين" speaks of no one event), nor one a number counts after it.
        ``cands``: the tokens where the reading of counts found a phrase but no figure."""
        taken = _covered(hits)
        out: list[FigureHit] = []
        # the words' own tests first, once per word of the text (``_bare_plural``: "قتل شخصا",
        # "قتل فيه جندي" count one person, read as such elsewhere; "احتجز مقاتلون"، "قتل
        # مسلحون شرطيا": a nominative plural may be the verb's subject)
        at = list(map(self.words.__getitem__, cands))
        plural = self.L.bare_plural.of(set(at))
        for k in compress(cands, map(plural.__contains__, at)):
            if k in taken or k == 0 or self.breaks_clause(k):
                continue
            pm = self.match(self.L.people, k)
            if pm is None or pm[2] or not _bare_class(pm[0][1]):
                continue  # the phrase read there is no such plural
            v_end = k - 1 if self.toks[k - 1][2] in self.L.in_it and not self.breaks_clause(k - 1) else k
            m = self.match_ending_at(self.L.before, v_end, 3)  # "قتل فيها عناصر": a pronoun between
            if m is None or m[1] in taken or self.toks[m[1]][2].startswith(self.L.article + self.L.article_clitic) \
                    or self.toks[v_end - 1][2].startswith(self.L.article + self.L.article_clitic):
                # "معظم القتلى مدنيون", "وبين الضحايا أطفال": what the dead of a toll were (a
                # definite noun of them before), no new count
                continue
            e = k + pm[1]
            if e < self.n and not self.breaks_clause(e) and (self.is_digit(e) or self.match(self.L.numbers, e)):
                continue
            group = str(pm[0][0])
            of_group, actor, e2 = self.group_from_of(e)
            if of_group and group == "unspecified":
                group = of_group
            end = e2 if of_group else e
            f = self._make(str(m[0]), group, 1, None, "some", m[1], end)
            out.append(FigureHit(f, m[1], end, k, actor))
            taken.update(range(m[1], end))
        return out

    def named_deaths(self, hits: list[FigureHit]) -> list[FigureHit]:
        """One person named, or told of by a pronoun, as the subject of a singular verb of
        death ("Abu Omar al-Shishani was killed", "he was shot dead"): killed (or the verb's
        kind) 1, the name and the verb its text."""
        if not self.L.single.size:
            return []
        taken = _covered(hits)
        out: list[FigureHit] = []
        may = self.L.single.starters(self.distinct)
        for i in self.positions(may):
            m = self.match(self.L.single, i)
            if m is None or i in taken or i == 0 or self.breaks_clause(i):
                continue
            start = self._named_subject(i)
            if start is None or any(t in taken for t in range(start, i + m[1])):
                continue
            f = self._make(str(m[0]), "unspecified", 1, 1, "exact", start, i + m[1])
            out.append(FigureHit(f, start, i + m[1], start))
            taken.update(range(start, i + m[1]))
        return out

    def named_after_that(self, hits: list[FigureHit]) -> list[FigureHit]:
        """"إن محسن الفضلي قتل في غارة", "أن القيادي حسن شاطري استشهد": one person, named after
        "إن/أن" as the subject of a singular passive verb of death: killed 1, the name and the
        verb its text. Not a side or an army ("أن الجيش النظامي قتل": who killed), not when
        the verb has an object ("إن التنظيم قتل شابا", "إن إعلان البنتاغون قتل الفضلي") or is
        one outcome of two ("قتل أو ألقي القبض عليه")."""
        if not self.L.one_died.size or not self.L.acc_subject & self.distinct:
            return []
        taken = _covered(hits)
        out: list[FigureHit] = []
        died = self._died_at
        if died is None:
            died = self._died_at = self.positions(self.L.one_died_first)
        # the verb of death (no clitic on it) stands after the name, a title of several words
        # and "قد", or within ``_LONG_SUBJECT`` tokens: most "إن/أن" have none that near
        reach = max(_NAME_WORDS + self.L.people_longest + 2, _LONG_SUBJECT + 1)
        for s in self.positions(self.L.acc_subject):
            at = bisect.bisect_right(died, s)
            if at == len(died) or died[at] >= s + reach:
                continue
            v = s + 1
            group = "unspecified"
            while v < self.n and v - s <= _NAME_WORDS and not self.breaks_clause(v) and v not in taken:
                pm = self.match(self.L.people, v)
                if pm is not None and not pm[2] and pm[0][1] & {"s", "t"}:
                    group = str(pm[0][0]) if group == "unspecified" else group
                    v += pm[1]
                elif self._name_word(v) and not (self.L.side_or_death(self.words[v]) and (
                        self.match(self.L.armed, v) or self.match(self.L.civil, v) or self.match(self.L.one_died, v))) \
                        and self.words[v] not in self.L.perfect_particle:
                    v += 1
                else:
                    break
            if v == s + 1 or v >= self.n or v in taken or self.breaks_clause(v):
                continue
            if self.words[v] in self.L.perfect_particle and v + 1 < self.n and not self.breaks_clause(v + 1):
                v += 1
            m = self.match(self.L.one_died, v)
            if m is None:
                v = self._long_subject_death(s, v, taken)
                m = self.match(self.L.one_died, v) if v is not None else None
                if m is not None and group == "unspecified":
                    group = next((str(pm[0][0]) for t in range(s + 1, v)
                                  if (pm := self.match(self.L.people, t)) is not None and not pm[2]
                                  and pm[0][1] & {"s", "t"}), group)
            if m is None or m[2]:
                continue
            end = v + m[1]
            nxt = self.words[end] if end < self.n and not self.breaks_clause(end) else ""
            if self._object_after(end) or nxt in self.L.ranges_or \
                    or nxt.startswith(self.L.article) and nxt not in self.L.day_words:
                # "قتل الفضلي" after "إعلان البنتاغون": a definite word after it is the verb's
                # (or verbal noun's) object, the name before is no one killed
                continue
            f = self._make("killed", group, 1, 1, "exact", s + 1, end)
            out.append(FigureHit(f, s + 1, end, s + 1))
            taken.update(range(s + 1, end))
        return out

    def _long_subject_death(self, s: int, v: int, taken: set[int]) -> int | None:
        """"إن العضو البارز بتنظيم القاعدة والقيادي في جماعة خراسان محسن الفضلي قتل في غارة":
        a subject after "إن/أن" whose titles and attachments outrun the walk over a name. The
        verb of death (``one_died``) within ``_LONG_SUBJECT`` tokens of "إن", the person's name
        (two name words at least) right before it and how or where he died right after it
        (``death_manner``); nothing between that ends the clause, counts, or is another verb
        of casualty or a relative pronoun (a clause of its own). Its token, or None."""
        died = self._died_at
        if died is None:
            died = self._died_at = self.positions(self.L.one_died_first)
        stop = min(s + 1 + _LONG_SUBJECT, self.n)
        at = bisect.bisect_left(died, v)
        if at == len(died) or died[at] >= stop:
            return None  # no verb of death within reach: most "إن" open no such subject
        for t in range(v, stop):
            if t in taken or self.breaks_clause(t) or self.is_digit(t) or self.match(self.L.numbers, t) \
                    or self.words[t] in self.L.relative_one or self.words[t] in self.L.acc_subject:
                return None
            m = self.match(self.L.one_died, t)
            if m is not None:
                end = t + m[1]
                if m[2] or t - s < 3 or not (self._name_word(t - 1) and self._name_word(t - 2)) \
                        or end >= self.n or self.breaks_clause(end) or self.words[end] not in self.L.death_manner:
                    return None
                return t
            if self.match(self.L.verbs, t) or self.match(self.L.before, t) or self.match(self.L.after, t):
                return None
        return None

    def named_relative(self, hits: list[FigureHit]) -> list[FigureHit]:
        """"خليل عبد العزيز، الذي قتل في تبادل لإطلاق النار", "ناشطة، التي قتلت جراء القصف":
        one person, named right before a singular relative pronoun whose clause is a singular
        passive verb of death telling how or where (``death_manner``, after a day word or not):
        killed 1, the name to the verb its text. Not when the verb has an object ("الذي قتل
        أربعة أشخاص", "الذي قتل الفضلي": the antecedent killed), nor "الذي قتل فيه" (the
        antecedent is the attack), nor after anything but a name (an attack noun, a count)."""
        if not self.L.one_died.size or not self.L.relative_one & self.distinct:
            return []
        taken = _covered(hits)
        out: list[FigureHit] = []
        for r in self.positions(self.L.relative_one):
            v = r + 1
            if r == 0 or v >= self.n or v in taken or self.breaks_clause(v):
                continue
            m = self.match(self.L.one_died, v)
            if m is None and self.words[v] in self.L.relative_died:
                m = ("killed", 1, 0)
            if m is None or m[2]:
                continue
            end = v + m[1]
            k = end
            if k < self.n and not self.breaks_clause(k) and self.words[k] in self.L.day_words:
                k += 1  # "الذي قتل الخميس في تفجير"
            if k >= self.n or self.breaks_clause(k) or self.words[k] not in self.L.death_manner:
                continue
            # the name before: capitalised words in English, name words in Arabic, behind a
            # comma or not ("X، الذي"); a person noun before it gives the group ("القيادي X")
            t = r
            group = "unspecified"
            while t > 0 and r - t < _NAME_WORDS - 1 and (t == r or not self.breaks_clause(t)) \
                    and self._name_word(t - 1) and not self.match(self.L.one_died, t - 1):
                t -= 1
            if t == r or any(x in taken for x in range(t, end)):
                continue
            if t > 0 and (t == r or not self.breaks_clause(t)):
                pm = self.match(self.L.people, t - 1)
                if pm is not None and not pm[2] and pm[0][1] & {"s", "t"}:
                    group = str(pm[0][0])
                    t -= 1
            f = self._make("killed", group, 1, 1, "exact", t, end)
            out.append(FigureHit(f, t, end, t))
            taken.update(range(t, end))
        return out

    def _named_subject(self, i: int) -> int | None:
        """Where the one-person subject ending right before token ``i`` starts: a pronoun
        ("he"), or a name of capitalised words ("Abu Mohammed al-Adnani") not opening its
        sentence."""
        if self.toks[i - 1][2] in self.L.person_pronoun:
            return i - 1
        t = i
        while t > 0 and i - t < _NAME_WORDS and not self.breaks_clause(t) and self.toks[t - 1][2] not in self.L.not_modifier \
                and (self._capitalised(t - 1) or self.toks[t - 1][2] in self.L.name_particle and self.gap(t) == "-"):
            t -= 1
        if t == i or (t == 0 or self.breaks_sentence(t) or self.breaks_clause(t)) and i - t < 2:
            return None  # one capitalised word opening a sentence is no name ("Nobody was killed")
        return t

    def _acronym(self, t: int) -> bool:
        """The word at ``t`` is written all in capitals ("IS", "US"), as a name's acronym is."""
        s, e = self.nt.orig_span(self.toks[t][0], self.toks[t][1])
        word = self.nt.original[s:e]
        return word.isupper() and word.isalpha()

    def _capitalised(self, t: int) -> bool:
        s, _ = self.nt.orig_span(self.toks[t][0], self.toks[t][1])
        return self.nt.original[s:s + 1].isupper() or (t > 0 and self.gap(t) == "-" and self._capitalised(t - 1))

    def _governs(self, k: int) -> bool:
        """A bare plural right before a definite noun governs it ("قتلى القصف", "جرحى النظام",
        "شهداء الثورة"): the dead of a thing told as known, not a new count of some."""
        if k >= self.n or self.gap(k).strip() or self.breaks_clause(k):
            return False
        w = self.toks[k][2]
        return w.startswith(self.L.article) and w not in self.L.day_words

    def _is_definite_subject(self, i: int) -> bool:
        # "القتلى" / "الجرحى" as a definite noun usually refers back to counted people, also
        # behind a clitic ("والقتلى الستة", "للقتلى المدنيين")
        tok = self.toks[i][2]
        return tok.startswith(self.L.article + self.L.article_clitic) and not (i > 0 and self.toks[i - 1][2] in self.L.occurrence)

    def _make(self, kind: str, group: str, low, high, qualifier: str, ts: int, te: int) -> Figure:
        s, e = self.nt.orig_span(self.toks[ts][0], self.toks[te - 1][1])
        text = self.nt.original[s:e]
        return Figure(kind, group, low, high, qualifier, text, Span(s, e, text))


def _joins(last: str, kind: str, value: int) -> bool:
    """Whether a number word joined by "and" to one of kind ``last`` continues the same
    number: a unit takes a ten after it ("خمسة وعشرون"), a hundred or a multiplier anything
    smaller ("مئة وعشرون", "ألف ومئتان"). A ten takes nothing ("عشرة وخمسة عشر" are two
    numbers), nor a word of the same order or larger ("مئة ومئتي")."""
    if last == "unit":
        return kind == "ten" and value >= 20
    if last == "hundred":
        return kind in ("unit", "ten")
    if last in ("thousand", "million"):
        return kind in ("unit", "ten", "hundred") or kind == "thousand" and last == "million"
    return last == "dozen"


_AGE_REACH = 5  # words back from a number to the word of age that makes it an age ("aged between 18 and 25")
_TOLD_REACH = 4  # words from a verb's object to the casualty word that makes it a toll of its own
_CIVILIAN_PARTS = frozenset(("civilians",) + SUB_GROUPS)


def _part_of(group: str, toll: str) -> bool:
    """People of ``group`` may be counted among a toll of ``toll`` (or of another of its
    parts): anyone among people of no group, civilians' parts among civilians, fighters
    among fighters; people of no group among anyone."""
    if group == "unspecified" or toll == "unspecified" or group == toll:
        return True
    return group in _CIVILIAN_PARTS and toll in _CIVILIAN_PARTS


def _covered(hits: list[FigureHit]) -> set[int]:
    """The tokens the figures read so far take up (a later reader must not count them again)."""
    return {t for h in hits for t in range(h.tok_start, h.tok_end)}


def _is_year(tok: str) -> bool:
    return len(tok) == 4 and tok.isdecimal() and 1900 <= int(tok) <= 2100


def find_figures(nt: Normalized, toks: Sequence[tuple[int, int, str]], lang: str = "ar",
                 words: Sequence[str] | None = None, starts: Sequence[int] | None = None,
                 marks: Sequence[tuple[str, int]] | None = None,
                 breaks: tuple[bytearray, bytearray] | None = None) -> list[FigureHit]:
    """Every casualty figure in a normalised text of language ``lang``, in reading order
    (``words``, ``starts``: the tokens' words and offsets, ``marks``: the punctuation between
    them as ``Doc.marks`` gives it, ``breaks``: per token, whether a clause mark and whether a
    sentence mark stands before it, as ``Doc.clause_breaks`` gives them; when the caller has
    them)."""
    return _Reader(nt, toks, lang, words, starts, marks, breaks).read()


def _in_span(spans: Sequence[tuple[int, int]], starts: list[int], at: int) -> bool:
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


def annotate(doc: "Doc") -> None:
    """``doc.hits``: the article's casualty figures, and which sentence holds each."""
    doc.hits = find_figures(doc.nt, doc.toks, doc.lang, doc.tok_words, doc.tok_starts,
                            breaks=(doc.clause_breaks(_CLAUSE_MARK_CHARS), doc.clause_breaks(_SENTENCE_BREAK)))
    heads = related_headlines(doc.nt.text) if doc.hits else ()
    if heads:  # other stories' headlines listed on the page count no casualties of this one
        starts = [s for s, _e in heads]
        doc.hits = [h for h in doc.hits if not _in_span(heads, starts, doc.toks[h.qty_tok][0])]
    for h in doc.hits:
        doc.hits_by_sentence.setdefault(doc.sentence_of(doc.hit_pos(h)), []).append(h)
