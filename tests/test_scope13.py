"""Scope, groups and figures on unseen text (issue 8, scope13): number words that were misread
(a definite teen, two counts of thousands joined by "و", a unit after a ten), "others" and
"one" right after a count, fighters named by rank or body, and the scope of a total told
over raids or announced the sentence before. Sentences written for these tests."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def figs(text: str) -> list[tuple]:
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in claims(text) for f in c.figures]


# -- scope -----------------------------------------------------------------------------------

def test_a_large_toll_of_plural_raids_over_an_area_is_a_total():
    cs = claims("وأسفرت الغارات الجوية على مناطق ريف حلب الغربي عن مقتل 420 شخصا، حسب المرصد.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_large_toll_of_one_town_stays_its_incident():
    cs = claims("وأسفرت الغارات الجوية على بلدة كفرنبل عن مقتل 160 شخصا، حسب المرصد.")
    assert [c.scope for c in cs] == ["incident"]


def test_a_toll_announced_with_its_window_the_sentence_before_is_a_total():
    cs = claims("وتواصل القصف على ريف حمص الشمالي لترتفع حصيلة القتلى للحملة المستمرة منذ أسبوعين.\n"
                "وأسفر القصف المدفعي والغارات عن مقتل 86 شخصا، حسب المرصد.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_count_of_its_own_day_after_such_a_sentence_stays_an_incident():
    cs = claims("ولا تعرف حصيلة القتلى منذ بداية الحملة على ريف حمص الشمالي.\n"
                "وقالت مصادر محلية إن غارة الثلاثاء على بلدة تلبيسة أسفرت عن مقتل طفلين.")
    assert [c.scope for c in cs] == ["incident"]


def test_a_breakdown_told_after_a_total_is_part_of_it():
    cs = claims("وقالت الشبكة في تقريرها إنها وثقت مقتل 210 أشخاص خلال الشهر الماضي في عموم سوريا.\n"
                "والقتلى هم 150 مدنيا و60 مقاتلا من فصائل المعارضة.")
    assert {c.scope for c in cs} == {"cumulative"}


def test_a_count_with_its_own_attack_after_a_total_stays_an_incident():
    cs = claims("وقالت الشبكة في تقريرها إنها وثقت مقتل 210 أشخاص خلال الشهر الماضي في عموم سوريا.\n"
                "وأفاد التلفزيون الرسمي بمقتل أربعة أشخاص في قصف بقذائف الهاون على أحياء العاصمة.")
    assert [c.scope for c in cs] == ["cumulative", "incident"]
