"""Whose dead a claim counts, read from hand-written sentences."""

import pytest

from rasd.core.models import Article
from rasd.extract import extract
from rasd.lang import pack
from rasd.text.normalize import norm
from helpers import claims as claims_of, kinds_groups_lows


# == whose dead and who killed them: the object of a verb told past its subject, a capital
# standing for its state, a total told beside an attack, and the sides counted in an ambush
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


# == whose dead a claim counts when the counted noun itself says it: one person of a civilian
# calling ("قتل طبيب"), fighters with the adjective of the armed opposition ("مسلحان معارضان")
def test_a_doctor_and_a_nurse_killed_are_two_civilians():
    cs = claims_of("قتل طبيب وممرضة في قصف استهدف بلدة كفرنبل بريف إدلب.")
    assert len(cs) == 1
    assert kinds_groups_lows(cs[0]) == [("killed", "civilians", 2)]
    assert cs[0].victims == "civilians"


def test_one_paramedic_wounded_is_one_civilian():
    cs = claims_of("أصيب مسعف بجروح في غارة جوية على مدينة سراقب.")
    assert kinds_groups_lows(cs[0]) == [("injured", "civilians", 1)]
    assert cs[0].victims == "civilians"


def test_a_cameraman_and_a_reporter_wounded_are_two():
    cs = claims_of("وأعلنت القناة إصابة مصور ومراسل في القصف على حي المزة.")
    assert kinds_groups_lows(cs[0]) == [("injured", "civilians", 2)]


def test_a_doctor_who_speaks_is_no_figure():
    cs = claims_of("قال طبيب في مستشفى البلدة إن 12 شخصا قتلوا في القصف.")
    assert [kinds_groups_lows(c) for c in cs] == [[("killed", "unspecified", 12)]]


def test_two_opposition_gunmen_in_the_dual():
    cs = claims_of("قتل مسلحان معارضان في قصف مدفعي على بلدة حمورية.")
    assert kinds_groups_lows(cs[0]) == [("killed", "combatants", 2)]
    assert cs[0].victims == "opposition"
    assert cs[0].provenance["victims"].span.text == "معارضان"


def test_one_opposition_fighter_in_the_singular():
    cs = claims_of("وأعلن المرصد مقتل 300 مسلح معارض في المعارك على أطراف المدينة.")
    assert cs[0].victims == "opposition"


def test_opposition_activists_are_not_fighters_of_a_side():
    cs = claims_of("قتل ثلاثة ناشطين معارضين برصاص مجهولين في مدينة الباب.")
    assert cs[0].victims == "unknown"


def test_kurdish_fighters_stay_unnamed():
    # Kurdish fighters counted so are as often Turkey's Kurds as Syria's Kurdish forces
    cs = claims_of("قال الجيش إنه قتل 11 مسلحا كرديا في ولاية هكاري.")
    assert cs[0].victims == "unknown"


def test_dozens_of_its_own_fighters_are_combatants():
    cs = claims_of("أعلنت الميليشيا أن غارة استهدفت مقرا لها قرب الحدود ما أدى إلى مقتل العشرات من عناصرها.")
    assert [f for c in cs for f in kinds_groups_lows(c)] == [("killed", "combatants", 20)]


def test_losses_in_their_ranks_are_of_fighters():
    cs = claims_of("تجددت الاشتباكات بين الطرفين قرب المطار وأسفرت عن سقوط خسائر بشرية في صفوفهما.")
    assert [f[:2] for c in cs for f in kinds_groups_lows(c)] == [("casualties", "combatants")]


def test_members_of_his_family_stay_unspecified():
    cs = claims_of("قتل عدد من أفراد عائلته في القصف على البلدة.")
    assert [f[:2] for c in cs for f in kinds_groups_lows(c)] == [("killed", "unspecified")]


def test_fighters_a_side_lost_were_killed_and_are_its_own():
    cs = claims_of("وتكبدت قوات النظام التي فقدت حتى الآن 80 ألف جندي خسائر كبيرة في الحرب.")
    assert [kinds_groups_lows(c) for c in cs] == [[("killed", "combatants", 80000)]]
    assert cs[0].victims == "syrian_gov"
    assert cs[0].provenance["victims"].span.text == "قوات النظام"


def test_a_plural_subject_that_lost_fighters():
    cs = claims_of("وقال الوزير إن تركيا وحلفاءها فقدوا مئات المقاتلين منذ بداية العملية.")
    assert [f[:2] for c in cs for f in kinds_groups_lows(c)] == [("killed", "combatants")]
    assert cs[0].victims == "turkey"


def test_soldiers_gone_missing_stay_missing():
    # a bare "فقد" before its count may be the passive "went missing"
    cs = claims_of("فقد أربعة جنود خلال المعارك قرب الحدود الشمالية.")
    assert [f[:2] for c in cs for f in kinds_groups_lows(c)] == [("missing", "combatants")]


def test_of_them_after_fighters_named_in_the_sentence():
    cs = claims_of("ويعود الهجوم الأعنف ضد عناصر الأمن إلى الشهر الماضي في ريف درعا وأدى إلى مقتل 40 منهم.")
    assert [f for c in cs for f in kinds_groups_lows(c)] == [("killed", "combatants", 40)]


def test_of_them_after_a_towns_people_says_nothing():
    cs = claims_of("اقتحم المسلحون القرية واحتجزوا سكانها وأعدموا عشرة منهم.")
    assert [f[:2] for c in cs for f in kinds_groups_lows(c)] == [("killed", "unspecified")]


# == who did it and whom: a verb with the counted as its object, "most of them", taking
# prisoner, the dead of a strike on a military base
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


# == a fight referred back to keeps the side its first count named
def test_a_fight_referred_back_to_keeps_the_side_its_first_count_named():
    cs = claims_of('وقال المرصد إن 40 من جنود الجيش السوري قتلوا في مواجهات مع مسلحي "جبهة النصرة" استمرت '
                   'يومين قرب البلدة.\nكما قتل في هذه المواجهات 15 من عناصر "جبهة النصرة".')
    second = next(c for c in cs if any(f.low == 15 for f in c.figures))
    assert second.victims == "hts"
    assert second.perpetrator == "syrian_gov"
    assert second.provenance["perpetrator"].source == "event"


