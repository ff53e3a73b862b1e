"""Event frames: what an attack was, who carried it out and whom it hit, as a claim takes them
from its own words or from the attack or total told before it. Every sentence here is written
for these tests."""

from __future__ import annotations

from helpers import claims as claims_of, kinds_groups_lows


# == the site an attack struck, aircraft named with a foreign nationality, an army's air-defence
# units, a lead attack whose kind is told later
def test_a_bombing_inside_a_church_hit_civilians():
    c = claims_of("قتل 20 شخصا في تفجير انتحاري داخل كنيسة في المدينة.")[0]
    assert c.victims == "civilians"
    assert c.provenance["victims"].span.text == "كنيسة"


def test_a_bombing_at_a_mosque_told_with_its_clitic_hit_civilians():
    c = claims_of("ارتفع عدد القتلى إلى 31 شخصا في التفجير الانتحاري بجامع النور في المدينة.")[0]
    assert c.victims == "civilians"


def test_a_fight_inside_a_camp_says_nothing_of_whom_it_killed():
    c = claims_of("قتل 12 شخصا في اشتباكات داخل مخيم اليرموك.")[0]
    assert c.victims == "unknown"


def test_warplanes_with_an_iraqi_nationality_are_iraqs():
    c = claims_of("قصفت الطائرات الحربية العراقية مدينة حلبجة مما أدى إلى مقتل خمسة آلاف شخص.")[0]
    assert c.perpetrator == "iraq_gov"


def test_warplanes_of_a_state_with_no_codebook_actor_are_unknown_not_syrias():
    c = claims_of("وقتل 12 شخصا في قصف الطيران الحربي الأردني على مواقع التنظيم.")[0]
    assert c.perpetrator == "unknown"
    assert "perpetrator" not in c.provenance


def test_warplanes_named_by_no_nationality_stay_the_governments():
    c = claims_of("وقتل 12 شخصا في قصف الطيران الحربي على بلدة سراقب.")[0]
    assert c.perpetrator == "syrian_gov"


def test_air_defence_units_are_the_army_not_rebel_brigades():
    c = claims_of("أصيب سبعة عناصر من كتائب الدفاع الجوي في قصف إسرائيلي على ريف دمشق.")[0]
    assert c.victims == "syrian_gov"
    assert c.perpetrator == "israel"


def test_the_attack_a_lead_names_with_chemical_weapons_is_chemical_later():
    claims = claims_of("ندد المجلس بالهجوم المروع على سكان البلدة بأسلحة كيميائية محرمة.\n"
                       "وأضاف البيان أن المجلس يتابع الوضع عن كثب.\n"
                       "وقال مسؤول إن الهجوم أسفر عن مقتل 35 شخصا على الأقل.")
    assert claims[0].event_type == "chemical"
    assert claims[0].provenance["event_type"].span.text == "أسلحة كيميائية"


def test_a_lead_attack_of_no_kind_stays_a_fight_when_none_is_told():
    claims = claims_of("ندد المجلس بالهجوم المروع على سكان البلدة.\n"
                       "وقال مسؤول إن الهجوم أسفر عن مقتل 35 شخصا على الأقل.")
    assert claims[0].event_type == "clashes"


def test_a_bombing_that_took_place_in_a_cultural_centre_hit_civilians():
    c = claims_of("قتل 20 شخصا في انفجار وقع في مركز ثقافي بالمدينة.")[0]
    assert c.victims == "civilians"


# == the frame of a count that goes on from a total told the sentence before: it counts over
# that total's attacks, side and place, unless its own sentence names them
_TOTAL = ("ومنذ بدء قوات النظام تصعيدها على مدينة معرة النعمان في 5 آذار الذي تسبب بمقتل 430 مدنيا، "
          "لم تسلم المدارس ولا المخابز من القصف.\n")


def test_a_count_going_on_from_a_total_takes_its_side_and_place():
    cs = claims_of(_TOTAL + "ووفق منظمة الصحة العالمية، تضرر 12 مركزا صحيا للقصف، وقتل سبعة من عمال الإغاثة.")
    total, count = cs[0], cs[-1]
    assert total.scope == count.scope == "cumulative"
    assert total.perpetrator == "syrian_gov" and total.place.governorate == "idlib"
    assert count.perpetrator == "syrian_gov"
    assert count.place.name == total.place.name and count.place.governorate == "idlib"
    # inherited, and said to be: the evidence is the total's words, read from the sentence before
    assert count.provenance["perpetrator"].source == "previous"
    assert count.provenance["perpetrator"].span.text == total.provenance["perpetrator"].span.text
    assert count.provenance["place"].source == "previous"


