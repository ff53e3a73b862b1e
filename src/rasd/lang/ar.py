"""Arabic morphology for matching: clitics on text tokens, forms of lexicon phrases.

A text token may carry proclitics its lexicon phrase does not: the conjunctions و/ف, the
prepositions ب/ل/ك, and ل + ال written لل ("للرقة" matches "الرقة"). Lexicon phrases are
written once, in one form; the pack adds the others a text uses: a verb's persons and numbers,
a noun phrase's definite form, a noun with a possessive pronoun.
"""

from __future__ import annotations

from functools import lru_cache

CODE = "ar"
# Roles of event words that are nouns or adjectives: "غارة جوية" is read in "الغارة الجوية" too.
_NOMINAL = ("event", "open", "aim", "weapon", "mod", "object")
# Endings that take no written alif in the indefinite accusative: ta marbuta, alif maqsura,
# alif, hamza on the line, and sound plurals ("مسجدا" but "مدرسة", "مستشفى", "مدنيين").
_NO_ACCUSATIVE_ALIF = ("ة", "ى", "ا", "ء", "ين", "ون", "ات")
_CONSTRUCT_PLURAL_MIN = 5  # letters of a word ending "ي" before a name read as a plural in construct ("مقاتلي")
_PLURAL_MIN = 6  # letters of a word ending "ين" read as a sound plural ("مسلحين", not "الدين")


@lru_cache(maxsize=1 << 18)
def token_forms(tok: str) -> tuple[tuple[str, int], ...]:
    """(form, number of stripped leading characters) for a token, unstripped first."""
    if len(tok) <= 3:
        return ((tok, 0),)  # (most words of a text are short or carry no clitic: no list built)
    forms = [(tok, 0)]
    rest, p = tok, 0
    if rest[0] in "وف":
        rest, p = rest[1:], 1
        forms.append((rest, p))
        if len(rest) <= 3:
            return tuple(forms)
    if rest.startswith("لل"):
        forms.append(("ا" + rest[1:], p + 1))  # ل + الـ: the ل of the article stays part of the match
    if rest[0] in "بلك":
        forms.append((rest[1:], p + 1))
    return tuple(forms)


