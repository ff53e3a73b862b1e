"""Figures on unseen text (issue 8): a toll told after the count it rose to, casualties
negated over a verb's subject or denied, counts of blows, a word of rank before the side,
and a casualty verb of another clause before "فيما"/"بينما"."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def figs(text: str) -> list[tuple]:
    cs = extract(Article(id="t", text=text, published="2024-03-14"))
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in cs for f in c.figures]


# -- the count a toll rose to, the toll noun after it ---------------------------------------

def test_count_before_its_toll_noun_takes_the_nouns_kind_and_group():
    text = "وقال المرصد إنه ارتفع إلى 33 عدد الشهداء المدنيين في القصف على مدينة دوما."
    assert ("killed", "civilians", 33, 33, "exact") in figs(text)


def test_count_before_people_whose_relative_clause_tells_their_death():
    text = "ارتفع إلى 12 عدد السوريين الذين قضوا في تفجير سيارة مفخخة في دمشق، بحسب المرصد."
    assert ("killed", "unspecified", 12, 12, "exact") in figs(text)


def test_count_before_a_toll_of_no_casualty_is_no_figure():
    assert figs("ارتفع إلى 20 عدد الأطفال الذين نزحوا من المدينة خلال الأسبوع.") == []
    assert figs("ارتفع إلى 300 عدد الغارات على المدينة منذ الصباح.") == []


# -- negation and denial ---------------------------------------------------------------------

def test_negated_result_with_its_subject_between_is_no_figure():
    assert figs("لم يسفر الهجوم عن سقوط قتلى في صفوف المدنيين.") == []
    assert figs("ولم تؤد الغارة التي استهدفت الحي إلى مقتل أحد من السكان.") == []


def test_not_only_keeps_the_casualties():
    text = "لم تؤد الغارات على المدينة إلى قتل العشرات فحسب، بل دمرت المستشفى الوحيد فيها."
    assert ("killed", "unspecified", 20, 99, "dozens") in figs(text)


def test_a_denied_death_is_no_figure_but_denied_blame_keeps_it():
    assert figs("وقال الطبيب إن المرضى عولجوا وغادروا نافيا مقتل عشرات الأشخاص.") == []
    assert ("killed", "civilians", 12, 12, "exact") in figs("ونفى الجيش مسؤوليته عن مقتل 12 مدنيا في القصف.")


# -- what is counted -------------------------------------------------------------------------

def test_a_count_of_stabs_or_bullets_is_no_count_of_the_dead():
    assert all(f[2] != 3 for f in figs("وتوفي الرجل بثلاث طعنات في صدره بعد نقله إلى المستشفى."))
    assert all(f[2] != 5 for f in figs("قتل شاب بخمس رصاصات في رأسه قرب منزله."))


def test_a_word_of_rank_before_the_membership_word_still_reaches_the_side():
    text = "أفاد المرصد بمقتل اثنين من كبار قادة تنظيم داعش في غارة جوية."
    assert figs(text) == [("killed", "combatants", 2, 2, "exact")]


def test_at_least_written_in_one_word():
    text = "وقتل 40 شخصا بينهم مالايقل عن 15 من القوات النظامية في التفجير."
    assert ("killed", "combatants", 15, None, "at_least") in figs(text)


def test_a_casualty_verb_before_faima_gives_no_kind_to_the_next_clause():
    got = figs("قتل مئات الأشخاص في القصف، فيما بقي مئات الآلاف من السكان عالقين في المنطقة.")
    assert got == [("killed", "unspecified", 200, 999, "hundreds")]
    got = figs("قتل ثلاثون مدنيا في المعارك بينما فر نحو مليون آخرين من البلاد.")
    assert all(f[2] != 1000000 for f in got)
    # ... a verb after it is still that clause's own
    got = figs("قتل ثلاثة مدنيين فيما أصيب عشرة أشخاص بجروح في القصف.")
    assert ("injured", "unspecified", 10, 10, "exact") in got


def test_the_dead_mourned_or_condoled_are_no_toll():
    assert figs("وأعلن الرئيس الحداد العام يوم السبت على أرواح شهداء سوريا.") == []
    assert figs("وقدم الوزير تعازيه لأسر ضحايا الهجوم على السوق.") == []
