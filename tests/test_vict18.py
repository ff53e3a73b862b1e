"""vict18: who did it and whom, read from hand-written Arabic sentences."""

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def test_subject_after_a_verb_with_the_counted_as_its_object_is_the_perpetrator():
    # "N noun VERB+هم X": X is who did it, not whose dead they were
    [c] = claims_of("وعثر سكان صباح اليوم على 9 جثث لرجال أعدمتهم قوات النظام قرب المدرسة.")
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "قوات النظام"
    assert c.victims != "syrian_gov"


def test_object_verb_subject_with_civilians_counted():
    [c] = claims_of("وقال ناشطون إن 6 مدنيين قتلتهم فصائل المعارضة عند أطراف القرية.")
    assert (c.perpetrator, c.victims) == ("opposition", "civilians")
    assert c.provenance["perpetrator"].span.text == "فصائل المعارضة"


def test_object_verb_keeps_the_counted_side_named_before_it():
    [c] = claims_of("وقال ناشطون إن 4 عناصر من قوات النظام قتلتهم فصائل المعارضة في الحي.")
    assert (c.perpetrator, c.victims) == ("opposition", "syrian_gov")


def test_escalation_in_the_accusative_is_the_attack_its_subject_launched():
    [c] = claims_of("ومنذ بدأت قوات النظام تصعيدا عسكريا على البلدات في مطلع الشهر أودى بحياة 300 مدني.")
    assert (c.perpetrator, c.victims) == ("syrian_gov", "civilians")
    assert c.provenance["perpetrator"].span.text == "قوات النظام"


def test_joined_verb_of_killing_shares_the_reported_clause_subject():
    # "أن X <any verb> ... و<kill> N": X did it, though the first verb is no attack
    [c] = claims_of("وقال مصدر محلي إن القوات التركية طاردت المهاجمين وقتلت ستة مسلحين قرب الحدود.")
    assert c.perpetrator == "turkey"
    assert c.provenance["perpetrator"].span.text == "القوات التركية"


def test_joined_verb_does_not_reach_past_a_quote_or_comma():
    claims = claims_of('وقال المسؤول إن الجنود "جرحى، وقد اعترضتهم مجموعة مسلحة وقتلت منهم 8".')
    assert all(c.perpetrator == "unknown" for c in claims)


def test_most_of_them_of_a_state_whose_men_are_its_forces():
    [c] = claims_of("وقال المرصد إن 19 شخصا قتلوا في الضربة على المطار، غالبيتهم إيرانيون.")
    assert c.victims == "iran"
    assert c.provenance["victims"].span.text == "إيرانيون"


def test_most_of_them_of_the_demonym_after_min():
    [c] = claims_of("وقال المرصد إن 19 شخصا قتلوا في الضربة على المطار، معظمهم من الإيرانيين.")
    assert c.victims == "iran"


def test_most_of_them_in_a_place_names_no_side():
    [c] = claims_of("وقال المرصد إن 19 شخصا قتلوا في القصف، معظمهم في حلب.")
    assert c.victims == "unknown"


def test_taking_prisoner_names_its_subject_as_perpetrator():
    [c] = claims_of("وقال المرصد إن مقاتلين من المعارضة أسروا سبعة جنود قرب المطار.")
    assert c.perpetrator == "opposition"
    assert c.provenance["perpetrator"].span.text == "المعارضة"


def test_taking_prisoner_joined_to_a_verb_of_succeeding():
    [c] = claims_of("وأضاف المرصد أن مقاتلي المعارضة دخلوا البلدة وأسروا ثلاثة من عناصر الشرطة.")
    assert c.perpetrator == "opposition"


def test_sdf_spelled_with_the_long_vowel():
    [c] = claims_of("وقال المرصد إن المعارك أسفرت عن سبعة قتلى في صفوف قوات سوريا الديموقراطية.")
    assert c.victims == "sdf"
    assert c.provenance["victims"].span.text == "قوات سوريا الديموقراطية"


def test_dead_of_a_strike_on_a_military_airbase_are_of_the_state_it_stands_in():
    [c] = claims_of("وقتل 11 شخصا في غارات إسرائيلية على مطار الضمير العسكري في ريف دمشق.")
    assert (c.perpetrator, c.victims) == ("israel", "syrian_gov")
    assert c.provenance["victims"].span.text == "مطار الضمير العسكري"


def test_a_day_between_the_verb_and_the_base_is_passed_over():
    [c] = claims_of("وقتل 9 أشخاص في القصف الذي استهدف الثلاثاء قاعدة الضمير الجوية في ريف دمشق.")
    assert c.victims == "syrian_gov"


def test_a_civil_airport_or_the_regime_striking_says_nothing_of_the_dead():
    [c] = claims_of("وقتل 9 أشخاص في غارات على مطار حلب الدولي.")
    assert c.victims == "unknown"
    [c] = claims_of("وقتل 9 أشخاص في قصف لقوات النظام على مطار أبو الظهور العسكري في إدلب.")
    assert c.victims == "unknown"


def test_a_toll_of_the_dead_of_a_nationality_counts_that_side():
    [c] = claims_of("وقالت الوكالة إن عدد القتلى الإيرانيين ارتفع إلى 9 جراء الغارات على المطار.")
    assert c.victims == "iran"
    assert c.provenance["victims"].span.text == "الإيرانيين"


def test_its_men_after_a_military_base_named_as_the_subject():
    [c] = claims_of("وقال المرصد إن مطار الضمير العسكري تعرض لأضرار كبيرة في الغارات، مؤكدا مقتل 4 من عناصره.")
    assert c.victims == "syrian_gov"
    assert c.provenance["victims"].span.text == "مطار الضمير العسكري"


def test_joined_verb_after_an_attack_the_subject_suffered_may_be_passive():
    # "أن X تعرضت لقصف ... وقتل N": "and N were killed", X did not kill them
    claims = claims_of("وقال المرصد إن الفصائل تعرضت لقصف عنيف على مواقعها وقتل 12 مقاتلا.")
    assert all(c.perpetrator != "opposition" for c in claims)


def test_a_base_known_as_a_foreign_armys_is_that_armys():
    [c] = claims_of("وقتل شخصان في هجوم بطائرات مسيرة شنته الفصائل على قاعدة حميميم الجوية في ريف اللاذقية.")
    assert (c.perpetrator, c.victims) == ("opposition", "russia")


def test_an_ally_striking_a_base_says_nothing_of_the_dead():
    [c] = claims_of("وقتل 9 أشخاص في قصف روسي على مطار أبو الظهور العسكري في إدلب.")
    assert c.victims == "unknown"
