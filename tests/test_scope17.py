"""Scope on unseen text (issue 8, scope17): a period told in a relative clause on another noun
is not the toll's window; a handful killed, or a toll whose sentence names another country,
placed only "in Syria" is no country's total; a toll of a long roundup sentence that names
its own town near it is that town's. Sentences written for these tests."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def scopes(text: str) -> list[str]:
    return [c.scope for c in extract(Article(id="t", text=text, published="2024-03-14"))]


# -- a period in a relative clause on another noun ------------------------------------------

def test_a_period_of_a_relative_clause_on_a_place_is_not_the_tolls():
    assert scopes("قتل 12 مدنيا في قصف على بلدة كفرنبل الجمعة، فيما تواصل نزوح الأهالي "
                  "من المنطقة التي تشهد تصعيدا منذ 3 آذار الماضي.") == ["incident"]


def test_a_period_of_a_relative_clause_on_a_land_is_not_the_tolls():
    assert scopes("وقال الرئيس خلال زيارة إلى الجزيرة التي تحكمها بلاده منذ 1990 إن "
                  "الانفجار أوقع 14 قتيلا.") == ["incident"]


def test_a_period_in_the_tolls_own_clause_still_makes_a_total():
    assert scopes("وقتل 35 مدنيا منذ الثلاثاء الماضي في الغارات على ريف إدلب.") == ["cumulative"]


def test_a_relative_clause_on_the_counted_people_keeps_its_period():
    assert scopes("وارتفع عدد الجنود الذين قتلوا في المعارك منذ 3 نيسان الماضي إلى 64 قتيلا.") == ["cumulative"]


def test_a_period_in_a_relative_clause_on_the_attack_is_the_campaigns():
    assert scopes("أسفر القصف الذي تشنه القوات منذ 3 آذار على ريف حماة عن مقتل 48 مدنيا.") == ["cumulative"]


# -- a toll placed only by the country ------------------------------------------------------

def test_a_handful_of_soldiers_killed_in_syria_is_one_incident():
    assert scopes("أعلنت وزارة الدفاع الفرنسية الأحد مقتل ثلاثة من جنودها في سوريا.") == ["incident"]


def test_a_large_toll_over_the_country_stays_a_total():
    assert scopes("وقال المرصد إن 95 شخصا قتلوا في سوريا الأحد.") == ["cumulative"]


def test_a_toll_beside_another_country_is_not_syrias_total():
    assert scopes("وامتد النزاع في سوريا إلى العراق حيث قال مسؤولون إن مسلحين قتلوا 30 جنديا قرب "
                  "الحدود.") == ["incident"]


# -- a long roundup sentence naming many governorates ---------------------------------------

def test_a_roundup_sentences_town_toll_stays_its_incident():
    assert scopes("واستمرت الاشتباكات في ريف حلب الجنوبي وريف إدلب الشرقي وريف حماة الشمالي، "
                  "وسط قصف مدفعي متبادل بين الطرفين على خطوط التماس وتحليق مكثف لطائرات الاستطلاع "
                  "في أجواء المنطقة الواقعة شمال الطريق الدولي وعلى أطراف السهل الزراعي الواسع، "
                  "بينما انفجرت عبوة ناسفة في بلدة الدانا، ما أدى إلى إصابة 6 أشخاص بجروح.") == ["incident"]


def test_a_roundup_toll_shared_by_governorate_cities_stays_a_total():
    assert scopes("وقتل 64 شخصا الأحد في مناطق عدة، بواقع 30 في حلب و20 في حمص و14 في درعا.")[0] == "cumulative"