# == vocabulary written once: a government's bare name is read from the marks of actors.tsv
# ("regime"); one helper (placing.after_saying) tells a city named as the one who speaks
def test_the_dead_of_a_name_marked_regime_are_no_side():
    """A government's bare name (actors.tsv "regime") after a toll's noun names no side; a
    name of its forces does."""
    assert claims_of("وارتفعت حصيلة قتلى الحكومة السورية في الاشتباكات إلى 40 شخصا.")[0].victims == "unknown"
    assert claims_of("وبلغ عدد قتلى نظام الأسد في المعارك الأخيرة 27 شخصا.")[0].victims == "unknown"
    assert claims_of("وبلغ عدد قتلى جيش الأسد في المعارك الأخيرة 27 شخصا.")[0].victims == "syrian_gov"


def test_regime_names_are_read_from_actor_marks():
    from rasd.extract.victims import _regime_names

    assert _regime_names("ar") == {norm(p) for p in pack("ar").marked("actors", "regime")}
    assert norm("النظام السوري") in _regime_names("ar")
    assert not any(row[0] == "regime" for row in pack("ar").rows("victims"))


def test_a_capital_speaks_for_its_state_only_as_the_subject_of_saying():
    """One helper (placing.after_saying) tells a city named as the one who speaks, for the
    places read and for whose soldiers "its" means."""
    assert claims_of("وأعلنت طهران مقتل أربعة من جنودها في الغارة.")[0].victims == "iran"
    assert claims_of("وصل الوفد إلى طهران بعد مقتل أربعة من جنودها في الغارة.")[0].victims == "unknown"
    assert claims_of("وأعلنت بغداد مقتل أربعة من جنوده في الغارة.")[0].victims == "unknown"  # "his": no city
    claims = claims_of("وأعلنت بغداد مقتل أربعة من جنودها في غارة على بلدة القائم.")
    assert claims[0].victims == "iraq_gov"
    assert claims[0].place.name == "القائم"  # the city who speaks is no place of the raid
    assert claims_of("وقتل أربعة جنود في غارة على بغداد.")[0].place.name == "بغداد"


def test_others_are_more_of_the_people_counted_just_before():
    claims = claims_of("قتل 12 مدنيا في غارات على بلدة سرمين.\n"
                       "وقال المرصد إن 5 آخرين قتلوا جراء قصف على قرية بنش.")
    assert [c.victims for c in claims] == ["civilians", "civilians"]
    assert claims[1].provenance["victims"].source == "previous"


def test_others_take_a_named_side_of_the_figure_before():
    claims = claims_of("قتل ستة جنود عراقيين في هجوم قرب الحدود.\n"
                       "وأكد مسؤول عراقي أن ثلاثة آخرين قتلوا في كمين قرب القائم.")
    assert claims[-1].victims == "iraq_gov"


def test_others_far_from_any_counted_side_stay_unknown():
    claims = claims_of("قتل 12 مدنيا في غارات على بلدة سرمين.\n"
                       "وشهدت المدينة اشتباكات عنيفة.\n"
                       "وتحدث ناشطون عن استمرار القصف.\n"
                       "وقال المرصد إن 5 آخرين قتلوا جراء قصف على قرية بنش.")
    assert claims[-1].victims == "unknown"


def test_a_hospital_the_wounded_were_taken_to_says_nothing_of_them():
    claims = claims_of("أصيب ثلاثة أشخاص في انفجار عبوة ناسفة على طريق المطار، ونقلوا إلى مستشفى المدينة.")
    assert claims[0].victims == "unknown"


def test_a_hospital_an_attack_hit_says_its_dead_were_civilians():
    claims = claims_of("قتل خمسة أشخاص في غارة جوية استهدفت مستشفى في بلدة كفرنبل.")
    assert claims[0].victims == "civilians"


def test_refugees_counted_beside_a_war_toll_are_not_its_dead():
    claims = claims_of("وأسفر النزاع عن مقتل أكثر من 300 ألف شخص وملايين اللاجئين منذ 2011.")
    assert claims[0].victims == "unknown"


def test_refugees_counted_as_the_dead_are_civilians():
    claims = claims_of("لقي ثلاثة لاجئين مصرعهم في قصف على بلدة المزيريب.")
    assert claims[0].victims == "civilians"


def test_a_count_of_refugees_joined_after_a_war_toll_is_not_its_noun():
    claims = claims_of("وتسببت الحرب بسبعين ألف قتيل ومليون لاجئ.")
    assert claims[0].victims == "unknown"


def test_women_and_children_among_one_attacks_dead_say_it_hit_civilians():
    claims = claims_of("قتل 12 شخصا، بينهم أطفال، في غارة جوية على بلدة سرمين.")
    assert claims[0].victims == "civilians"


def test_women_and_children_among_a_countrys_daily_toll_say_only_some_were_civilians():
    claims = claims_of("قتل 64 شخصا، بينهم نساء وأطفال، في مناطق مختلفة من سوريا اليوم.")
    assert claims[0].scope == "cumulative"
    assert claims[0].victims == "unknown"


def test_a_total_of_which_half_were_civilians_is_no_ones_alone():
    claims = claims_of("وقال المرصد إن أعمال العنف في مناطق مختلفة من سوريا حصدت أمس 110 قتلى بينهم 60 مدنيا.")
    assert claims[0].scope == "cumulative"
    assert claims[0].victims == "unknown"


def test_a_war_toll_beside_a_civilian_word_is_everyones():
    claims = claims_of("وتزايدت أعداد المدنيين القتلى في الحرب التي أسفرت عن سقوط أكثر من 70 ألف قتيل.")
    assert claims[0].victims == "unknown"


def test_security_forces_counted_by_their_members_are_the_states():
    claims = claims_of("قتل 12 عنصرا من قوات الأمن السورية في تفجير انتحاري في مدينة تدمر.")
    assert claims[0].victims == "syrian_gov"
    claims = claims_of("قتل رجل أمن في هجوم على دورية في ديار بكر جنوب شرق تركيا.")
    assert claims[0].victims == "turkey"


def test_others_wounded_with_soldiers_leave_them_the_states():
    claims = claims_of("وقال بيان للجيش التركي إن جنديين قتلا وأصيب أربعة آخرون في انفجار سيارة ملغومة في ولاية هكاري.")
    assert claims[0].victims == "turkey"


