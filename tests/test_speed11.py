"""Speed work of issue 8 (branch speed11): each shortcut gives the answers of the plain reading.

The sentences are hand-written for these tests."""

import bisect

import pytest

from rasd.core.models import Article
from rasd.extract import attribution as A
from rasd.extract import extract
from rasd.extract import figures as F
from rasd.extract.pipeline import run
from rasd.text.normalize import _DROP, normalize

_TEXTS = [
    "قال المرصد السوري إن خمسة مدنيين قتلوا في قصف على البلدة، بينما قالت وكالة سانا إن ثلاثة مسلحين قتلوا.",
    "أسفرت غارة جوية روسية عن مقتل سبعة أشخاص؛ في حين قتل جنديان (من الشرطة) برصاص قناص: تابع للمعارضة!",
    "قُتِلَ أربعةُ عناصرَ من الشرطـــة في هجوم شنه مسلحون على الحاجز.\nوأضافت المصادر أن طفلين قتلا في \nدرعا.",
    "وقال ناشطون إن قوات النظام قصفت الحي بالمدفعية، مما أدى إلى مقتل طفلين وامرأة؟ ولم يعلق أحد.",
]


def _plain_index(text: str) -> list[int]:
    """The map of the plain reading: the original offset of every kept character."""
    mapped = normalize(text)
    drops = {m.start() for m in _DROP.finditer(text)}
    keep = [i for i in range(len(text)) if i not in drops]
    assert len(keep) == len(mapped.text)
    return keep


@pytest.mark.parametrize("text", _TEXTS + ["", "ـــ", "أَ", "بِسْمِ"])
def test_offsets_map_back_as_a_list_of_every_kept_character_would(text):
    nt = normalize(text)
    keep = _plain_index(text)
    identity = len(keep) == len(text)  # (nothing dropped: offsets are the original's, as they are)
    for i in range(len(nt.text) + 2):
        want = i if identity else keep[i] if i < len(keep) else len(text)
        assert nt.orig(i) == want
    for o in range(-1, len(text) + 2):
        assert nt.norm_pos(o) == (o if identity else bisect.bisect_left(keep, o))


def test_evidence_keeps_the_harakat_of_the_original():
    claims = extract(Article(id="t", text="قُتِلَ خمسةُ مدنيين في قصفٍ على البلدة."))
    assert claims and claims[0].figures[0].span.text.startswith("قُتِلَ خمسةُ")


@pytest.mark.parametrize("text", _TEXTS)
def test_figures_read_with_the_document_s_marks_as_with_its_own_scan(text):
    doc = run(Article(id="t", text=text))
    plain = F.find_figures(doc.nt, doc.toks, doc.lang)
    fast = F.find_figures(doc.nt, doc.toks, doc.lang, doc.tok_words, doc.tok_starts, doc.marks())
    assert [(h.tok_start, h.tok_end, h.figure) for h in fast] == [(h.tok_start, h.tok_end, h.figure) for h in plain]
    r1 = F._Reader(doc.nt, doc.toks, doc.lang)
    r2 = F._Reader(doc.nt, doc.toks, doc.lang, marks=doc.marks())
    assert r1._clause == r2._clause and r1._sentence == r2._sentence


def _break_between_plain(doc, t0, t1, commas=True):
    stops = ",،.:()\"" if commas else ".:()\""
    for t in range(t0, min(t1, len(doc.toks))):
        if any(ch in doc.gap(t) for ch in stops) or doc.toks[t][2] in doc.words("that"):
            return t
    return None


@pytest.mark.parametrize("text", _TEXTS)
def test_clause_breaks_between_words_as_gap_by_gap(text):
    doc = run(Article(id="t", text=text))
    n = len(doc.toks)
    for t0 in range(-1, n):
        for t1 in (t0 + 1, t0 + 4, n + 1):
            for commas in (True, False):
                assert A.break_between(doc, t0, t1, commas) == _break_between_plain(doc, t0, t1, commas)


def test_a_quotation_runs_on_past_a_sentence_naming_no_one():
    # the middle sentence names no speaker and no word of saying: the quotation's owner still speaks
    claims = extract(Article(id="t", text='وقال المرصد السوري لحقوق الإنسان: "سقط القتلى في الحي. '
                                          'كان الحي هادئا. وقتل خمسة مدنيين في القصف."'))
    assert claims and all(c.claimant == "sohr" for c in claims)


def test_the_nearest_attack_is_the_same_asked_twice():
    doc = run(Article(id="t", text=_TEXTS[3]))
    from rasd.extract import events as E
    for h in doc.hits:
        si = doc.sentence_of(doc.hit_pos(h))
        evs = doc.events_in(si)
        if evs:
            assert E._nearest_event(doc, h, evs) is E._read_nearest_event(doc, h, evs)
            assert E._nearest_event(doc, h, evs) is E._read_nearest_event(doc, h, evs)