def verb_forms(stem: str, *_irregular: str) -> list[str]:
    """A past-tense verb in the persons and numbers news uses: "خطف" → خطفت (she), خطفوا
    (they), خطفا / خطفتا (the two); a final alif maqsura becomes ت/وا after ا or و ("قضى" →
    قضت, قضوا)."""
    if stem.endswith("ى"):
        base = stem[:-1]
        return [stem, base + "ت", base + "وا", base + "يا", base + "تا"]
    return [stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا"]


_VERBAL = ("verb", "light")  # event-word roles that are past-tense verbs


def phrase_forms(phrase: str, role: str) -> list[str]:
    """The phrase, and for a noun phrase its definite form ("غارة جوية" → "الغارة الجوية");
    for a past-tense verb its persons ("استهدف" → استهدفت, استهدفوا, استهدفا); for a noun
    phrase a verb governs (role "object") also its indefinite accusative ("استهدف مسجدا",
    "أصاب حيا سكنيا")."""
    words = phrase.split()
    if role == "actor":
        # "مقاتلي المعارضة" is written "مقاتلو المعارضة" as a subject ("هاجم مقاتلو المعارضة
        # حاجزا"): a sound masculine plural in construct, before a definite name, takes "و"
        if len(words) > 1 and not words[0].startswith("ال") and words[0].endswith("ي") \
                and len(words[0]) >= _CONSTRUCT_PLURAL_MIN and all(w.startswith("ال") for w in words[1:]):
            return [phrase, " ".join([words[0][:-1] + "و"] + words[1:])]
        # "المسلحين" is written "المسلحون" as a subject: a sound masculine plural's nominative,
        # where an attack's agent stands ("قتل فيها المعارضون 150 جنديا"). Only a definite
        # name, the men the report has told of: "مسلحون" alone are gunmen nobody has named
        if not all(w.startswith("ال") for w in words):
            return [phrase]
        nominative = " ".join(w[:-2] + "ون" if len(w) >= _PLURAL_MIN and w.endswith("ين") else w
                              for w in words)
        return [phrase] if nominative == phrase else [phrase, nominative]
    if role in _VERBAL and len(words) == 1 and not phrase.startswith(("ي", "ت")) \
            and not phrase.endswith(("ت", "وا")):
        return verb_forms(phrase)
    if role not in _NOMINAL or all(w.startswith("ال") for w in words):
        return [phrase]
    forms = [phrase, " ".join(w if w.startswith("ال") else "ال" + w for w in words)]
    if role == "object":
        accusative = " ".join(w if w.endswith(_NO_ACCUSATIVE_ALIF) or w.startswith("ل") else w + "ا"
                              for w in words)
        if accusative != phrase:
            forms.append(accusative)
    return forms


def possessive_forms(phrase: str, role: str) -> list[str]:
    """"ضرباته", "غاراتها", "هجومهم": an attack word with a pronoun naming whose attack it is."""
    if role not in ("event", "open", "weapon") or " " in phrase or phrase.startswith("ال"):
        return []
    base = phrase[:-1] + "ت" if phrase.endswith("ة") else phrase
    return [base + suffix for suffix in ("ه", "ها", "هم")]


# Possessive pronoun suffixes on a noun of people and the person each refers to: "جنوده"
# (his), "جنودها" (hers, or a plural of things' and groups'), "جنودهم"/"جنودهما" (theirs),
# "جنودنا" (ours: the speaker's side).
_POSSESSOR_SUFFIXES = (("ه", "he"), ("ها", "she"), ("هم", "they"), ("هما", "they"), ("نا", "we"))
# A noun's ending and the stem a suffix is written on: a sound masculine plural drops its
# ن in construct ("مقاتلين" → "مقاتليه", "مقاتلون" → "مقاتلوه"), ta marbuta is written ت
# ("قادة" → "قادته").
_POSSESSED_STEMS = (("ين", "ي"), ("ون", "و"), ("ة", "ت"))
_POSSESSED_STEM_MIN = 4


def possessed_people(phrase: str) -> list[tuple[str, str]]:
    """A plural noun of people with a possessive pronoun, (form, person): "عناصر" →
    ("عناصره", "he"), ("عناصرها", "she"), ("عناصرنا", "we") ...; "مقاتلين" → "مقاتليه".
    One word without the article only, and not an accusative singular ("عنصرا")."""
    if " " in phrase or phrase.startswith("ال") or phrase.endswith(("ا", "ى", "ء")):
        return []
    stem = next((phrase[:-len(e)] + c for e, c in _POSSESSED_STEMS if phrase.endswith(e)), phrase)
    if len(stem) < _POSSESSED_STEM_MIN:
        return []  # "آخره", "شخصه": "its end", "himself", not people of his
    return [(stem + suffix, person) for suffix, person in _POSSESSOR_SUFFIXES]


def is_definite(before: list[str], tok: str, clitic_chars: int, *_words: frozenset[str]) -> bool:
    """Whether a matched token carries the article: "الهجوم", "والقصف", "بالغارة", "للقصف"."""
    return tok.startswith(("ال", "وال", "بال", "فال", "لل")) and clitic_chars <= 2


def name_key(tok: str) -> str:
    """A place name's word without the article outlets write or leave out ("الصالحية" /
    "صالحية"); short words keep it ("الباب" is a town, "باب" a gate)."""
    return tok[2:] if tok.startswith("ال") and len(tok) > 4 else tok


# Foreign names reach Arabic with sounds it lacks, written either way (Turkish ç as ج or تش,
# p as ب or پ): one letter each for comparing spellings.
_FOREIGN = str.maketrans({"چ": "ج", "پ": "ب", "ڤ": "ف", "گ": "ك", "ژ": "ز"})
_LONG_VOWELS = str.maketrans("", "", "اوي")


def spelling_key(tok: str) -> str:
    """A spelling-independent key: transliterations of one foreign name differ in the long
    vowels they write ("سروج" / "سوروتش", "منبج" / "منبيج"). The first letter stays, as an
    initial ا/و/ي is a consonant."""
    t = tok.translate(_FOREIGN).replace("تش", "ج")
    return t[:1] + t[1:].translate(_LONG_VOWELS)

