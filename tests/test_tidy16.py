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