def test_a_count_that_names_its_own_place_keeps_it():
    cs = claims_of(_TOTAL + "ووفق منظمة الصحة العالمية، قتل سبعة من عمال الإغاثة في مدينة حلب.")
    count = cs[-1]
    assert count.place.governorate == "aleppo"
    assert count.provenance["place"].source != "previous"


def test_a_count_of_its_own_attack_is_not_the_totals():
    cs = claims_of(_TOTAL + "وأفادت مصادر محلية بمقتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة حلب.")
    count = cs[-1]
    assert count.event_type == "bombing"
    assert count.provenance.get("perpetrator") is None or count.provenance["perpetrator"].source != "previous"


# == who was hit, by whom and in what, in sentences of the kinds a blind read of unseen reports
# found misread
# -- whose dead: a side named after "من" beats the counted noun ------------------------

def test_gunmen_of_a_named_group_are_that_groups_dead():
    assert claims_of("قتل ستة مسلحين من حزب الله في غارة على مستودع قرب القصير.")[0].victims == "hezbollah"
    assert claims_of("قتل ثمانية مسلحين من تنظيم داعش في كمين قرب السخنة.")[0].victims == "isis"


def test_gunmen_of_a_loyalist_militia_are_loyalists_not_rebels():
    claims = claims_of("قتل أحد عشر مسلحا من الميليشيا الموالية للنظام جراء قصف استهدف حاجزا قرب دير حافر.")
    assert claims[0].victims == "pro_gov"


def test_fighters_of_an_unnamed_body_are_combatants():
    claims = claims_of("قال المرصد إن التنظيم قتل 19 من مسلحي فصائل منافسة في هجوم على قرية قرب الباب.")
    assert kinds_groups_lows(claims[0]) == [("killed", "combatants", 19)]


def test_isis_members_named_by_their_nisba():
    claims = claims_of("وأسفرت المعارك في محيط البلدة عن مقتل 14 داعشيا.")
    assert claims[0].victims == "isis"
    assert kinds_groups_lows(claims[0]) == [("killed", "combatants", 14)]


# -- civilians by who they are ---------------------------------------------------------

def test_members_of_a_family_are_civilians_not_fighters():
    claims = claims_of("قتل سبعة من أفراد عائلة واحدة في قصف على منزلهم في بلدة أريحا.")
    assert claims[0].victims == "civilians"
    assert kinds_groups_lows(claims[0]) == [("killed", "civilians", 7)]
    claims = claims_of("وقال إن المسلحين قتلوا ثلاثة من أفراد أسرته في القرية.")
    assert kinds_groups_lows(claims[0]) == [("killed", "civilians", 3)]


def test_members_of_a_medical_team_are_civilians():
    claims = claims_of("وقتل أربعة من أفراد الطواقم الطبية جراء استهداف مستشفى في معرة النعمان.")
    assert kinds_groups_lows(claims[0]) == [("killed", "civilians", 4)]


def test_workers_and_employees_are_civilians():
    assert claims_of("أصيب عاملان اثنان جراء سقوط قذيفة على مصنع في حي القابون.")[0].victims == "civilians"
    assert claims_of("قتل خمسة من العاملين في البلدية جراء انفجار عبوة ناسفة.")[0].victims == "civilians"
    assert claims_of("قتل مواطن جراء سقوط قذيفة هاون على حي المزة.")[0].victims == "civilians"


def test_members_of_an_armed_body_stay_combatants():
    claims = claims_of("قتل خمسة من أفراد قوات الأمن في هجوم على حاجز قرب درعا.")
    assert kinds_groups_lows(claims[0]) == [("killed", "combatants", 5)]


# -- what happened: a participle of result ties a total to the main clause's attack ------

def test_a_participle_of_result_ties_a_total_to_the_air_campaign():
    claims = claims_of("وتواصل القصف الجوي لقوات النظام على ريف إدلب الجنوبي، موقعا أكثر من 300 قتيل خلال أسبوعين.")
    assert claims[0].event_type == "airstrike"
    assert claims[0].perpetrator == "syrian_gov"


def test_a_total_with_no_participle_of_the_attack_stays_untyped():
    claims = claims_of("وتواصل القصف الجوي لقوات النظام على ريف إدلب الجنوبي. "
                       "وقتل أكثر من 300 شخص في سوريا خلال أسبوعين.")
    assert claims[-1].event_type == "other"


# -- by whom: "أقدم X على" ---------------------------------------------------------------

def test_going_ahead_with_an_execution_names_who_did_it():
    claims = claims_of("وأقدمت قوات النظام على إعدام تسعة شبان في بلدة التمانعة.")
    assert (claims[0].event_type, claims[0].perpetrator) == ("massacre", "syrian_gov")


