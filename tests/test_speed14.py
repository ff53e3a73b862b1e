"""Speed work of issue 8 (branch speed14): each shortcut gives the answers of the plain reading.

The sentences are hand-written for these tests."""

import pytest

from rasd.core.models import Article
from rasd.extract import attribution as A
from rasd.extract import dating as D
from rasd.extract import extract
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.extract.pipeline import run

_TEXTS = [
    "أعلنت جماعة مجهولة مسؤوليتها عن التفجير الذي أدى إلى مقتل تسعة أشخاص في السوق.",
    "أعلنت جماعة مجهولة، في بيان، مسؤوليتها عن الهجوم. وقتل فيه أربعة جنود.",
    "وكانت الوزارة قد أعلنت أن ستة مدنيين قتلوا بقصف لقوات النظام على البلدة: بينهم طفلان.",
    "قتل ثلاثة مدنيين في حي الشعار بحلب، وفي ريف دمشق قتل خمسة مقاتلين من المعارضة أمس.",
    "قصفت الطائرات الروسية قرية في ريف إدلب، ما أسفر عن مقتل عشرة أشخاص غالبيتهم من الأطفال.",
    "قتل سبعة عناصر موالين للنظام في هجوم تبناه تنظيم الدولة الإسلامية قرب تدمر.",
]


def _plain_responsibility(doc, v):
    n = len(doc.toks)
    nouns = doc.words("responsibility_noun")
    for t in range(v.tok_end, min(n, v.tok_end + A._RESPONSIBILITY_REACH + 1)):
        if doc.toks[t][2] in nouns:
            return t
        if any(ch in doc.gap(t + 1) for ch in ".,،:") if t + 1 < n else True:
            return None
    return None


def _plain_says_something(doc, t):
    fl = figure_lexicons(doc.lang)
    for k in range(t, min(len(doc.toks), t + A._SAID_REACH)):
        if k > t and "." in doc.gap(k):
            return False
        if ":" in doc.gap(k) or doc.toks[k][2] in doc.words("that") or fl.before.match_at(doc.toks, k):
            return True
    return False


@pytest.mark.parametrize("text", _TEXTS)
def test_readers_over_break_columns_answer_as_word_by_word(text):
    doc = run(Article(id="t", text=text))
    for v in doc.attrib:
        assert A._responsibility_at(doc, v) == _plain_responsibility(doc, v)
    for t in range(len(doc.toks) + 1):
        assert A._says_something(doc, t) == _plain_says_something(doc, t)


def test_responsibility_is_claimed_in_the_verb_s_clause_only():
    doc = run(Article(id="t", text=_TEXTS[0]))
    v = next(m for m in doc.attrib if doc.toks[m.tok][2] == "اعلنت")
    assert doc.toks[A._responsibility_at(doc, v)][2] == "مسووليتها"
    doc = run(Article(id="t", text=_TEXTS[1]))
    v = next(m for m in doc.attrib if doc.toks[m.tok][2] == "اعلنت")
    assert A._responsibility_at(doc, v) is None  # (a comma after the subject ends the reach)


def test_each_claim_of_a_long_sentence_keeps_its_own_clause_s_place():
    claims = extract(Article(id="t", text=_TEXTS[3]))
    places = {c.figures[0].low: c.place.governorate for c in claims}
    assert places == {3: "aleppo", 5: "rif_dimashq"}


def test_the_other_figures_of_a_claim_s_sentence_are_read_once_and_as_before():
    doc = run(Article(id="t", text=_TEXTS[3]))
    assert len(doc.drafts) == 2
    for d in doc.drafts:
        sent = doc.sents[d.sentence]
        first = D._other_figures(doc, sent, d)
        assert D._other_figures(doc, sent, d) is first  # remembered
        assert [id(h) for h in first] == [id(h) for h in doc.hits_in(d.sentence) if h not in d.hits]
