"""Claimants referred back to ("وقال التقرير", "وأضاف المتحدث") and the opposition as a speaker
(hand-written sentences)."""

from helpers import claims as _claims


def test_a_report_refers_to_a_body_not_to_local_sources():
    text = ("أصدرت الشبكة السورية لحقوق الإنسان تقريرا عن القصف على ريف حماة.\n"
            "وقال ناشطون إن القصف استمر طوال الليل.\n"
            "وقال التقرير إن 14 مدنيا قتلوا في القصف على بلدة كفرزيتا.")
    claims = _claims(text)
    c = next(c for c in claims if c.figures[0].low == 14)
    assert c.claimant == "snhr"


def test_a_statement_of_an_unlisted_body_keeps_its_name():
    text = ("وقالت وزارة الدفاع البلجيكية في بيان إن طائراتها شاركت في غارات على مواقع التنظيم.\n"
            "وأضاف البيان أن 9 مسلحين قتلوا في الغارات قرب مدينة الميادين.")
    claims = _claims(text)
    c = next(c for c in claims if c.figures[0].low == 9)
    assert c.claimant == "other"
    assert "وزارة الدفاع البلجيكية" in c.claimant_text


def test_a_statement_with_no_body_before_it_is_not_the_last_speaker():
    text = ("وقال سكان من المدينة إن الانفجار سمع من مسافة بعيدة.\n"
            "وأشار البيان إلى أن 6 عناصر من الشرطة قتلوا في الانفجار في مدينة القامشلي.")
    claims = _claims(text)
    c = next(c for c in claims if c.figures[0].low == 6)
    assert c.claimant != "local_sources"


def test_a_statement_refers_to_its_body_named_earlier_in_the_sentence():
    text = ("وذكر المرصد السوري لحقوق الإنسان في بيان له أن الاشتباكات تجددت، "
            "وأضاف البيان أن 11 مقاتلا قتلوا في الاشتباكات قرب بلدة تل رفعت.")
    claims = _claims(text)
    c = next(c for c in claims if c.figures[0].low == 11)
    assert c.claimant == "sohr"


def test_the_opposition_documenting_a_toll_is_local_sources():
    claims = _claims("وقالت المعارضة السورية إن 23 مدنيا قتلوا في قصف مدفعي على مدينة داريا.")
    assert claims[0].claimant == "local_sources"
    assert claims[0].claimant_text == "المعارضة السورية"


def test_opposition_activists_by_adjective_are_local_sources():
    claims = _claims("وقال معارضون سوريون إن 17 شخصا قتلوا برصاص قوات الأمن في مدينة حمص.")
    assert claims[0].claimant == "local_sources"


def test_the_opposition_counting_the_enemy_it_fought_stays_other():
    claims = _claims("وقالت المعارضة السورية إن مقاتليها قتلوا 30 عنصرا من قوات النظام في اشتباكات قرب مدينة حلب.")
    assert claims[0].claimant == "other"


def test_the_armed_opposition_stays_other():
    claims = _claims("وقالت المعارضة السورية المسلحة إن 8 مدنيين قتلوا في قصف على بلدة جسرين.")
    assert claims[0].claimant == "other"


def test_a_surname_alone_is_the_observatory_only_in_a_story_naming_it():
    text = ("قال المرصد السوري لحقوق الإنسان إن الاشتباكات استمرت حتى الصباح.\n"
            "وقال عبد الرحمن إن 12 عنصرا قتلوا في الاشتباكات قرب بلدة عندان.")
    c = next(c for c in _claims(text) if c.figures[0].low == 12)
    assert c.claimant == "sohr"
    text = "وقال الشيخ عبد الرحمن الحلبي إن 12 شخصا قتلوا في انفجار قرب بلدة عندان."
    assert all(c.claimant != "sohr" for c in _claims(text))
