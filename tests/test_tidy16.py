"""Vocabulary written once: names that other stages need a property of are read from the
vocabulary's own file (actors.tsv marks), not copied into their lexicons. Hand-written
sentences."""

import pytest

import rasd.lang.base as lang_base
from rasd.lang.base import Cased
from rasd.extract.figures import find_figures, lexicons
from rasd.lang import pack
from rasd.text import normalize
from rasd.text.lexicon import tokens
from rasd.text.normalize import norm


def figures(sentence: str, lang: str = "ar"):
    nt = normalize(sentence)
    return [(h.figure.kind, h.figure.group, h.figure.low)
            for h in find_figures(nt, tokens(nt.text), lang=lang) if h.recorded]


def claims_of(text: str):
    from rasd.core.models import Article
    from rasd.extract import extract

    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_the_dead_of_a_name_marked_regime_are_no_side():
    """A government's bare name (actors.tsv "regime") after a toll's noun names no side; a
    name of its forces does."""
    assert claims_of("وارتفعت حصيلة قتلى الحكومة السورية في الاشتباكات إلى 40 شخصا.")[0].victims == "unknown"
    assert claims_of("وبلغ عدد قتلى نظام الأسد في المعارك الأخيرة 27 شخصا.")[0].victims == "unknown"
    assert claims_of("وبلغ عدد قتلى جيش الأسد في المعارك الأخيرة 27 شخصا.")[0].victims == "syrian_gov"


def test_regime_names_are_read_from_actor_marks():
    from rasd.extract.victims import _regime_names

    assert _regime_names("ar") == {norm(p) for p in pack("ar").marked("actors", "regime")}
    assert norm("النظام السوري") in _regime_names("ar")
    assert not any(row[0] == "regime" for row in pack("ar").rows("victims"))


def test_a_capital_speaks_for_its_state_only_as_the_subject_of_saying():
    """One helper (placing.after_saying) tells a city named as the one who speaks, for the
    places read and for whose soldiers "its" means."""
    assert claims_of("وأعلنت طهران مقتل أربعة من جنودها في الغارة.")[0].victims == "iran"
    assert claims_of("وصل الوفد إلى طهران بعد مقتل أربعة من جنودها في الغارة.")[0].victims == "unknown"
    assert claims_of("وأعلنت بغداد مقتل أربعة من جنوده في الغارة.")[0].victims == "unknown"  # "his": no city
    claims = claims_of("وأعلنت بغداد مقتل أربعة من جنودها في غارة على بلدة القائم.")
    assert claims[0].victims == "iraq_gov"
    assert claims[0].place.name == "القائم"  # the city who speaks is no place of the raid
    assert claims_of("وقتل أربعة جنود في غارة على بغداد.")[0].place.name == "بغداد"


def test_sent_toks_are_the_tokens_of_each_sentence():
    from rasd.core.models import Article
    from rasd.extract.doc import Doc

    doc = Doc(Article(id="t", text="قصفت الطائرات البلدة.\nوقال الدفاع المدني إن ثلاثة قتلوا. وأصيب آخرون",
                      published="2024-03-14"))
    assert len(doc.sents) == 3
    seen = []
    for sent in doc.sents:
        a, b = doc.sent_toks(sent)
        assert sent.start <= doc.toks[a][0] and doc.toks[b - 1][1] <= sent.end
        assert b == len(doc.toks) or doc.toks[b][0] >= sent.end
        assert doc.sent_toks(sent) == (a, b)  # (asked again: the same)
        seen.extend(range(a, b))
    assert seen == list(range(len(doc.toks)))  # every token in one sentence, in order
