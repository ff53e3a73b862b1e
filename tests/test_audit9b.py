"""Blind-audit fixes (issue 8): a monitor's seat and a side's patron are no places, a channel's
name used as an adjective is no claimant, a date in one clause belongs to that clause's count,
and the day a "since" clause starts from dates no other claim."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str, published: str = "2024-03-14"):
    return extract(Article(id="t", text=text, published=published))


def test_a_monitors_seat_is_no_place_of_its_count():
    for text in ("وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن 14 شخصا قتلوا في قصف على ريف إدلب.",
                 "وذكر المرصد السوري من مقره في لندن أن 14 شخصا قتلوا في قصف على ريف إدلب.",
                 "وأفاد المرصد الذي يتخذ من بريطانيا مقرا له بمقتل 14 شخصا في قصف على ريف إدلب."):
        c = claims(text)[0]
        assert c.claimant == "sohr"
        assert c.place.governorate == "idlib", text
    # with no other place told, the seat does not place the count abroad
    c = claims("وأكد المرصد السوري ومركزه بريطانيا مقتل 30 شخصا الثلاثاء.")[0]
    assert c.place.governorate != "other" and c.place.name is None


def test_the_government_a_side_is_loyal_to_is_no_place():
    c = claims("وقتل تسعة مقاتلين موالين لدمشق في غارات تركية على قرية قرب عفرين.")[0]
    assert c.place.governorate == "aleppo"
    c = claims("قتل ستة عناصر من القوات المؤيدة لدمشق أمس.")[0]
    assert c.place.governorate == "unknown"
    # a place after "in" is still a place
    assert claims("قتل خمسة أشخاص في قصف على دمشق.")[0].place.governorate == "damascus"


def test_a_quoted_town_after_its_noun_is_still_that_town():
    c = claims('وأكدت المعارضة مقتل 40 شخصا في إعدامات ميدانية في بلدة "السفيرة".')[0]
    assert c.place.name == "السفيرة" and c.place.governorate == "aleppo"
    c = claims("قتل ستة أشخاص في قصف على مدينة «دوما» أمس.")[0]
    assert c.place.governorate == "rif_dimashq"


def test_a_while_clause_is_placed_on_its_own():
    c = claims("وأكد ناشطون مقتل 40 شخصا في بلدة السفيرة بينما استمرت المواجهات في ريف دمشق.")[0]
    assert c.place.governorate == "aleppo"
    got = {c.figures[0].low: c.place.governorate for c in
           claims("وقال المرصد إن تسعة مدنيين قتلوا في قصف على مدينة إدلب، فيما قتل ثلاثة آخرون في قصف على بلدة تلبيسة.")}
    assert got == {9: "idlib", 3: "homs"}
    # "while he was ..." and "while others were wounded" go on about the same event
    c = claims("وقتل القيادي في ضربة جوية بينما كان يستقل سيارة قرب بلدة سرمدا.")[0]
    assert c.place.governorate == "idlib"
    c = claims("وقالت مصادر إن أربعة مدنيين قتلوا فيما أصيب آخرون بقصف على مدينة الحراك.")[0]
    assert c.place.governorate == "daraa"


def test_a_place_told_before_outside_the_region_the_sentence_names_is_not_taken():
    text = ("وقصفت الطائرات مرارا مواقع قرب مطار دمشق الدولي. وفي 17 فبراير الماضي، استهدفت ضربات جوية "
            "مواقع عسكرية قرب الحدود مع العراق في شرق البلاد، وأسفرت عن مقتل العشرات من المقاتلين.")
    c = claims(text)[-1]
    assert c.place.governorate == "unknown"
    # a place that lies in that region is still taken
    text = "شنت الطائرات غارات على بلدة مارع. وردت القوات باستهداف مقرات في شمال سوريا، مما أسفر عن مقتل 25 مقاتلا."
    assert claims(text)[-1].place.governorate == "aleppo"