def test_going_ahead_with_a_killing_across_a_day():
    claims = claims_of("خطف تنظيم داعش عشرين شخصا من قرية في البادية. "
                       "وأقدم التنظيم في 3 أيلول على قتل رهينة منهم.")
    assert claims[-1].perpetrator == "isis"


def test_the_army_named_by_the_president_is_the_governments():
    claims = claims_of("قال ناشطون إن جيش الرئيس بشار الأسد قصف حي الوعر مما أسفر عن قتلى وجرحى.")
    assert claims[0].perpetrator == "syrian_gov"


# -- idioms and attacks in words are no attacks ------------------------------------------

def test_blaming_is_no_air_raid():
    claims = claims_of("ألقى مسؤولون باللوم على مسلحين في نصب كمين أسفر عن مقتل 12 جنديا قرب الحدود.")
    assert claims[0].event_type == "clashes"


def test_arresting_names_who_arrested_not_an_air_raid():
    claims = claims_of("وألقت الشرطة التركية القبض على 17 شخصا في حملة مداهمات في مدينة أضنة.")
    assert claims[0].event_type == "other"
    assert claims[0].perpetrator == "turkey"


def test_a_leader_attacking_in_words_is_no_lead_attack():
    claims = claims_of("هاجم الرئيس الأمريكي روسيا وإيران بشدة في خطاب أمس.\n\n"
                       "وقد أفيد بمقتل عشرات الأشخاص في مدينة دوما السبت.")
    assert (claims[0].event_type, claims[0].perpetrator) == ("other", "unknown")


def test_what_a_clause_of_result_resumes_types_a_total():
    claims = claims_of("وشنت الطائرات الحربية غارات مكثفة على ريف حمص الشمالي طوال الأسبوع، "
                       "ما أدى إلى مقتل 120 شخصا خلال سبعة أيام.")
    assert claims[0].event_type == "airstrike"


def test_a_clause_of_result_resumes_the_attack_told_last():
    claims = claims_of("وتواصلت الاشتباكات في ريف حماة منذ أسبوع، فيما انفجرت عبوة ناسفة في حي الأربعين "
                       "خلال الأسبوع نفسه، ما أدى إلى إصابة 40 شخصا في المدينة خلال سبعة أيام.")
    assert claims[0].event_type != "clashes"


def test_a_governments_air_raid_named_by_the_indefinite_adjective():
    assert claims_of("قتل تسعة أشخاص في غارة جوية حكومية على بلدة كفرزيتا.")[0].perpetrator == "syrian_gov"
    assert claims_of("وقالت منظمة غير حكومية إن 20 شخصا قتلوا في قصف على حي الوعر.")[0].perpetrator == "unknown"


def test_a_toll_with_a_word_of_cause_before_its_attack():
    claims = claims_of("وقال المرصد إن حصيلة القتلى جراء الغارات على بلدة سراقب منذ بدء الحملة ارتفعت إلى 64 شخصا.")
    assert claims[0].event_type == "airstrike"


def test_a_toll_of_whom_someone_killed_names_no_kind_of_attack():
    claims = claims_of("وقصفت قوات النظام بالمدفعية بلدة الحراك. "
                       "وكانت حصيلة القتلى على يد قوات النظام أمس بلغت 77 شخصا في مناطق متفرقة من سوريا.")
    assert claims[-1].event_type == "other"


def test_gunmen_killed_in_strikes_on_a_named_sides_positions_are_that_sides():
    claims = claims_of("وأدت الغارات الأمريكية على مقرات لتنظيم داعش قرب الميادين إلى مقتل 11 مسلحا.")
    assert claims[0].victims == "isis"


def test_gunmen_killed_in_a_fight_keep_their_own_side():
    claims = claims_of("قتل سبعة مسلحين في اشتباكات مع قوات النظام في حي جوبر.")
    assert claims[0].victims == "opposition"


def test_loyal_forces_named_by_the_president_killed_defectors():
    claims = claims_of("وقالت مصادر معارضة إن القوات الموالية للرئيس بشار الأسد قتلت 21 من المنشقين في كمين قرب الضمير.")
    assert (claims[0].perpetrator, claims[0].victims) == ("pro_gov", "opposition")
    assert kinds_groups_lows(claims[0]) == [("killed", "combatants", 21)]


# == who attacked: a name after a preposition or a site noun that follows the attack word is
# where, or whose site, the attack hit, not who carried it out
def test_nisba_of_a_town_is_where_not_who():
    c = claims_of("قتل 12 شخصا في تفجير انتحاري صباح الأحد في مدينة تركية قرب الحدود.")[0]
    assert c.event_type == "bombing"
    assert c.perpetrator == "unknown"


def test_nisba_of_a_town_leaves_the_blamed_group():
    c = claims_of("قتل 12 شخصا في تفجير انتحاري صباح الأحد في مدينة تركية نسب إلى تنظيم داعش.")[0]
    assert c.perpetrator == "isis"