def test_fighters_loyal_to_the_regime_are_its_loyalists():
    claims = claims_of("وقال المرصد إن 26 مقاتلا مواليا للنظام قتلوا في ضربات صاروخية على ريف حماة.")
    assert claims[0].victims == "pro_gov"
    claims = claims_of("وأسفرت الغارة عن مقتل 9 مسلحين موالين للنظام في ريف حلب.")
    assert claims[0].victims == "pro_gov"


def test_gunmen_loyal_to_turkey_are_turkish_backed():
    claims = claims_of("أدى الانفجار في عفرين إلى مقتل أربعة مسلحين موالين لتركيا.")
    assert claims[0].victims == "tr_backed"


def test_a_places_people_and_passers_by_are_civilians():
    claims = claims_of("قتل 27 شخصا على الأقل من سكان الحي في انفجار عبوة ناسفة.")
    assert claims[0].victims == "civilians"
    claims = claims_of("سقطت قذائف هاون على دمشق، ما أدى إلى مقتل ثلاثة وإصابة 50 بين المواطنين والمارة.")
    assert claims[0].victims == "civilians"


def test_an_attack_on_ground_a_side_holds_does_not_make_its_dead_that_sides():
    claims = claims_of("قتل 15 شخصا على الأقل في قصف للقوات النظامية استهدف منطقة تسيطر عليها المعارضة في حلب.")
    assert claims[0].victims != "opposition"


def test_a_towns_nationality_is_not_the_side_its_dead_belong_to():
    claims = claims_of("قال مسؤول إن التنظيم يقف وراء الاعتداء الانتحاري الذي استهدف أمس مدينة سوروتش التركية المجاورة للحدود، وأوقع 30 قتيلا على الأقل.")
    assert claims[0].victims != "turkey"


def test_a_strike_on_a_sides_positions_still_hits_that_side():
    claims = claims_of("قتل 12 شخصا في غارات استهدفت مواقع لتنظيم داعش قرب الرقة.")
    assert claims[0].victims == "isis"


def test_the_side_a_fighter_died_fighting_against_is_not_his():
    claims = claims_of("وأعلنت وحدات حماية الشعب مقتل ثلاثة مقاتلين أجانب في المعارك ضد تنظيم الدولة الإسلامية في دير الزور.")
    assert claims[0].victims != "isis"


def test_the_side_that_struck_is_not_read_as_the_side_hit():
    claims = claims_of("استهدفت غارة جوية نفذتها على الأرجح قوات التحالف الدولي منطقة في شرق سوريا مما أدى لمقتل 54 شخصا.")
    assert claims[0].victims != "coalition"


def test_loyalists_with_no_patron_named_are_the_regimes():
    claims = claims_of("وأشار المرصد الى مقتل 12 شخصا في صفوف المسلحين القرويين الموالين مقابل 9 قتلى في صفوف الفصائل خلال معارك في البلدة.")
    assert claims[0].victims == "pro_gov"


def test_loyal_to_a_patron_named_after_is_still_read_from_the_patron():
    claims = claims_of("وأدى الانفجار إلى مقتل ثلاثة من المسلحين الموالين لتركيا في ريف حلب.")
    assert claims[0].victims == "tr_backed"


def test_fighters_counted_beside_one_side_of_a_fight_are_the_other_sides():
    claims = claims_of("وتحدث المرصد عن اشتباكات بين القوات النظامية ومقاتلين معارضين قرب المطار "
                       "أسفرت عن مقتل مقاتلين اثنين وخمسة عناصر من القوات النظامية.")
    by_side = sorted(c.victims for c in claims)
    assert by_side == ["opposition", "syrian_gov"]


def test_people_counted_beside_one_side_of_a_fight_stay_unknown():
    claims = claims_of("وتحدث المرصد عن اشتباكات بين القوات النظامية ومقاتلين معارضين قرب المطار "
                       "أسفرت عن مقتل شخصين وخمسة عناصر من القوات النظامية.")
    assert "opposition" not in [c.victims for c in claims]


def test_a_body_named_by_its_head_noun_alone_is_the_one_named_before():
    claims = claims_of("وتدور معارك بين جيش الفتح ولواء شهداء اليرموك في ريف درعا.\n"
                       "وقال جيش الفتح في بيان إنه قتل عددا من عناصر اللواء قرب السد.")
    assert claims[-1].victims == "isis"


def test_a_head_noun_no_side_was_named_by_stays_unknown():
    claims = claims_of("وقال مصدر محلي إن عددا من عناصر اللواء قتلوا قرب السد.")
    assert claims[-1].victims == "unknown"


def test_others_joined_to_a_named_sides_man_are_that_sides():
    claims = claims_of("وقال المرصد إن قائدا في تنظيم داعش وأربعة مقاتلين أجانب آخرين قتلوا في غارة جوية قرب الرقة.")
    assert claims[0].victims == "isis"


def test_others_after_an_attackers_name_are_not_its_men():
    claims = claims_of("وقال المرصد إن غارة للتحالف قتلت قائدا وأربعة أشخاص آخرين قرب الرقة.")
    assert claims[0].victims != "coalition"


def test_soldiers_with_others_wounded_beside_them_are_still_the_states():
    claims = claims_of("وقالت المعارضة إنها قتلت 12 جنديا وجرحت آخرين خلال معارك في محيط مدينة داريا.")
    assert claims[0].victims == "syrian_gov"


def test_a_side_joined_as_the_firsts_ally_is_one_camp_not_both_sides():
    claims = claims_of("وقتل في الاشتباكات مع تنظيم داعش 30 من أفراد القوات الحكومية ومسلحين متحالفين معها في ريف دير الزور.")
    assert claims[0].victims == "syrian_gov"


def test_a_side_joined_with_no_word_of_alliance_is_still_both_sides():
    claims = claims_of("وقتل في الاشتباكات 28 عنصرا من الفصائل المقاتلة وتنظيم داعش في ريف حلب.")
    assert claims[0].victims == "unknown"


def test_fighters_said_to_fight_alongside_a_side_are_its_loyalists():
    claims = claims_of("وأسفرت الغارة عن مقتل 11 مقاتلا أجنبيا يقاتلون مع القوات السورية قرب البوكمال.")
    assert claims[0].victims == "pro_gov"


