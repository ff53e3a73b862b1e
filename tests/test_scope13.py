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


# -- numbers ---------------------------------------------------------------------------------

def test_a_definite_teen_reads_its_unit():
    assert figs("وقال الدفاع المدني إن الخمسة عشر شخصا قضوا تحت أنقاض المبنى في بلدة كفرنبل.") == [
        ("killed", "unspecified", 15, 15, "exact")]


def test_a_unit_after_a_ten_is_the_next_number():
    got = figs("وأفاد المسعفون بأن من بين القتلى الاثني عشر أربعة أطفال في القصف على بلدة معرة النعمان.")
    assert ("killed", "children", 4, 4, "exact") in got
    assert not any(f[2] in (16, 14) for f in got)


def test_two_counts_of_thousands_are_a_range():
    assert ("killed", "unspecified", 4000, 7000, "about") in figs(
        "وتقدر منظمات إنسانية أن بين أربعة آلاف وسبعة آلاف شخص قتلوا خلال سنوات الحصار.")
    assert ("killed", "unspecified", 200000, 300000, "about") in figs(
        "ويقدر باحثون أن بين مئتي ألف وثلاثمئة ألف شخص قتلوا في الحرب.")
    # a thousand and a smaller order still add up
    assert ("killed", "unspecified", 1300000, 1300000, "exact") in figs("وقتل مليون وثلاثمائة ألف شخص في الحرب.")


def test_others_right_after_a_count_is_no_vague_figure():
    assert figs("قتل عنصر من الشرطة في كمين قرب بلدة سلقين، وأصيب جنديين سوريين آخرين.") == [
        ("killed", "combatants", 1, 1, "exact"), ("injured", "combatants", 2, 2, "exact")]


def test_one_after_a_singular_person_counts_no_one_else():
    assert figs("وقتل مجند واحد في انفجار عبوة على طريق بلدة الصنمين.") == [("killed", "combatants", 1, 1, "exact")]


# -- groups ----------------------------------------------------------------------------------

def test_rebels_conscripts_and_police_are_fighters():
    assert figs("وقال المرصد إن ثمانية متمردين قتلوا في اشتباكات قرب بلدة اللطامنة.") == [
        ("killed", "combatants", 8, 8, "exact")]
    assert figs("وأصيب ستة رجال شرطة بانفجار سيارة مفخخة أمام مخفر في بلدة الباب.") == [
        ("injured", "combatants", 6, 6, "exact")]
    assert figs("وقتل خمسة مجندين في هجوم على حاجز قرب بلدة خان طومان.") == [("killed", "combatants", 5, 5, "exact")]
    assert figs("وقتل ثلاثة من حرس الحدود في اشتباك قرب بلدة خربة الجوز.") == [("killed", "combatants", 3, 3, "exact")]
    assert figs("وقتل أربعة من الثوار في معارك قرب بلدة اللطامنة.") == [("killed", "combatants", 4, 4, "exact")]


def test_civilians_stay_civilians():
    assert figs("وقتل سبعة مدنيين في قصف على بلدة اللطامنة.") == [("killed", "civilians", 7, 7, "exact")]


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


def test_members_of_a_unit_or_named_group_are_fighters():
    assert figs("وقتل ثلاثة من الفرقة الرابعة في اشتباكات قرب بلدة داريا.") == [("killed", "combatants", 3, 3, "exact")]
    assert figs("وقتل ستة من فيلق الرحمن في قصف على بلدة عربين.") == [("killed", "combatants", 6, 6, "exact")]
    assert figs("وقتل خمسة من أحرار الشام في كمين قرب بلدة سراقب.") == [("killed", "combatants", 5, 5, "exact")]
    # a family or a rescue body stays civilian
    assert figs("وقتل ثلاثة من عناصر الدفاع المدني في غارة على بلدة سراقب.") == [("killed", "civilians", 3, 3, "exact")]
