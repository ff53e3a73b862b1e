"""Speed work of issue 8 (branch speed9): each shortcut gives the answers of the plain reading.

The sentences are hand-written for these tests."""

import importlib

import pytest

from rasd.extract import figures as F
from rasd.text import normalize
from rasd.text.lexicon import Lexicon, WordTest, tokens

D = importlib.import_module("rasd.text.dates")  # (``rasd.text.dates`` the module, not a function)

_SENTENCES = [
    "قتل جنود في الهجوم على القرية، وأصيب مدنيون بجروح",
    "أدى القصف إلى مقتل مدنيين وإصابة العشرات من الأطفال",
    "قتل المسلحون عناصرا من الشرطة في الكمين",
    "وقتل 12 عنصرا من قوات النظام بينهم ضابطان في المعارك",
    "إن طفلا قتل وجرح اثنان آخران في القصف على الحي",
    "سقط قتلى وجرحى في صفوف المدنيين بعد الغارة",
    "قتل ثلاثة من المقاتلين وأربعة مدنيين، وأصيب عشرات المدنيين",
]


def _figures(sentence: str) -> list[tuple]:
    nt = normalize(sentence)
    return [(h.figure.kind, h.figure.group, h.figure.low, h.figure.high, h.figure.qualifier,
             h.tok_start, h.tok_end, h.recorded) for h in F.find_figures(nt, tokens(nt.text))]


def test_values_from_are_every_phrase_a_word_may_start():
    lex = Lexicon()
    lex.add("مدنيين", "p")
    lex.add("مدنيين عزل", "q")
    lex.add("جندي", "s")
    assert lex.values_from("والمدنيين") == [] and sorted(lex.values_from("ومدنيين")) == ["p", "q"]
    assert lex.values_from("جندي") == ["s"] and lex.values_from("قريه") == []


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_plural_people_passed_over_give_the_same_figures(sentence, monkeypatch):
    with_gate = _figures(sentence)
    monkeypatch.setattr(F.lexicons("ar"), "plain_people", WordTest(lambda w: False))
    assert _figures(sentence) == with_gate


def test_a_plural_noun_with_no_count_is_still_some_people():
    # "جنود" opens no figure of its own, but the verb before it counts some soldiers
    got = _figures("قتل جنود في الهجوم على القرية")
    assert [(k, lo, hi, q) for k, _g, lo, hi, q, *_ in got] == [("killed", 1, None, "some")]
    L = F.lexicons("ar")
    assert L.plain_people.of({"جنود", "عناصر", "الاطفال"}) == {"جنود", "عناصر", "الاطفال"}
    # a singular, a dual, a number may open one
    assert not L.plain_people.of({"جندي", "جنديين", "مدنيين", "ثلاثه", "12"})


@pytest.mark.parametrize("text,lang", [
    ("وفي 5 مارس 2019 قتل ثلاثة", "ar"),
    ("مارس 5, 2019: قتل ثلاثة، وفي اذار 7 2020 قتل اثنان", "ar"),
    ("the report of march 5, 2019 and may 1 2018", "en"),
    ("march 5 2019 was the day; xmay 1 2018 is not a date, (june 3, 2017) is", "en"),
    ("a list: jan. 4 2016,feb 5, 2017", "en"),
])
def test_month_first_dates_are_the_regexs(text, lang):
    mdy = D._named_patterns(lang)[1]
    assert [m.span() for m in D._month_first(text, lang)] == [m.span() for m in mdy.finditer(text)]
    if lang == "en":
        assert list(D._month_first(text, lang))  # (the cases do hold such dates)