def test_fighters_alongside_turkey_are_the_turkish_backed_factions():
    claims = claims_of("وأسفر القصف عن مقتل تسعة مقاتلين سوريين يقاتلون إلى جانب القوات التركية قرب عفرين.")
    assert claims[0].victims == "tr_backed"


def test_fighting_alongside_no_named_side_says_no_side():
    claims = claims_of("وأسفرت الغارة عن مقتل 11 مقاتلا أجنبيا يقاتلون مع الجماعة قرب البوكمال.")
    assert claims[0].victims == "unknown"


@pytest.mark.parametrize("text,victims", [
    ("وقتل ضابط وثلاثة عناصر آخرين من قوات النظام في قصف على حاجز قرب بلدة سرمين.", "syrian_gov"),
    ("وأسفرت الغارة عن مقتل سبعة مقاتلين آخرين من تنظيم داعش قرب بلدة الشدادي.", "isis"),
])
def test_a_side_named_after_others_is_whose_dead_they_are(text: str, victims: str) -> None:
    # "others" between the counted noun and "من <side>" does not hide the side
    (c,) = extract(Article(id="t", text=text, published="2024-03-14"))
    assert c.victims == victims
    assert all(f.group == "combatants" for f in c.figures)


@pytest.mark.parametrize("text,victims", [
    ("وأعلن المرصد مقتل تسعة عناصر تابعين لقوات النظام في غارة على مطار قرب حمص.", "syrian_gov"),
    ("وقتل سبعة مقاتلين ينتمون إلى تنظيم داعش في غارة قرب الميادين.", "isis"),
    ("وقتل عنصران من القوات الكردية في انفجار مستودع في بلدة القحطانية.", "sdf"),
])
def test_fighters_said_to_belong_to_a_side_are_its_dead(text: str, victims: str) -> None:
    (c,) = extract(Article(id="t", text=text, published="2024-03-14"))
    assert c.victims == victims


@pytest.mark.parametrize("text,victims", [
    ("قتل 20 شخصا جميعهم من عناصر تنظيم داعش في غارات قرب الرقة.", "isis"),
    ("قتل خمسة من عناصر الدفاع المدني في غارة على بلدة سراقب.", "civilians"),
])
def test_all_of_them_and_civil_defence_members(text: str, victims: str) -> None:
    (c,) = extract(Article(id="t", text=text, published="2024-03-14"))
    assert c.victims == victims


@pytest.mark.parametrize("text", [
    "قتل 30 شخصا في تفجير انتحاري استهدف أحد المساجد وسط مدينة حمص.",
    "قتل تسعة أشخاص في انفجار وقع في إحدى المدارس بريف إدلب.",
    "لقي سبعة أشخاص حتفهم في غارة جوية على أحد المستشفيات في بلدة معرة النعمان.",
])
def test_one_of_the_civilian_sites_an_attack_hit_says_its_dead_were_civilians(text):
    assert claims_of(text)[0].victims == "civilians"


def test_one_of_the_checkpoints_an_attack_hit_says_nothing_of_civilians():
    claims = claims_of("قتل ستة أشخاص في هجوم على أحد الحواجز قرب مدينة حماة.")
    assert claims[0].victims != "civilians"


@pytest.mark.parametrize("text, side", [
    ("أفاد المرصد بمقتل 11 عنصرا على الأقل من المخابرات في تفجير سيارة مفخخة بمدينة القامشلي.", "syrian_gov"),
    ("وقال المرصد إن ضابطا كبيرا في الشرطة قتل خلال الاشتباكات في مدينة دير الزور.", "syrian_gov"),
    ("قتل ثلاثة من كبار القادة الأمنيين في انفجار استهدف اجتماعا في دمشق.", "syrian_gov"),
    ("أعلنت السلطات مقتل ضابط من قوات الدرك في هجوم بولاية ماردين جنوب شرق تركيا.", "turkey"),
])
def test_members_of_a_police_or_security_body_are_the_states(text, side):
    assert claims_of(text)[0].victims == side


def test_people_killed_by_the_police_are_not_its_members():
    claims = claims_of("قتل أربعة متظاهرين من قبل الشرطة في مدينة درعا.")
    assert claims[0].victims != "syrian_gov"
    claims = claims_of("قتل أربعة أشخاص في مواجهات مع الشرطة في مدينة درعا.")
    assert claims[0].victims != "syrian_gov"


# agents22: the armed side that says "it killed" is the killer; who says so otherwise is not
@pytest.mark.parametrize("text, side", [
    ("وكانت الفصائل المعارضة أعلنت الأحد أنها قتلت 12 جنديا نظاميا خلال معارك قرب مدينة حماة.", "opposition"),
    ("وأعلن فصيل جيش الإسلام المعارض أنه قتل عشرة جنود على جبهة حرستا.", "opposition"),
])
def test_an_armed_side_that_says_it_killed_is_the_killer(text, side):
    c = claims_of(text)[0]
    assert c.perpetrator == side
    assert c.provenance["perpetrator"].source == "clause"


def test_a_monitor_that_says_it_is_that_some_were_killed_is_no_killer():
    c = claims_of("وقال المرصد إنه قتل 25 جنديا نظاميا في المعارك قرب مدينة حماة.")[0]
    assert c.perpetrator == "unknown"


# agents22: a quoted name is still the subject of the verb after its closing quote
@pytest.mark.parametrize("text, side, name", [
    ('وكان عناصر "داعش" قد أطلقوا صواريخ على قرية بعشيقة ما أسفر عن مقتل 5 مدنيين.', "isis", "داعش"),
    ("وكانت «جبهة النصرة» قد شنت هجوما على قرية كفرنبل ما أسفر عن مقتل 5 مدنيين.", "hts", "جبهة النصرة"),
    ("وقالت مصادر محلية إن «جبهة النصرة» قتلت 5 مدنيين في قرية كفرنبل.", "hts", "جبهة النصرة"),
])
def test_a_quoted_name_is_the_subject_of_the_verb_after_it(text, side, name):
    c = claims_of(text)[0]
    assert c.perpetrator == side
    assert c.provenance["perpetrator"].span.text == name


