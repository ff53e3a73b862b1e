"""Place and governorate (Arabic): places named only to say where something lies around a
city, and cities named for their governments."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def _place(text: str):
    c = claims(text)[0]
    return c.place, c.provenance.get("place")


def test_near_damascus_is_the_countryside_around_it():
    for text in ("وقتل 12 شخصا في غارات على بلدات قرب دمشق مساء الأحد.",
                 "أسفر القصف على مواقع بالقرب من العاصمة دمشق عن مقتل سبعة عناصر.",
                 "قتل تسعة مقاتلين في اشتباكات عنيفة على أطراف دمشق."):
        place, prov = _place(text)
        assert place.governorate == "rif_dimashq" and place.name == "دمشق", text
        assert prov is not None and prov.span.text == "دمشق"


def test_a_quarter_in_the_north_of_damascus_stays_in_the_city():
    place, _ = _place("قتل خمسة أشخاص في انفجار سيارة مفخخة في شمال دمشق.")
    assert place.governorate == "damascus"


def test_a_town_near_damascus_keeps_its_own_place():
    place, prov = _place("قتل عشرة مدنيين في قصف على مدينة دوما قرب دمشق.")
    assert place.name == "دوما" and place.governorate == "rif_dimashq" and prov.span.text == "دوما"


def test_a_sentence_turning_to_another_matter_takes_no_place_told_before():
    text = ("قصفت الطائرات حي الشعار في مدينة حلب صباح اليوم.\n"
            "من ناحية أخرى، قال المرصد إن عدد قتلى المعارك في البلاد ارتفع إلى 90 شخصا.")
    c = [c for c in claims(text) if c.figures[0].low == 90][0]
    assert c.place.governorate != "aleppo"
    # ... unless it points back to them ("في هذه المنطقة")
    text = ("اندلعت اشتباكات عنيفة في مدينة درعا صباح السبت.\n"
            "من جهة أخرى، قال المرصد إن المعارك في هذه المنطقة أوقعت 13 قتيلا من القوات الحكومية.")
    c = [c for c in claims(text) if c.figures[0].low == 13][0]
    assert c.place.governorate == "daraa"


def test_a_quarter_named_in_a_camp_lies_where_the_camp_is():
    # "التقدم" is listed only as a quarter of another city: "in" the camp says where it is
    place, prov = _place("قتل طفل جراء سقوط قذيفة على حي التقدم في مخيم اليرموك مساء الأحد.")
    assert place.name == "التقدم" and place.governorate == "damascus" and prov.span.text == "التقدم"


def test_a_dateline_set_off_by_an_underscore_is_where_the_reporter_files_from():
    text = ("لندن _أ ش أ ذكرت صحيفة بريطانية اليوم أن الطائرات الحربية شنت غارات على مناطق مكتظة "
            "بالسكان مما أسفر عن إصابة العشرات من المدنيين.")
    c = claims(text)[0]
    assert c.place.name != "لندن" and c.place.governorate != "other"


def test_a_given_name_that_spells_a_governorate_abroad_is_no_place():
    text = "دفن الشيخ قرب قبر صلاح الدين الأيوبي، بعد أن قتل مع 40 آخرين في تفجير استهدف مسجدا في دمشق."
    c = claims(text)[0]
    assert c.place.governorate == "damascus" and c.provenance["place"].span.text == "دمشق"
    # the Iraqi governorate named with its noun is still one
    c = claims("قتل 12 شخصا في انفجار سيارة مفخخة في محافظة صلاح الدين.")[0]
    assert c.place.governorate == "iraq"


def test_a_name_several_places_share_is_read_where_the_story_is():
    # "المزرعة" is a quarter of Damascus and a town of Suwayda
    text = ("هز انفجار عنيف وسط دمشق صباح اليوم.\n"
            "وقال المرصد إن 30 شخصا قتلوا في انفجار سيارة مفخخة أمام حاجز في منطقة المزرعة.")
    c = [c for c in claims(text) if c.figures[0].low == 30][0]
    assert c.place.name == "المزرعة" and c.place.governorate == "damascus"
    # ... or beside the other places of its sentence, a land apart
    c = claims("قتل 30 شخصا في الانفجار الذي هز وسط دمشق قرب مكتب الجبهة الديموقراطية لتحرير فلسطين "
               "في منطقة المزرعة.")[0]
    assert c.place.governorate == "damascus"
    # a governorate named as such is not read elsewhere
    text = ("سيطر مقاتلون على حاجز في بلدة بريف درعا.\n"
            "من جهة ثانية، قتل 35 مقاتلا في معارك في قرى في محافظة القنيطرة.")
    c = [c for c in claims(text) if c.figures[0].low == 35][0]
    assert c.place.governorate == "quneitra"


def test_a_capital_named_bare_beside_another_place_is_its_government():
    text = ("لم يبدأ المحققون عملهم بعد في دوما التي تعرضت لهجوم كيميائي أسفر عن مقتل 40 شخصا "
            "واتهمت القوى الغربية دمشق بتنفيذه.")
    place, prov = _place(text)
    assert place.name == "دوما" and place.governorate == "rif_dimashq" and prov.span.text == "دوما"
    # after "in", or in apposition, the capital is still where it happened
    place, _ = _place("قتل 49 شخصا في تفجير انتحاري في أحد مساجد دمشق مساء الخميس.")
    assert place.governorate == "damascus"
    place, _ = _place("منطقة الحسينية، شمالي بغداد، شهدت انفجار عبوة ناسفة أدى إلى مقتل شخص.")
    assert place.governorate == "iraq"


def test_a_region_after_the_border_with_is_the_other_side():
    text = ("في محافظة درعا، سيطر مقاتلون على مركز سرية مدفعية في قرية جملة الواقعة على الحدود مع "
            "الجولان السوري المحتل، اثر معارك قتل فيها 11 مقاتلا.")
    c = claims(text)[0]
    assert c.place.governorate == "daraa"
