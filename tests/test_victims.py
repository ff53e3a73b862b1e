"""Whose dead a claim counts, read from hand-written sentences."""

import pytest

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


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
