"""Whose dead and who killed them, read from hand-written sentences: the object of a verb
told past its subject, a capital standing for its state, a total told beside an attack,
and the sides counted in an ambush."""

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_a_verb_before_its_subject_hit_the_side_named_past_the_subject():
    claims = claims_of("قصفت المدفعية التركية مواقع لوحدات حماية الشعب قرب القرية، ما أسفر عن مقتل أربعة مقاتلين.")
    assert [(c.perpetrator, c.victims) for c in claims] == [("turkey", "sdf")]


def test_a_verb_before_its_subject_hit_the_site_named_past_the_subject():
    claims = claims_of("استهدفت طائرات حربية مستشفى في البلدة، ما أدى إلى مقتل ثلاثة أشخاص.")
    assert claims[0].victims == "civilians"
    assert claims[0].provenance["victims"].span.text == "مستشفى"


def test_the_subject_right_after_the_verb_is_not_what_it_hit():
    claims = claims_of("قصفت قوات النظام البلدة ليلا، ما أدى إلى مقتل خمسة مقاتلين.")
    assert claims[0].victims == "unknown"


def test_a_stronghold_of_a_side_names_its_ground_not_its_dead():
    claims = claims_of("قصفت طائرات حربية معقلا للمعارضة في ريف المدينة، ما أدى إلى مقتل عشرين شخصا.")
    assert claims[0].victims == "unknown"


def test_its_soldiers_are_of_the_state_its_capital_stands_for():
    claims = claims_of("وأعلنت أنقرة مساء الأحد مقتل أربعة من جنودها في هجوم قرب الحدود.")
    assert claims[0].victims == "turkey"
    assert claims[0].provenance["victims"].span.text == "أنقرة"


def test_a_capital_named_as_a_place_is_no_one_whose_soldiers_die():
    claims = claims_of("تتواصل المعارك في محيط دمشق، وذكرت المنظمة أن خمسة من عناصرها قتلوا.")
    assert claims[0].victims != "syrian_gov"


def test_a_total_told_beside_an_attack_is_not_whose_positions_it_hit():
    claims = claims_of("قصف المقاتلون المعارضون مواقع للنظام في المدينة، في وقت أعلنت فيه الشبكة "
                       "عن ارتفاع حصيلة القتلى إلى 90 شخصا في مناطق مختلفة من البلاد.")
    total = [c for c in claims if c.scope == "cumulative"]
    assert total and total[0].victims == "unknown"


def test_two_sides_counted_in_one_ambush_were_both_ambushed():
    claims = claims_of("وقتل 20 جنديا سوريا وخمسة جنود عراقيين في كمين قرب الحدود.")
    assert [c.perpetrator for c in claims] == ["unknown", "unknown"]


def test_two_sides_counted_in_one_fight_killed_each_other():
    claims = claims_of("وقتل 12 عنصرا من قوات النظام وسبعة مقاتلين من المعارضة في اشتباكات بريف المدينة.")
    assert [(c.perpetrator, c.victims) for c in claims] == [("opposition", "syrian_gov"),
                                                           ("syrian_gov", "opposition")]


def test_others_after_a_count_of_its_soldiers_are_more_of_that_side():
    claims = claims_of("أعلن الجيش التركي مقتل خمسة من جنوده في اشتباكات قرب الحدود. وأصيب تسعة آخرون في المواجهات.")
    assert [c.victims for c in claims] == ["turkey", "turkey"]


def test_a_quarter_called_residential_after_its_name_says_its_dead_were_civilians():
    claims = claims_of("سقطت قذائف هاون على حي القصور السكني في المدينة، ما أدى إلى إصابة سبعة أشخاص.")
    assert claims[0].victims == "civilians"
    assert claims[0].provenance["victims"].span.text == "السكني"


def test_a_side_right_after_a_toll_noun_is_whose_dead_the_count_is():
    claims = claims_of("وارتفعت حصيلة قتلى قوات النظام في المعارك الأخيرة إلى 35 عنصرا.")
    assert claims[0].victims == "syrian_gov"
    claims = claims_of("وقال المرصد إن عدد القتلى في صفوف تنظيم داعش بلغ 18 قتيلا.")
    assert claims[0].victims == "isis"


def test_the_dead_of_a_bare_government_name_are_no_side():
    claims = claims_of("وأفادت الشبكة بارتفاع أعداد قتلى النظام السوري اليوم إلى 90 شخصا.")
    assert claims[0].victims == "unknown"


def test_a_fighter_counted_in_a_named_body_is_its_man():
    claims = claims_of("وقتل قائد ميداني في «فيلق الشام» خلال اشتباكات مع قوات النظام في ريف المدينة.")
    assert [(c.perpetrator, c.victims) for c in claims] == [("syrian_gov", "opposition")]


def test_fighters_counted_in_a_country_are_not_read_as_its_men_by_in():
    claims = claims_of("قتل ثلاثة مقاتلين في حلب خلال اشتباكات عنيفة.")
    assert claims[0].victims == "unknown"


def test_a_plural_verb_of_attack_after_its_subject_names_the_agent():
    claims = claims_of("وقالت الوكالة إن مقاتلي المعارضة قصفوا بلدة قريبة، ما أسفر عن إصابة أربعة أشخاص بجروح.")
    assert (claims[0].event_type, claims[0].perpetrator) == ("shelling", "opposition")
