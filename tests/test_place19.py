"""Place and governorate (Arabic): a place named in an adjunct of motive ("ردا على ...") is
where the answered deed happened, not where the response struck or killed."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def _place(text: str):
    c = claims(text)[0]
    return c.place, c.provenance.get("place")


def test_a_place_in_the_motive_after_the_figure_is_not_the_claims():
    place, prov = _place("قصفت المدفعية التركية مواقع للمسلحين في سوريا أمس مما أسفر عن مقتل خمسة "
                         "مسلحين ردا على هجوم بسيارة مفخخة في مدينة منبج.")
    assert place.name == "سوريا" and place.governorate == "unknown"
    assert prov is not None and prov.span.text == "سوريا"


def test_a_response_of_another_kind_does_not_take_the_answered_deeds_place():
    text = ("شنت طائرات إسرائيلية غارات على مواقع عسكرية في سوريا ليل الأربعاء ردا على إطلاق "
            "صواريخ على مرتفعات الجولان. وقال المرصد السوري لحقوق الإنسان إن الغارات أسفرت عن "
            "مقتل 12 مقاتلا.")
    place, prov = _place(text)
    assert place.governorate != "quneitra" and place.name == "سوريا"
    assert prov is not None and prov.span.text == "سوريا"


def test_the_answered_deeds_own_toll_keeps_its_place():
    text = ("شنت طائرات التحالف غارات على مواقع التنظيم ردا على تفجير انتحاري في مدينة منبج. "
            "وقال المرصد السوري لحقوق الإنسان إن التفجير أسفر عن مقتل 20 شخصا.")
    place, prov = _place(text)
    assert place.name == "منبج" and place.governorate == "aleppo"
    assert prov is not None and prov.span.text == "منبج"


def test_a_figure_inside_the_motive_keeps_the_place_told_there():
    place, _ = _place("أعلنت الحكومة الحداد ثلاثة أيام ردا على الهجوم الذي أسفر عن مقتل 15 مدنيا "
                      "في مدينة منبج.")
    assert place.name == "منبج" and place.governorate == "aleppo"


def test_guardians_of_a_mosque_are_no_hama():
    for text in ("وأصيب العشرات من حماة الأقصى خلال مواجهات مع الشرطة صباح اليوم.",
                 "وأسفرت المواجهات عن إصابة عشرين من حماة المسجد بجروح."):
        place, _ = _place(text)
        assert place.governorate != "hama" and place.name != "حماة", text


def test_hama_the_city_stays_a_place():
    for text in ("قتل خمسة مدنيين في قصف على حماة أمس.",
                 "قتل خمسة مدنيين في قصف على مدينة حماة المحاصرة.",
                 "قتل خمسة مدنيين في قصف على حماة التي تسيطر عليها القوات.",
                 "قتل ثلاثة عناصر في اشتباكات في ريف حماة الشمالي."):
        place, prov = _place(text)
        assert place.governorate == "hama", text
        assert prov is not None and "حماة" in prov.span.text


def test_two_states_accusing_together_are_no_place():
    for text in ("واتهمت سوريا وروسيا القوات الإسرائيلية بشن الهجوم الذي أسفر عن مقتل 14 شخصا.",
                 "واتهمت فرنسا والولايات المتحدة روسيا بالتستر على الهجوم الذي قتل فيه 40 شخصا."):
        place, prov = _place(text)
        assert place.name is None and prov is None, text


def test_two_states_accusing_leave_the_place_of_the_attack():
    place, prov = _place("واتهمت فرنسا والولايات المتحدة روسيا بالتستر على الهجوم الذي قتل فيه "
                         "40 شخصا في مدينة دوما.")
    assert place.name == "دوما" and place.governorate == "rif_dimashq" and prov.span.text == "دوما"
