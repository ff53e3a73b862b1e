"""Blind-audit fixes (issue 8, audit 10b): a place's people are no source by being named, a
pluperfect "وكان X أشار" names its speaker without "قد", a seat named by description locates
the town before it, and a campaign that "lasted for about" weeks is a total over them."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str, published: str = "2024-03-14"):
    return extract(Article(id="t", text=text, published=published))


def test_a_places_people_named_in_a_sentence_are_not_its_source():
    for text in ("يعاني سكان البلدة من ظروف صعبة بعد القصف الذي أودى بحياة 12 مدنيا.",
                 "وأدى النزاع إلى مقتل أكثر من مئة ألف شخص وتهجير نصف السكان.",
                 "وزادت الاشتباكات التوتر بين الأهالي وأوقعت قتلى وجرحى."):
        c = claims(text)[0]
        assert c.claimant == "outlet", text
    # residents who speak are still a source
    assert claims("وقال سكان إن سبعة مدنيين قتلوا في القصف.")[0].claimant == "local_sources"
    assert claims("وقتل سبعة مدنيين في القصف بحسب الأهالي.")[0].claimant == "local_sources"


def test_pluperfect_without_qad_names_its_speaker():
    for text in ("وكان مصدر أمني أشار في وقت سابق إلى مقتل أربعة جنود.",
                 "وكان مصدر أمني في المدينة أشار إلى مقتل أربعة جنود."):
        c = claims(text)[0]
        assert c.claimant == "unnamed", text
    c = claims("وكان المرصد أفاد في وقت سابق بمقتل أربعة جنود.")[0]
    assert c.claimant == "sohr"


def test_a_seat_named_by_description_locates_the_town_before_it():
    c = claims("واتهمت المعارضة القوات الحكومية بقصف دوما، آخر معاقلها قرب العاصمة السورية، "
               "ما أدى إلى مقتل تسعة مدنيين.")[0]
    assert c.place.name == "دوما"
    assert c.place.governorate == "rif_dimashq"
    # the capital named alone is still the place
    c = claims("وقتل تسعة مدنيين في قصف على أحياء في العاصمة السورية.")[0]
    assert c.place.governorate == "damascus"


def test_according_to_written_as_one_word_names_its_source():
    c = claims("وأسفر القصف عن مقتل 35 شخصا حسبما أفادت جمعية إغاثة محلية.")[0]
    assert c.claimant == "other" and c.claimant_text == "جمعية إغاثة محلية"
    c = claims("وقتل 35 شخصا في القصف وفقما ذكرت وكالة «الأناضول» للأنباء.")[0]
    assert c.claimant == "unnamed"
    # with no name after its verb, the statement is still the outlet's to tell
    assert claims("وأسفر القصف عن مقتل 35 شخصا حسبما ذكرت في بيانها.")[0].claimant == "outlet"


def test_a_body_announcing_a_toll_as_its_direct_object_is_its_source():
    c = claims("كشف مكتب التوثيق في المحافظة مقتل 120 شخصا منذ بداية الحملة.")[0]
    assert c.claimant == "other" and c.claimant_text == "مكتب التوثيق"
    c = claims("وأعلنت تركيا مقتل ثلاثة من جنودها في هجوم قرب الحدود.")[0]
    assert c.claimant == "other" and c.claimant_text == "تركيا"
    # a town recording a toll is no speaker, nor are the words of an admission
    assert claims("وسجلت مدينة حمورية أعلى حصيلة إذ قتل فيها 20 مدنيا.")[0].claimant != "other"
    assert claims("واعترفت بسقوط عشرات القتلى.")[0].claimant == "outlet"
