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


def test_arabic_as_an_adjective_is_not_the_channel():
    c = claims("وقال رئيس الائتلاف في كلمته أمام القمة العربية إن الشعب السوري قدم 90 ألف قتيل.")[0]
    assert c.claimant != "unnamed"
    c = claims("وذكرت الصحف العربية أن 12 شخصا قتلوا في حلب.")[0]
    assert c.claimant != "unnamed" or c.claimant_text != "العربية"
    # the channel itself still speaks
    assert claims("وقالت العربية إن 12 شخصا قتلوا في حلب.")[0].claimant == "unnamed"
    assert claims("وذكرت قناة العربية أن 12 شخصا قتلوا في حلب.")[0].claimant == "unnamed"


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


def test_a_speaker_before_a_while_clause_keeps_its_toll():
    text = ("أكدت المعارضة السورية أن عدد قتلى الثلاثاء بلغ 150 شخصا، بينما ذكرت التقارير "
            "الحكومية أن وحدات الجيش تصدت لمحاولة تسلل.")
    c = claims(text)[0]
    assert c.claimant == "local_sources"


def test_people_counted_from_among_residents_are_no_source():
    c = claims("وأضاف أن غارة قتلت نحو 9 مدنيين من أهالي بلدة السفيرة.")[0]
    assert c.claimant != "local_sources"
    # a toll "from" a monitor is still the monitor's
    assert claims("أفادت حصيلة جديدة من المرصد السوري أن 20 شخصا قتلوا في دوما.")[0].claimant == "sohr"


def test_a_topic_before_fa_and_a_verb_of_saying_speaks():
    c = claims("أما وزارة الصحة المحلية، فقد أشارت إلى مقتل 7 مدنيين في القصف على بلدة سراقب.")[0]
    assert c.claimant == "other" and "وزارة الصحة" in (c.claimant_text or "")
    c = claims("أما الخوذ البيض، فقد أشارت إلى مقتل 5 مدنيين في غارات على بلدة سراقب.")[0]
    assert c.claimant == "white_helmets"
    # a place as the topic is no speaker
    assert claims("أما في حلب، فقتل ثلاثة أشخاص جراء انفجار.")[0].claimant == "outlet"


def test_a_place_told_before_outside_the_region_the_sentence_names_is_not_taken():
    text = ("وقصفت الطائرات مرارا مواقع قرب مطار دمشق الدولي. وفي 17 فبراير الماضي، استهدفت ضربات جوية "
            "مواقع عسكرية قرب الحدود مع العراق في شرق البلاد، وأسفرت عن مقتل العشرات من المقاتلين.")
    c = claims(text)[-1]
    assert c.place.governorate == "unknown"
    # a place that lies in that region is still taken
    text = "شنت الطائرات غارات على بلدة مارع. وردت القوات باستهداف مقرات في شمال سوريا، مما أسفر عن مقتل 25 مقاتلا."
    assert claims(text)[-1].place.governorate == "aleppo"
