"""Figures on unseen text (issue 8, fig14): two single people joined by "و", a side losing
its own fighters with "فقد", a toll "divided into" its parts, and "one at least" after a
singular noun."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def figs(text: str) -> list[tuple]:
    cs = extract(Article(id="t", text=text, published="2024-03-14"))
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in cs for f in c.figures]


# -- two single people joined by "و" ---------------------------------------------------------

def test_two_single_people_of_one_group_are_two():
    assert figs("وأصيب شرطي وضابط في انفجار عبوة قرب الدوار.") == [("injured", "combatants", 2, 2, "exact")]
    assert figs("وقتل ضابط ميداني وجندي في اشتباك قرب البلدة.") == [("killed", "combatants", 2, 2, "exact")]
    assert figs("بينما قتل قائد عسكري وأحد العناصر في «لواء الفتح» خلال المعارك.") == [("killed", "combatants", 2, 2, "exact")]
    assert figs("ولقي ضابط وجندي من قوات النظام مصرعهما في الكمين.")[0][2:4] == (2, 2)


def test_two_single_people_of_two_groups_stay_one_each():
    got = figs("وقتل طفل وامرأة في غارة على القرية.")
    assert ("killed", "children", 1, 1, "exact") in got and ("killed", "women", 1, 1, "exact") in got


def test_one_person_of_a_named_nation_and_another_of_a_side_are_not_merged():
    got = figs("وقتل جندي أردني وآخر من التنظيم في تبادل لإطلاق النار.")
    assert ("killed", "combatants", 2, 2, "exact") not in got


def test_two_verbs_two_people_are_not_one_count():
    got = figs("وقتل جندي وأصيب ضابط في الهجوم على الحاجز.")
    assert ("killed", "combatants", 1, 1, "exact") in got and ("injured", "combatants", 1, 1, "exact") in got


# -- a side losing its own men -----------------------------------------------------------------

def test_a_side_lost_its_own_fighters_they_were_killed():
    assert figs("وفقد الفصيل 27 من مقاتليه في المعارك الأخيرة.") == [("killed", "combatants", 27, 27, "exact")]
    assert figs("ففقدت الميليشيا تسعة من عناصرها خلال الهجوم.") == [("killed", "combatants", 9, 9, "exact")]


def test_missing_people_stay_missing():
    for text in ("وفقد أربعة صحافيين في المنطقة منذ يومين.", "وفقد خمسة من أبنائها في القصف."):
        got = figs(text)
        assert got and all(k == "missing" for k, *_ in got)


# -- a toll divided into its parts -------------------------------------------------------------

def test_a_toll_divided_into_fighters_and_civilians():
    got = figs("وقتلت الغارات 61 شخصا، يتوزعون إلى 11 مسلحا و50 مدنيا.")
    assert ("killed", "combatants", 11, 11, "exact") in got
    assert ("killed", "civilians", 50, 50, "exact") in got


# -- "one at least" after a singular noun -----------------------------------------------------

def test_one_at_least_after_a_singular_noun_is_one_figure():
    assert figs("وقتل جندي واحد على الأقل في الهجوم على المطار.") == [("killed", "combatants", 1, None, "at_least")]
    assert figs("وقتل جندي واحد في الهجوم على المطار.") == [("killed", "combatants", 1, 1, "exact")]


def test_two_single_children_in_a_sub_count_are_two():
    got = figs("وقتل أربعة مدنيين بينهم طفل وطفلة في القصف على الحي.")
    assert ("killed", "children", 2, 2, "exact") in got
    assert ("killed", "children", 1, 1, "exact") not in got
