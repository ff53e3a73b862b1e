"""Scope: a toll of one incident or a cumulative total, read from hand-written Arabic
sentences."""

from __future__ import annotations

from helpers import claims


def scopes(text: str) -> list[str]:
    return [c.scope for c in claims(text)]


# == the scope of a total told over raids or announced the sentence before
# -- scope -----------------------------------------------------------------------------------

def test_a_large_toll_of_plural_raids_over_an_area_is_a_total():
    cs = claims("وأسفرت الغارات الجوية على مناطق ريف حلب الغربي عن مقتل 420 شخصا، حسب المرصد.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_large_toll_of_one_town_stays_its_incident():
    cs = claims("وأسفرت الغارات الجوية على بلدة كفرنبل عن مقتل 160 شخصا، حسب المرصد.")
    assert [c.scope for c in cs] == ["incident"]


def test_a_toll_announced_with_its_window_the_sentence_before_is_a_total():
    cs = claims("وتواصل القصف على ريف حمص الشمالي لترتفع حصيلة القتلى للحملة المستمرة منذ أسبوعين.\n"
                "وأسفر القصف المدفعي والغارات عن مقتل 86 شخصا، حسب المرصد.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_count_of_its_own_day_after_such_a_sentence_stays_an_incident():
    cs = claims("ولا تعرف حصيلة القتلى منذ بداية الحملة على ريف حمص الشمالي.\n"
                "وقالت مصادر محلية إن غارة الثلاثاء على بلدة تلبيسة أسفرت عن مقتل طفلين.")
    assert [c.scope for c in cs] == ["incident"]


def test_a_breakdown_told_after_a_total_is_part_of_it():
    cs = claims("وقالت الشبكة في تقريرها إنها وثقت مقتل 210 أشخاص خلال الشهر الماضي في عموم سوريا.\n"
                "والقتلى هم 150 مدنيا و60 مقاتلا من فصائل المعارضة.")
    assert {c.scope for c in cs} == {"cumulative"}


def test_a_count_with_its_own_attack_after_a_total_stays_an_incident():
    cs = claims("وقالت الشبكة في تقريرها إنها وثقت مقتل 210 أشخاص خلال الشهر الماضي في عموم سوريا.\n"
                "وأفاد التلفزيون الرسمي بمقتل أربعة أشخاص في قصف بقذائف الهاون على أحياء العاصمة.")
    assert [c.scope for c in cs] == ["cumulative", "incident"]


# == a period told in a relative clause on another noun is not the toll's window; a handful
# killed, or a toll whose sentence names another country, placed only "in Syria" is no
# country's total; a toll of a long roundup sentence that names its own town near it is
# that town's
# -- a period in a relative clause on another noun ------------------------------------------

def test_a_period_of_a_relative_clause_on_a_place_is_not_the_tolls():
    assert scopes("قتل 12 مدنيا في قصف على بلدة كفرنبل الجمعة، فيما تواصل نزوح الأهالي "
                  "من المنطقة التي تشهد تصعيدا منذ 3 آذار الماضي.") == ["incident"]


def test_a_period_of_a_relative_clause_on_a_land_is_not_the_tolls():
    assert scopes("وقال الرئيس خلال زيارة إلى الجزيرة التي تحكمها بلاده منذ 1990 إن "
                  "الانفجار أوقع 14 قتيلا.") == ["incident"]


def test_a_period_in_the_tolls_own_clause_still_makes_a_total():
    assert scopes("وقتل 35 مدنيا منذ الثلاثاء الماضي في الغارات على ريف إدلب.") == ["cumulative"]


def test_a_relative_clause_on_the_counted_people_keeps_its_period():
    assert scopes("وارتفع عدد الجنود الذين قتلوا في المعارك منذ 3 نيسان الماضي إلى 64 قتيلا.") == ["cumulative"]


def test_a_period_in_a_relative_clause_on_the_attack_is_the_campaigns():
    assert scopes("أسفر القصف الذي تشنه القوات منذ 3 آذار على ريف حماة عن مقتل 48 مدنيا.") == ["cumulative"]


# -- a toll placed only by the country ------------------------------------------------------

def test_a_handful_of_soldiers_killed_in_syria_is_one_incident():
    assert scopes("أعلنت وزارة الدفاع الفرنسية الأحد مقتل ثلاثة من جنودها في سوريا.") == ["incident"]


def test_a_large_toll_over_the_country_stays_a_total():
    assert scopes("وقال المرصد إن 95 شخصا قتلوا في سوريا الأحد.") == ["cumulative"]


def test_a_toll_beside_another_country_is_not_syrias_total():
    assert scopes("وامتد النزاع في سوريا إلى العراق حيث قال مسؤولون إن مسلحين قتلوا 30 جنديا قرب "
                  "الحدود.") == ["incident"]


# -- a long roundup sentence naming many governorates ---------------------------------------

def test_a_roundup_sentences_town_toll_stays_its_incident():
    assert scopes("واستمرت الاشتباكات في ريف حلب الجنوبي وريف إدلب الشرقي وريف حماة الشمالي، "
                  "وسط قصف مدفعي متبادل بين الطرفين على خطوط التماس وتحليق مكثف لطائرات الاستطلاع "
                  "في أجواء المنطقة الواقعة شمال الطريق الدولي وعلى أطراف السهل الزراعي الواسع، "
                  "بينما انفجرت عبوة ناسفة في بلدة الدانا، ما أدى إلى إصابة 6 أشخاص بجروح.") == ["incident"]


def test_a_roundup_toll_shared_by_governorate_cities_stays_a_total():
    assert scopes("وقتل 64 شخصا الأحد في مناطق عدة، بواقع 30 في حلب و20 في حمص و14 في درعا.")[0] == "cumulative"


# == a campaign that "lasted for about" weeks, or the recent escalation, is a total over them
def test_a_toll_of_an_operation_that_lasted_weeks_is_cumulative():
    c = claims("وقال المرصد إن 70 مقاتلا قتلوا في الهجوم على البلدة الذي استمر لنحو شهر.")[0]
    assert c.scope == "cumulative"
    c = claims("وقال المرصد إن 70 مقاتلا قتلوا في الهجوم على البلدة الذي استمر لمدة ثلاثة أسابيع.")[0]
    assert c.scope == "cumulative"
    # a lull that lasted a day does not make the raid that ended it a total
    c = claims("وقتل 12 مدنيا في غارة على البلدة بعد هدوء استمر لمدة يوم.")[0]
    assert c.scope == "incident"


def test_a_toll_of_the_recent_escalation_is_the_campaigns():
    c = claims("ويقول المرصد إن التصعيد الأخير أسفر عن مقتل 380 شخصا وإصابة مئات آخرين.")[0]
    assert c.scope == "cumulative"
    c = claims("وقتل أكثر من 200 مدني بعد أيام من تصعيد القوات الحكومية على ريف إدلب.")[0]
    assert c.scope == "cumulative"
    # a raid on one named town during it is that raid's toll
    c = claims("وقال المرصد إن غارة على بلدة سراقب أسفرت عن مقتل 9 مدنيين خلال التصعيد الأخير.")[0]
    assert c.scope == "incident"


# == the worst since ranks a toll; attacks on a governorate add up; a monitor's count is a total
def test_the_worst_since_ranks_a_toll_and_opens_no_window():
    cs = claims("قتل 14 مدنيا في غارات على بلدة معرة النعمان اليوم، في حصيلة هي الأعلى منذ بدء الحملة العسكرية.")
    assert [c.scope for c in cs] == ["incident"]
    cs = claims("وقتل نحو 20 مقاتلا في اشتباكات في ضواحي مدينة دير الزور وصفت بأنها الأعنف منذ بدء النزاع.")
    assert [c.scope for c in cs] == ["incident"]
    # a toll that does add up since then stays a total
    cs = claims("قتل 14 مدنيا في غارات على بلدة معرة النعمان منذ بدء الحملة العسكرية.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_attacks_on_a_governorate_told_before_their_toll_add_up():
    cs = claims("أدى القصف الكثيف الذي تشنه القوات على محافظة حماة إلى مقتل 27 مدنيا اليوم، في حصيلة هي الأكبر منذ أشهر.")
    assert [(c.scope, c.place.name) for c in cs] == [("cumulative", "حماة")]
    cs = claims("أدت غارة جوية على محافظة اللاذقية إلى مقتل 5 مدنيين.")
    assert [c.scope for c in cs] == ["incident"]


def test_a_monitors_count_is_a_total_though_a_later_clause_names_a_town():
    text = ("وقالت الشبكة السورية لحقوق الإنسان إنها وثقت مقتل 77 شخصا يوم السبت، بينهم 9 أطفال، "
            "وأشارت إلى أن مقاتلين من المعارضة تمكنوا خلال اليوم نفسه من إسقاط طائرة مروحية تابعة للجيش قرب بلدة مورك.")
    cs = claims(text)
    assert cs and cs[0].scope == "cumulative"


# == one attack, or one fight so far, is an incident however large its toll
def test_one_gas_attack_is_an_incident_however_large_its_toll():
    cs = claims("وذكر المرصد السوري أن هجوما بالغازات السامة على بلدة كفرزيتا، السبت، أودى بحياة 150 شخصا.")
    assert [(c.scope, c.event_type) for c in cs] == [("incident", "chemical")]
    cs = claims("وتحيي البلدة ذكرى الهجوم الكيماوي عليها، الذي شنته الطائرات عام 1988، موقعا نحو 3 آلاف قتيل.")
    assert [c.scope for c in cs] == ["incident"]
    # gas attacks in the plural add up
    cs = claims("ثم جاءت سلسلة من الهجمات الكيمياوية على البلدات قيل إنها تسببت في مقتل 300 شخص.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_toll_so_far_of_one_fight_is_that_fights():
    cs = claims("وقال المرصد إن الاشتباكات العنيفة في مدينة درعا أسفرت حتى الآن عن مقتل 6 مقاتلين.")
    assert [c.scope for c in cs] == ["incident"]
    # an offensive's toll so far adds up
    cs = claims("وقال المرصد إن الهجوم على المنطقة تسبب حتى الآن بمقتل أكثر من 120 مدنيا.")
    assert [c.scope for c in cs] == ["cumulative"]
    # and "so far" with no attack its clause ties it to stays a total
    cs = claims("وأعلن الجيش حتى الآن عن مقتل 46 من جنوده.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_one_attack_picked_out_of_many_keeps_its_own_toll():
    cs = claims("وتزايدت الهجمات في البلاد منذ مطلع العام الحالي وكان أبرزها الهجوم على متحف في مارس الماضي الذي أدى الى مقتل 22 شخصا.")
    assert [c.scope for c in cs] == ["incident"]
    cs = claims("وتكرر منذ مطلع العام ظهور عوارض اختناق في ريف دمشق، كان آخرها في 25 شباط حين أصيب نحو 14 مدنيا بحالات اختناق.")
    assert [c.scope for c in cs] == ["incident"]
    # the many attacks' own toll still adds up
    cs = claims("وتزايدت الهجمات في البلاد منذ مطلع العام الحالي وأدت إلى مقتل 22 شخصا.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_monitors_count_of_the_fight_told_before_is_that_fights():
    cs = claims("وقال المرصد إنه وثق مقتل 35 مقاتلا خلال تلك الاشتباكات قرب البلدة.")
    assert [c.scope for c in cs] == ["incident"]
    cs = claims("وقال المرصد إنه وثق مقتل 35 مقاتلا في الاشتباكات.")
    assert [c.scope for c in cs] == ["cumulative"]


# == a count added to a total is of its window unless it tells its own attack
def test_a_count_added_to_a_total_is_of_its_window():
    cs = claims("ومنذ بدء الهجوم على المنطقة قبل شهر، قتل 252 من الفصائل مقابل 281 من المقاتلين الأكراد. "
                "كما قتل 149 مدنيا على الأقل بحسب المرصد.")
    # (the Kurdish fighters' toll after "مقابل" is a claim of its own, of the same window)
    assert [(c.scope, c.date) for c in cs] == [("cumulative", None)] * 3


def test_a_count_added_with_its_own_attack_is_an_incident():
    cs = claims("ومنذ بدء الهجوم على المنطقة قبل شهر، قتل 252 من الفصائل مقابل 281 من المقاتلين الأكراد. "
                "كما قتل ثلاثة مدنيين في غارة على قرية قرب المدينة.")
    assert [c.scope for c in cs] == ["cumulative", "cumulative", "incident"]




# scope24: a total one share of which is told in a place of its own adds up more places
def test_a_total_with_one_share_placed_in_a_town_is_a_total():
    cs = claims("وقالت مصادر طبية إن الغارات قتلت 25 شخصا يوم الخميس، بينهم 9 أشخاص في مدينة سراقب.")
    assert [c.scope for c in cs] == ["cumulative"]
    cs = claims("وأحصى ناشطون 90 قتيلا يوم الجمعة، منهم 30 سقطوا في حمص.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_share_whose_place_is_an_attacks_or_inside_the_totals_town_stays_an_incident():
    # the place after the share is that of the attack that killed them all
    cs = claims("وقتل قائد ميداني مع أربعة عناصر آخرين بينهم ضابطان جراء استهدافهم في بلدة سراقب.")
    assert [c.scope for c in cs] == ["incident"]
    # the total names its own town before the share
    cs = claims("وقتل 25 شخصا في قصف على مدينة سراقب، بينهم 9 أشخاص في حي الشيخ.")
    assert [c.scope for c in cs] == ["incident"]


# scope24: a span of weeks or months in the dual, or counted with the article on its number
def test_a_toll_over_the_last_two_weeks_or_six_months_is_a_total():
    cs = claims("وكانت غارات جوية في الأسبوعين الماضيين قد أسفرت عن مقتل 14 مدنيا في المنطقة.")
    assert [c.scope for c in cs] == ["cumulative"]
    cs = claims("وقالت المنظمة إن القصف خلال الستة أشهر الماضية أدى إلى مقتل 40 مدنيا.")
    assert [c.scope for c in cs] == ["cumulative"]


def test_a_toll_of_the_last_two_days_in_one_town_stays_an_incident():
    cs = claims("وقتل خمسة مدنيين في قصف على بلدة كفرنبل في اليومين الماضيين.")
    assert [c.scope for c in cs] == ["incident"]


# scope24: a large toll told with no attack, place or day of its own in a story of one gas attack
def test_a_large_toll_told_again_in_a_gas_attack_story_is_that_attacks():
    cs = claims("قتل 60 شخصا على الأقل في هجوم كيميائي على مدينة سراقب فجر اليوم.\n"
                "وقالت منظمة طبية إن التقارير ترجح أعدادا أكبر قد تصل إلى 170 ضحية.")
    assert [c.scope for c in cs] == ["incident", "incident"]
    assert cs[1].event_type == "chemical"


def test_a_large_toll_in_a_story_of_raids_stays_a_total():
    cs = claims("قتل 60 شخصا على الأقل في غارات على مدينة سراقب فجر اليوم.\n"
                "وقالت منظمة طبية إن التقارير ترجح أعدادا أكبر قد تصل إلى 170 ضحية.")
    assert [c.scope for c in cs][-1] == "cumulative"


# scope24: a count joined by "و" or "besides" to a total told by its words is a total too
_FIVE_DAYS = ("وقال المرصد إن المعارك التي استمرت خمسة أيام في ريف حلب الغربي أسفرت عن مقتل 30 من عناصر "
              "الفصائل المقاتلة والكتائب الإسلامية المتحالفة معها بينهم قادة ميدانيون بارزون من الصف الأول ")


def test_a_count_joined_to_a_total_over_days_is_a_total():
    # (the second count lies beyond the reach of the window's words)
    cs = claims(_FIVE_DAYS + "ومقتل 40 من عناصر قوات النظام.")
    assert [c.scope for c in cs] == ["cumulative", "cumulative"]


def test_a_count_joined_to_a_total_with_a_town_of_its_own_stays_that_towns():
    cs = claims(_FIVE_DAYS + "ومقتل 4 من عناصر قوات النظام في بلدة الأتارب.")
    assert [c.scope for c in cs][-1] == "incident"


# scope24: a toll told as the day's toll of an area ("في حصيلة يومية") is a total
def test_a_toll_told_as_a_daily_toll_is_a_total():
    cs = claims("وارتفع عدد القتلى جراء القصف على ريف المدينة الاثنين إلى 60 مدنيا، في حصيلة يومية هي الأعلى منذ أشهر.")
    assert [c.scope for c in cs] == ["cumulative"]
