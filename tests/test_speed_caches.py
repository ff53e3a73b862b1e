"""The extractor's speed caches give the answers the plain lookups give (issue 8).

The sentences are hand-written for these tests."""

import pytest

from rasd.core.models import Article
from rasd.extract.doc import Doc
from rasd.extract.figures import find_figures
from rasd.text import lexicon as L
from rasd.text import normalize
from rasd.text.lexicon import Lexicon, WordTest, any_start, tokens

_TEXT = ("وقال المرصد إن القيادي سامر الحلبي قتل في الغارة على البلدة، وإن الطائرات قصفت "
         "المدينة الواقعة في ريف المحافظة وبالمدينة سقط قتلى ولم يعلن أحد المسؤولية")


def _words(text: str) -> set[str]:
    return {t for _, _, t in tokens(normalize(text).text)}


def _lexicon() -> Lexicon:
    lex = Lexicon()
    for phrase in ("المدينة", "ريف المحافظة", "الغارة على", "سقط قتلى", "قصف"):
        lex.add(phrase, phrase)
    return lex


def test_starters_are_the_words_a_phrase_may_start_at():
    lex = _lexicon()
    words = _words(_TEXT)
    expected = {w for w in words if lex.may_start(w)}
    assert {"المدينه", "وبالمدينه", "ريف", "الغاره", "سقط"} <= expected
    assert lex.starters(words) == expected
    assert lex.starters(words) == expected  # asked again, from the caches
    # a word known to start nothing is in ``quiet``, and ``match_at`` finds nothing there
    toks = tokens(normalize(_TEXT).text)
    for i, (_, _, w) in enumerate(toks):
        if w in lex.quiet:
            assert lex.match_at(toks, i) is None
        else:
            assert w in expected


def test_starters_survive_a_cleared_cache(monkeypatch):
    monkeypatch.setattr(L, "_CANDIDATE_CACHE", 3)
    lex = _lexicon()
    words = _words(_TEXT)
    expected = {w for w in words if Lexicon.may_start(_lexicon(), w)}
    assert lex.starters(words) == expected
    assert lex.starters(_words("قصف الطيران المدينة")) == {"قصف", "المدينه"}


def test_word_test_is_a_filter(monkeypatch):
    is_long = WordTest(lambda w: len(w) > 4)
    words = _words(_TEXT)
    assert is_long.of(words) == set(filter(lambda w: len(w) > 4, words))
    assert is_long.of(words) == set(filter(lambda w: len(w) > 4, words))
    monkeypatch.setattr(L, "_CANDIDATE_CACHE", 2)
    fresh = _words("قصفت الطائرات الحربية قرية صغيرة")
    assert is_long.of(fresh) == set(filter(lambda w: len(w) > 4, fresh))


def test_any_start_asks_every_lexicon():
    a, b = Lexicon(), Lexicon()
    a.add("غارة جوية", 1)
    b.add("قذيفة", 2)
    test = any_start(a, b)
    assert test("غاره") and test("وبقذيفه") and test("بقذيفه")
    assert not test("البلده") and not test("جويه")


def test_function_words_and_their_clitic_forms():
    doc = Doc(Article(id="t", text=_TEXT, lang="ar"))
    assert doc.words("no such role") == frozenset()
    assert doc.words("that")  # "أن/إن"
    town = doc.form_in("town_anaphor")
    assert town("المدينه") and town("وبالمدينه")
    assert not town("الطايرات")


@pytest.mark.parametrize("sentence,expected", [
    # one named person after "إن", the subject of a passive verb of death
    ("وقال المرصد إن القيادي سامر الحلبي قتل في الغارة", [("killed", 1)]),
    # a side, not a person: no one is counted
    ("وقال المرصد إن قوات النظام قتلت في الغارة", []),
])
def test_a_name_after_that_is_still_read(sentence, expected):
    nt = normalize(sentence)
    got = [(h.figure.kind, h.figure.low) for h in find_figures(nt, tokens(nt.text)) if h.recorded]
    assert got == expected


# speed22: the token split opening on one class, dates' numeric windows, unlisted roles kept


def test_split_gives_the_pieces_of_the_two_class_pattern():
    import re

    plain = re.compile("(" + L._class_ranges(r"[^\W\d_]") + "+|" + L._class_ranges(r"\d") + "+)")
    common = "".join(chr(c) for lo, hi in L._COMMON_BLOCKS for c in range(lo, hi + 1))
    for text in ("", " ", "و6", "بـ850 قتيلا", " x1y2 ", "²½ a_1", "1,000 (2012)", _TEXT,
                 common, common[::-1], " ".join(common)):
        assert L._COMMON_SPLIT.split(text) == plain.split(text)


def test_a_window_without_digits_reads_no_numeric_date():
    from rasd.extract.dates import find_dates

    for text in ("قتل 5 اشخاص في 12/03/2016 في حلب", "قتل خمسة اشخاص امس في حلب", "في 2016-03-12، قتل 3"):
        nt = normalize(text)
        toks = tokens(nt.text)
        with_toks = find_dates(nt, "2016-03-14", toks[0][0], toks[-1][1], toks)
        assert with_toks == find_dates(nt, "2016-03-14", toks[0][0], toks[-1][1])
    nt = normalize("قتل 5 اشخاص في 12/03/2016 في حلب")
    toks = tokens(nt.text)
    assert any(d.start == nt.text.index("12") for d in find_dates(nt, "2016-03-14", 0, len(nt.text), toks))


def test_an_unlisted_role_stays_empty_for_every_language():
    ar = Doc(Article(id="a", text=_TEXT, lang="ar"))
    en = Doc(Article(id="e", text="Five people were killed in Aleppo.", lang="en"))
    for _ in range(2):  # (the second ask is the dict's own lookup)
        assert ar.words("no such role") == en.words("no such role") == frozenset()
    assert ar.words("that") and ar.words("that") != en.words("that")
