"""Speed work of issue 8 (branch speed10): each shortcut gives the answers of the plain reading.

The sentences are hand-written for these tests."""

import pytest

from rasd.core.models import Article
from rasd.extract import attribution as A
from rasd.extract import events as E
from rasd.extract import extract
from rasd.extract import victims as V
from rasd.extract.pipeline import run

_TEXTS = [
    "قال المرصد السوري إن خمسة مدنيين قتلوا في قصف على البلدة، بينما قالت وكالة سانا إن ثلاثة مسلحين قتلوا.",
    "أسفرت غارة جوية روسية عن مقتل سبعة أشخاص، في حين قتل جنديان برصاص قناص تابع للمعارضة.",
    "قتل أربعة عناصر من الشرطة في هجوم شنه مسلحون على الحاجز، ونسبت الحكومة الهجوم إلى التنظيم.",
    "وقال ناشطون إن قوات النظام قصفت الحي بالمدفعية، مما أدى إلى مقتل طفلين وامرأة.",
]


def _contrast_cuts_plain(doc, sent):
    """The reading before the shortcut: every word of the sentence asked in turn."""
    openers = doc.words("contrast_opener")
    toks = doc.toks
    out = []
    for k in range(doc.tok_index(sent.start) + 1, doc.tok_index(sent.end - 1)):
        w = toks[k][2]
        if (w in openers or w + " " + toks[k + 1][2] in openers) and any(ch in doc.gap(k) for ch in ",،"):
            out.append(k)
    return out


@pytest.mark.parametrize("text", _TEXTS)
def test_contrast_openers_are_found_as_word_by_word(text):
    doc = run(Article(id="t", text=text))
    for sent in doc.sents:
        assert A._contrast_cuts(doc, sent) == _contrast_cuts_plain(doc, sent)


def test_a_contrast_after_a_comma_opens_a_clause():
    doc = run(Article(id="t", text=_TEXTS[0]))
    cuts = A._contrast_cuts(doc, doc.sents[0])
    assert [doc.toks[k][2] for k in cuts] == ["بينما"]


@pytest.mark.parametrize("text", _TEXTS)
def test_words_known_to_start_no_cue_start_none(text):
    # the shortcut of the event readers: a word in a lexicon's ``quiet`` set starts no phrase
    doc = run(Article(id="t", text=text))
    lx = E.lexicons("ar")
    for lex in (lx.cues, lx.mods, lx.ties, V._phrases("ar", "civilian"), V._phrases("ar", "among")):
        for t, w in enumerate(doc.tok_words):
            if w in lex.quiet:
                assert lex.match_at(doc.toks, t) is None
    assert any(w in lx.cues.quiet for w in doc.tok_words)


def test_a_speaker_carries_on_into_the_next_sentence():
    claims = extract(Article(id="t", text="قال المرصد السوري لحقوق الإنسان إن خمسة مدنيين قتلوا في القصف. "
                                          "وأضاف أن ثلاثة أطفال قتلوا في غارة أخرى."))
    assert len(claims) >= 2 and {c.claimant for c in claims} == {"sohr"}


def test_an_unnamed_statement_is_the_outlet_s():
    claims = extract(Article(id="t", text="قتل خمسة مدنيين في قصف على البلدة."))
    assert claims and all(c.claimant == "outlet" for c in claims)


def _contrast_between_plain(doc, a, b):
    ta, tb = sorted((doc.tok_index(a), doc.tok_index(b)))
    openers, goes_on = doc.words("contrast_opener"), doc.words("contrast_goes_on")
    toks = doc.toks
    return any((toks[k][2] in openers or k > 0 and toks[k - 1][2] + " " + toks[k][2] in openers)
               and not (k + 1 < len(toks) and toks[k + 1][2] in goes_on)
               for k in range(ta + 1, tb + 1))


@pytest.mark.parametrize("text", _TEXTS)
def test_contrast_between_two_words_as_word_by_word(text):
    from rasd.extract import placing as P
    doc = run(Article(id="t", text=text))
    starts = [t[0] for t in doc.toks]
    for a in starts[::3]:
        for b in starts[::4]:
            assert P._contrast_between(doc, a, b) == _contrast_between_plain(doc, a, b)
    assert P._contrast_between(doc, starts[0], starts[-1]) == (text != _TEXTS[2] and text != _TEXTS[3])


def test_a_region_of_the_country_is_read_where_the_sentence_names_it():
    from rasd.extract import placing as P
    doc = run(Article(id="t", text="قتل خمسة مدنيين في غارة على قرية في شرق البلاد. وقتل ثلاثة في القصف."))
    assert P._compass_region(doc, doc.sents[0]) != []
    assert P._compass_region(doc, doc.sents[1]) == []