# agents22: an accusation whose object is a pronoun for the attack told lays it on the accused
@pytest.mark.parametrize("text, name", [
    ("وكان الهجوم الكيماوي الذي اتهم الغربيون النظام السوري بتنفيذه قد أسفر عن مقتل 30 شخصا في سراقب.",
     "النظام السوري"),
    ("تعرضت سراقب لهجوم كيماوي مفترض أسفر عن مقتل 30 شخصا، واتهمت عواصم غربية دمشق بتنفيذه.", "دمشق"),
    ("ودعا الأمين العام إلى تحقيق في هجوم سراقب الذي وقع أمس واتهمت به دمشق، وأسفر عن مقتل 30 شخصا.", "دمشق"),
])
def test_the_accused_of_an_attack_told_before_is_its_perpetrator(text, name):
    c = claims_of(text)[0]
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == name


def test_the_accused_after_the_noun_of_accusing_is_the_perpetrator():
    c = claims_of("وصل المفتشون إلى البلدة إثر اتهام قوات النظام بشن هجوم عليها أسفر عن مقتل 30 شخصا.")[0]
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "قوات النظام"


# agents22: rebels counted without the article are the opposition's; Kurdish rebels are not
def test_rebels_counted_without_the_article_are_the_opposition():
    c = claims_of("وقال المرصد إن عشرة متمردين قتلوا في محافظة الحسكة خلال المعارك مع القوات النظامية.")[0]
    assert c.victims == "opposition"
    assert c.provenance["victims"].span.text == "متمردين"


def test_kurdish_rebels_are_no_side_of_the_codebook():
    c = claims_of("قتل جندي تركي في هجوم شنه متمردون أكراد على موقع عسكري في إقليم شرناق.")[0]
    assert c.perpetrator != "opposition"


# vict23: the Syrian security forces by their nationality, and a bare security body as the state's
@pytest.mark.parametrize("text, side, name", [
    ("قتل سبعة من عناصر القوى الأمنية السورية في هجوم على حاجز قرب المدينة.", "syrian_gov", "القوى الأمنية السورية"),
    ("وأعلنت القوات الأمنية السورية مقتل ثلاثة من عناصرها في كمين.", "syrian_gov", "القوات الأمنية السورية"),
    ("قتل أربعة من القوى الأمنية في هجوم على نقطة تفتيش في درعا.", "syrian_gov", "القوى الأمنية"),
])
def test_the_security_forces_are_the_state_s(text, side, name):
    c = claims_of(text)[0]
    assert c.victims == side
    assert c.provenance["victims"].span.text == name


def test_the_syrian_security_forces_shelling_are_the_perpetrator():
    c = claims_of("وقالت مصادر إن القوى الأمنية السورية قصفت البلدة بالمدفعية، ما أدى إلى مقتل أربعة أشخاص.")[0]
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "القوى الأمنية السورية"


