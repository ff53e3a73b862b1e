"""A toll told first and who did the attack told in the next sentence (mention11): a verb of
claiming, accusing, blaming or announcing responsibility opening the sentence after a toll's
goes on about the toll's attack. Hand-written sentences."""

from helpers import claims as claims_of


def test_a_group_claiming_the_attack_next_is_its_perpetrator():
    c = claims_of("قتل أربعة عناصر من قوات النظام في هجوم على حاجز قرب مدينة درعا. "
                  "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.")[0]
    assert c.perpetrator == "isis"
    p = c.provenance["perpetrator"]
    assert p.source == "event" and p.span.text == "تنظيم داعش"
    assert "وتبنى" not in c.evidence.text  # the evidence stays the toll's sentence


def test_the_one_accused_of_carrying_it_out_with_a_pronoun_did_it():
    c = claims_of("قتل تسعة مدنيين في ضربات جوية على قرية قرب البوكمال. "
                  "واتهمت دمشق التحالف الدولي بتنفيذها.")[0]
    assert (c.event_type, c.perpetrator) == ("airstrike", "coalition")
    # the capital that accuses is no place of the attack
    assert c.place.name == "البوكمال"


def test_responsibility_announced_for_it_names_its_agent():
    c = claims_of("قتل ستة جنود في انفجار سيارة مفخخة قرب حاجز في مدينة القامشلي. "
                  "وأعلن تنظيم داعش مسؤوليته عنه.")[0]
    assert (c.event_type, c.perpetrator) == ("bombing", "isis")


def test_the_side_an_attack_is_laid_at_is_its_agent():
    c = claims_of("قال ناشطون إن عشرات الأشخاص قتلوا في هجوم بالغازات السامة على بلدة في ريف حماة. "
                  "ونسب الغربيون هذا الهجوم إلى النظام السوري.")[0]
    assert (c.event_type, c.perpetrator) == ("chemical", "syrian_gov")


def test_a_claimed_attack_gives_its_kind_to_a_toll_that_names_none():
    c = claims_of("قتل 12 شخصا في مدينة منبج صباح اليوم. "
                  "وتبنى تنظيم داعش التفجير الانتحاري في بيان.")[0]
    assert (c.event_type, c.perpetrator) == ("bombing", "isis")
    assert c.provenance["event_type"].source == "event"


def test_an_announcement_of_something_else_says_nothing():
    c = claims_of("قتل ستة جنود في انفجار سيارة مفخخة قرب حاجز في مدينة القامشلي. "
                  "وأعلن تنظيم داعش سيطرته على قرية في ريف حلب.")[0]
    assert c.perpetrator == "unknown"


def test_an_attack_claimed_in_another_governorate_is_another():
    c = claims_of("قتل ستة جنود في انفجار قرب حاجز في مدينة القامشلي. "
                  "وتبنى تنظيم داعش هجوما آخر في مدينة حلب.")[0]
    assert c.perpetrator == "unknown"


def test_most_of_the_attacks_claimed_is_not_this_one():
    out = claims_of("وقتل 22 شخصا في الهجوم على متحف في العاصمة في مارس، و38 في الهجوم على فندق في يونيو. "
                    "وتبنى تنظيم داعش غالبية هذه الهجمات.")
    assert out and all(c.perpetrator == "unknown" for c in out)


def test_a_pluperfect_after_a_toll_is_background_not_its_attack():
    c = claims_of("قتل سبعة مدنيين في بلدة سراقب بريف إدلب. "
                  "وكانت طائرات حربية روسية قد شنت غارات على البلدة الأسبوع الماضي.")[0]
    assert c.perpetrator == "unknown"


def test_an_agent_of_its_own_is_not_replaced_by_an_accusation():
    c = claims_of("قصفت قوات النظام بلدة كفرنبل بريف إدلب ما أدى إلى مقتل خمسة مدنيين. "
                  "واتهمت المعارضة روسيا بتنفيذ القصف.")[0]
    assert c.perpetrator == "syrian_gov"


def test_a_new_paragraph_goes_on_about_nothing():
    c = claims_of("قتل أربعة عناصر من قوات النظام في هجوم على حاجز قرب مدينة درعا.\n\n"
                  "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.")[0]
    assert c.perpetrator == "unknown"


def test_a_claimed_attack_whose_dead_are_of_no_side_is_still_the_claimants():
    c = claims_of("قتل 30 شخصا على الأقل في هجوم على فندقين في مدينة ساحلية. "
                  "وأعلن تنظيم داعش مسؤوليته عن الهجومين.")[0]
    assert c.perpetrator == "isis"


def test_a_claim_told_in_the_pluperfect_goes_on_about_the_attack():
    c = claims_of("قتل تسعة مدنيين في غارات جوية على قرية قرب البوكمال. "
                  "وكانت دمشق قد اتهمت التحالف الدولي بتنفيذ الغارات.")[0]
    assert (c.event_type, c.perpetrator) == ("airstrike", "coalition")
