"""claim12: claimants of accusations, pluperfect subjects and wire agencies (hand-written)."""

from rasd.core.models import Article
from rasd.extract import extract


def claims(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_the_accuser_speaks_not_the_accused():
    cs = claims("اتهمت المعارضة السورية قوات النظام بارتكاب مجزرة راح ضحيتها 40 شخصا في قرية قرب حماة.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "المعارضة السورية")]
    cs = claims("واتهمت عمان وبغداد إسرائيل بتنفيذ الضربة التي أسفرت عن مقتل 9 جنود قرب الحدود.")
    assert cs and cs[0].claimant_text == "عمان وبغداد"
    cs = claims("واتهمت وزارة الداخلية اللبنانية الجماعة بتفجير سيارة مفخخة أسفر عن مقتل 6 أشخاص في بلدة حدودية.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "وزارة الداخلية اللبنانية")]


def test_a_passive_accusation_names_the_accused_not_a_speaker():
    cs = claims("واتهم النظام السوري بشن هجوم على بلدة في ريف دمشق أدى إلى مقتل 30 مدنيا.")
    assert [c.claimant for c in cs] == ["outlet"]


def test_the_particle_of_a_pluperfect_is_not_part_of_the_name():
    cs = claims("وكانت لجان التنسيق المحلية قد وثقت سقوط 75 قتيلا أمس في مختلف المحافظات.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "لجان التنسيق المحلية")]


def test_documenting_a_toll_ends_the_speakers_name():
    cs = claims("وأكدت المعارضة السورية توثيق مقتل 64 شخصا في حمص وريفها اليوم.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("local_sources", "المعارضة السورية")]


def test_a_foreign_wire_agency_relays():
    cs = claims("قتل ستة مدنيين في قصف على بلدة في ريف إدلب، حسبما ذكرت وكالة الأنباء الألمانية.")
    assert [c.claimant for c in cs] == ["unnamed"]
    cs = claims("وذكرت وكالة أنباء الأناضول أن 11 شخصا قتلوا في انفجار سيارة مفخخة في بلدة حدودية.")
    assert [(c.claimant, c.claimant_text) for c in cs] == [("unnamed", "وكالة أنباء الأناضول")]


def test_a_line_opening_with_a_comma_goes_on_with_the_speaker_before_it():
    text = ("قصف على ريف حمص\nقتل جندي في بلدة قرب حمص.\nوأعلنت \nلجان التنسيق المحلية\n، وهي تجمع معارض "
            "قديم، أنها وثقت مقتل 48 شخصا في أنحاء سوريا اليوم.\n"
            "وتوزعت الحصيلة بواقع 20 قتيلا في حماة، و16 في إدلب، و12 في درعا.")
    cs = claims(text)
    assert [c.claimant for c in cs[1:]] == ["other"] * 4
    assert cs[1].claimant_text == "لجان التنسيق المحلية"


def test_a_body_named_in_quotation_marks_after_its_head_noun_speaks():
    cs = claims('وقالت مجموعة "حمص تحترق" إن 17 مدنيا قتلوا في قصف على حي الوعر.')
    assert [(c.claimant, c.claimant_text) for c in cs] == [("other", "مجموعة حمص تحترق")]
    cs = claims('قتل 17 مدنيا في قصف على حي الوعر، وفقا لحملة «حمص تحترق».')
    assert [c.claimant for c in cs] == ["other"]
    # a news site named so relays
    cs = claims('وأفاد موقع «أخبار الساحل» أن 4 أشخاص قتلوا في انفجار عبوة في جبلة.')
    assert [(c.claimant, c.claimant_text) for c in cs] == [("unnamed", "موقع أخبار الساحل")]


def test_a_sentence_opening_with_a_count_of_them_goes_on_with_the_speaker_before():
    text = ("وقالت وكالة الأناضول إن مسلحين هاجموا مخفرا في بلدة حدودية فرد عناصر الشرطة عليهم.\n"
            "وقتل ثلاثة منهم في تبادل إطلاق النار.")
    cs = claims(text)
    assert [c.claimant for c in cs] == ["unnamed"]
    # a count "of them" inside a sentence that told its people is of those
    text = ("وقال المرصد إن 40 شخصا قتلوا في ريف حلب.\n"
            "وتقول فصائل محلية إن الطائرات قصفت قريتين يسيطر عليهما مقاتلوها، ما أسفر عن إصابة خمسة منهم.")
    assert [c.claimant for c in claims(text)][1:] != ["sohr"]


def test_who_announces_its_responsibility_for_an_attack_claims_its_toll():
    cs = claims("وأعلنت جماعة مسلحة تطلق على نفسها اسم كتيبة الفجر مسؤوليتها عن كمين أسفر عن مقتل 8 جنود قرب درعا.")
    assert cs and cs[0].claimant == "other" and cs[0].claimant_text.startswith("جماعة مسلحة")
    cs = claims("وقتل 11 شخصا في انفجار سيارة مفخخة في مدينة حدودية، وأعلن ناشطون انفصاليون مسؤوليتهم عنه.")
    assert [c.claimant for c in cs] != ["local_sources"]


def test_reporters_counted_as_the_dead_are_not_the_source():
    cs = claims("وقتل أربعة مسعفين في غارة على مركز للإسعاف في بلدة كفرزيتا.")
    assert [c.claimant for c in cs] == ["outlet"]
    cs = claims("قتل 3 مسعفين في غارة على سراقب، حسب ناشطين.")
    assert [c.claimant for c in cs] == ["local_sources"]
