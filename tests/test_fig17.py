"""Claims split on unseen text (fig17): hard-wrapped lines set in deep inside a sentence, and a
bare casualty plural saying what a counted subject fell as."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract
from rasd.text.segment import sentences


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def figs(text: str) -> list[tuple]:
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in claims(text) for f in c.figures]


# -- hard-wrapped text -------------------------------------------------------------------------

WRAPPED = ("حلب - وكالة\n"
           "قال ناشطون إن القصف تواصل على الأحياء الشرقية.\n"
           "وأفادت\n"
           "          مصادر طبية في المدينة بأن قذائف سقطت على سوق شعبي، مما أدى\n"
           "          إلى مقتل 9 أشخاص بينهم امرأتان.\n"
           "وكانت الأمم المتحدة قد دعت إلى التهدئة.")


def test_lines_set_in_deep_inside_a_sentence_do_not_end_it():
    ss = sentences(WRAPPED)
    texts = [WRAPPED[s.start:s.end] for s in ss]
    one = [t for t in texts if t.startswith("وأفادت")]
    assert len(one) == 1 and one[0].endswith("امرأتان.")
    assert len(ss) == 4  # the dateline, the first, the wrapped and the last sentence


def test_a_wrapped_count_keeps_its_claimant_and_one_claim():
    cs = claims(WRAPPED)
    tolls = [c for c in cs if any(f.low == 9 for f in c.figures)]
    assert len(tolls) == 1


def test_an_abbreviated_title_before_a_set_in_line_does_not_end_the_sentence():
    text = "دمشق\nوقال وزير الصحة د.\n        سامر الخطيب إن المشفى استقبل 5 جرحى.\n"
    assert len(sentences(text)) == 2


def test_a_closed_line_before_a_set_in_line_stays_a_break():
    text = "دمشق\nقتل مدنيان في القصف.\n        وأصيب آخرون بجروح.\n"
    assert len(sentences(text)) == 3


def test_a_short_line_before_a_line_set_in_by_one_space_stays_a_heading():
    text = "دمشق\nقال ناشطون إن الاشتباكات تواصلت.\nمعارك الريف\n وتقدمت القوات نحو البلدة.\n"
    assert len(sentences(text)) == 4


# -- "سقطوا قتلى" -------------------------------------------------------------------------------

def test_what_a_counted_subject_fell_as_is_no_second_count():
    assert figs("وذكر المرصد أن 31 شخصا على الأقل سقطوا قتلى في الغارات على البلدة.") == \
        [("killed", "unspecified", 31, None, "at_least")]


def test_a_singular_verb_of_falling_still_counts_the_plural_after_it():
    got = figs("وسقط قتلى وجرحى في قصف استهدف السوق.")
    assert [g[0] for g in got] == ["casualties"]


# -- a count's "من" phrase before its breakdown and verb ----------------------------------------

def test_one_agreeing_with_a_thing_counts_no_one():
    assert figs("وقال ناشطون إن 15 مدنيا من عائلة واحدة قتلوا في قصف جوي.") == \
        [("killed", "civilians", 15, 15, "exact")]


def test_a_breakdown_after_the_counts_of_phrase_keeps_the_count():
    got = figs("وذكر المرصد أن 15 مدنيا على الأقل من عائلة واحدة بينهم 5 أطفال قتلوا في غارة على القرية.")
    assert ("killed", "civilians", 15, None, "at_least") in got and ("killed", "children", 5, 5, "exact") in got


def test_a_breakdown_after_another_verb_is_no_casualty_aside():
    got = figs("وأكدت الشركة أن خمسة أشخاص كانوا على متن المروحية من بينهم طيارها، وأصيب ثلاثة من المارة.")
    assert not any(g[2] == 5 for g in got)


# -- a reporting body hit as a gathering -----------------------------------------------------------

def test_activists_a_gathering_of_whom_was_targeted_tell_nothing():
    cs = claims("دمشق\nووقع التفجير في البلدة، واستهدف مجموعة ناشطين من أنصار الحزب وأسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["outlet"]
    cs = claims("دمشق\nووقع تفجير استهدف تجمعا من الناشطين في البلدة، وأسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["outlet"]


def test_a_gathering_of_activists_that_says_still_tells():
    cs = claims("دمشق\nوقالت مجموعة ناشطين إن القصف أسفر عن مقتل 20 شخصا.\n")
    assert [c.claimant for c in cs] == ["local_sources"]