def test_stores_of_an_army_are_what_was_hit():
    c = claims_of("وفي ريف حماة استهدفت صواريخ مخازن للجيش قرب البلدة، ما أدى إلى جرح أربعة مدنيين.")[0]
    assert c.perpetrator == "unknown"
    assert c.victims == "civilians"


def test_a_meeting_of_leaders_is_what_was_hit():
    c = claims_of("وقال المصدر إن الطائرات استهدفت اجتماعا لقادة داعش في القرية ما أسفر عن مقتل 9 أشخاص.")[0]
    assert c.perpetrator != "isis"


def test_one_said_to_belong_to_a_group_is_still_its_attacker():
    c = claims_of("وقالت الشرطة إن انتحاريا يشتبه في أنه ينتمي لتنظيم داعش قتل 14 شخصا في السوق.")[0]
    assert c.perpetrator == "isis"


def test_the_agent_right_after_the_attack_is_still_read():
    c = claims_of("قتل 6 مدنيين في غارات جوية روسية على بلدة في ريف إدلب.")[0]
    assert c.perpetrator == "russia"
    c = claims_of("قتل 5 أشخاص في قصف مدفعي لقوات النظام على حي في درعا.")[0]
    assert c.perpetrator == "syrian_gov"


def test_iraqi_air_force_named_as_the_agent():
    c = claims_of("وقتل 20 عنصرا من تنظيم داعش في غارات شنها سلاح الجو العراقي على مواقع قرب البوكمال.")[0]
    assert c.perpetrator == "iraq_gov"


LEAD = "كثفت طائرات النظام الحربية غاراتها على مدينة الرستن في ريف حمص منذ صباح اليوم.\n"


def test_lead_attack_of_the_regime_did_not_kill_its_allies():
    c = claims_of(LEAD + "وذكر ناشطون أن 12 عنصرا من حزب الله قتلوا في المدينة.")[0]
    assert c.victims == "hezbollah"
    assert c.perpetrator == "unknown"


def test_lead_attack_of_the_regime_still_kills_its_foes():
    c = claims_of(LEAD + "وذكر ناشطون أن 12 عنصرا من المعارضة قتلوا في المدينة.")[0]
    assert c.victims == "opposition"
    assert c.perpetrator == "syrian_gov"


# agents25: the one a claimant holds responsible ("حمّل ... مسؤولية") is the attack's agent
def test_the_one_held_responsible_for_an_attack_is_its_agent():
    c = claims_of("وحمّلت المعارضة نظام الأسد مسؤولية التفجيرات التي هزت حمص وأسفرت عن مقتل 20 شخصا.")[0]
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "نظام الأسد"
    c = claims_of("وحملت الحكومة تنظيم داعش المسؤولية عن الهجوم الانتحاري الذي أسفر عن مقتل 20 شخصا.")[0]
    assert c.perpetrator == "isis"


def test_carrying_is_no_holding_responsible():
    c = claims_of("وحمل مسلحون من المعارضة صواريخ إلى القرية، وقتل 5 أشخاص في قصف على البلدة.")[0]
    assert c.perpetrator == "unknown"


# agents25: a barrel bomb told with its adjective ("قنبلة برميلية") is an air strike
def test_a_barrel_bomb_told_with_its_adjective_is_an_airstrike():
    c = claims_of("قتل 4 مدنيين بقنبلة برميلية ألقتها مروحية على حي في درعا.")[0]
    assert c.event_type == "airstrike"
    assert c.provenance["event_type"].span.text == "قنبلة برميلية"
    c = claims_of("ألقى الطيران المروحي قنابل برميلية على قرية في ريف حماة ما أسفر عن مقتل 3 أشخاص.")[0]
    assert c.event_type == "airstrike"
    assert c.perpetrator == "syrian_gov"


# agents25: the side announcing an attack it names right after it is its agent
def test_the_side_announcing_an_attack_is_its_agent():
    c = claims_of("أعلنت فصائل المعارضة قصف مطار حماة العسكري بصواريخ غراد ما أسفر عن مقتل 6 جنود.")[0]
    assert c.perpetrator == "opposition"
    assert c.provenance["perpetrator"].span.text == "فصائل المعارضة"
    c = claims_of("أعلنت إسرائيل عن قصف مواقع إيرانية في ريف دمشق ما أسفر عن مقتل 8 عناصر.")[0]
    assert c.perpetrator == "israel"


def test_a_monitor_announcing_a_toll_names_no_agent():
    c = claims_of("أعلن المرصد مقتل 7 أشخاص في قصف على بلدة في ريف إدلب.")[0]
    assert c.perpetrator == "unknown"
