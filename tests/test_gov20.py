"""Governorate (Arabic), third round: a place named after "opposite" ("المقابلة ل...") is the
landmark across a border or a river, not where what the sentence counts happened."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def _place(text: str):
    c = claims(text)[0]
    return c.place, c.provenance.get("place")


def test_the_crossing_opposite_is_no_place_of_the_blast():
    place, _prov = _place("قتل سبعة أشخاص في انفجار سيارة مفخخة عند البوابة الحدودية التركية "
                          "المقابلة للبوابة الحدودية السورية باب الهوى.")
    assert place.governorate != "idlib" and place.name != "باب الهوى"


def test_the_foreign_town_stays_when_the_syrian_crossing_is_only_opposite():
    place, prov = _place("قتل خمسة أشخاص وأصيب عشرون في سقوط قذيفة على بلدة ريحانلي التركية "
                         "القريبة من المعبر المقابل للبوابة السورية باب الهوى.")
    assert place.governorate == "other" and place.name != "باب الهوى"
    assert prov is not None and prov.span.text != "باب الهوى"


def test_a_place_not_after_opposite_keeps_its_governorate():
    place, prov = _place("قتل خمسة مدنيين في قصف على معبر باب الهوى الحدودي مع تركيا.")
    assert "باب الهوى" in place.name and place.governorate == "idlib"
    assert prov is not None and "باب الهوى" in prov.span.text


# a toll shared out place by place, "in" written as the clitic ب glued to the place

_ROUNDUP = ("وقالت لجان التنسيق المحلية إن 40 شخصا قتلوا الجمعة في مناطق مختلفة، في الوقت الذي "
            "سقط فيه 12 قتيلا بحلب و8 قتلى بحمص، بالإضافة إلى 5 قتلى في درعا.")


def _share(text: str, low: int):
    c = next(c for c in claims(text) if any(f.low == low for f in c.figures))
    return c.place, c.provenance.get("place")


def test_a_share_glued_to_its_place_is_placed_there():
    place, prov = _share(_ROUNDUP, 12)
    assert place.name == "حلب" and place.governorate == "aleppo"
    assert prov is not None and prov.span.text == "حلب"
    place, prov = _share(_ROUNDUP, 8)
    assert place.name == "حمص" and place.governorate == "homs"
    assert prov is not None and prov.span.text == "حمص"


def test_a_share_with_a_free_in_still_placed():
    place, prov = _share(_ROUNDUP, 5)
    assert place.name == "درعا" and place.governorate == "daraa"
    assert prov is not None and prov.span.text == "درعا"



# a war's toll of tens of thousands is not the dead of a town named outside its own clause

def _war(text: str):
    c = next(c for c in claims(text) if any((f.low or 0) >= 10000 for f in c.figures))
    return c.place, c.provenance.get("place")


def test_a_war_toll_is_not_the_capital_named_before_it():
    place, _prov = _war("وبقيت العاصمة دمشق في منأى عن المعارك طوال النزاع الذي أسفر عن مقتل "
                        "أكثر من 60 ألف شخص.")
    assert place.governorate == "unknown" and place.name != "دمشق"


def test_a_war_toll_is_not_the_city_abroad_where_it_was_talked_of():
    place, _prov = _war("وفي باريس سئل الوزير عن دعم بلاده للحكومة في الحرب التي يقدر عدد "
                        "ضحاياها بنحو 80 ألف قتيل.")
    assert place.governorate == "unknown" and place.name != "باريس"


def test_a_large_toll_told_in_its_own_place_keeps_it():
    place, prov = _war("وتقول منظمات حقوقية إن نحو 12 ألف مدني قتلوا في قصف القوات الحكومية "
                       "في الغوطة الشرقية منذ بدء الحصار.")
    assert place.governorate == "rif_dimashq"
    assert prov is not None and prov.span.text == "الغوطة الشرقية"


# the region a story's lead is about, named after the country it lies in

def test_a_total_with_no_place_takes_the_leads_region_after_the_country():
    text = ("تواصلت الغارات رغم الدعوات إلى هدنة في سوريا، خاصة على الغوطة الشرقية المحاصرة. "
            "وقال الأطباء إن المستشفيات ممتلئة بالجرحى. "
            "وكان عدد القتلى منذ بداية الأسبوع قد تجاوز 400 شخص.")
    c = next(c for c in claims(text) if any(f.low == 400 for f in c.figures))
    assert c.place.governorate == "rif_dimashq" and c.place.name == "الغوطة الشرقية"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "الغوطة الشرقية"


def test_a_lead_naming_only_the_country_gives_no_region():
    text = ("تواصلت الغارات رغم الدعوات إلى هدنة في سوريا. "
            "وقال الأطباء إن المستشفيات ممتلئة بالجرحى. "
            "وكان عدد القتلى منذ بداية الأسبوع قد تجاوز 400 شخص.")
    c = next(c for c in claims(text) if any(f.low == 400 for f in c.figures))
    assert c.place.governorate == "unknown"


# the country right after a place of its own only locates it

def test_a_total_in_a_region_located_in_syria_is_the_regions():
    c = claims("ونددت الخارجية بالقصف الذي يشنه النظام وأوقع أكثر من 400 قتيل منذ الأحد "
               "في الغوطة الشرقية بسوريا.")[0]
    assert c.place.name == "الغوطة الشرقية" and c.place.governorate == "rif_dimashq"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "الغوطة الشرقية"


def test_a_total_over_the_country_stays_the_countrys():
    c = claims("قتل 300 شخص في مناطق مختلفة في سوريا منذ الأحد.")[0]
    assert c.place.name == "سوريا" and c.place.governorate == "unknown"


# where the wounded were treated is not where they were hit

def test_the_country_of_treatment_is_no_place_of_the_wounding():
    c = claims("تلقى ستة جرحى أصيبوا في اشتباكات بين الجيش ومسلحين العلاج في الأردن، حسب الوكالة.")[0]
    assert c.place.governorate != "other" and c.place.name != "الأردن"


def test_the_place_of_the_fight_stays_when_treatment_is_told_after():
    c = claims("أصيب ستة مدنيين في قصف على مدينة درعا ونقلوا للعلاج في الأردن.")[0]
    assert c.place.name == "درعا" and c.place.governorate == "daraa"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "درعا"
