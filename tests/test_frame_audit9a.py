"""Who was hit, by whom and in what, in sentences of the kinds a blind read of unseen
reports found misread (hand-written sentences)."""

from rasd.core.models import Article
from rasd.extract import extract


def claims_of(text: str):
    return extract(Article(id="t", text=text, published="2024-03-14"))


def groups(claim):
    return [(f.kind, f.group, f.low) for f in claim.figures]


# -- whose dead: a side named after "من" beats the counted noun ------------------------

def test_gunmen_of_a_named_group_are_that_groups_dead():
    assert claims_of("قتل ستة مسلحين من حزب الله في غارة على مستودع قرب القصير.")[0].victims == "hezbollah"
    assert claims_of("قتل ثمانية مسلحين من تنظيم داعش في كمين قرب السخنة.")[0].victims == "isis"


def test_gunmen_of_a_loyalist_militia_are_loyalists_not_rebels():
    claims = claims_of("قتل أحد عشر مسلحا من الميليشيا الموالية للنظام جراء قصف استهدف حاجزا قرب دير حافر.")
    assert claims[0].victims == "pro_gov"


def test_fighters_of_an_unnamed_body_are_combatants():
    claims = claims_of("قال المرصد إن التنظيم قتل 19 من مسلحي فصائل منافسة في هجوم على قرية قرب الباب.")
    assert groups(claims[0]) == [("killed", "combatants", 19)]


def test_isis_members_named_by_their_nisba():
    claims = claims_of("وأسفرت المعارك في محيط البلدة عن مقتل 14 داعشيا.")
    assert claims[0].victims == "isis"
    assert groups(claims[0]) == [("killed", "combatants", 14)]


# -- civilians by who they are ---------------------------------------------------------

def test_members_of_a_family_are_civilians_not_fighters():
    claims = claims_of("قتل سبعة من أفراد عائلة واحدة في قصف على منزلهم في بلدة أريحا.")
    assert claims[0].victims == "civilians"
    assert groups(claims[0]) == [("killed", "civilians", 7)]
    claims = claims_of("وقال إن المسلحين قتلوا ثلاثة من أفراد أسرته في القرية.")
    assert groups(claims[0]) == [("killed", "civilians", 3)]


def test_members_of_a_medical_team_are_civilians():
    claims = claims_of("وقتل أربعة من أفراد الطواقم الطبية جراء استهداف مستشفى في معرة النعمان.")
    assert groups(claims[0]) == [("killed", "civilians", 4)]


def test_workers_and_employees_are_civilians():
    assert claims_of("أصيب عاملان اثنان جراء سقوط قذيفة على مصنع في حي القابون.")[0].victims == "civilians"
    assert claims_of("قتل خمسة من العاملين في البلدية جراء انفجار عبوة ناسفة.")[0].victims == "civilians"
    assert claims_of("قتل مواطن جراء سقوط قذيفة هاون على حي المزة.")[0].victims == "civilians"


def test_members_of_an_armed_body_stay_combatants():
    claims = claims_of("قتل خمسة من أفراد قوات الأمن في هجوم على حاجز قرب درعا.")
    assert groups(claims[0]) == [("killed", "combatants", 5)]


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
    assert groups(claims[0]) == [("killed", "combatants", 21)]
