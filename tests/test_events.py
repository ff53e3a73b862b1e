"""The event layer: attacks read as phrases, figures attached to them, claims taking their
frame with provenance. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from rasd.core.models import Article
from rasd.extract import extract
from rasd.extract.pipeline import run
from helpers import claims, kinds_and_lows


def one(text: str, published: str = "2024-03-14"):
    (c,) = claims(text, published)
    return c


def frame_of(text: str, at: str):
    """(event_type, perpetrator) of the claim whose first figure is the number ``at``."""
    for c in claims(text):
        if c.figures and c.figures[0].as_stated().lstrip("≥>~") == at:
            return c.event_type, c.perpetrator


# == event type from an attack's own words, its quoted modifiers, a noun told again, and the
# lead strike of a force that fights from afar
@pytest.mark.parametrize("text,event_type", [
    # missile strikes and cruise missiles are strikes from the air or the sea
    ("قتل 20 عنصرا من الحرس الثوري في ضربات صاروخية استهدفت قاعدة جوية قرب حمص.", "airstrike"),
    ("قتل 9 جنود في الضربة الصاروخية على مطار قرب حماة فجر اليوم.", "airstrike"),
    ("قتل 6 عناصر بصواريخ كروز أطلقت على قاعدة عسكرية في ريف حمص.", "airstrike"),
    # rockets fired across a front line stay shelling
    ("قتل 4 مدنيين في قصف صاروخي على حي سكني في مدينة حلب.", "shelling"),
    # the adjective of "تفجير"
    ("قتل 40 شخصا في هجمات تفجيرية استهدفت سوقا في المدينة.", "bombing"),
    ("أصيب 12 شخصا في الهجوم التفجيري قرب المسجد الكبير.", "bombing"),
    # the three spellings of "chemical"
    ("قتل 30 مدنيا في هجوم كيمياوي على البلدة مساء السبت.", "chemical"),
    ("أصيب 15 شخصا في الهجمات الكيمياوية على المدينة.", "chemical"),
    # a chemical weapon used in an attack that names no kind of its own
    ("قالت الحكومة إن المعارضة استخدمت سلاحا كيماويا في هجوم على القرية أسفر عن مقتل 12 شخصا.",
     "chemical"),
    ("قالت الحكومة إن المعارضة استخدمت مواد كيميائية في هجوم على القرية أسفر عن مقتل 12 شخصا.",
     "chemical"),
])
def test_the_words_of_the_attack_say_what_kind(text, event_type):
    (c,) = claims(text)
    assert c.event_type == event_type


@pytest.mark.parametrize("text", [
    'قال ناشطون إن 30 شخصا قتلوا في هجوم "بالغازات السامة" على البلدة أمس.',
    'قال ناشطون إن 30 شخصا قتلوا في هجوم "كيماوي" على البلدة أمس.',
])
def test_a_modifier_in_quotes_still_types_its_attack(text):
    (c,) = claims(text)
    assert c.event_type == "chemical"


def test_a_definite_noun_repeating_an_attack_of_its_sentence_is_that_attack():
    text = "قالت منظمة إغاثة إن هجوما كيماويا استهدف البلدة مساء السبت، وأضافت أن الهجوم قتل 25 شخصا."
    (c,) = claims(text)
    assert c.event_type == "chemical"


def test_missiles_in_a_report_led_by_a_foreign_strike_are_that_strike():
    text = ("شنت طائرات التحالف الدولي غارات جوية على مواقع للتنظيم في مدينة الرقة فجر اليوم. "
            "وقال المرصد إن صواريخ استهدفت مقرا للتنظيم في المدينة ما أدى إلى مقتل 12 عنصرا.")
    event_type, _ = frame_of(text, "12")
    assert event_type == "airstrike"


def test_mortars_in_a_report_led_by_a_foreign_strike_stay_shelling():
    text = ("شنت طائرات التحالف الدولي غارات جوية على مواقع للتنظيم في مدينة الرقة فجر اليوم. "
            "وقال المرصد إن قذائف هاون سقطت على حي في المدينة ما أدى إلى مقتل 3 مدنيين.")
    event_type, _ = frame_of(text, "3")
    assert event_type == "shelling"


def test_a_foreign_army_named_by_its_nationality_is_not_syria():
    text = ("أعلنت هيئة الأركان الفرنسية أن الجيش الفرنسي لم يشن ضربات على المطار العسكري قرب تدمر. "
            "وأفاد المرصد بمقتل 14 مقاتلا على الأقل في الضربة.")
    _, perpetrator = frame_of(text, "14")
    assert perpetrator != "syrian_gov"


@pytest.mark.parametrize("text", [
    "نقل سبعة جرحى إلى المستشفى لتلقي العلاج بعد سقوط قذيفة على السوق.",
    "أصاب مسلح ثلاثة حراس بجروح قبل أن يلقى حتفه قرب البوابة.",
])
def test_receiving_or_meeting_is_no_bomb_dropped(text):
    for c in claims(text):
        assert c.event_type != "airstrike"


# == event type on unseen text: a relative clause on an attack noun tells that attack; counts
# joined by "و" are told together; a total's kind is its subject's
# -- a relative clause on an attack noun tells that attack -------------------------------------
def test_relative_verb_keeps_the_nouns_kind_not_an_earlier_attack():
    # the missiles told first are another attack: the gas attack's relative clause is its own
    text = ("تعهدت روسيا بإسقاط أي صواريخ تطلق على قواعدها. وسيكون استهداف القواعد ردا على "
            "الهجوم بغاز الكلور الذي استهدف بلدة كفرنبل، وخلف مقتل 12 شخصا وإصابة 40 آخرين.")
    (c,) = claims(text)
    assert c.event_type == "chemical"
    assert kinds_and_lows(c) == {("killed", 12), ("injured", 40)}


def test_result_joined_to_a_long_relative_clause_is_the_nouns():
    # "وأدى" goes on in the relative clause on the bombing, not in the main clause's operation
    text = ("وقال الجيش إن عمليته جاءت ردا على التفجير الانتحاري الذي استهدف سوقا شعبيا في "
            "بلدة الدانا يوم الجمعة الماضي وأدى إلى مقتل 17 شخصا وجرح 50.")
    (c,) = claims(text)
    assert c.event_type == "bombing"
    assert kinds_and_lows(c) == {("killed", 17), ("injured", 50)}


# -- counts joined by "و" are told together --------------------------------------------------------
def test_joined_counts_after_a_result_share_their_attack():
    # the car bomb (subject) and its verb are one attack: the wounded are not a claim of their own
    (c,) = claims("قال ناشطون إن سيارة مفخخة انفجرت قرب سوق بلدة سلقين، ما أدى إلى مقتل 8 أشخاص "
                  "وإصابة 23 آخرين.")
    assert c.event_type == "bombing"
    assert kinds_and_lows(c) == {("killed", 8), ("injured", 23)}


def test_two_attacks_told_in_two_clauses_stay_two_claims():
    cs = claims("قتل أربعة أشخاص في غارة على بلدة سلقين، وأصيب ستة في قصف مدفعي على بلدة حارم.")
    assert sorted(c.event_type for c in cs) == ["airstrike", "shelling"]


def test_a_total_told_in_a_relative_clause_on_its_attack_takes_its_kind():
    (c,) = claims("تعيش البلدة أوضاعا صعبة جراء القصف المدفعي خلال الأسابيع الثلاثة الماضية، والذي أودى "
                  "بحياة أكثر من 200 مدني.")
    assert c.scope == "cumulative"
    assert c.event_type == "shelling"


def test_a_total_whose_subject_is_the_attack_takes_its_kind():
    # the raids head the subject of "أوقعت" across their adjuncts and a comma
    (c,) = claims("وقال المرصد إن الغارات الجوية المتواصلة منذ بداية الشهر على أرياف حماة، أوقعت "
                  "أكثر من 120 قتيلا.")
    assert c.scope == "cumulative"
    assert c.event_type == "airstrike"


def test_a_campaign_heading_the_subject_names_no_kind():
    (c,) = claims("وقال ناشطون إن حملة النظام على المدينة بالقصف الجوي والبري منذ بداية الشهر، أسفرت عن "
                  "مقتل 300 شخص.")
    assert c.event_type == "other"


# == event type and perpetrator on patterns seen in blind reads: a running toll, a result verb,
# an attack answered, a killing claimed
def test_kana_before_the_attack_subject_of_a_running_toll():
    # "كانت" opening the clause puts the battles, the subject of "أدت", before the verb
    (c,) = claims("كانت المعارك التي بدأت قبل أربعة أيام في البلدة، أدت حتى الآن إلى مقتل 9 أشخاص.")
    assert c.scope == "cumulative"
    assert c.event_type == "clashes"
    assert c.provenance["event_type"].span.text == "المعارك"


def test_quoted_object_of_a_result_verb_keeps_the_attack():
    (c,) = claims('وتدور الآن اشتباكات في أطراف البلدة أوقعت حتى الآن "12 قتيلا من عناصر الشرطة".')
    assert c.event_type == "clashes"
    assert c.provenance["event_type"].span.text == "اشتباكات"


def test_result_verb_in_a_second_statement_is_of_its_own_attack():
    # the sentence's first attack is a fight; after "وقالت إن" a bombing is told whose toll
    # the verb of result governs, with the wounded added by "بالإضافة إلى"
    cs = claims('أفادت مصادر محلية بأن حصيلة المعارك بين الجيش والفصائل في المحافظة أمس، بلغت 40 قتيلا، '
                'وقالت إن تفجيراً استهدف سوق المدينة، أوقع أكثر من 20 قتيلاً، بالإضافة إلى عشرات الجرحى.')
    blast = next(c for c in cs if any(f.low == 20 for f in c.figures))
    assert blast.event_type == "bombing"
    assert blast.provenance["event_type"].span.text == "تفجيرا"
    assert {f.kind for f in blast.figures} == {"killed", "injured"}
    fight = next(c for c in cs if any(f.low == 40 for f in c.figures))
    assert fight.event_type == "clashes"
    assert all(f.kind == "killed" for f in fight.figures)


def test_an_attack_answered_is_not_what_killed_them():
    (c,) = claims("وقتل مسلحون ثلاثة حراس في المدينة ليلا، وذلك ردا على هجوم انتحاري وقع الأسبوع الماضي.")
    assert c.event_type == "other"
    assert "event_type" not in c.provenance or c.provenance["event_type"].span.text != "هجوم انتحاري"


def test_a_killing_claimed_is_not_the_toll_of_an_attack_told_before():
    (c,) = claims("واستمرت الغارات الجوية على المنطقة، بعد تبني تنظيم داعش الثلاثاء قتل أربعة جنود قرب الحدود.")
    # not the raids': four soldiers killed with no attack named fell in a fight
    assert c.event_type == "clashes"
    assert c.provenance["event_type"].source == "figure"
    assert c.perpetrator == "isis"
    assert c.provenance["perpetrator"].span.text in ("تنظيم داعش", "داعش")


def test_a_claimed_attack_keeps_its_toll():
    (c,) = claims("وتبنى تنظيم داعش التفجير الانتحاري الذي أسفر عن مقتل 12 شخصا في السوق.")
    assert c.event_type == "bombing"


# -- what happened ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,event_type", [
    ("قتل خمسة مدنيين في غارة جوية على بلدة سرمين.", "airstrike"),
    ("قتل خمسة مدنيين في قصف جوي على بلدة سرمين.", "airstrike"),
    ("قتل خمسة مدنيين في قصف من طائرة حربية على بلدة سرمين.", "airstrike"),
    ("قتل خمسة مدنيين جراء برميل متفجر ألقته مروحية على بلدة سرمين.", "airstrike"),
    ("قتل خمسة مدنيين في قصف مدفعي على بلدة سرمين.", "shelling"),
    ("قتل خمسة مدنيين بقذائف الهاون على بلدة سرمين.", "shelling"),
    ("قتل خمسة مدنيين في انفجار سيارة مفخخة في بلدة سرمين.", "bombing"),
    ("قتل خمسة مدنيين في هجوم انتحاري على بلدة سرمين.", "bombing"),
    ("قتل خمسة مدنيين بانفجار عبوة ناسفة في بلدة سرمين.", "bombing"),
    ("أصيب 30 شخصا بحالات اختناق في بلدة سرمين.", "chemical"),
    ("قتل خمسة مدنيين في هجوم بالغاز على بلدة سرمين.", "chemical"),
    ("قتل خمسة عناصر في اشتباكات عنيفة قرب بلدة سرمين.", "clashes"),
    ("قتل خمسة عناصر في كمين قرب بلدة سرمين.", "clashes"),
    ("قتل جنديان في صدام مسلح مع مهربين قرب بلدة سرمين.", "clashes"),
    ("أصيب سبعة أشخاص في مناوشات بين الطرفين قرب بلدة سرمين.", "clashes"),
    ("أعدم التنظيم خمسة مدنيين في بلدة سرمين.", "massacre"),
])
def test_each_kind_of_attack(text: str, event_type: str) -> None:
    assert one(text).event_type == event_type


def test_the_attack_word_is_read_with_its_modifier_and_says_so() -> None:
    text = "قتل ثلاثة مدنيين في قصف جوي على قرية الطابية."
    c = one(text)
    prov = c.provenance["event_type"]
    assert prov.source == "clause" and prov.span.text == "قصف جوي"
    assert text[prov.span.start:prov.span.end] == prov.span.text


# -- by whom ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,perpetrator,said", [
    ("قتل ثلاثة مدنيين في غارات روسية على بلدة كفرنبل.", "russia", "روسية"),
    ("قتل ثلاثة مدنيين في قصف لقوات النظام على بلدة كفرنبل.", "syrian_gov", "قوات النظام"),
    ("قتل ثلاثة مدنيين في غارة جوية نفذها طيران التحالف الدولي على بلدة كفرنبل.", "coalition", "طيران التحالف"),
    ("شن الطيران الحربي الروسي غارات على بلدة كفرنبل ما أدى إلى مقتل ثلاثة مدنيين.", "russia", "الروسي"),
    ("قتل ثلاثة مدنيين برصاص القوات النظامية في بلدة كفرنبل.", "syrian_gov", "القوات النظامية"),
    ("قتل ثلاثة مدنيين في تفجير سيارة مفخخة تبناه تنظيم داعش في بلدة كفرنبل.", "isis", "تنظيم داعش"),
    ("قتل ثلاثة مدنيين في قصف الجيش التركي على قرية جنديرس.", "turkey", "الجيش التركي"),
    ("قتل ثلاثة مدنيين في الغارات الجوية الحكومية على بلدة كفرنبل.", "syrian_gov", "الحكومية"),
    # forces said to belong to another actor are that actor's, the whole phrase the evidence
    ("قتل ثلاثة مدنيين في غارة لطائرات حربية تابعة للتحالف الدولي على بلدة كفرنبل.", "coalition",
     "طائرات حربية تابعة للتحالف الدولي"),
    # a weapon only one side uses names its user, and is no victim
    ("قتل ثلاثة مدنيين ببراميل متفجرة على بلدة كفرنبل.", "syrian_gov", "براميل متفجرة"),
    # named units and factions are their side's
    ("قتل ثلاثة مدنيين في قصف لقوات الفرقة الرابعة على بلدة كفرنبل.", "syrian_gov", "الفرقة الرابعة"),
    ("قتل ثلاثة عناصر من قوات النظام برصاص مقاتلي جيش الإسلام قرب بلدة كفرنبل.", "opposition", "جيش الإسلام"),
    # the subject of a verb of seizing or executing did it, as a verb of killing's does
    ("خطفت جبهة النصرة خمسة مقاتلين من فصيل معارض قرب بلدة كفرنبل.", "hts", "جبهة النصرة"),
    ("اعتقلت قوات النظام 20 شابا في بلدة كفرنبل.", "syrian_gov", "قوات النظام"),
    ("قتل ثلاثة مدنيين منذ بدء القصف الحكومي على بلدة كفرنبل.", "syrian_gov", "الحكومي"),
    # a subject right after its verb governs the count across its apposition
    ("اختطفت جبهة النصرة، فرع القاعدة في الشام، مساء الأحد سبعة مقاتلين قرب بلدة كفرنبل.", "hts",
     "جبهة النصرة"),
    # a joined verb with no subject of its own shares the subject of the verb before it
    ("وقالت الوكالة إن قوات النظام نفذت عملية في بلدة كفرنبل، وأوقعت قتلى في صفوف المسلحين.",
     "syrian_gov", "قوات النظام"),
    # who claims an attack did it
    ("وتبنى تنظيم داعش المتشدد تفجيرا انتحاريا الأحد في بلدة كفرنبل، وأدى إلى مقتل عشرة أشخاص.", "isis", "تنظيم داعش"),
    # ... across a quoted object, and a verb across a bracketed adverb
    ('وقال المرصد إن قوات النظام نفذت "عملية خاصة" في بلدة كفرنبل، وأوقعت قتلى في صفوف المسلحين.',
     "syrian_gov", "قوات النظام"),
    ("اعتقلت قوات النظام (مساء الأحد) خمسة شبان في بلدة كفرنبل.", "syrian_gov", "قوات النظام"),
    # the one accused of an attack, not the accuser
    ("واتهمت دمشق الفصائل المعارضة بقصف بلدة كفرنبل ما أدى إلى مقتل ستة مدنيين.", "opposition",
     "الفصائل المعارضة"),
    ("واتهمت تركيا روسيا بالوقوف وراء غارة على بلدة كفرنبل أدت إلى مقتل ستة مدنيين.", "russia", "روسيا"),
    # a quote may open between what a claimant said and its verb
    ('وقالت الوكالة إن وحدة من الجيش "أوقعت عشرة قتلى بين المسلحين" في بلدة كفرنبل.', "syrian_gov",
     "الجيش"),
])
def test_agent_phrases(text: str, perpetrator: str, said: str) -> None:
    c = one(text)
    assert c.perpetrator == perpetrator
    assert said in c.provenance["perpetrator"].span.text


def test_what_was_hit_is_no_agent() -> None:
    # the object of a verbal noun of targeting is the target; the light verb's subject did it
    c = one("وقالت الوزارة إن الطائرات الأمريكية قامت باستهداف قوات شعبية ما أدى إلى مقتل 20 عنصرا.")
    assert c.perpetrator == "coalition"


def test_the_other_side_of_a_fight() -> None:
    c = one("قتل تسعة مقاتلين معارضين خلال اشتباكات مع القوات النظامية قرب بلدة كفرنبل.")
    assert c.victims == "opposition"
    assert c.perpetrator == "syrian_gov"


def test_sites_belonging_to_an_actor_are_its_target_not_its_agent() -> None:
    c = one("قصفت تركيا مواقع تابعة لتنظيم داعش قرب بلدة جرابلس ما أدى إلى مقتل خمسة عناصر.")
    assert c.perpetrator == "turkey"


def test_a_non_governmental_group_is_no_agent() -> None:
    c = one("قالت منظمة غير حكومية إن ثلاثة أشخاص قتلوا في انفجار في بلدة كفرنبل.")
    assert c.perpetrator == "unknown"


def test_a_speaker_before_a_quote_is_no_killer() -> None:
    # "قتل" opening a quote is passive as often as not: the statement's author did not kill
    c = one('وجاء في بيان الجيش "قتل ثلاثة من جنودنا في هجوم على قافلة" قرب بلدة كفرنبل.')
    assert c.perpetrator == "unknown"


def test_the_story_s_one_attacker_is_the_agent_of_its_unnamed_strikes() -> None:
    # the lead names the attacker (twice); a strike told later in the same governorate with no
    # agent of its own is that side's, and the claim says it was inherited from the lead
    text = ("تواصل القصف الحكومي على ريف إدلب الجنوبي لليوم الرابع، وقالت مصادر إن قوات النظام قصفت "
            "بلدة كفرنبل بالمدفعية.\n"
            "وقال الدفاع المدني إن الغارات الجوية على بلدة معرة النعمان خلفت 11 قتيلا.")
    c = claims(text)[-1]
    assert c.perpetrator == "syrian_gov"
    prov = c.provenance["perpetrator"]
    assert prov.source == "lead" and text[prov.span.start:prov.span.end] == prov.span.text
    # another side named as attacking anywhere in the story: no one attacker to pass on
    text2 = text.replace("بالمدفعية.", "بالمدفعية، فيما سقطت قذائف أطلقتها الفصائل على مدينة حماة.")
    assert claims(text2)[-1].perpetrator == "unknown"
    # a strike told in another governorate is another story's
    text3 = text.replace("بلدة معرة النعمان", "مدينة دوما")
    assert claims(text3)[-1].perpetrator == "unknown"
    # a car bomb is not the bombarding side's
    text4 = text.replace("الغارات الجوية", "السيارة المفخخة")
    assert claims(text4)[-1].perpetrator == "unknown"
    # a total told there with no attack of its own counts the campaign's dead
    text5 = text.replace("إن الغارات الجوية على بلدة معرة النعمان خلفت 11 قتيلا",
                         "إن عدد القتلى في معرة النعمان خلال يومين بلغ 40 شخصا")
    c = claims(text5)[-1]
    assert c.perpetrator == "syrian_gov" and c.provenance["perpetrator"].source == "lead"


def test_the_speaker_after_an_attack_word_is_no_agent() -> None:
    # an actor after the attack word but as subject of a verb of saying tells, it did not attack
    c = one("وقعت مواجهات عنيفة يقول الثوار إنها أسفرت عن مقتل 12 شخصا في بلدة كفرنبل.")
    assert c.perpetrator == "unknown"
    # with no verb of saying between them the actor is the attack's
    assert one("وقعت مواجهات عنيفة شنها الثوار أسفرت عن مقتل 12 شخصا في بلدة كفرنبل.").perpetrator \
        == "opposition"


def test_the_shares_of_a_toll_take_its_killer() -> None:
    text = "وقالت الشبكة إن قوات النظام قتلت 40 شخصا، توزعوا بواقع 25 في حلب و15 في إدلب."
    total, *shares = claims(text)
    assert total.perpetrator == "syrian_gov" and len(shares) == 2
    for c in shares:
        prov = c.provenance["perpetrator"]
        assert c.perpetrator == "syrian_gov" and prov.source == "sentence"
        assert text[prov.span.start:prov.span.end] == "قوات النظام"
    # a toll told with no killer passes none on
    assert {c.perpetrator for c in claims(text.replace("إن قوات النظام قتلت", "إنها وثقت مقتل"))} == {"unknown"}
    # a count with a verb of its own is no share of the toll before it
    _, other = claims("وقالت الشبكة إن قوات النظام قتلت 40 شخصا، فيما قال المرصد إن 25 قتلوا في حلب.")
    assert other.perpetrator == "unknown"


def test_a_result_in_a_relative_clause_is_of_the_attack_it_follows() -> None:
    # "الذي أسفر" is about the noun just before it: the bombing, not the shelling the sentence
    # opens with
    c = one("قصفت قوات النظام بلدة كفرنبل ردا على التفجير الانتحاري في سوق المدينة الذي أسفر عن "
            "مقتل 12 شخصا.")
    assert (c.event_type, c.perpetrator) == ("bombing", "unknown")
    # "ما أدى" and "الأمر الذي أدى" go on about the whole clause before: its main attack
    for tie in ("، ما أدى إلى", "، الأمر الذي أدى إلى"):
        c = one(f"قصفت قوات النظام بلدة كفرنبل ردا على التفجير الانتحاري في سوق المدينة{tie} مقتل 12 شخصا.")
        assert (c.event_type, c.perpetrator) == ("shelling", "syrian_gov")


def test_a_result_in_a_second_relative_clause_is_of_the_same_noun() -> None:
    # "والذي أدى" joins a second relative clause to "الذي نسبته": both are on the bombing, not
    # on the shelling the sentence opens with, however long the first one runs
    c = one("قصفت قوات النظام بلدة كفرنبل ردا على التفجير الانتحاري في سوق المدينة الذي نسبته "
            "الحكومة إلى مسلحين مجهولين والذي أدى إلى مقتل 12 شخصا.")
    assert c.event_type == "bombing"


def test_the_dead_shared_out_after_a_toll_are_of_that_toll() -> None:
    # "والقتلى هم ..." opens on the dead the sentence before counted: they fell in its fight,
    # not in the shelling the story leads with
    text = ("قتل 18 مدنيا في قصف صاروخي لقوات النظام على حي المغاير في مدينة حلب.\n"
            "وفي الزبداني تسببت المعارك المتواصلة بمقتل 80 مقاتلا من الطرفين، بحسب المرصد.\n"
            "{} 21 من حزب الله و59 من مقاتلي المعارضة.")
    for opening in ("والقتلى هم", "ومن بين القتلى"):
        shared = claims(text.format(opening))[2:]
        assert shared and {c.event_type for c in shared} == {"clashes"}
        assert {c.provenance["event_type"].source for c in shared} == {"event"}
    # a sentence opening on anything else goes on with the story's lead ...
    *_, last = claims(text.replace("المعارك المتواصلة", "المعارك").format("وقتل"))
    assert last.event_type == "shelling"
    # ... but after a total of a fight still going on it shares that total out (scope13)
    *_, last = claims(text.format("وقتل"))
    assert last.scope == "cumulative"


def test_a_total_told_over_days_of_an_attack_is_of_that_attack() -> None:
    # "بعد ساعات طويلة من الاشتباكات": the fight is the stretch of time the dead fell in, what
    # killed them, though a comma and a place stand between
    c = one("وقال المرصد إن أكثر من 200 شخص قتلوا في المحافظة الواقعة جنوبي البلاد، بعد ساعات "
            "طويلة من الاشتباكات العنيفة.")
    assert c.event_type == "clashes"
    # a time that is no stretch of the attack ("بعد ساعات من إعلان") ties nothing
    c = one("وقال المرصد إن أكثر من 200 شخص قتلوا في المحافظة الواقعة جنوبي البلاد، بعد ساعات "
            "من إعلان الهدنة.")
    assert c.event_type == "other"


def test_a_count_dated_to_another_day_is_not_the_attack_told_before() -> None:
    text = "قصفت الطائرات الحربية بلدة سرمين أمس، ما أدى إلى مقتل خمسة مدنيين.\nوقتل ثلاثة أشخاص آخرون {} في البلدة."
    # a day the raid was not on: another killing, of no attack the article names
    _, other = claims(text.format("يوم الأحد"), published="2024-03-14")
    assert (other.event_type, other.perpetrator) == ("other", "unknown")
    # the raid's own day, or none: the raid's dead
    for day in ("أمس", ""):
        _, same = claims(text.format(day), published="2024-03-14")
        assert same.event_type == "airstrike"


def test_a_verb_right_after_an_indefinite_attack_is_its_relative_clause() -> None:
    # "هجوم كيماوي أوقع": an indefinite noun and a verb after it, with no pronoun, is "an attack
    # that killed"; the toll is that attack's, not the strikes the sentence opens with
    for verb in ("أوقع 40 قتيلا", "أسفر عن مقتل 40 شخصا"):
        c = one(f"شنت الطائرات الأمريكية ضربات جوية على مواقع للنظام ردا على هجوم كيماوي في دوما {verb}.")
        assert c.event_type == "chemical"
    # "ما أدى إلى" goes on about the whole clause before: its main attack
    c = one("شنت الطائرات الأمريكية ضربات جوية على مواقع للنظام ردا على هجوم كيماوي في دوما، ما أدى إلى مقتل 4 جنود.")
    assert c.event_type == "airstrike"


def test_a_toll_of_several_kinds_of_attack_is_of_none() -> None:
    c = one("وشهدت البلدة اليوم اشتباكات عنيفة وغارات جوية وعمليات قصف واسعة أوقعت 25 قتيلا.")
    assert c.event_type == "other"
    # two kinds joined: the first one named
    c = one("وشهدت البلدة اليوم سلسلة من الغارات والهجمات الصاروخية أوقعت 25 قتيلا.")
    assert c.event_type == "airstrike"


def test_the_weapon_used_in_an_attack_says_its_kind() -> None:
    c = one("واتهمت الحكومة المسلحين باستخدام أسلحة كيماوية في هجوم على بلدة خان العسل قتل فيه 20 شخصا.")
    assert c.event_type == "chemical"
    # strikes say their means themselves: rockets fired in them may be fired from the air
    c = one("وأطلقت الطائرات 70 صاروخا في الضربات التي نفذتها على مواقع عسكرية، حيث قتل من جراء ذلك 20 عنصرا.")
    assert c.event_type == "airstrike"


def test_a_count_told_again_is_of_the_attack_it_was_told_with() -> None:
    text = ("قصفت الطائرات التركية مواقع للتنظيم في شمال سوريا أمس.\n"
            "وجاء القصف بعد التفجير الانتحاري في بلدة سروج الذي أدى إلى مقتل 32 شخصا.\n"
            "وقال رئيس الوزراء إن التنظيم سيدفع ثمنا غاليا لمقتل {} شخصا.")
    *_, last = claims(text.format("32"))
    assert last.event_type == "bombing" and last.provenance["event_type"].source == "event"
    # another number is another count: the story's lead
    *_, last = claims(text.format("45"))
    assert last.event_type == "airstrike"


def test_an_attack_named_by_its_town_is_the_one_told_before() -> None:
    # "هجوم دوما": an attack word in construct with a town is that town's attack, told before
    text = ("وقال مسعفون إن قوات النظام استخدمت غاز الكلور في بلدة دوما يوم السبت.\n"
            "وطالبت المنظمة بالتحقيق في هجوم دوما الذي أسفر عن مقتل 40 شخصا.")
    assert one(text).event_type == "chemical"
    # with no town after it, "هجوم" is an attack of its own
    assert one(text.replace("هجوم دوما", "هجوم جديد")).event_type == "clashes"


def test_the_fight_told_again_keeps_its_sides() -> None:
    # "الاشتباكات" refers back to the fight whose sides the sentence before names: the side the
    # dead did not belong to killed them
    text = ("اندلعت اشتباكات عنيفة بين قوات النظام والفصائل المقاتلة قرب بلدة كفرنبل. وقال المرصد إن 9 "
            "عناصر من قوات النظام قتلوا في الاشتباكات.")
    c = one(text)
    prov = c.provenance["perpetrator"]
    assert (c.victims, c.perpetrator) == ("syrian_gov", "opposition")
    assert prov.source == "event" and text[prov.span.start:prov.span.end] == "الفصائل المقاتلة"
    c = one(text.replace("9 عناصر من قوات النظام", "9 مقاتلين من الفصائل"))
    assert (c.victims, c.perpetrator) == ("opposition", "syrian_gov")


def test_a_site_or_unit_of_an_actor_is_what_was_hit() -> None:
    # the forces after "a checkpoint of", "a gathering of" were the target, not the bombers
    for site in ("أمام حاجز", "في تجمع", "قرب نقطة"):
        c = one(f"قتل سبعة أشخاص في انفجار سيارة مفخخة {site} للقوات النظامية في مدينة حماة.")
        assert c.perpetrator == "unknown"


def test_fighters_said_to_belong_to_a_group_are_that_group() -> None:
    c = one("قتل خمسة جنود من القوات النظامية في اشتباكات مع مسلحين ينتمون إلى تنظيم داعش قرب بلدة السخنة.")
    assert c.perpetrator == "isis"
    assert c.provenance["perpetrator"].span.text == "مسلحين ينتمون إلى تنظيم داعش"


def test_operations_at_large_refer_back_to_no_attack() -> None:
    first = "قتل 4 مدنيين في غارة جوية لقوات النظام على بلدة كفرنبل. "
    # plural, unmarked and with an adjective: such acts in general, not the raid just told
    c = claims(first + "وتشهد البلاد منذ عامين احتجاجات تطورت إلى عمليات عسكرية وأعمال عنف في "
                       "معظم المناطق، مما أسفر عن سقوط آلاف القتلى.")[-1]
    assert c.perpetrator == "unknown"
    # annexed to what they clear, they are the offensive the story tells
    c = claims(first + "وقال المرصد إن 12 شخصا قتلوا في عمليات تطهير البلدة.")[-1]
    assert c.perpetrator == "syrian_gov" and c.provenance["perpetrator"].source == "event"


def test_a_fight_told_later_is_the_lead_fight() -> None:
    # the lead tells a fight between two sides; a fight told later naming no side of its own
    # (or only the dead's) is between the same sides
    text = ("تتواصل الاشتباكات بين القوات النظامية والفصائل المقاتلة في ريف حماة الشمالي.\n"
            "وفي محافظة إدلب، قال المرصد إن 6 مقاتلين من الفصائل قتلوا في اشتباكات قرب بلدة سراقب.")
    c = claims(text)[-1]
    assert (c.victims, c.perpetrator) == ("opposition", "syrian_gov")
    prov = c.provenance["perpetrator"]
    assert prov.source == "lead" and text[prov.span.start:prov.span.end] == "القوات النظامية"
    # a lead naming one side gives no other
    c = claims(text.replace("بين القوات النظامية والفصائل المقاتلة", "مع الفصائل المقاتلة"))[-1]
    assert c.perpetrator == "unknown"


def test_an_unnamed_killer_stays_unknown() -> None:
    c = one("قتل ثلاثة أشخاص في انفجار في بلدة كفرنبل.")
    assert c.perpetrator == "unknown"
    assert "perpetrator" not in c.provenance


# -- to whom ---------------------------------------------------------------------------------
def test_victims_from_the_figures_and_from_the_clause() -> None:
    assert one("قتل 14 مدنيا في غارة على بلدة كفرنبل.").victims == "civilians"
    c = one("قتل خمسة عناصر من قوات النظام في كمين قرب بلدة كفرنبل.")
    assert c.victims == "syrian_gov" and c.provenance["victims"].source == "figure"
    # "43 people, children among them": the figure stays unspecified, the victims civilians
    c = one("قتل 43 شخصا، بينهم أطفال، في غارة على بلدة كفرنبل.")
    assert c.figures[0].group == "unspecified" and c.victims == "civilians"
    # the side after "من" through its leaders or ranks ("من قادة", "من صفوف مقاتلي")
    assert one("أعلن مصدر عسكري مقتل سبعة من قادة تنظيم داعش بقصف مدفعي في مدينة الفلوجة.").victims == "isis"
    assert one("سقط تسعة قتلى من صفوف مقاتلي تنظيم داعش بغارات تركية قرب بلدة الراعي.").victims == "isis"
    # through a quantifier over the sides ("من عدة", "من مختلف")
    assert one("أفاد المرصد بمقتل 12 مقاتلا من عدة كتائب في اشتباكات قرب بلدة كفرنبل.").victims == "opposition"
    assert one("أفاد المرصد بمقتل 12 مقاتلا من مختلف الفصائل في اشتباكات قرب بلدة كفرنبل.").victims == "opposition"
    # soldiers' nationality is their state's side, and no attack of that state
    c = one("قتل ثلاثة جنود أتراك في هجوم قرب بلدة جرابلس.")
    assert (c.victims, c.perpetrator) == ("turkey", "unknown")
    assert c.provenance["victims"].span.text == "أتراك"
    assert one("قتل 11 إيرانيا في غارات إسرائيلية على مطار التيفور.").victims == "iran"
    # Iraqis counted as people may be anyone
    assert one("قتل سبعة عراقيين في تفجير سيارة مفخخة في بغداد.").victims == "unknown"
    # children counted among an attack's dead: the count is the evidence
    c = one("قتل 31 شخصا، بينهم 14 طفلا، في قصف صاروخي على بلدة كفرنبل.")
    assert c.victims == "civilians" and c.provenance["victims"].span.text == "14 طفلا"
    # fighters counted beside them: whom the attack hit is not one side
    c = one("قتل 31 شخصا، بينهم 14 طفلا و10 مقاتلين، في قصف صاروخي على بلدة كفرنبل.")
    assert c.victims != "civilians"


def test_victims_named_past_the_figures_own_verb() -> None:
    # "from the ranks of" past the verb still names whose dead they were; a bare "من" there
    # says what killed them
    c = one("قال مصدر إن عشرة قتلى على الأقل سقطوا من صفوف مقاتلي تنظيم داعش بغارات تركية قرب بلدة الراعي.")
    assert c.victims == "isis" and c.provenance["victims"].span.text == "تنظيم داعش"
    assert one("قال مصدر إن 40 شخصا قتلوا من جراء القصف على بلدة الراعي.").victims != "isis"


def test_victims_of_a_camp_numbered_apart() -> None:
    # two allied sides numbered among fighters: the one most of them belong to
    c = one("قتل 30 مقاتلا، بينهم 6 من قوات النظام و24 عنصرا من المسلحين الموالين، في غارات على بلدة الميادين.")
    assert c.victims == "pro_gov" and c.provenance["victims"].span.text == "المسلحين الموالين"
    # enemies numbered among them: no one side
    c = one("قتل 30 مقاتلا، بينهم 6 من قوات النظام و24 عنصرا من تنظيم داعش، في غارات على بلدة الميادين.")
    assert c.victims == "unknown"


def test_victims_counted_as_the_soldiers_of_a_side_named_before() -> None:
    # "its soldiers": the side the pronoun refers back to, with the span naming it
    c = one("أعلن الجيش التركي مقتل ستة من جنوده في اشتباكات قرب بلدة جرابلس.")
    assert c.victims == "turkey" and c.provenance["victims"].span.text == "الجيش التركي"
    assert one("أعلنت تركيا مقتل ستة من جنودها في اشتباكات قرب بلدة جرابلس.").victims == "turkey"
    # the subject, not the enemy named after it
    c = one("اتهم الحشد الشعبي التحالف بشن غارة على موقع له قرب البوكمال ما أدى إلى مقتل 20 من عناصره.")
    assert c.victims == "iraq_gov"
    # a feminine pronoun does not refer back to a masculine name, nor to a relative adjective
    assert one("لم يكشف الحرس الثوري عن الجماعة، لكنه أكد أن القصف أسفر عن مقتل 30 من أفرادها.").victims \
        == "unknown"
    assert one("تعرضت مواقع الجماعة لغارات جوية أمريكية أدت إلى مقتل ستة من قادتها.").victims == "unknown"


def test_victims_counted_by_a_feminine_calling() -> None:
    c = one("أعلن الدفاع المدني مقتل إحدى المسعفات العاملات معه جراء القصف على بلدة كفرنبل.")
    assert c.victims == "civilians" and c.provenance["victims"].span.text == "المسعفات"


def test_victims_of_an_attack_on_a_civilian_site() -> None:
    # what the attack hit is told beyond the figure's clause window: the attack's object says it
    c = one("قتل 12 شخصا وأصيب العشرات بجروح صباح أمس في سقوط قذيفة صاروخية مصدرها الفصائل المسلحة "
            "على حي سكني في وسط مدينة حماة.")
    assert c.victims == "civilians" and c.provenance["victims"].span.text == "حي سكني"
    assert one("أسفر تفجير انتحاري استهدف مسجدا في بلدة الرستن عن مقتل تسعة أشخاص.").victims == "civilians"
    # a relative clause after the attack noun tells what it hit, for a toll told far from it
    *_, far = claims("وارتفعت حصيلة القتلى في الانفجار، الذي استهدف مسجد النور في حي الوعر، الجمعة، إلى 15 "
                     "شخصا، بحسب وزير الصحة في الحكومة السورية، بينما أعلن المرصد السوري لحقوق الإنسان أن "
                     "حصيلة القتلى بلغت 17.")
    assert far.victims == "civilians" and far.provenance["victims"].span.text == "مسجد"
    # a neighbourhood named by its name says where, not what kind of place was hit
    assert one("أسفر قصف مدفعي استهدف حي الوعر في مدينة حمص عن مقتل تسعة أشخاص.").victims == "unknown"
    # fighters counted: the site does not make them civilians
    assert one("أسفر قصف استهدف مستشفى ميدانيا في بلدة الرستن عن مقتل تسعة عناصر من الفصائل.").victims \
        != "civilians"


def test_a_civilian_word_that_does_not_say_whom_the_claim_counts() -> None:
    # a day's toll across the country counting fighters beside civilians names no one side
    c = one("وقتل في أعمال عنف في مناطق مختلفة من سوريا الأحد 80 شخصا هم 30 مدنيا و25 مقاتلا معارضا "
            "و25 جنديا نظاميا، بحسب حصيلة للمرصد.")
    assert c.scope == "cumulative" and c.victims == "unknown"
    # one attack's dead, most of them civilians, are told as whom it hit
    assert one("أسفر تفجير سيارة مفخخة في بلدة الباب عن مقتل 9 أشخاص، من بينهم 6 مدنيين و3 مقاتلين.").victims \
        == "civilians"
    # the civilians were another claimant's words, told before this one is named
    first, second = claims("قتل ستة مدنيين في غارة على بلدة سراقب بحسب دمشق، في حين تحدث مصدر عسكري عن مقتل "
                           "سبعة مقاتلين في الغارة.")
    assert (first.victims, second.victims) == ("civilians", "unknown")
    # a civilian word inside a town's name is the name
    assert one("وتواصلت المداهمات في مدينة منزل بورقيبة حيث قتل ثلاثة أشخاص.").victims == "unknown"


def test_victims_counted_by_a_civilian_calling() -> None:
    # people counted by what only non-combatants do were civilians; the calling is the evidence
    c = one("قتل أربعة صحفيين في قصف مدفعي على بلدة معرة النعمان.")
    # (journalists are a civilian group of figure too: the figure then names them)
    assert c.victims == "civilians" and "صحفيين" in c.provenance["victims"].span.text
    c = one("وأفادت منظمة إنسانية بمقتل ستة من أفراد الطواقم الطبية جراء الغارات على بلدة حمورية.")
    assert c.victims == "civilians" and c.provenance["victims"].span.text == "الطواقم الطبية"
    assert one("خطف مسلحون مجهولون 12 عاملا من معمل للإسمنت قرب بلدة الشيخ نجار.").victims == "civilians"
    # a calling in a body's name is that body ("حزب العمال"), one after "according to" tells
    assert one("قتل سبعة من حزب العمال في اشتباكات قرب بلدة نصيبين.").victims != "civilians"
    assert one("قتل عشرون شخصا في قصف على بلدة سقبا بحسب مسعفين.").victims != "civilians"
    # fighters counted beside them are not civilians (journalists being civilians, the two
    # sides are two claims, as "ثلاثة مدنيين و12 مقاتلا" are)
    got = claims("قتل ثلاثة صحفيين و12 مقاتلا من الفصائل في قصف على بلدة سقبا.")
    assert all(c.victims != "civilians" for c in got if any(f.group == "combatants" for f in c.figures))


def test_citizens_counted_with_fighters_among_them_are_no_one_side() -> None:
    c = one("وفي محافظة حماة قتل 18 مواطنا بينهم خمسة من أفراد المعارضة المسلحة.")
    assert c.victims == "unknown" and "victims" not in c.provenance
    assert one("وفي محافظة حماة قتل 18 مواطنا بينهم خمسة أطفال.").victims == "civilians"


def test_victims_the_side_most_of_the_counted_dead_are_numbered_in() -> None:
    c = one("أسفرت الغارة على مطار الشعيرات عن مقتل 12 شخصا بينهم ثمانية إيرانيين.")
    assert c.victims == "iran" and c.provenance["victims"].span.text == "إيرانيين"
    assert one("وقتل في التفجير 30 شخصا، بينهم 20 عنصرا من قوات النظام.").victims == "syrian_gov"
    # a few of them only: the rest may be anyone
    assert one("وقتل في التفجير 30 شخصا، بينهم ثلاثة عناصر من قوات النظام.").victims == "unknown"
    # citizens counted: fighters among them make the claim no one side's
    assert one("وقتل في القصف 12 مواطنا بينهم ثمانية من أفراد المعارضة.").victims == "unknown"


def test_victims_of_the_kurdistan_region_forces_are_iraqs() -> None:
    c = one("وأفاد مصدر كردي بمقتل سبعة من عناصر البيشمركة في هجوم قرب بلدة سنجار.")
    assert c.victims == "iraq_gov" and c.provenance["victims"].span.text == "البيشمركة"


def test_victims_loyal_to_the_regime_named_by_its_seat_or_president() -> None:
    c = one("أسفر تفجير سيارة مفخخة عن مقتل عشرة من الموالين لدمشق قرب بلدة محردة.")
    assert c.victims == "pro_gov" and c.place.name != "دمشق"
    assert one("قتل تسعة من المقاتلين الموالين للرئيس بشار الأسد في هجوم قرب بلدة محردة.").victims == "pro_gov"


def test_civilians_joined_to_fighters_are_no_one_side() -> None:
    assert one("وأسفرت المعارك عن سقوط عشرات القتلى من المقاتلين والمدنيين في مدينة تلكلخ.").victims == "unknown"
    assert one("أدى القصف إلى سقوط قتلى مدنيين وعسكريين في مدينة تلكلخ.").victims == "unknown"
    assert one("أدى القصف إلى سقوط قتلى مدنيين في مدينة تلكلخ.").victims == "civilians"


def test_victims_of_them_are_the_side_counted_before() -> None:
    first, second = claims("أفاد المرصد بمقتل 8 من عناصر تنظيم داعش في غارة على مدينة الميادين، بينما قتل 12 منهم "
                           "في قصف على معسكر قرب مدينة الطبقة.")
    assert (first.victims, second.victims) == ("isis", "isis")
    # "them" past the sentence may be anyone told since
    *_, last = claims("أفاد المرصد بمقتل 8 من عناصر تنظيم داعش في غارة على مدينة الميادين. وهاجم مسلحون حاجزا "
                      "للشرطة فردت عليهم. وقتل اثنان منهم خلال تبادل إطلاق النار.")
    assert last.victims == "unknown"


def test_victims_most_of_whom_were_of_a_side() -> None:
    c = one("قتل 20 شخصا، معظمهم من عناصر قوات النظام، في تفجير سيارة مفخخة في مدينة حماة.")
    assert c.victims == "syrian_gov" and c.provenance["victims"].span.text == "قوات النظام"
    # "most of them in ..." says where or how, not whose
    assert one("قتل 20 شخصا قضى معظمهم في غارات التحالف الدولي قرب مدينة الرقة.").victims != "coalition"


def test_victims_in_the_ranks_of_a_side_after_a_vague_figure() -> None:
    c = one("وأفاد ناشطون بسقوط قتلى وجرحى في صفوف قوات النظام قرب بلدة مورك.")
    assert c.victims == "syrian_gov" and c.provenance["victims"].span.text == "قوات النظام"
    # the state's label for the other side means the opposition only in the state's words
    assert one("وقالت وكالة سانا إن وحدة من الجيش أوقعت قتلى وجرحى في صفوف مجموعات إرهابية مسلحة "
               "في ريف حماة.").victims == "opposition"
    assert one("وقال ناشطون إن الجيش أوقع قتلى وجرحى في صفوف مجموعات إرهابية مسلحة في ريف حماة.").victims \
        == "unknown"


def test_victims_shared_by_the_claims_of_one_attack() -> None:
    told = "قتل 12 مدنيا في تفجير سيارة مفخخة نفذه تنظيم داعش في بلدة أعزاز يوم الأحد. "
    first, second = claims(told + "وقال مسؤول في المجلس المحلي إن التفجير أسفر عن مقتل 15 شخصا.")
    assert first.event == second.event and second.victims == "civilians"
    assert second.provenance["victims"].source == "event"
    assert second.provenance["victims"].span.text == "قتل 12 مدنيا"
    # people seized after the attack are not the people it hit
    _, seized = claims(told + "وقال مسؤول في المجلس المحلي إن قوات الأمن اعتقلت بعد التفجير 15 شخصا.")
    assert seized.victims == "unknown"


def test_victims_of_the_same_toll_told_again() -> None:
    # the same numbered toll told in two sentences counts the same dead
    first, second = claims("وقالت مصادر طبية إن قصفا صاروخيا على مدينة تلبيسة أسفر عن مقتل 17 شخصا. "
                           "وأضافت المصادر أن القذائف سقطت على السوق مما أدى إلى مقتل 17 شخصا، معظمهم من المدنيين.")
    assert (first.victims, second.victims) == ("civilians", "civilians")
    assert first.provenance["victims"].source == "event"
    assert first.provenance["victims"].span.text == "معظمهم من المدنيين"
    # a small count told twice may be two groups of dead
    first, _ = claims("وقالت مصادر طبية إن قصفا صاروخيا على مدينة تلبيسة أسفر عن مقتل ثلاثة أشخاص. "
                      "وفي الرستن قتل ثلاثة مدنيين في غارة جوية.")
    assert first.victims == "unknown"


# -- figures attached to their attack ------------------------------------------------------------
def test_each_figure_takes_the_attack_of_its_own_clause() -> None:
    cs = claims("قتل خمسة مدنيين في غارة جوية على بلدة سرمين، فيما أصيب ثلاثة آخرون في قصف مدفعي على بلدة بنش.")
    kinds = {c.figures[0].kind: c.event_type for c in cs}
    assert kinds == {"killed": "airstrike", "injured": "shelling"}


def test_a_result_clause_reports_the_attack_before_it() -> None:
    c = one("شن الطيران الحربي غارات على بلدة سرمين التي شهدت اشتباكات أمس، ما أدى إلى مقتل خمسة مدنيين.")
    assert c.event_type == "airstrike"


def test_a_sentence_with_no_attack_goes_on_about_the_lead() -> None:
    text = ("قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب فجر اليوم.\n"
            "وقال المرصد السوري لحقوق الإنسان إن سبعة مدنيين قتلوا.")
    c = one(text)
    assert c.event_type == "airstrike" and c.perpetrator == "russia"
    assert c.provenance["event_type"].source == "previous" or c.provenance["event_type"].source == "lead"
    assert c.provenance["perpetrator"].span.text == "روسية"


def test_a_definite_attack_word_refers_back() -> None:
    text = ("انفجرت سيارة مفخخة في سوق بلدة أعزاز صباح اليوم.\n"
            "وقال ناشطون إن الهجوم أسفر عن مقتل 12 شخصا.")
    c = one(text)
    assert c.event_type == "bombing"


def test_claims_of_one_event_share_its_mention() -> None:
    text = ("قال المرصد السوري إن 45 عنصرا من القوات الموالية قتلوا في غارات للتحالف الدولي على خشام، "
            "فيما قالت وزارة الدفاع الروسية إن 25 عنصرا أصيبوا في الغارات.")
    cs = claims(text)
    assert len(cs) == 2 and cs[0].event is not None and cs[0].event == cs[1].event


# -- when: the day of the event, not the day of the statement ----------------------------------------
def test_claimant_day_and_event_day_stay_apart() -> None:
    # published on a Friday; the statement is Thursday's, the strike Wednesday night's
    c = one("وقال المرصد يوم الخميس إن عشرة مدنيين قتلوا في غارة على بلدة سراقب مساء الأربعاء.",
            published="2024-03-15")
    assert (c.date.start, c.date.end) == ("2024-03-13", "2024-03-13")
    assert c.provenance["date"].span.text == "مساء الأربعاء"


def test_a_statement_day_alone_does_not_date_the_event() -> None:
    c = one("وأعلن المرصد اليوم الخميس مقتل عشرة مدنيين في غارة على بلدة سراقب.", published="2024-03-14")
    assert c.date is None


# -- every attribute can be checked ----------------------------------------------------------
def test_every_attribute_points_at_its_text() -> None:
    text = ("حلب 12 آذار 2024 - قال المرصد السوري لحقوق الإنسان إن ما لا يقل عن 23 مدنيا قتلوا فجر اليوم "
            "الثلاثاء في غارات جوية نفذتها طائرات حربية روسية على بلدة الأتارب في ريف حلب الغربي.")
    c = one(text, published="2024-03-12")
    assert set(c.provenance) >= {"event_type", "perpetrator", "victims", "place", "date"}
    for prov in c.provenance.values():
        assert prov.span is not None and text[prov.span.start:prov.span.end] == prov.span.text
    assert c.to_dict()["provenance"]["perpetrator"]["from"] == "clause"


def test_the_document_keeps_its_events() -> None:
    doc = run(Article(id="t", text="قتل خمسة مدنيين في غارة روسية على بلدة سرمين.", published="2024-03-14"))
    (ev,) = doc.events
    assert ev.type == "airstrike" and ev.agent == "russia" and doc.lead is ev


# -- sides ---------------------------------------------------------------------------------
def test_both_sides_of_one_clash_share_its_day_and_place() -> None:
    a, b = claims("قتل 6 عناصر من قوات النظام و4 مقاتلين من \"هيئة تحرير الشام\" في اشتباكات "
                  "اندلعت فجر الأربعاء على أطراف بلدة كفرنبل بريف إدلب الجنوبي.")
    assert (a.victims, a.perpetrator) == ("syrian_gov", "hts")
    assert (b.victims, b.perpetrator) == ("hts", "syrian_gov")
    assert a.place.name == b.place.name == "كفرنبل"
    assert a.date == b.date and a.date is not None and a.date.start == "2024-03-13"


def test_the_victims_allies_are_not_the_other_side() -> None:
    c = one("قتل 14 عنصرا من قوات النظام والمسلحين الموالين لها في اشتباكات في ريف حماة الشمالي.")
    assert c.victims == "syrian_gov" and c.perpetrator == "unknown"


def test_a_count_of_both_sides_names_no_victims() -> None:
    c = one("وتسببت المعارك بمقتل نحو أربعين مقاتلا من الطرفين، وتحاول قوات النظام التقدم نحو البلدة.")
    assert c.victims == "unknown"
    c = one("قتل 12 عنصرا من الفصائل المقاتلة وتنظيم داعش في اشتباكات بين الطرفين في ريف حلب الشمالي.")
    assert c.victims == "unknown"


def test_a_side_named_after_its_fighters() -> None:
    c = one("قال المرصد إن 9 مقاتلين من \"جبهة النصرة\" قتلوا في غارة على بلدة سرمين.")
    assert c.victims == "hts"
    # "في" says where, not whose
    c = one("تحدثت الوكالة عن مقتل 30 مسلحا في تركيا جراء القصف.")
    assert c.victims != "turkey"


def test_the_agent_of_a_light_verb_across_a_time_of_day() -> None:
    c = one("قال مصدر عسكري إن العدو الإسرائيلي شن نحو الساعة الثانية و30 دقيقة من فجر اليوم "
            "عدوانا جويا على نقاط في محيط مدينة مصياف، ما أدى إلى مقتل 4 أشخاص.")
    assert (c.event_type, c.perpetrator) == ("airstrike", "israel")


def test_the_countryside_of_a_district_seat_is_that_district() -> None:
    c = one("قتل 8 عناصر من قوات النظام في هجوم على حافلة في ريف تدمر.")
    assert c.place.name == "ريف تدمر" and c.place.pcode == "SY0405" and c.place.governorate == "homs"


def test_a_sides_ground_is_no_place() -> None:
    c = one("وفي مناطق النظام في دمشق قتل شخص وأصيب آخران بقذائف هاون.")
    assert c.place.name == "دمشق"


def test_the_one_side_a_fight_names_after_with_is_the_other_side() -> None:
    c = one("قتل 12 مقاتلا معارضا خلال اشتباكات مع القوات النظامية في حي جوبر بدمشق.")
    assert c.perpetrator == "syrian_gov"
    # "dealing with the regime" names no fight
    c = one("أعدم التنظيم رجلين في مخيم اليرموك بتهمة التعامل مع النظام السوري.")
    assert c.perpetrator != "syrian_gov"


# -- a toll shared out place by place ------------------------------------------------------------
def test_each_share_of_a_days_toll_is_that_place_on_that_day() -> None:
    cs = claims("وقالت لجان التنسيق المحلية إنها وثقت مقتل 90 شخصا كحصيلة ليوم الاثنين، "
                "وتوزع القتلى بواقع 50 في حلب، و25 في إدلب، و15 في حمص.", published="2024-03-14")
    total, *shares = cs
    assert total.figures[0].low == 90 and total.date.start == "2024-03-11"
    assert [(c.figures[0].low, c.place.governorate) for c in shares] == [
        (50, "aleppo"), (25, "idlib"), (15, "homs")]
    assert all(c.date is not None and c.date.start == "2024-03-11" for c in shares)
    # each share says where its day came from: the total's words
    assert all(c.provenance["date"].source == "claimant" for c in shares)


def test_a_larger_toll_after_a_days_count_is_no_share_of_it() -> None:
    cs = claims("وقتل خمسة مدنيين السبت في بلدة كفرنبل، ليرتفع عدد القتلى المدنيين منذ بدء "
                "التصعيد إلى 105 مدنيين.", published="2024-03-14")
    day = next(c for c in cs if c.figures[0].low == 5)
    total = next(c for c in cs if c.figures[0].low == 105)
    assert day.date.start == "2024-03-09"
    assert total.date is None  # since the escalation began: not Saturday


# -- a side named by a label that depends on who speaks -----------------------------------------
def test_the_states_terrorist_groups_are_the_opposition_in_its_own_words_only() -> None:
    c = one("وأفادت وكالة سانا بأن وحدة من الجيش قتلت 20 من المجموعات الإرهابية المسلحة في بلدة داريا.")
    assert c.claimant == "sana" and c.victims == "opposition"
    assert c.provenance["victims"].span.text == "المجموعات الإرهابية المسلحة"
    c = one("وقال المرصد إن 20 عنصرا من المجموعات الإرهابية المسلحة قتلوا في بلدة داريا.")
    assert c.victims == "unknown" and "victims" not in c.provenance
    # a group named beside the label is read by its name
    c = one("وأفادت وكالة سانا بأن الجيش قتل 70 إرهابيا من تنظيم داعش في مدينة تدمر.")
    assert c.victims == "isis"


def test_a_claim_going_on_about_an_attack_is_where_the_attack_was() -> None:
    text = ("قصفت قوات النظام بالصواريخ حي جبل بدرو في مدينة حلب فجر اليوم.\n"
            "وقال المرصد إن 31 شخصا قتلوا في حلب.")
    c = one(text)
    assert (c.place.name, c.place.governorate) == ("جبل بدرو", "aleppo")
    assert c.provenance["place"].source == "event"
    # a place of its own elsewhere is kept
    text = ("قصفت قوات النظام بالصواريخ حي جبل بدرو في مدينة حلب فجر اليوم.\n"
            "وقال المرصد إن 31 شخصا قتلوا في مدينة إدلب.")
    assert one(text).place.name == "إدلب"


# -- an agent told for another attack of the same kind ------------------------------------------
def test_an_air_raid_takes_the_agent_of_the_air_raids_the_article_tells() -> None:
    cs = claims("شنت الطائرات الحربية الروسية غارات على بلدة كفرنبل ما أدى إلى مقتل ستة مدنيين.\n\n"
                "وفي ريف حماة، قتل أربعة مدنيين في غارة جوية على بلدة اللطامنة.")
    assert [c.perpetrator for c in cs] == ["russia", "russia"]
    assert cs[1].provenance["perpetrator"].source == "event"


def test_a_shell_elsewhere_takes_no_agent_from_another_shelling() -> None:
    # shells and bombs are every side's: one told in another town has no agent of its own
    cs = claims("قصفت قوات النظام بلدة كفرنبل بالمدفعية ما أدى إلى مقتل ستة مدنيين.\n\n"
                "وفي ريف حماة، قتل أربعة مدنيين في قصف على بلدة اللطامنة.")
    assert [c.perpetrator for c in cs] == ["syrian_gov", "unknown"]


def test_a_shelling_told_again_at_the_same_town_takes_its_agent() -> None:
    cs = claims("قصفت قوات النظام بلدة اللطامنة بالمدفعية ما أدى إلى مقتل ستة مدنيين.\n\n"
                "وقال ناشطون إن أربعة مدنيين آخرين قتلوا في قصف على بلدة اللطامنة.")
    assert [c.perpetrator for c in cs] == ["syrian_gov", "syrian_gov"]


# -- people seized or missing ------------------------------------------------------------------
def test_a_count_of_people_seized_reports_the_seizing_not_the_attack_beside_it() -> None:
    text = ("قصفت قوات النظام بلدة معرة حرمة بالمدفعية. "
            "واعتقلت دورية للأمن نحو ثلاثين شابا في بلدة حيش.")
    c = one(text)
    assert [f.kind for f in c.figures] == ["detained"]
    assert c.event_type == "other"
    prov = c.provenance["event_type"]
    assert prov.source == "figure" and text[prov.span.start:prov.span.end] == prov.span.text


def test_people_missing_after_an_air_raid_are_not_its_toll() -> None:
    text = ("شن الطيران الحربي غارات على مدينة أريحا. "
            "وأعلنت نقابة الصحافيين فقدان أثر أربعة صحافيين في ريف إدلب.")
    c = one(text)
    assert c.event_type == "other"


def test_captives_taken_in_a_battle_their_clause_names_keep_its_type() -> None:
    c = one("وأسر المقاتلون عشرين جنديا خلال المعارك في محيط بلدة كفرزيتا.")
    assert c.event_type == "clashes"


# -- killed by gunfire ---------------------------------------------------------------------------
def test_a_toll_by_gunfire_is_a_shooting_not_the_attack_told_before() -> None:
    text = ("وتواصلت الاشتباكات بين الفصائل وقوات النظام في ريف حماة. "
            "وقالت اللجان إن 40 شخصا قتلوا أمس برصاص قوات النظام في مناطق عدة.")
    c = one(text)
    assert c.event_type == "other"
    assert c.perpetrator == "syrian_gov"


def test_the_bullets_of_a_sniper_are_sniping() -> None:
    c = one("وقتل رجل برصاص قناص في حي الصاخور.")
    assert c.event_type == "clashes"
    assert c.provenance["event_type"].span.text == "قناص"


def test_killed_at_the_hands_of_the_attackers_told_before_keeps_their_attack() -> None:
    text = ("واقتحم مسلحون حاجزا للجيش قرب بلدة مورك. "
            "وقتل ثلاثة جنود على أيدي المهاجمين.")
    assert claims(text)[-1].event_type == "clashes"


# -- what a weapon carries -------------------------------------------------------------------------
@pytest.mark.parametrize("text,event_type", [
    ("أطلق المسلحون صاروخا يحمل رأسا كيميائيا على قرية البويضة ما أدى إلى مقتل تسعة أشخاص.", "chemical"),
    ("سقطت قذائف تحتوي على غاز سام في حي الراموسة ما أدى إلى مقتل أربعة أشخاص.", "chemical"),
    ("سقطت صواريخ كيماوية على حي الراموسة ما أدى إلى مقتل أربعة أشخاص.", "chemical"),
    # what was hit is no load: a strike on a chemical weapons depot
    ("سقطت صواريخ على مخزن للأسلحة الكيماوية قرب حي الراموسة ما أدى إلى مقتل أربعة أشخاص.", "shelling"),
])
def test_a_weapon_carrying_chemicals_makes_a_chemical_attack(text: str, event_type: str) -> None:
    assert one(text).event_type == event_type


# -- a total and the attacks it is blamed on --------------------------------------------------------
def test_a_total_takes_the_type_of_the_attacks_a_word_of_cause_blames_across_commas() -> None:
    text = ("ووثق المرصد منذ بداية العام مقتل 1200 عنصر من التنظيم، معظمهم من غير السوريين، "
            "جراء غارات التحالف الدولي على مواقعه في محافظة الرقة.")
    c = one(text)
    assert c.scope == "cumulative"
    assert c.event_type == "airstrike"
    assert c.provenance["event_type"].span.text.startswith("غارات")


def test_a_total_told_before_a_mere_time_word_is_not_typed_by_what_follows_it() -> None:
    text = ("ووثق المرصد منذ بداية العام مقتل 1200 شخص في سوريا، "
            "فيما سيطرت الفصائل على بلدة كفرنبودة بعد معارك عنيفة.")
    c = one(text)
    assert c.scope == "cumulative"
    assert c.event_type == "other"


# -- weapons not meant to kill ---------------------------------------------------------------------
def test_tear_gas_fired_at_a_crowd_is_no_bombing() -> None:
    text = ("أطلقت الشرطة قنابل الغاز المسيل للدموع على المحتجين في ساحة البلدة، "
            "ما أدى إلى إصابة 14 شخصا.")
    c = one(text)
    assert c.event_type == "other"


def test_the_attack_a_verb_of_result_has_as_subject_is_the_cause_of_its_toll() -> None:
    text = ("وشنت الطائرات الحربية غارات على بلدة اللطامنة، "
            "وتسببت المعارك بمقتل نحو ستين مقاتلا من الطرفين.")
    c = one(text)
    assert c.event_type == "clashes"
    assert c.provenance["event_type"].span.text == "المعارك"


def test_a_total_whose_attacks_are_the_subject_of_its_verb_of_result_takes_their_type() -> None:
    text = ("ووثق المرصد أنه منذ بداية العام أسفرت غارات الطائرات الحربية، والبراميل المتفجرة التي "
            "ألقتها المروحيات على مناطق عدة، عن مقتل 900 مقاتل في محافظة إدلب.")
    c = one(text)
    assert c.event_type == "airstrike"


def test_a_count_with_its_own_attack_after_a_verb_of_result_keeps_its_own() -> None:
    cs = claims("وأسفرت الغارات على بلدة الهبيط عن مقتل خمسة مدنيين، "
                "فيما قتل ثلاثة مقاتلين في قصف مدفعي على بلدة كفرسجنة.")
    assert [c.event_type for c in cs] == ["airstrike", "shelling"]


def test_joined_counts_after_a_verb_of_result_stay_one_claim() -> None:
    c = one("وأسفر تفجير سيارة مفخخة في بلدة الدانا عن مقتل ثلاثة أشخاص، وإصابة تسعة آخرين بجروح.")
    assert c.event_type == "bombing"
    assert sorted(f.kind for f in c.figures) == ["injured", "killed"]


# -- what an open word may refer back to -----------------------------------------------------------
def test_the_bombardment_refers_back_to_no_fight() -> None:
    text = ("وتدور اشتباكات عنيفة بين الفصائل وقوات النظام في محيط بلدة حيان. "
            "وقتل ثلاثة رجال جراء القصف الذي تعرضت له بلدة عندان.")
    assert claims(text)[-1].event_type == "shelling"


def test_the_bombardment_refers_back_to_an_air_raid() -> None:
    text = ("وشنت الطائرات الحربية غارات على بلدة حيان صباح اليوم. "
            "وقتل ثلاثة رجال جراء القصف.")
    c = claims(text)[-1]
    assert c.event_type == "airstrike"
    assert c.provenance["event_type"].source == "event"


def test_state_medias_terrorists_are_the_armed_opposition() -> None:
    # the men themselves called "terrorists" by state media, plural or dual, fire the shells
    (c,) = claims("ذكرت وكالة سانا أن مدنيين اثنين قتلا بقذائف هاون أطلقها إرهابيون على حي المزة في دمشق.")
    assert c.perpetrator == "opposition" and c.provenance["perpetrator"].span.text == "إرهابيون"


def test_a_definite_plural_subject_in_the_nominative_is_the_killer() -> None:
    # "المعارضون" is "المعارضين" as a subject; after "قتل فيها" it is the verb's own subject
    (c,) = claims("وقال ناشطون إن البلدة سقطت بعد أيام من المعارك قتل فيها المعارضون 40 جنديا.")
    assert c.perpetrator == "opposition" and c.provenance["perpetrator"].span.text == "المعارضون"


def test_a_passive_verb_resuming_the_attack_names_no_killer() -> None:
    (c,) = claims("وجاء ذلك بعد غارات على البلدة قتل فيها 12 شخصا.")
    assert c.perpetrator == "unknown"


def test_the_subject_of_a_reported_verb_is_named_after_that_not_the_speaker() -> None:
    (c,) = claims("وقالت فصائل المعارضة إن الطائرات الروسية قصفت قرية في ريف حلب، ما أدى إلى إصابة ستة مدنيين.")
    assert c.perpetrator == "russia"


def test_aircraft_named_more_closely_by_the_adjective_after_them() -> None:
    (c,) = claims("قالت الحكومة إن طائرات حربية إسرائيلية قصفت موقعا قرب دمشق، ما أسفر عن مقتل ثلاثة أشخاص.")
    assert c.perpetrator == "israel" and c.provenance["perpetrator"].span.text == "إسرائيلية"


def test_indefinite_gunmen_of_a_named_group_are_that_groups() -> None:
    (c,) = claims("قتل أربعة جنود على يد مسلحين من تنظيم داعش قرب تدمر.")
    assert c.perpetrator == "isis" and c.provenance["perpetrator"].span.text == "تنظيم داعش"


def test_gunmen_alone_in_the_nominative_stay_unnamed() -> None:
    (c,) = claims("قتل مسلحون أربعة جنود قرب الحدود العراقية.")
    assert c.perpetrator == "unknown"


def test_a_light_verbs_subject_keeps_its_attack_across_a_clause_about_it() -> None:
    (c,) = claims("وشنت الفصائل، التي وصلتها تعزيزات كبيرة خلال الأيام الماضية، هجمات منسقة في ريف درعا أسفرت عن مقتل 20 جنديا.")
    assert c.perpetrator == "opposition" and c.provenance["perpetrator"].span.text == "الفصائل"


def test_a_verb_of_blaming_later_in_the_sentence_names_the_attacks_agent() -> None:
    (c,) = claims("شهدت البلدة تفجيرا انتحاريا أوقع 12 قتيلا في سوقها المزدحم، نسبته السلطات إلى تنظيم داعش.")
    assert c.perpetrator == "isis" and c.provenance["perpetrator"].span.text == "تنظيم داعش"


def test_a_name_in_quotes_right_after_an_indefinite_attack_is_its_agent() -> None:
    (c,) = claims('وقتل ستة عناصر من قوات النظام إثر تفجير "جيش الإسلام" نفقا تحت مواقعهم.')
    assert c.perpetrator == "opposition" and c.provenance["perpetrator"].span.text == "جيش الإسلام"


def test_the_dead_of_both_sides_have_no_one_killer() -> None:
    (c,) = claims("وبدأت قوات النظام هجوما على البلدة، وأسفرت المعارك عن مقتل أربعين مقاتلا من الطرفين.")
    assert c.perpetrator == "unknown"


def test_a_name_in_quotes_after_a_definite_attack_is_what_is_said_of_it_not_its_genitive() -> None:
    doc = run(Article(id="t", text='وقال مسؤول إن الضربة "إسرائيلية" وأسفرت عن مقتل ثلاثة عناصر.', published="2024-03-14"))
    (ev,) = [e for e in doc.events if e.type != "other"]
    assert ev.agent is None


def test_indefinite_factions_named_by_what_they_are_are_the_opposition() -> None:
    (c,) = claims("وأفاد المرصد بمقتل سبعة من قوات النظام في الاشتباكات التي اندلعت بعد أن شنت جماعات مقاتلة هجومها فجرا.")
    assert c.perpetrator == "opposition" and c.provenance["perpetrator"].span.text == "جماعات مقاتلة"


def test_a_verb_of_doing_in_a_relative_clause_names_the_attacks_agent() -> None:
    (c,) = claims("وأدى القصف العنيف الذي تقوم به قوات النظام على البلدة إلى مقتل 12 مدنيا.")
    assert c.perpetrator == "syrian_gov" and c.provenance["perpetrator"].span.text == "قوات النظام"


def test_whom_a_site_belongs_to_is_what_was_hit_not_who_hit_it() -> None:
    cs = claims("وكانت طائرات روسية قد قصفت ريف المدينة صباحا. واستهدف القصف مقرات تابعة لفصائل معارضة قرب البلدة، مما أسفر عن مقتل أربعة.")
    assert cs[-1].perpetrator != "opposition"


def test_the_side_counted_beside_the_victims_in_a_fight_killed_them() -> None:
    cs = claims("وأفاد المرصد بمقتل 12 عنصرا من قوات النظام مقابل ثمانية قتلى في صفوف الفصائل خلال اشتباكات عنيفة بين الطرفين في ريف حماة.")
    assert [(c.victims, c.perpetrator) for c in cs] == [("syrian_gov", "opposition"), ("opposition", "syrian_gov")]


def test_sides_counted_together_in_an_ambush_were_both_ambushed() -> None:
    cs = claims("وقتل الاثنين الماضي 40 جنديا سوريا وسبعة جنود عراقيين في كمين قرب الحدود.")
    assert cs[0].victims == "syrian_gov" and cs[0].perpetrator == "unknown"


def test_a_states_side_of_the_border_is_where_not_who() -> None:
    (c,) = claims("وأعلن مسؤول سقوط قذائف من سوريا في الجانب التركي من الحدود ما أدى إلى مقتل 3 مدنيين.")
    assert c.perpetrator == "unknown" and c.victims == "civilians"


@pytest.mark.parametrize("text,victims", [
    # soldiers or police named by no side are the forces of the state where they fell
    ("قتل ثلاثة جنود وشرطي في هجوم على مدينة ديار بكر.", "turkey"),
    ("قتل أربعة جنود في هجوم على بلدة سرمين في ريف إدلب.", "syrian_gov"),
    # ... or of the nation named after them, wherever that was
    ("قتل جنديان سوريان في هجوم على قافلة قرب مدينة الرمادي.", "syrian_gov"),
    # soldiers counted with rebels are both sides' dead; a unit named after them says whose
    ("قتل نحو 50 جندي ومتمرد في معارك قرب بلدة سرمين.", "unknown"),
    ("اعتقلت الجبهة عددا من جنود تلك الفرقة قرب بلدة سرمين.", "unknown"),
])
def test_soldiers_named_by_no_side_are_the_state_forces_where_they_fell(text: str, victims: str) -> None:
    assert claims(text)[0].victims == victims


@pytest.mark.parametrize("text,perpetrator", [
    # an army named by no state is the state's of the country where it fought
    ("قال حاكم ولاية هاتاي إن الجيش قتل 11 مسلحا في بلدة أنطاكيا.", "turkey"),
    ("قال مصدر إن الجيش قتل 11 مسلحا في بلدة سرمين في ريف إدلب.", "syrian_gov"),
    # ... or of the nation named after it; a state's forces that are no codebook actor are unknown
    ("قتل 15 مسلحا في ضربات جوية للجيش المصري على مدينة العريش.", "unknown"),
])
def test_an_army_named_by_no_state_is_the_forces_of_the_country_it_fought_in(text: str, perpetrator: str) -> None:
    assert claims(text)[0].perpetrator == perpetrator


@pytest.mark.parametrize("text,event_type", [
    # rockets of a force that fights from afar are its strikes; guns and mortars stay shelling
    ("قتل 11 عنصرا جراء القصف الصاروخي الإسرائيلي على مطار التيفور.", "airstrike"),
    ("قال الجيش إن الصواريخ الإسرائيلية قتلت ثلاثة أشخاص قرب دمشق.", "airstrike"),
    ("قتل خمسة مدنيين في قصف مدفعي للقوات الروسية على بلدة سرمين.", "shelling"),
])
def test_rockets_of_a_force_that_fights_from_afar_are_airstrikes(text: str, event_type: str) -> None:
    assert claims(text)[0].event_type == event_type


@pytest.mark.parametrize("text,event_type", [
    # a total of the dead of a fight named as theirs reports that fight, across quotes
    ('قالت اللجان إن حصيلة قتلى اشتباكات أمس بين الجيش و"الحر" ارتفعت إلى 140 شخصا في أنحاء سوريا.', "clashes"),
    # tens of thousands counted are a war's dead, of no one kind of attack
    ("والغارة هي الأولى منذ بدء النزاع الذي أدى إلى مقتل أكثر من 60 ألف شخص في سوريا.", "other"),
])
def test_what_a_total_counts_the_dead_of(text: str, event_type: str) -> None:
    assert claims(text)[0].event_type == event_type


def test_who_announces_responsibility_for_an_attack_carried_it_out() -> None:
    text = "أعلن الحرس الثوري الإيراني مسؤوليته عن إطلاق الصواريخ على مقر حزب كردي في بلدة كويه، ما أدى إلى مقتل 12 شخصا."
    c = claims(text)[0]
    assert c.perpetrator == "iran"
    assert c.provenance["perpetrator"].span.text == "الحرس الثوري الإيراني"
    # no one claiming it names no one
    assert claims("ولم تعلن أي جهة مسؤوليتها عن التفجير الذي قتل خمسة أشخاص في بلدة سرمين.")[0].perpetrator == "unknown"


# -- whose side a name says, by where and how it is said ----------------------------------------
def test_gunmen_of_no_named_side_are_a_side_only_in_a_syrian_story() -> None:
    # in Syria "مسلحين" are the armed opposition; in Lebanon or Turkey no side rasd codes
    syrian = one("قتل جنديان على أيدي مسلحين في بلدة كفرنبل بريف إدلب.")
    assert syrian.perpetrator == "opposition"
    span = syrian.provenance["perpetrator"].span
    assert span.text == "مسلحين"
    lebanese = one("قتل جنديان لبنانيان على أيدي مسلحين في بلدة عرسال اللبنانية.")
    assert lebanese.perpetrator == "unknown"
    assert "perpetrator" not in lebanese.provenance
    turkish = one("قال الجيش التركي إن مسلحين قتلوا ثلاثة من جنوده في هجوم قرب مدينة ديار بكر.")
    assert turkish.perpetrator == "unknown"


def test_a_state_media_outlet_is_no_force() -> None:
    # "الحكومية" after an agency's name says whose agency it is, not who attacked
    c = one("قتل خمسة من عناصر الشرطة في هجوم على مركز أمني في ولاية أضنة، "
            "كما أعلنت وكالة أنباء الأناضول الحكومية.")
    assert c.victims == "turkey"
    assert c.perpetrator == "unknown"


def test_a_fight_s_dead_counted_by_no_side_take_no_side_from_an_earlier_sentence() -> None:
    c = one("شنت فصائل المعارضة هجوما عنيفا على بلدة كفرنبل بريف إدلب. "
            "وقال المرصد إن عدد قتلى المعارك ارتفع إلى 40 شخصا.")
    assert c.event_type == "clashes"
    assert c.perpetrator == "unknown"


def test_an_attack_past_the_counted_fighters_names_no_side_of_theirs() -> None:
    # the airstrike's owner after "عنصرا من ميليشيا محلية في غارات" is who struck, not whom
    c = one("قتل 12 عنصرا من ميليشيا محلية في غارات لطيران التحالف على قرية الباغوز.")
    assert c.victims != "coalition"
    assert c.perpetrator == "coalition"
    assert c.provenance["perpetrator"].span.text == "طيران التحالف"


def test_a_war_s_toll_takes_no_side_from_an_attack_told_apart_from_it() -> None:
    war = one("والغارة هي الأولى التي تنفذها إسرائيل داخل سوريا منذ بدء الاحتجاجات في آذار 2011 "
              "والتي تطورت إلى نزاع دام أدى إلى مقتل أكثر من 60 ألف شخص.")
    assert war.perpetrator == "unknown"
    # told as who killed them, the side stays
    told = one("وتسببت العمليات العسكرية التي تقودها قوات النظام في مصرع أكثر من 70 ألف شخص منذ 2011.")
    assert told.perpetrator == "syrian_gov"
    assert told.provenance["perpetrator"].span.text == "قوات النظام"


def test_who_claims_a_killing_keeps_it_across_an_apposition() -> None:
    c = one("تبنى تنظيم داعش، الذي يسيطر على مناطق واسعة، قتل 30 جنديا عراقيا في محافظة الأنبار.")
    assert c.perpetrator == "isis"
    assert c.provenance["perpetrator"].span.text == "تنظيم داعش"


def test_people_lost_take_no_agent_from_an_attack_told_elsewhere() -> None:
    cs = claims("قتل عشرة مدنيين في غارة جوية روسية على بلدة كفرنبل بريف إدلب. "
                "وأعلنت نقابة الصحافيين أن ثلاثة صحافيين فقدوا في سوريا منذ عشرة أيام.")
    raid, lost = cs
    assert raid.perpetrator == "russia"
    assert lost.perpetrator == "unknown"
    assert "perpetrator" not in lost.provenance


def test_the_one_side_of_a_fight_is_the_killer_only_in_its_own_clause() -> None:
    first, second = claims("وفي محافظة حمص قتل 20 مواطنا بينهم خمسة من أفراد المعارضة، وفي محافظة حماة قتل "
                           "12 مواطنا بينهم ثلاثة أطفال خلال اشتباكات مع القوات النظامية.")
    assert first.perpetrator == "unknown"
    assert second.perpetrator == "syrian_gov"
    assert second.provenance["perpetrator"].span.text == "القوات النظامية"


def test_an_air_raid_on_a_town_killed_its_people() -> None:
    raid = one("قتل 14 شخصا في غارة جوية على بلدة كفرنبل بريف إدلب.")
    assert raid.victims == "civilians"
    span = raid.provenance["victims"].span
    assert span.text == "بلدة"
    # a town shelled may be a front line: its dead stay unnamed
    shelled = one("قتل 14 شخصا في قصف مدفعي على بلدة كفرنبل بريف إدلب.")
    assert shelled.victims == "unknown"
    # fighters counted are no civilians, whatever the raid hit
    fighters = one("قتل 14 عنصرا من قوات النظام في غارة جوية على بلدة كفرنبل بريف إدلب.")
    assert fighters.victims == "syrian_gov"


def test_repeated_attack_noun_refers_back_to_the_lead_not_a_side_event():
    # "الضربات" is the raids the lead told by the same noun, not the rockets told in between
    text = ("شنت طائرات إسرائيلية ضربات ليلا على مواقع عسكرية في ريف دمشق.\n"
            "وجاءت الضربات ردا على إطلاق صواريخ من سوريا على مواقع في الجولان.\n"
            "وقال المرصد إن الضربات أسفرت عن مقتل 12 مقاتلا.")
    c = [c for c in claims(text) if c.figures][-1]
    assert c.event_type == "airstrike"
    assert c.perpetrator == "israel"


# -- who is said to be behind an attack ------------------------------------------------------
@pytest.mark.parametrize("text,perpetrator", [
    # the attack named right after "تقف وراء" / "المسؤول عن"
    ("قال مسؤول إن تنظيم داعش يقف وراء التفجير الذي هز بلدة سرمين وأوقع 12 قتيلا.", "isis"),
    ("أكد المرصد أن النظام هو المسؤول عن الغارة التي قتلت سبعة مدنيين في بلدة كفرنبل.", "syrian_gov"),
    # a pronoun for the attack told before, with the subject after "أن تكون"
    ("وقع انفجار سيارة مفخخة في بلدة سرمين. ورجح المرصد أن تكون هيئة تحرير الشام التي تنشط "
     "في المنطقة المسؤولة عنه. وأسفر التفجير عن مقتل تسعة جنود من قوات النظام.", "hts"),
])
def test_who_is_behind_an_attack(text: str, perpetrator: str) -> None:
    c = claims(text)[-1]
    assert c.perpetrator == perpetrator


def test_being_behind_something_else_names_no_agent() -> None:
    # responsible for a delay, not for the attack named further on
    c = claims("قال الوزير إن الحكومة مسؤولة عن تأخر وصول فرق الإنقاذ إلى موقع الهجوم "
               "الذي أوقع 20 قتيلا في بلدة سرمين.")[-1]
    assert c.perpetrator == "unknown"


def test_a_long_subject_before_its_verb_of_killing_did_the_killing() -> None:
    # a subject of five words ending right before the verb (a quote between them)
    c = one('وقالت وكالة سانا إن وحدات من القوات المسلحة السورية "قضت على 12 إرهابيا" في ريف حماة.')
    assert c.perpetrator == "syrian_gov"
    assert "القوات المسلحة" in c.provenance["perpetrator"].span.text


@pytest.mark.parametrize("text,event_type,perpetrator", [
    ("قالت مصادر إن طائرة أمريكية ضربت مقرا قرب البوكمال ما أدى إلى مقتل 9 مقاتلين.",
     "airstrike", "coalition"),
    ("وأفادت الصحيفة أن وحدات من الجيش دكت مواقع المسلحين في بلدة داريا موقعة 15 قتيلا في صفوفهم.",
     "shelling", "syrian_gov"),
])
def test_verbs_of_striking_name_their_subject(text: str, event_type: str, perpetrator: str) -> None:
    c = one(text)
    assert (c.event_type, c.perpetrator) == (event_type, perpetrator)


def test_raining_shells_on_a_place_names_who_fired_them() -> None:
    c = one("وأمطرت الفصائل المقاتلة بلدة نبل بالقذائف الصاروخية ما أدى إلى مقتل ثلاثة أشخاص.")
    assert (c.event_type, c.perpetrator) == ("shelling", "opposition")


@pytest.mark.parametrize("text,perpetrator", [
    # the name right after "استهداف" is its subject when an object follows it
    ("وقتل أربعة مدنيين جراء استهداف قوات النظام قرية كفرنبل بقذائف المدفعية.", "syrian_gov"),
    ("وقتل أربعة مدنيين جراء استهداف الطائرات الروسية لبلدة كفرنبل.", "russia"),
])
def test_the_subject_of_a_verbal_noun_of_attacking(text: str, perpetrator: str) -> None:
    assert one(text).perpetrator == perpetrator


def test_the_name_after_a_verbal_noun_of_attacking_alone_is_its_target() -> None:
    c = one("وقتل أربعة عناصر جراء استهداف قوات النظام في ريف حماة.")
    assert c.perpetrator != "syrian_gov"


def test_the_weapon_a_verb_of_attacking_was_done_with_is_no_second_attack() -> None:
    (c,) = claims("قالت مصادر إن طائرة أمريكية ضربت مقرا لقوات الحشد قرب الحدود بصاروخين، ما أدى إلى "
                  "مقتل 9 مقاتلين وإصابة 12 بجروح.")
    assert c.perpetrator == "coalition"
    assert [f.kind for f in c.figures] == ["killed", "injured"]


def test_a_construct_plural_as_subject_names_the_side() -> None:
    # "مقاتلو المعارضة": the nominative of "مقاتلي المعارضة", as the subject of a verb
    c = one("وقتل سبعة عناصر من قوات النظام بعدما هاجم مقاتلو المعارضة حاجزا قرب حماة.")
    assert (c.perpetrator, c.victims) == ("opposition", "syrian_gov")


def test_a_light_verb_of_two_letters_with_its_conjunction() -> None:
    c = one("وشن الطيران الروسي أكثر من 20 غارة على ريف إدلب الجنوبي، ما أدى إلى مقتل 7 مدنيين.")
    assert (c.perpetrator, c.event_type) == ("russia", "airstrike")


# -- a death told in an adjunct of time or motive is an event of its own ---------------------
@pytest.mark.parametrize("text", [
    "قصفت المدفعية التركية يوم الجمعة مواقع المسلحين ردا على مقتل جندي تركي قرب الحدود.",
    "شنت الطائرات الحربية غارات على ريف إدلب أمس انتقاما لمقتل ثلاثة طيارين.",
    "قصف الجيش بلدة كفرنبل صباح السبت في أعقاب مقتل أربعة من عناصره.",
    "أغارت الطائرات على مواقع التنظيم الأحد غداة مقتل خمسة جنود.",
])
def test_a_death_the_main_clause_answers_does_not_take_its_attack_or_day(text: str) -> None:
    c = one(text)
    assert c.event_type == "other"
    if "غداة" in text:
        # "the day after": the death was the day before the raids' Sunday (10 March), not on it
        assert (c.date.start, c.date.end) == ("2024-03-09", "2024-03-09")
    else:
        assert c.date is None


def test_a_death_in_an_adjunct_takes_the_attack_of_its_own_phrase() -> None:
    c = one("شنت الطائرات الروسية غارات على مدينة حلب أمس بعد مقتل ثلاثة جنود روس في تفجير عبوة ناسفة.")
    assert c.event_type == "bombing"
    assert c.date is None  # "أمس" is the day of the raids


def test_a_day_told_in_the_adjunct_dates_its_death() -> None:
    c = one("صرح الوزير اليوم على خلفية مقتل 12 شخصا وإصابة 40 آخرين يوم الأحد الماضي جراء "
            "انفجار سيارة مفخخة في مدينة حمص.")
    assert c.event_type == "bombing"
    assert [f.kind for f in c.figures] == ["killed", "injured"]
    assert c.date is not None and c.date.start == "2024-03-10"


def test_the_dead_of_an_adjunct_are_not_counted_with_the_main_clause() -> None:
    cs = claims("اعتقلت قوات الأمن عشرين شابا على خلفية مقتل شرطي في مدينة حمص.")
    assert sorted(tuple(f.kind for f in c.figures) for c in cs) == [("detained",), ("killed",)]


def test_a_sub_count_between_the_dead_and_their_attack() -> None:
    c = one("جاءت الغارات غداة مقتل عشرين مدنيا، بينهم ستة أطفال، في غارة على بلدة سرمين.")
    assert c.event_type == "airstrike"


# -- gunfire is a fight only where it hits an armed side ---------------------------------------
def test_gunfire_that_killed_a_soldier_is_a_fight() -> None:
    c = one("قتل جندي تركي بإطلاق نار من عناصر التنظيم قرب الحدود.")
    assert c.event_type == "clashes"


def test_gunfire_that_killed_a_passer_by_is_no_fight() -> None:
    c = one("قتل مدني بإطلاق النار عليه أمام منزله في مدينة اللاذقية.")
    assert c.event_type == "other"


def test_an_exchange_of_fire_is_a_fight_whoever_died() -> None:
    c = one("قتل شخص وأصيب خمسة آخرون في تبادل لإطلاق الرصاص بين حيين في المدينة.")
    assert c.event_type == "clashes"


def test_a_truce_names_no_attack() -> None:
    c = one("قتل ثلاثة مدنيين في قصف مدفعي على البلدة رغم اتفاق وقف إطلاق النار.")
    assert c.event_type == "shelling"


# agents22: an attack named by its day in construct ("هجوم السبت") is the attack already told
def test_an_attack_named_by_its_day_is_the_attack_told_before() -> None:
    cs = claims("قال مسعفون إن هجوما كيماويا استهدف بلدة كفرزيتا مساء السبت. وقالت مصادر "
                "غربية إنها واثقة من هجوم السبت الذي قالت منظمات طبية إنه قتل 40 شخصا في البلدة.")
    c = next(c for c in cs if c.figures and c.figures[0].low == 40)
    assert c.event_type == "chemical"
    assert c.provenance["event_type"].span.text == "هجوما كيماويا"


def test_an_attack_told_with_a_time_adverb_is_not_named_by_it() -> None:
    cs = claims("قال مسعفون إن هجوما كيماويا استهدف بلدة كفرزيتا مساء السبت. وأفاد ناشطون "
                "بمقتل ثلاثة مقاتلين في هجوم اليوم على حاجز للقوات النظامية قرب حماة.")
    c = next(c for c in cs if c.figures and c.figures[0].low == 3)
    assert c.event_type == "clashes"


# agents22: cluster bombs, napalm and phosphorus fall from aircraft: an air raid, not a bombing
@pytest.mark.parametrize("text, said", [
    ("قتل 40 مدنيا في أحد الملاجئ بمدينة عربين بعد أن جرى قصفه بقنابل النابالم.", "قصفه بقنابل النابالم"),
    ("قتل 11 مدنيا في هجوم بالقنابل العنقودية على بلدة تلبيسة.", "هجوم بالقنابل العنقودية"),
    ("قتل سبعة مدنيين بقنابل فوسفورية سقطت على حي سكني في مدينة الرقة.", "قنابل فوسفورية"),
])
def test_bombs_only_aircraft_drop_are_an_air_raid(text, said):
    c = one(text)
    assert c.event_type == "airstrike"
    assert c.provenance["event_type"].span.text == said


# agents22: soldiers or fighters hit together with no attack named fell in a fight
def test_soldiers_killed_with_no_attack_named_fell_in_a_fight():
    c = one("وقتل مسلحون مجهولون 12 جنديا على الطريق الدولي قرب مدينة الرطبة يوم الاثنين.")
    assert c.event_type == "clashes"
    assert c.provenance["event_type"].source == "figure"


def test_one_officer_killed_with_no_attack_named_is_no_fight():
    c = one("واتهم الأهالي أحد أقارب المسؤول بقتل عقيد في الجيش إثر خلاف على أفضلية المرور.")
    assert c.event_type == "other"


# agents26: a chemical load told after the weapon or the modifier makes the attack chemical
@pytest.mark.parametrize("text, said", [
    ("قتل 25 شخصا في هجوم بقذيفة مزودة بمواد كيميائية على بلدة في ريف حماة.",
     "هجوم بقذيفة مزودة بمواد كيميائية"),
    ("وقالت منظمات إن الطائرات شنت هجمات جوية كيماوية على البلدة ما أدى إلى مقتل 18 مدنيا.",
     "هجمات جوية كيماوية"),
    ("قتل تسعة أشخاص في قصف بقذائف محملة بغازات سامة على الحي الشرقي.",
     "قصف بقذائف محملة بغازات سامة"),
])
def test_a_chemical_load_makes_the_attack_chemical(text, said):
    c = next(c for c in claims(text) if c.figures)
    assert c.event_type == "chemical"
    assert c.provenance["event_type"].span.text == said


def test_chemical_weapons_hit_are_not_the_attack_s_means():
    c = one("قتل ستة عناصر في قصف صاروخي على مخازن للأسلحة الكيماوية قرب المطار.")
    assert c.event_type == "shelling"


# agents26: people held or taken are not seized by the agent of a strike told sentences away
def test_detainees_are_not_held_by_the_agent_of_an_air_raid_told_before():
    cs = claims("شنت طائرات حربية إسرائيلية غارة على مركز للأبحاث قرب دمشق فجر الأربعاء. "
                "ودانت دمشق الغارة وقالت إنها انتهاك لسيادتها. وفي شأن آخر، دعا رئيس الائتلاف "
                "المعارض إلى الإفراج عن 50 ألف معتقل قبل أي حوار.")
    c = next(c for c in cs if c.figures and c.figures[0].kind == "detained")
    assert c.perpetrator == "unknown"
    assert "perpetrator" not in c.provenance


def test_detainees_held_by_a_side_named_beside_them_keep_it():
    cs = claims("قالت الحكومة التركية إن طائراتها قصفت مواقع للتنظيم قرب الحدود. "
                "وأطلقت السلطات التركية حملة مداهمات واسعة في عدة مدن. وتم توقيف 120 شخصا "
                "يشتبه في انتمائهم إلى التنظيم.")
    c = next(c for c in cs if c.figures and c.figures[0].kind == "detained")
    assert c.perpetrator == "turkey"


# agents26: an attack of no kind ("هجوم", "هجمات") told right after an attack of a kind is it
def test_attacks_of_no_kind_told_after_bombings_are_those_bombings():
    cs = claims("استهدفت تفجيرات انتحارية صباح الثلاثاء أحياء في مدينة حمص. وقال مسؤولون في "
                "المحافظة إن عدة هجمات أسفرت عن مقتل 23 شخصا في حمص.")
    c = next(c for c in cs if c.figures and c.figures[0].low == 23)
    assert c.event_type == "bombing"
    assert c.provenance["event_type"].span.text.startswith("تفجيرات")


def test_an_attack_of_no_kind_in_another_account_is_not_the_strike():
    doc = run(Article(id="t", text="قال ناشطون إن القيادي قتل في غارة جوية على بلدة في ريف حماة، "
                      "أو في هجوم قرب البلدة.", published="2024-03-14"))
    (ev,) = [e for e in doc.events if e.role == "open"]
    assert ev.type == "clashes" and ev.antecedent is None


def test_an_attack_of_no_kind_on_an_armed_post_is_a_fight():
    doc = run(Article(id="t", text="قتل ستة مدنيين في تفجير سيارة مفخخة في بلدة بريف درعا. "
                      "وقتل أربعة عناصر في هجوم على حاجز للجيش قرب درعا.", published="2024-03-14"))
    (ev,) = [e for e in doc.events if e.role == "open"]
    assert ev.type == "clashes"


# agents26: rebel factions named by their own names are the opposition
@pytest.mark.parametrize("text, said", [
    ("قتل ستة عناصر من قوات النظام في هجوم للجبهة الشامية على مواقعهم شمال حلب.", "لجبهة الشامية"),
    ("قصف لواء اليرموك بقذائف الهاون مواقع للنظام ما أدى إلى مقتل ثلاثة عناصر.", "لواء اليرموك"),
    ("قتل أربعة جنود في هجوم شنه مقاتلو أجناد الشام على حاجز قرب داريا.", "أجناد الشام"),
])
def test_rebel_factions_by_their_own_names_are_the_opposition(text, said):
    c = next(c for c in claims(text) if c.figures)
    assert c.perpetrator == "opposition"
    assert c.provenance["perpetrator"].span.text == said


def test_an_attack_of_no_kind_in_a_sentence_naming_no_place_goes_on_from_the_one_before():
    cs = claims("قتل خطيب مسجد في تفجير استهدف المسجد في حي المزة بدمشق مساء الجمعة. "
                "وقال شهود إن الخطيب كان بين المصلين حين وقع هجوم استهدفهم أسفر عن مقتل 30 شخصا آخرين.")
    c = next(c for c in cs if c.figures and c.figures[0].low == 30)
    assert c.event_type == "bombing"
    assert c.provenance["event_type"].span.text.startswith("تفجير")


def test_gunfire_after_a_bombing_is_not_the_bombing():
    cs = claims("انفجرت سيارة مفخخة قرب حاجز في مدينة حمص صباح الأحد. وحاولت قوات الأمن تفريق "
                "تظاهرة بإطلاق النار على المحتجين ما أسفر عن إصابة ستة أشخاص.")
    c = next(c for c in cs if c.figures and c.figures[0].low == 6)
    assert c.event_type != "bombing"


# agents27: a figure told in an adjunct of motive or time ("ردا على", "انتقاما لـ", "بعد ساعات
# من") is the answered or earlier attack's, and the main clause's side did not do that attack
@pytest.mark.parametrize("text, kind, said", [
    ("شنت مقاتلات حربية غارات على مستودعات قرب المطار ردا على هجوم بالغاز السام أسفر عن مقتل 25 مدنيا.",
     "chemical", "هجوم بالغاز"),
    ("وجاءت الغارة بعد ساعات من انفجار سيارة مفخخة في سوق بلدة الدانا بريف إدلب أدى إلى جرح تسعة أشخاص.",
     "bombing", "انفجار"),
])
def test_a_result_told_in_an_adjunct_is_the_answered_attacks(text, kind, said):
    c = next(c for c in claims(text) if c.figures)
    assert c.event_type == kind
    assert c.provenance["event_type"].span.text.startswith(said)
    assert c.perpetrator == "unknown"


def test_who_answers_an_attack_did_not_do_it():
    c = next(c for c in claims("قصفت القوات الحكومية أحياء المعارضة ردا على قصفهم بالقذائف حيا سكنيا "
                               "في المدينة أسفر عن مقتل ثمانية مدنيين.") if c.figures)
    assert c.event_type == "shelling"
    assert c.perpetrator == "unknown"


def test_a_result_in_the_main_clause_after_an_adjunct_with_a_comma_keeps_the_main_attack():
    c = next(c for c in claims("قصفت الطائرات الحربية بلدة كفرزيتا بعد ساعات من انفجار عبوة قرب حاجز، "
                               "ما أدى إلى مقتل خمسة مدنيين.") if c.figures)
    assert c.event_type == "airstrike"


# agents27: a commando raid is a ground attack, not the strike its side usually makes from the air
def test_a_commando_raid_is_a_ground_attack():
    c = next(c for c in claims("قتل سبعة بحارة في هجوم كوماندوس إسرائيلي على سفينة قبالة الساحل.") if c.figures)
    assert c.event_type == "clashes"
    assert c.provenance["event_type"].span.text.startswith("هجوم كوماندوس")
    assert c.perpetrator == "israel"


# agents27: an operation of no kind does not become a gas attack by chemical arms talked of before
def test_an_operation_does_not_take_the_kind_of_chemical_arms_talked_of():
    cs = claims("نفى مسؤول تركي استخدام بلاده أسلحة كيميائية في الشمال السوري. "
                "وقالت منظمة حقوقية إن 40 مدنيا قتلوا خلال العملية التركية منذ بدايتها.")
    c = next(c for c in cs if c.figures)
    assert c.event_type != "chemical"


def test_a_gas_attack_named_with_its_kind_is_still_chemical():
    c = next(c for c in claims("قتل 30 شخصا في هجوم بغاز السارين على بلدة في ريف حماة.") if c.figures)
    assert c.event_type == "chemical"


# agents27: a verb of attacking whose subject is an attack noun ("واستهدف القصف ...") is that
# attack; the name after the noun is what was hit, not who hit it
def test_a_verb_whose_subject_is_an_attack_is_that_attack():
    c = next(c for c in claims("شنت طائرات حربية غارات على ريف حماة. واستهدف القصف عناصر من الحرس "
                               "الثوري الإيراني قرب المطار ما أدى إلى مقتل ستة منهم.") if c.figures)
    assert c.event_type in ("airstrike", "shelling")
    assert c.perpetrator != "iran"
    assert c.victims == "iran"


def test_the_attack_nouns_own_agent_after_the_verb_is_still_its_agent():
    c = next(c for c in claims("واستهدفت غارات روسية مواقع للفصائل في ريف إدلب أسفرت عن مقتل 12 مقاتلا.")
             if c.figures)
    assert c.event_type == "airstrike"
    assert c.perpetrator == "russia"
    assert c.provenance["perpetrator"].span.text == "روسية"


@pytest.mark.parametrize("text, kind, said, hit", [
    ("واستهدفت الغارة مقرات لجبهة النصرة ما أدى إلى مقتل تسعة عناصر.", "airstrike", "الغارة", "hts"),
    ("واستهدف القصف عناصر من الحرس الثوري الإيراني قرب المطار ما أدى إلى مقتل ستة منهم.",
     "shelling", "القصف", "iran"),
])
def test_a_verb_whose_subject_is_an_attack_takes_its_kind(text, kind, said, hit):
    c = next(c for c in claims(text) if c.figures)
    assert c.event_type == kind
    assert c.provenance["event_type"].span.text == said
    assert c.perpetrator == "unknown" and c.victims == hit


# agents27: across commas, a masculine verb of result agrees with the attack answered ("هجوم"),
# a feminine one with the strikes that answered it ("ضربات")
@pytest.mark.parametrize("text,kind,agent", [
    # masculine: the attack answered
    ("وشنت مقاتلات غربية ضربات على مواقع عسكرية، ردا على هجوم قيل إنه كيماوي، "
     "أسفر عن مقتل 50 شخصا في البلدة.", "chemical", "unknown"),
    # feminine: the strikes that answered it
    ("وشنت مقاتلات روسية ضربات على مواقع للتنظيم، ردا على هجوم على قاعدة، "
     "أسفرت عن مقتل 12 مسلحا.", "airstrike", "russia"),
])
def test_a_result_verb_after_commas_agrees_with_the_attack_it_tells(text, kind, agent):
    c = next(c for c in claims(text) if c.figures)
    assert (c.event_type, c.perpetrator) == (kind, agent)


# agents27: a front ("على جبهة قتال أخرى", "جبهات القتال") names where fighting goes on, no attack
def test_a_front_of_fighting_is_no_fight():
    c = next(c for c in claims("وعلى جبهة قتال أخرى، قال المرصد إن قوات تركية وفصائل حليفة لها قصفوا بلدة "
                               "قرب عفرين مما أدى إلى مقتل تسعة مدنيين.") if c.figures)
    assert c.event_type == "shelling"
    assert c.provenance["event_type"].span.text == "قصفوا"
    assert c.perpetrator == "turkey"


# agents27: "ألقى باللوم/باللائمة على X في هجوم": the one blamed is the attack's agent, an aside
# between the verb's subject and "باللوم" notwithstanding
@pytest.mark.parametrize("text", [
    "وألقت دمشق باللائمة على التحالف في هجوم على قرية قرب الحدود أسفر عن مقتل 11 مدنيا.",
    "وألقت دمشق، ومعها حليفتها طهران، باللوم على التحالف في هجوم على قرية قرب الحدود أسفر عن مقتل 11 مدنيا.",
])
def test_the_one_blamed_for_an_attack_is_its_agent(text):
    c = next(c for c in claims(text) if c.figures)
    assert c.perpetrator == "coalition"
    assert c.provenance["perpetrator"].span.text == "التحالف"


# agents27: "بعد اتهامه بشن هجوم": the accused named by a pronoun is the side named last before it,
# not an adjective of origin qualifying something else ("اتفاق روسي أمريكي")
def test_the_accused_named_by_a_pronoun_is_the_side_named_before():
    c = next(c for c in claims("وهددت واشنطن النظام السوري بالرد بعد اتهامه بشن هجوم بغاز السارين "
                               "على بلدة قتل فيه 60 شخصا.") if c.figures)
    assert c.perpetrator == "syrian_gov"
    assert c.provenance["perpetrator"].span.text == "النظام السوري"


def test_an_adjective_of_origin_is_not_the_accused():
    c = next(c for c in claims("وقال المسؤول إن الترسانة دمرت بموجب اتفاق روسي أمريكي بعد اتهامها بشن "
                               "هجوم بغاز السارين أودى بحياة المئات.") if c.figures)
    assert c.perpetrator not in ("coalition", "russia")


# event30: a state's adjective after a noun of land or a town, its name or other adjectives
# between ("الحدود السورية - التركية", "مدينة كيليس التركية"), says where, not who attacked
@pytest.mark.parametrize("text", [
    "وهز انفجاران أمس جانبي الحدود السورية - التركية، استهدف الأول تجمعا للطلاب وأسفر عن مقتل 12 شخصا.",
    "وشهدت البلدة الحدودية التركية انفجارا استهدف تجمعا للطلاب وأسفر عن مقتل 12 شخصا.",
])
def test_a_state_adjective_of_a_land_or_town_is_no_agent(text):
    c = next(c for c in claims(text) if c.figures)
    assert c.perpetrator == "unknown"
    assert "perpetrator" not in c.provenance


def test_a_state_adjective_of_an_attack_after_a_town_stays_its_agent():
    c = next(c for c in claims("وقتل خمسة مدنيين في مدينة عفرين بغارات تركية استهدفت سوقا شعبيا.") if c.figures)
    assert c.perpetrator == "turkey"
    assert c.provenance["perpetrator"].span.text == "تركية"


# event30: a total whose wounded are counted after its dead, joined by "و", before the attack
# ("قتل ثلاثة وأصيب 14 آخرون في سلسلة غارات") is that attack's toll and takes its type
@pytest.mark.parametrize("text, kind, word", [
    ("قتل ثلاثة أشخاص وأصيب 14 آخرون في سلسلة غارات إسرائيلية على القطاع.", "airstrike", "غارات"),
    ("وأعلنت الوزارة مقتل شابين وإصابة 20 آخرين في سلسلة تفجيرات هزت المدينة منذ الصباح.", "bombing", "تفجيرات"),
])
def test_a_total_with_its_wounded_joined_takes_the_attack_type(text, kind, word):
    c = next(c for c in claims(text) if c.figures)
    assert c.event_type == kind
    assert c.provenance["event_type"].span.text == word


# event30: a comma right after a total's count, before the word that ties it to the attack
# ("، في سلسلة غارات", "، جراء الغارات"), does not set the attack apart
@pytest.mark.parametrize("text, kind, agent", [
    ("وأعلنت الوزارة مقتل شاب وإصابة 14 آخرين، في سلسلة غارات إسرائيلية على القطاع.", "airstrike", "israel"),
    ("وقتل أكثر من مئة مدني، في أسبوع من الغارات الروسية على ريف إدلب.", "airstrike", "russia"),
])
def test_a_comma_before_the_tie_to_the_attack_keeps_a_total_typed(text, kind, agent):
    c = next(c for c in claims(text) if c.figures)
    assert (c.event_type, c.perpetrator) == (kind, agent)
    assert c.provenance["event_type"].span.text in ("غارات", "الغارات")


# event30: a state's adjective after "راديو"/"مجلة" and the outlet's name says whose outlet
# it is, not whose forces acted (grammar.tsv media)
def test_a_radio_station_adjective_is_no_agent():
    c = next(c for c in claims('وقال المتحدث في تصريحات أوردها راديو "سوا" الأمريكي إن أربعة جرحى من '
                               'الجيش السوري نقلوا إلى مستشفى قرب الحدود حيث تدور اشتباكات.') if c.figures)
    assert c.perpetrator != "coalition"


# event30: an attack noun or weapon told in the dual, either case ("تفجيران انتحاريان",
# "بسيارتين مفخختين", "بقنبلتين عنقوديتين"), names its kind as the singular does
@pytest.mark.parametrize("text, kind, word", [
    ("استهدف تفجيران انتحاريان صباح اليوم حاجزين للشرطة في المدينة، وأسفرا عن مقتل 17 شخصا.", "bombing", "تفجيران"),
    ("وقتل 20 شخصا في هجوم بسيارتين مفخختين وسط البلدة.", "bombing", "بسيارتين مفخختين"),
    ("وقالت المنظمة إن هجوما بقنبلتين عنقوديتين على قرية قرب إدلب أسفر عن مقتل تسعة مدنيين.", "airstrike",
     "قنبلتين عنقوديتين"),
])
def test_an_attack_told_in_the_dual_names_its_kind(text, kind, word):
    c = next(c for c in claims(text) if c.figures)
    assert c.event_type == kind
    assert word in c.provenance["event_type"].span.text


# event30: a weapon after a word of means ("عبر", "بواسطة", "باستخدام"), set off by a comma or
# not, is what the verb of attacking before it was done with
@pytest.mark.parametrize("text, kind", [
    ("وقال المرصد إن التنظيم استهدف رتلا للجيش قرب المدينة، عبر سيارة مفخخة، مما أسفر عن مقتل 14 عنصرا.",
     "bombing"),
    ("واستهدفت قوات النظام البلدة باستخدام البراميل المتفجرة ما أسفر عن مقتل ثمانية مدنيين.", "airstrike"),
])
def test_a_weapon_after_a_word_of_means_types_the_attack(text, kind):
    c = next(c for c in claims(text) if c.figures)
    assert c.event_type == kind
    assert c.provenance["event_type"].span.text.startswith("استهدف")


# event30: a "double attack" (هجوم مزدوج) is told of twin bombs
def test_a_double_attack_is_a_bombing():
    c = next(c for c in claims("وكان المبنى قد استهدف العام الماضي في هجوم مزدوج أسفر عن مقتل ستة من حراسه.")
             if c.figures)
    assert c.event_type == "bombing"
    assert c.provenance["event_type"].span.text == "هجوم مزدوج"