# vict23: what an attack struck: people of a civilian calling as its object, and a site told
# past the day it happened and past the part of it hit
@pytest.mark.parametrize("text, name", [
    ("قتل 25 شخصا في تفجير انتحاري استهدف مصلين في مدينة حمص.", "مصلين"),
    ("قتل 25 شخصا وأصيب 40 في تفجيرين استهدفا زوارا قرب المقبرة.", "زوارا"),
    ("قتل 25 شخصا في تفجير وقع مساء الجمعة في مسجد بمدينة حمص.", "مسجد"),
    ("قتل 25 شخصا في تفجير وقع أمس في حديقة مركز ثقافي بالبلدة.", "مركز ثقافي"),
    ("قتل 25 شخصا في انفجار في ساحة مسجد بالمدينة.", "مسجد"),
])
def test_whom_or_what_a_bombing_struck_says_its_dead_were_civilians(text, name):
    c = claims_of(text)[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == name


def test_the_part_of_a_military_site_says_no_civilians():
    c = claims_of("قتل 25 شخصا في تفجير وقع أمس عند مدخل ثكنة عسكرية في البلدة.")[0]
    assert c.victims != "civilians"


# vict23: a bombing aimed at a town, as an air raid on one, hit its people; one told only as in a town did not say so
def test_a_bombing_aimed_at_a_town_hit_its_people():
    c = claims_of("قال المسؤول إن التفجير الانتحاري الذي استهدف مدينة الحدود أمس أوقع 30 قتيلا.")[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == "مدينة"


def test_a_bombing_in_a_town_says_nothing_of_its_dead():
    c = claims_of("قتل 30 شخصا في تفجير انتحاري في مدينة الحدود أمس.")[0]
    assert c.victims == "unknown"


# vict23: a blast "shook" the place it struck: its object is what it hit
def test_the_town_a_blast_shook_is_what_it_hit():
    c = claims_of("وقال شهود إن 15 شخصا قتلوا في انفجار هز بلدة حدودية صباح اليوم.")[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == "بلدة"


def test_the_post_a_blast_shook_is_whose_dead_it_counts():
    c = claims_of("قتل 12 شخصا في انفجار هز موقعا لقوات النظام قرب المدينة.")[0]
    assert c.victims == "syrian_gov"
    assert c.provenance["victims"].span.text == "قوات النظام"


# vict23: civilians numbered among one fight's dead by the singular a hundred or more takes
def test_a_hundred_civilians_among_a_fight_s_dead_say_whom_it_hit():
    c = claims_of("وقال المرصد إن نحو 160 شخصا قتلوا في اشتباكات أمس، بينهم أكثر من مئة مدني.")[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == "أكثر من مئة مدني"


def test_civilians_numbered_beside_fighters_say_no_one_side():
    c = claims_of("أدت الغارة إلى مقتل 54 شخصا بينهم 28 مدنيا ومقاتلون من التنظيم.")[0]
    assert c.victims != "civilians"


# vict23: the attack's own noun after its verb is the verb's subject, what it struck comes past it;
# a car bomb that went off at a site struck it
@pytest.mark.parametrize("text, name", [
    ("ووقع انفجار في المدينة. واستهدف التفجير سوقا شعبيا وسط البلدة، مخلفا 20 قتيلا.", "سوقا شعبيا"),
    ("واستهدفت الغارة مدرسة في البلدة، ما أدى إلى مقتل 12 شخصا.", "مدرسة"),
    ("وقال ناشطون إن سيارة مفخخة انفجرت عند جامع في المدينة ما أسفر عن مقتل سبعة أشخاص.", "جامع"),
])
def test_the_site_past_the_attack_s_own_noun_or_its_going_off(text, name):
    c = claims_of(text)[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == name


def test_a_car_bomb_going_off_at_a_checkpoint_says_no_civilians():
    c = claims_of("وقال ناشطون إن سيارة مفخخة انفجرت عند حاجز في المدينة ما أسفر عن مقتل سبعة أشخاص.")[0]
    assert c.victims != "civilians"


# vict23: a Turkish bombardment by the indefinite adjective is Turkey's, as 'قصف روسي' is Russia's
def test_a_turkish_bombardment_is_turkey_s():
    c = claims_of("وقال المرصد إن عشرات المدنيين قتلوا في قصف تركي خلال العملية العسكرية.")[0]
    assert c.perpetrator == "turkey"
    assert c.provenance["perpetrator"].span.text == "تركي"


# vict23: al-Qaeda's Khorasan group in Syria is coded with al-Nusra
def test_the_khorasan_group_is_hts():
    c = claims_of("وأعلن البنتاغون أن غارة للتحالف أدت إلى مقتل زعيم مجموعة خراسان قرب إدلب.")[0]
    assert c.victims == "hts"
    assert c.provenance["victims"].span.text == "مجموعة خراسان"


# vict23: the international coalition by its other name ('الائتلاف الدولي'), never the bare word
def test_the_coalition_by_its_other_name_is_the_perpetrator():
    c = claims_of("وأعلن البنتاغون أن غارة جوية لقوات الائتلاف الدولي أدت إلى مقتل خمسة مسلحين قرب إدلب.")[0]
    assert c.perpetrator == "coalition"
    assert c.provenance["perpetrator"].span.text == "قوات الائتلاف"


def test_the_syrian_opposition_coalition_is_no_perpetrator():
    c = claims_of("وقال الائتلاف الوطني السوري إن قصفا على البلدة أدى إلى مقتل خمسة أشخاص.")[0]
    assert c.perpetrator != "coalition"


# vict23: the subject named between a verb of killing or seizing and its count, up to the count
@pytest.mark.parametrize("text, side, name", [
    ("قتلت قوات سوريا الديمقراطية عشرة عناصر من داعش قرب البلدة.", "sdf", "قوات سوريا الديمقراطية"),
    ("خطفت هيئة تحرير الشام عشرة عناصر من الجيش الحر في ريف إدلب.", "hts", "هيئة تحرير الشام"),
])
def test_a_long_name_right_before_the_count_is_the_verb_s_subject(text, side, name):
    c = claims_of(text)[0]
    assert c.perpetrator == side
    assert c.provenance["perpetrator"].span.text == name


# vict24: the regime's allies, and Kurdish fighters named without the article or in the nominative
def test_the_regime_s_allies_are_pro_government():
    c = claims_of("وقال المرصد إن أربعة أشخاص من حلفاء النظام قتلوا في انفجار بالمدينة.")[0]
    assert c.victims == "pro_gov"
    assert c.provenance["victims"].span.text == "حلفاء النظام"


def test_kurdish_fighters_without_the_article_left_the_bomb():
    c = claims_of("وقالت وكالة تركية إن عبوة زرعها مقاتلون أكراد انفجرت في السوق وأدت لمقتل تسعة أشخاص.")[0]
    assert c.perpetrator == "sdf"
    assert c.provenance["perpetrator"].span.text == "مقاتلون أكراد"


# vict24: a side named as who holds or occupies a place is no agent of the attack on it
def test_the_holder_of_the_areas_shelled_did_not_shell_them():
    c = claims_of("وقال المرصد إن 12 مدنيا قتلوا عندما بدأ قصف المناطق التي تسيطر عليها المعارضة في ريف المدينة.")[0]
    assert c.perpetrator == "unknown"


def test_the_occupier_of_a_land_that_locates_the_village_is_no_side_of_its_fight():
    c = claims_of("وسيطر مقاتلون على موقع في قرية تقع على الحدود مع الجولان المحتل من اسرائيل، اثر معارك قتل فيها سبعة مقاتلين معارضين.")[0]
    assert c.perpetrator != "israel"


def test_journalists_gone_missing_were_not_lost_to_the_story_s_raids():
    claims = claims_of("قتل 12 شخصا في قصف لطيران النظام على قرية في ريف حلب. "
                       "وفي سياق منفصل، أعلنت نقابة الصحافيين فقدان أثر ثلاثة صحافيين في حلب منذ أسبوع.")
    lost = [c for c in claims if c.figures[0].kind == "missing"]
    assert lost and lost[0].perpetrator == "unknown"


# vict24: "Syrian" right after an attack noun is the Syrian state's attack
def test_the_syrian_bombardment_is_the_government_s():
    c = claims_of("وقال الدفاع المدني إن القصف السوري على البلدة أدى إلى مقتل تسعة مدنيين.")[0]
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "القصف السوري"


def test_the_syrian_observatory_is_no_attacker():
    c = claims_of("وقال المرصد السوري إن قصفا على البلدة أدى إلى مقتل تسعة مدنيين.")[0]
    assert c.perpetrator == "unknown"


# vict24: a fight's dead of one side, and a rival side's dead counted in the sentence next to it
# for the same fight ("في الاشتباكات", "وأدت المعارك"): each side killed the other's
def test_the_rival_dead_counted_next_sentence_name_who_killed_these():
    claims = claims_of("قتل 20 مقاتلا من المعارضة خلال هجوم فاشل على قاعدة عسكرية قرب المدينة.\n"
                       "كما قتل سبعة من قوات النظام في الاشتباكات التي اندلعت بعد الهجوم.")
    first = claims[0]
    assert (first.perpetrator, first.victims) == ("syrian_gov", "opposition")
    assert first.provenance["perpetrator"].source == "event"
    assert first.provenance["perpetrator"].span.text == "قوات النظام"


def test_dead_of_both_sides_next_door_name_no_killer():
    claims = claims_of("قتل 20 مقاتلا من المعارضة خلال هجوم على قاعدة عسكرية قرب المدينة.\n"
                       "وقتل عشرة من الطرفين في الاشتباكات التي تلت الهجوم.")
    assert claims[0].perpetrator == "unknown"


# vict24: demonstrators and protesters are civilians, as counted and as what fire was opened on
def test_fire_opened_on_demonstrators_hit_civilians():
    c = claims_of("وحاولت الشرطة تفريق المسيرة بإطلاق النار على المتظاهرين ما أسفر عن إصابة عدد من الأشخاص.")[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == "المتظاهرين"


def test_protesters_counted_are_civilians():
    c = claims_of("وقال ناشطون إن أربعة محتجين قتلوا في المدينة أمس.")[0]
    assert c.victims == "civilians"


# vict24: fire opened ("أطلقت X النار على Y", "فتح مسلحون النار على") is an attack by the
# subject of the verb, on what follows "على"; definite in form, it refers back to no other attack
def test_fire_opened_by_the_subject_between_verb_and_fire():
    c = claims_of("وأطلقت قوات النظام النار على تظاهرة في المدينة ما أدى إلى مقتل خمسة أشخاص.")[0]
    assert (c.perpetrator, c.victims) == ("syrian_gov", "civilians")
    assert c.provenance["perpetrator"].span.text == "قوات النظام"
    assert c.provenance["victims"].span.text == "تظاهرة"


def test_fire_opened_on_an_army_post_hit_that_army():
    claims = claims_of("وقصفت طائرات روسية مواقع في الريف الشرقي صباح اليوم.\n"
                       "وفتح عناصر من داعش النار على موقع للجيش التركي قرب الحدود، ما أدى إلى مقتل جنديين.")
    c = claims[-1]
    assert c.perpetrator == "isis"
    assert c.event_type != "airstrike"


def test_unknown_gunmen_are_no_side():
    c = claims_of("وقال المرصد إن مسلحين مجهولين أطلقوا النار على حافلة في حلب، فقتلوا خمسة ركاب.")[0]
    assert c.perpetrator == "unknown"


# vict24: most or half of the dead children or women, alone, say the dead were civilians
@pytest.mark.parametrize("text, cue", [
    ("قتل ثلاثون شخصا، نصفهم من الأطفال، جراء قصف صاروخي على المدينة.", "نصفهم من الأطفال"),
    ("قتل عشرون شخصا معظمهم أطفال جراء قصف على البلدة.", "معظمهم أطفال"),
    ("وأسفر القصف عن مقتل 15 شخصا، أغلبهم من النساء.", "أغلبهم من النساء"),
])
def test_most_of_the_dead_children_or_women_are_civilians(text, cue):
    c = claims_of(text)[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == cue


# agents25: the side that backs a force ("قوات تدعمها الولايات المتحدة") is not whose dead
def test_the_backer_of_the_force_counted_is_not_whose_dead():
    c = claims_of("قتل 9 عناصر من قوات تدعمها الولايات المتحدة في هجوم شنه تنظيم داعش قرب هجين.")[0]
    assert c.victims == "unknown"
    assert c.perpetrator == "isis"


def test_the_backer_of_the_force_attacked_was_not_hit():
    c = claims_of("قتل تنظيم داعش 9 أشخاص في هجوم على قوات تدعمها الولايات المتحدة قرب هجين.")[0]
    assert c.victims == "unknown"


def test_the_force_named_before_its_backer_is_still_whose_dead():
    c = claims_of("قتل 9 عناصر من قوات سوريا الديمقراطية المدعومة من الولايات المتحدة في هجوم لتنظيم داعش.")[0]
    assert c.victims == "sdf"
    assert c.provenance["victims"].span.text == "قوات سوريا الديمقراطية"


# vict26: a town or quarter an air raid or a bombing struck, told before ("على البلدة"), is a
# dwelling as its name is ("على بلدة كفرنبل"); not shelling, nor fighters counted
@pytest.mark.parametrize("text, site", [
    ("وشنت الطائرات الحربية غارات على البلدة، ما أدى إلى مقتل سبعة أشخاص.", "البلدة"),
    ("وقتل تسعة أشخاص في سلسلة غارات جوية على القرى المجاورة.", "القرى"),
])
def test_a_town_told_before_as_an_air_raids_object_had_civilian_dead(text, site):
    c = claims_of(text)[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == site


@pytest.mark.parametrize("text", [
    "وقصفت المدفعية البلدة، ما أدى إلى مقتل سبعة أشخاص.",
    "وشنت الطائرات الحربية غارات على البلدة، ما أدى إلى مقتل سبعة مقاتلين.",
])
def test_a_town_told_before_says_nothing_of_shelling_or_fighters(text):
    assert claims_of(text)[0].victims == "unknown"


# vict26: a count of "them" (منهم) after fighters told fighting a side, or after captives
# named since that side, counts those people, not the side named before it
@pytest.mark.parametrize("text", [
    "وقال إن مئات المتطوعين الأجانب يحاربون الآن القوات الحكومية، وإن نحو 30 منهم قتلوا.",
    "وقال إن مئات المقاتلين الأجانب يقاتلون ضد قوات النظام، وقتل 40 منهم.",
    "وقتل ستة عناصر من القوات النظامية، كما أفرج عن عشرات الأسرى من داخل السجن، إلا أن أربعة منهم قتلوا.",
])
def test_them_after_a_foe_fought_or_captives_is_not_that_sides_dead(text):
    c = next(c for c in claims_of(text) if "منهم" in c.figures[0].span.text)
    assert c.victims == "unknown"


def test_them_after_a_count_of_a_side_is_still_that_sides_dead():
    cs = claims_of("وقتل 11 عنصرا من داعش في الاشتباكات، بينما قتل 29 منهم في الغارات.")
    assert [c.victims for c in cs] == ["isis", "isis"]
    assert cs[1].provenance["victims"].span.text == "داعش"


# vict26: a count of "them" after fighters named with their side ("ضد عناصر المخابرات")
# is of that side, a state's security by the country it is in
def test_them_after_a_states_security_men_is_that_states_dead():
    c = claims_of("واستهدف الهجوم الانتحاري عناصر المخابرات في مدينة حمص وأدى إلى مقتل عشرين منهم.")[0]
    assert c.victims == "syrian_gov"
    assert c.provenance["victims"].span.text == "المخابرات"


def test_them_after_a_side_its_fighters_fought_is_not_that_side():
    c = claims_of("وكان مئات المقاتلين الأجانب يقاتلون ضد عناصر المخابرات في مدينة حمص، وقتل عشرون منهم.")[-1]
    assert c.victims == "unknown"


# vict26: civilians counted only as seized beside fighters killed or wounded are not whom
# the blow hit (nor is the civilian word of their own count)
@pytest.mark.parametrize("text", [
    "وقتل جنديان وجرح ثلاثة جنود آخرون في كمين نصبه مسلحون، وخطف المسلحون خمسة مدنيين.",
    "وقتل جنديان في كمين نصبه مسلحون خطفوا خمسة مدنيين.",
])
def test_civilians_seized_beside_soldiers_killed_are_not_the_victims(text):
    c = claims_of(text)[0]
    assert [f.kind for f in c.figures][-1] == "detained"
    assert c.victims == "unknown"


def test_civilians_killed_beside_soldiers_seized_are_the_victims():
    c = claims_of("وقتل خمسة مدنيين وخطف المسلحون جنديين.")[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == "وقتل خمسة مدنيين"


# vict28: a count "in its ranks" ("في صفوفه/صفوفها") is of the side the pronoun refers to,
# the first named before it that agrees in gender; not after a verb of inflicting, whose
# subject struck a foe's ranks
@pytest.mark.parametrize("text, victims, span", [
    ("وقال المرصد إن تنظيم داعش هاجم مواقع قوات سوريا الديمقراطية في الريف الشرقي، وتكبد 15 قتيلا في صفوفه.",
     "isis", "تنظيم داعش"),
    ("وقال المرصد إن قوات النظام شنت هجوما على قرية في ريف حماة، أسفر عن مقتل تسعة عناصر في صفوفها.",
     "syrian_gov", "قوات النظام"),
    ("وأعلنت وحدات حماية الشعب مقتل أربعة مقاتلين أجانب في صفوفها خلال المعارك.",
     "sdf", "وحدات حماية الشعب"),
])
def test_dead_in_its_ranks_are_of_the_side_the_pronoun_names(text, victims, span):
    c = claims_of(text)[0]
    assert c.victims == victims
    assert c.provenance["victims"].span.text == span


def test_dead_inflicted_in_its_ranks_are_not_the_striking_sides():
    c = claims_of("وقال المرصد إن قوات النظام قصفت مواقع هيئة تحرير الشام، وأوقعت 20 قتيلا في صفوفها.")[0]
    assert c.victims != "syrian_gov"


# vict28: fighters counted "among them" bare nationals of a side whose people are its forces
# ("بينهم إيرانيون") are that side's dead; a count of people so named is not read
def test_fighters_among_them_iranians_are_irans_dead():
    c = claims_of("وقال المرصد إن 12 مقاتلا على الأقل، بينهم إيرانيون، قتلوا في غارة على قاعدة جوية.")[0]
    assert c.victims == "iran"
    assert c.provenance["victims"].span.text == "إيرانيون"


def test_people_among_them_iranians_stay_unknown():
    c = claims_of("وقال المرصد إن 12 شخصا قتلوا بينهم إيرانيون في غارة على قاعدة جوية.")[0]
    assert c.victims == "unknown"


# vict29: children (or women) counted with a word for fighters right after their noun
# ("الأطفال المقاتلين", "أطفال مجندين") were fighters: not read as civilians
@pytest.mark.parametrize("text", [
    "وقال المرصد إن أغلب القتلى في الغارات من عناصر التنظيم، وبينهم سبعة على الأقل من الأطفال المقاتلين في صفوفه.",
    "وأفاد المرصد بمقتل ستة من الأطفال المجندين في قصف استهدف معسكرا للتدريب.",
])
def test_children_described_as_fighters_are_not_civilians(text):
    c = claims_of(text)[0]
    assert c.victims != "civilians"


def test_children_counted_in_a_strike_on_homes_stay_civilians():
    c = claims_of("وأفاد المرصد بمقتل ستة أطفال في قصف استهدف منازل في البلدة.")[0]
    assert c.victims == "civilians"


# vict29: soldiers a state's own military spokesman counts by no nation are its own soldiers,
# wherever they fell; a nation named after them, or another claimant, still decides
def test_soldiers_counted_by_a_states_ministry_of_defence_are_its_own():
    c = claims_of("وقالت وزارة الدفاع الروسية إن جنديين قتلا في قصف بقذائف الهاون على قاعدة في ريف اللاذقية.")[0]
    assert c.victims == "russia"
    assert c.provenance["victims"].span.text == "جنديين"


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع الروسية إن جنديين سوريين قتلا في قصف بقذائف الهاون على قاعدة في ريف اللاذقية.",
    "وقال المرصد السوري إن جنديين قتلا في قصف بقذائف الهاون على قاعدة في ريف اللاذقية.",
])
def test_soldiers_of_a_named_nation_or_told_by_another_claimant_are_not_the_speakers(text):
    assert claims_of(text)[0].victims == "syrian_gov"


# vict29: fighters counted "of" a bare definite noun that heads a side's name given in full
# earlier in the article ("الحشد" after "الحشد الشعبي") are that side's; not a noun that
# begins a side's name of its own, nor a word naming a state's forces by itself
def test_fighters_of_a_sides_name_shortened_to_its_head_are_that_sides():
    text = ("وقال الحشد الشعبي إن ضربة جوية أصابت مواقعه قرب البوكمال. "
            "وأسفرت الضربة عن إصابة 12 من أفراد الحشد.")
    c = [c for c in claims_of(text) if any(f.low == 12 for f in c.figures)][0]
    assert c.victims == "iraq_gov"
    assert c.provenance["victims"].span.text == "الحشد"


def test_a_bare_head_with_no_side_named_before_stays_unknown():
    c = claims_of("وقال المرصد إن الغارة أسفرت عن إصابة 12 من أفراد الحشد قرب البوكمال.")[0]
    assert c.victims == "unknown"


# agents28: one and two are counted after the noun and its adjective of nationality
# ("عسكريين تركيين اثنين"): the nationality before the count still names whose soldiers they are
@pytest.mark.parametrize("text, side, demonym", [
    ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين في انفجار عبوة قرب الحدود.", "turkey", "تركيين"),
    ("وقال المرصد إن قصفا على قاعدة في ريف حماة أدى إلى إصابة عسكريين روسيين اثنين.", "russia", "روسيين"),
])
def test_a_nationality_before_a_count_written_after_its_noun_names_the_side(text, side, demonym):
    c = claims_of(text)[0]
    assert c.victims == side
    assert c.provenance["victims"].span.text == demonym


def test_a_count_after_its_noun_with_no_nationality_stays_unknown():
    assert claims_of("أعلنت مصادر رسمية مقتل عسكريين اثنين في انفجار عبوة قرب الحدود.")[0].victims == "unknown"
