"""Figures on unseen text, second pass (issue 8): a range written "بين ... إلى ...", a
multiplier closing a range, a nationality adjective between a noun and its count, a count
said to be among the dead, and the wounds someone died of."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def figs(text: str) -> list[tuple]:
    cs = extract(Article(id="t", text=text, published="2024-03-14"))
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in cs for f in c.figures]


# -- ranges ----------------------------------------------------------------------------------

def test_between_with_ila_is_a_range_not_two_counts():
    assert figs("وأصيب ما بين 40 إلى 60 شخصا في انفجار السوق.") == [("injured", "unspecified", 40, 60, "about")]
    assert figs("وقتل بين عشرة الى عشرين مدنيا في القصف.") == [("killed", "civilians", 10, 20, "about")]


def test_from_to_stays_an_update_of_the_toll():
    assert figs("وارتفع عدد القتلى من 9 إلى 17 قتيلا في الهجوم.") == [("killed", "unspecified", 17, 17, "exact")]


def test_a_multiplier_closing_a_range_is_both_ends():
    assert ("killed", "unspecified", 3000, 5000, "about") in figs("وأدت الحملة إلى مقتل ما بين ثلاثة إلى خمسة آلاف شخص.")
    assert ("killed", "unspecified", 20000, 30000, "about") in figs("وقتل بين 20 و30 ألف شخص خلال الحصار.")
    # the first end with its own hundreds is no share of the thousands
    assert ("killed", "unspecified", 500, 2000, "about") in figs("وقتل بين 500 وألفي شخص في المعارك.")


# -- the noun a count written after it counts ------------------------------------------------

def test_a_nationality_adjective_between_the_noun_and_its_count():
    assert figs("وأكدت الوزارة مقتل عسكريين روسيين اثنين في قصف على القاعدة.") == [("killed", "combatants", 2, 2, "exact")]
    assert ("killed", "civilians", 2, 2, "exact") in figs("وقتل مواطنين لبنانيين اثنين بنيران قناص على الحدود.")


# -- among the dead --------------------------------------------------------------------------

def test_a_count_said_to_be_among_the_dead_is_killed():
    assert figs("وذكرت وكالة محلية أن 4 أفغان كانوا بين القتلى في الغارة على المعسكر.") == \
        [("killed", "unspecified", 4, 4, "exact")]
    assert ("killed", "children", 12, 12, "exact") in figs("وقالت المنظمة إن 12 طفلا من بين القتلى.")


def test_a_share_of_a_toll_told_after_it_is_no_count_of_its_own():
    out = figs("وقال المسعفون إن ثلاثة أشخاص من الجيران بين القتلى الـ 19 في البلدة.")
    assert ("killed", "unspecified", 3, 3, "exact") not in out
    assert ("killed", "unspecified", 19, 19, "exact") in out


def test_among_the_wounded_who_died_stays_killed():
    text = "وقال الجيش إن جنديين آخرين من بين الجرحى الستة لقوا مصرعهم لاحقا في المستشفى."
    assert [f for f in figs(text) if f[0] == "injured"] == []


# -- died of wounds --------------------------------------------------------------------------

def test_the_wound_someone_died_of_is_no_injured_count():
    assert figs("ونقل الحارسان إلى المستشفى حيث توفي أحدهما متأثرا بإصابته.") == []
    out = figs("وقالت المصادر إن الحصيلة ارتفعت إلى 9 قتلى مع وفاة جريح متأثرا بإصابته.")
    assert out == [("killed", "unspecified", 9, 9, "exact")]


def test_wounded_people_who_died_are_killed():
    out = figs("وأوضح الطبيب أن الحصيلة ارتفعت بعد وفاة مصابين متأثرين بجراحهم في المستشفى الميداني.")
    assert ("injured", "unspecified", 1, None, "some") not in out
    assert ("killed", "unspecified", 1, None, "some") in out


def test_someone_still_suffering_his_wound_is_not_said_to_have_died():
    assert figs("وقال الشاهد إن الرجل خرج من المبنى وهو متأثر بإصابته في القصف.") == [("injured", "unspecified", 1, 1, "exact")]


# -- a toll reported to have risen -----------------------------------------------------------

def test_the_verbal_noun_of_a_rising_toll_reaches_its_count_over_a_date():
    text = "وأفادت الهيئة بارتفاع حصيلة القتلى، الأربعاء 6 آذار، بنيران القوات الحكومية إلى 58 شخصا."
    assert figs(text) == [("killed", "unspecified", 58, 58, "exact")]


def test_two_toll_words_before_the_noun_still_open_the_toll():
    text = "وأعلن ناشطون ارتفاع حصيلة أعداد القتلى، الجمعة 8 أيار، في أنحاء البلاد إلى 64 شخصا."
    assert figs(text) == [("killed", "unspecified", 64, 64, "exact")]


def test_a_rise_of_prices_is_no_toll():
    assert figs("وأدى ارتفاع أسعار الوقود إلى 300 ليرة إلى احتجاجات في المدينة.") == []
