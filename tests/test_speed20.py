"""Extraction speed, branch speed20: words seen for the first time are told to start no phrase
by set tests (a lexicon's first tokens, the union of several lexicons'), and those answers are
the ones the word-by-word lookup gives."""

from __future__ import annotations

from rasd.lang.en import token_forms as english_forms
from rasd.text import lexicon as lexmod
from rasd.text.lexicon import Lexicon, any_start, tokens
from rasd.text.normalize import norm

PHRASES = {"غارة جوية": "airstrike", "قصف": "shelling", "الطيران الحربي": "air", "مقتل": "death"}
TEXT = norm("وقتل خمسة مدنيين في غارة جوية للطيران الحربي على بلدة في ريف إدلب، وبقصف مدفعي "
        "على حي في المدينة، بحسب مصادر محلية أكدت مقتل طفل والغارات مستمرة")


def _lexicon(forms=lexmod.clitic_forms) -> Lexicon[str]:
    lex: Lexicon[str] = Lexicon(forms)
    for phrase, value in PHRASES.items():
        lex.add(phrase, value)
    return lex


def _words() -> set[str]:
    return {w for _, _, w in tokens(TEXT)}


def test_starters_of_new_words_are_the_words_a_phrase_starts_at():
    words = _words()
    by_word = {w for w in words if _lexicon().may_start(w)}
    assert by_word >= {norm("غارة"), "وبقصف", "للطيران", "مقتل"}
    lex = _lexicon()
    assert lex.starters(words) == by_word
    assert lex.starters(words) == by_word  # asked again, from what it remembered
    # and each word then answers alone as it did before
    assert {w for w in words if lex.may_start(w)} == by_word
    toks = tokens(TEXT)
    assert [lex.match_at(toks, i) for i in range(len(toks))] == \
        [_lexicon().match_at(toks, i) for i in range(len(toks))]


def test_a_phrase_added_later_is_found_by_starters():
    lex = _lexicon()
    words = _words()
    before = lex.starters(words)
    lex.add("مصادر محلية", "local")
    assert lex.starters(words) == before | {"مصادر"}


def test_starters_after_the_remembered_words_overflow(monkeypatch):
    monkeypatch.setattr(lexmod, "_CANDIDATE_CACHE", 3)
    lex = _lexicon()
    words = _words()
    assert lex.starters(words) == {w for w in words if _lexicon().may_start(w)}


def test_any_start_is_any_lexicons_start_whatever_their_morphology():
    arabic, other = _lexicon(), Lexicon(english_forms)
    other.add("barrel bomb", "barrel")
    for lexes in ((arabic,), (arabic, _lexicon()), (arabic, other)):
        test = any_start(*lexes)
        for w in _words() | {"barrel", "bombs", "Barrel"}:
            assert test(w) == any(lex.may_start(w) for lex in lexes), (lexes, w)
